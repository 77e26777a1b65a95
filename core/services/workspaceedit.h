// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Beamline {

class WriteScope;

// A user-visible change of the workspace that can be written and taken back exactly: the state
// an undo command keeps (ui/commands), without the undo stack, so that it is tested headless.
// apply() runs inside a write of the Writer and throws DatabaseError (the write then rolls
// back); it marks what it changed on the scope (the typed change event).
class WorkspaceEdit
{
public:
    virtual ~WorkspaceEdit() = default;
    // forward: writes the change; otherwise takes it back.
    virtual void apply(WriteScope &scope, bool forward) = 0;
};

} // namespace Beamline
