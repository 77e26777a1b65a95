// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportlayout.h"

#include <QChart>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>

#include <algorithm>
#include <tuple>

namespace Beamline {

namespace {

// Margins in pixels at 96 dpi: 15 mm at the sides, room for the header and the footer.
constexpr double SideMargin = 57;
constexpr double TopMargin = 76;
constexpr double BottomMargin = 66;
constexpr double Gap = 8;
constexpr double CellPadding = 4;

const QColor Ink(0x22, 0x22, 0x22);
const QColor Muted(0x66, 0x66, 0x66);
const QColor Rule(0xCC, 0xCC, 0xCC);
const QColor Better(0x00, 0x72, 0xB2); // blue and vermillion: told apart without red and green
const QColor Worse(0xD5, 0x5E, 0x00);

// Text is measured on an image of the PDF's resolution (96 dpi), so that the measures hold
// on the page.
const QImage &measuringDevice()
{
    static const QImage image = [] {
        QImage i(1, 1, QImage::Format_ARGB32_Premultiplied);
        ReportLayout::setResolution(i);
        return i;
    }();
    return image;
}

constexpr int WrapFlags = int(Qt::TextWordWrap) | int(Qt::AlignLeft) | int(Qt::AlignTop);

} // namespace

ReportLayout::ReportLayout(QSizeF pageSize)
    : m_pageSize(pageSize)
{
}

void ReportLayout::setResolution(QImage &image)
{
    // 96 dots per inch, whatever the screen's: the unit of the layout and of the PDF.
    const int dotsPerMeter = qRound(96 / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
}

ReportLayout::~ReportLayout() = default;

QFont ReportLayout::font(double points, bool bold)
{
    QFont f;
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setStyleStrategy(QFont::PreferAntialias);
    return f;
}

double ReportLayout::textHeight(const QFont &font, const QString &text, double width)
{
    if (text.isEmpty())
        return 0;
    const QFontMetricsF metrics(font, &measuringDevice());
    // A little narrower than the space given: the PDF's glyph advances may differ from the
    // image's by a fraction of a pixel, and a word must not run out of its box.
    return metrics.boundingRect(QRectF(0, 0, std::max(10.0, width - 2), 1e6), WrapFlags, text).height() + 1;
}

QRectF ReportLayout::contentRect() const
{
    return QRectF(SideMargin, TopMargin, m_pageSize.width() - 2 * SideMargin, m_pageSize.height() - TopMargin - BottomMargin);
}

void ReportLayout::startCover()
{
    m_pages.append(Page { QString(), {}, true });
    m_continuedTitle.clear();
    m_y = contentRect().top();
}

void ReportLayout::startPage(const QString &title, const QString &continuedTitle)
{
    m_pages.append(Page { title, {}, false });
    m_continuedTitle = continuedTitle.isEmpty() ? title : continuedTitle;
    m_y = contentRect().top();
    const QFont titleFont = font(17, true);
    const double height = textHeight(titleFont, title, contentRect().width());
    const QRectF rect(contentRect().left(), m_y, contentRect().width(), height);
    add([rect, title, titleFont](QPainter &p) {
        p.setFont(titleFont);
        p.setPen(Ink);
        p.drawText(rect, WrapFlags, title);
    });
    m_y += height + Gap * 1.5;
}

double ReportLayout::remaining() const
{
    return contentRect().bottom() - m_y;
}

void ReportLayout::ensure(double height)
{
    // A block taller than a whole page goes where it is: a new page would not help.
    if (height <= remaining() || m_y <= contentRect().top() + 60)
        return;
    const QString title = m_continuedTitle;
    startPage(QCoreApplication::translate("Beamline::ReportWriter", "%1 (continued)").arg(title), title);
}

void ReportLayout::text(const QString &text, const QFont &font, const QColor &color, double indent)
{
    const double width = contentRect().width() - indent;
    const double height = textHeight(font, text, width);
    ensure(height);
    const QRectF rect(contentRect().left() + indent, m_y, width, height);
    add([rect, text, font, color](QPainter &p) {
        p.setFont(font);
        p.setPen(color);
        p.drawText(rect, WrapFlags, text);
    });
    m_y += height + Gap / 2;
}

void ReportLayout::bullet(const QString &text, const QFont &font)
{
    constexpr double Indent = 14;
    const double height = textHeight(font, text, contentRect().width() - Indent);
    ensure(height);
    const double top = m_y;
    const double left = contentRect().left();
    add([left, top, font](QPainter &p) {
        p.setFont(font);
        p.setPen(Ink);
        p.drawText(QRectF(left, top, 14, 30), Qt::AlignLeft | Qt::AlignTop, QStringLiteral("•"));
    });
    this->text(text, font, Ink, Indent);
}

QVector<double> ReportLayout::columnWidths(const QVector<Column> &columns, const QVector<QStringList> &rows, const QFont &body,
                                           const QFont &head) const
{
    double total = 0;
    for (const Column &c : columns)
        total += c.weight;
    QVector<double> widths;
    QVector<double> least; // the longest word of each column, which must fit whole
    const QFontMetricsF bodyMetrics(body, &measuringDevice());
    const QFontMetricsF headMetrics(head, &measuringDevice());
    for (int i = 0; i < columns.size(); ++i) {
        widths.append(contentRect().width() * columns.at(i).weight / total);
        double word = 0;
        for (const QString &w : columns.at(i).header.split(QLatin1Char(' ')))
            word = std::max(word, headMetrics.horizontalAdvance(w));
        for (const QStringList &row : rows) {
            for (const QString &w : row.value(i).split(QLatin1Char(' ')))
                word = std::max(word, bodyMetrics.horizontalAdvance(w));
        }
        least.append(std::min(word + 2 * CellPadding + 4, contentRect().width() / 2));
    }
    for (int i = 0; i < widths.size(); ++i) {
        const double missing = least.at(i) - widths.at(i);
        if (missing <= 0)
            continue;
        // Taken from the column with the most room to spare.
        int donor = -1;
        for (int j = 0; j < widths.size(); ++j) {
            if (j != i && (donor < 0 || widths.at(j) - least.at(j) > widths.at(donor) - least.at(donor)))
                donor = j;
        }
        if (donor < 0)
            continue;
        const double given = std::min(missing, std::max(0.0, widths.at(donor) - least.at(donor)));
        widths[i] += given;
        widths[donor] -= given;
    }
    return widths;
}

double ReportLayout::tableRowHeight(const QVector<double> &widths, const QStringList &cells, const QFont &font)
{
    double height = 0;
    for (int i = 0; i < widths.size() && i < cells.size(); ++i)
        height = std::max(height, textHeight(font, cells.at(i), widths.at(i) - 2 * CellPadding));
    return height + 2 * CellPadding;
}

void ReportLayout::tableRow(const QVector<Column> &columns, const QVector<double> &widths, const QStringList &cells,
                            const QFont &font, bool header)
{
    const double height = tableRowHeight(widths, cells, font);
    double x = contentRect().left();
    const double top = m_y;
    const double fullWidth = contentRect().width();
    for (int i = 0; i < columns.size() && i < cells.size(); ++i) {
        const QRectF rect(x + CellPadding, top + CellPadding, widths.at(i) - 2 * CellPadding, height - 2 * CellPadding);
        const Qt::Alignment alignment = columns.at(i).alignment;
        const QString cell = cells.at(i);
        add([rect, cell, font, alignment, header](QPainter &p) {
            p.setFont(font);
            p.setPen(header ? Muted : Ink);
            p.drawText(rect, int(Qt::TextWordWrap) | int(Qt::AlignTop) | int(alignment & Qt::AlignHorizontal_Mask), cell);
        });
        x += widths.at(i);
    }
    const double left = contentRect().left();
    add([left, top, height, fullWidth, header](QPainter &p) {
        p.setPen(QPen(header ? Muted : Rule, header ? 1 : 0.5));
        p.drawLine(QPointF(left, top + height), QPointF(left + fullWidth, top + height));
    });
    m_y += height;
}

void ReportLayout::table(const QVector<Column> &columns, const QVector<QStringList> &rows, bool header)
{
    const QFont body = font(8.5);
    const QFont head = font(8.5, true);
    QStringList headers;
    for (const Column &c : columns)
        headers.append(c.header);
    const QVector<double> widths = columnWidths(columns, rows, body, head);
    const double headerHeight = header ? tableRowHeight(widths, headers, head) : 0;
    bool needHeader = header;
    for (const QStringList &row : rows) {
        const double height = tableRowHeight(widths, row, body);
        if (needHeader || height > remaining()) {
            ensure(headerHeight + height);
            if (header)
                tableRow(columns, widths, headers, head, true);
            needHeader = false;
        }
        tableRow(columns, widths, row, body, false);
    }
    m_y += Gap;
}

namespace {

// A change's arrow, sign and unit stay on the line of its number ("▲ +2 %" never wraps
// before the "%"): their spaces become non-breaking.
QString keptTogether(QString text)
{
    const QChar nbsp(0x00A0);
    text.replace(QStringLiteral(" %"), QString(nbsp) + QLatin1Char('%'));
    for (const QChar mark : { QChar(0x25B2), QChar(0x25BC), QChar(u'=') })
        text.replace(QString(mark) + QLatin1Char(' '), QString(mark) + nbsp);
    return text;
}

} // namespace

void ReportLayout::cards(const QVector<FigureCard> &cardsToLay, int perRow)
{
    QVector<FigureCard> cards = cardsToLay;
    for (FigureCard &card : cards)
        card.changeText = keptTogether(card.changeText);
    const double width = (contentRect().width() - Gap * (perRow - 1)) / perRow;
    const QFont titleFont = font(8);
    const QFont valueFont = font(14, true);
    const QFont changeFont = font(8);
    const double inner = width - 2 * 6;
    for (int start = 0; start < cards.size(); start += perRow) {
        const int end = std::min<int>(int(cards.size()), start + perRow);
        double height = 0;
        for (int i = start; i < end; ++i) {
            const FigureCard &c = cards.at(i);
            height = std::max(height,
                              textHeight(titleFont, c.title, inner) + textHeight(valueFont, c.valueText, inner)
                                  + textHeight(changeFont, c.changeText, inner));
        }
        height += 12;
        ensure(height);
        for (int i = start; i < end; ++i) {
            const FigureCard c = cards.at(i);
            const QRectF box(contentRect().left() + (i - start) * (width + Gap), m_y, width, height);
            const QColor changeColor = c.verdict == MetricDefinitions::Verdict::Better ? Better
                : c.verdict == MetricDefinitions::Verdict::Worse                       ? Worse
                                                                                       : Muted;
            add([box, c, titleFont, valueFont, changeFont, changeColor, inner](QPainter &p) {
                p.setPen(QPen(Rule, 0.8));
                p.setBrush(QColor(0xFA, 0xFA, 0xFA));
                p.drawRoundedRect(box, 4, 4);
                double y = box.top() + 6;
                const double x = box.left() + 6;
                for (const auto &[text, f, color] :
                     { std::tuple { c.title, titleFont, Muted }, std::tuple { c.valueText, valueFont, Ink },
                       std::tuple { c.changeText, changeFont, changeColor } }) {
                    const double h = textHeight(f, text, inner);
                    p.setFont(f);
                    p.setPen(color);
                    p.drawText(QRectF(x, y, inner, h), WrapFlags, text);
                    y += h;
                }
            });
        }
        m_y += height + Gap;
    }
}

void ReportLayout::chart(QChart *chart, double height)
{
    ensure(height);
    auto scene = std::make_unique<QGraphicsScene>();
    scene->addItem(chart);
    const QSizeF size(contentRect().width(), height);
    chart->setGeometry(QRectF(QPointF(0, 0), size));
    scene->setSceneRect(QRectF(QPointF(0, 0), size));
    QGraphicsScene *raw = scene.get();
    m_scenes.push_back(std::move(scene));
    const QRectF target(contentRect().left(), m_y, size.width(), size.height());
    add([raw, target, size](QPainter &p) {
        p.save();
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        raw->render(&p, target, QRectF(QPointF(0, 0), size));
        p.restore();
    });
    m_y += height + Gap;
}

void ReportLayout::paint(QPainter &painter, int index, const QString &header, const QString &footer) const
{
    painter.fillRect(QRectF(QPointF(0, 0), m_pageSize), Qt::white);
    const Page &page = m_pages.at(index);
    const QRectF content = contentRect();
    const QFont small = font(7.5);
    painter.setFont(small);
    painter.setPen(Muted);
    if (!page.cover) {
        const QRectF headerRect(content.left(), 30, content.width(), 20);
        painter.drawText(headerRect, Qt::AlignLeft | Qt::AlignBottom,
                         QFontMetricsF(small, &measuringDevice()).elidedText(header, Qt::ElideRight, content.width() * 0.98));
        painter.setPen(QPen(Rule, 0.8));
        painter.drawLine(QPointF(content.left(), 54), QPointF(content.right(), 54));
    }
    painter.setPen(Muted);
    const double footerTop = m_pageSize.height() - BottomMargin + 24;
    painter.drawText(QRectF(content.left(), footerTop, content.width() * 0.7, 20), Qt::AlignLeft | Qt::AlignTop, footer);
    painter.drawText(QRectF(content.left(), footerTop, content.width(), 20), Qt::AlignRight | Qt::AlignTop,
                     QCoreApplication::translate("Beamline::ReportWriter", "Page %1 of %2").arg(index + 1).arg(m_pages.size()));
    for (const Step &step : page.steps) {
        painter.save();
        step(painter);
        painter.restore();
    }
}

} // namespace Beamline
