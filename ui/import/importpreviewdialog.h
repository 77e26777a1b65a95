// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/import/importer.h>

#include <QDialog>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QPushButton;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

class QUndoStack;

namespace Beamline {

class Workspace;

// Shows what each dropped file is before anything is written: detected format, period,
// rows and values, and below the list every message about the selected file in full
// (errors, warnings, accounts, the channels an import would create). Unknown files can
// be mapped by hand; empty and unreadable ones are left out.
class ImportPreviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPreviewDialog)

public:
    enum Column { FileColumn, FormatColumn, PeriodColumn, RowsColumn, ColumnCount };

    ImportPreviewDialog(Workspace *workspace, const QStringList &files, const QList<ImportReport> &reports, const ImportOptions &options,
                        QWidget *parent = nullptr);

    // Where a mapping saved from here goes as an undoable step.
    void setUndoStack(QUndoStack *undoStack) { m_undoStack = undoStack; }
    // The files that will be imported (checked and readable).
    QStringList selectedFiles() const;
    // The messages shown for the file in this row, as plain text.
    QString messagesFor(int row) const;

    // "28 rows, 364 values", "20 rows", "Already imported"...: the Rows column.
    static QString rowsText(const ImportReport &report);
    // Every message about one file, one paragraph each (plain text). badRows: how the file's
    // unreadable rows stand (read with them counted, not failed on).
    enum class BadRows { None, Refused, Skipped };
    static QStringList messages(const ImportReport &report, const QList<ImportAccount> &newAccounts, BadRows badRows = BadRows::None);
    // The rows of a file that can be read (rows read less those that cannot).
    static qint64 goodRows(const ImportReport &report);

Q_SIGNALS:
    void importRequested(const QStringList &files, const Beamline::ImportOptions &options);
    // A mapping was saved: read the files again.
    void previewAgain(const QStringList &files, const Beamline::ImportOptions &options);

private:
    void fillFileList();
    QFormLayout *createOptionsForm();
    void updateButtons();
    void showMessages();
    void mapColumns();
    void importGoodRows();
    BadRows badRows(int row) const;
    void decorate(QTreeWidgetItem *item, int row);
    ImportOptions options() const;

    Workspace *m_workspace;
    QUndoStack *m_undoStack = nullptr;
    QStringList m_files;
    QList<ImportReport> m_reports;
    QList<QList<ImportAccount>> m_newAccounts; // per file, still unknown
    ImportOptions m_options;
    QTreeWidget *m_tree;
    QTextBrowser *m_messages;
    QComboBox *m_zone;
    // Shown only when a report gives no period of its own (ImportReport::needsPeriod).
    QDateEdit *m_periodFrom = nullptr;
    QDateEdit *m_periodTo = nullptr;
    QPushButton *m_import;
    QPushButton *m_map;
    QPushButton *m_goodRows;
    QLabel *m_summary;
};

} // namespace Beamline
