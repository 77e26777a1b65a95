// SPDX-License-Identifier: GPL-3.0-or-later
#include "planfiles.h"

#include <core/plan/icsexporter.h>
#include <core/plan/plancsv.h>
#include <core/services/planservice.h>
#include <core/workspace/workspace.h>
#include <ui/commands/plancommands.h>

#include <QCheckBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Beamline {

namespace {

// Asks for a range of days (and, for .ics, which series and whether to add other posts).
struct RangeChoice {
    QDate from;
    QDate to;
    QList<qint64> seriesIds;
    bool includePosts = true;
};

std::optional<RangeChoice> askRange(QWidget *parent, const QString &title, QDate from, QDate to, const QVector<Series> *series)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *fromEdit = new QDateEdit(from, &dialog);
    auto *toEdit = new QDateEdit(to, &dialog);
    for (QDateEdit *edit : { fromEdit, toEdit }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    auto *form = new QFormLayout;
    form->addRow(PlanFiles::tr("&From:"), fromEdit);
    form->addRow(PlanFiles::tr("&To:"), toEdit);
    QList<QPair<qint64, QCheckBox *>> boxes;
    QCheckBox *posts = nullptr;
    if (series) {
        auto *list = new QVBoxLayout;
        for (const Series &s : *series) {
            auto *box = new QCheckBox(s.name, &dialog);
            box->setChecked(s.active);
            boxes.append({ s.id, box });
            list->addWidget(box);
        }
        form->addRow(PlanFiles::tr("Series:"), list);
        posts = new QCheckBox(PlanFiles::tr("Include the &other planned posts"), &dialog);
        posts->setChecked(true);
        form->addRow(QString(), posts);
    }
    auto *problem = new QLabel(&dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(PlanFiles::tr("&Export"));
    auto check = [&] {
        const bool ok = fromEdit->date() <= toEdit->date();
        problem->setText(ok ? QString() : PlanFiles::tr("The range ends before it starts."));
        buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    };
    QObject::connect(fromEdit, &QDateEdit::dateChanged, &dialog, check);
    QObject::connect(toEdit, &QDateEdit::dateChanged, &dialog, check);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(problem);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    RangeChoice choice { fromEdit->date(), toEdit->date(), {}, posts ? posts->isChecked() : true };
    for (const auto &[id, box] : std::as_const(boxes)) {
        if (box->isChecked())
            choice.seriesIds.append(id);
    }
    return choice;
}

QString documentsPath(const QString &fileName)
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(fileName);
}

} // namespace

PlanFiles::PlanFiles(QWidget *parent, Workspace &workspace, QUndoStack *undoStack, Message message)
    : m_parent(parent)
    , m_workspace(workspace)
    , m_undoStack(undoStack)
    , m_message(std::move(message))
{
}

void PlanFiles::exportIcs(QDate from, QDate to)
{
    const Result<QVector<Series>> allSeries = PlanService(m_workspace).allSeries();
    if (!allSeries) {
        m_message(2, tr("The plan could not be read: %1").arg(allSeries.error().message));
        return;
    }
    const QVector<Series> &series = allSeries.value();
    const auto choice = askRange(m_parent, tr("Export the Plan as iCalendar"), from, to, &series);
    if (!choice)
        return;
    const QString suggested = documentsPath(tr("plan-%1.ics").arg(choice->from.toString(QStringLiteral("yyyy-MM-dd"))));
    const QString path
        = QFileDialog::getSaveFileName(m_parent, tr("Export the Plan as iCalendar"), suggested, tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return;
    IcsExporter::Options options;
    options.from = choice->from;
    options.to = choice->to;
    options.seriesIds = choice->seriesIds;
    options.includePosts = choice->includePosts;
    options.calendarName = m_workspace.name();
    if (options.seriesIds.isEmpty() && !series.isEmpty())
        options.seriesIds = { -1 }; // none of them
    IcsExporter exporter(m_workspace.connection(), m_workspace.timeZone());
    const QByteArray ics = exporter.exportCalendar(options);
    if (ics.isEmpty()) {
        m_message(2, exporter.error());
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(ics) != ics.size() || !file.commit()) {
        m_message(2, tr("“%1” could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    m_message(0, tr("Exported %n event(s) to “%1”.", nullptr, int(ics.count("BEGIN:VEVENT"))).arg(QFileInfo(path).fileName()));
}

void PlanFiles::exportCsv(QDate from, QDate to)
{
    const auto choice = askRange(m_parent, tr("Export the Plan as CSV"), from, to, nullptr);
    if (!choice)
        return;
    const QString suggested = documentsPath(tr("plan-%1.csv").arg(choice->from.toString(QStringLiteral("yyyy-MM-dd"))));
    const QString path = QFileDialog::getSaveFileName(m_parent, tr("Export the Plan as CSV"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_message(2, tr("“%1” could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    PlanCsv(m_workspace.connection(), m_workspace.timeZone()).write(&file, choice->from, choice->to, m_workspace.now());
    if (!file.commit()) {
        m_message(2, tr("“%1” could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    m_message(0,
              tr("Exported the plan from %1 to %2 to “%3”.")
                  .arg(QLocale().toString(choice->from, QLocale::ShortFormat),
                       QLocale().toString(choice->to, QLocale::ShortFormat), QFileInfo(path).fileName()));
}

void PlanFiles::importCsv()
{
    const QString path = QFileDialog::getOpenFileName(m_parent, tr("Import a Plan from CSV"), documentsPath(QString()),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_message(2, tr("“%1” could not be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    const PlanCsv::Result result
        = PlanCsv(m_workspace.connection(), m_workspace.timeZone()).read(m_workspace.writer(), &file, QFileInfo(path).fileName());
    if (!result.ok()) {
        m_message(2, tr("Nothing was imported. %1").arg(result.errors.mid(0, 3).join(QLatin1Char(' '))));
        return;
    }
    if (!result.after.isEmpty())
        m_undoStack->push(new ImportPlanCommand(&m_workspace, result.before, result.after, QFileInfo(path).fileName(),
                                                [message = m_message](const QString &error) { message(2, error); }));
    m_message(0,
              tr("%1: %n post(s) added, %2 updated, %3 unchanged.", nullptr, result.inserted)
                  .arg(QFileInfo(path).fileName())
                  .arg(result.updated)
                  .arg(result.unchanged));
}

} // namespace Beamline
