// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDialog>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTimer;

namespace Beamline {

class DateField;
class ReportWriter;
class Workspace;

// File ▸ Export Report…: the period, its comparison, a campaign and the paper, a preview of
// the pages, then a save dialog for the PDF.
class ReportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportDialog)

public:
    // `workspace` stays owned by the window and must outlive the dialog.
    explicit ReportDialog(Workspace *workspace, QWidget *parent = nullptr);
    ~ReportDialog() override;

    void setRange(QDate from, QDate to);
    int previewPageCount() const;

private:
    enum class Comparison { PreviousPeriod, YearBefore, Custom, None };

    void campaignChosen();
    void updateComparison();
    void schedulePreview();
    void updatePreview();
    void save();

    Workspace *m_workspace;
    DateField *m_from;
    DateField *m_to;
    QComboBox *m_comparison;
    DateField *m_compareFrom;
    DateField *m_compareTo;
    QComboBox *m_campaign;
    QComboBox *m_paper;
    QListWidget *m_pages;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_saveButton = nullptr;
    QTimer *m_previewTimer;
    std::unique_ptr<ReportWriter> m_writer;
};

} // namespace Beamline
