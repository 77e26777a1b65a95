// SPDX-License-Identifier: GPL-3.0-or-later
#include "newworkspacedialog.h"

#include <ui/widgets/timezonecombo.h>

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Beamline {

NewWorkspaceDialog::NewWorkspaceDialog(const QString &name, const QTimeZone &zone, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(name, this))
    , m_zone(new TimeZoneCombo(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("newWorkspace"));
    setWindowTitle(tr("New Workspace"));
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("e.g. LHC Lab social media"));
    m_zone->setObjectName(QStringLiteral("zone"));
    m_zone->setZone(zone);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->setWordWrap(true);

    auto *intro = new QLabel(tr("Name the workspace and say where the team works: the calendar, the lists and the reports show "
                                "times in that zone, and new series start in it. Both can be changed later under "
                                "Settings ▸ Workspace."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Time zone:"), m_zone);
    form->addRow(QString(), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Later"));
    buttons->button(QDialogButtonBox::Cancel)->setToolTip(tr("Keep the file's name and this computer's time zone for now"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_zone, &TimeZoneCombo::zoneChosen, this, &NewWorkspaceDialog::updateNote);
    connect(m_zone, &QComboBox::currentIndexChanged, this, &NewWorkspaceDialog::updateNote);
    updateNote();
    m_name->selectAll(); // typing replaces the file's name
    setMinimumWidth(460);
}

QString NewWorkspaceDialog::name() const
{
    return m_name->text().trimmed();
}

QTimeZone NewWorkspaceDialog::zone() const
{
    return m_zone->zone();
}

void NewWorkspaceDialog::updateNote()
{
    m_note->setText(tr("It is %1 there now.")
                        .arg(QLocale().toString(QDateTime::currentDateTimeUtc().toTimeZone(zone()), QLocale::ShortFormat)));
}

} // namespace Beamline
