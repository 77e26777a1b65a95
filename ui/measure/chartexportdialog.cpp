// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartexportdialog.h"

#include <ui/charts/chartexporter.h>
#include <ui/charts/chartfactory.h>

#include <QChart>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace Beamline {

namespace {

// The thumbnail's box, in device-independent pixels.
constexpr QSize ThumbnailBox(400, 240);

} // namespace

ChartExportDialog::ChartExportDialog(QChart *chart, QWidget *parent)
    : QDialog(parent)
    , m_chart(chart)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_thumbnail(new QLabel(this))
    , m_format(new QComboBox(this))
    , m_size(new QComboBox(this))
{
    setObjectName(QStringLiteral("chartExportDialog"));
    setWindowTitle(tr("Export Chart"));
    m_title->setObjectName(QStringLiteral("chartTitle"));
    m_title->setText(ChartFactory::titleOf(chart));
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_subtitle->setText(ChartFactory::subtitleOf(chart));
    m_subtitle->setWordWrap(true);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->setVisible(!m_subtitle->text().isEmpty());
    m_thumbnail->setObjectName(QStringLiteral("thumbnail"));
    m_thumbnail->setAlignment(Qt::AlignCenter);
    m_thumbnail->setMinimumSize(ThumbnailBox);
    m_thumbnail->setFrameShape(QFrame::StyledPanel);
    m_thumbnail->setAccessibleName(tr("Preview of the exported chart"));

    m_format->addItem(tr("PNG image"), QStringLiteral("png"));
    m_format->addItem(tr("SVG drawing"), QStringLiteral("svg"));
    m_format->addItem(tr("PDF document"), QStringLiteral("pdf"));
    m_size->setEditable(true);
    for (const char *preset : { "1600x900", "1920x1080", "1280x720", "3840x2160", "1200x1200" })
        m_size->addItem(QString::fromLatin1(preset));
    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Size (pixels):"), m_size);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Choose File…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_size, &QComboBox::currentTextChanged, this, &ChartExportDialog::updatePreview);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_thumbnail, 1);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updatePreview();
}

QString ChartExportDialog::chartTitle() const
{
    return m_title->text();
}

QString ChartExportDialog::suffix() const
{
    return m_format->currentData().toString();
}

QString ChartExportDialog::formatName() const
{
    return m_format->currentText();
}

QSize ChartExportDialog::exportSize() const
{
    return ChartExporter::parseSize(m_size->currentText());
}

QPixmap ChartExportDialog::thumbnail() const
{
    return m_thumbnail->pixmap();
}

void ChartExportDialog::updatePreview()
{
    const QSize size = exportSize();
    m_ok->setEnabled(size.isValid());
    if (!size.isValid() || !m_chart)
        return; // the last good preview stays
    // The file in small: laid out and typeset at the export's size, then scaled down.
    const QSize box = size.scaled(ThumbnailBox, Qt::KeepAspectRatio);
    const qreal ratio = devicePixelRatioF();
    QImage image(box * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(m_chart->backgroundBrush().color());
    QPainter painter(&image);
    painter.scale(qreal(box.width()) / size.width(), qreal(box.height()) / size.height());
    ChartExporter::paint(m_chart, painter, size);
    painter.end();
    m_thumbnail->setPixmap(QPixmap::fromImage(image));
    m_thumbnail->setToolTip(tr("%1 × %2 pixels").arg(size.width()).arg(size.height()));
}

} // namespace Beamline
