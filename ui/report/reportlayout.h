// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/analytics/reportdata.h>

#include <QColor>
#include <QFont>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QVector>

#include <functional>
#include <memory>

class QChart;
class QGraphicsScene;
class QPainter;

namespace Beamline {

// Flows blocks (text, tables, figure cards, charts) onto pages of a fixed size, in pixels
// at 96 dpi, measuring every text first: a block that does not fit on what is left of a
// page starts the next one (a chart or a card row is never split, a table continues with
// its header repeated, a text wraps). Pages are recorded as painting steps, so that the
// PDF and the preview paint exactly the same thing.
class ReportLayout final
{
public:
    using Step = std::function<void(QPainter &)>;

    struct Page {
        QString title; // the page's own title; continued pages repeat it
        QVector<Step> steps;
        bool cover = false;
    };

    struct Column {
        QString header;
        double weight = 1; // share of the width
        Qt::Alignment alignment = Qt::AlignLeft;
    };

    explicit ReportLayout(QSizeF pageSize);
    ~ReportLayout();
    ReportLayout(const ReportLayout &) = delete;
    ReportLayout &operator=(const ReportLayout &) = delete;

    static QFont font(double points, bool bold = false);
    // Gives an image the layout's resolution (96 dpi), so that text measures the same on it.
    static void setResolution(QImage &image);
    // The height of a text wrapped to a width.
    static double textHeight(const QFont &font, const QString &text, double width);

    QSizeF pageSize() const { return m_pageSize; }
    QRectF contentRect() const;
    const QVector<Page> &pages() const { return m_pages; }

    void startCover();
    // A new page with its title; `continuation` marks a page that carries on the previous one.
    void startPage(const QString &title, const QString &continuedTitle = QString());
    // Room left on the page.
    double remaining() const;
    // Moves to a new page (titled "…, continued") when less than `height` is left.
    void ensure(double height);
    void skip(double height) { m_y += height; }

    void text(const QString &text, const QFont &font, const QColor &color = QColor(0x22, 0x22, 0x22), double indent = 0);
    void bullet(const QString &text, const QFont &font);
    // A table that flows onto the next pages, its header repeated; every cell wraps.
    // Columns share the width by weight, widened to their longest word (taken from the widest).
    void table(const QVector<Column> &columns, const QVector<QStringList> &rows, bool header = true);
    // Figure cards, `perRow` to a row; a row never splits.
    void cards(const QVector<FigureCard> &cards, int perRow);
    // A chart at the full width (it is taken over and kept until the layout goes).
    void chart(QChart *chart, double height);

    // The page with its header (workspace, period) and footer (page n of N, date).
    void paint(QPainter &painter, int index, const QString &header, const QString &footer) const;

private:
    void add(Step step) { m_pages.last().steps.append(std::move(step)); }
    QVector<double> columnWidths(const QVector<Column> &columns, const QVector<QStringList> &rows, const QFont &body,
                                 const QFont &head) const;
    static double tableRowHeight(const QVector<double> &widths, const QStringList &cells, const QFont &font);
    void tableRow(const QVector<Column> &columns, const QVector<double> &widths, const QStringList &cells, const QFont &font,
                  bool header);

    QSizeF m_pageSize;
    QVector<Page> m_pages;
    double m_y = 0;
    QString m_continuedTitle;
    std::vector<std::unique_ptr<QGraphicsScene>> m_scenes;
};

} // namespace Beamline
