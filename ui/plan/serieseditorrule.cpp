// SPDX-License-Identifier: GPL-3.0-or-later
// SeriesEditorDialog's rule builder: the common patterns in plain words ("every week on
// Thursday", "the last Friday of every month") and the RFC 5545 rule they make, read back
// when a rule is typed. The rest of the dialog is in serieseditordialog.cpp.

#include "serieseditordialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QSpinBox>
#include <QStackedWidget>

namespace Beamline {

namespace {

const QStringList DayCodes = { QStringLiteral("MO"), QStringLiteral("TU"), QStringLiteral("WE"), QStringLiteral("TH"),
                               QStringLiteral("FR"), QStringLiteral("SA"), QStringLiteral("SU") };

enum Ends { Never, AfterCount, OnDate };

QHash<QString, QString> ruleParts(const QString &rrule)
{
    QHash<QString, QString> parts;
    for (const QString &part : rrule.trimmed().toUpper().split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq > 0)
            parts.insert(part.left(eq), part.mid(eq + 1));
    }
    return parts;
}

} // namespace

void SeriesEditorDialog::setUpRuleBuilder(QHBoxLayout *repeatRow, QHBoxLayout *endsRow)
{
    // Repeats: the common patterns in words.
    m_pattern->setObjectName(QStringLiteral("pattern"));
    m_pattern->addItem(tr("Every day"), int(Pattern::Daily));
    m_pattern->addItem(tr("Every week"), int(Pattern::Weekly));
    m_pattern->addItem(tr("Every month, on a weekday"), int(Pattern::MonthlyByWeekday));
    m_pattern->addItem(tr("Every month, on a date"), int(Pattern::MonthlyByDay));
    m_pattern->addItem(tr("Every year"), int(Pattern::Yearly));
    m_pattern->addItem(tr("Custom rule"), int(Pattern::Custom));
    m_interval->setRange(1, 99);
    m_interval->setObjectName(QStringLiteral("interval"));
    m_intervalUnit->setObjectName(QStringLiteral("intervalUnit"));
    repeatRow->addWidget(m_pattern, 1);
    auto *everyLabel = new QLabel(tr("every"), this);
    repeatRow->addWidget(everyLabel);
    repeatRow->addWidget(m_interval);
    repeatRow->addWidget(m_intervalUnit);

    // Pattern details, one page per pattern.
    auto *dailyPage = new QWidget(this);
    auto *weeklyPage = new QWidget(this);
    auto *weekdayLayout = new QHBoxLayout(weeklyPage);
    weekdayLayout->setContentsMargins(0, 0, 0, 0);
    for (int day = 1; day <= 7; ++day) {
        auto *box = new QCheckBox(QLocale().standaloneDayName(day, QLocale::ShortFormat), weeklyPage);
        box->setObjectName(QStringLiteral("weekday-%1").arg(DayCodes.at(day - 1)));
        m_weekdays.append(box);
        weekdayLayout->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &SeriesEditorDialog::buildRule);
    }
    weekdayLayout->addStretch();
    auto *ordinalPage = new QWidget(this);
    auto *ordinalLayout = new QHBoxLayout(ordinalPage);
    ordinalLayout->setContentsMargins(0, 0, 0, 0);
    ordinalLayout->addWidget(new QLabel(tr("on the"), ordinalPage));
    const QList<QPair<int, QString>> ordinals
        = { { 1, tr("first") }, { 2, tr("second") }, { 3, tr("third") }, { 4, tr("fourth") }, { -1, tr("last") } };
    for (const auto &[n, word] : ordinals)
        m_ordinal->addItem(word, n);
    m_ordinal->setObjectName(QStringLiteral("ordinal"));
    ordinalLayout->addWidget(m_ordinal);
    for (int day = 1; day <= 7; ++day)
        m_ordinalDay->addItem(QLocale().standaloneDayName(day, QLocale::LongFormat), DayCodes.at(day - 1));
    m_ordinalDay->setObjectName(QStringLiteral("ordinalDay"));
    ordinalLayout->addWidget(m_ordinalDay);
    ordinalLayout->addStretch();
    auto *dayPage = new QWidget(this);
    auto *dayLayout = new QHBoxLayout(dayPage);
    dayLayout->setContentsMargins(0, 0, 0, 0);
    dayLayout->addWidget(new QLabel(tr("on day"), dayPage));
    m_monthDay->setRange(1, 31);
    dayLayout->addWidget(m_monthDay);
    dayLayout->addWidget(new QLabel(tr("or"), dayPage));
    dayLayout->addWidget(m_lastDay);
    dayLayout->addStretch();
    auto *yearlyPage = new QWidget(this);
    auto *customPage
        = new QLabel(tr("Type the rule below (RFC 5545), e.g. FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1."), this);
    customPage->setWordWrap(true);
    customPage->setForegroundRole(QPalette::PlaceholderText);
    for (QWidget *page :
         { static_cast<QWidget *>(dailyPage), weeklyPage, ordinalPage, dayPage, yearlyPage, static_cast<QWidget *>(customPage) })
        m_patternDetails->addWidget(page);

    m_ends->addItem(tr("Never"), Never);
    m_ends->addItem(tr("After a number of times"), AfterCount);
    m_ends->addItem(tr("On a date"), OnDate);
    m_count->setRange(1, 9999);
    m_count->setValue(10);
    m_count->setSuffix(tr(" times"));
    m_until->setCalendarPopup(true);
    m_until->setDate(QDate::currentDate().addYears(1));
    endsRow->addWidget(m_ends, 1);
    endsRow->addWidget(m_count);
    endsRow->addWidget(m_until);
}

void SeriesEditorDialog::connectRuleBuilder()
{
    // Everything that changes the rule rebuilds it; a typed rule is read back into the builder.
    connect(m_pattern, &QComboBox::currentIndexChanged, this, [this] {
        m_patternDetails->setCurrentIndex(m_pattern->currentIndex());
        buildRule();
    });
    for (QSpinBox *spin : { m_interval, m_monthDay, m_count })
        connect(spin, &QSpinBox::valueChanged, this, &SeriesEditorDialog::buildRule);
    for (QComboBox *combo : { m_ordinal, m_ordinalDay, m_ends })
        connect(combo, &QComboBox::currentIndexChanged, this, &SeriesEditorDialog::buildRule);
    connect(m_lastDay, &QCheckBox::toggled, this, [this](bool last) {
        m_monthDay->setEnabled(!last);
        buildRule();
    });
    connect(m_until, &QDateEdit::dateChanged, this, &SeriesEditorDialog::buildRule);
    connect(m_rule, &QLineEdit::textEdited, this, [this](const QString &text) {
        readRule(text);
        refresh();
    });
}

QString SeriesEditorDialog::weeklyRuleOn(QDate day)
{
    return QStringLiteral("FREQ=WEEKLY;BYDAY=%1").arg(DayCodes.at(day.dayOfWeek() - 1));
}

void SeriesEditorDialog::setPattern(Pattern pattern)
{
    m_pattern->setCurrentIndex(m_pattern->findData(int(pattern)));
}

void SeriesEditorDialog::refreshRuleBuilder()
{
    const auto pattern = Pattern(m_pattern->currentData().toInt());
    m_interval->setEnabled(pattern != Pattern::Custom);
    // "every 1 week", "every 2 weeks": the unit agrees with the interval.
    const int n = m_interval->value();
    switch (pattern) {
    case Pattern::Daily:
        m_intervalUnit->setText(tr("day(s)", nullptr, n));
        break;
    case Pattern::Weekly:
        m_intervalUnit->setText(tr("week(s)", nullptr, n));
        break;
    case Pattern::MonthlyByWeekday:
    case Pattern::MonthlyByDay:
        m_intervalUnit->setText(tr("month(s)", nullptr, n));
        break;
    case Pattern::Yearly:
        m_intervalUnit->setText(tr("year(s)", nullptr, n));
        break;
    case Pattern::Custom:
        m_intervalUnit->clear();
        break;
    }
    m_count->setVisible(m_ends->currentData().toInt() == AfterCount);
    m_until->setVisible(m_ends->currentData().toInt() == OnDate);
}

void SeriesEditorDialog::buildRule()
{
    if (m_updating)
        return;
    const auto pattern = Pattern(m_pattern->currentData().toInt());
    const int interval = m_interval->value();
    if (pattern == Pattern::Custom) {
        refresh();
        return; // the typed rule stands
    }
    QStringList parts;
    const QString freq = pattern == Pattern::Daily ? QStringLiteral("DAILY")
        : pattern == Pattern::Weekly               ? QStringLiteral("WEEKLY")
        : pattern == Pattern::Yearly               ? QStringLiteral("YEARLY")
                                                   : QStringLiteral("MONTHLY");
    parts.append(QStringLiteral("FREQ=") + freq);
    if (interval > 1)
        parts.append(QStringLiteral("INTERVAL=%1").arg(interval));
    if (pattern == Pattern::Weekly) {
        QStringList days;
        for (int i = 0; i < 7; ++i) {
            if (m_weekdays.at(i)->isChecked())
                days.append(DayCodes.at(i));
        }
        if (!days.isEmpty())
            parts.append(QStringLiteral("BYDAY=") + days.join(QLatin1Char(',')));
    } else if (pattern == Pattern::MonthlyByWeekday) {
        parts.append(
            QStringLiteral("BYDAY=%1%2").arg(m_ordinal->currentData().toInt()).arg(m_ordinalDay->currentData().toString()));
    } else if (pattern == Pattern::MonthlyByDay) {
        parts.append(QStringLiteral("BYMONTHDAY=%1").arg(m_lastDay->isChecked() ? -1 : m_monthDay->value()));
    }
    if (m_ends->currentData().toInt() == AfterCount)
        parts.append(QStringLiteral("COUNT=%1").arg(m_count->value()));
    else if (m_ends->currentData().toInt() == OnDate)
        parts.append(QStringLiteral("UNTIL=%1T235959Z").arg(m_until->date().toString(QStringLiteral("yyyyMMdd"))));
    m_rule->setText(parts.join(QLatin1Char(';')));
    refresh();
}

void SeriesEditorDialog::readRule(const QString &rrule)
{
    // Puts a rule into the builder when the builder can say it; else "Custom rule".
    m_updating = true;
    const QHash<QString, QString> parts = ruleParts(rrule);
    const QString freq = parts.value(QStringLiteral("FREQ"));
    const QString byDay = parts.value(QStringLiteral("BYDAY"));
    const QString byMonthDay = parts.value(QStringLiteral("BYMONTHDAY"));
    static const QRegularExpression ordinalDay(QStringLiteral("^([+-]?[1-4]|-1)(MO|TU|WE|TH|FR|SA|SU)$"));
    static const QSet<QString> known = { QStringLiteral("FREQ"),       QStringLiteral("INTERVAL"), QStringLiteral("BYDAY"),
                                         QStringLiteral("BYMONTHDAY"), QStringLiteral("COUNT"),    QStringLiteral("UNTIL") };
    bool custom = false;
    for (auto it = parts.cbegin(); it != parts.cend(); ++it)
        custom = custom || !known.contains(it.key());
    Pattern pattern = Pattern::Custom;
    if (!custom && freq == QLatin1String("DAILY") && byDay.isEmpty() && byMonthDay.isEmpty()) {
        pattern = Pattern::Daily;
    } else if (!custom && freq == QLatin1String("WEEKLY") && byMonthDay.isEmpty()) {
        const QStringList days = byDay.split(QLatin1Char(','), Qt::SkipEmptyParts);
        bool plain = true;
        for (const QString &d : days)
            plain = plain && DayCodes.contains(d);
        if (plain) {
            pattern = Pattern::Weekly;
            for (int i = 0; i < 7; ++i)
                m_weekdays.at(i)->setChecked(days.contains(DayCodes.at(i)));
        }
    } else if (!custom && freq == QLatin1String("MONTHLY") && byMonthDay.isEmpty() && ordinalDay.match(byDay).hasMatch()) {
        const auto m = ordinalDay.match(byDay);
        pattern = Pattern::MonthlyByWeekday;
        m_ordinal->setCurrentIndex(qMax(0, m_ordinal->findData(m.captured(1).toInt())));
        m_ordinalDay->setCurrentIndex(qMax(0, m_ordinalDay->findData(m.captured(2))));
    } else if (!custom && freq == QLatin1String("MONTHLY") && byDay.isEmpty() && !byMonthDay.contains(QLatin1Char(','))) {
        const int day = byMonthDay.isEmpty() ? m_start->date().day() : byMonthDay.toInt();
        if (day == -1 || (day >= 1 && day <= 31)) {
            pattern = Pattern::MonthlyByDay;
            m_lastDay->setChecked(day == -1);
            m_monthDay->setEnabled(day != -1);
            if (day > 0)
                m_monthDay->setValue(day);
        }
    } else if (!custom && freq == QLatin1String("YEARLY") && byDay.isEmpty() && byMonthDay.isEmpty()) {
        pattern = Pattern::Yearly;
    }
    m_pattern->setCurrentIndex(m_pattern->findData(int(pattern)));
    m_patternDetails->setCurrentIndex(m_pattern->currentIndex());
    m_interval->setValue(qMax(1, parts.value(QStringLiteral("INTERVAL"), QStringLiteral("1")).toInt()));
    if (parts.contains(QStringLiteral("COUNT"))) {
        m_ends->setCurrentIndex(m_ends->findData(AfterCount));
        m_count->setValue(parts.value(QStringLiteral("COUNT")).toInt());
    } else if (parts.contains(QStringLiteral("UNTIL"))) {
        m_ends->setCurrentIndex(m_ends->findData(OnDate));
        m_until->setDate(QDate::fromString(parts.value(QStringLiteral("UNTIL")).left(8), QStringLiteral("yyyyMMdd")));
    } else {
        m_ends->setCurrentIndex(m_ends->findData(Never));
    }
    m_count->setVisible(m_ends->currentData().toInt() == AfterCount);
    m_until->setVisible(m_ends->currentData().toInt() == OnDate);
    m_updating = false;
}

} // namespace Beamline
