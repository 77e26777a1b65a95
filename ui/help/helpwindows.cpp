// SPDX-License-Identifier: GPL-3.0-or-later
#include "helpwindows.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QTextBrowser>
#include <QTextFrame>
#include <QTextTable>
#include <QVBoxLayout>

static void initHelpResources()
{
    Q_INIT_RESOURCE(beamline_docs);
}

namespace Beamline {

namespace {

QString plain(QString text)
{
    // "&Import Exports…" → "Import Exports…" ("&&" is a literal ampersand).
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

void addMenuRows(const QMenu *menu, const QString &prefix, QStringList &rows)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (action->menu()) {
            addMenuRows(action->menu(), prefix + plain(action->menu()->title()) + QStringLiteral(" ▸ "), rows);
            continue;
        }
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys.append(key.toString(QKeySequence::NativeText).toHtmlEscaped());
        if (keys.isEmpty())
            continue;
        // Undo and Redo carry the name of the change they would take back: not here.
        QString text = plain(action->text());
        if (action->shortcuts().contains(QKeySequence(QKeySequence::Undo)))
            text = HelpWindow::tr("Undo the last change");
        else if (action->shortcuts().contains(QKeySequence(QKeySequence::Redo)))
            text = HelpWindow::tr("Redo what was undone");
        rows.append(QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>").arg(QString(prefix + text).toHtmlEscaped(), keys.join(QStringLiteral(", "))));
    }
}

} // namespace

HelpWindow::HelpWindow(Topic topic, QMenuBar *menus, QWidget *parent)
    : QDialog(parent)
    , m_topic(topic)
    , m_browser(new QTextBrowser(this))
{
    initHelpResources();
    setAttribute(Qt::WA_DeleteOnClose);
    m_browser->setOpenExternalLinks(true);
    switch (topic) {
    case Topic::Shortcuts:
        setObjectName(QStringLiteral("shortcutsWindow"));
        setWindowTitle(tr("Keyboard Shortcuts"));
        m_browser->setHtml(shortcutsHtml(menus));
        resize(560, 600);
        break;
    case Topic::Metrics: {
        setObjectName(QStringLiteral("metricsWindow"));
        setWindowTitle(tr("Metric Definitions"));
        QString markdown = metricsMarkdown();
        if (QLocale().language() != QLocale::English)
            markdown.prepend(tr("*These definitions are written in English: they are the reference the figures are computed from.*") + QStringLiteral("\n\n"));
        m_browser->setMarkdown(markdown);
        // Markdown tables come with heavy double borders: thin, collapsed, padded ones read better.
        for (QTextFrame *frame : m_browser->document()->rootFrame()->childFrames()) {
            if (auto *table = qobject_cast<QTextTable *>(frame)) {
                QTextTableFormat format = table->format();
                format.setBorder(1);
                format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
                format.setBorderBrush(palette().color(QPalette::Mid));
                format.setBorderCollapse(true);
                format.setCellSpacing(0);
                format.setCellPadding(4);
                table->setFormat(format);
            }
        }
        resize(900, 640);
        break;
    }
    case Topic::Guide:
        setObjectName(QStringLiteral("guideWindow"));
        setWindowTitle(tr("Beamline User Guide"));
        m_browser->setHtml(guideHtml());
        resize(680, 640);
        break;
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
}

QString HelpWindow::shortcutsHtml(const QMenuBar *menus)
{
    // One table, so that the keys line up; each menu is a heading row in it.
    QString html = QStringLiteral("<h2>%1</h2><table cellspacing=\"0\" cellpadding=\"3\">").arg(tr("Keyboard Shortcuts").toHtmlEscaped());
    const auto heading = [](const QString &title) {
        return QStringLiteral("<tr><td colspan=\"2\"><h3>%1</h3></td></tr>").arg(title.toHtmlEscaped());
    };
    if (menus) {
        for (QAction *top : menus->actions()) {
            if (!top->menu())
                continue;
            QStringList rows;
            addMenuRows(top->menu(), QString(), rows);
            if (rows.isEmpty())
                continue;
            html += heading(plain(top->menu()->title())) + rows.join(QString());
        }
    }
    // What CalendarView::keyPressEvent does, in both the month and the week view.
    const QList<QPair<QString, QString>> calendar = {
        {tr("Left, Right"), tr("Previous or next day")},
        {tr("Up, Down"), tr("Previous or next post or open slot: through those of a day, then on to the next day's")},
        {tr("Home"), tr("Today")},
        {tr("Enter"), tr("Open the selected post, or write a new one on the selected day")},
        {tr("Alt+Left, Alt+Right"), tr("Move the selected post a day earlier or later")},
        {tr("Alt+Up, Alt+Down"), tr("Move the selected post a week earlier or later (in the week view, 15 minutes)")},
        {tr("Delete"), tr("Drop the selected post (Undo brings it back)")},
        {tr("Menu"), tr("The selected post's menu")},
        {tr("Page Up, Page Down"), tr("Previous or next month or week")},
        {tr("Escape"), tr("From a post back to its day; in a dialog, close it (nothing written is kept unless you confirm)")},
    };
    html += heading(tr("In the calendar"));
    for (const auto &[key, what] : calendar)
        html += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>").arg(what.toHtmlEscaped(), key.toHtmlEscaped());
    // What PresentationWindow::keyPressEvent does.
    const QList<QPair<QString, QString>> presentation = {
        {tr("F5"), tr("Present the view: on the Overview, the figures first, then the charts")},
        {tr("Right, Down, Space, Page Down"), tr("Next slide")},
        {tr("Left, Up, Backspace, Page Up"), tr("Previous slide")},
        {tr("Home, End"), tr("First or last slide")},
        {tr("Escape, F5"), tr("Leave the presentation")},
    };
    html += heading(tr("In Measure and its presentation"));
    for (const auto &[key, what] : presentation)
        html += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>").arg(what.toHtmlEscaped(), key.toHtmlEscaped());
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p>%1</p>").arg(tr("Alt with the underlined letter of a menu opens it; in dialogs, Alt with an underlined "
                                               "letter moves to that field.").toHtmlEscaped());
    return html;
}

QString HelpWindow::metricsMarkdown()
{
    initHelpResources();
    QFile file(QStringLiteral(":/docs/metrics.md"));
    if (!file.open(QIODevice::ReadOnly))
        return tr("The metric definitions could not be read.");
    return QString::fromUtf8(file.readAll());
}

QString HelpWindow::guideHtml()
{
    const auto section = [](const QString &title, const QStringList &paragraphs) {
        QString html = QStringLiteral("<h3>%1</h3>").arg(title.toHtmlEscaped());
        for (const QString &p : paragraphs)
            html += QStringLiteral("<p>%1</p>").arg(p.toHtmlEscaped());
        return html;
    };
    QString html = QStringLiteral("<h2>%1</h2>").arg(tr("Beamline User Guide").toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(tr("Beamline helps a lab's social-media team plan recurring posts on a calendar and "
                                               "measure what they achieved from the platforms' own exports.").toHtmlEscaped());
    html += section(tr("1. Set up the workspace"),
                    {tr("A workspace is one file that holds your plan and your figures. Create one with File ▸ New Workspace, "
                        "then open Settings ▸ Workspace."),
                     tr("Workspace: its name and the time zone the team works in. The calendar, the lists and the reports show times in "
                        "this zone."),
                     tr("Channels: the accounts you post on. Give each the handle or ID its exports use (for a Facebook page, its name "
                        "or ID). If an export names an account no channel has, Beamline asks once which channel it is and remembers. "
                        "Two channels that are the same account can be merged."),
                     tr("Pillars: the themes of your posts, each with a colour and the share of posts it should have."),
                     tr("People: editors write posts and own series; approvers also sign posts off."),
                     tr("Campaigns: a period, a hashtag and a goal, with the partners who join in.")});
    html += section(tr("2. Plan"),
                    {tr("A series is a recurring post, such as #ThrowbackThursday every Thursday at 10:00: Plan ▸ New Series. Its "
                        "slots appear in the calendar; open one to write the post that fills it."),
                     tr("A post goes out on one or more channels, with a text for all of them or one per channel; the editor counts "
                        "the characters against each channel's limit. Drag a post, or use the keyboard, to move it."),
                     tr("The panel beside the calendar lists what needs attention: open slots, posts waiting for review, "
                        "missed slots.")});
    html += section(tr("3. Import the exports"),
                    {tr("Download the analytics exports from X, Meta Business Suite, YouTube Studio, LinkedIn, Google Analytics, "
                        "Matomo or a listening tool, and drop the files (or a folder, or a ZIP) on the window, or use File ▸ Import "
                        "Exports."),
                     tr("Beamline shows what it found before writing anything. Importing the same file again changes nothing, and "
                        "each import can be undone under Data ▸ Import History.")});
    html += section(tr("4. Measure"),
                    {tr("Measure shows the figures of a period beside the one before: posts, interactions, engagement rate, followers, "
                        "and the visits your site received from each platform. Imported posts are linked to the planned ones, so a "
                        "series or a campaign can be compared with the rest."),
                     tr("Help ▸ Metric Definitions says exactly how each figure is computed.")});
    html += section(tr("5. Undo"),
                    {tr("Every change to the plan and the settings can be undone with Edit ▸ Undo (%1).")
                         .arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText))});
    return html;
}

} // namespace Beamline
