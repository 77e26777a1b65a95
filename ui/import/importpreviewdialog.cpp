// SPDX-License-Identifier: GPL-3.0-or-later
#include "importpreviewdialog.h"

#include "mappingdialog.h"

#include <core/services/setupservice.h>
#include <core/workspace/workspace.h>
#include <ui/application.h>
#include <ui/widgets/timezonecombo.h>

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Beamline {

namespace {
constexpr int PathRole = Qt::UserRole + 1;
constexpr int UnknownRole = Qt::UserRole + 2;
constexpr int IndexRole = Qt::UserRole + 3;

bool isEmptyFile(const ImportReport &r)
{
    return !r.failed() && r.formats.contains(QStringLiteral("empty"));
}

// Read, but nothing in it to store (an empty file, Matomo's "No data available"...).
bool hasNothing(const ImportReport &r)
{
    return !r.failed() && !r.alreadyImported && r.added + r.updated + r.unchanged + r.skipped == 0;
}

QString accountName(const ImportAccount &a)
{
    return a.displayName.isEmpty() || a.displayName == a.handle
        ? ImportPreviewDialog::tr("%1 “%2”").arg(Platforms::displayName(a.platform), a.handle)
        : ImportPreviewDialog::tr("%1 “%2” (%3)").arg(Platforms::displayName(a.platform), a.displayName, a.handle);
}
} // namespace

QString ImportPreviewDialog::rowsText(const ImportReport &r)
{
    if (r.failed())
        return QString();
    if (r.alreadyImported && r.added == 0)
        return tr("Already imported");
    if (hasNothing(r))
        return tr("Nothing to import");
    const qint64 values = r.added + r.updated + r.unchanged;
    const QString rows = tr("%n row(s)", nullptr, int(r.rowsRead));
    // A row of a daily export holds a value per metric: say both, so 364 is not taken for rows.
    return values == r.rowsRead ? rows : tr("%1, %2").arg(rows, tr("%n value(s)", nullptr, int(values)));
}

qint64 ImportPreviewDialog::goodRows(const ImportReport &r)
{
    return std::max<qint64>(0, r.rowsRead - r.skipped);
}

QStringList ImportPreviewDialog::messages(const ImportReport &r, const QList<ImportAccount> &newAccounts, BadRows badRows)
{
    QStringList out;
    if (r.failed()) {
        out.append(r.error);
        if (r.formats.contains(QStringLiteral("unknown")))
            out.append(tr("Choose Map Columns… to say what each column means; Beamline then reads this file and the ones like it."));
        else if (r.needsPeriod)
            out.append(tr("Give the first and last day the report covers below the list, then choose Read Again."));
        else
            out.append(tr("This file will be left out; the others can still be imported."));
        return out;
    }
    if (isEmptyFile(r))
        out.append(tr("The file is empty: there is nothing to import, so it is left out."));
    else if (hasNothing(r))
        out.append(tr("The file holds no figures: there is nothing to import, so it is left out."));
    else if (r.alreadyImported && r.added == 0)
        out.append(tr("Already imported: importing it again changes nothing."));
    if (!r.accounts.isEmpty())
        out.append(tr("Accounts: %1.").arg(r.accounts.join(QStringLiteral(", "))));
    for (const ImportAccount &a : newAccounts)
        out.append(tr("No channel has the account %1 yet: the import adds it as a new channel (Settings ▸ Workspace ▸ Channels can "
                      "merge it with another later).").arg(accountName(a)));
    if (badRows == BadRows::Refused)
        out.append(tr("%n row(s) cannot be read, so the file is left out: a file with bad rows imports nothing unless you choose "
                      "Import the Good Rows, which leaves out the lines below.", nullptr, int(r.skipped)));
    else if (badRows == BadRows::Skipped)
        out.append(tr("%n row(s) cannot be read and will be left out, as you chose; the lines are listed below.", nullptr, int(r.skipped)));
    for (const QString &w : r.warnings) {
        if (!isEmptyFile(r))
            out.append(w);
    }
    if (badRows != BadRows::None)
        out += r.skippedRows;
    if (out.isEmpty())
        out.append(tr("No problems found."));
    return out;
}

ImportPreviewDialog::ImportPreviewDialog(Workspace *workspace, const QStringList &files, const QList<ImportReport> &reports,
                                         const ImportOptions &options, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_files(files)
    , m_reports(reports)
    , m_options(options)
    , m_tree(new QTreeWidget(this))
    , m_messages(new QTextBrowser(this))
    , m_zone(new TimeZoneCombo(this))
    , m_import(new QPushButton(this))
    , m_map(new QPushButton(tr("&Map Columns…"), this))
    , m_goodRows(new QPushButton(this))
    , m_summary(new QLabel(this))
{
    setWindowTitle(tr("Import Exports"));
    setObjectName(QStringLiteral("importPreview"));
    resize(920, 560);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Check what Beamline found before anything is written. Unchecked files are left out; select a file "
                                "to read everything about it below."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("File"), tr("Detected as"), tr("Period"), tr("Rows")});
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setTextElideMode(Qt::ElideMiddle);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(FileColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(FormatColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(PeriodColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(RowsColumn, QHeaderView::ResizeToContents);
    m_tree->setAccessibleName(tr("Files to import"));

    fillFileList();
    connect(m_tree, &QTreeWidget::itemChanged, this, &ImportPreviewDialog::updateButtons);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &ImportPreviewDialog::updateButtons);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &ImportPreviewDialog::showMessages);

    m_messages->setObjectName(QStringLiteral("messages"));
    m_messages->setAccessibleName(tr("Messages about the selected file"));
    m_messages->setOpenLinks(false);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_tree);
    split->addWidget(m_messages);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    layout->addWidget(split, 1);

    QFormLayout *form = createOptionsForm();
    layout->addLayout(form);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_map, QDialogButtonBox::ActionRole);
    buttons->addButton(m_goodRows, QDialogButtonBox::ActionRole);
    m_goodRows->setObjectName(QStringLiteral("importGoodRows"));
    m_goodRows->setToolTip(tr("Import this file without the rows that cannot be read; they are listed below"));
    connect(m_goodRows, &QPushButton::clicked, this, &ImportPreviewDialog::importGoodRows);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    m_import->setDefault(true);
    m_map->setToolTip(tr("Tell Beamline what each column of an unknown file means; the mapping is saved for next time"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, [this] {
        Q_EMIT importRequested(selectedFiles(), this->options());
        accept();
    });
    connect(m_map, &QPushButton::clicked, this, &ImportPreviewDialog::mapColumns);
    layout->addWidget(buttons);
    // The first file with something to say is the one shown.
    QTreeWidgetItem *first = m_tree->topLevelItem(0);
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const ImportReport &r = m_reports.at(i);
        if (r.failed() || hasNothing(r) || !r.warnings.isEmpty() || badRows(i) != BadRows::None || !m_newAccounts.at(i).isEmpty()) {
            first = m_tree->topLevelItem(i);
            break;
        }
    }
    if (first)
        m_tree->setCurrentItem(first);
    updateButtons();
    showMessages();
}

// One line per file: what it was detected as, its period and rows.
void ImportPreviewDialog::fillFileList()
{
    // Accounts the team attached to a channel since the preview was read are no longer new.
    const auto stillUnknown = [this](const ImportReport &r) {
        if (!m_workspace)
            return r.newAccounts;
        return SetupService(*m_workspace).unknownAccounts(r.newAccounts).valueOr(r.newAccounts);
    };

    for (int i = 0; i < m_reports.size() && i < m_files.size(); ++i) {
        const ImportReport &r = m_reports.at(i);
        m_newAccounts.append(stillUnknown(r));
        auto *item = new QTreeWidgetItem(m_tree);
        item->setData(FileColumn, PathRole, m_files.at(i));
        item->setData(FileColumn, IndexRole, i);
        item->setText(FileColumn, QFileInfo(m_files.at(i)).fileName());
        item->setToolTip(FileColumn, QDir::toNativeSeparators(m_files.at(i)));
        const bool unknown = r.formats.contains(QStringLiteral("unknown"));
        item->setData(FileColumn, UnknownRole, unknown);
        item->setText(FormatColumn, r.failed() ? (unknown ? tr("Unknown format") : r.needsPeriod ? tr("Period needed") : tr("Cannot be read"))
                                    : isEmptyFile(r) ? tr("Empty file")
                                                     : r.formatName());
        if (r.periodStart.isValid()) {
            item->setText(PeriodColumn, r.periodStart == r.periodEnd ? QLocale().toString(r.periodStart, QLocale::ShortFormat)
                                                                      : tr("%1 – %2").arg(QLocale().toString(r.periodStart, QLocale::ShortFormat),
                                                                                          QLocale().toString(r.periodEnd, QLocale::ShortFormat)));
        }
        item->setTextAlignment(RowsColumn, Qt::AlignRight | Qt::AlignVCenter);
        decorate(item, i);
    }
}

// The time zone of local times, and the period of reports that give none.
QFormLayout *ImportPreviewDialog::createOptionsForm()
{
    auto *form = new QFormLayout;
    static_cast<TimeZoneCombo *>(m_zone)->setZone(m_options.timeZone.isValid() ? m_options.timeZone : QTimeZone::systemTimeZone());
    form->addRow(tr("Local times without a zone (Meta, listening tools) are in:"), m_zone);
    // A report that says no period (a renamed Matomo export, a Google Analytics report whose
    // date line was cut out) is read again with the one given here; the others keep theirs.
    if (std::any_of(m_reports.cbegin(), m_reports.cend(), [](const ImportReport &r) { return r.needsPeriod; })) {
        const QDate yesterday = QDate::currentDate().addDays(-1);
        m_periodFrom = new QDateEdit(m_options.periodStart.isValid() ? m_options.periodStart : yesterday, this);
        m_periodTo = new QDateEdit(m_options.periodEnd.isValid() ? m_options.periodEnd : yesterday, this);
        for (QDateEdit *edit : {m_periodFrom, m_periodTo}) {
            edit->setCalendarPopup(true);
            edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        }
        m_periodFrom->setObjectName(QStringLiteral("periodFrom"));
        m_periodTo->setObjectName(QStringLiteral("periodTo"));
        m_periodFrom->setAccessibleName(tr("First day of the period"));
        m_periodTo->setAccessibleName(tr("Last day of the period"));
        connect(m_periodFrom, &QDateEdit::dateChanged, m_periodTo, [this](QDate from) { m_periodTo->setMinimumDate(from); });
        m_periodTo->setMinimumDate(m_periodFrom->date());
        auto *readAgain = new QPushButton(tr("&Read Again"), this);
        readAgain->setObjectName(QStringLiteral("readAgain"));
        readAgain->setToolTip(tr("Read the files again, giving this period to the reports that say none"));
        connect(readAgain, &QPushButton::clicked, this, [this] {
            Q_EMIT previewAgain(m_files, this->options());
            accept();
        });
        auto *period = new QHBoxLayout;
        period->addWidget(m_periodFrom);
        period->addWidget(new QLabel(tr("to"), this));
        period->addWidget(m_periodTo);
        period->addWidget(readAgain);
        period->addStretch(1);
        form->addRow(tr("Period of the reports that give none:"), period);
    }
    return form;
}

ImportPreviewDialog::BadRows ImportPreviewDialog::badRows(int row) const
{
    const ImportReport &r = m_reports.at(row);
    if (r.failed() || r.skipped == 0 || m_options.skipBadRows)
        return BadRows::None;
    return m_options.skipBadRowsIn.contains(m_files.at(row)) ? BadRows::Skipped : BadRows::Refused;
}

// The file's row: what it is, how many rows, whether it can be checked, and its icon.
void ImportPreviewDialog::decorate(QTreeWidgetItem *item, int row)
{
    const ImportReport &r = m_reports.at(row);
    const BadRows bad = badRows(row);
    QString rows = rowsText(r);
    if (bad == BadRows::Refused)
        rows = tr("%1 (%n bad)", nullptr, int(r.skipped)).arg(tr("%n row(s)", nullptr, int(r.rowsRead)));
    else if (bad == BadRows::Skipped)
        rows = tr("%n good row(s)", nullptr, int(goodRows(r)));
    item->setText(RowsColumn, rows);
    const bool problem = r.failed() || bad == BadRows::Refused;
    const bool leftOut = problem || hasNothing(r);
    const QString icon = problem ? QStringLiteral("dialog-error")
                       : (!r.warnings.isEmpty() || bad == BadRows::Skipped || leftOut) ? QStringLiteral("dialog-warning")
                                                                                       : QStringLiteral("dialog-positive");
    item->setIcon(FileColumn, Application::icon(icon));
    const QSignalBlocker blocker(m_tree);
    if (leftOut) {
        item->setFlags(item->flags() & ~Qt::ItemIsUserCheckable);
        item->setData(FileColumn, Qt::CheckStateRole, QVariant());
    } else {
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(FileColumn, r.alreadyImported && r.added == 0 ? Qt::Unchecked : Qt::Checked);
    }
}

void ImportPreviewDialog::importGoodRows()
{
    QTreeWidgetItem *current = m_tree->currentItem();
    if (!current)
        return;
    const int i = current->data(FileColumn, IndexRole).toInt();
    if (badRows(i) != BadRows::Refused)
        return;
    // An explicit choice, for this file only: the others still refuse their bad rows.
    m_options.skipBadRowsIn.append(m_files.at(i));
    decorate(current, i);
    updateButtons();
    showMessages();
}

ImportOptions ImportPreviewDialog::options() const
{
    ImportOptions o = m_options;
    o.timeZone = static_cast<const TimeZoneCombo *>(m_zone)->zone();
    if (m_periodFrom && m_periodTo) {
        o.periodStart = m_periodFrom->date();
        o.periodEnd = std::max(m_periodFrom->date(), m_periodTo->date());
    }
    o.preview = false;
    return o;
}

QStringList ImportPreviewDialog::selectedFiles() const
{
    QStringList files;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if ((item->flags() & Qt::ItemIsUserCheckable) && item->checkState(FileColumn) == Qt::Checked)
            files.append(item->data(FileColumn, PathRole).toString());
    }
    return files;
}

QString ImportPreviewDialog::messagesFor(int row) const
{
    if (row < 0 || row >= m_reports.size())
        return {};
    return messages(m_reports.at(row), m_newAccounts.value(row), badRows(row)).join(QLatin1Char('\n'));
}

void ImportPreviewDialog::showMessages()
{
    const QTreeWidgetItem *current = m_tree->currentItem();
    if (!current) {
        m_messages->clear();
        return;
    }
    const int i = current->data(FileColumn, IndexRole).toInt();
    const ImportReport &r = m_reports.at(i);
    QString html = QStringLiteral("<p><b>%1</b><br><small>%2</small></p>")
                       .arg(current->text(FileColumn).toHtmlEscaped(), QDir::toNativeSeparators(m_files.at(i)).toHtmlEscaped());
    const BadRows bad = badRows(i);
    const QStringList lines = messages(r, m_newAccounts.value(i), bad);
    html += QStringLiteral("<ul>");
    for (int n = 0; n < lines.size(); ++n) {
        const bool error = (r.failed() || bad == BadRows::Refused) && n == 0;
        html += error ? QStringLiteral("<li><span style=\"color:#da4453\">%1</span></li>").arg(lines.at(n).toHtmlEscaped())
                      : QStringLiteral("<li>%1</li>").arg(lines.at(n).toHtmlEscaped());
    }
    html += QStringLiteral("</ul>");
    m_messages->setHtml(html);
}

void ImportPreviewDialog::updateButtons()
{
    const int n = int(selectedFiles().size());
    m_import->setText(n > 0 ? tr("&Import %n File(s)", nullptr, n) : tr("&Import"));
    m_import->setEnabled(n > 0);
    QTreeWidgetItem *current = m_tree->currentItem();
    m_map->setVisible(current && current->data(FileColumn, UnknownRole).toBool());
    const int currentRow = current ? current->data(FileColumn, IndexRole).toInt() : -1;
    const bool refused = current && badRows(currentRow) == BadRows::Refused && goodRows(m_reports.at(currentRow)) > 0;
    m_goodRows->setVisible(refused);
    if (refused)
        m_goodRows->setText(tr("Import the %n &Good Row(s)", nullptr, int(goodRows(m_reports.at(currentRow)))));
    int unknown = 0, errors = 0, empty = 0, bad = 0, periods = 0;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (item->data(FileColumn, UnknownRole).toBool())
            ++unknown;
        else if (m_reports.at(i).needsPeriod)
            ++periods;
        else if (m_reports.at(i).failed())
            ++errors;
        else if (badRows(i) == BadRows::Refused)
            ++bad;
        else if (hasNothing(m_reports.at(i)))
            ++empty;
    }
    QStringList parts;
    if (unknown > 0)
        parts.append(tr("%n file(s) of a format Beamline does not know: select one and choose Map Columns.", nullptr, unknown));
    if (periods > 0)
        parts.append(tr("%n file(s) do not say which period they cover: give it below and choose Read Again.", nullptr, periods));
    if (errors > 0)
        parts.append(tr("%n file(s) cannot be read and will be left out.", nullptr, errors));
    if (bad > 0)
        parts.append(tr("%n file(s) have rows that cannot be read and will be left out, unless you select one and choose Import the Good Rows.",
                        nullptr, bad));
    if (empty > 0)
        parts.append(tr("%n file(s) have nothing to import and will be left out.", nullptr, empty));
    m_summary->setText(parts.join(QLatin1Char(' ')));
    m_summary->setVisible(!parts.isEmpty());
}

void ImportPreviewDialog::mapColumns()
{
    QTreeWidgetItem *current = m_tree->currentItem();
    if (!current)
        return;
    MappingDialog dialog(m_workspace, current->data(FileColumn, PathRole).toString(), this);
    dialog.setUndoStack(m_undoStack);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Q_EMIT previewAgain(m_files, options());
    accept();
}

} // namespace Beamline
