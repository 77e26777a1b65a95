// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandsupport.h"

#include <core/db/databaseerror.h>
#include <core/domain/isotime.h>
#include <core/workspace/workspace.h>

#include <QDir>

namespace Beamline {

CommandSupport::CommandSupport(const QString &name, const QString &description)
    : m_name(name)
    , m_out(stdout)
    , m_err(stderr)
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    m_parser.addPositionalArgument(name, tr("The command."), name);
}

void CommandSupport::addRangeOptions()
{
    m_parser.addOption({QStringLiteral("from"), tr("First local day of the range."), QStringLiteral("YYYY-MM-DD")});
    m_parser.addOption({QStringLiteral("to"), tr("Last local day of the range (included)."), QStringLiteral("YYYY-MM-DD")});
}

void CommandSupport::addChannelOption()
{
    m_parser.addOption({QStringLiteral("channel"), tr("Only this channel's platform (x, facebook, instagram, linkedin, youtube)."), QStringLiteral("NAME")});
}

bool CommandSupport::parseChannel(std::optional<Platform> *only, int *exitCode)
{
    only->reset();
    if (!m_parser.isSet(QStringLiteral("channel")))
        return true;
    const QString name = m_parser.value(QStringLiteral("channel"));
    *only = Platforms::fromKey(name.trimmed().toLower());
    if (!*only || !Platforms::measured().contains(**only)) {
        *exitCode = usageError(tr("Unknown channel “%1”; use x, facebook, instagram, linkedin or youtube.").arg(name));
        return false;
    }
    return true;
}

bool CommandSupport::parseRange(QDate *from, QDate *to, int *exitCode)
{
    constexpr int MaxRangeDays = 3660;
    const QString fromText = m_parser.value(QStringLiteral("from"));
    const QString toText = m_parser.value(QStringLiteral("to"));
    if (fromText.isEmpty() || toText.isEmpty()) {
        *exitCode = usageError(tr("--from YYYY-MM-DD and --to YYYY-MM-DD are required."));
        return false;
    }
    *from = IsoTime::parseDay(fromText);
    *to = IsoTime::parseDay(toText);
    if (!from->isValid()) {
        *exitCode = usageError(tr("--from: “%1” is not a date like 2017-01-01.").arg(fromText));
        return false;
    }
    if (!to->isValid()) {
        *exitCode = usageError(tr("--to: “%1” is not a date like 2017-01-31.").arg(toText));
        return false;
    }
    if (*to < *from) {
        *exitCode = usageError(tr("--to (%1) is before --from (%2).").arg(toText, fromText));
        return false;
    }
    if (from->daysTo(*to) > MaxRangeDays) {
        *exitCode = usageError(tr("The range is longer than ten years; ask for less."));
        return false;
    }
    return true;
}

void CommandSupport::addDbOption()
{
    m_parser.addOption({QStringLiteral("db"), tr("The workspace FILE, or a team workspace's postgresql://USER@HOST:PORT/DBNAME (the password from ~/.pgpass or PGPASSWORD)."),
                        QStringLiteral("FILE|URI")});
}

bool CommandSupport::parse(const QStringList &arguments, int *exitCode)
{
    QStringList args = arguments;
    args.prepend(QCoreApplication::applicationFilePath());
    if (!m_parser.parse(args)) {
        *exitCode = usageError(m_parser.errorText());
        return false;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        m_out << m_parser.helpText();
        m_out.flush();
        *exitCode = 0;
        return false;
    }
    return true;
}

std::unique_ptr<Workspace> CommandSupport::openWorkspace(WorkspaceOpener::Mode mode, bool needWrite, int *exitCode)
{
    const QString path = m_parser.value(QStringLiteral("db"));
    if (path.isEmpty()) {
        *exitCode = usageError(tr("--db FILE|URI is required."));
        return nullptr;
    }
    WorkspaceOpener::Result result;
    auto workspace = Workspace::open(path, mode, &result);
    if (!workspace) {
        *exitCode = failure(result.message);
        return nullptr;
    }
    if (needWrite && workspace->isReadOnly()) {
        *exitCode = failure(result.message.isEmpty() ? tr("“%1” is read-only.").arg(QDir::toNativeSeparators(path)) : result.message);
        return nullptr;
    }
    if (!result.message.isEmpty())
        m_err << result.message << Qt::endl;
    return workspace;
}

int CommandSupport::usageError(const QString &message)
{
    m_err << QStringLiteral("beamline %1: ").arg(m_name) << message << Qt::endl;
    m_err << tr("Run “beamline %1 --help” for usage.").arg(m_name) << Qt::endl;
    return 2;
}

int CommandSupport::failure(const QString &message)
{
    m_err << QStringLiteral("beamline %1: ").arg(m_name) << message << Qt::endl;
    return 1;
}

int CommandSupport::databaseFailure(const DatabaseError &error)
{
    return failure(error.detail().isEmpty() ? error.message() : error.message() + QStringLiteral(": ") + error.detail());
}

void CommandSupport::printJson(const QJsonDocument &document)
{
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

} // namespace Beamline
