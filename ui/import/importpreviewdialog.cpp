// SPDX-License-Identifier: GPL-3.0-or-later
#include "importpreviewdialog.h"

#include "mappingdialog.h"

#include <core/workspace/workspace.h>
#include <ui/application.h>
#include <ui/widgets/timezonecombo.h>

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Beamline {

namespace {
enum Column { FileColumn, FormatColumn, PeriodColumn, RowsColumn, NotesColumn };
constexpr int PathRole = Qt::UserRole + 1;
constexpr int UnknownRole = Qt::UserRole + 2;
} // namespace

ImportPreviewDialog::ImportPreviewDialog(Workspace *workspace, const QStringList &files, const QList<ImportReport> &reports,
                                         const ImportOptions &options, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_files(files)
    , m_options(options)
    , m_tree(new QTreeWidget(this))
    , m_zone(new TimeZoneCombo(this))
    , m_import(new QPushButton(this))
    , m_map(new QPushButton(tr("&Map Columns…"), this))
    , m_summary(new QLabel(this))
{
    setWindowTitle(tr("Import Exports"));
    resize(920, 480);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Check what Beamline found before anything is written. Unchecked files are left out."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_tree->setColumnCount(5);
    m_tree->setHeaderLabels({tr("File"), tr("Detected as"), tr("Period"), tr("Rows"), tr("Notes")});
    m_tree->setRootIsDecorated(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(false);
    m_tree->header()->setSectionResizeMode(FileColumn, QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(NotesColumn, QHeaderView::Stretch);
    m_tree->setColumnWidth(FileColumn, 280);
    m_tree->setColumnWidth(FormatColumn, 220);
    m_tree->setColumnWidth(PeriodColumn, 170);
    m_tree->setAccessibleName(tr("Files to import"));
    layout->addWidget(m_tree, 1);

    for (int i = 0; i < reports.size() && i < files.size(); ++i) {
        const ImportReport &r = reports.at(i);
        auto *item = new QTreeWidgetItem(m_tree);
        item->setData(FileColumn, PathRole, files.at(i));
        item->setText(FileColumn, QFileInfo(files.at(i)).fileName());
        item->setToolTip(FileColumn, files.at(i));
        const bool unknown = r.formats.contains(QStringLiteral("unknown"));
        item->setData(FileColumn, UnknownRole, unknown);
        item->setText(FormatColumn, r.failed() ? (unknown ? tr("Unknown format") : tr("Cannot be read")) : r.formatName());
        if (r.periodStart.isValid()) {
            item->setText(PeriodColumn, r.periodStart == r.periodEnd ? QLocale().toString(r.periodStart, QLocale::ShortFormat)
                                                                      : tr("%1 – %2").arg(QLocale().toString(r.periodStart, QLocale::ShortFormat),
                                                                                          QLocale().toString(r.periodEnd, QLocale::ShortFormat)));
        }
        item->setText(RowsColumn, r.failed() ? QString() : QLocale().toString(r.alreadyImported ? r.unchanged : r.added + r.skipped));
        item->setTextAlignment(RowsColumn, Qt::AlignRight | Qt::AlignVCenter);
        QStringList notes;
        if (r.failed())
            notes.append(r.error);
        else if (r.alreadyImported && r.added == 0)
            notes.append(tr("Already imported; importing it again changes nothing"));
        if (!r.accounts.isEmpty())
            notes.append(tr("Accounts: %1").arg(r.accounts.join(QStringLiteral(", "))));
        if (r.skipped > 0)
            notes.append(tr("%n row(s) will be skipped", nullptr, int(r.skipped)));
        if (!r.warnings.isEmpty() && !r.failed())
            notes.append(tr("%n warning(s)", nullptr, int(r.warnings.size())));
        item->setText(NotesColumn, notes.join(QStringLiteral(" · ")));
        item->setToolTip(NotesColumn, notes.join(QLatin1Char('\n')));
        const QString icon = r.failed() ? QStringLiteral("dialog-error")
                                        : (!r.warnings.isEmpty() || r.skipped > 0 ? QStringLiteral("dialog-warning") : QStringLiteral("dialog-positive"));
        item->setIcon(FileColumn, Application::icon(icon));
        if (r.failed()) {
            item->setFlags(item->flags() & ~Qt::ItemIsUserCheckable);
        } else {
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(FileColumn, r.alreadyImported && r.added == 0 ? Qt::Unchecked : Qt::Checked);
        }
        for (const QString &warning : r.warnings) {
            auto *child = new QTreeWidgetItem(item);
            child->setText(FileColumn, warning);
            child->setFirstColumnSpanned(true);
            child->setFlags(Qt::ItemIsEnabled);
        }
    }
    connect(m_tree, &QTreeWidget::itemChanged, this, &ImportPreviewDialog::updateButtons);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &ImportPreviewDialog::updateButtons);

    auto *form = new QFormLayout;
    static_cast<TimeZoneCombo *>(m_zone)->setZone(m_options.timeZone.isValid() ? m_options.timeZone : QTimeZone::systemTimeZone());
    form->addRow(tr("Local times without a zone (Meta, listening tools) are in:"), m_zone);
    layout->addLayout(form);
    layout->addWidget(m_summary);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_map, QDialogButtonBox::ActionRole);
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
    if (QTreeWidgetItem *first = m_tree->topLevelItem(0))
        m_tree->setCurrentItem(first);
    updateButtons();
}

ImportOptions ImportPreviewDialog::options() const
{
    ImportOptions o = m_options;
    o.timeZone = static_cast<const TimeZoneCombo *>(m_zone)->zone();
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

void ImportPreviewDialog::updateButtons()
{
    const int n = int(selectedFiles().size());
    m_import->setText(n > 0 ? tr("&Import %n File(s)", nullptr, n) : tr("&Import"));
    m_import->setEnabled(n > 0);
    QTreeWidgetItem *current = m_tree->currentItem();
    while (current && current->parent())
        current = current->parent();
    m_map->setVisible(current && current->data(FileColumn, UnknownRole).toBool());
    int unknown = 0, errors = 0;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (item->data(FileColumn, UnknownRole).toBool())
            ++unknown;
        else if (!(item->flags() & Qt::ItemIsUserCheckable))
            ++errors;
    }
    QStringList parts;
    if (unknown > 0)
        parts.append(tr("%n file(s) of a format Beamline does not know: select one and choose Map Columns.", nullptr, unknown));
    if (errors > 0)
        parts.append(tr("%n file(s) cannot be read and will be left out.", nullptr, errors));
    m_summary->setText(parts.join(QLatin1Char(' ')));
    m_summary->setVisible(!parts.isEmpty());
}

void ImportPreviewDialog::mapColumns()
{
    QTreeWidgetItem *current = m_tree->currentItem();
    while (current && current->parent())
        current = current->parent();
    if (!current)
        return;
    MappingDialog dialog(m_workspace, current->data(FileColumn, PathRole).toString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Q_EMIT previewAgain(m_files, options());
    accept();
}

} // namespace Beamline
