// SPDX-License-Identifier: GPL-3.0-or-later
#include "posthistory.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Beamline {

void PostHistory::exec(QWidget *parent, const PostDetails &details, const QString &platformName, const QTimeZone &zone)
{
    const PlatformPost *post = &details.post;
    QDialog dialog(parent);
    dialog.setWindowTitle(tr("Post on %1").arg(platformName));
    auto *text = new QTextBrowser(&dialog);
    text->setOpenExternalLinks(true);
    QString html = QStringLiteral("<p>%1</p>").arg(post->text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Published %1")
                         .arg(QLocale().toString(post->publishedAt.toTimeZone(zone), QLocale::LongFormat))
                         .toHtmlEscaped());
    if (!post->permalink.isEmpty())
        html += QStringLiteral("<p><a href=\"%1\">%2</a></p>").arg(post->permalink.toHtmlEscaped(), tr("Open on the platform"));
    text->setHtml(html);
    text->setMaximumHeight(parent->fontMetrics().height() * 8);
    // Every export that saw the post: its figures then, and the file they came from.
    const QVector<PostCapture> &history = details.captures;
    const QList<QPair<PostMetric, QString>> columns = {
        { PostMetric::Impressions, tr("Impressions") }, { PostMetric::Views, tr("Views") },   { PostMetric::Likes, tr("Likes") },
        { PostMetric::Comments, tr("Comments") },       { PostMetric::Shares, tr("Shares") }, { PostMetric::Saves, tr("Saves") }
    };
    auto *table = new QTableWidget(int(history.size()), int(columns.size()) + 2, &dialog);
    QStringList headers { tr("Captured"), tr("Source file") };
    for (const auto &c : columns)
        headers.append(c.second);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < history.size(); ++row) {
        const PostCapture &record = history.at(row);
        table->setItem(row, 0,
                       new QTableWidgetItem(QLocale().toString(record.capturedAt.toTimeZone(zone), QLocale::ShortFormat)
                                            + (record.isCurrent ? tr(" (current)") : QString())));
        table->setItem(row, 1,
                       new QTableWidgetItem(!record.fileName.isEmpty()
                                                ? tr("%1, line %2").arg(record.fileName).arg(record.sourceLine)
                                                : QString()));
        for (int c = 0; c < columns.size(); ++c) {
            const auto v = record.snapshot.value(columns.at(c).first);
            auto *item = new QTableWidgetItem(v ? QLocale().toString(*v, 'f', 0) : QString());
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(row, c + 2, item);
        }
    }
    table->resizeColumnsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addWidget(new QLabel(tr("Metric history"), &dialog));
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    dialog.resize(760, 480);
    dialog.exec();
}

} // namespace Beamline
