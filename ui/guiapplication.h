// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>

namespace Beamline {

class MainWindow;

// The window's QApplication with a last-resort net: a DatabaseError that escapes an event
// handler or a slot (a page reading a table that is gone, a locked workspace...) would end
// the program, since an exception must not cross the Qt event loop. notify() catches it
// there, logs it (beamline.ui) and shows it as an error in the message bar of the main
// window the event was for (or the active one). Code should still catch its own errors;
// this only turns the ones it missed into a message.
class GuiApplication final : public QApplication
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuiApplication)

public:
    GuiApplication(int &argc, char **argv);
    ~GuiApplication() override;

    bool notify(QObject *receiver, QEvent *event) override;

    // The database errors caught so far.
    int caughtErrors() const { return m_caught; }

Q_SIGNALS:
    // After a caught error was shown (or logged when no main window was open).
    void databaseErrorCaught(const QString &message);

private:
    static MainWindow *windowFor(QObject *receiver);

    int m_caught = 0;
};

} // namespace Beamline
