// SPDX-License-Identifier: GPL-3.0-or-later
#include "guiapplication.h"

#include "mainwindow.h"

#include <core/db/databaseerror.h>

#include <QLoggingCategory>
#include <QWidget>

namespace Beamline {

Q_LOGGING_CATEGORY(lcNet, "beamline.ui", QtWarningMsg)

GuiApplication::GuiApplication(int &argc, char **argv) : QApplication(argc, argv) {}

GuiApplication::~GuiApplication() = default;

bool GuiApplication::notify(QObject *receiver, QEvent *event)
{
    try {
        return QApplication::notify(receiver, event);
    } catch (const DatabaseError &error) {
        ++m_caught;
        qCCritical(lcNet).noquote() << "database error escaped an event handler:" << (receiver ? receiver->metaObject()->className() : "null")
                                    << "event" << int(event ? event->type() : QEvent::None) << "-" << error.message() << "|"
                                    << error.detail() << "|" << error.sql();
        const QString text = error.detail().isEmpty() ? error.message()
                                                      : tr("%1 (%2)", "database error: message (detail)").arg(error.message(), error.detail());
        const QString shown = tr("This action stopped on a database error and did not finish: %1").arg(text);
        if (MainWindow *window = windowFor(receiver))
            window->showError(shown);
        Q_EMIT databaseErrorCaught(shown);
        // Handled: an unfinished mouse or key event must not go on to the parent widgets.
        return true;
    }
}

// The main window that shows the error: the one the receiver belongs to (through dialogs
// and their parents), else the active one, else any.
MainWindow *GuiApplication::windowFor(QObject *receiver)
{
    for (QObject *o = receiver; o; o = o->parent()) {
        if (auto *window = qobject_cast<MainWindow *>(o))
            return window;
    }
    for (QWidget *w = activeWindow(); w; w = w->parentWidget()) {
        if (auto *window = qobject_cast<MainWindow *>(w))
            return window;
    }
    const QWidgetList windows = topLevelWidgets();
    for (QWidget *w : windows) {
        if (auto *window = qobject_cast<MainWindow *>(w))
            return window;
    }
    return nullptr;
}

} // namespace Beamline
