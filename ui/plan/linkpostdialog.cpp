// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkpostdialog.h"

#include <core/import/postmatcher.h>
#include <core/services/planservice.h>
#include <core/services/setupservice.h>
#include <core/workspace/workspace.h>

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace Beamline {

namespace {
constexpr int PostIdRole = Qt::UserRole + 1;
constexpr int Window = 14; // days either side of the publication
} // namespace

LinkPostDialog::LinkPostDialog(Workspace *workspace, const PlatformPost &post, QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_candidates(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Link to a Planned Post"));
    const QTimeZone zone = workspace->timeZone();
    const QSqlDatabase db = workspace->connection();

    QHash<qint64, Platform> platformOf;
    QString channel;
    // On an error reading, the dialog offers nothing to link to (and says so: no candidates).
    for (const Beamline::Channel &c : SetupService(db).channels().valueOr({})) {
        platformOf.insert(c.id, c.platform);
        if (c.id == post.channelId)
            channel = Platforms::displayName(c.platform);
    }
    auto *about = new QLabel(this);
    about->setWordWrap(true);
    about->setTextFormat(Qt::PlainText);
    about->setText(tr("Published on %1, %2:\n%3")
                       .arg(channel, QLocale().toString(post.publishedAt.toTimeZone(zone), QLocale::ShortFormat),
                            post.text.simplified().left(280)));

    m_filter->setPlaceholderText(tr("Filter by title or text"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter planned posts"));

    // The posts planned around the publication, nearest first.
    const QVector<Post> candidates = PlanService(db).postsPlannedAround(post.publishedAt, Window).valueOr({});
    m_candidates->setHorizontalHeaderLabels({tr("Planned for"), tr("Title"), tr("Status"), tr("Channels")});
    for (const Post &c : std::as_const(candidates)) {
        QStringList channels;
        for (const PostChannel &pc : c.channels) {
            const QString name = Platforms::displayName(platformOf.value(pc.channelId, Platform::Other));
            if (!channels.contains(name))
                channels.append(name);
        }
        auto *when = new QStandardItem(QLocale().toString(c.scheduledAt.toTimeZone(zone), QLocale::ShortFormat));
        when->setData(c.id, PostIdRole);
        auto *title = new QStandardItem(c.title.isEmpty() ? c.body.simplified().left(80) : c.title);
        title->setToolTip(c.body);
        // Filtered on title and text together.
        title->setData(QString(c.title + QLatin1Char('\n') + c.body), Qt::UserRole + 2);
        m_candidates->appendRow({when, title, new QStandardItem(PostStatuses::displayName(c.status)),
                                 new QStandardItem(channels.join(QStringLiteral(", ")))});
    }
    m_proxy->setSourceModel(m_candidates);
    m_proxy->setFilterKeyColumn(1);
    m_proxy->setFilterRole(Qt::UserRole + 2);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_view->setAccessibleName(tr("Planned posts"));
    m_view->setTabKeyNavigation(false);

    auto *empty = new QLabel(tr("Nothing is planned within two weeks of this post. Plan it first in the calendar, then link it here."), this);
    empty->setWordWrap(true);
    empty->setVisible(candidates.isEmpty());

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Link"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_filter, &QLineEdit::textChanged, this, &LinkPostDialog::updateOk);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LinkPostDialog::updateOk);
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (chosenPostId())
            accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addWidget(empty);
    layout->addWidget(m_buttons);
    resize(720, 420);

    // The planned post Beamline finds most alike, else the current link, else the nearest.
    std::optional<qint64> suggested = post.postId;
    const PostMatcher::Match best = PostMatcher::bestMatch(post, candidates, platformOf, post.seriesId);
    if (best.postId)
        suggested = best.postId;
    if (!suggested && !candidates.isEmpty())
        suggested = candidates.first().id;
    if (suggested)
        selectCandidate(*suggested);
    updateOk();
    m_filter->setFocus();
}

std::optional<qint64> LinkPostDialog::chosenPostId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows(0);
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first().data(PostIdRole).toLongLong();
}

int LinkPostDialog::candidateCount() const
{
    return m_proxy->rowCount();
}

void LinkPostDialog::selectCandidate(qint64 postId)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(PostIdRole).toLongLong() == postId) {
            m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_view->setCurrentIndex(index);
            m_view->scrollTo(index);
            return;
        }
    }
}

void LinkPostDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(chosenPostId().has_value());
}

} // namespace Beamline
