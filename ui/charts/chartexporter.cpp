// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartexporter.h"

#include "chartfactory.h"
#include "chartstyle.h"

#include <QChart>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSvgGenerator>

namespace Beamline {

void ChartExporter::paint(QChart *chart, QPainter &painter, QSize size)
{
    if (!chart || !size.isValid())
        return;
    // The chart alone in a scene of the size, in the type of that size; then back to its
    // view (if any) in the type it had there.
    const QSize styled = ChartStyle::styledSize(chart);
    const QRectF geometry = chart->geometry();
    QGraphicsScene scene;
    QGraphicsScene *previous = chart->scene();
    if (previous)
        previous->removeItem(chart);
    scene.addItem(chart);
    ChartStyle::apply(chart, size);
    chart->setGeometry(QRectF(QPointF(0, 0), size));
    scene.setSceneRect(QRectF(QPointF(0, 0), size));
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), size), QRectF(QPointF(0, 0), size));
    painter.restore();
    scene.removeItem(chart);
    ChartStyle::apply(chart, styled);
    if (previous) {
        previous->addItem(chart);
        chart->setGeometry(geometry);
    }
}

QImage ChartExporter::image(QChart *chart, QSize size, qreal devicePixelRatio)
{
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(chart->backgroundBrush().color());
    QPainter painter(&image);
    paint(chart, painter, size);
    return image;
}

bool ChartExporter::save(QChart *chart, const QString &path, QSize size, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (!size.isValid() || size.width() < 100 || size.height() < 100 || size.width() > 10000 || size.height() > 10000) {
        *error = tr("The size must be between 100×100 and 10000×10000 pixels.");
        return false;
    }
    if (suffix == QLatin1String("png")) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || !image(chart, size).save(&file, "PNG") || !file.commit()) {
            *error = tr("“%1” could not be written: %2").arg(path, file.errorString());
            return false;
        }
        return true;
    }
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setTitle(ChartFactory::titleOf(chart));
        QPainter painter;
        if (!painter.begin(&generator)) {
            *error = tr("“%1” could not be written.").arg(path);
            return false;
        }
        painter.fillRect(QRect(QPoint(0, 0), size), chart->backgroundBrush());
        paint(chart, painter, size);
        painter.end();
        return QFileInfo(path).size() > 0;
    }
    if (suffix == QLatin1String("pdf")) {
        QPdfWriter writer(path);
        writer.setResolution(96);
        writer.setPageSize(QPageSize(QSizeF(size) * 72.0 / 96.0, QPageSize::Point));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(ChartFactory::titleOf(chart));
        writer.setCreator(QStringLiteral("Beamline"));
        QPainter painter;
        if (!painter.begin(&writer)) {
            *error = tr("“%1” could not be written.").arg(path);
            return false;
        }
        painter.fillRect(QRect(QPoint(0, 0), size), chart->backgroundBrush());
        paint(chart, painter, size);
        painter.end();
        return QFileInfo(path).size() > 0;
    }
    *error = tr("“%1” is not a format Beamline exports charts to (PNG, SVG or PDF).").arg(suffix.isEmpty() ? path : suffix);
    return false;
}

QSize ChartExporter::parseSize(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{2,5})\\s*[x×X]\\s*(\\d{2,5})$"));
    const auto m = pattern.match(text.trimmed());
    return m.hasMatch() ? QSize(m.captured(1).toInt(), m.captured(2).toInt()) : QSize();
}

} // namespace Beamline
