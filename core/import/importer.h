// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importformat.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>
#include <QStringList>
#include <QTimeZone>

#include <atomic>
#include <functional>
#include <memory>

namespace Beamline {

class Database;
class Writer;

struct ImportOptions {
    // Force a format by id ("" = detect from the content).
    QString format;
    // Zone of exports that write local times without saying which (Meta, listening
    // tools); invalid = the workspace's zone.
    QTimeZone timeZone;
    // Read and count only; nothing is written.
    bool preview = false;
    // Leave out the rows that cannot be read (listed in the report) instead of failing.
    bool skipBadRows = false;
    // Files (as given) whose unreadable rows are left out: the user chose, in the preview,
    // to import their good rows. The other files still fail on a bad row.
    QStringList skipBadRowsIn;
};

// What importing one file did (or, in preview, would do).
struct ImportReport {
    QString file;          // the path given
    QString fileName;      // for messages
    QStringList formats;   // format ids, one per part
    QStringList formatNames;
    qint64 rowsRead = 0;
    qint64 added = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 skipped = 0;   // rows left out as unreadable (only with skipBadRows)
    qint64 older = 0;     // of unchanged: rows whose facts a newer export holds
    qint64 duplicates = 0; // of unchanged: rows repeated within the file
    QStringList warnings;
    QStringList skippedRows; // "file.csv:line 12: …", one per row left out
    QString error;         // "file.csv:412:7: unterminated quoted field"; empty on success
    bool cancelled = false;
    bool alreadyImported = false;
    QDate periodStart;
    QDate periodEnd;
    QList<qint64> batchIds;
    QSet<QString> kinds;   // posts, daily, web, mentions: what the file held
    QStringList accounts;  // preview: the accounts the file speaks about
    // Preview: accounts with a handle or id that no channel has (as handle or alias); the
    // import would create a channel for each.
    QList<ImportAccount> newAccounts;
    QString encoding;
    int linkedToPlan = 0;

    bool failed() const { return !error.isEmpty(); }
    QString format() const { return formats.join(QStringLiteral(", ")); }
    QString formatName() const { return formatNames.join(QStringLiteral(", ")); }
};

// Imports platform exports into a workspace. Thread-agnostic: it opens its own
// connection, so it can run on a worker thread; each file is one transaction, and a
// file with an error (or a cancelled import) leaves the workspace exactly as it was.
class Importer final
{
    Q_DECLARE_TR_FUNCTIONS(Beamline::Importer)

public:
    // Progress: bytes (or rows) done and total for the current file.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    // Writes through the workspace's writer (its views hear of the import), or through a
    // writer of its own (the command line, tests).
    Importer(Writer &writer, ImportOptions options = {});
    Importer(const Database &database, ImportOptions options = {});
    ~Importer();
    Q_DISABLE_COPY_MOVE(Importer)

    ImportReport importFile(const QString &path, const Progress &progress = {}, const std::atomic<bool> *cancel = nullptr);

    static const ImportFormats &formats();
    static const ImportFormat *format(const QString &id);
    // Files to import from paths: folders are expanded, hidden files skipped.
    static QStringList expandPaths(const QStringList &paths);

private:
    class Run;
    std::unique_ptr<Writer> m_ownWriter;
    Writer *m_writer = nullptr;
    ImportOptions m_options;
};

} // namespace Beamline
