// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"

#include "csvreader.h"
#include "databasesink.h"
#include "formats/formats.h"
#include "importprofile.h"
#include "importsource.h"
#include "postmatcher.h"
#include "readlimits.h"

#include <core/analytics/mentiondays.h>
#include <core/analytics/webchanneldays.h>
#include <core/db/database.h>
#include <core/db/databaseerror.h>
#include <core/db/importbatchrepository.h>
#include <core/db/importprofilerepository.h>
#include <core/db/scopedtransaction.h>
#include <core/db/settingsrepository.h>

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
    : m_database(database)
    , m_options(std::move(options))
{
}

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

    try {
        ScopedConnection scoped(m_database, QStringLiteral("import"));
        const QSqlDatabase db = scoped.connection();
        // A big transaction keeps its pages in memory rather than spilling them early:
        // 32 MiB of page cache for this connection only.
        Database::setCacheSize(db, 32 * 1024);
        ImportBatchRepository batches(db);
        const QTimeZone zone = m_options.timeZone.isValid() ? m_options.timeZone : [&] {
            const QTimeZone tz(SettingsRepository(db).value(SettingsRepository::TimeZone, QString()).toUtf8());
            return tz.isValid() ? tz : QTimeZone::systemTimeZone();
        }();
        std::unique_ptr<ScopedTransaction> transaction;
        if (!m_options.preview)
            transaction = std::make_unique<ScopedTransaction>(db);
        DatabaseSink databaseSink(db);
        PreviewSink previewSink;
        ImportSink &sink = m_options.preview ? static_cast<ImportSink &>(previewSink) : databaseSink;
        const QVector<ImportProfile> profiles = ImportProfileRepository(db).all();

        const auto &parts = source.parts();
        int unknownParts = 0;
        for (int part = 0; part < parts.size(); ++part) {
            const ImportSource::Part &p = parts.at(part);
            const QString partName = p.member.isEmpty() ? report.fileName
                : source.isWorkbook() ? QStringLiteral("%1[%2]").arg(report.fileName, p.name)
                                                                 : report.fileName + QLatin1Char('/') + p.member;

            const QString sha = source.sha256(part, cancel);
            if (cancel && cancel->load()) {
                report.cancelled = true;
                report.error = tr("%1: the import was cancelled; nothing was changed").arg(report.fileName);
                return report;
            }
            if (sha.isEmpty()) {
                report.error = located(partName, 0, 0, source.error());
                return report;
            }
            const QString member = p.member;
            if (const auto existing = batches.findActive(sha, member)) {
                report.alreadyImported = true;
                report.unchanged += existing->rowsAdded + existing->rowsUpdated + existing->rowsUnchanged;
                report.formats.append(existing->format);
                if (const ImportFormat *f = format(existing->format))
                    report.formatNames.append(f->displayName());
                report.warnings.append(tr("%1: already imported on %2; nothing changed")
                                           .arg(partName, QLocale().toString(existing->importedAt.toLocalTime(), QLocale::ShortFormat)));
                report.kinds.insert(kindOf(existing->format));
                continue;
            }

            RecordStream *raw = source.openPart(part);
            if (!raw) {
                report.error = located(partName, 0, 0, source.error());
                return report;
            }
            if (CsvReader *csv = source.csvReader()) {
                if (!csv->open()) {
                    report.error = located(partName, csv->error().line, csv->error().column, csv->error().message);
                    return report;
                }
                report.encoding = TextDecoder::name(csv->encoding());
            }
            PeekableStream stream(*raw);
            ProbeInfo probe;
            probe.fileName = p.member.isEmpty() ? report.fileName : p.name;
            probe.containerName = p.member.isEmpty() ? QString() : report.fileName;
            probe.memberPath = p.member.isEmpty() ? QString() : (source.isWorkbook() ? p.name : p.member);
            probe.worksheet = source.isWorkbook();
            if (CsvReader *csv = source.csvReader()) {
                probe.encoding = csv->encoding();
                probe.delimiter = csv->delimiter();
                probe.hadSepLine = csv->hadSepLine();
            }
            probe.records = ProbeInfo::collect(stream);
            if (raw->error().isError() && stream.buffered() == 0) {
                report.error = located(partName, raw->error().line, raw->error().column, raw->error().message);
                return report;
            }

            // Matomo answers an empty report with this sentence instead of a table.
            if (probe.records.size() == 1 && probe.records.first().fields.size() == 1
                && probe.records.first().fields.first().trimmed() == QLatin1String("No data available")) {
                report.formats.append(QStringLiteral("matomo"));
                report.formatNames.append(format(QStringLiteral("matomo"))->displayName());
                report.warnings.append(tr("%1: Matomo exported an empty report (“No data available”); there is nothing to import").arg(partName));
                continue;
            }
            if (probe.records.isEmpty()) {
                report.warnings.append(tr("%1: the file has no rows; there is nothing to import").arg(partName));
                continue;
            }

            // Which format: forced, a saved mapping for this header, or the best detection.
            std::unique_ptr<ImportFormat> profileFormat;
            const ImportFormat *chosen = nullptr;
            if (!m_options.format.isEmpty()) {
                chosen = format(m_options.format);
                for (const ImportProfile &profile : profiles) {
                    if (!chosen && (m_options.format == profile.name || m_options.format == QStringLiteral("profile:") + profile.name)) {
                        profileFormat = std::make_unique<ProfileFormat>(profile);
                        chosen = profileFormat.get();
                    }
                }
                if (!chosen) {
                    report.error = located(partName, 0, 0, tr("unknown format “%1”").arg(m_options.format));
                    return report;
                }
            } else {
                int best = 0;
                for (const ImportProfile &profile : profiles) {
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
                    }
                }
                if (best < 50)
                    chosen = nullptr;
            }
            if (!chosen && raw->error().isError()) {
                // Broke off while it was being looked at: damaged, not merely unknown.
                report.error = located(partName, raw->error().line, raw->error().column, raw->error().message);
                return report;
            }
            if (!chosen) {
                QStringList header;
                for (const Record &r : std::as_const(probe.records)) {
                    if (!r.isBlank()) {
                        for (const QString &cell : r.fields.mid(0, 6))
                            header.append(ReadLimits::excerpt(cell, 40));
                        break;
                    }
                }
                // In a workbook or archive, the other sheets (LinkedIn's "Location",
                // "Seniority"...) are left out; a lone unknown file is an error.
                if (parts.size() > 1) {
                    report.warnings.append(tr("%1: not a layout Beamline knows (first columns: %2); it was left out")
                                               .arg(partName, header.join(QStringLiteral(", "))));
                    ++unknownParts;
                    continue;
                }
                report.error = located(partName, 0, 0, tr("this export is not one Beamline recognises (its first columns are: %1); "
                                                          "map its columns in the import dialog, or pass --format")
                                                           .arg(header.join(QStringLiteral(", "))));
                report.formats.append(QStringLiteral("unknown"));
                return report;
            }
            qCInfo(lcImport) << partName << "detected as" << chosen->id();

            ImportBatch batch;
            batch.fileName = p.member.isEmpty() ? report.fileName : QStringLiteral("%1 ▸ %2").arg(report.fileName, p.name);
            batch.filePath = QFileInfo(path).absoluteFilePath();
            batch.member = member;
            batch.sha256 = sha;
            batch.format = chosen->id();
            batch.capturedAt = QFileInfo(path).lastModified().toUTC();
            if (!m_options.preview) {
                batch.id = batches.insert(batch);
                databaseSink.beginBatch(batch.id, batch.sha256);
            }

            ImportContext context(sink, probe);
            context.timeZone = zone;
            context.capturedAt = batch.capturedAt;
            context.cancel = cancel;
            context.progress = progress;
            context.skipBadRows = m_options.skipBadRows;
            context.givenPeriodStart = m_options.periodStart;
            context.givenPeriodEnd = m_options.periodEnd;
            // Formats may refine capturedAt (from the file name) before their first row.
            databaseSink.setCapturedAt(&context.capturedAt);

            const bool ok = chosen->read(stream, context);
            if (context.cancelled() || (cancel && cancel->load())) {
                report.cancelled = true;
                report.error = tr("%1: the import was cancelled; nothing was changed").arg(report.fileName);
                return report;
            }
            if (raw->error().isError()) {
                report.error = located(partName, raw->error().line, raw->error().column,
                                       raw->error().message + tr(" (%n complete row(s) before it)", nullptr, int(context.rowsRead)));
                return report;
            }
            if (!ok || context.failed()) {
                report.needsPeriod = context.needsPeriod();
                report.error = located(partName, context.errorLine(), context.errorColumn(),
                                       context.error().isEmpty() ? tr("the file could not be read") : context.error());
                return report;
            }
            const WriteCounts &counts = context.counts();
            const qint64 good = counts.added + counts.updated + counts.unchanged;

            QStringList warnings = raw->warnings() + context.warnings();
            if (counts.older > 0)
                warnings.append(tr("%n row(s) unchanged: a newer export already holds their figures, which were kept", nullptr, int(counts.older)));
            if (counts.skipped > 0)
                warnings.append(tr("%n row(s) that could not be read were left out, as asked", nullptr, int(counts.skipped)));
            if (good == 0 && counts.skipped == 0 && !context.leftOut())
                warnings.append(tr("no data rows"));
            for (const QString &row : context.skippedRows())
                report.skippedRows.append(partName + QStringLiteral(":") + row);
            for (const QString &w : std::as_const(warnings))
                report.warnings.append(partName + QStringLiteral(": ") + w);
            report.formats.append(chosen->id());
            report.formatNames.append(chosen->displayName());
            report.kinds.insert(profileFormat ? ImportProfile::targetKey(static_cast<const ProfileFormat *>(chosen)->profile().target)
                                              : kindOf(chosen->id()));
            report.rowsRead += context.rowsRead;
            report.added += counts.added;
            report.updated += counts.updated;
            report.unchanged += counts.unchanged;
            report.skipped += counts.skipped;
            report.older += counts.older;
            report.duplicates += counts.duplicates;
            if (context.periodStart().isValid() && (!report.periodStart.isValid() || context.periodStart() < report.periodStart))
                report.periodStart = context.periodStart();
            if (context.periodEnd().isValid() && (!report.periodEnd.isValid() || context.periodEnd() > report.periodEnd))
                report.periodEnd = context.periodEnd();
            if (m_options.preview) {
                report.accounts = previewSink.accounts();
                continue;
            }

            batch.format = chosen->id();
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
            metadata.insert(QStringLiteral("encoding"), report.encoding);
            batch.metadata = QString::fromUtf8(QJsonDocument(metadata).toJson(QJsonDocument::Compact));
            batches.finish(batch);
            QVector<ImportBatchRepository::Column> columns;
            for (const ImportContext::Column &c : std::as_const(context.columns))
                columns.append({c.sourceName, c.role});
            batches.writeColumns(batch.id, columns);
            report.batchIds.append(batch.id);
            report.linkedToPlan += PostMatcher(db).matchBatch(batch.id).linkedToPlan;
            if (const auto webChanges = databaseSink.takeWebChanges())
                WebChannelDays(db).refreshAfterImport(batch.id, *webChanges);
            if (const auto mentionDays = databaseSink.takeMentionDays()) {
                MentionDays counts(db);
                QString first = mentionDays->first, last = mentionDays->last;
                if (mentionDays->replaced) {
                    // A replaced mention may have moved to another day: recount the days of both.
                    if (const auto span = counts.spanOfBatch(batch.id)) {
                        first = qMin(first, span->first);
                        last = qMax(last, span->last);
                    }
                }
                counts.refreshAfterImport(batch.id, first, last);
            }
        }
        if (unknownParts == parts.size()) {
            report.error = located(report.fileName, 0, 0, tr("none of its %n sheet(s) or file(s) is a layout Beamline knows", nullptr,
                                                             int(parts.size())));
            report.formats.append(QStringLiteral("unknown"));
            return report;
        }
        if (transaction)
            transaction->commit();
    } catch (const DatabaseError &error) {
        report.error = located(report.fileName, 0, 0,
                               error.isBusy() ? tr("the workspace is locked by another program; nothing was imported")
                                              : tr("the workspace could not be written (%1); nothing was imported").arg(error.detail()));
        report.batchIds.clear();
    }
    return report;
}

} // namespace Beamline
