// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <ui/measure/kpitile.h>

#include <QList>
#include <QStringList>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace Beamline {

// The Overview's figures as a slide, the first of a presentation: a heading that names the
// period and the one it is compared with, then one card per figure with its change, in
// type that reads across a room. A change is blue when it is for the better and vermillion
// for the worse, by each metric's good direction (a lower bounce rate is better), grey when
// it is neither. The type follows the slide's size in the proportions of ChartStyle (sized
// for 1600×900), never smaller than the window's.
class FiguresSlide final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FiguresSlide)

public:
    struct Row {
        QString name; // "Instagram", "Website"
        QList<KpiTile::Figure> figures;
        // Each card's own title when the figures are not those the columns name (the
        // website's); empty: the columns say.
        QStringList titles;
    };

    FiguresSlide(const QString &heading, const QString &period, const QStringList &columns, const QList<Row> &rows,
                 QWidget *parent = nullptr);

    QString heading() const;
    QString period() const;
    int rowCount() const { return int(m_cards.size()); }
    QString rowName(int row) const;
    // What a card says, a line per part: title (when the card has one), value, change,
    // previous value ("272/day\n▲ +17 %\nvs 232/day"); empty outside the grid.
    QString cardText(int row, int column) const;
    // The colour of a card's change (invalid when the card has none).
    QColor changeColor(int row, int column) const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Card {
        QLabel *title = nullptr;
        QLabel *value = nullptr;
        QLabel *change = nullptr;
        QLabel *previous = nullptr;
    };
    enum class Type { Heading, Period, Column, RowName, CardTitle, Value, Change, Previous };
    QWidget *makeCard(const KpiTile::Figure &figure, const QString &title, Card *card);
    void setType(QLabel *label, Type type, qreal scale, bool bold = false);
    void restyle();

    QLabel *m_heading;
    QLabel *m_period;
    QList<QLabel *> m_columns;
    QList<QLabel *> m_rowNames;
    QList<QList<Card>> m_cards;
    qreal m_scale = -1;
};

} // namespace Beamline
