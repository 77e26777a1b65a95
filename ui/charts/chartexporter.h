// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>

class QChart;

namespace Beamline {

// Renders a chart without showing it: PNG (at a device pixel ratio), SVG and PDF of the
// requested size in pixels, and a picture for the clipboard.
class ChartExporter final
{
    Q_DECLARE_TR_FUNCTIONS(Beamline::ChartExporter)

public:
    static QImage image(QChart *chart, QSize size, qreal devicePixelRatio = 1.0);
    // The format follows the file's suffix (.png, .svg, .pdf). False with `error` set on failure.
    static bool save(QChart *chart, const QString &path, QSize size, QString *error);
    static QStringList suffixes() { return {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")}; }
    // "1600x900" → QSize; invalid for anything else.
    static QSize parseSize(const QString &text);
};

} // namespace Beamline
