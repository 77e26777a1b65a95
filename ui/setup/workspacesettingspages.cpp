// SPDX-License-Identifier: GPL-3.0-or-later
// The five pages of WorkspaceSettingsDialog: their tables, buttons and what each button does.
// What the dialog does across pages (refresh, status, merging channels) is in
// workspacesettingsdialog.cpp.
#include "addchanneldialog.h"
#include "setupmodels.h"
#include "workspacesettingsdialog.h"

#include <core/workspace/setuprules.h>
#include <core/workspace/workspace.h>
#include <ui/application.h>
#include <ui/commands/setupcommands.h>
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

namespace {

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                          | QAbstractItemView::AnyKeyPressed);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    view->setTabKeyNavigation(false); // Tab leaves the table for the buttons
    return view;
}

QPushButton *makeButton(const QString &icon, const QString &text, QWidget *parent)
{
    return new QPushButton(Application::icon(icon), text, parent);
}

QLabel *makeIntro(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

QList<QPair<QString, QVariant>> platformChoices(bool withNone)
{
    QList<QPair<QString, QVariant>> choices;
    if (withNone)
        choices.append({ WorkspaceSettingsDialog::tr("—"), QString() });
    for (Platform p : Platforms::measured() + QList<Platform> { Platform::Other })
        choices.append({ Platforms::displayName(p), Platforms::key(p) });
    return choices;
}

} // namespace

QWidget *WorkspaceSettingsDialog::createWorkspacePage()
{
    auto *page = new QWidget(this);
    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("workspaceName"));
    m_zone = new TimeZoneCombo(page);
    m_zone->setObjectName(QStringLiteral("workspaceZone"));
    m_zoneNote = new QLabel(page);
    m_zoneNote->setWordWrap(true);
    m_zoneNote->setForegroundRole(QPalette::PlaceholderText);
    m_path = new QLabel(page);
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_path->setWordWrap(true);
    if (m_workspace) {
        m_name->setText(m_workspace->name());
        m_zone->setZone(m_workspace->timeZone());
        m_path->setText(QDir::toNativeSeparators(m_workspace->filePath()));
    }
    const bool writable = m_workspace && !m_workspace->isReadOnly();
    m_name->setEnabled(writable);
    m_zone->setEnabled(writable);
    connect(m_name, &QLineEdit::editingFinished, this, &WorkspaceSettingsDialog::applyWorkspaceFields);
    connect(m_zone, &QComboBox::activated, this, &WorkspaceSettingsDialog::applyWorkspaceFields);
    connect(m_zone, &TimeZoneCombo::zoneChosen, this, &WorkspaceSettingsDialog::applyWorkspaceFields);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Time zone:"), m_zone);
    form->addRow(QString(), m_zoneNote);
    form->addRow(tr("File:"), m_path);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(
        makeIntro(tr("The name shows in the window's title and in exported calendars. The time zone is where the team "
                     "works: the calendar, the lists and the reports show times in it."),
                  page));
    layout->addLayout(form);
    layout->addStretch();
    return page;
}

QWidget *WorkspaceSettingsDialog::createChannelsPage()
{
    auto *page = new QWidget(this);
    m_channelView = makeTable(m_channels, page, QStringLiteral("channelTable"));
    m_channelView->setItemDelegateForColumn(ChannelModel::PlatformColumn,
                                            new ChoiceDelegate(platformChoices(false), m_channelView));
    m_channelView->setItemDelegateForColumn(ChannelModel::Limit,
                                            new NumberDelegate(0, 100000, 0, QString(), tr("The platform's"), m_channelView));
    m_channelView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_channelView->horizontalHeader()->setStretchLastSection(true);
    // Room for typical values, and never less than the (translated) header.
    const int em = m_channelView->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const std::pair<int, int> widths[] = {
        { ChannelModel::Name, 14 }, { ChannelModel::PlatformColumn, 8 }, { ChannelModel::Handle, 15 }, { ChannelModel::Limit, 8 }
    };
    for (const auto &[column, ems] : widths) {
        const QString header = m_channels->headerData(column, Qt::Horizontal).toString();
        m_channelView->setColumnWidth(
            column, qMax(ems * em, m_channelView->horizontalHeader()->fontMetrics().horizontalAdvance(header) + em * 2));
    }
    m_channelEmpty = new EmptyState(page);
    m_channelEmpty->setIconName(QStringLiteral("applications-internet"));
    m_channelEmpty->setTitle(tr("No channels yet"));
    m_channelEmpty->setText(
        tr("Add the accounts your team posts on: X, Instagram, Facebook… Give each the handle or ID its exports "
           "use, so that imported figures land on it. Series and posts then offer these channels."));
    auto *emptyAdd = new QAction(Application::icon(QStringLiteral("list-add")), tr("Add Channel…"), m_channelEmpty);
    connect(emptyAdd, &QAction::triggered, this, &WorkspaceSettingsDialog::addChannel);
    m_channelEmpty->addAction(emptyAdd);
    m_channelStack = new QStackedWidget(page);
    m_channelStack->addWidget(m_channelEmpty);
    m_channelStack->addWidget(m_channelView);

    auto *add = makeButton(QStringLiteral("list-add"), tr("&Add…"), page);
    auto *remove = makeButton(QStringLiteral("list-remove"), tr("&Remove"), page);
    auto *up = makeButton(QStringLiteral("go-up"), tr("Move &Up"), page);
    auto *down = makeButton(QStringLiteral("go-down"), tr("Move &Down"), page);
    auto *color = makeButton(QStringLiteral("color-picker"), tr("&Colour…"), page);
    m_mergeButton = makeButton(QStringLiteral("merge"), tr("&Merge Into…"), page);
    m_mergeButton->setToolTip(tr("The same account under two names (a page's ID and its handle): move everything of this channel "
                                 "onto the other"));
    for (QPushButton *b : { remove, up, down, color, m_mergeButton })
        m_rowButtons.insert(b, m_channelView);
    connect(add, &QPushButton::clicked, this, &WorkspaceSettingsDialog::addChannel);
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = currentRow(m_channelView);
        const QString name = row >= 0 ? m_channels->channelAt(row).label() : QString();
        if (m_channels->removeChannel(row))
            say(tr("Removed “%1”; Undo brings it back with its links to posts and series.").arg(name));
    });
    connect(up, &QPushButton::clicked, this, [this] {
        const int row = currentRow(m_channelView);
        if (m_channels->moveChannel(row, -1))
            selectRow(m_channelView, row - 1);
    });
    connect(down, &QPushButton::clicked, this, [this] {
        const int row = currentRow(m_channelView);
        if (m_channels->moveChannel(row, 1))
            selectRow(m_channelView, row + 1);
    });
    connect(color, &QPushButton::clicked, this, [this] { chooseColor(m_channelView); });
    connect(m_mergeButton, &QPushButton::clicked, this, &WorkspaceSettingsDialog::mergeChannel);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : { add, remove, up, down, color, m_mergeButton })
        buttons->addWidget(b);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(
        makeIntro(tr("The accounts the team posts on. Double-click a cell to change it; the order here is the order "
                     "everywhere."),
                  page));
    layout->addWidget(m_channelStack, 1);
    layout->addLayout(buttons);
    return page;
}

QWidget *WorkspaceSettingsDialog::createPillarsPage()
{
    auto *page = new QWidget(this);
    m_pillarView = makeTable(m_pillars, page, QStringLiteral("pillarTable"));
    m_pillarView->setItemDelegateForColumn(PillarModel::Target,
                                           new NumberDelegate(-1, 100, 1, QStringLiteral(" %"), tr("No target"), m_pillarView));
    m_pillarEmpty = new EmptyState(page);
    m_pillarEmpty->setIconName(QStringLiteral("tag"));
    m_pillarEmpty->setTitle(tr("No content pillars yet"));
    m_pillarEmpty->setText(tr("Pillars are the themes you post about, such as “Physics news” or “Behind the scenes”. Give each a "
                              "target share of your posts, and the plan shows whether it keeps the balance."));
    auto *emptyAdd = new QAction(Application::icon(QStringLiteral("list-add")), tr("Add Pillar"), m_pillarEmpty);
    m_pillarEmpty->addAction(emptyAdd);
    m_pillarStack = new QStackedWidget(page);
    m_pillarStack->addWidget(m_pillarEmpty);
    m_pillarStack->addWidget(m_pillarView);
    m_pillarTotal = new QLabel(page);
    m_pillarTotal->setObjectName(QStringLiteral("pillarTotal"));
    m_pillarTotal->setWordWrap(true);

    auto *add = makeButton(QStringLiteral("list-add"), tr("&Add"), page);
    auto *remove = makeButton(QStringLiteral("list-remove"), tr("&Remove"), page);
    auto *up = makeButton(QStringLiteral("go-up"), tr("Move &Up"), page);
    auto *down = makeButton(QStringLiteral("go-down"), tr("Move &Down"), page);
    auto *color = makeButton(QStringLiteral("color-picker"), tr("&Colour…"), page);
    for (QPushButton *b : { remove, up, down, color })
        m_rowButtons.insert(b, m_pillarView);
    const auto addPillar = [this] {
        const int row = m_pillars->addPillar(tr("New pillar"));
        if (row >= 0)
            selectRow(m_pillarView, row, true);
    };
    connect(add, &QPushButton::clicked, this, addPillar);
    connect(emptyAdd, &QAction::triggered, this, addPillar);
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = currentRow(m_pillarView);
        const QString name = m_pillars->index(row, 0).data().toString();
        if (m_pillars->removePillar(row))
            say(tr("Removed “%1”; its posts and series keep their place without a pillar. Undo brings it back.").arg(name));
    });
    connect(up, &QPushButton::clicked, this, [this] {
        const int row = currentRow(m_pillarView);
        if (m_pillars->movePillar(row, -1))
            selectRow(m_pillarView, row - 1);
    });
    connect(down, &QPushButton::clicked, this, [this] {
        const int row = currentRow(m_pillarView);
        if (m_pillars->movePillar(row, 1))
            selectRow(m_pillarView, row + 1);
    });
    connect(color, &QPushButton::clicked, this, [this] { chooseColor(m_pillarView); });

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : { add, remove, up, down, color })
        buttons->addWidget(b);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(makeIntro(tr("The themes of your posts and the share of posts each should have."), page));
    layout->addWidget(m_pillarStack, 1);
    layout->addWidget(m_pillarTotal);
    layout->addLayout(buttons);
    return page;
}

QWidget *WorkspaceSettingsDialog::createPeoplePage()
{
    auto *page = new QWidget(this);
    m_peopleView = makeTable(m_people, page, QStringLiteral("peopleTable"));
    m_peopleView->setItemDelegateForColumn(
        PersonModel::RoleColumn,
        new ChoiceDelegate({ { Person::roleName(Person::Role::Editor), Person::roleKey(Person::Role::Editor) },
                             { Person::roleName(Person::Role::Approver), Person::roleKey(Person::Role::Approver) },
                             { Person::roleName(Person::Role::Viewer), Person::roleKey(Person::Role::Viewer) } },
                           m_peopleView));
    {
        // Room for the role's drop-down (the editor a double-click opens), not only for the
        // word shown, and for names longer than a header.
        QComboBox probe;
        probe.addItems({ Person::roleName(Person::Role::Editor), Person::roleName(Person::Role::Approver),
                         Person::roleName(Person::Role::Viewer) });
        QHeaderView *header = m_peopleView->horizontalHeader();
        header->setSectionResizeMode(QHeaderView::Interactive);
        header->setStretchLastSection(true);
        const int em = m_peopleView->fontMetrics().horizontalAdvance(QLatin1Char('M'));
        const auto headerWidth = [&](int column) {
            return header->fontMetrics().horizontalAdvance(m_people->headerData(column, Qt::Horizontal).toString()) + 2 * em;
        };
        m_peopleView->setColumnWidth(PersonModel::Name, qMax(14 * em, headerWidth(PersonModel::Name)));
        m_peopleView->setColumnWidth(PersonModel::RoleColumn,
                                     qMax(probe.sizeHint().width() + em, headerWidth(PersonModel::RoleColumn)));
        m_peopleView->setColumnWidth(PersonModel::Email, qMax(16 * em, headerWidth(PersonModel::Email)));
    }
    m_peopleEmpty = new EmptyState(page);
    m_peopleEmpty->setIconName(QStringLiteral("system-users"));
    m_peopleEmpty->setTitle(tr("No one on the team yet"));
    m_peopleEmpty->setText(
        tr("Add the people who write posts (editors), who sign them off (approvers) and who only read (viewers). "
           "They become the owners of series, the assignees of posts and their approvers; on a team workspace "
           "each one's login is the database role they sign in with."));
    auto *emptyAdd = new QAction(Application::icon(QStringLiteral("list-add")), tr("Add Person"), m_peopleEmpty);
    m_peopleEmpty->addAction(emptyAdd);
    m_peopleStack = new QStackedWidget(page);
    m_peopleStack->addWidget(m_peopleEmpty);
    m_peopleStack->addWidget(m_peopleView);

    auto *add = makeButton(QStringLiteral("list-add"), tr("&Add"), page);
    auto *remove = makeButton(QStringLiteral("list-remove"), tr("&Remove"), page);
    m_rowButtons.insert(remove, m_peopleView);
    const auto addPerson = [this] {
        const int row = m_people->addPerson(tr("New person"));
        if (row >= 0)
            selectRow(m_peopleView, row, true);
    };
    connect(add, &QPushButton::clicked, this, addPerson);
    connect(emptyAdd, &QAction::triggered, this, addPerson);
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = currentRow(m_peopleView);
        const QString name = m_people->index(row, 0).data().toString();
        if (m_people->removePerson(row))
            say(tr("Removed “%1”; their series and posts now have no owner or assignee. Undo brings them back.").arg(name));
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(
        makeIntro(tr("The team: editors write and look after posts and series; approvers also sign posts off."), page));
    layout->addWidget(m_peopleStack, 1);
    layout->addLayout(buttons);
    return page;
}

QWidget *WorkspaceSettingsDialog::createCampaignsPage()
{
    auto *page = new QWidget(this);
    m_campaignView = makeTable(m_campaigns, page, QStringLiteral("campaignTable"));
    m_campaignEmpty = new EmptyState(page);
    m_campaignEmpty->setIconName(QStringLiteral("flag"));
    m_campaignEmpty->setTitle(tr("No campaigns yet"));
    m_campaignEmpty->setText(
        tr("A campaign gathers the posts of a period under a hashtag, with a goal and the partners who join in. "
           "Measure compares campaigns once their posts are imported."));
    auto *emptyAdd = new QAction(Application::icon(QStringLiteral("list-add")), tr("Add Campaign"), m_campaignEmpty);
    m_campaignEmpty->addAction(emptyAdd);
    m_campaignStack = new QStackedWidget(page);
    m_campaignStack->addWidget(m_campaignEmpty);
    m_campaignStack->addWidget(m_campaignView);

    auto *add = makeButton(QStringLiteral("list-add"), tr("&Add"), page);
    auto *remove = makeButton(QStringLiteral("list-remove"), tr("&Remove"), page);
    m_rowButtons.insert(remove, m_campaignView);
    const auto addCampaign = [this] {
        const int row = m_campaigns->addCampaign(tr("New campaign"), m_workspace ? m_workspace->today() : QDate::currentDate());
        if (row >= 0)
            selectRow(m_campaignView, row, true);
    };
    connect(add, &QPushButton::clicked, this, addCampaign);
    connect(emptyAdd, &QAction::triggered, this, addCampaign);
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = currentRow(m_campaignView);
        const QString name = m_campaigns->index(row, 0).data().toString();
        if (m_campaigns->removeCampaign(row))
            say(tr("Removed “%1”; its posts stay, without a campaign. Undo brings it back.").arg(name));
    });

    m_partnerBox = new QGroupBox(page);
    m_partnerView = makeTable(m_partners, m_partnerBox, QStringLiteral("partnerTable"));
    m_partnerView->setItemDelegateForColumn(PartnerModel::PlatformColumn,
                                            new ChoiceDelegate(platformChoices(true), m_partnerView));
    QList<QPair<QString, QVariant>> kinds;
    for (Partner::Kind k : { Partner::Kind::Influencer, Partner::Kind::Lab, Partner::Kind::Media, Partner::Kind::Other })
        kinds.append({ PartnerModel::kindName(k), Partner::kindKey(k) });
    m_partnerView->setItemDelegateForColumn(PartnerModel::Kind, new ChoiceDelegate(kinds, m_partnerView));
    m_partnerHint = new QLabel(m_partnerBox);
    m_partnerHint->setWordWrap(true);
    m_partnerHint->setForegroundRole(QPalette::PlaceholderText);
    m_addPartner = makeButton(QStringLiteral("list-add"), tr("Add &Partner"), m_partnerBox);
    m_removePartner = makeButton(QStringLiteral("list-remove"), tr("Remove P&artner"), m_partnerBox);
    connect(m_addPartner, &QPushButton::clicked, this, [this] {
        const int row = m_partners->addPartner(tr("New partner"));
        if (row >= 0)
            selectRow(m_partnerView, row, true);
    });
    connect(m_removePartner, &QPushButton::clicked, this, [this] { m_partners->removePartner(currentRow(m_partnerView)); });
    auto *partnerButtons = new QHBoxLayout;
    partnerButtons->addWidget(m_addPartner);
    partnerButtons->addWidget(m_removePartner);
    partnerButtons->addStretch();
    auto *partnerLayout = new QVBoxLayout(m_partnerBox);
    partnerLayout->addWidget(m_partnerView, 1);
    partnerLayout->addWidget(m_partnerHint);
    partnerLayout->addLayout(partnerButtons);
    connect(m_campaignView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        m_partners->setCampaign(current.isValid() ? m_campaigns->idAt(current.row()) : 0);
        refresh();
    });
    connect(m_partnerView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &WorkspaceSettingsDialog::refresh);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(makeIntro(tr("Campaigns with their hashtag, dates and goal, and the partners who take part."), page));
    layout->addWidget(m_campaignStack, 3);
    layout->addLayout(buttons);
    layout->addWidget(m_partnerBox, 2);
    return page;
}

} // namespace Beamline
