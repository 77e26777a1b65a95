// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace Beamline {

// A saved column mapping as stored: its name, the header it was made for and its definition
// as data. The import layer turns it into the mapping it reads files with
// (ImportProfile::fromRecord), so storage does not depend on the readers.
struct ImportProfileRecord {
    qint64 id = 0;
    QString name;
    QString headerSignature; // ColumnMap::signature of the header record
    QJsonObject definition; // the rest of the mapping (ImportProfile::toJson)

    bool operator==(const ImportProfileRecord &) const = default;
};

} // namespace Beamline
