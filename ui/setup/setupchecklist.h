// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/workspace/workspace.h>

#include <QFrame>
#include <QPointer>

class QLabel;
class QPushButton;
class QToolButton;

namespace Beamline {

// The first steps of a new workspace, above every page until they are done (or the team
// hides the list): add the channels, create a series, import the exports. Each step has
// its button and shows a check mark once done. The demo and read-only workspaces have none.
class SetupChecklist final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetupChecklist)

public:
    enum class Step { Channels, Series, Imports };

    explicit SetupChecklist(QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    bool isDone(Step step) const;
    QPushButton *button(Step step) const;
    // Hides the list for this workspace (remembered in it).
    void dismiss();

Q_SIGNALS:
    void addChannelsRequested();
    void createSeriesRequested();
    void importRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void retranslate();

    QPointer<Workspace> m_workspace;
    QLabel *m_title;
    QLabel *m_text;
    QLabel *m_marks[3];
    QLabel *m_labels[3];
    QPushButton *m_buttons[3];
    QToolButton *m_close;
    bool m_done[3] = {false, false, false};
};

} // namespace Beamline
