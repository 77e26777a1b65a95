// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowjournal.h"

#include <QSqlDatabase>

namespace Beamline {

// Merges one channel into another: the same account that exports named two ways (a
// Facebook page's id and its handle). Everything of the merged channel moves onto the
// kept one — imported posts and their snapshots, daily account figures, the links of
// planned posts and series, aliases — its handle becomes an alias of the kept channel
// (so later imports land there), and the merged channel is removed.
//
// Where both channels hold the same thing the newer wins, as imports decide it: an imported
// post present on both keeps one row with every snapshot (the newest capture current); a
// daily figure present on both is held by the export taken latest, the other row kept as a
// version (VersionedRows).
//
// Every row written is recorded in the journal, so undo() gives back both channels
// exactly. Runs inside the caller's transaction; throws DatabaseError.
class ChannelMerge final
{
public:
    // The tables whose rows name a channel, all of which merge() moves. A table added to
    // the schema with a channel_id must be handled here (a test checks the list).
    static QStringList tablesReferencingChannels();

    // Both channels must exist and be on the same platform.
    static RowJournal merge(const QSqlDatabase &db, qint64 fromId, qint64 intoId);
};

} // namespace Beamline
