// SPDX-License-Identifier: GPL-3.0-or-later
#include "datapage.h"

#include <ui/measure/attributioneditor.h>

#include <core/db/databaseerror.h>
#include <core/domain/imported.h>
#include <core/models/importhistorymodel.h>
#include <core/models/matchreviewmodel.h>
#include <core/services/dataservice.h>
#include <core/workspace/workspace.h>
#include <core/workspace/writer.h>
#include <ui/application.h>
#include <ui/commands/importcommands.h>
#include <ui/plan/linkpostdialog.h>
#include <ui/tasks/taskrunner.h>
#include <ui/widgets/currentpagestack.h>
#include <ui/widgets/deferredreload.h>
#include <ui/widgets/emptystate.h>

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>

namespace Beamline {

namespace {

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    auto *proxy = new QSortFilterProxyModel(view);
    proxy->setSourceModel(model);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setHighlightSections(false);
    view->setWordWrap(false);
    return view;
}

// The history as listed: the four counts in one "Values" column, so that the file name,
// the format and the counts all fit beside the details.
class HistoryColumns final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        const QModelIndex source = mapToSource(index);
        if (source.column() != ImportHistoryModel::Added || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
            return QSortFilterProxyModel::data(index, role);
        const auto count = [&](int column) { return sourceModel()->index(source.row(), column).data().toLongLong(); };
        QStringList parts;
        const std::pair<int, const char *> counts[] = {{ImportHistoryModel::Added, QT_TRANSLATE_NOOP("Beamline::DataPage", "%1 added")},
                                                       {ImportHistoryModel::Updated, QT_TRANSLATE_NOOP("Beamline::DataPage", "%1 updated")},
                                                       {ImportHistoryModel::Unchanged, QT_TRANSLATE_NOOP("Beamline::DataPage", "%1 unchanged")},
                                                       {ImportHistoryModel::Skipped, QT_TRANSLATE_NOOP("Beamline::DataPage", "%1 skipped")}};
        for (const auto &[column, text] : counts) {
            if (count(column) > 0 || (role == Qt::ToolTipRole))
                parts.append(DataPage::tr(text).arg(QLocale().toString(count(column))));
        }
        return parts.isEmpty() ? DataPage::tr("nothing") : parts.join(QStringLiteral(", "));
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        // No hidden column comes before Added: its section is its source column.
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section == ImportHistoryModel::Added)
            return DataPage::tr("Values");
        return QSortFilterProxyModel::headerData(section, orientation, role);
    }

protected:
    bool filterAcceptsColumn(int sourceColumn, const QModelIndex &) const override
    {
        return sourceColumn != ImportHistoryModel::Updated && sourceColumn != ImportHistoryModel::Unchanged
            && sourceColumn != ImportHistoryModel::Skipped;
    }
};

// Elides at the end: a format's name says the most at its start ("Meta Business Suite: …").
class ElideRightDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = Qt::ElideRight;
    }
};

QList<int> selectedSourceRows(QTableView *view)
{
    QList<int> rows;
    const auto *proxy = static_cast<QSortFilterProxyModel *>(view->model());
    for (const QModelIndex &i : view->selectionModel()->selectedRows())
        rows.append(proxy->mapToSource(i).row());
    return rows;
}

} // namespace

DataPage::DataPage(QWidget *parent)
    : WorkspacePage(parent)
    , m_history(new ImportHistoryModel(this))
    , m_matches(new MatchReviewModel(this))
    , m_stack(new CurrentPageStack(this))
    , m_empty(new EmptyState(this))
    , m_tabs(new QTabWidget(this))
    , m_historyView(makeTable(m_history, this))
    , m_details(new QTextBrowser(this))
    , m_undo(new QPushButton(Application::icon(QStringLiteral("edit-undo")), tr("&Undo Import…"), this))
    , m_matchView(makeTable(m_matches, this))
    , m_confirm(new QPushButton(Application::icon(QStringLiteral("dialog-positive")), tr("&Confirm Link"), this))
    , m_unlink(new QPushButton(Application::icon(QStringLiteral("edit-delete")), tr("&Remove Link"), this))
    , m_linkTo(new QPushButton(Application::icon(QStringLiteral("insert-link")), tr("&Link To…"), this))
    , m_showUnlinked(new QCheckBox(tr("Also list imported posts linked to &nothing"), this))
    , m_matchHint(new QLabel(this))
    , m_matchStack(new QStackedWidget(this))
    , m_matchEmpty(new EmptyState(this))
    , m_mappings(new QListWidget(this))
    , m_deleteMapping(new QPushButton(Application::icon(QStringLiteral("edit-delete")), tr("&Delete Mapping"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_importAction = new QAction(Application::icon(QStringLiteral("document-import")), tr("Import Exports…"), this);
    auto *importAction = m_importAction;
    connect(importAction, &QAction::triggered, this, &DataPage::importRequested);
    m_empty->setIconName(QStringLiteral("document-import"));
    m_empty->setTitle(tr("Drop a platform export here"));
    m_empty->setText(tr("The exports of X, Facebook and Instagram (Meta Business Suite), YouTube, LinkedIn, Google Analytics, "
                        "Matomo and listening tools, as CSV, ZIP or Excel workbooks. Drop files or folders anywhere on the window."));
    m_empty->addAction(importAction);
    m_stack->addWidget(m_empty);

    // History.
    auto *history = new QWidget(this);
    auto *historyLayout = new QVBoxLayout(history);
    auto *toolbar = new QHBoxLayout;
    auto *importButton = new QToolButton(history);
    importButton->setDefaultAction(importAction);
    importButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addWidget(importButton);
    toolbar->addWidget(m_undo);
    toolbar->addStretch();
    historyLayout->addLayout(toolbar);
    auto *split = new QSplitter(Qt::Horizontal, history);
    m_historyView->setAccessibleName(tr("Import history"));
    {
        auto *columns = new HistoryColumns(m_historyView);
        columns->setSourceModel(m_history);
        m_historyView->setModel(columns);
    }
    m_historyView->setTextElideMode(Qt::ElideMiddle); // the start and the end of a file name say most
    m_historyView->setItemDelegateForColumn(ImportHistoryModel::Format, new ElideRightDelegate(m_historyView));
    m_historyView->sortByColumn(ImportHistoryModel::ImportedAt, Qt::DescendingOrder);
    m_historyView->setSortingEnabled(false); // newest first, as stored
    split->addWidget(m_historyView);
    m_details->setOpenLinks(false);
    m_details->setAccessibleName(tr("Import details"));
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({960, 320});
    historyLayout->addWidget(split, 1);
    m_tabs->addTab(history, Application::icon(QStringLiteral("document-open-recent")), tr("Import &History"));
    connect(m_historyView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DataPage::showDetails);
    connect(m_historyView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DataPage::updateActions);
    connect(m_undo, &QPushButton::clicked, this, &DataPage::undoSelectedImport);

    // Links to the plan.
    auto *matches = new QWidget(this);
    auto *matchLayout = new QVBoxLayout(matches);
    m_matchHint->setWordWrap(true);
    m_matchHint->setText(tr("Imported posts are linked to planned posts by permalink, by a shared link, or by channel, time and text. "
                            "Confirm the links that are right, link a post to another planned post, or remove the link. "
                            "Every change can be undone (Edit ▸ Undo)."));
    matchLayout->addWidget(m_matchHint);
    auto *matchButtons = new QHBoxLayout;
    matchButtons->addWidget(m_confirm);
    matchButtons->addWidget(m_linkTo);
    matchButtons->addWidget(m_unlink);
    matchButtons->addStretch();
    matchButtons->addWidget(m_showUnlinked);
    matchLayout->addLayout(matchButtons);
    m_matchView->setAccessibleName(tr("Links between imported and planned posts"));
    m_matchView->horizontalHeader()->setSectionResizeMode(MatchReviewModel::Text, QHeaderView::Stretch);
    static_cast<QSortFilterProxyModel *>(m_matchView->model())->setSortRole(MatchReviewModel::SortRole);
    m_matchView->sortByColumn(MatchReviewModel::Published, Qt::DescendingOrder);
    m_matchEmpty->setIconName(QStringLiteral("dialog-positive"));
    m_matchEmpty->setTitle(tr("No link waits for review"));
    m_matchEmpty->setText(tr("Beamline links imported posts to the plan as they arrive. To link a post by hand, tick “Also list "
                             "imported posts linked to nothing”."));
    m_matchStack->addWidget(m_matchView);
    m_matchStack->addWidget(m_matchEmpty);
    matchLayout->addWidget(m_matchStack, 1);
    m_tabs->addTab(matches, Application::icon(QStringLiteral("view-calendar")), tr("Links to the &Plan"));
    connect(m_matchView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DataPage::updateActions);
    connect(m_confirm, &QPushButton::clicked, this, &DataPage::confirmMatches);
    connect(m_unlink, &QPushButton::clicked, this, &DataPage::unlinkMatches);
    connect(m_linkTo, &QPushButton::clicked, this, [this] {
        const QList<int> rows = selectedSourceRows(m_matchView);
        if (rows.size() != 1 || !m_workspace)
            return;
        LinkPostDialog dialog(m_workspace, m_matches->post(rows.first()), this);
        if (dialog.exec() == QDialog::Accepted && dialog.chosenPostId())
            linkSelectedTo(*dialog.chosenPostId());
    });
    connect(m_matchView, &QTableView::doubleClicked, m_linkTo, &QPushButton::click);
    connect(m_showUnlinked, &QCheckBox::toggled, this, &DataPage::reload);

    // Saved mappings.
    auto *mappings = new QWidget(this);
    auto *mappingLayout = new QVBoxLayout(mappings);
    auto *mappingHint = new QLabel(tr("Column mappings saved for files Beamline does not know. A file with the same columns is read "
                                      "with its mapping automatically."), mappings);
    mappingHint->setWordWrap(true);
    mappingLayout->addWidget(mappingHint);
    mappingLayout->addWidget(m_mappings, 1);
    auto *mappingButtons = new QHBoxLayout;
    mappingButtons->addWidget(m_deleteMapping);
    mappingButtons->addStretch();
    mappingLayout->addLayout(mappingButtons);
    m_tabs->addTab(mappings, Application::icon(QStringLiteral("view-filter")), tr("Saved &Mappings"));
    connect(m_mappings, &QListWidget::currentRowChanged, this, &DataPage::updateActions);
    connect(m_deleteMapping, &QPushButton::clicked, this, &DataPage::deleteMapping);

    m_attribution = new AttributionEditor(this);
    m_tabs->addTab(m_attribution, Application::icon(QStringLiteral("office-chart-line")), tr("Web &Attribution"));
    connect(m_attribution, &AttributionEditor::message, this, &DataPage::message);

    m_stack->addWidget(m_tabs);
    updateActions();
}

void DataPage::setWorkspace(Workspace *workspace, QUndoStack *undoStack)
{
    m_undoStack = undoStack;
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (!m_changes)
        m_changes = new DeferredReload(this, [this] { reload(); });
    if (m_workspace)
        connect(m_workspace, &Workspace::changed, m_changes, &DeferredReload::request);
    m_attribution->setWorkspace(workspace, undoStack);
    // The page reads the workspace when it is shown; whether it can import is known now.
    m_importAction->setEnabled(m_workspace && !m_workspace->isReadOnly());
    m_changes->request();
}

void DataPage::reload()
{
    const QSqlDatabase db = m_workspace ? m_workspace->connection() : QSqlDatabase();
    try {
        if (m_workspace)
            m_history->setTimeZone(m_workspace->timeZone());
        m_history->reload(db);
        m_matches->reload(db, m_showUnlinked->isChecked());
    } catch (const DatabaseError &error) {
        Q_EMIT message(2, error.message() + QStringLiteral(": ") + error.detail());
    }
    m_mappings->clear();
    if (m_workspace) {
        const Result<QVector<ImportProfile>> profiles = DataService(*m_workspace).importProfiles();
        if (!profiles)
            Q_EMIT message(2, profiles.error().text());
        for (const ImportProfile &p : profiles.valueOr({})) {
            auto *item = new QListWidgetItem(p.name, m_mappings);
            item->setData(Qt::UserRole, p.id);
            item->setToolTip(p.headerSignature);
        }
    }
    m_stack->setCurrentWidget(m_history->rowCount() == 0 && m_mappings->count() == 0 ? static_cast<QWidget *>(m_empty) : m_tabs);
    // File and format share what the dates, the values and the status leave.
    QHeaderView *historyHeader = m_historyView->horizontalHeader();
    historyHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    historyHeader->setSectionResizeMode(ImportHistoryModel::File, QHeaderView::Stretch);
    historyHeader->setSectionResizeMode(ImportHistoryModel::Format, QHeaderView::Stretch);
    historyHeader->setStretchLastSection(false);
    int suggested = 0;
    for (int row = 0; row < m_matches->rowCount(); ++row)
        suggested += m_matches->post(row).postId ? 1 : 0;
    m_tabs->setTabText(1, suggested > 0 ? tr("Links to the &Plan (%1)").arg(suggested) : tr("Links to the &Plan"));
    m_matchStack->setCurrentWidget(m_matches->rowCount() > 0 ? static_cast<QWidget *>(m_matchView) : m_matchEmpty);
    m_matchView->resizeColumnsToContents();
    m_matchView->horizontalHeader()->setSectionResizeMode(MatchReviewModel::Text, QHeaderView::Stretch);
    if (m_history->rowCount() > 0 && !m_historyView->selectionModel()->hasSelection())
        m_historyView->selectRow(0);
    showDetails();
    updateActions();
}

void DataPage::updateActions()
{
    const QList<int> rows = selectedSourceRows(m_historyView);
    const bool writable = m_workspace && !m_workspace->isReadOnly();
    m_undo->setEnabled(writable && rows.size() == 1 && !m_history->batch(rows.first()).undoneAt.isValid()
                       && m_history->batch(rows.first()).status == ImportBatch::Status::Active);
    const bool matchSelected = !selectedSourceRows(m_matchView).isEmpty();
    m_confirm->setEnabled(writable && matchSelected);
    m_unlink->setEnabled(writable && matchSelected);
    m_linkTo->setEnabled(writable && selectedSourceRows(m_matchView).size() == 1);
    m_deleteMapping->setEnabled(writable && m_mappings->currentRow() >= 0);
    m_importAction->setEnabled(writable);
}

void DataPage::showDetails()
{
    const QList<int> rows = selectedSourceRows(m_historyView);
    if (rows.size() != 1 || !m_workspace) {
        m_details->setHtml(QStringLiteral("<p>%1</p>").arg(tr("Select an import to see its details.")));
        return;
    }
    const ImportBatch &b = m_history->batch(rows.first());
    QString html = QStringLiteral("<h3>%1</h3>").arg(b.fileName.toHtmlEscaped());
    auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td><b>%1</b>&nbsp;&nbsp;</td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    html += QStringLiteral("<table>");
    html += row(tr("Format"), ImportHistoryModel::formatName(b.format));
    if (!b.filePath.isEmpty())
        html += row(tr("Source file"), QDir::toNativeSeparators(b.filePath));
    const QTimeZone zone = m_workspace ? m_workspace->timeZone() : QTimeZone::systemTimeZone();
    html += row(tr("Imported"), QLocale().toString(b.importedAt.toTimeZone(zone), QLocale::LongFormat));
    if (b.periodStart.isValid())
        html += row(tr("Period"), tr("%1 to %2").arg(QLocale().toString(b.periodStart, QLocale::LongFormat), QLocale().toString(b.periodEnd, QLocale::LongFormat)));
    if (b.capturedAt.isValid())
        html += row(tr("Exported"), QLocale().toString(b.capturedAt.toTimeZone(zone).date(), QLocale::LongFormat));
    html += row(tr("Read"), tr("%n row(s)", nullptr, int(b.rowsRead)));
    html += row(tr("Values"), tr("%1 added, %2 updated, %3 unchanged, %4 skipped")
                                  .arg(QLocale().toString(b.rowsAdded), QLocale().toString(b.rowsUpdated), QLocale().toString(b.rowsUnchanged),
                                       QLocale().toString(b.rowsSkipped)));
    const QJsonObject metadata = QJsonDocument::fromJson(b.metadata.toUtf8()).object();
    if (metadata.contains(QStringLiteral("encoding")) && !metadata.value(QStringLiteral("encoding")).toString().isEmpty())
        html += row(tr("Encoding"), metadata.value(QStringLiteral("encoding")).toString());
    html += row(tr("SHA-256"), b.sha256.left(16) + QStringLiteral("…"));
    html += QStringLiteral("</table>");
    if (!b.warnings.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Warnings"));
        for (const QString &w : b.warnings)
            html += QStringLiteral("<li>%1</li>").arg(w.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    // Without them (an error reading) the details show the rest.
    const auto columns = DataService(*m_workspace).batchColumns(b.id).valueOr({});
    if (!columns.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><table>").arg(tr("Columns and what they were stored as"));
        for (const auto &c : columns)
            html += row(c.sourceName, c.role.isEmpty() ? tr("(not used)") : c.role);
        html += QStringLiteral("</table>");
    }
    m_details->setHtml(html);
}

void DataPage::undoSelectedImport()
{
    const QList<int> rows = selectedSourceRows(m_historyView);
    if (rows.size() != 1 || !m_workspace)
        return;
    const ImportBatch b = m_history->batch(rows.first());
    const auto answer = QMessageBox::question(
        this, tr("Undo Import"),
        tr("Undo the import of “%1”?\n\nThe %2 rows it added are removed and the %3 values it replaced come back. "
           "You can import the file again later.").arg(b.fileName).arg(b.rowsAdded).arg(b.rowsUpdated),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        undoImport(b.id);
}

void DataPage::undoImport(qint64 batchId)
{
    if (!m_workspace)
        return;
    const int row = m_history->rowOf(batchId);
    const QString name = row >= 0 ? m_history->batch(row).fileName : QString();
    // The same kind of step as an import on the undo stack: Edit ▸ Undo puts the import back.
    auto edit = std::make_shared<ImportEdit>(QList<qint64>{batchId}, false);
    const QString text = tr("Remove Import “%1”").arg(name);
    const auto onError = [page = QPointer<DataPage>(this)](const QString &error) {
        if (page)
            Q_EMIT page->message(2, error);
    };
    // Removing an import's rows and bringing the summaries back takes seconds on a big
    // export: in a window, a task (off the UI thread, with Cancel).
    if (TaskRunner *tasks = TaskRunner::of(this)) {
        TaskRunner::Options options;
        options.title = tr("Undo Import");
        options.label = tr("Undoing the import of “%1”…").arg(name);
        options.errorText = tr("The import could not be undone; nothing was changed: %1");
        QPointer<Workspace> workspace = m_workspace;
        tasks->runWrite(
            m_workspace, options, [edit](WriteScope &scope) { edit->apply(scope, true); }, this,
            [this, name, edit, text, onError, tasks, workspace](const WriteResult &result) {
                if (result.cancelled)
                    Q_EMIT message(1, tr("Undoing the import of “%1” was cancelled; nothing was changed.").arg(name));
                if (!result.ok || !edit->changedAny())
                    return;
                if (m_undoStack && workspace)
                    m_undoStack->push(new ImportCommand(workspace, edit, text, onError, tasks));
                Q_EMIT message(0, tr("The import of “%1” was undone.").arg(name));
            });
        return;
    }
    const WriteResult result = m_workspace->writer().run([&edit](WriteScope &scope) { edit->apply(scope, true); });
    if (!result.ok) {
        Q_EMIT message(2, tr("The import could not be undone; nothing was changed: %1").arg(result.message));
        return;
    }
    if (!edit->changedAny())
        return;
    if (m_undoStack)
        m_undoStack->push(new ImportCommand(m_workspace, edit, text, onError));
    Q_EMIT message(0, tr("The import of “%1” was undone.").arg(name));
}

void DataPage::changeLinks(const QString &text, const std::function<void(LinkImportedPostsCommand::Link &)> &change)
{
    if (!m_workspace || !m_undoStack)
        return;
    QVector<LinkImportedPostsCommand::Link> before, after;
    for (int row : selectedSourceRows(m_matchView)) {
        const PlatformPost &p = m_matches->post(row);
        LinkImportedPostsCommand::Link link{p.id, p.postId, p.matchMethod, p.matchConfirmed};
        before.append(link);
        change(link);
        link.confirmed = true;
        after.append(link);
    }
    if (after.isEmpty())
        return;
    m_undoStack->push(new LinkImportedPostsCommand(m_workspace, before, after, text, [this](const QString &error) { Q_EMIT message(2, error); }));
}

void DataPage::confirmMatches()
{
    changeLinks(tr("Confirm Link to the Plan"), [](LinkImportedPostsCommand::Link &link) {
        if (link.method.isEmpty())
            link.method = QStringLiteral("manual");
    });
}

void DataPage::unlinkMatches()
{
    changeLinks(tr("Remove Link to the Plan"), [](LinkImportedPostsCommand::Link &link) {
        link.postId.reset();
        link.method = QStringLiteral("manual");
    });
}

void DataPage::linkSelectedTo(qint64 postId)
{
    changeLinks(tr("Link to a Planned Post"), [postId](LinkImportedPostsCommand::Link &link) {
        link.postId = postId;
        link.method = QStringLiteral("manual");
    });
}

void DataPage::setShowUnlinked(bool show)
{
    m_showUnlinked->setChecked(show);
}

void DataPage::selectMatch(int row)
{
    const auto *proxy = static_cast<QSortFilterProxyModel *>(m_matchView->model());
    m_matchView->selectRow(proxy->mapFromSource(m_matches->index(row, 0)).row());
}

void DataPage::deleteMapping()
{
    QListWidgetItem *item = m_mappings->currentItem();
    if (!item || !m_workspace)
        return;
    // The write's change notice reloads the list, and the item with it.
    const QString name = item->text();
    const auto stored = DataService(*m_workspace).importProfileRecord(item->data(Qt::UserRole).toLongLong());
    if (!stored) {
        Q_EMIT message(2, stored.error().text());
        return;
    }
    if (!stored.value())
        return; // gone already (another window)
    // The command outlives this call (its undo may fail later): it reports through a flag it shares.
    auto failed = std::make_shared<bool>(false);
    auto *command = new ImportProfileCommand(m_workspace, stored.value(), std::nullopt, tr("Delete Mapping “%1”").arg(name),
                                             [page = QPointer<DataPage>(this), failed](const QString &error) {
                                                 *failed = true;
                                                 if (page)
                                                     Q_EMIT page->message(2, error);
                                             });
    if (m_undoStack) {
        m_undoStack->push(command);
    } else {
        // On its own (no window): written without an undo history.
        command->redo();
        delete command;
    }
    if (!*failed)
        Q_EMIT message(0, tr("The mapping “%1” was deleted; files with its columns will be asked about again.").arg(name));
    reload();
}

QStringList DataPage::screenshotViews() const
{
    return {QStringLiteral("data-history"), QStringLiteral("data-links")};
}

void DataPage::showScreenshotView(const QString &name)
{
    m_tabs->setCurrentIndex(name == QLatin1String("data-links") ? 1 : 0);
    if (name == QLatin1String("data-links")) {
        if (m_matches->rowCount() == 0)
            setShowUnlinked(true);
        if (m_matches->rowCount() > 0)
            selectMatch(0);
    }
}

} // namespace Beamline
