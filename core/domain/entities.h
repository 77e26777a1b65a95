// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Beamline {

// Plain value types of the workspace. Ids are 0 until stored.

struct Channel {
    qint64 id = 0;
    Platform platform = Platform::Other;
    QString handle;      // as the platform's exports name the account, without '@'
    QString displayName; // what the team calls it
    // Members added later have initialisers, so that brace-initialised channels need not name them.
    QString color{};     // #rrggbb, may be empty
    int position = 0;    // order in lists
    std::optional<int> charLimit{}; // the channel's own limit; empty: the platform's

    // The limit posts are written against: the channel's own, else the platform's (0: none).
    int characterLimit() const { return charLimit.value_or(Platforms::characterLimit(platform)); }
    // The name to show: the display name, else the handle, else the platform.
    QString label() const;

    bool operator==(const Channel &) const = default;
};

struct Pillar {
    qint64 id = 0;
    QString name;
    QString color; // #rrggbb, may be empty
    std::optional<double> targetShare; // fraction 0..1
    int position = 0;

    bool operator==(const Pillar &) const = default;
};

struct Person {
    // Editors write and are assigned posts; approvers also sign posts off; viewers only read.
    // On a team workspace the server decides (the group roles beamline_editors,
    // beamline_approvers, beamline_viewers); the role here names it for the team.
    enum class Role { Editor, Approver, Viewer };
    qint64 id = 0;
    QString name;
    QString email;
    Role role = Role::Editor;
    // What the person signs in as: the database role on a server, the system account on a file.
    QString login = {};

    bool operator==(const Person &) const = default;
    static QString roleKey(Role role);
    static Role roleFromKey(QStringView key);
    static std::optional<Role> parseRole(QStringView key); // editor, approver, viewer; else none
    static QString roleName(Role role);
};

struct Campaign {
    qint64 id = 0;
    QString name;
    QString hashtag; // with the leading '#'
    QDate startsOn;
    QDate endsOn;
    QString goal;
    QString notes;
    QList<qint64> partnerIds;

    bool operator==(const Campaign &) const = default;
};

struct Partner {
    enum class Kind { Influencer, Lab, Media, Other };
    qint64 id = 0;
    QString name;
    std::optional<Platform> platform;
    QString handle;
    Kind kind = Kind::Influencer;
    QString notes;

    bool operator==(const Partner &) const = default;
    static QString kindKey(Kind kind);
    static Kind kindFromKey(QStringView key);
};

// Series keep local wall-clock times ("every Thursday at 10:00 in Europe/Zurich"). They are
// carried in QDateTime values with Qt::UTC as a neutral spec, so the fields never shift
// with the machine's zone or daylight saving; LocalTimes converts them (core/plan).

struct SeriesException {
    enum class Kind { Skip, Move };
    QDateTime occurrence; // original local start (wall clock)
    Kind kind = Kind::Skip;
    QDateTime movedTo; // local, for Move
    QString note;

    bool operator==(const SeriesException &) const = default;
};

struct Series {
    qint64 id = 0;
    QString uid;
    QString name;
    QString description;
    QString rrule;       // RFC 5545 RRULE value, without the "RRULE:" prefix
    QDateTime dtstart;   // local wall clock (wall clock)
    QString timeZone;    // IANA id
    int durationMinutes = 30;
    std::optional<qint64> pillarId;
    std::optional<qint64> ownerId;
    QString templateText;
    QStringList hashtags; // with '#'
    bool active = true;
    QList<qint64> channelIds;
    QList<SeriesException> exceptions;
    QDateTime createdAt; // UTC

    bool operator==(const Series &) const = default;
};

enum class PostStatus { Idea, Draft, Review, Approved, Scheduled, Published, Dropped };

class PostStatuses final
{
    Q_DECLARE_TR_FUNCTIONS(Beamline::PostStatuses)

public:
    static QString key(PostStatus status);
    static std::optional<PostStatus> fromKey(QStringView key);
    static QString displayName(PostStatus status);
    static QList<PostStatus> all();
};

struct PostChannel {
    qint64 channelId = 0;
    QString textVariant; // empty: use the post body

    bool operator==(const PostChannel &) const = default;
};

// A planned post: one idea that goes out on one or more channels.
struct Post {
    qint64 id = 0;
    QString title;
    QString body;
    PostStatus status = PostStatus::Idea;
    std::optional<qint64> pillarId;
    std::optional<qint64> seriesId;
    QDateTime occurrence; // the series slot it fills (local, neutral carrier); invalid if none
    std::optional<qint64> campaignId;
    std::optional<qint64> assigneeId;
    QDateTime scheduledAt; // UTC
    QDateTime publishedAt; // UTC
    QString language = QStringLiteral("en");
    QString notes;
    std::optional<qint64> approverId; // who signs it off (a person with the approver role)
    QList<PostChannel> channels;
    QStringList hashtags;
    QStringList links;
    QDateTime createdAt;
    QDateTime updatedAt;
    // The row version it was read at (0: not read from a workspace, saved without a check),
    // and who made the last change (a database role or a system user).
    qint64 version = 0;
    QString updatedBy;
    // The people who created it, changed it last and approved it (when they are people of
    // the workspace), and when it was approved. Written by the repository (and on a server
    // by its trigger), never taken from an edit.
    std::optional<qint64> createdBy = {};
    std::optional<qint64> changedBy = {};
    std::optional<qint64> approvedBy = {};
    QDateTime approvedAt; // UTC

    bool operator==(const Post &) const = default;
};

} // namespace Beamline
