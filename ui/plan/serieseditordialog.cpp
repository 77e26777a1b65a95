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

    auto *repeatRow = new QHBoxLayout;
    auto *endsRow = new QHBoxLayout;
    setUpRuleBuilder(repeatRow, endsRow);

    m_rule->setObjectName(QStringLiteral("rrule"));
    m_rule->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_rule->setPlaceholderText(QStringLiteral("FREQ=WEEKLY;BYDAY=TH"));

    const QDateTime start = series.dtstart.isValid() ? series.dtstart : IsoTime::makeWallClock(QDate::currentDate(), QTime(10, 0));
    QHBoxLayout *startRow = setUpStart(series, start);

    QVBoxLayout *skipBox = setUpSkips(start.date());

    QHBoxLayout *channelRow = setUpPostDefaults(series);

    setUpPreview();

    QFormLayout *ruleForm = createRuleForm(repeatRow, endsRow, startRow, skipBox);
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

    QDialogButtonBox *buttons = createButtons(series.id != 0);

    auto *left = new QVBoxLayout;
    left->addLayout(ruleForm);
    left->addWidget(defaultsBox);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addWidget(previewBox, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(buttons);

    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, &SeriesEditorDialog::refresh);
    connect(m_zone, &QComboBox::currentIndexChanged, this, &SeriesEditorDialog::refresh);
    connect(m_name, &QLineEdit::textChanged, this, &SeriesEditorDialog::refresh);
    for (QCheckBox *box : std::as_const(m_channels))
        connect(box, &QCheckBox::toggled, this, &SeriesEditorDialog::refresh);

    connectRuleBuilder();
    readRule(series.rrule.isEmpty() ? weeklyRuleOn(start.date()) : series.rrule);
    m_rule->setText(series.rrule.isEmpty() ? QString() : series.rrule);
    if (series.rrule.isEmpty())
        buildRule();
    refresh();

    setTabOrders(buttons);

    m_name->setFocus();
    m_initial = this->series();
}

QFormLayout *SeriesEditorDialog::createRuleForm(QHBoxLayout *repeatRow, QHBoxLayout *endsRow, QHBoxLayout *startRow, QVBoxLayout *skipBox)
{
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
    return ruleForm;
}

// OK, Cancel, and Delete Series for a series that exists.
QDialogButtonBox *SeriesEditorDialog::createButtons(bool existing)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    if (existing) {
        QPushButton *remove = buttons->addButton(tr("&Delete Series"), QDialogButtonBox::DestructiveRole);
        connect(remove, &QPushButton::clicked, this, [this] {
            m_deleteRequested = true;
            accept();
        });
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    return buttons;
}

QHBoxLayout *SeriesEditorDialog::setUpStart(const Series &series, const QDateTime &start)
{
    m_start->setObjectName(QStringLiteral("start"));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat) + QStringLiteral(" HH:mm"));
    m_start->setDateTime(QDateTime(start.date(), start.time()));
    // A new series starts in the workspace's zone.
    const QString workspaceZone = PlanService(m_db).workspaceTimeZoneId().valueOr(QString());
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
    return startRow;
}

QVBoxLayout *SeriesEditorDialog::setUpSkips(QDate firstDay)
{
    // Skipped dates.
    m_skips->setObjectName(QStringLiteral("skips"));
    m_skips->setMaximumHeight(fontMetrics().height() * 5);
    m_skipDate->setCalendarPopup(true);
    m_skipDate->setDate(firstDay);
    m_addSkip = new QPushButton(Application::icon(QStringLiteral("list-add")), tr("S&kip Date"), this);
    m_removeSkip = new QPushButton(Application::icon(QStringLiteral("edit-delete")), tr("&Remove"), this);
    connect(m_addSkip, &QPushButton::clicked, this, &SeriesEditorDialog::addSkip);
    connect(m_removeSkip, &QPushButton::clicked, this, &SeriesEditorDialog::removeSkip);
    auto *skipButtons = new QHBoxLayout;
    skipButtons->addWidget(m_skipDate);
    skipButtons->addWidget(m_addSkip);
    skipButtons->addWidget(m_removeSkip);
    skipButtons->addStretch();
    auto *skipBox = new QVBoxLayout;
    skipBox->addWidget(m_skips);
    skipBox->addLayout(skipButtons);
    return skipBox;
}

QHBoxLayout *SeriesEditorDialog::setUpPostDefaults(const Series &series)
{
    // Defaults for the posts of the series.
    auto *channelRow = new QHBoxLayout;
    // What cannot be read is left out of the choices (the dialog still opens).
    const SetupService setup(m_db);
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
    return channelRow;
}

void SeriesEditorDialog::setUpPreview()
{
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
}

void SeriesEditorDialog::setTabOrders(QWidget *buttons)
{
    // Tab follows the form from top to bottom: the pattern's details (the weekday boxes…)
    // come right after the pattern, although they were made after the fields below them.
    QList<QWidget *> order = {m_name, m_pattern, m_interval};
    for (QCheckBox *box : std::as_const(m_weekdays))
        order.append(box);
    order += {m_ordinal, m_ordinalDay, m_monthDay, m_lastDay, m_ends, m_count, m_until, m_rule, m_start, m_zone, m_duration, m_skipDate, m_addSkip,
              m_removeSkip, m_skips};
    QList<qint64> channelIds = m_channels.keys();
    std::sort(channelIds.begin(), channelIds.end());
    for (qint64 id : std::as_const(channelIds))
        order.append(m_channels.value(id));
    order += {m_hashtags, m_pillar, m_owner, m_template};
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    setTabOrder(order.constLast(), buttons);
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
    refreshRuleBuilder();

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
