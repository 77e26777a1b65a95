// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace Beamline {

// Reloads a page after a change of the workspace only when the page is shown: at once when
// it is, else once it is shown again (the main window's stack hides the pages it does not
// show). A hidden page reading years of figures after each change would stall the window
// for nothing.
class DeferredReload final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeferredReload)

public:
    // `reload` is called on the page's thread; the object is a child of the page.
    DeferredReload(QWidget *page, std::function<void()> reload);

    // Reloads now when the page is shown, else marks it for its next showing.
    void request();
    // Whether a reload waits for the page to be shown.
    bool isPending() const { return m_pending; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QWidget> m_page;
    std::function<void()> m_reload;
    bool m_pending = false;
};

} // namespace Beamline
