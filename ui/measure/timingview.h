// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/analytics/besttimes.h>

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace Beamline {

class TimingModel;

// Measure ▸ Timing: a channel's weekday × hour grid of the median engagement rate of its
// posts (docs/metrics.md, "Best time to post"), the best hours in words, and a channel choice.
class TimingView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimingView)

public:
    explicit TimingView(QWidget *parent = nullptr);

    // Every channel's cells of the range; zoneName is shown ("Times in Europe/Zurich").
    void setCells(const QVector<TimingCell> &cells, const QString &zoneName);
    TimingModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *channelBox() const { return m_channel; }
    QString summary() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void showChannel();
    void retranslate();

    QVector<TimingCell> m_cells;
    QString m_zoneName;
    TimingModel *m_model;
    QComboBox *m_channel;
    QLabel *m_channelLabel;
    QLabel *m_caption;
    QLabel *m_best;
    QTableView *m_table;
};

} // namespace Beamline
