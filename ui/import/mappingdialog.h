// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/import/importprofile.h>

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

class QUndoStack;

namespace Beamline {

class TimeZoneCombo;
class Workspace;

// Maps the columns of a file Beamline does not know: what each column means, how its
// dates and numbers are written, which account it is. Saved as a named mapping that is
// applied automatically to files with the same header.
class MappingDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MappingDialog)

public:
    MappingDialog(Workspace *workspace, const QString &file, QWidget *parent = nullptr);

    // The mapping as it stands in the dialog.
    ImportProfile profile() const;
    // Human name of a role ("metric:likes" -> "Likes").
    static QString roleLabel(const QString &role);
    // The header among the first rows (0-based): the first row of names only (no numbers
    // or dates) about as wide as the rows below it. A data row with an extra cell is not
    // taken for it.
    static int guessHeaderRow(const QVector<QStringList> &rows);
    // Rows below the header with more or fewer cells than it (trailing empty cells do not
    // count), as "fewer"/"more" lists of line numbers; the text the dialog shows.
    static QString raggedRowsText(const QVector<QStringList> &rows, const QVector<qint64> &lines, int headerRow);
    QString raggedRowsNote() const;

    // Where the saved mapping goes as an undoable step (without one, it is saved outright).
    void setUndoStack(QUndoStack *undoStack) { m_undoStack = undoStack; }

    void accept() override;

private:
    void loadHeader();
    void fillRoles();
    void guessRoles();

    Workspace *m_workspace;
    QUndoStack *m_undoStack = nullptr;
    QString m_file;
    QVector<QStringList> m_rows;
    QVector<qint64> m_lines; // the file line each row starts on
    QSpinBox *m_headerLine;
    QComboBox *m_target;
    QComboBox *m_platform;
    QLineEdit *m_channel;
    QComboBox *m_dateLayout;
    QComboBox *m_decimal;
    TimeZoneCombo *m_zone;
    QLineEdit *m_report;
    QLineEdit *m_name;
    QTableWidget *m_columns;
    QTableWidget *m_preview;
    QLabel *m_problems;
    QLabel *m_ragged;
};

} // namespace Beamline
