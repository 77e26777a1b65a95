// SPDX-License-Identifier: GPL-3.0-or-later
#include "deferredreload.h"

#include <QEvent>
#include <QWidget>

namespace Beamline {

DeferredReload::DeferredReload(QWidget *page, std::function<void()> reload)
    : QObject(page)
    , m_page(page)
    , m_reload(std::move(reload))
{
    page->installEventFilter(this);
}

void DeferredReload::request()
{
    // "Hidden" is the page's own state (the stack hid it), not its window's: a window not
    // shown yet (a test, a screenshot run) still has a current page that follows changes.
    if (m_page && !m_page->isHidden()) {
        m_pending = false;
        m_reload();
    } else {
        m_pending = true;
    }
}

bool DeferredReload::eventFilter(QObject *watched, QEvent *event)
{
    // ShowToParent: the page was made the current one, whether or not its window is shown.
    if (watched == m_page && event->type() == QEvent::ShowToParent && m_pending) {
        m_pending = false;
        m_reload();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Beamline
