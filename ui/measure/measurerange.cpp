// SPDX-License-Identifier: GPL-3.0-or-later
// The Measure page's range: its presets (relative, from the data, the campaigns), the days
// typed, and the comparison period.
#include <core/analytics/comparisonperiod.h>
#include <core/services/measureservice.h>
#include <core/workspace/workspace.h>
#include <ui/charts/chartfactory.h>
#include <ui/pages/measurepage.h>
#include <ui/widgets/datefield.h>

#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QStandardItemModel>

#include <algorithm>
#include <utility>

namespace Beamline {

void MeasurePage::reloadAfterChange()
{
    if (!m_workspace)
        return;
    if (std::exchange(m_openPending, false)) {
        rebuildPresets();
        openOnLatestData();
        return;
    }
    // An import may have widened the data, a campaign may have been added: keep the
    // range, unless it shows nothing of what is there (the first import into a new
    // workspace of last year's exports).
    const QVariant preset = m_preset->currentData();
    rebuildPresets();
    const bool relative = preset.typeId() == QMetaType::Int && preset.toInt() != 0; // last 28 days, this month…
    const bool fromData = preset.typeId() == QMetaType::QString; // latest data, all data
    const bool missesData = m_measured && (m_to < m_measured->first || m_from > m_measured->second);
    if (fromData && m_preset->findData(preset) >= 0) {
        m_preset->setCurrentIndex(m_preset->findData(preset));
        applyPreset(m_preset->currentIndex()); // the data's days moved
    } else if (fromData || (relative && missesData)) {
        openOnLatestData();
    } else {
        reload();
    }
}

void MeasurePage::openOnLatestData()
{
    // The last 28 days, or the last 28 days that have figures when the imports end earlier
    // (an archive of old exports).
    const int latest = m_preset->findData(QStringLiteral("latest"));
    const int preset = latest >= 0 ? latest : m_preset->findData(28);
    m_preset->setCurrentIndex(preset);
    applyPreset(preset);
}

void MeasurePage::rebuildPresets()
{
    const QVariant current = m_preset->currentData();
    m_preset->clear();
    m_measured.reset();
    QVector<Campaign> campaignList;
    if (m_workspace) {
        const MeasureService measure(*m_workspace);
        if (const auto days = measure.measuredDays(); !days)
            readFailed(days.error());
        else if (days.value())
            m_measured = std::pair(days.value()->first, days.value()->last);
        if (auto campaigns = measure.campaigns(); !campaigns)
            readFailed(campaigns.error());
        else
            campaignList = std::move(campaigns).value();
    }
    m_preset->addItem(tr("Last 7 days"), 7);
    m_preset->addItem(tr("Last 28 days"), 28);
    m_preset->addItem(tr("Last 90 days"), 90);
    m_preset->addItem(tr("This month"), -1);
    m_preset->addItem(tr("Last month"), -2);
    if (m_measured) {
        const QDate today = m_workspace->today();
        // The data ends before yesterday: the last weeks that have figures.
        if (m_measured->second < today.addDays(-1))
            m_preset->addItem(
                tr("Latest 28 days of data (to %1)").arg(QLocale().toString(m_measured->second, QStringLiteral("d MMM yyyy"))),
                QStringLiteral("latest"));
        m_preset->addItem(tr("All data (%1)").arg(ChartFactory::rangeText(m_measured->first, m_measured->second)),
                          QStringLiteral("all"));
        m_preset->setToolTip(
            tr("The imported figures cover %1.").arg(ChartFactory::rangeText(m_measured->first, m_measured->second)));
    } else {
        m_preset->setToolTip(tr("Nothing imported yet."));
    }
    m_preset->insertSeparator(m_preset->count());
    bool campaigns = false;
    for (const Campaign &c : std::as_const(campaignList)) {
        if (c.startsOn.isValid() && c.endsOn.isValid()) {
            m_preset->addItem(tr("Campaign %1").arg(c.hashtag.isEmpty() ? c.name : c.hashtag),
                              QVariantList { c.startsOn, c.endsOn });
            campaigns = true;
        }
    }
    if (!campaigns) {
        // Say where campaigns come from instead of listing none.
        m_preset->addItem(tr("No campaigns yet: add one in Settings ▸ Workspace ▸ Campaigns"), QStringLiteral("no-campaigns"));
        if (auto *model = qobject_cast<QStandardItemModel *>(m_preset->model()))
            model->item(m_preset->count() - 1)->setEnabled(false);
    }
    m_preset->insertSeparator(m_preset->count());
    m_preset->addItem(tr("Custom"), 0);
    const int again = current.isValid() ? m_preset->findData(current) : -1;
    m_preset->setCurrentIndex(again >= 0 ? again : m_preset->findData(0));
}

void MeasurePage::applyPreset(int index)
{
    if (!m_workspace || index < 0)
        return;
    const QDate today = m_workspace->today();
    const QVariant data = m_preset->itemData(index);
    if (data.typeId() == QMetaType::QVariantList) {
        const QVariantList range = data.toList();
        setRange(range.at(0).toDate(), range.at(1).toDate());
        return;
    }
    if (data.typeId() == QMetaType::QString) {
        if (!m_measured)
            return;
        if (data.toString() == QLatin1String("latest"))
            setRange(std::max(m_measured->first, m_measured->second.addDays(-27)), m_measured->second);
        else if (data.toString() == QLatin1String("all"))
            setRange(m_measured->first, m_measured->second);
        return;
    }
    const int days = data.toInt();
    if (days > 0)
        setRange(today.addDays(1 - days), today);
    else if (days == -1)
        setRange(QDate(today.year(), today.month(), 1), today);
    else if (days == -2) {
        const QDate first = QDate(today.year(), today.month(), 1).addMonths(-1);
        setRange(first, first.addMonths(1).addDays(-1));
    }
}

void MeasurePage::setRange(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid())
        return;
    if (to < from)
        std::swap(from, to);
    m_from = from;
    m_to = to;
    m_updating = true;
    m_fromEdit->setDate(from);
    m_toEdit->setDate(to);
    m_updating = false;
    updateComparison();
    reload();
}

void MeasurePage::setComparison(Comparison comparison)
{
    m_comparison = comparison;
    m_compare->setCurrentIndex(m_compare->findData(int(comparison)));
    updateComparison();
    reload();
}

void MeasurePage::updateComparison()
{
    switch (m_comparison) {
    case Comparison::PreviousPeriod: {
        const DateRange previous = ComparisonPeriod::previous(m_from, m_to);
        m_compareFrom = previous.from;
        m_compareTo = previous.to;
        break;
    }
    case Comparison::PreviousYear: {
        const DateRange before = ComparisonPeriod::yearBefore(m_from, m_to);
        m_compareFrom = before.from;
        m_compareTo = before.to;
        break;
    }
    case Comparison::None:
        m_compareFrom = m_compareTo = QDate();
        break;
    }
    m_compareLabel->setText(m_compareFrom.isValid() ? ChartFactory::rangeText(m_compareFrom, m_compareTo) : QString());
}

} // namespace Beamline
