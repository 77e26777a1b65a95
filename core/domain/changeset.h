// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QHash>
#include <QMetaType>
#include <QSet>
#include <QString>
#include <QVector>

#include <tuple>

namespace Beamline {

// What a committed write changed, by kind of thing and id: the typed change event the views
// subscribe to (a plan page reloads on posts and series, not on web rows), and what a team
// workspace sends to the other workstations. An empty id set with the kind present means
// "some, not said which".
class ChangeSet final
{
public:
    enum class Kind {
        Posts,          // planned posts, their channels, hashtags, links
        Series,         // series, their channels and exceptions
        Channels,
        Pillars,
        People,
        Campaigns,      // campaigns and partners
        Batches,        // imports and their undo
        Figures,        // imported posts, snapshots, daily metrics, web rows, mentions
        Matches,        // links between imported posts and the plan
        Rules,          // web attribution rules
        Markers,        // event markers
        Profiles,       // saved column mappings
        Settings,       // workspace name, time zone, other settings
    };

    void add(Kind kind, qint64 id = 0);
    void add(const ChangeSet &other);
    bool touches(Kind kind) const { return m_kinds.contains(kind); }
    bool touchesAny(std::initializer_list<Kind> kinds) const;
    QSet<qint64> ids(Kind kind) const { return m_kinds.value(kind); }
    bool isEmpty() const { return m_kinds.isEmpty(); }

    // "posts:42,43;series" — the change as text (a NOTIFY payload), and back.
    QString encode() const;
    static ChangeSet decode(const QString &text);
    static QString key(Kind kind);

    bool operator==(const ChangeSet &other) const { return m_kinds == other.m_kinds; }

private:
    QHash<Kind, QSet<qint64>> m_kinds;
};

// What an import or an undo did to the imported figures, for the tables derived from them
// (the daily summaries, the links to the plan), which the writer brings up to date in the
// same transaction.
struct DerivedUpdates {
    struct Import {
        qint64 batchId = 0;
        // The UTC days of the mentions written ("YYYY-MM-DD"); empty when none.
        QString firstMentionDay;
        QString lastMentionDay;
        bool mentionReplaced = false;
        bool posts = false;
        int linkedToPlan = 0; // filled by the post matcher
    };
    // An undo, with the days the summaries must look at, read before the rows went.
    struct Undo {
        qint64 batchId = 0;
        QVector<std::tuple<QString, QString, QString>> webSpans; // report, first day, last day
        QString firstMentionDay;
        QString lastMentionDay;
    };

    QVector<Import> imports;
    QVector<Undo> undos;
    // Whether the summaries matched the figures when the write began (else they are rebuilt).
    bool webWasCurrent = true;
    bool mentionsWereCurrent = true;
    bool rulesChanged = false;
    bool rebuildAll = false; // rows written without keeping track (the demo generator)

    bool isEmpty() const { return imports.isEmpty() && undos.isEmpty() && !rulesChanged && !rebuildAll; }
};

} // namespace Beamline

Q_DECLARE_METATYPE(Beamline::ChangeSet)
