// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QLineEdit>

namespace Beamline {

// A day typed as people write it ("1 Jan 2026", "31 Jan", "31/01/2026"; see UserDate) or
// picked from a calendar. The text is read when editing ends (Return, Tab, focus
// elsewhere), never half-way through typing; text that is not a day turns back into the
// last day and says why.
class DateField final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DateField)

public:
    explicit DateField(QWidget *parent = nullptr);

    QDate date() const { return m_date; }
    // Shows a day without emitting dateChanged.
    void setDate(QDate date);
    // Reads the text as a day now (what editingFinished does); returns whether it was one.
    bool commit();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // The user typed or picked another day.
    void dateChanged(QDate date);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showCalendar();
    QString textFor(QDate date) const;

    QDate m_date;
};

} // namespace Beamline
