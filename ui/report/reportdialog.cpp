// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdialog.h"

#include "reportwriter.h"

#include <core/analytics/comparisonperiod.h>
#include <core/analytics/reportdata.h>
#include <core/db/databaseerror.h>
#include <core/workspace/workspace.h>
#include <ui/widgets/datefield.h>
#include <ui/widgets/screenfit.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace Beamline {

ReportDialog::ReportDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_from(new DateField(this))
    , m_to(new DateField(this))
    , m_comparison(new QComboBox(this))
    , m_compareFrom(new DateField(this))
    , m_compareTo(new DateField(this))
    , m_campaign(new QComboBox(this))
    , m_paper(new QComboBox(this))
    , m_pages(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_previewTimer(new QTimer(this))
{
    setWindowTitle(tr("Export Report"));
    m_from->setObjectName(QStringLiteral("from"));
    m_to->setObjectName(QStringLiteral("to"));
    m_campaign->setObjectName(QStringLiteral("campaign"));
    m_comparison->setObjectName(QStringLiteral("comparison"));
    m_paper->setObjectName(QStringLiteral("paper"));
    m_pages->setObjectName(QStringLiteral("pages"));
    m_comparison->addItem(tr("Previous period"), int(Comparison::PreviousPeriod));
    m_comparison->addItem(tr("Same period a year before"), int(Comparison::YearBefore));
    m_comparison->addItem(tr("Other dates"), int(Comparison::Custom));
    m_comparison->addItem(tr("No comparison"), int(Comparison::None));
    m_campaign->addItem(tr("None"));
    try {
        m_campaign->addItems(ReportBuilder::campaignNames(m_workspace->connection()));
    } catch (const DatabaseError &) {
        // Without the list the report still works, without a campaign.
    }
    m_paper->addItem(tr("A4"), int(QPageSize::A4));
    m_paper->addItem(tr("US Letter"), int(QPageSize::Letter));
    if (QLocale().territory() == QLocale::UnitedStates || QLocale().territory() == QLocale::Canada)
        m_paper->setCurrentIndex(1);

    auto *range = new QHBoxLayout;
    range->addWidget(m_from);
    range->addWidget(new QLabel(QStringLiteral("–"), this));
    range->addWidget(m_to);
    auto *compareRange = new QHBoxLayout;
    compareRange->addWidget(m_compareFrom);
    compareRange->addWidget(new QLabel(QStringLiteral("–"), this));
    compareRange->addWidget(m_compareTo);
    auto *form = new QFormLayout;
    form->addRow(tr("&Campaign:"), m_campaign);
    // A row of two fields: its label needs a buddy of its own, or the "&" shows.
    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_from);
    form->addRow(periodLabel, range);
    form->addRow(tr("Co&mpare with:"), m_comparison);
    form->addRow(QString(), compareRange);
    form->addRow(tr("P&aper:"), m_paper);

    m_pages->setViewMode(QListView::IconMode);
    m_pages->setIconSize(QSize(210, 297));
    m_pages->setResizeMode(QListView::Adjust);
    m_pages->setMovement(QListView::Static);
    m_pages->setSpacing(8);
    m_pages->setMinimumSize(520, 240);
    m_pages->setAccessibleName(tr("Preview of the report's pages"));
    m_status->setWordWrap(true);

    m_saveButton = m_buttons->addButton(tr("&Save PDF…"), QDialogButtonBox::AcceptRole);
    m_saveButton->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReportDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Preview:"), this));
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(300);
    connect(m_previewTimer, &QTimer::timeout, this, &ReportDialog::updatePreview);
    connect(m_campaign, &QComboBox::activated, this, &ReportDialog::campaignChosen);
    connect(m_comparison, &QComboBox::activated, this, &ReportDialog::updateComparison);
    connect(m_paper, &QComboBox::activated, this, &ReportDialog::schedulePreview);
    for (DateField *field : { m_from, m_to })
        connect(field, &DateField::dateChanged, this, &ReportDialog::updateComparison);
    for (DateField *field : { m_compareFrom, m_compareTo })
        connect(field, &DateField::dateChanged, this, &ReportDialog::schedulePreview);

    const QDate yesterday = m_workspace->today().addDays(-1);
    setRange(yesterday.addDays(-27), yesterday);
    resizeToFitScreen(this, QSize(760, 720));
}

ReportDialog::~ReportDialog() = default;

void ReportDialog::setRange(QDate from, QDate to)
{
    m_from->setDate(from);
    m_to->setDate(to);
    updateComparison();
}

int ReportDialog::previewPageCount() const
{
    return m_pages->count();
}

void ReportDialog::campaignChosen()
{
    QDate from, to;
    if (m_campaign->currentIndex() > 0
        && ReportBuilder::findCampaign(m_workspace->connection(), m_campaign->currentText(), &from, &to) && from.isValid()
        && to.isValid()) {
        setRange(from, to);
        return;
    }
    schedulePreview();
}

void ReportDialog::updateComparison()
{
    const auto comparison = Comparison(m_comparison->currentData().toInt());
    DateRange range;
    if (comparison == Comparison::PreviousPeriod)
        range = ComparisonPeriod::previous(m_from->date(), m_to->date());
    else if (comparison == Comparison::YearBefore)
        range = ComparisonPeriod::yearBefore(m_from->date(), m_to->date());
    if (comparison != Comparison::Custom) {
        m_compareFrom->setDate(range.from);
        m_compareTo->setDate(range.to);
    }
    m_compareFrom->setEnabled(comparison == Comparison::Custom);
    m_compareTo->setEnabled(comparison == Comparison::Custom);
    schedulePreview();
}

void ReportDialog::schedulePreview()
{
    m_status->setText(tr("Updating the preview…"));
    m_previewTimer->start();
}

void ReportDialog::updatePreview()
{
    m_pages->clear();
    m_writer.reset();
    QPushButton *saveButton = m_saveButton;
    ReportRequest request;
    request.from = m_from->date();
    request.to = m_to->date();
    if (!request.from.isValid() || !request.to.isValid() || request.to < request.from) {
        m_status->setText(tr("Choose a period: its last day may not come before its first."));
        saveButton->setEnabled(false);
        return;
    }
    if (Comparison(m_comparison->currentData().toInt()) != Comparison::None && m_compareFrom->date().isValid()
        && m_compareTo->date().isValid() && m_compareFrom->date() <= m_compareTo->date()) {
        request.compareFrom = m_compareFrom->date();
        request.compareTo = m_compareTo->date();
    }
    if (m_campaign->currentIndex() > 0)
        request.campaign = m_campaign->currentText();
    try {
        const ReportData data = ReportBuilder::build(m_workspace->connection(), m_workspace->timeZone(), request,
                                                     m_workspace->name(), m_workspace->today());
        m_writer = std::make_unique<ReportWriter>(data, m_workspace->connection(),
                                                  QPageSize::PageSizeId(m_paper->currentData().toInt()));
    } catch (const DatabaseError &error) {
        m_status->setText(tr("The figures could not be read: %1").arg(error.message()));
        saveButton->setEnabled(false);
        return;
    }
    const QStringList titles = m_writer->pageTitles();
    for (int i = 0; i < m_writer->pageCount(); ++i) {
        QImage image = m_writer->pageImage(i, 0.265 * devicePixelRatioF());
        image.setDevicePixelRatio(devicePixelRatioF());
        auto *item
            = new QListWidgetItem(QIcon(QPixmap::fromImage(image)), titles.at(i).isEmpty() ? tr("Cover") : titles.at(i), m_pages);
        item->setToolTip(tr("Page %1").arg(i + 1));
    }
    m_status->setText(tr("%n page(s).", nullptr, m_writer->pageCount()));
    saveButton->setEnabled(true);
}

void ReportDialog::save()
{
    if (m_previewTimer->isActive()) {
        m_previewTimer->stop();
        updatePreview();
    }
    if (!m_writer)
        return;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(dir).filePath(
        tr("Impact report %1 to %2.pdf").arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate)));
    QString path = QFileDialog::getSaveFileName(this, tr("Save the Report"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QLatin1String(".pdf");
    QString error;
    if (!m_writer->writePdf(path, &error)) {
        QMessageBox::warning(this, tr("Export Report"), error);
        return;
    }
    accept();
}

} // namespace Beamline
