// SPDX-License-Identifier: GPL-3.0-or-later
#include "attributioneditor.h"

#include <core/analytics/attribution.h>
#include <core/db/databaseerror.h>
#include <core/services/dataservice.h>
#include <core/workspace/workspace.h>
#include <core/workspace/writer.h>
#include <ui/application.h>
#include <ui/commands/measurecommands.h>
#include <ui/tasks/taskrunner.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QPointer>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Beamline {

AttributionEditor::AttributionEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_problem(new QLabel(this))
    , m_save(new QPushButton(Application::icon(QStringLiteral("document-save")), tr("&Save Rules"), this))
    , m_revert(new QPushButton(tr("Re&vert"), this))
{
    setObjectName(QStringLiteral("attributionEditor"));
    auto *hint = new QLabel(tr("Web visits count for a channel when their source (or “source / medium”, with * for any text) matches a "
                               "rule. The first matching rule wins."), this);
    hint->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({tr("Source or source / medium"), tr("Channel")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_table, &QTableWidget::itemChanged, this, &AttributionEditor::validate);

    auto *add = new QPushButton(Application::icon(QStringLiteral("list-add")), tr("&Add Rule"), this);
    auto *remove = new QPushButton(Application::icon(QStringLiteral("edit-delete")), tr("&Remove"), this);
    auto *up = new QPushButton(Application::icon(QStringLiteral("go-previous")), tr("Move &Up"), this);
    auto *down = new QPushButton(Application::icon(QStringLiteral("go-next")), tr("Move &Down"), this);
    auto *defaults = new QPushButton(tr("Restore De&faults"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        addRow(QString(), int(Platform::Instagram));
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
        validate();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
        validate();
    });
    connect(up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(down, &QPushButton::clicked, this, [this] { move(1); });
    connect(defaults, &QPushButton::clicked, this, [this] {
        load(Attribution::defaults());
        validate();
    });
    connect(m_save, &QPushButton::clicked, this, &AttributionEditor::save);
    connect(m_revert, &QPushButton::clicked, this, [this] { setWorkspace(m_workspace, m_undoStack); });

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {add, remove, up, down, defaults})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);
    validate();
}

void AttributionEditor::setWorkspace(Workspace *workspace, QUndoStack *undoStack)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    m_undoStack = undoStack;
    if (m_workspace)
        connect(m_workspace, &Workspace::changed, this, &AttributionEditor::reloadIfClean);
    QVector<AttributionRule> stored;
    if (workspace) {
        const auto read = DataService(*workspace).attributionRules();
        if (!read)
            Q_EMIT message(2, tr("The attribution rules could not be read: %1").arg(read.error().text()));
        stored = read.valueOr({});
    }
    load(stored);
    setEnabled(workspace && !workspace->isReadOnly());
    m_save->setEnabled(false);
    m_revert->setEnabled(false);
}

void AttributionEditor::load(const QVector<AttributionRule> &rules)
{
    m_loading = true;
    m_table->setRowCount(0);
    for (const AttributionRule &rule : rules)
        addRow(rule.pattern, int(rule.platform));
    m_loading = false;
}

void AttributionEditor::addRow(const QString &pattern, int platform)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(pattern));
    auto *combo = new QComboBox(m_table);
    for (Platform p : Platforms::measured())
        combo->addItem(Platforms::displayName(p), int(p));
    combo->addItem(tr("Other (not a social channel)"), int(Platform::Other));
    combo->setCurrentIndex(combo->findData(platform));
    connect(combo, &QComboBox::currentIndexChanged, this, &AttributionEditor::validate);
    m_table->setCellWidget(row, 1, combo);
}

void AttributionEditor::move(int delta)
{
    const int row = m_table->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_table->rowCount())
        return;
    QVector<AttributionRule> list = rules();
    list.swapItemsAt(row, target);
    m_loading = true;
    load(list);
    m_loading = false;
    m_table->setCurrentCell(target, 0);
    validate();
}

QVector<AttributionRule> AttributionEditor::rules() const
{
    QVector<AttributionRule> list;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, 1));
        list.append({0, (row + 1) * 10, m_table->item(row, 0) ? m_table->item(row, 0)->text().trimmed() : QString(),
                     combo ? Platform(combo->currentData().toInt()) : Platform::Other});
    }
    return list;
}

void AttributionEditor::validate()
{
    if (m_loading)
        return;
    QString problem;
    QStringList seen;
    const QVector<AttributionRule> list = rules();
    for (int i = 0; i < list.size() && problem.isEmpty(); ++i) {
        if (list.at(i).pattern.isEmpty())
            problem = tr("Rule %1 has no source.").arg(i + 1);
        else if (seen.contains(list.at(i).pattern.toLower()))
            problem = tr("“%1” is there twice; only its first rule would ever match.").arg(list.at(i).pattern);
        seen.append(list.at(i).pattern.toLower());
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_save->setEnabled(problem.isEmpty() && m_workspace && !m_workspace->isReadOnly());
    m_revert->setEnabled(m_workspace != nullptr);
}

bool AttributionEditor::save()
{
    if (!m_workspace)
        return false;
    const auto stored = DataService(*m_workspace).attributionRules();
    if (!stored) {
        Q_EMIT message(2, tr("The attribution rules could not be saved: %1").arg(stored.error().text()));
        return false;
    }
    const QVector<AttributionRule> before = stored.value();
    const QVector<AttributionRule> after = rules();
    if (TaskRunner *tasks = TaskRunner::of(this)) {
        saveAsTask(tasks, before, after);
        return true;
    }
    // On its own (no window): on this thread.
    if (m_undoStack) {
        m_commandFailed = false;
        m_undoStack->push(new AttributionRulesCommand(m_workspace, before, after, [this](const QString &error) {
            m_commandFailed = true;
            Q_EMIT message(2, error);
        }));
        if (m_commandFailed)
            return false;
    } else {
        AttributionRulesEdit edit(before, after);
        const WriteResult result = m_workspace->writer().run([&edit](WriteScope &scope) { edit.apply(scope, true); });
        if (!result.ok) {
            Q_EMIT message(2, tr("The attribution rules could not be saved: %1").arg(result.message));
            return false;
        }
    }
    m_save->setEnabled(false);
    Q_EMIT message(0, tr("Attribution rules saved; the web figures now follow them."));
    return true;
}

void AttributionEditor::saveAsTask(TaskRunner *tasks, const QVector<AttributionRule> &before, const QVector<AttributionRule> &after)
{
    // Saving re-attributes the daily web summary: seconds on years of traffic.
    TaskRunner::Options options;
    options.title = tr("Web Attribution Rules");
    options.label = tr("Saving the rules and re-attributing the web traffic…");
    options.errorText = tr("The attribution rules could not be saved: %1");
    m_save->setEnabled(false);
    QPointer<Workspace> workspace = m_workspace;
    tasks->runWrite(
        m_workspace, options, [before, after](WriteScope &scope) { AttributionRulesEdit(before, after).apply(scope, true); }, this,
        [this, tasks, workspace, before, after](const WriteResult &result) {
            if (!result.ok) {
                validate(); // the edits are still there to save again
                if (result.cancelled)
                    Q_EMIT message(1, tr("Saving the attribution rules was cancelled; nothing was changed."));
                return;
            }
            if (m_undoStack && workspace) {
                m_undoStack->push(new AttributionRulesCommand(
                    workspace, before, after, [this](const QString &error) { Q_EMIT message(2, error); }, tasks));
            }
            m_save->setEnabled(false);
            Q_EMIT message(0, tr("Attribution rules saved; the web figures now follow them."));
        });
}

void AttributionEditor::reloadIfClean()
{
    // After an undo or redo of the rules (or another change of the workspace), unless the
    // table holds edits not saved yet.
    if (m_workspace && !m_save->isEnabled())
        setWorkspace(m_workspace, m_undoStack);
}

} // namespace Beamline
