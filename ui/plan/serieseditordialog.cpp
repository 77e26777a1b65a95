// SPDX-License-Identifier: GPL-3.0-or-later
#include "serieseditordialog.h"

#include <core/services/planservice.h>
#include <core/services/setupservice.h>
#include <core/domain/isotime.h>
#include <core/plan/recurrence.h>

#include <ui/application.h>
#include <ui/widgets/timezonecombo.h>

#include <QCheckBox>
#include <QFontDatabase>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Beamline {

namespace {

const QStringList DayCodes = {QStringLiteral("MO"), QStringLiteral("TU"), QStringLiteral("WE"), QStringLiteral("TH"),
                              QStringLiteral("FR"), QStringLiteral("SA"), QStringLiteral("SU")};

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

QString channelLabel(const Channel &channel, const QVector<Channel> &all)
{
    // The platform's name, with the channel's name (or, when two share it, its handle)
    // when the workspace has several accounts on it.
    int samePlatform = 0;
    int sameLabel = 0;
    for (const Channel &c : all) {
        samePlatform += c.platform == channel.platform ? 1 : 0;
        sameLabel += c.platform == channel.platform && c.label() == channel.label() ? 1 : 0;
    }
    const QString name = Platforms::displayName(channel.platform);
    if (samePlatform < 2)
        return name;
    const QString which = sameLabel > 1 ? channel.handle : channel.label();
    return which.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, which);
}

SeriesEditorDialog::SeriesEditorDialog(const QSqlDatabase &db, const Series &series, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_series(series)
    , m_name(new QLineEdit(this))
    , m_pattern(new QComboBox(this))
    , m_interval(new QSpinBox(this))
    , m_intervalUnit(new QLabel(this))
    , m_patternDetails(new QStackedWidget(this))
    , m_ordinal(new QComboBox(this))
    , m_ordinalDay(new QComboBox(this))
    , m_monthDay(new QSpinBox(this))
    , m_lastDay(new QCheckBox(tr("the &last day"), this))
    , m_ends(new QComboBox(this))
    , m_count(new QSpinBox(this))
    , m_until(new QDateEdit(this))
    , m_rule(new QLineEdit(this))
    , m_start(new QDateTimeEdit(this))
    , m_zone(new TimeZoneCombo(this))
    , m_duration(new QSpinBox(this))
    , m_skips(new QListWidget(this))
    , m_skipDate(new QDateEdit(this))
    , m_hashtags(new QLineEdit(this))
    , m_pillar(new QComboBox(this))
    , m_owner(new QComboBox(this))
    , m_template(new QPlainTextEdit(this))
    , m_description(new QLabel(this))
    , m_next(new QListWidget(this))
    , m_problem(new QLabel(this))
    , m_exceptions(series.exceptions)
{
    setObjectName(QStringLiteral("seriesEditor"));
    setWindowTitle(series.id ? tr("Edit Series") : tr("New Series"));

    m_name->setObjectName(QStringLiteral("name"));
    m_name->setText(series.name);
    m_name->setPlaceholderText(tr("#ThrowbackThursday"));

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
    auto *repeatRow = new QHBoxLayout;
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
    const QList<QPair<int, QString>> ordinals = {{1, tr("first")}, {2, tr("second")}, {3, tr("third")}, {4, tr("fourth")}, {-1, tr("last")}};
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
    auto *customPage = new QLabel(tr("Type the rule below (RFC 5545), e.g. FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1."), this);
    customPage->setWordWrap(true);
    customPage->setForegroundRole(QPalette::PlaceholderText);
    for (QWidget *page : {static_cast<QWidget *>(dailyPage), weeklyPage, ordinalPage, dayPage, yearlyPage, static_cast<QWidget *>(customPage)})
        m_patternDetails->addWidget(page);

    m_ends->addItem(tr("Never"), Never);
    m_ends->addItem(tr("After a number of times"), AfterCount);
    m_ends->addItem(tr("On a date"), OnDate);
    m_count->setRange(1, 9999);
    m_count->setValue(10);
    m_count->setSuffix(tr(" times"));
    m_until->setCalendarPopup(true);
    m_until->setDate(QDate::currentDate().addYears(1));
    auto *endsRow = new QHBoxLayout;
    endsRow->addWidget(m_ends, 1);
    endsRow->addWidget(m_count);
    endsRow->addWidget(m_until);

    m_rule->setObjectName(QStringLiteral("rrule"));
    m_rule->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_rule->setPlaceholderText(QStringLiteral("FREQ=WEEKLY;BYDAY=TH"));

    m_start->setObjectName(QStringLiteral("start"));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat) + QStringLiteral(" HH:mm"));
    const QDateTime start = series.dtstart.isValid() ? series.dtstart : IsoTime::makeWallClock(QDate::currentDate(), QTime(10, 0));
    m_start->setDateTime(QDateTime(start.date(), start.time()));
    // A new series starts in the workspace's zone.
    const QString workspaceZone = PlanService(db).workspaceTimeZoneId().valueOr(QString());
    const QByteArray zoneId = !series.timeZone.isEmpty() ? series.timeZone.toUtf8()
                            : !workspaceZone.isEmpty()   ? workspaceZone.toUtf8()
                                                         : QTimeZone::systemTimeZoneId();
    m_zone->setZone(QTimeZone(zoneId));
    m_zone->setObjectName(QStringLiteral("zone"));
    m_duration->setRange(5, 24 * 60);
    m_duration->setSingleStep(5);
    m_duration->setSuffix(tr(" min"));
    m_duration->setValue(series.durationMinutes);
    auto *startRow = new QHBoxLayout;
    startRow->addWidget(m_start, 1);
    startRow->addWidget(m_zone, 1);

    // Skipped dates.
    m_skips->setObjectName(QStringLiteral("skips"));
    m_skips->setMaximumHeight(fontMetrics().height() * 5);
    m_skipDate->setCalendarPopup(true);
    m_skipDate->setDate(start.date());
    auto *addSkip = new QPushButton(Application::icon(QStringLiteral("list-add")), tr("S&kip Date"), this);
    auto *removeSkip = new QPushButton(Application::icon(QStringLiteral("edit-delete")), tr("&Remove"), this);
    connect(addSkip, &QPushButton::clicked, this, &SeriesEditorDialog::addSkip);
    connect(removeSkip, &QPushButton::clicked, this, &SeriesEditorDialog::removeSkip);
    auto *skipButtons = new QHBoxLayout;
    skipButtons->addWidget(m_skipDate);
    skipButtons->addWidget(addSkip);
    skipButtons->addWidget(removeSkip);
    skipButtons->addStretch();
    auto *skipBox = new QVBoxLayout;
    skipBox->addWidget(m_skips);
    skipBox->addLayout(skipButtons);

    // Defaults for the posts of the series.
    auto *channelRow = new QHBoxLayout;
    // What cannot be read is left out of the choices (the dialog still opens).
    const SetupService setup(db);
    const QVector<Channel> channels = setup.channels().valueOr({});
    for (const Channel &c : channels) {
        auto *box = new QCheckBox(channelLabel(c, channels), this);
        box->setChecked(series.channelIds.contains(c.id));
        m_channels.insert(c.id, box);
        m_channelPlatforms.insert(c.id, c.platform);
        channelRow->addWidget(box);
    }
    if (channels.isEmpty()) {
        auto *none = new QLabel(tr("No channels yet: add the team's channels under Settings ▸ Workspace."), this);
        none->setObjectName(QStringLiteral("noChannels"));
        none->setWordWrap(true);
        channelRow->addWidget(none, 1);
    }
    channelRow->addStretch();
    m_hashtags->setText(series.hashtags.join(QLatin1Char(' ')));
    m_hashtags->setPlaceholderText(tr("#ThrowbackThursday #TBT"));
    m_pillar->addItem(tr("None"), 0);
    for (const Pillar &p : setup.pillars().valueOr({}))
        m_pillar->addItem(p.name, p.id);
    m_pillar->setCurrentIndex(qMax(0, m_pillar->findData(series.pillarId.value_or(0))));
    m_owner->addItem(tr("Nobody"), 0);
    for (const Person &p : setup.people().valueOr({}))
        m_owner->addItem(p.name, p.id);
    m_owner->setCurrentIndex(qMax(0, m_owner->findData(series.ownerId.value_or(0))));
    if (m_pillar->count() == 1)
        m_pillar->setToolTip(tr("Content pillars are set up under Settings ▸ Workspace ▸ Pillars."));
    if (m_owner->count() == 1)
        m_owner->setToolTip(tr("The team is set up under Settings ▸ Workspace ▸ People."));
    m_template->setPlainText(series.templateText);
    m_template->setTabChangesFocus(true);
    m_template->setPlaceholderText(tr("Text new posts of the series start from"));
    m_template->setMaximumHeight(fontMetrics().height() * 4);

    // Preview.
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setWordWrap(true);
    QFont bold = m_description->font();
    bold.setBold(true);
    m_description->setFont(bold);
    m_next->setObjectName(QStringLiteral("next"));
    m_next->setFocusPolicy(Qt::NoFocus);
    m_next->setSelectionMode(QAbstractItemView::NoSelection);
    m_next->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("Wed 28 Sep 2026, 12:00 (moved)")) + 24);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    QPalette warning = m_problem->palette();
    warning.setColor(QPalette::WindowText, QColor(0xD5, 0x5E, 0x00));
    m_problem->setPalette(warning);

    auto buddyLabel = [this](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        return label;
    };
    auto *ruleForm = new QFormLayout;
    ruleForm->addRow(tr("&Name:"), m_name);
    ruleForm->addRow(buddyLabel(tr("&Repeats:"), m_pattern), repeatRow);
    ruleForm->addRow(QString(), m_patternDetails);
    ruleForm->addRow(buddyLabel(tr("&Ends:"), m_ends), endsRow);
    ruleForm->addRow(tr("R&ule:"), m_rule);
    ruleForm->addRow(buddyLabel(tr("&First time:"), m_start), startRow);
    ruleForm->addRow(tr("&Duration:"), m_duration);
    ruleForm->addRow(buddyLabel(tr("Skipped dates:"), m_skips), skipBox);
    auto *defaultsForm = new QFormLayout;
    defaultsForm->addRow(tr("Channels:"), channelRow);
    m_bestTime = new QLabel(this);
    m_bestTime->setObjectName(QStringLiteral("bestTime"));
    m_bestTime->setWordWrap(true);
    m_bestTime->setForegroundRole(QPalette::PlaceholderText);
    m_bestTime->setToolTip(tr("The median engagement rate of the channel's own posts published at that weekday and hour over the past "
                              "12 months, ranked among its hours with enough posts (Measure ▸ Timing)"));
    defaultsForm->addRow(tr("Best time:"), m_bestTime);
    defaultsForm->addRow(tr("&Hashtags:"), m_hashtags);
    defaultsForm->addRow(tr("&Pillar:"), m_pillar);
    defaultsForm->addRow(tr("&Owner:"), m_owner);
    defaultsForm->addRow(tr("&Template:"), m_template);
    auto *defaultsBox = new QGroupBox(tr("Posts of the series"), this);
    defaultsBox->setLayout(defaultsForm);

    auto *previewBox = new QGroupBox(tr("Next occurrences"), this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(m_description);
    previewLayout->addWidget(m_next, 1);
    previewLayout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    if (series.id) {
        QPushButton *remove = buttons->addButton(tr("&Delete Series"), QDialogButtonBox::DestructiveRole);
        connect(remove, &QPushButton::clicked, this, [this] {
            m_deleteRequested = true;
            accept();
        });
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *left = new QVBoxLayout;
    left->addLayout(ruleForm);
    left->addWidget(defaultsBox);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addWidget(previewBox, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(buttons);

    // Everything that changes the rule rebuilds it; a typed rule is read back into the builder.
    connect(m_pattern, &QComboBox::currentIndexChanged, this, [this] {
        m_patternDetails->setCurrentIndex(m_pattern->currentIndex());
        buildRule();
    });
    for (QSpinBox *spin : {m_interval, m_monthDay, m_count})
        connect(spin, &QSpinBox::valueChanged, this, &SeriesEditorDialog::buildRule);
    for (QComboBox *combo : {m_ordinal, m_ordinalDay, m_ends})
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
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, &SeriesEditorDialog::refresh);
    connect(m_zone, &QComboBox::currentIndexChanged, this, &SeriesEditorDialog::refresh);
    connect(m_name, &QLineEdit::textChanged, this, &SeriesEditorDialog::refresh);
    for (QCheckBox *box : std::as_const(m_channels))
        connect(box, &QCheckBox::toggled, this, &SeriesEditorDialog::refresh);

    readRule(series.rrule.isEmpty() ? QStringLiteral("FREQ=WEEKLY;BYDAY=%1").arg(DayCodes.at(start.date().dayOfWeek() - 1)) : series.rrule);
    m_rule->setText(series.rrule.isEmpty() ? QString() : series.rrule);
    if (series.rrule.isEmpty())
        buildRule();
    refresh();

    // Tab follows the form from top to bottom: the pattern's details (the weekday boxes…)
    // come right after the pattern, although they were made after the fields below them.
    QList<QWidget *> order = {m_name, m_pattern, m_interval};
    for (QCheckBox *box : std::as_const(m_weekdays))
        order.append(box);
    order += {m_ordinal, m_ordinalDay, m_monthDay, m_lastDay, m_ends, m_count, m_until, m_rule, m_start, m_zone, m_duration, m_skipDate, addSkip,
              removeSkip, m_skips};
    QList<qint64> channelIds = m_channels.keys();
    std::sort(channelIds.begin(), channelIds.end());
    for (qint64 id : std::as_const(channelIds))
        order.append(m_channels.value(id));
    order += {m_hashtags, m_pillar, m_owner, m_template};
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    setTabOrder(order.constLast(), buttons);

    m_name->setFocus();
    m_initial = this->series();
}

void SeriesEditorDialog::reject()
{
    if (series() == m_initial) {
        QDialog::reject();
        return;
    }
    QMessageBox box(QMessageBox::Warning, windowTitle(),
                    tr("Save the changes to “%1”?").arg(m_name->text().trimmed().isEmpty() ? tr("this series") : m_name->text().trimmed()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setDefaultButton(QMessageBox::Save);
    box.button(QMessageBox::Save)->setEnabled(m_ok->isEnabled());
    switch (box.exec()) {
    case QMessageBox::Save:
        accept();
        break;
    case QMessageBox::Discard:
        QDialog::reject();
        break;
    default:
        break;
    }
}

void SeriesEditorDialog::setNow(const QDateTime &nowUtc)
{
    m_now = nowUtc;
    m_recentPosts.reset();
    refresh();
}

void SeriesEditorDialog::setPattern(Pattern pattern)
{
    m_pattern->setCurrentIndex(m_pattern->findData(int(pattern)));
}

QString SeriesEditorDialog::rrule() const
{
    return m_rule->text().trimmed().toUpper();
}

QString SeriesEditorDialog::description() const
{
    return m_description->text();
}

QStringList SeriesEditorDialog::nextOccurrences() const
{
    QStringList list;
    for (int i = 0; i < m_next->count(); ++i)
        list.append(m_next->item(i)->text());
    return list;
}

QString SeriesEditorDialog::problem() const
{
    return m_problem->text();
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
                       : pattern == Pattern::Weekly ? QStringLiteral("WEEKLY")
                       : pattern == Pattern::Yearly ? QStringLiteral("YEARLY")
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
        parts.append(QStringLiteral("BYDAY=%1%2").arg(m_ordinal->currentData().toInt()).arg(m_ordinalDay->currentData().toString()));
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
    static const QSet<QString> known = {QStringLiteral("FREQ"), QStringLiteral("INTERVAL"), QStringLiteral("BYDAY"),
                                        QStringLiteral("BYMONTHDAY"), QStringLiteral("COUNT"), QStringLiteral("UNTIL")};
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

void SeriesEditorDialog::addSkip()
{
    Series s = series();
    s.exceptions.clear();
    const QTimeZone zone(s.timeZone.toUtf8());
    const QDate day = m_skipDate->date();
    const auto onDay = Recurrence::between(s, Recurrence::toUtc(IsoTime::makeWallClock(day, QTime(0, 0)), zone),
                                           Recurrence::toUtc(IsoTime::makeWallClock(day.addDays(1), QTime(0, 0)), zone));
    if (onDay.isEmpty()) {
        m_problem->setText(tr("The series has no occurrence on %1.").arg(QLocale().toString(day, QLocale::LongFormat)));
        return;
    }
    for (const Occurrence &o : onDay) {
        m_exceptions.removeIf([&](const SeriesException &e) { return e.occurrence == o.original; });
        m_exceptions.append({o.original, SeriesException::Kind::Skip, {}, {}});
    }
    refresh();
}

void SeriesEditorDialog::removeSkip()
{
    const int row = m_skips->currentRow();
    if (row < 0)
        return;
    const QDateTime occurrence = m_skips->item(row)->data(Qt::UserRole).toDateTime();
    m_exceptions.removeIf([&](const SeriesException &e) { return e.occurrence == occurrence; });
    refresh();
}

void SeriesEditorDialog::refresh()
{
    const auto pattern = Pattern(m_pattern->currentData().toInt());
    m_interval->setEnabled(pattern != Pattern::Custom);
    // "every 1 week", "every 2 weeks": the unit agrees with the interval.
    const int n = m_interval->value();
    switch (pattern) {
    case Pattern::Daily: m_intervalUnit->setText(tr("day(s)", nullptr, n)); break;
    case Pattern::Weekly: m_intervalUnit->setText(tr("week(s)", nullptr, n)); break;
    case Pattern::MonthlyByWeekday:
    case Pattern::MonthlyByDay: m_intervalUnit->setText(tr("month(s)", nullptr, n)); break;
    case Pattern::Yearly: m_intervalUnit->setText(tr("year(s)", nullptr, n)); break;
    case Pattern::Custom: m_intervalUnit->clear(); break;
    }
    m_count->setVisible(m_ends->currentData().toInt() == AfterCount);
    m_until->setVisible(m_ends->currentData().toInt() == OnDate);

    // Skipped and moved dates.
    m_skips->clear();
    std::sort(m_exceptions.begin(), m_exceptions.end(), [](const SeriesException &a, const SeriesException &b) { return a.occurrence < b.occurrence; });
    for (const SeriesException &e : std::as_const(m_exceptions)) {
        const QString when = QLocale().toString(e.occurrence.date(), QLocale::ShortFormat) + QLatin1Char(' ') + e.occurrence.time().toString(QStringLiteral("HH:mm"));
        auto *item = new QListWidgetItem(e.kind == SeriesException::Kind::Skip
                                             ? tr("%1 skipped").arg(when)
                                             : tr("%1 moved to %2").arg(when, QLocale().toString(e.movedTo.date(), QLocale::ShortFormat) + QLatin1Char(' ')
                                                                                   + e.movedTo.time().toString(QStringLiteral("HH:mm"))),
                                         m_skips);
        item->setData(Qt::UserRole, e.occurrence);
    }

    const Series s = series();
    QString problem = Recurrence::validate(s.rrule);
    if (s.name.trimmed().isEmpty() && problem.isEmpty())
        problem = tr("The series needs a name.");
    if (problem.isEmpty()) {
        Series named = s;
        named.id = m_series.id;
        const Result<QString> nameCheck = PlanService(m_db).checkSeriesName(named);
        problem = nameCheck ? *nameCheck : nameCheck.error().message;
    }
    m_next->clear();
    if (Recurrence::validate(s.rrule).isEmpty()) {
        m_description->setText(Recurrence::describe(s));
        const QTimeZone zone(s.timeZone.toUtf8());
        const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
        const QVector<Occurrence> next = Recurrence::next(s, std::max(Recurrence::toUtc(s.dtstart, zone), now), 6);
        for (const Occurrence &o : next) {
            const QDateTime local = o.startUtc.toTimeZone(zone);
            m_next->addItem(QLocale().toString(local.date(), QStringLiteral("ddd d MMM yyyy")) + QStringLiteral(", ")
                            + local.time().toString(QStringLiteral("HH:mm")) + (o.moved ? tr(" (moved)") : QString()));
        }
        if (next.isEmpty() && problem.isEmpty())
            problem = tr("The rule gives no occurrence after the first time.");
        if (m_bestTime)
            m_bestTime->setText(bestTimeText(s, next));
    } else {
        m_description->setText(tr("Not a valid rule yet"));
        if (m_bestTime)
            m_bestTime->clear();
    }
    m_problem->setText(problem.isEmpty() ? QString() : problem.left(1).toUpper() + problem.mid(1));
    m_problem->setVisible(!problem.isEmpty());
    m_ok->setEnabled(problem.isEmpty());
}

QString SeriesEditorDialog::bestTimeText(const Series &s, const QVector<Occurrence> &next)
{
    QList<Platform> platforms;
    for (qint64 id : s.channelIds) {
        const Platform p = m_channelPlatforms.value(id, Platform::Other);
        if (!platforms.contains(p))
            platforms.append(p);
    }
    if (platforms.isEmpty())
        return tr("Choose the series' channels to see how its time ranks on them.");
    if (!m_recentPosts) {
        const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
        m_recentPosts = PlanService(m_db).postMetrics(now.date().addYears(-1), now.date()).valueOr({});
    }
    // The weekdays and hours of the coming occurrences, in the series' zone.
    const QTimeZone zone(s.timeZone.toUtf8());
    QList<QPair<int, int>> times;
    for (const Occurrence &o : next) {
        const QDateTime local = o.startUtc.toTimeZone(zone);
        const QPair<int, int> slot{local.date().dayOfWeek(), local.time().hour()};
        if (!times.contains(slot))
            times.append(slot);
        if (times.size() == 3) // a daily series: its first three times say enough
            break;
    }
    const QVector<TimingCell> cells = BestTimes::cells(*m_recentPosts, zone);
    QStringList lines;
    for (Platform platform : std::as_const(platforms)) {
        for (const auto &[weekday, hour] : std::as_const(times)) {
            const QString when = tr("%1 %2:00").arg(QLocale().dayName(weekday)).arg(hour, 2, 10, QLatin1Char('0'));
            const std::optional<BestTimes::Rank> rank = BestTimes::rank(cells, platform, weekday, hour);
            const auto cell = std::find_if(cells.cbegin(), cells.cend(),
                                           [&](const TimingCell &c) { return c.platform == platform && c.weekday == weekday && c.hour == hour; });
            QString text;
            if (rank) {
                text = tr("%1: %2 ranks %3 of %4 hours (median %5 over %n post(s))", nullptr, cell->posts)
                           .arg(Platforms::displayName(platform), when)
                           .arg(rank->rank)
                           .arg(rank->of)
                           .arg(QLocale().toString(cell->medianEngagementRate * 100, 'f', 2) + QStringLiteral("\u202f%"));
            } else if (cell != cells.cend()) {
                text = tr("%1: %2 has %n post(s) in the past year, too few to rank", nullptr, cell->posts).arg(Platforms::displayName(platform), when);
            } else {
                text = tr("%1: no post at %2 in the past year").arg(Platforms::displayName(platform), when);
            }
            lines.append(text);
        }
    }
    return lines.join(QLatin1Char('\n'));
}

Series SeriesEditorDialog::series() const
{
    Series s = m_series;
    s.name = m_name->text().trimmed();
    s.rrule = rrule();
    const QDateTime start = m_start->dateTime();
    s.dtstart = IsoTime::makeWallClock(start.date(), QTime(start.time().hour(), start.time().minute()));
    s.timeZone = QString::fromUtf8(m_zone->zone().id());
    s.durationMinutes = m_duration->value();
    s.exceptions = m_exceptions;
    s.channelIds.clear();
    QList<qint64> ids = m_channels.keys();
    std::sort(ids.begin(), ids.end());
    for (qint64 id : std::as_const(ids)) {
        if (m_channels.value(id)->isChecked())
            s.channelIds.append(id);
    }
    s.hashtags.clear();
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    for (QString tag : m_hashtags->text().split(separators, Qt::SkipEmptyParts)) {
        if (!tag.startsWith(QLatin1Char('#')))
            tag.prepend(QLatin1Char('#'));
        if (!s.hashtags.contains(tag))
            s.hashtags.append(tag);
    }
    const qint64 pillar = m_pillar->currentData().toLongLong();
    s.pillarId = pillar ? std::optional<qint64>(pillar) : std::nullopt;
    const qint64 owner = m_owner->currentData().toLongLong();
    s.ownerId = owner ? std::optional<qint64>(owner) : std::nullopt;
    s.templateText = m_template->toPlainText();
    return s;
}

} // namespace Beamline
