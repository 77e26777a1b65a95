// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/db/workspacecopier.h>

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVector>

namespace Beamline {

// Moves a workspace: from a file to a team's server, back to a file (a backup, work offline), or
// between two places of the same engine. The copy is one transaction on the target (see
// WorkspaceCopier), verified before it commits: every table's row count and the figures that
// `beamline stats --json` prints for the whole measured period must be the same on both sides,
// or nothing is kept. The source is only read.
class WorkspaceCopy final
{
    Q_DECLARE_TR_FUNCTIONS(Beamline::WorkspaceCopy)

public:
    struct TableCount {
        QString table;
        qint64 source = 0;
        qint64 target = 0;
    };

    struct Result {
        enum class Status {
            Copied, // copied and verified
            Refused, // nothing was tried: a target that is not empty, the same place twice...
            Failed, // the copy or its verification failed; the target is as it was
            Cancelled // the progress function stopped it; the target is as it was
        };
        Status status = Status::Failed;
        QString message; // user-facing, translated; empty when copied
        QVector<TableCount> counts;
        qint64 rows = 0;
        // The period whose figures were compared (the source's measured days); invalid when
        // the source has no imported figures.
        QDate from;
        QDate to;
        bool statsIdentical = false;

        bool ok() const { return status == Status::Copied; }
    };

    struct Options {
        bool replace = false; // delete what the target holds (in the copy's transaction)
        WorkspaceCopier::ProgressFunction progress;
    };

    // `from` and `to` are workspace files or postgresql:// addresses. A `to` that does not exist
    // (a file) or is an empty database becomes a workspace; a new file is removed again when the
    // copy fails.
    static Result run(const QString &from, const QString &to, const Options &options);

    // True when both name the same workspace (the same file, or the same database on a server).
    static bool sameLocation(const QString &a, const QString &b);
};

} // namespace Beamline
