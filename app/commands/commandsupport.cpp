// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandsupport.h"

#include <core/db/databaseerror.h>
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

void CommandSupport::addDbOption()
{
    m_parser.addOption({QStringLiteral("db"), tr("The workspace FILE."), QStringLiteral("FILE")});
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
        *exitCode = usageError(tr("--db FILE is required."));
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
