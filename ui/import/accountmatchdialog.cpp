// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountmatchdialog.h"

#include <core/services/setupservice.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace Beamline {

namespace {

QString simplified(const QString &name)
{
    QString s = name.toLower();
    s.remove(QLatin1Char(' '));
    s.remove(QLatin1Char('@'));
    return s;
}

QString accountText(const ImportAccount &account)
{
    if (!account.displayName.isEmpty() && account.displayName != account.handle)
        return AccountMatchDialog::tr("%1 account “%2” (%3)").arg(Platforms::displayName(account.platform), account.displayName, account.handle);
    return AccountMatchDialog::tr("%1 account “%2”").arg(Platforms::displayName(account.platform), account.handle);
}

} // namespace

QList<ImportAccount> AccountMatchDialog::accountsToAsk(const QSqlDatabase &db, const QList<ImportAccount> &newAccounts)
{
    // On an error nothing is asked: each account gets a channel of its own, as before.
    const SetupService setup(db);
    const QVector<Channel> channels = setup.channels().valueOr({});
    const QList<ImportAccount> unknown = setup.unknownAccounts(newAccounts).valueOr({});
    QList<ImportAccount> result;
    for (const ImportAccount &account : unknown) {
        const bool platformHasChannels = std::any_of(channels.cbegin(), channels.cend(), [&](const Channel &c) { return c.platform == account.platform; });
        const bool seen = std::any_of(result.cbegin(), result.cend(), [&](const ImportAccount &a) {
            return a.platform == account.platform && SetupService::normalisedAccount(a.handle) == SetupService::normalisedAccount(account.handle);
        });
        if (platformHasChannels && !seen)
            result.append(account);
    }
    return result;
}

qint64 AccountMatchDialog::likelyChannel(const QVector<Channel> &channels, const ImportAccount &account)
{
    qint64 only = 0;
    int count = 0;
    for (const Channel &c : channels) {
        if (c.platform != account.platform)
            continue;
        ++count;
        only = c.id;
        const QString name = simplified(account.displayName);
        if (!name.isEmpty() && (simplified(c.displayName) == name || simplified(c.handle) == name))
            return c.id;
    }
    return count == 1 ? only : 0;
}

AccountMatchDialog::AccountMatchDialog(const QSqlDatabase &db, const QList<ImportAccount> &accounts, QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
{
    setObjectName(QStringLiteral("accountMatchDialog"));
    setWindowTitle(tr("Which Channel Is It?"));
    const QVector<Channel> channels = SetupService(db).channels().valueOr({});

    auto *intro = new QLabel(tr("These exports name %n account(s) that none of your channels has. Say which channel each one is, "
                                "or keep it apart as a new channel. Beamline remembers the answer for later imports.",
                                nullptr, int(accounts.size())),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    for (const ImportAccount &account : accounts) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("choice-%1").arg(m_choices.size()));
        for (const Channel &c : std::as_const(channels)) {
            if (c.platform == account.platform)
                combo->addItem(tr("It is “%1” (%2)").arg(c.label(), c.handle), c.id);
        }
        combo->addItem(tr("A new channel of its own"), qint64(0));
        combo->setCurrentIndex(qMax(0, combo->findData(likelyChannel(channels, account))));
        auto *label = new QLabel(accountText(account), this);
        label->setWordWrap(true);
        label->setBuddy(combo);
        form->addRow(label, combo);
        m_choices.append(combo);
    }
    auto *fields = new QWidget(this);
    fields->setLayout(form);
    // A long list scrolls; a short one takes only the room it needs.
    QWidget *body = fields;
    if (accounts.size() > 6) {
        auto *scroll = new QScrollArea(this);
        scroll->setWidget(fields);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        body = scroll;
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Continue"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel the Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(body, 1);
    layout->addWidget(buttons);
    resize(qMax(600, sizeHint().width()), accounts.size() > 6 ? 520 : sizeHint().height());
}

qint64 AccountMatchDialog::choice(int index) const
{
    return m_choices.value(index) ? m_choices.at(index)->currentData().toLongLong() : 0;
}

void AccountMatchDialog::setChoice(int index, qint64 channelId)
{
    if (QComboBox *combo = m_choices.value(index))
        combo->setCurrentIndex(qMax(0, combo->findData(channelId)));
}

} // namespace Beamline
