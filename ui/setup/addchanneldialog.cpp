// SPDX-License-Identifier: GPL-3.0-or-later
#include "addchanneldialog.h"

#include <core/services/setupservice.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Beamline {

AddChannelDialog::AddChannelDialog(const QSqlDatabase &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_platform(new QComboBox(this))
    , m_handle(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_limit(new QSpinBox(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Add Channel"));
    setObjectName(QStringLiteral("addChannelDialog"));
    for (Platform p : Platforms::measured() + QList<Platform>{Platform::Other})
        m_platform->addItem(Platforms::displayName(p), Platforms::key(p));
    m_handle->setObjectName(QStringLiteral("handle"));
    m_name->setObjectName(QStringLiteral("name"));
    m_limit->setRange(0, 100000);
    m_limit->setSingleStep(100);
    m_limit->setGroupSeparatorShown(true);

    auto *intro = new QLabel(tr("A channel is an account the team posts on. Its handle is the name or ID the platform's exports "
                                "give it, so that imported figures land on this channel."), this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Platform:"), m_platform);
    form->addRow(tr("&Handle or ID:"), m_handle);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Character &limit:"), m_limit);
    m_problem->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("problem"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Add Channel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    const auto platformChanged = [this] {
        const Platform p = Platforms::fromKey(m_platform->currentData().toString()).value_or(Platform::Other);
        const int limit = Platforms::characterLimit(p);
        m_limit->setSpecialValueText(limit > 0 ? tr("%1's (%2)").arg(Platforms::displayName(p), QLocale().toString(limit))
                                               : tr("None"));
        m_handle->setPlaceholderText(p == Platform::Facebook ? tr("the page's name or ID, e.g. ExamplePhysicsLab")
                                     : p == Platform::YouTube ? tr("the channel's name or handle")
                                                              : tr("e.g. lhclab, without @"));
        m_name->setPlaceholderText(tr("what the team calls it, e.g. “LHC Lab”"));
        validate();
    };
    connect(m_platform, &QComboBox::currentIndexChanged, this, platformChanged);
    connect(m_handle, &QLineEdit::textChanged, this, &AddChannelDialog::validate);
    platformChanged();
    setMinimumWidth(460);
    m_handle->setFocus();
}

Channel AddChannelDialog::channel() const
{
    Channel c;
    c.platform = Platforms::fromKey(m_platform->currentData().toString()).value_or(Platform::Other);
    c.handle = m_handle->text().trimmed();
    if (c.handle.startsWith(QLatin1Char('@')))
        c.handle.remove(0, 1);
    c.displayName = m_name->text().trimmed();
    if (m_limit->value() > 0)
        c.charLimit = m_limit->value();
    return c;
}

void AddChannelDialog::setChannel(Platform platform, const QString &handle, const QString &name)
{
    m_platform->setCurrentIndex(m_platform->findData(Platforms::key(platform)));
    m_handle->setText(handle);
    m_name->setText(name);
}

QString AddChannelDialog::problem() const
{
    return m_problem->text();
}

void AddChannelDialog::validate()
{
    QString problem;
    if (!m_handle->text().trimmed().isEmpty()) {
        const Result<QString> check = SetupService(m_db).checkChannel(channel());
        problem = check ? *check : check.error().message;
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_ok->setEnabled(problem.isEmpty() && !m_handle->text().trimmed().isEmpty());
}

} // namespace Beamline
