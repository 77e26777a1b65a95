// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPixmap>
#include <QSize>

class QChart;
class QComboBox;
class QLabel;
class QPushButton;

namespace Beamline {

// Asks how to export a chart: names the chart (its title, range and source) and shows a
// thumbnail of the file at the chosen size, in the type the export will have; then the
// format (PNG, SVG, PDF) and the size in pixels. The chart is borrowed, not owned.
class ChartExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartExportDialog)

public:
    explicit ChartExportDialog(QChart *chart, QWidget *parent = nullptr);

    QString chartTitle() const;
    // "png", "svg" or "pdf", and the format's name ("PNG image").
    QString suffix() const;
    QString formatName() const;
    // Invalid while the typed size is not one.
    QSize exportSize() const;
    QPixmap thumbnail() const;

private:
    void updatePreview();

    QChart *m_chart;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_thumbnail;
    QComboBox *m_format;
    QComboBox *m_size;
    QPushButton *m_ok;
};

} // namespace Beamline
