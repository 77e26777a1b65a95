// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "columnmap.h"
#include "importformat.h"
#include "values.h"

#include <core/domain/importprofilerecord.h>

#include <QJsonObject>
#include <QString>
#include <QVector>

namespace Beamline {

// A user's column mapping for a file Beamline does not know, saved under a name and
// applied automatically when a file with the same header arrives again.
struct ImportProfile {
    enum class Target { Posts, Daily, Web, Mentions };

    struct Column {
        QString header;   // the column's name in the file
        QString role;     // canonical role ("post.id", "metric:likes", "day", "web:sessions"...); empty: ignored
        ColumnSpec::Kind kind = ColumnSpec::Kind::Number;
        double scale = 1;

        bool operator==(const Column &) const = default;
    };

    qint64 id = 0;
    QString name;
    QString headerSignature; // ColumnMap::signature of the header record
    Target target = Target::Posts;
    Platform platform = Platform::Other;
    QString channelHandle;   // empty: the platform's main account
    Values::DateLayout dateLayout = Values::DateLayout::Iso;
    QChar decimal = QLatin1Char('.');
    QString timeZone;        // IANA id; empty: the workspace's
    QString report;          // web: the breakdown ("source_medium", "page"...)
    QString tool;            // mentions: the tool's name
    QVector<Column> columns;

    bool operator==(const ImportProfile &) const = default;

    QJsonObject toJson() const;
    static ImportProfile fromJson(const QJsonObject &object);
    // The mapping as stored (ImportProfileRepository), and back.
    ImportProfileRecord toRecord() const;
    static ImportProfile fromRecord(const ImportProfileRecord &record);
    static QVector<ImportProfile> fromRecords(const QVector<ImportProfileRecord> &records);
    static QString targetKey(Target target);
    static QString layoutKey(Values::DateLayout layout);
    static std::optional<Values::DateLayout> layoutFromKey(const QString &key);
    static QString kindKey(ColumnSpec::Kind kind);
    static ColumnSpec::Kind kindFromKey(const QString &key);

    // The roles a user can give a column for a target, with the kind they expect.
    static QStringList rolesFor(Target target);
};

// Reads files with a user's mapping.
class ProfileFormat final : public ImportFormat
{
public:
    explicit ProfileFormat(ImportProfile profile) : m_profile(std::move(profile)) {}

    QString id() const override { return QStringLiteral("profile:") + m_profile.name; }
    QString displayName() const override;
    int detect(const ProbeInfo &probe) const override;
    bool read(PeekableStream &stream, ImportContext &context) const override;

    const ImportProfile &profile() const { return m_profile; }

private:
    ImportProfile m_profile;
};

} // namespace Beamline
