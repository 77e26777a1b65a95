// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/entities.h>

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Beamline {

// Asks for a new channel: platform, handle (as the exports give it), the name the team
// uses and, rarely, its own character limit. Says at once when the handle is taken.
class AddChannelDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddChannelDialog)

public:
    explicit AddChannelDialog(const QSqlDatabase &db, QWidget *parent = nullptr);

    Channel channel() const;
    // For tests and scripted use: fill the form as a user would.
    void setChannel(Platform platform, const QString &handle, const QString &name);
    QString problem() const;

private:
    void validate();

    QSqlDatabase m_db;
    QComboBox *m_platform;
    QLineEdit *m_handle;
    QLineEdit *m_name;
    QSpinBox *m_limit;
    QLabel *m_problem;
    QPushButton *m_ok;
};

} // namespace Beamline
