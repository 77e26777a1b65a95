// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/imported.h>

namespace Beamline {

// An account an export speaks about, as the export names it.
struct ImportAccount {
    Platform platform = Platform::Other;
    QString handle;      // handle or id ("examplelab", "104512345678901")
    QString displayName; // the name the export gives, if any ("Example Physics Lab")

    bool operator==(const ImportAccount &) const = default;
};

// Where formats put what they read. The importer writes to the database through one
// implementation; the preview counts without writing through another.
class ImportSink
{
public:
    virtual ~ImportSink() = default;

    // Channel id for an account, created if needed. An empty handle means "the lab's
    // main account on this platform" (the first one in the workspace, or a new one).
    virtual qint64 channel(Platform platform, const QString &handle, const QString &displayName) = 0;
    virtual qint64 webSource(const QString &provider, const QString &name) = 0;

    virtual WriteOutcome post(PlatformPost &post, const PostSnapshot &snapshot, qint64 line) = 0;
    virtual WriteOutcome daily(const DailyMetricValue &value) = 0;
    virtual WriteOutcome web(WebTrafficRow &row) = 0;
    virtual WriteOutcome mention(Mention &mention) = 0;

    // After a write that returned Conflict or Duplicate: the row's line, the earlier line of
    // the same file it contradicts or repeats, the values that differ and what they are
    // values of ("day and dimensions").
    struct RowConflict {
        qint64 line = 0;
        qint64 otherLine = 0;
        QStringList columns;
        QString what;
    };
    virtual RowConflict lastConflict() const { return {}; }
};

} // namespace Beamline
