// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importcontext.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace Beamline {

class PeekableStream;

// The translation context of the formats' names and messages: FormatMessages::tr() is what
// lupdate extracts and what is looked up at run time, for every format alike.
class FormatMessages final
{
    Q_DECLARE_TR_FUNCTIONS(Beamline::ImportFormats)
};

// One kind of export Beamline understands (X tweet activity, GA4, Meltwater...).
class ImportFormat
{
public:
    virtual ~ImportFormat() = default;

    // Stable key stored with each import batch and accepted by "import --format".
    virtual QString id() const = 0;
    virtual QString displayName() const = 0;
    // The UI languages whose exports the format reads (ISO 639-1 codes), for --list-formats.
    virtual QStringList languages() const { return {QStringLiteral("en")}; }
    // 0: not this format. Higher is more certain (content signals up to 100; the file
    // name only breaks ties).
    virtual int detect(const ProbeInfo &probe) const = 0;
    // Reads the whole input into the context's sink. Returns false (with
    // context.fail(...)) on a structural error; nothing is then kept.
    virtual bool read(PeekableStream &stream, ImportContext &context) const = 0;
};

using ImportFormats = std::vector<std::unique_ptr<ImportFormat>>;

// The built-in formats, in detection order.
ImportFormats builtInFormats();

} // namespace Beamline
