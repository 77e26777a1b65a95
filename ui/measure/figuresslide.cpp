// SPDX-License-Identifier: GPL-3.0-or-later
#include "figuresslide.h"

#include <ui/charts/chartstyle.h>

#include <QFontInfo>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QRegularExpression>
#include <QResizeEvent>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace Beamline {

namespace {

// Pixels at 1600×900, in the proportions of the charts' slide type (ChartStyle).
int slidePixels(int type)
{
    // Heading, Period, Column, RowName, CardTitle, Value, Change, Previous
    static const int sizes[] = { 40, 22, 20, 24, 18, 36, 22, 18 };
    return sizes[type];
}

} // namespace

FiguresSlide::FiguresSlide(const QString &heading, const QString &period, const QStringList &columns, const QList<Row> &rows,
                           QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(heading, this))
    , m_period(new QLabel(period, this))
{
    setObjectName(QStringLiteral("figuresSlide"));
    m_heading->setObjectName(QStringLiteral("heading"));
    m_period->setObjectName(QStringLiteral("period"));
    m_period->setForegroundRole(QPalette::PlaceholderText);
    m_period->setWordWrap(true);
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(10);
    for (int c = 0; c < columns.size(); ++c) {
        auto *label = new QLabel(columns.at(c), this);
        label->setWordWrap(true);
        label->setAlignment(Qt::AlignLeft | Qt::AlignBottom);
        m_columns.append(label);
        grid->addWidget(label, 0, c + 1);
        grid->setColumnStretch(c + 1, 1);
    }
    for (int r = 0; r < rows.size(); ++r) {
        const Row &row = rows.at(r);
        auto *name = new QLabel(row.name, this);
        m_rowNames.append(name);
        grid->addWidget(name, r + 1, 0, Qt::AlignLeft | Qt::AlignVCenter);
        QList<Card> cards;
        for (int c = 0; c < row.figures.size(); ++c) {
            Card card;
            grid->addWidget(makeCard(row.figures.at(c), row.titles.value(c), &card), r + 1, c + 1);
            cards.append(card);
        }
        m_cards.append(cards);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_period);
    layout->addSpacing(12);
    layout->addLayout(grid);
    layout->addStretch(1);
    setAccessibleName(heading);
    setAccessibleDescription(period);
    restyle();
}

QWidget *FiguresSlide::makeCard(const KpiTile::Figure &figure, const QString &title, Card *card)
{
    auto *frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setBackgroundRole(QPalette::Base);
    frame->setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(frame);
    layout->setSpacing(0);
    if (!title.isEmpty()) {
        card->title = new QLabel(title, frame);
        card->title->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(card->title);
    }
    card->value = new QLabel(figure.value, frame);
    card->value->setEnabled(figure.hasValue);
    layout->addWidget(card->value);
    if (!figure.previous.isEmpty()) {
        card->change = new QLabel(figure.change, frame);
        QColor colour = KpiTile::verdictColor(figure.verdict);
        // The same hues on a dark slide, light enough to read.
        if (colour.isValid() && palette().color(QPalette::Base).lightness() < 128)
            colour = colour.lighter(150);
        // On the card's Base background a label paints with the Text role: say which it uses.
        card->change->setForegroundRole(QPalette::WindowText);
        QPalette p = card->change->palette();
        p.setColor(QPalette::WindowText, colour.isValid() ? colour : palette().color(QPalette::PlaceholderText));
        card->change->setPalette(p);
        card->previous = new QLabel(tr("vs %1").arg(figure.previous), frame);
        card->previous->setForegroundRole(QPalette::PlaceholderText);
        if (!figure.change.isEmpty())
            layout->addWidget(card->change);
        else
            card->change->hide();
        layout->addWidget(card->previous);
    }
    layout->addStretch(1);
    frame->setAccessibleName(
        QStringList { title, figure.value, figure.change, card->previous ? card->previous->text() : QString() }
            .filter(QRegularExpression(QStringLiteral("\\S")))
            .join(QLatin1Char(' ')));
    return frame;
}

QString FiguresSlide::heading() const
{
    return m_heading->text();
}

QString FiguresSlide::period() const
{
    return m_period->text();
}

QString FiguresSlide::rowName(int row) const
{
    return m_rowNames.value(row) ? m_rowNames.value(row)->text() : QString();
}

QString FiguresSlide::cardText(int row, int column) const
{
    if (row < 0 || row >= m_cards.size() || column < 0 || column >= m_cards.at(row).size())
        return {};
    const Card &card = m_cards.at(row).at(column);
    QStringList lines;
    for (QLabel *label : { card.title, card.value, card.change, card.previous }) {
        if (label && !label->text().isEmpty() && !label->isHidden())
            lines.append(label->text());
    }
    return lines.join(QLatin1Char('\n'));
}

QColor FiguresSlide::changeColor(int row, int column) const
{
    if (row < 0 || row >= m_cards.size() || column < 0 || column >= m_cards.at(row).size() || !m_cards.at(row).at(column).change)
        return {};
    const QLabel *change = m_cards.at(row).at(column).change;
    return change->palette().color(change->foregroundRole()); // the colour it is painted in
}

void FiguresSlide::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    restyle();
}

void FiguresSlide::setType(QLabel *label, Type type, qreal scale, bool bold)
{
    if (!label)
        return;
    QFont f = font();
    const int floor = QFontInfo(font()).pixelSize();
    f.setPixelSize(std::max(floor, int(std::lround(slidePixels(int(type)) * scale))));
    f.setBold(bold);
    label->setFont(f);
}

void FiguresSlide::restyle()
{
    const qreal scale = ChartStyle::scale(size());
    if (qFuzzyCompare(scale + 1, m_scale + 1))
        return;
    m_scale = scale;
    setType(m_heading, Type::Heading, scale, true);
    setType(m_period, Type::Period, scale);
    for (QLabel *label : std::as_const(m_columns))
        setType(label, Type::Column, scale, true);
    for (QLabel *label : std::as_const(m_rowNames))
        setType(label, Type::RowName, scale, true);
    for (const QList<Card> &cards : std::as_const(m_cards)) {
        for (const Card &card : cards) {
            setType(card.title, Type::CardTitle, scale);
            // "no data" is not a figure: said in the type of the line under one.
            setType(card.value, card.value->isEnabled() ? Type::Value : Type::Previous, scale, card.value->isEnabled());
            setType(card.change, Type::Change, scale, true);
            setType(card.previous, Type::Previous, scale);
        }
    }
}

} // namespace Beamline
