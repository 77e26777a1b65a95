// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/import/importformat.h>

// Factories of the built-in formats, one per platform family.
namespace Beamline {

void addXFormats(ImportFormats &formats);
void addMetaFormats(ImportFormats &formats);
void addWebFormats(ImportFormats &formats);
void addYouTubeFormats(ImportFormats &formats);
void addLinkedInFormats(ImportFormats &formats);
void addListeningFormats(ImportFormats &formats);

} // namespace Beamline
