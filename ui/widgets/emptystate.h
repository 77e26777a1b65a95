// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QHBoxLayout;

namespace Beamline {

// What a view shows when it has nothing to show yet: an icon, a title and a sentence
// saying what to do next, with buttons for it.
class EmptyState final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyState)

public:
    explicit EmptyState(QWidget *parent = nullptr);

    void setIconName(const QString &name);
    void setTitle(const QString &title);
    void setText(const QString &text);
    void addAction(QAction *action);
    QString title() const;
    QString text() const;

private:
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_text;
    QHBoxLayout *m_buttons;
};

} // namespace Beamline
