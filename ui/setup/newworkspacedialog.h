// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QTimeZone>

class QLabel;
class QLineEdit;

namespace Beamline {

class TimeZoneCombo;

// Asked once, when a workspace has just been created: its name and the time zone the team
// works in (the machine's, at first). Both can be changed later under Settings ▸ Workspace.
class NewWorkspaceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewWorkspaceDialog)

public:
    NewWorkspaceDialog(const QString &name, const QTimeZone &zone, QWidget *parent = nullptr);

    QString name() const;
    QTimeZone zone() const;
    QLineEdit *nameField() const { return m_name; }
    TimeZoneCombo *zoneField() const { return m_zone; }

private:
    void updateNote();

    QLineEdit *m_name;
    TimeZoneCombo *m_zone;
    QLabel *m_note;
};

} // namespace Beamline
