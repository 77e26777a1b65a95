// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartpanel.h"

#include <core/services/dataservice.h>
#include <core/workspace/workspace.h>
#include <ui/application.h>
#include <ui/commands/measurecommands.h>
#include <ui/charts/chartdata.h>
#include <ui/charts/chartexporter.h>
#include <ui/measure/chartexportdialog.h>

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDateEdit>
#include <QDateTimeAxis>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QSaveFile>
#include <QLocale>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Beamline {

ChartPanel::ChartPanel(const QString &name, QWidget *parent)
    : QWidget(parent)
    , m_name(name)
    , m_view(new QChartView(this))
    , m_noData(new QLabel(this))
{
    setObjectName(QStringLiteral("chart-%1").arg(name));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFocusPolicy(Qt::StrongFocus);
    m_view->setMinimumSize(320, 220);
    m_view->setAccessibleName(ChartFactory::displayName(name));
    m_view->setContextMenuPolicy(Qt::NoContextMenu); // the panel's menu
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    // Over a chart with nothing to draw: say so rather than show empty axes.
    m_noData->setObjectName(QStringLiteral("noData"));
    m_noData->setAlignment(Qt::AlignCenter);
    m_noData->setWordWrap(true);
    m_noData->setForegroundRole(QPalette::PlaceholderText);
    m_noData->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_noData->hide();

    auto *copy = new QAction(Application::icon(QStringLiteral("edit-copy")), tr("&Copy Chart"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, &ChartPanel::copyToClipboard);
    addAction(copy);
    auto *save = new QAction(Application::icon(QStringLiteral("document-export")), tr("&Export Chart…"), this);
    save->setShortcut(QKeySequence::Save);
    save->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(save, &QAction::triggered, this, &ChartPanel::exportWithDialog);
    addAction(save);
}

void ChartPanel::setWorkspace(Workspace *workspace, QUndoStack *undoStack)
{
    m_workspace = workspace;
    m_undoStack = undoStack;
    if (!workspace) {
        QChart *old = m_view->chart();
        m_view->setChart(new QChart);
        delete old;
    }
}

void ChartPanel::refresh(ChartRequest request)
{
    request.name = m_name;
    m_request = request;
    if (!m_workspace)
        return;
    QChart *chart = ChartFactory(m_workspace->connection(), m_workspace->timeZone()).create(request);
    if (!chart)
        return;
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
    m_view->setAccessibleDescription(chart->title().remove(QRegularExpression(QStringLiteral("<[^>]*>"))));
    m_noData->setText(tr("No figures for %1 in this range.\nImport the exports that cover it, or choose another range.")
                          .arg(ChartFactory::displayName(m_name).toLower()));
    m_noData->setVisible(chart->property("noData").toBool());
    m_noData->setGeometry(rect());
    m_noData->raise();
}

bool ChartPanel::hasData() const
{
    return m_view->chart() && !m_view->chart()->property("noData").toBool();
}

void ChartPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_noData->setGeometry(rect());
}

ChartTable ChartPanel::dataTable() const
{
    return ChartData::table(m_view->chart(), m_workspace ? m_workspace->timeZone() : QTimeZone::utc());
}

void ChartPanel::copyData()
{
    const ChartTable table = dataTable();
    if (table.isEmpty())
        return;
    auto *mime = new QMimeData;
    mime->setText(ChartData::toTsv(table, QLocale()));
    QApplication::clipboard()->setMimeData(mime);
    Q_EMIT message(0, tr("The figures of “%1” are on the clipboard: %n day(s), ready to paste into a spreadsheet.", nullptr, int(table.days.size()))
                          .arg(ChartFactory::displayName(m_name)));
}

void ChartPanel::exportData()
{
    const ChartTable table = dataTable();
    if (table.isEmpty())
        return;
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(QStringLiteral("%1-%2-%3.csv")
                                                .arg(m_name, m_request.from.toString(QStringLiteral("yyyy-MM-dd")),
                                                     m_request.to.toString(QStringLiteral("yyyy-MM-dd"))));
    QString path = QFileDialog::getSaveFileName(this, tr("Export Data as CSV"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    QSaveFile file(path);
    const QByteArray bytes = ChartData::toCsv(table).toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        Q_EMIT message(2, tr("“%1” could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    Q_EMIT message(0, tr("Exported the figures of “%1” to %2.").arg(ChartFactory::displayName(m_name), QFileInfo(path).fileName()));
}

bool ChartPanel::hasTimeAxis() const
{
    return m_view->chart() && !m_view->chart()->axes(Qt::Horizontal).isEmpty()
        && qobject_cast<QDateTimeAxis *>(m_view->chart()->axes(Qt::Horizontal).first());
}

void ChartPanel::copyToClipboard()
{
    const qreal ratio = devicePixelRatioF();
    QApplication::clipboard()->setImage(ChartExporter::image(m_view->chart(), m_view->size().expandedTo(QSize(1200, 675)), ratio));
    Q_EMIT message(0, tr("The chart “%1” is on the clipboard.").arg(ChartFactory::displayName(m_name)));
}

void ChartPanel::exportWithDialog()
{
    ChartExportDialog dialog(m_view->chart(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString suffix = dialog.suffix();
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
                                  .filePath(QStringLiteral("%1-%2.%3").arg(m_name, m_request.from.toString(QStringLiteral("yyyy-MM-dd")), suffix));
    QString path = QFileDialog::getSaveFileName(this, tr("Export Chart"), suggested, tr("%1 (*.%2)").arg(dialog.formatName(), suffix));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    QString error;
    if (!ChartExporter::save(m_view->chart(), path, dialog.exportSize(), &error)) {
        Q_EMIT message(2, error);
        return;
    }
    Q_EMIT message(0, tr("Exported “%1” to %2.").arg(ChartFactory::displayName(m_name), QFileInfo(path).fileName()));
}

void ChartPanel::addMarker()
{
    if (!m_workspace || !m_undoStack)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add Event Marker"));
    auto *day = new QDateEdit(m_request.to.isValid() ? m_request.to : QDate::currentDate(), &dialog);
    day->setCalendarPopup(true);
    auto *label = new QLineEdit(&dialog);
    label->setPlaceholderText(tr("Press release: new results"));
    auto *kind = new QComboBox(&dialog);
    kind->addItem(tr("Note"), QStringLiteral("note"));
    kind->addItem(tr("Campaign"), QStringLiteral("campaign"));
    kind->addItem(tr("Press release"), QStringLiteral("press"));
    kind->addItem(tr("Launch"), QStringLiteral("launch"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Day:"), day);
    form->addRow(tr("&Label:"), label);
    form->addRow(tr("&Kind:"), kind);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(label, &QLineEdit::textChanged, &dialog, [&](const QString &t) { buttons->button(QDialogButtonBox::Ok)->setEnabled(!t.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    EventMarker marker;
    marker.day = day->date();
    marker.label = label->text().trimmed();
    marker.kind = kind->currentData().toString();
    m_undoStack->push(new MarkerCommand(m_workspace, marker, true, tr("Add marker “%1”").arg(marker.label), markerErrorHandler()));
}

std::function<void(const QString &)> ChartPanel::markerErrorHandler()
{
    return [panel = QPointer<ChartPanel>(this)](const QString &error) {
        if (panel)
            Q_EMIT panel->message(2, error);
    };
}

void ChartPanel::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addActions(actions());
    if (hasTimeAxis()) {
        // The numbers behind the lines, one row per day.
        const bool any = !dataTable().isEmpty();
        menu.addSeparator();
        menu.addAction(Application::icon(QStringLiteral("edit-copy")), tr("Copy &Data"), this, &ChartPanel::copyData)->setEnabled(any);
        menu.addAction(Application::icon(QStringLiteral("document-export")), tr("Export Data as C&SV…"), this, &ChartPanel::exportData)->setEnabled(any);
    }
    if (hasTimeAxis() && m_workspace && !m_workspace->isReadOnly()) {
        menu.addSeparator();
        menu.addAction(tr("Add Event &Marker…"), this, &ChartPanel::addMarker);
        const auto read = DataService(*m_workspace).eventMarkers(m_request.from, m_request.to);
        if (!read)
            Q_EMIT message(2, tr("The event markers could not be read: %1").arg(read.error().text()));
        const QVector<EventMarker> markers = read.valueOr({});
        if (!markers.isEmpty()) {
            QMenu *remove = menu.addMenu(tr("&Remove Marker"));
            for (const EventMarker &m : markers) {
                remove->addAction(tr("%1 (%2)").arg(m.label, QLocale().toString(m.day, QLocale::ShortFormat)), this, [this, m] {
                    m_undoStack->push(new MarkerCommand(m_workspace, m, false, tr("Remove marker “%1”").arg(m.label), markerErrorHandler()));
                });
            }
        }
    }
    menu.exec(event->globalPos());
}

} // namespace Beamline
