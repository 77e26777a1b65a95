// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/entities.h>

#include <QDialog>
#include <QHash>
#include <QSqlDatabase>
#include <QTimeZone>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace Beamline {

class Workspace;

// Edits one planned post: title, status, time, channels with a text per channel and a live
// count against each channel's limit, pillar, campaign, assignee, hashtags, links,
// language and notes. Returns the edited post; the caller stores it (undoably).
class PostEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostEditorDialog)

public:
    PostEditorDialog(const QSqlDatabase &db, const QTimeZone &zone, const Post &post, QWidget *parent = nullptr);

    // The post as edited. A new assignee name the workspace does not know is in newAssignee().
    Post post() const;
    QString newAssignee() const;
    bool deleteRequested() const { return m_deleteRequested; }

    // Offers Approve for a stored post, enabled when the workspace's signer may approve
    // (Approvals::current(): on a server, a member of beamline_approvers). Approving writes
    // at once through the workspace's writer; a refusal shows in the dialog.
    void enableApproval(Workspace *workspace);
    // The post was approved in the dialog; storedPost() is then the post as stored after it.
    bool wasApproved() const { return m_approved; }
    Post storedPost() const { return m_post; }
    // "Created by … · Changed by … at … · Approved by …", for tests and the label.
    QString attributionText() const;

    // "X 143/280 · Instagram 143/2,200", over-limit counts marked; for tests and the label.
    QString countSummary() const;
    // True when the text for some channel is longer than that channel allows.
    bool anyOverLimit() const;
    // Something was written or changed since the dialog opened.
    bool isModified() const;

public Q_SLOTS:
    // Asks before throwing away what was written (Save, Discard or keep editing).
    void reject() override;

private:
    void updateCounts();
    void updateVariantTabs();
    void validate();
    void approve();
    void showAttribution();
    QString textFor(qint64 channelId) const;

    QSqlDatabase m_db;
    QTimeZone m_zone;
    Post m_post;
    Post m_initial;
    bool m_deleteRequested = false;
    QString m_readProblem; // a list the dialog offers could not be read

    QLineEdit *m_title;
    QComboBox *m_status;
    QCheckBox *m_scheduled;
    QDateTimeEdit *m_when;
    QLabel *m_slot;
    QHash<qint64, QCheckBox *> m_channelBoxes;
    QHash<qint64, Platform> m_platforms;
    QHash<qint64, int> m_limits;
    QHash<qint64, QString> m_channelNames;
    QTabWidget *m_texts;
    QPlainTextEdit *m_body;
    QHash<qint64, QPlainTextEdit *> m_variants;
    QLabel *m_counts;
    QComboBox *m_pillar;
    QComboBox *m_campaign;
    QComboBox *m_assignee;
    QComboBox *m_approver;
    QLineEdit *m_hashtags;
    QLineEdit *m_links;
    QComboBox *m_language;
    QPlainTextEdit *m_notes;
    QLabel *m_problem;
    QLabel *m_attribution;
    QLabel *m_approvalProblem;
    QPushButton *m_ok;
    QPushButton *m_approve = nullptr;
    Workspace *m_workspace = nullptr;
    bool m_approved = false;
};

} // namespace Beamline
