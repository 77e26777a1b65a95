// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/services/measureservice.h>

#include <QCoreApplication>
#include <QString>
#include <QTimeZone>

class QWidget;

namespace Beamline {

// The Per Post view's dialog on an imported post: its text, when it was published, its link,
// and the figures of every export that saw it with the file they came from. Its strings are
// the Measure page's.
class PostHistory final
{
    Q_DECLARE_TR_FUNCTIONS(Beamline::MeasurePage)

public:
    // Shows the post (times in `zone`) in a modal dialog over `parent`.
    static void exec(QWidget *parent, const PostDetails &details, const QString &platformName, const QTimeZone &zone);
};

} // namespace Beamline
