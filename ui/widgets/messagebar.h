// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QHBoxLayout;
class QToolButton;

namespace Beamline {

// An inline message above the content (information, success, warning, error) with
// optional actions and a close button, instead of a modal dialog.
class MessageBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBar)

public:
    enum class Kind { Information, Positive, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    // Shows the message, replacing any earlier one and its actions.
    void showMessage(Kind kind, const QString &text);
    // Adds a button to the current message; the action's triggered() is the callback.
    void addAction(QAction *action);
    void clear();
    QString text() const;
    Kind kind() const { return m_kind; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyStyle();

    QLabel *m_icon;
    QLabel *m_label;
    QHBoxLayout *m_actions;
    QToolButton *m_close;
    Kind m_kind = Kind::Information;
    bool m_styling = false;
};

} // namespace Beamline
