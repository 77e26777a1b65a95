// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/analytics/reportdata.h>

#include <QCoreApplication>
#include <QImage>
#include <QPageSize>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <memory>

class QChart;

namespace Beamline {

class ReportLayout;

// The impact report as pages: a cover, a summary of the figure cards with sentences, one
// page per view (followers, top posts, series, pillars, mentions, Instagram and the
// website), the definitions and the sources. Charts come from the ChartFactory, painted as
// vectors. The same pages go to a PDF (QPdfWriter, fonts embedded) and to the preview.
class ReportWriter final
{
    Q_DECLARE_TR_FUNCTIONS(Beamline::ReportWriter)

public:
    // Lays the report out; the charts read `db` (the workspace's connection) now.
    ReportWriter(const ReportData &data, const QSqlDatabase &db, QPageSize::PageSizeId paper);
    ~ReportWriter();
    ReportWriter(const ReportWriter &) = delete;
    ReportWriter &operator=(const ReportWriter &) = delete;

    int pageCount() const;
    // The title of each page (empty for the cover).
    QStringList pageTitles() const;
    // A page as an image, `scale` times its size at 96 dpi.
    QImage pageImage(int index, double scale) const;
    // Writes the PDF (replacing the file only once it is complete); false with *error set.
    bool writePdf(const QString &path, QString *error) const;

    // "14 Nov 2016 – 12 Jan 2017"
    static QString rangeText(QDate from, QDate to);

private:
    void cover();
    void summary();
    void followers();
    void topPosts();
    void series();
    void pillars();
    void mentions();
    void instagramWeb();
    void definitions();
    void sources();
    // A chart of the factory, or the sentence when it has nothing to show.
    // `adjust` changes the chart for the page before it is laid out.
    void chartOrNothing(const QString &name, double height, const QString &nothing, bool empty = false,
                        const std::function<void(QChart *)> &adjust = {});
    QString headerText() const;
    QString footerText() const;

    ReportData m_data;
    QSqlDatabase m_db;
    QPageSize m_pageSize;
    std::unique_ptr<ReportLayout> m_layout;
};

} // namespace Beamline
