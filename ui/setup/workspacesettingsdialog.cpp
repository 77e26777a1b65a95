// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacesettingsdialog.h"

#include "addchanneldialog.h"
#include <ui/commands/setupcommands.h>
#include "setupmodels.h"

#include <core/workspace/setuprules.h>
#include <core/workspace/workspace.h>
#include <ui/application.h>
#include <ui/widgets/emptystate.h>
#include <ui/widgets/timezonecombo.h>

#include <QAction>
#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Beamline {

WorkspaceSettingsDialog::WorkspaceSettingsDialog(Workspace *workspace, QUndoStack *undoStack, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_undoStack(undoStack)
    , m_channels(new ChannelModel(this))
    , m_pillars(new PillarModel(this))
    , m_people(new PersonModel(this))
    , m_campaigns(new CampaignModel(this))
    , m_partners(new PartnerModel(this))
    , m_pageList(new QListWidget(this))
    , m_pageStack(new QStackedWidget(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("workspaceSettings"));
    setWindowTitle(tr("Workspace Settings"));

    m_pageList->setObjectName(QStringLiteral("settingsPages"));
    m_pageList->setIconSize(QSize(22, 22));
    m_pageList->setFrameShape(QFrame::NoFrame);
    m_pageList->setAccessibleName(tr("Settings pages"));
    const char *icons[] = {"preferences-system", "applications-internet", "tag", "system-users", "flag"};
    for (const char *icon : icons)
        new QListWidgetItem(Application::icon(QLatin1String(icon)), QString(), m_pageList);
    m_pageStack->addWidget(createWorkspacePage());
    m_pageStack->addWidget(createChannelsPage());
    m_pageStack->addWidget(createPillarsPage());
    m_pageStack->addWidget(createPeoplePage());
    m_pageStack->addWidget(createCampaignsPage());
    connect(m_pageList, &QListWidget::currentRowChanged, m_pageStack, &QStackedWidget::setCurrentIndex);
    connect(m_pageList, &QListWidget::currentRowChanged, this, [this] { m_status->clear(); });

    // Undo and Redo here too: the window's menu is out of reach while the dialog is open.
    auto *undo = undoStack->createUndoAction(this);
    undo->setIcon(Application::icon(QStringLiteral("edit-undo")));
    undo->setShortcut(QKeySequence::Undo);
    auto *redo = undoStack->createRedoAction(this);
    redo->setIcon(Application::icon(QStringLiteral("edit-redo")));
    redo->setShortcut(QKeySequence::Redo);
    addAction(undo);
    addAction(redo);
    // Ctrl+Page Down and Ctrl+Page Up go through the pages, as through a tab widget's tabs.
    auto *nextPage = new QAction(this);
    nextPage->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    connect(nextPage, &QAction::triggered, this, [this] { m_pageList->setCurrentRow((m_pageList->currentRow() + 1) % m_pageList->count()); });
    auto *previousPage = new QAction(this);
    previousPage->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    connect(previousPage, &QAction::triggered, this,
            [this] { m_pageList->setCurrentRow((m_pageList->currentRow() + m_pageList->count() - 1) % m_pageList->count()); });
    addAction(nextPage);
    addAction(previousPage);
    // Short labels; what they would take back is in their tooltips.
    auto *undoButton = new QPushButton(undo->icon(), tr("Undo"), this);
    undoButton->setObjectName(QStringLiteral("undoButton"));
    auto *redoButton = new QPushButton(redo->icon(), tr("Redo"), this);
    for (auto [button, action] : {std::pair{undoButton, undo}, std::pair{redoButton, redo}}) {
        button->setAutoDefault(false);
        button->setEnabled(action->isEnabled());
        button->setToolTip(action->text());
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        connect(action, &QAction::changed, button, [button, action] {
            button->setEnabled(action->isEnabled());
            button->setToolTip(action->text());
        });
    }

    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::finished, this, &WorkspaceSettingsDialog::applyWorkspaceFields);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(undoButton);
    bottom->addWidget(redoButton);
    bottom->addWidget(m_status, 1);
    bottom->addWidget(buttons);

    auto *body = new QHBoxLayout;
    body->addWidget(m_pageList);
    auto *separator = new QFrame(this);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    body->addWidget(separator);
    body->addWidget(m_pageStack, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addLayout(bottom);

    for (SetupModel *model : {static_cast<SetupModel *>(m_channels), static_cast<SetupModel *>(m_pillars), static_cast<SetupModel *>(m_people),
                              static_cast<SetupModel *>(m_campaigns), static_cast<SetupModel *>(m_partners)}) {
        connect(model, &SetupModel::refused, this, [this](const QString &reason) { say(reason, true); });
        connect(model, &SetupModel::failed, this, [this](const QString &message) { say(message, true); });
        connect(model, &QAbstractItemModel::modelReset, this, &WorkspaceSettingsDialog::refresh);
        connect(model, &QAbstractItemModel::dataChanged, this, &WorkspaceSettingsDialog::refresh);
        model->setWorkspace(workspace, undoStack);
    }
    if (workspace)
        connect(workspace, &Workspace::changed, this, &WorkspaceSettingsDialog::refresh);

    for (QTableView *view : {m_channelView, m_pillarView, m_peopleView, m_campaignView})
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &WorkspaceSettingsDialog::refresh);

    retranslate();
    const int listWidth = m_pageList->sizeHintForColumn(0) + 2 * m_pageList->frameWidth() + 12;
    m_pageList->setFixedWidth(qMax(140, listWidth));
    m_pageList->setCurrentRow(0);
    refresh();
    resize(860, 540);
}

void WorkspaceSettingsDialog::retranslate()
{
    const QStringList pages = {tr("Workspace"), tr("Channels"), tr("Pillars"), tr("People"), tr("Campaigns")};
    for (int i = 0; i < pages.size(); ++i)
        m_pageList->item(i)->setText(pages.at(i));
}

void WorkspaceSettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void WorkspaceSettingsDialog::showPage(Page page)
{
    m_pageList->setCurrentRow(int(page));
}

WorkspaceSettingsDialog::Page WorkspaceSettingsDialog::currentPage() const
{
    return static_cast<Page>(m_pageStack->currentIndex());
}

EmptyState *WorkspaceSettingsDialog::emptyState(Page page) const
{
    switch (page) {
    case Page::Channels: return m_channelStack->currentWidget() == m_channelEmpty ? m_channelEmpty : nullptr;
    case Page::Pillars: return m_pillarStack->currentWidget() == m_pillarEmpty ? m_pillarEmpty : nullptr;
    case Page::People: return m_peopleStack->currentWidget() == m_peopleEmpty ? m_peopleEmpty : nullptr;
    case Page::Campaigns: return m_campaignStack->currentWidget() == m_campaignEmpty ? m_campaignEmpty : nullptr;
    case Page::Workspace: break;
    }
    return nullptr;
}

QString WorkspaceSettingsDialog::pillarTotalText() const
{
    return m_pillarTotal->text();
}

QString WorkspaceSettingsDialog::statusText() const
{
    return m_status->text();
}

void WorkspaceSettingsDialog::say(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #da4453;") : QString());
}

void WorkspaceSettingsDialog::refresh()
{
    const bool writable = m_workspace && !m_workspace->isReadOnly();
    m_channelStack->setCurrentWidget(m_channels->rowCount() > 0 ? static_cast<QWidget *>(m_channelView) : m_channelEmpty);
    // A channel's whole name ("Example Physics Lab" with its colour), up to a limit: the
    // column starts at a typical width and grows with the names the team gives.
    if (m_channels->rowCount() > 0) {
        const int limit = 30 * m_channelView->fontMetrics().horizontalAdvance(QLatin1Char('M'));
        const int wanted = qMin(limit, static_cast<QAbstractItemView *>(m_channelView)->sizeHintForColumn(ChannelModel::Name));
        if (wanted > m_channelView->columnWidth(ChannelModel::Name))
            m_channelView->setColumnWidth(ChannelModel::Name, wanted);
    }
    m_pillarStack->setCurrentWidget(m_pillars->rowCount() > 0 ? static_cast<QWidget *>(m_pillarView) : m_pillarEmpty);
    m_peopleStack->setCurrentWidget(m_people->rowCount() > 0 ? static_cast<QWidget *>(m_peopleView) : m_peopleEmpty);
    m_campaignStack->setCurrentWidget(m_campaigns->rowCount() > 0 ? static_cast<QWidget *>(m_campaignView) : m_campaignEmpty);

    const bool exceeds = SetupRules::targetsExceed(m_pillars->pillars());
    m_pillarTotal->setText(m_pillars->rowCount() > 0 ? SetupRules::targetTotalText(m_pillars->pillars()) : QString());
    m_pillarTotal->setStyleSheet(exceeds ? QStringLiteral("color: #da4453; font-weight: bold;") : QString());
    m_pillarTotal->setVisible(m_pillars->rowCount() > 0);

    // Row buttons act on the selected row of their own table.
    for (auto it = m_rowButtons.cbegin(); it != m_rowButtons.cend(); ++it)
        it.key()->setEnabled(writable && currentRow(it.value()) >= 0);
    if (m_mergeButton->isEnabled()) {
        const int row = currentRow(m_channelView);
        int samePlatform = 0;
        for (const Channel &c : m_channels->channels())
            samePlatform += c.platform == m_channels->channelAt(row).platform ? 1 : 0;
        m_mergeButton->setEnabled(samePlatform > 1);
    }

    const int campaignRow = currentRow(m_campaignView);
    const QString campaignName = campaignRow >= 0 ? m_campaigns->index(campaignRow, CampaignModel::Name).data().toString() : QString();
    m_partnerBox->setVisible(m_campaigns->rowCount() > 0);
    m_partnerBox->setTitle(campaignRow >= 0 ? tr("Partners of “%1”").arg(campaignName) : tr("Partners"));
    m_partnerHint->setText(campaignRow < 0 ? tr("Select a campaign to see its partners.")
                           : m_partners->rowCount() == 0 ? tr("No partners yet: add the people, labs or media who join this campaign.")
                                                         : QString());
    m_partnerHint->setVisible(!m_partnerHint->text().isEmpty());
    m_partnerView->setVisible(m_partners->rowCount() > 0);
    m_addPartner->setEnabled(writable && campaignRow >= 0);
    m_removePartner->setEnabled(writable && currentRow(m_partnerView) >= 0);

    if (m_workspace) {
        if (!m_name->hasFocus())
            m_name->setText(m_workspace->name());
        if (!m_zone->hasFocus() && m_zone->zone() != m_workspace->timeZone())
            m_zone->setZone(m_workspace->timeZone());
        m_zoneNote->setText(tr("It is %1 there now.")
                                .arg(QLocale().toString(QDateTime::currentDateTimeUtc().toTimeZone(m_workspace->timeZone()), QLocale::ShortFormat)));
    }
}

int WorkspaceSettingsDialog::currentRow(QTableView *view) const
{
    if (!view || !view->selectionModel())
        return -1;
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        return rows.first().row();
    return view->currentIndex().isValid() && view->selectionModel()->isSelected(view->currentIndex()) ? view->currentIndex().row() : -1;
}

void WorkspaceSettingsDialog::selectRow(QTableView *view, int row, bool edit)
{
    const QModelIndex index = view->model()->index(row, 0);
    if (!index.isValid())
        return;
    view->setCurrentIndex(index);
    view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->scrollTo(index);
    refresh();
    if (edit && isVisible()) {
        view->setFocus();
        view->edit(index);
    }
}

void WorkspaceSettingsDialog::applyWorkspaceFields()
{
    if (!m_workspace || m_workspace->isReadOnly())
        return;
    // Both fields are read first: applying one refreshes the page.
    const QString name = m_name->text().trimmed();
    const QTimeZone zone = m_zone->zone();
    if (!name.isEmpty() && name != m_workspace->name()) {
        m_undoStack->push(new WorkspaceSettingCommand(m_workspace, WorkspaceSettingCommand::Setting::Name, m_workspace->name(), name,
                                                      tr("Rename Workspace"), [this](const QString &m) { say(m, true); }));
    }
    if (zone.isValid() && zone != m_workspace->timeZone()) {
        m_undoStack->push(new WorkspaceSettingCommand(m_workspace, WorkspaceSettingCommand::Setting::TimeZone,
                                                      QString::fromUtf8(m_workspace->timeZone().id()), QString::fromUtf8(zone.id()),
                                                      tr("Change the Time Zone to %1").arg(QString::fromUtf8(zone.id())),
                                                      [this](const QString &m) { say(m, true); }));
    }
}

void WorkspaceSettingsDialog::addChannel()
{
    if (!m_workspace || m_workspace->isReadOnly())
        return;
    AddChannelDialog dialog(m_workspace->connection(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Channel channel = dialog.channel();
    if (m_channels->addChannel(channel)) {
        selectRow(m_channelView, m_channels->rowCount() - 1);
        say(tr("Added the %1 channel “%2”.").arg(Platforms::displayName(channel.platform), channel.label()));
    }
}

void WorkspaceSettingsDialog::chooseColor(QTableView *view)
{
    const int row = currentRow(view);
    if (row < 0)
        return;
    const QModelIndex index = view->model()->index(row, 0);
    const QColor current(index.data(SetupModel::ColorRole).toString());
    const QColor chosen = QColorDialog::getColor(current.isValid() ? current : QColor(0x00, 0x72, 0xB2), this,
                                                 tr("Colour of “%1”").arg(index.data().toString()));
    if (chosen.isValid())
        view->model()->setData(index, chosen.name(), SetupModel::ColorRole);
}

void WorkspaceSettingsDialog::mergeChannel()
{
    const int row = currentRow(m_channelView);
    if (row < 0)
        return;
    const Channel from = m_channels->channelAt(row);
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Merge Channel"));
    auto *target = new QComboBox(&dialog);
    for (const Channel &c : m_channels->channels()) {
        if (c.id != from.id && c.platform == from.platform)
            target->addItem(QStringLiteral("%1 (%2)").arg(c.label(), c.handle), c.id);
    }
    auto *text = new QLabel(tr("Everything of “%1” moves to the channel you choose: its imported posts and figures, and its place "
                               "in posts and series. “%2” becomes another name of that channel, so later imports land there too.")
                                .arg(from.label(), from.handle),
                            &dialog);
    text->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Merge into:"), target);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Merge"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(buttons);
    dialog.setMinimumWidth(420);
    if (dialog.exec() != QDialog::Accepted || target->currentIndex() < 0)
        return;
    const qint64 intoId = target->currentData().toLongLong();
    if (m_channels->mergeChannel(row, intoId)) {
        selectRow(m_channelView, m_channels->rowOfId(intoId));
        say(tr("Merged “%1” into “%2”. Undo separates them again.").arg(from.label(), target->currentText()));
    }
}

} // namespace Beamline
