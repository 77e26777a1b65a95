// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QMenuBar;
class QTextBrowser;

namespace Beamline {

// The Help menu's windows: the keyboard shortcuts (read from the window's menus, so they
// are never out of date), the metric definitions (docs/metrics.md, bundled) and a short
// user guide. Each is a non-modal window with its text in a browser.
class HelpWindow final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpWindow)

public:
    enum class Topic { Shortcuts, Metrics, Guide };

    HelpWindow(Topic topic, QMenuBar *menus, QWidget *parent = nullptr);

    Topic topic() const { return m_topic; }
    QTextBrowser *browser() const { return m_browser; }

    // The HTML of each topic, for the window and for tests.
    static QString shortcutsHtml(const QMenuBar *menus);
    static QString guideHtml();
    // docs/metrics.md as bundled (Markdown).
    static QString metricsMarkdown();

private:
    Topic m_topic;
    QTextBrowser *m_browser;
};

} // namespace Beamline
