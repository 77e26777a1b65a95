// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "commandsupport.h"

#include <core/demo/demogenerator.h>

#include <QDir>

namespace Beamline::Commands {

int demo(const QStringList &arguments)
{
    CommandSupport cmd(QStringLiteral("demo"),
                       CommandSupport::tr("Create the demo workspace, synthetic data modelled on a lab's #WhatsUpLHC campaign, "
                                          "in FILE. An existing demo workspace is kept; any other file is refused."));
    cmd.parser().addPositionalArgument(QStringLiteral("FILE"), CommandSupport::tr("The workspace file to create."));
    int code = 0;
    if (!cmd.parse(arguments, &code))
        return code;
    const QStringList positional = cmd.parser().positionalArguments().mid(1);
    if (positional.size() != 1)
        return cmd.usageError(CommandSupport::tr("Give exactly one FILE."));
    QString error;
    if (!DemoGenerator::createWorkspace(positional.first(), &error))
        return cmd.failure(error);
    cmd.out() << CommandSupport::tr("Created the demo workspace “%1”.").arg(QDir::toNativeSeparators(positional.first())) << Qt::endl;
    return 0;
}

} // namespace Beamline::Commands
