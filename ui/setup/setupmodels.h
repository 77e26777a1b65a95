// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/entities.h>
#include <core/workspace/workspace.h>

#include <QAbstractTableModel>
#include <QPointer>
#include <QStyledItemDelegate>
#include <QVector>

class QUndoCommand;
class QUndoStack;

namespace Beamline {

class Workspace;

// The tables of Settings ▸ Workspace. Each lists one kind of entry of the open workspace
// and turns an edit into an undoable command on the window's stack (setData → command →
// repository); the rows follow the workspace's change notifications. An edit the rules
// refuse (SetupRules) changes nothing and is reported through refused().
class SetupModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetupModel)

public:
    enum Role { IdRole = Qt::UserRole + 1, ColorRole };

    explicit SetupModel(QObject *parent = nullptr);

    void setWorkspace(Workspace *workspace, QUndoStack *undoStack);
    Workspace *workspace() const { return m_workspace; }
    virtual void reload() = 0;
    virtual qint64 idAt(int row) const = 0;
    int rowOfId(qint64 id) const;
    // Pushes a command on the stack; false (and failed()) when it could not be written.
    bool push(QUndoCommand *command);

Q_SIGNALS:
    // A change the rules refuse: the reason, for the page to show.
    void refused(const QString &reason);
    // A change that could not be written (a locked file...).
    void failed(const QString &message);

protected:
    bool writable() const;
    std::function<void(const QString &)> errorHandler();
    template <typename T>
    void replaceRows(QVector<T> &rows, QVector<T> fresh);

    QPointer<Workspace> m_workspace;
    QUndoStack *m_undoStack = nullptr;
    bool m_failed = false;
};

class ChannelModel final : public SetupModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelModel)

public:
    enum Column { Name, PlatformColumn, Handle, Limit, Aliases, ColumnCount };
    using SetupModel::SetupModel;

    void reload() override;
    qint64 idAt(int row) const override;
    const Channel &channelAt(int row) const { return m_rows.at(row); }
    const QVector<Channel> &channels() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Undoable changes the page's buttons make. Each returns false when refused.
    bool addChannel(const Channel &channel);
    bool removeChannel(int row);
    bool moveChannel(int row, int delta);
    bool mergeChannel(int fromRow, qint64 intoId);

private:
    QVector<Channel> m_rows;
    QHash<qint64, QStringList> m_aliases;
};

class PillarModel final : public SetupModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PillarModel)

public:
    enum Column { Name, Target, ColumnCount };
    using SetupModel::SetupModel;

    void reload() override;
    qint64 idAt(int row) const override;
    const QVector<Pillar> &pillars() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Adds a pillar with a free name; returns its row, or -1.
    int addPillar(const QString &name, std::optional<double> targetShare = std::nullopt);
    bool removePillar(int row);
    bool movePillar(int row, int delta);

private:
    QVector<Pillar> m_rows;
};

class PersonModel final : public SetupModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonModel)

public:
    enum Column { Name, RoleColumn, Email, Login, ColumnCount };
    using SetupModel::SetupModel;

    void reload() override;
    qint64 idAt(int row) const override;
    const QVector<Person> &people() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    int addPerson(const QString &name, Person::Role role = Person::Role::Editor);
    bool removePerson(int row);

private:
    QVector<Person> m_rows;
};

class CampaignModel final : public SetupModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignModel)

public:
    enum Column { Name, Hashtag, Starts, Ends, Goal, ColumnCount };
    using SetupModel::SetupModel;

    void reload() override;
    qint64 idAt(int row) const override;
    const QVector<Campaign> &campaigns() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // A new campaign of four weeks from `start`, with a free name.
    int addCampaign(const QString &name, QDate start);
    bool removeCampaign(int row);

private:
    QVector<Campaign> m_rows;
};

// The partners of one campaign.
class PartnerModel final : public SetupModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartnerModel)

public:
    enum Column { Name, Handle, PlatformColumn, Kind, ColumnCount };
    using SetupModel::SetupModel;

    void setCampaign(qint64 campaignId);
    qint64 campaignId() const { return m_campaign; }
    void reload() override;
    qint64 idAt(int row) const override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    int addPartner(const QString &name);
    bool removePartner(int row);

    static QString kindName(Partner::Kind kind);

private:
    qint64 m_campaign = 0;
    QVector<Partner> m_rows;
};

// An editor that picks one of a few values (a platform, a role): a combo box.
class ChoiceDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChoiceDelegate)

public:
    ChoiceDelegate(QList<QPair<QString, QVariant>> choices, QObject *parent);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    QList<QPair<QString, QVariant>> m_choices;
};

// A number editor whose lowest value means "none" (no own limit, no target).
class NumberDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumberDelegate)

public:
    NumberDelegate(double minimum, double maximum, int decimals, const QString &suffix, const QString &noneText, QObject *parent);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    double m_minimum;
    double m_maximum;
    int m_decimals;
    QString m_suffix;
    QString m_noneText;
};

} // namespace Beamline
