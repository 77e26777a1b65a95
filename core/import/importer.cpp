// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"

#include "csvreader.h"
#include "databasesink.h"
#include "formats/formats.h"
#include "importprofile.h"
#include "importsource.h"
#include "readlimits.h"

#include <core/db/channelrepository.h>
#include <core/db/database.h>
#include <core/db/databaseerror.h>
#include <core/db/importbatchrepository.h>
#include <core/db/importprofilerepository.h>
#include <core/db/settingsrepository.h>
#include <core/workspace/writer.h>

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcImport, "beamline.import", QtWarningMsg)

namespace Beamline {

ImportFormats builtInFormats()
{
    ImportFormats formats;
    addXFormats(formats);
    addMetaFormats(formats);
    addWebFormats(formats);
    addYouTubeFormats(formats);
    addLinkedInFormats(formats);
    addListeningFormats(formats);
    return formats;
}

namespace {

QString kindOf(const QString &format)
{
    if (format.startsWith(QLatin1String("ga")) || format.startsWith(QLatin1String("matomo")))
        return QStringLiteral("web");
    if (format.endsWith(QLatin1String("mentions")))
        return QStringLiteral("mentions");
    if (format.contains(QLatin1String("overview")) || format.contains(QLatin1String("daily")) || format == QLatin1String("linkedin-metrics")
        || format == QLatin1String("linkedin-followers") || format == QLatin1String("linkedin-visitors"))
        return QStringLiteral("daily");
    return QStringLiteral("posts");
}

// "export.csv:412:7: unterminated quoted field"
QString located(const QString &name, qint64 line, qint64 column, const QString &message)
{
    QString where = name;
    if (line > 0)
        where += QLatin1Char(':') + QString::number(line);
    if (line > 0 && column > 0)
        where += QLatin1Char(':') + QString::number(column);
    return where + QStringLiteral(": ") + message;
}

} // namespace

Importer::Importer(const Database &database, ImportOptions options)
    : m_ownWriter(Writer::standard(database))
    , m_writer(m_ownWriter.get())
    , m_options(std::move(options))
{
}

Importer::Importer(Writer &writer, ImportOptions options)
    : m_writer(&writer)
    , m_options(std::move(options))
{
}

Importer::~Importer() = default;

const ImportFormats &Importer::formats()
{
    static const ImportFormats all = builtInFormats();
    return all;
}

const ImportFormat *Importer::format(const QString &id)
{
    for (const auto &f : formats()) {
        if (f->id() == id)
            return f.get();
    }
    return nullptr;
}

QStringList Importer::expandPaths(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QStringList inside;
            QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString f = it.next();
                if (!QFileInfo(f).fileName().startsWith(QLatin1Char('.')))
                    inside.append(f);
            }
            inside.sort();
            files += inside;
        } else {
            files.append(path);
        }
    }
    return files;
}

namespace {

bool cancelledBy(const std::atomic<bool> *cancel)
{
    return cancel && cancel->load();
}

// The first cells of a part's first non-blank record, for "not a layout Beamline knows".
QString firstColumns(const ProbeInfo &probe)
{
    QStringList header;
    for (const Record &r : probe.records) {
        if (!r.isBlank()) {
            for (const QString &cell : r.fields.mid(0, 6))
                header.append(ReadLimits::excerpt(cell, 40));
            break;
        }
    }
    return header.join(QStringLiteral(", "));
}

} // namespace

// One file's import: its parts (sheets, ZIP members) read in turn into one write.
class Importer::Run final
{
public:
    Run(const Importer &importer, ImportSource &source, ImportReport &report, const Progress &progress, const std::atomic<bool> *cancel,
        QSqlDatabase db, WriteScope *scope)
        : m_options(importer.m_options)
        , m_source(source)
        , m_report(report)
        , m_progress(progress)
        , m_cancel(cancel)
        , m_db(std::move(db))
        , m_scope(scope)
        , m_batches(m_db)
        , m_databaseSink(m_db)
        , m_profiles(ImportProfile::fromRecords(ImportProfileRepository(m_db).all()))
    {
        m_databaseSink.setScope(m_scope);
        m_zone = m_options.timeZone;
        if (!m_zone.isValid()) {
            const QTimeZone tz(SettingsRepository(m_db).value(SettingsRepository::TimeZone, QString()).toUtf8());
            m_zone = tz.isValid() ? tz : QTimeZone::systemTimeZone();
        }
    }

    // False when the file cannot be imported (report.error says why): nothing is kept.
    bool importParts()
    {
        const auto &parts = m_source.parts();
        int unknownParts = 0;
        for (int part = 0; part < parts.size(); ++part) {
            switch (importPart(part)) {
            case Outcome::Failed:
                return false;
            case Outcome::Unknown:
                ++unknownParts;
                break;
            case Outcome::Done:
                break;
            }
        }
        if (unknownParts == parts.size()) {
            m_report.error = located(m_report.fileName, 0, 0, tr("none of its %n sheet(s) or file(s) is a layout Beamline knows", nullptr,
                                                                 int(parts.size())));
            m_report.formats.append(QStringLiteral("unknown"));
            return false;
        }
        return true;
    }

private:
    enum class Outcome { Done, Unknown, Failed };

    bool fail(const QString &where, qint64 line, qint64 column, const QString &message)
    {
        m_report.error = located(where, line, column, message);
        return false;
    }

    bool failCancelled()
    {
        m_report.cancelled = true;
        m_report.error = tr("%1: the import was cancelled; nothing was changed").arg(m_report.fileName);
        return false;
    }

    QString partName(const ImportSource::Part &p) const
    {
        if (p.member.isEmpty())
            return m_report.fileName;
        return m_source.isWorkbook() ? QStringLiteral("%1[%2]").arg(m_report.fileName, p.name) : m_report.fileName + QLatin1Char('/') + p.member;
    }

    Outcome importPart(int part)
    {
        const ImportSource::Part &p = m_source.parts().at(part);
        const QString name = partName(p);
        const QString sha = m_source.sha256(part, m_cancel);
        if (cancelledBy(m_cancel))
            return failCancelled() ? Outcome::Done : Outcome::Failed;
        if (sha.isEmpty())
            return fail(name, 0, 0, m_source.error()) ? Outcome::Done : Outcome::Failed;
        if (const auto existing = m_batches.findActive(sha, p.member)) {
            m_report.alreadyImported = true;
            m_report.unchanged += existing->rowsAdded + existing->rowsUpdated + existing->rowsUnchanged;
            m_report.formats.append(existing->format);
            if (const ImportFormat *f = format(existing->format))
                m_report.formatNames.append(f->displayName());
            m_report.warnings.append(tr("%1: already imported on %2; nothing changed")
                                         .arg(name, QLocale().toString(existing->importedAt.toLocalTime(), QLocale::ShortFormat)));
            m_report.kinds.insert(kindOf(existing->format));
            return Outcome::Done;
        }

        RecordStream *raw = m_source.openPart(part);
        if (!raw)
            return fail(name, 0, 0, m_source.error()) ? Outcome::Done : Outcome::Failed;
        CsvReader *csv = m_source.csvReader();
        if (csv) {
            if (!csv->open())
                return fail(name, csv->error().line, csv->error().column, csv->error().message) ? Outcome::Done : Outcome::Failed;
            m_report.encoding = TextDecoder::name(csv->encoding());
        }
        PeekableStream stream(*raw);
        ProbeInfo probe;
        probe.fileName = p.member.isEmpty() ? m_report.fileName : p.name;
        probe.containerName = p.member.isEmpty() ? QString() : m_report.fileName;
        probe.memberPath = p.member.isEmpty() ? QString() : (m_source.isWorkbook() ? p.name : p.member);
        probe.worksheet = m_source.isWorkbook();
        if (csv) {
            probe.encoding = csv->encoding();
            probe.delimiter = csv->delimiter();
            probe.hadSepLine = csv->hadSepLine();
        }
        probe.records = ProbeInfo::collect(stream);
        if (raw->error().isError() && stream.buffered() == 0)
            return fail(name, raw->error().line, raw->error().column, raw->error().message) ? Outcome::Done : Outcome::Failed;

        // Matomo answers an empty report with this sentence instead of a table.
        if (probe.records.size() == 1 && probe.records.first().fields.size() == 1
            && probe.records.first().fields.first().trimmed() == QLatin1String("No data available")) {
            m_report.formats.append(QStringLiteral("matomo"));
            m_report.formatNames.append(format(QStringLiteral("matomo"))->displayName());
            m_report.warnings.append(tr("%1: Matomo exported an empty report (“No data available”); there is nothing to import").arg(name));
            return Outcome::Done;
        }
        if (probe.records.isEmpty()) {
            m_report.warnings.append(tr("%1: the file has no rows; there is nothing to import").arg(name));
            return Outcome::Done;
        }

        std::unique_ptr<ImportFormat> profileFormat;
        QString error;
        const ImportFormat *chosen = choose(probe, profileFormat, &error);
        if (!error.isEmpty())
            return fail(name, 0, 0, error) ? Outcome::Done : Outcome::Failed;
        if (!chosen && raw->error().isError()) {
            // Broke off while it was being looked at: damaged, not merely unknown.
            return fail(name, raw->error().line, raw->error().column, raw->error().message) ? Outcome::Done : Outcome::Failed;
        }
        if (!chosen) {
            // In a workbook or archive, the other sheets (LinkedIn's "Location",
            // "Seniority"...) are left out; a lone unknown file is an error.
            if (m_source.parts().size() > 1) {
                m_report.warnings.append(tr("%1: not a layout Beamline knows (first columns: %2); it was left out").arg(name, firstColumns(probe)));
                return Outcome::Unknown;
            }
            m_report.formats.append(QStringLiteral("unknown"));
            // How to map it is said by the caller: the window and the command line differ.
            return fail(name, 0, 0, tr("this export is not one Beamline recognises (its first columns are: %1)").arg(firstColumns(probe)))
                ? Outcome::Done
                : Outcome::Failed;
        }
        qCInfo(lcImport) << name << "detected as" << chosen->id();
        return read(p, name, sha, *chosen, profileFormat != nullptr, stream, *raw, probe) ? Outcome::Done : Outcome::Failed;
    }

    // Which format: forced, a saved mapping for this header, or the best detection.
    const ImportFormat *choose(const ProbeInfo &probe, std::unique_ptr<ImportFormat> &profileFormat, QString *error) const
    {
        const ImportFormat *chosen = nullptr;
        if (!m_options.format.isEmpty()) {
            chosen = format(m_options.format);
            for (const ImportProfile &profile : m_profiles) {
                if (!chosen && (m_options.format == profile.name || m_options.format == QStringLiteral("profile:") + profile.name)) {
                    profileFormat = std::make_unique<ProfileFormat>(profile);
                    chosen = profileFormat.get();
                }
            }
            if (!chosen)
                *error = tr("unknown format “%1”").arg(m_options.format);
            return chosen;
        }
        int best = 0;
        for (const ImportProfile &profile : m_profiles) {
            auto candidate = std::make_unique<ProfileFormat>(profile);
            const int score = candidate->detect(probe);
            if (score > best) {
                best = score;
                profileFormat = std::move(candidate);
                chosen = profileFormat.get();
            }
        }
        for (const auto &f : formats()) {
            const int score = f->detect(probe);
            if (score > best) {
                best = score;
                chosen = f.get();
                profileFormat.reset();
            }
        }
        return best < 50 ? nullptr : chosen;
    }

    bool read(const ImportSource::Part &p, const QString &name, const QString &sha, const ImportFormat &chosen, bool profile,
              PeekableStream &stream, RecordStream &raw, const ProbeInfo &probe)
    {
        ImportBatch batch;
        batch.fileName = p.member.isEmpty() ? m_report.fileName : QStringLiteral("%1 ▸ %2").arg(m_report.fileName, p.name);
        batch.filePath = QFileInfo(m_report.file).absoluteFilePath();
        batch.member = p.member;
        batch.sha256 = sha;
        batch.format = chosen.id();
        batch.capturedAt = QFileInfo(m_report.file).lastModified().toUTC();
        if (!m_options.preview) {
            batch.id = m_batches.insert(batch);
            m_databaseSink.beginBatch(batch.id, batch.sha256);
        }
        ImportSink &sink = m_options.preview ? static_cast<ImportSink &>(m_previewSink) : m_databaseSink;
        ImportContext context(sink, probe);
        context.timeZone = m_zone;
        context.capturedAt = batch.capturedAt;
        context.cancel = m_cancel;
        context.progress = m_progress;
        context.skipBadRows = m_options.skipBadRows || m_options.skipBadRowsIn.contains(m_report.file);
        context.givenPeriodStart = m_options.periodStart;
        context.givenPeriodEnd = m_options.periodEnd;
        // Formats may refine capturedAt (from the file name) before their first row.
        m_databaseSink.setCapturedAt(&context.capturedAt);

        const bool ok = chosen.read(stream, context);
        if (context.cancelled() || cancelledBy(m_cancel))
            return failCancelled();
        if (raw.error().isError())
            return fail(name, raw.error().line, raw.error().column,
                        raw.error().message + tr(" (%n complete row(s) before it)", nullptr, int(context.rowsRead)));
        if (!ok || context.failed()) {
            m_report.needsPeriod = context.needsPeriod();
            return fail(name, context.errorLine(), context.errorColumn(),
                        context.error().isEmpty() ? tr("the file could not be read") : context.error());
        }

        const QStringList warnings = count(name, chosen, profile, context, raw);
        if (m_options.preview) {
            m_report.accounts = m_previewSink.accounts();
            ChannelRepository channels(m_db);
            for (const ImportAccount &account : m_previewSink.namedAccounts()) {
                if (!channels.resolve(account.platform, account.handle) && !m_report.newAccounts.contains(account))
                    m_report.newAccounts.append(account);
            }
            return true;
        }
        finish(batch, chosen, context, warnings);
        return true;
    }

    // Adds a part's counts and messages to the report; returns the part's warnings.
    QStringList count(const QString &name, const ImportFormat &chosen, bool profile, const ImportContext &context, const RecordStream &raw)
    {
        const WriteCounts &counts = context.counts();
        const qint64 good = counts.added + counts.updated + counts.unchanged;
        QStringList warnings = raw.warnings() + context.warnings();
        if (counts.older > 0)
            warnings.append(tr("%n row(s) unchanged: a newer export already holds their figures, which were kept", nullptr, int(counts.older)));
        if (counts.skipped > 0 && !m_options.preview) // a preview lists them as rows that would be left out
            warnings.append(tr("%n row(s) that could not be read were left out, as asked", nullptr, int(counts.skipped)));
        if (good == 0 && counts.skipped == 0 && !context.leftOut())
            warnings.append(tr("no data rows"));
        for (const QString &row : context.skippedRows())
            m_report.skippedRows.append(name + QStringLiteral(":") + row);
        for (const QString &w : std::as_const(warnings))
            m_report.warnings.append(name + QStringLiteral(": ") + w);
        m_report.formats.append(chosen.id());
        m_report.formatNames.append(chosen.displayName());
        m_report.kinds.insert(profile ? ImportProfile::targetKey(static_cast<const ProfileFormat &>(chosen).profile().target)
                                      : kindOf(chosen.id()));
        m_report.rowsRead += context.rowsRead;
        m_report.added += counts.added;
        m_report.updated += counts.updated;
        m_report.unchanged += counts.unchanged;
        m_report.skipped += counts.skipped;
        m_report.older += counts.older;
        m_report.duplicates += counts.duplicates;
        if (context.periodStart().isValid() && (!m_report.periodStart.isValid() || context.periodStart() < m_report.periodStart))
            m_report.periodStart = context.periodStart();
        if (context.periodEnd().isValid() && (!m_report.periodEnd.isValid() || context.periodEnd() > m_report.periodEnd))
            m_report.periodEnd = context.periodEnd();
        return warnings;
    }

    // Completes the batch's record, and hands what it wrote to the derived tables.
    void finish(ImportBatch &batch, const ImportFormat &chosen, const ImportContext &context, const QStringList &warnings)
    {
        const WriteCounts &counts = context.counts();
        batch.format = chosen.id();
        batch.periodStart = context.periodStart();
        batch.periodEnd = context.periodEnd();
        batch.capturedAt = context.capturedAt;
        batch.rowsRead = context.rowsRead;
        batch.rowsAdded = counts.added;
        batch.rowsUpdated = counts.updated;
        batch.rowsUnchanged = counts.unchanged;
        batch.rowsSkipped = counts.skipped;
        batch.warnings = warnings;
        QJsonObject metadata = context.metadata;
        metadata.insert(QStringLiteral("encoding"), m_report.encoding);
        batch.metadata = QString::fromUtf8(QJsonDocument(metadata).toJson(QJsonDocument::Compact));
        m_batches.finish(batch);
        QVector<ImportBatchRepository::Column> columns;
        for (const ImportContext::Column &c : std::as_const(context.columns))
            columns.append({c.sourceName, c.role});
        m_batches.writeColumns(batch.id, columns);
        m_report.batchIds.append(batch.id);
        m_scope->derived().imports.append(m_databaseSink.takeWritten());
        m_scope->changed(ChangeSet::Kind::Batches, batch.id);
        m_scope->changed(ChangeSet::Kind::Figures);
        m_scope->changed(ChangeSet::Kind::Channels); // an import may add the account it speaks about
    }

    const ImportOptions &m_options;
    ImportSource &m_source;
    ImportReport &m_report;
    const Progress &m_progress;
    const std::atomic<bool> *m_cancel;
    QSqlDatabase m_db;
    WriteScope *m_scope;
    ImportBatchRepository m_batches;
    DatabaseSink m_databaseSink;
    PreviewSink m_previewSink;
    QVector<ImportProfile> m_profiles;
    QTimeZone m_zone;
};

ImportReport Importer::importFile(const QString &path, const Progress &progress, const std::atomic<bool> *cancel)
{
    ImportReport report;
    report.file = path;
    report.fileName = QFileInfo(path).fileName();

    ImportSource source(path);
    if (!source.open()) {
        report.error = located(report.fileName, 0, 0, source.error());
        return report;
    }
    if (source.kind() == ImportSource::Kind::Empty) {
        report.formats.append(QStringLiteral("empty"));
        report.warnings.append(tr("%1: the file is empty; there is nothing to import").arg(report.fileName));
        return report;
    }

    const QString purpose = QStringLiteral("import");
    try {
        ScopedConnection scoped(m_writer->database(), purpose);
        // A big transaction keeps its pages in memory rather than spilling them early:
        // 32 MiB of page cache for this connection only.
        Database::setCacheSize(scoped.connection(), 32 * 1024);
        if (m_options.preview) {
            Run(*this, source, report, progress, cancel, scoped.connection(), nullptr).importParts();
            return report;
        }
        // One write for the whole file: a part that fails leaves nothing of the others.
        const WriteResult result = m_writer->run(
            [&](WriteScope &scope) {
                if (!Run(*this, source, report, progress, cancel, scope.db(), &scope).importParts())
                    scope.abort();
                scope.onCommitted([&report](const WriteScope &committed) {
                    for (const DerivedUpdates::Import &import : committed.derived().imports)
                        report.linkedToPlan += import.linkedToPlan;
                });
            },
            purpose);
        if (!result.ok && !result.aborted) {
            report.error = located(report.fileName, 0, 0,
                                   result.busy ? tr("the workspace is locked by another program; nothing was imported")
                                               : tr("the workspace could not be written (%1); nothing was imported").arg(result.detail));
        }
        if (!result.ok)
            report.batchIds.clear();
    } catch (const DatabaseError &error) {
        // Opening the connection or reading the settings before the write began.
        report.error = located(report.fileName, 0, 0, tr("the workspace could not be read (%1); nothing was imported").arg(error.detail()));
        report.batchIds.clear();
    }
    return report;
}

} // namespace Beamline
