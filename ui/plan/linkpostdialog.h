// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/imported.h>

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace Beamline {

class Workspace;

// Chooses the planned post an imported post is: the posts planned within two weeks of its
// publication, nearest first, with the one Beamline finds most alike selected, and a
// filter over their titles and texts.
class LinkPostDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkPostDialog)

public:
    LinkPostDialog(Workspace *workspace, const PlatformPost &post, QWidget *parent = nullptr);

    // The planned post chosen; empty when none is selected.
    std::optional<qint64> chosenPostId() const;
    // For tests: the filter field and how many planned posts are listed.
    QLineEdit *filterEdit() const { return m_filter; }
    int candidateCount() const;
    void selectCandidate(qint64 postId);

private:
    void updateOk();

    QLineEdit *m_filter;
    QStandardItemModel *m_candidates;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QDialogButtonBox *m_buttons;
};

} // namespace Beamline
