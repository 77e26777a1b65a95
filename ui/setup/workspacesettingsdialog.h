// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/workspace/workspace.h>

#include <QDialog>
#include <QHash>
#include <QPointer>

class QAbstractItemView;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTableView;
class QUndoStack;

namespace Beamline {

class CampaignModel;
class ChannelModel;
class EmptyState;
class PartnerModel;
class PersonModel;
class PillarModel;
class TimeZoneCombo;
class Workspace;

// Settings ▸ Workspace: the workspace's name and time zone, its channels, content pillars,
// people and campaigns with their partners. Every change is written at once as a command
// on the window's undo stack (the dialog has its own Undo and Redo); each page says what
// to do when it is empty.
class WorkspaceSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceSettingsDialog)

public:
    enum class Page { Workspace, Channels, Pillars, People, Campaigns };

    WorkspaceSettingsDialog(Workspace *workspace, QUndoStack *undoStack, QWidget *parent = nullptr);

    void showPage(Page page);
    Page currentPage() const;

    ChannelModel *channels() const { return m_channels; }
    PillarModel *pillars() const { return m_pillars; }
    PersonModel *people() const { return m_people; }
    CampaignModel *campaigns() const { return m_campaigns; }
    PartnerModel *partners() const { return m_partners; }
    QTableView *channelView() const { return m_channelView; }
    QTableView *pillarView() const { return m_pillarView; }
    QTableView *peopleView() const { return m_peopleView; }
    QTableView *campaignView() const { return m_campaignView; }
    // The empty state of a page (null for the Workspace page), visible while it has no entries.
    EmptyState *emptyState(Page page) const;
    // What the pillars' targets add up to, as shown under them.
    QString pillarTotalText() const;
    // The last thing the dialog said (a refused change, a removal...).
    QString statusText() const;
    // Commits the name and time zone fields (as leaving them does).
    void applyWorkspaceFields();
    QLineEdit *nameField() const { return m_name; }
    TimeZoneCombo *zoneField() const { return m_zone; }

protected:
    void changeEvent(QEvent *event) override;

private:
    // The pages (workspacesettingspages.cpp).
    QWidget *createWorkspacePage();
    QWidget *createChannelsPage();
    QWidget *createPillarsPage();
    QWidget *createPeoplePage();
    QWidget *createCampaignsPage();
    void retranslate();
    void refresh();
    void say(const QString &text, bool problem = false);
    int currentRow(QTableView *view) const;
    void selectRow(QTableView *view, int row, bool edit = false);

    void addChannel();
    void chooseColor(QTableView *view);
    void mergeChannel();

    QPointer<Workspace> m_workspace;
    QUndoStack *m_undoStack;
    ChannelModel *m_channels;
    PillarModel *m_pillars;
    PersonModel *m_people;
    CampaignModel *m_campaigns;
    PartnerModel *m_partners;

    QListWidget *m_pageList;
    QStackedWidget *m_pageStack;
    QLabel *m_status;

    QLineEdit *m_name = nullptr;
    TimeZoneCombo *m_zone = nullptr;
    QLabel *m_zoneNote = nullptr;
    QLabel *m_path = nullptr;

    QTableView *m_channelView = nullptr;
    QTableView *m_pillarView = nullptr;
    QTableView *m_peopleView = nullptr;
    QTableView *m_campaignView = nullptr;
    QTableView *m_partnerView = nullptr;
    QStackedWidget *m_channelStack = nullptr;
    QStackedWidget *m_pillarStack = nullptr;
    QStackedWidget *m_peopleStack = nullptr;
    QStackedWidget *m_campaignStack = nullptr;
    EmptyState *m_channelEmpty = nullptr;
    EmptyState *m_pillarEmpty = nullptr;
    EmptyState *m_peopleEmpty = nullptr;
    EmptyState *m_campaignEmpty = nullptr;
    QLabel *m_pillarTotal = nullptr;
    QGroupBox *m_partnerBox = nullptr;
    QLabel *m_partnerHint = nullptr;
    QHash<QPushButton *, QTableView *> m_rowButtons; // enabled only with a selected row of their table
    QPushButton *m_mergeButton = nullptr;
    QPushButton *m_addPartner = nullptr;
    QPushButton *m_removePartner = nullptr;
};

} // namespace Beamline
