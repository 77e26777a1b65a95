// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/entities.h>
#include <core/import/importsink.h>

#include <QDialog>
#include <QSqlDatabase>
#include <QVector>

class QComboBox;

namespace Beamline {

// Asked once before an import whose files name accounts no channel has, when the
// workspace already has channels on those platforms: is "104512345678901" the Facebook page
// the team set up as "LHC Lab", or a channel of its own? An answer "it is that channel" is
// remembered as an alias of it (AttachAccountCommand), so the question does not come back.
class AccountMatchDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountMatchDialog)

public:
    // `accounts`: the accounts to ask about (see accountsToAsk()).
    AccountMatchDialog(const QSqlDatabase &db, const QList<ImportAccount> &accounts, QWidget *parent = nullptr);

    QList<ImportAccount> accounts() const { return m_accounts; }
    // The channel each account stands for, or 0 for "a new channel".
    qint64 choice(int index) const;
    void setChoice(int index, qint64 channelId);

    // The accounts worth asking about: unknown to the workspace, on a platform where it has
    // channels already (on another one there is nothing to confuse them with). One each.
    static QList<ImportAccount> accountsToAsk(const QSqlDatabase &db, const QList<ImportAccount> &newAccounts);
    // The channel most likely meant: the one whose name or handle is the account's name,
    // else the only one of the platform; 0 when it cannot be guessed.
    static qint64 likelyChannel(const QVector<Channel> &channels, const ImportAccount &account);

private:
    QList<ImportAccount> m_accounts;
    QList<QComboBox *> m_choices;
};

} // namespace Beamline
