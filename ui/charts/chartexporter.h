// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>

class QChart;
class QPainter;

namespace Beamline {

// Renders a chart without showing it: PNG (at a device pixel ratio), SVG and PDF of the
// requested size in pixels, and a picture for the clipboard. Every rendering uses the type
// ChartStyle gives that size (32 px titles at 1600×900); a chart shown in a view is
// borrowed for the rendering and given back in its on-screen type.
class ChartExporter final
{
    Q_DECLARE_TR_FUNCTIONS(Beamline::ChartExporter)

public:
    // Paints `chart` into the rectangle (0, 0, size) of the painter's coordinates, laid out
    // and typeset for `size` (ChartStyle). To draw it smaller, or on a page in other units,
    // scale or translate the painter first: a report puts a 1600×900 chart in a 16 cm box
    // with painter.translate(box.topLeft()); painter.scale(box.width() / 1600, …).
    static void paint(QChart *chart, QPainter &painter, QSize size);
    static QImage image(QChart *chart, QSize size, qreal devicePixelRatio = 1.0);
    // The format follows the file's suffix (.png, .svg, .pdf). False with `error` set on failure.
    static bool save(QChart *chart, const QString &path, QSize size, QString *error);
    static QStringList suffixes() { return {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")}; }
    // "1600x900" → QSize; invalid for anything else.
    static QSize parseSize(const QString &text);
};

} // namespace Beamline
