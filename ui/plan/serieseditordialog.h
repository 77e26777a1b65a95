// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/analytics/besttimes.h>
#include <core/plan/recurrence.h>
#include <core/domain/entities.h>

#include <QDialog>
#include <QHash>
#include <QSqlDatabase>
#include <QVector>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QDialogButtonBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QVBoxLayout;

namespace Beamline {

class TimeZoneCombo;
struct Channel;

// "Instagram", or "Instagram (@lab_fr)" when the workspace has several Instagram accounts.
QString channelLabel(const Channel &channel, const QVector<Channel> &all);

// Creates or edits a recurring series. The common rules are offered in plain words
// ("every week on Thursday", "the last Friday of every month"); the RFC 5545 rule they make
// is shown and can be typed by hand for anything else. The next occurrences are listed as
// you type, and a rule that is not valid says which part is wrong.
class SeriesEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SeriesEditorDialog)

public:
    enum class Pattern { Daily, Weekly, MonthlyByWeekday, MonthlyByDay, Yearly, Custom };

    SeriesEditorDialog(const QSqlDatabase &db, const Series &series, QWidget *parent = nullptr);

    Series series() const;
    // The instant the preview lists occurrences from (a demo workspace has its own "now").
    void setNow(const QDateTime &nowUtc);
    bool deleteRequested() const { return m_deleteRequested; }

    // For tests and the screenshot script: drive the builder as a user would.
    void setPattern(Pattern pattern);
    QString rrule() const;
    QString description() const;
    QStringList nextOccurrences() const;
    QString problem() const;

public Q_SLOTS:
    // Asks before throwing away changes (Save, Discard or keep editing).
    void reject() override;

private:
    // The parts of the dialog, made by the constructor (serieseditordialog.cpp).
    QHBoxLayout *setUpStart(const Series &series, const QDateTime &start);
    QVBoxLayout *setUpSkips(QDate firstDay);
    QHBoxLayout *setUpPostDefaults(const Series &series);
    void setUpPreview();
    QFormLayout *createRuleForm(QHBoxLayout *repeatRow, QHBoxLayout *endsRow, QHBoxLayout *startRow, QVBoxLayout *skipBox);
    QDialogButtonBox *createButtons(bool existing);
    void setTabOrders(QWidget *buttons);
    // The rule builder: the common patterns in words and the rule they make (serieseditorrule.cpp).
    void setUpRuleBuilder(QHBoxLayout *repeatRow, QHBoxLayout *endsRow);
    void connectRuleBuilder();
    void refreshRuleBuilder();
    static QString weeklyRuleOn(QDate day);
    void buildRule();
    void readRule(const QString &rrule);
    void refresh();
    void addSkip();
    void removeSkip();

    QSqlDatabase m_db;
    Series m_series;
    Series m_initial;
    bool m_deleteRequested = false;
    bool m_updating = false;

    QLineEdit *m_name;
    QComboBox *m_pattern;
    QSpinBox *m_interval;
    QLabel *m_intervalUnit;
    QStackedWidget *m_patternDetails;
    QList<QCheckBox *> m_weekdays; // Monday..Sunday
    QComboBox *m_ordinal;
    QComboBox *m_ordinalDay;
    QSpinBox *m_monthDay;
    QCheckBox *m_lastDay;
    QComboBox *m_ends;
    QSpinBox *m_count;
    QDateEdit *m_until;
    QLineEdit *m_rule;
    QDateTimeEdit *m_start;
    TimeZoneCombo *m_zone;
    QSpinBox *m_duration;
    QListWidget *m_skips;
    QDateEdit *m_skipDate;
    QPushButton *m_addSkip = nullptr;
    QPushButton *m_removeSkip = nullptr;
    QHash<qint64, QCheckBox *> m_channels;
    QLineEdit *m_hashtags;
    QComboBox *m_pillar;
    QComboBox *m_owner;
    QPlainTextEdit *m_template;
    QLabel *m_description;
    QListWidget *m_next;
    QLabel *m_problem;
    QPushButton *m_ok;
    QList<SeriesException> m_exceptions;
    QDateTime m_now;
    // How the series' weekday and hour rank on its channels (docs/metrics.md, "Best time to post").
    QLabel *m_bestTime = nullptr;
    QHash<qint64, Platform> m_channelPlatforms;
    std::optional<QVector<PostMetrics>> m_recentPosts; // the year before m_now, read once
    QString bestTimeText(const Series &series, const QVector<Occurrence> &next);
};

} // namespace Beamline
