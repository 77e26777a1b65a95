// SPDX-License-Identifier: GPL-3.0-or-later
#include "result.h"

#include <core/workspace/writer.h>

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcServices, "beamline.services", QtWarningMsg)

namespace Beamline {

ServiceError ServiceError::from(const DatabaseError &error)
{
    ServiceError e;
    e.message = error.message();
    e.detail = error.detail();
    e.busy = error.isBusy();
    e.conflict = dynamic_cast<const EditConflict *>(&error) != nullptr;
    return e;
}

ServiceError ServiceError::from(const WriteResult &result)
{
    ServiceError e;
    e.message = result.message.isEmpty() ? QCoreApplication::translate("Beamline::Services", "The change was not written.")
                                         : result.message;
    e.detail = result.detail;
    e.busy = result.busy;
    e.conflict = result.conflict;
    return e;
}

QString ServiceError::text() const
{
    if (detail.isEmpty() || detail == message)
        return message;
    return message + QStringLiteral(": ") + detail;
}

namespace Services {

ServiceError unexpectedError(const char *what)
{
    qCWarning(lcServices) << "unexpected error:" << what;
    ServiceError e;
    e.message = QCoreApplication::translate("Beamline::Services", "Something went wrong while reading the workspace.");
    e.detail = QString::fromLocal8Bit(what);
    return e;
}

Result<void> write(Writer *writer, const std::function<void(WriteScope &)> &work)
{
    if (!writer) {
        ServiceError e;
        e.message = QCoreApplication::translate("Beamline::Services", "This workspace is open for reading only.");
        return e;
    }
    const WriteResult result = writer->run(work);
    if (!result.ok)
        return ServiceError::from(result);
    return {};
}

} // namespace Services

} // namespace Beamline
