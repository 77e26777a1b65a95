// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/db/workspaceopener.h>

#include <QCommandLineParser>
#include <QDate>
#include <QJsonDocument>
#include <QTextStream>

#include <core/domain/platform.h>

#include <memory>
#include <optional>

namespace Beamline {

class DatabaseError;
class Workspace;

// Shared plumbing of the headless commands: output streams, the --db option, opening
// the workspace with a clear error, and usage errors.
class CommandSupport final
{
    Q_DECLARE_TR_FUNCTIONS(Beamline::CommandSupport)

public:
    CommandSupport(const QString &name, const QString &description);

    QCommandLineParser &parser() { return m_parser; }
    // Parses; on --help prints help and returns false with exitCode 0; on an error
    // prints it and returns false with exitCode 2.
    bool parse(const QStringList &arguments, int *exitCode);
    void addDbOption();
    // --from and --to: local days of a range, both required, at most ten years apart.
    void addRangeOptions();
    // False (after a usage error, exitCode 2) when either is missing, not a date or out of order.
    bool parseRange(QDate *from, QDate *to, int *exitCode);
    // --channel NAME: one measured platform (not --platform: QGuiApplication takes that name).
    void addChannelOption();
    // False (after a usage error, exitCode 2) for a name that is no measured platform; *only
    // stays empty without the option.
    bool parseChannel(std::optional<Platform> *only, int *exitCode);
    std::unique_ptr<Workspace> openWorkspace(WorkspaceOpener::Mode mode, bool needWrite, int *exitCode);

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    int usageError(const QString &message);
    int failure(const QString &message);
    // A database error as the commands report it (message and detail), exit code 1.
    int databaseFailure(const DatabaseError &error);
    void printJson(const QJsonDocument &document);

private:
    QString m_name;
    QCommandLineParser m_parser;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace Beamline
