// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importsink.h"

#include <core/domain/changeset.h>
#include <core/db/versionedrows.h>
#include <core/db/writescope.h>

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>

#include <memory>
#include <optional>

namespace Beamline {

class ChannelRepository;
class DailyMetricRepository;
class MentionRepository;
class PlatformPostRepository;
class WebTrafficRepository;

// Writes what a format reads into the workspace, on the importer's own connection and
// inside its transaction, every row referencing the current batch.
class DatabaseSink final : public ImportSink
{
public:
    explicit DatabaseSink(QSqlDatabase db);
    ~DatabaseSink() override;

    // The batch the rows belong to and the digest of its bytes (which breaks ties between
    // exports taken at the same time).
    void beginBatch(qint64 batchId, const QString &sha256)
    {
        m_batch = batchId;
        m_sha256 = sha256;
    }
    // The write the rows belong to: its derived tables watch them.
    void setScope(WriteScope *scope) { m_scope = scope; }
    // When the export was taken; read at each post, since formats may learn it late.
    void setCapturedAt(const QDateTime *capturedAt) { m_capturedAt = capturedAt; }

    qint64 channel(Platform platform, const QString &handle, const QString &displayName) override;
    qint64 webSource(const QString &provider, const QString &name) override;
    WriteOutcome post(PlatformPost &post, const PostSnapshot &snapshot, qint64 line) override;
    WriteOutcome daily(const DailyMetricValue &value) override;
    WriteOutcome web(WebTrafficRow &row) override;
    WriteOutcome mention(Mention &mention) override;
    RowConflict lastConflict() const override { return m_conflict; }

    // What the batch wrote, for the derived tables (the writer brings them up to date).
    DerivedUpdates::Import takeWritten()
    {
        DerivedUpdates::Import written = std::exchange(m_written, {});
        written.batchId = m_batch;
        return written;
    }

private:
    const VersionedRows::Precedence &precedence();
    WriteOutcome noteResult(const VersionedRows::Result &result, qint64 line, const QString &what);

    QSqlDatabase m_db;
    qint64 m_batch = 0;
    QString m_sha256;
    WriteScope *m_scope = nullptr;
    RowConflict m_conflict;
    const QDateTime *m_capturedAt = nullptr;
    VersionedRows::Precedence m_precedence;
    QDateTime m_precedenceAt;
    bool m_precedenceKnown = false;
    std::unique_ptr<ChannelRepository> m_channels;
    std::unique_ptr<PlatformPostRepository> m_posts;
    std::unique_ptr<DailyMetricRepository> m_daily;
    std::unique_ptr<WebTrafficRepository> m_web;
    std::unique_ptr<MentionRepository> m_mentions;
    QHash<QString, qint64> m_channelIds;
    QHash<QString, qint64> m_sourceIds;
    DerivedUpdates::Import m_written;
};

// Counts what an import would do without touching the workspace (the preview).
class PreviewSink final : public ImportSink
{
public:
    qint64 channel(Platform platform, const QString &handle, const QString &displayName) override;
    qint64 webSource(const QString &, const QString &) override { return 1; }
    WriteOutcome post(PlatformPost &, const PostSnapshot &, qint64) override { return WriteOutcome::Added; }
    WriteOutcome daily(const DailyMetricValue &) override { return WriteOutcome::Added; }
    WriteOutcome web(WebTrafficRow &) override { return WriteOutcome::Added; }
    WriteOutcome mention(Mention &) override { return WriteOutcome::Added; }

    // "X @examplelab", "Instagram" — the accounts the file speaks about.
    QStringList accounts() const { return m_accounts; }
    // The same accounts as the export names them (those with a handle or id).
    QList<ImportAccount> namedAccounts() const { return m_named; }

private:
    QStringList m_accounts;
    QList<ImportAccount> m_named;
};

} // namespace Beamline
