// SPDX-License-Identifier: GPL-3.0-or-later
#include "posteditordialog.h"

#include "serieseditordialog.h"

#include <core/domain/isotime.h>
#include <core/plan/recurrence.h>
#include <core/services/planservice.h>
#include <core/services/setupservice.h>
#include <core/workspace/approvals.h>
#include <core/workspace/workspace.h>
#include <ui/widgets/screenfit.h>

#include <QCheckBox>
#include <QLocale>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Beamline {

namespace {

// The interface's language when a catalogue of it is shipped (English otherwise), as a code.
QString defaultLanguage()
{
    const QString code = QLocale().name().section(QLatin1Char('_'), 0, 0);
    return code == QLatin1String("fr") ? code : QStringLiteral("en");
}

QStringList splitWords(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

} // namespace

PostEditorDialog::PostEditorDialog(const QSqlDatabase &db, const QTimeZone &zone, const Post &post, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_zone(zone)
    , m_post(post)
    , m_title(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_scheduled(new QCheckBox(tr("&Scheduled"), this))
    , m_when(new QDateTimeEdit(this))
    , m_slot(new QLabel(this))
    , m_texts(new QTabWidget(this))
    , m_body(new QPlainTextEdit(this))
    , m_counts(new QLabel(this))
    , m_pillar(new QComboBox(this))
    , m_campaign(new QComboBox(this))
    , m_assignee(new QComboBox(this))
    , m_approver(new QComboBox(this))
    , m_hashtags(new QLineEdit(this))
    , m_links(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_notes(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
    , m_attribution(new QLabel(this))
    , m_approvalProblem(new QLabel(this))
{
    setWindowTitle(post.id ? tr("Edit Post") : tr("New Post"));
    setObjectName(QStringLiteral("postEditor"));

    // What the dialog offers. A list that cannot be read is said in the dialog, and the post
    // cannot be saved from it (its channels or pillar would be lost).
    const SetupService setup(db);
    auto read = [this](auto result) {
        if (!result && m_readProblem.isEmpty())
            m_readProblem = tr("The workspace could not be read: %1").arg(result.error().text());
        return std::move(result).valueOr({});
    };
    const std::optional<Series> series = post.seriesId ? read(PlanService(db).series(*post.seriesId)) : std::nullopt;
    const QVector<Channel> channels = read(setup.channels());
    const QVector<Pillar> pillars = read(setup.pillars());
    const QVector<Campaign> campaigns = read(setup.campaigns());
    const QVector<Person> people = read(setup.people());

    m_title->setObjectName(QStringLiteral("title"));
    m_title->setText(post.title);
    m_title->setPlaceholderText(tr("What is it about? (only the team sees this)"));
    for (PostStatus s : PostStatuses::all())
        m_status->addItem(PostStatuses::displayName(s), PostStatuses::key(s));
    m_status->setCurrentIndex(m_status->findData(PostStatuses::key(post.status)));

    m_when->setObjectName(QStringLiteral("when"));
    m_when->setCalendarPopup(true);
    m_when->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat) + QStringLiteral(" HH:mm"));
    const QDateTime local = post.scheduledAt.isValid() ? post.scheduledAt.toTimeZone(zone) : QDateTime();
    m_when->setDateTime(local.isValid() ? QDateTime(local.date(), local.time()) : QDateTime(QDate::currentDate(), QTime(9, 0)));
    m_scheduled->setChecked(post.scheduledAt.isValid());
    m_when->setEnabled(post.scheduledAt.isValid());
    connect(m_scheduled, &QCheckBox::toggled, m_when, &QWidget::setEnabled);
    auto *whenRow = new QHBoxLayout;
    whenRow->addWidget(m_scheduled);
    whenRow->addWidget(m_when, 1);
    auto *zoneLabel = new QLabel(QString::fromUtf8(zone.id()), this);
    zoneLabel->setObjectName(QStringLiteral("zone"));
    zoneLabel->setToolTip(tr("The workspace's time zone"));
    zoneLabel->setForegroundRole(QPalette::PlaceholderText);
    whenRow->addWidget(zoneLabel);

    // The series slot the post fills, if any: in the workspace's zone like the field above,
    // with the series' own time when it keeps another zone.
    if (post.seriesId && post.occurrence.isValid()) {
        if (series) {
            const QTimeZone seriesZone(series->timeZone.toUtf8());
            const QDateTime start = Recurrence::toUtc(post.occurrence, seriesZone.isValid() ? seriesZone : zone).toTimeZone(zone);
            QString when = QLocale().toString(start, QStringLiteral("dddd d MMMM yyyy, HH:mm"));
            if (seriesZone.isValid() && seriesZone != zone)
                when = tr("%1 (%2 in %3)").arg(when, post.occurrence.time().toString(QStringLiteral("HH:mm")), series->timeZone);
            m_slot->setText(tr("Fills the “%1” slot of %2.").arg(series->name, when));
        }
    }
    m_slot->setVisible(!m_slot->text().isEmpty());
    m_slot->setWordWrap(true);

    // Channels: a check box each, and a text tab for each checked one.
    auto *channelRow = new QHBoxLayout;
    for (const Channel &c : channels) {
        const QString name = channelLabel(c, channels);
        auto *box = new QCheckBox(name, this);
        box->setObjectName(QStringLiteral("channel-%1").arg(c.id));
        box->setToolTip(tr("%1, limit %2 characters").arg(Platforms::displayName(c.platform), QLocale().toString(c.characterLimit())));
        for (const PostChannel &pc : post.channels) {
            if (pc.channelId == c.id)
                box->setChecked(true);
        }
        m_channelBoxes.insert(c.id, box);
        m_platforms.insert(c.id, c.platform);
        m_limits.insert(c.id, c.characterLimit());
        m_channelNames.insert(c.id, name);
        channelRow->addWidget(box);
        auto *variant = new QPlainTextEdit(this);
        variant->setObjectName(QStringLiteral("variant-%1").arg(c.id));
        variant->setPlaceholderText(tr("Same as the text for all channels. Write here to adapt it for %1.").arg(Platforms::displayName(c.platform)));
        variant->setTabChangesFocus(true);
        variant->hide(); // shown in its tab while the channel is checked
        for (const PostChannel &pc : post.channels) {
            if (pc.channelId == c.id)
                variant->setPlainText(pc.textVariant);
        }
        m_variants.insert(c.id, variant);
        connect(box, &QCheckBox::toggled, this, [this] {
            updateVariantTabs();
            updateCounts();
            validate();
        });
        connect(variant, &QPlainTextEdit::textChanged, this, &PostEditorDialog::updateCounts);
    }
    if (channels.isEmpty()) {
        auto *none = new QLabel(tr("This workspace has no channels yet: add them under Settings ▸ Workspace ▸ Channels."), this);
        none->setObjectName(QStringLiteral("noChannels"));
        none->setWordWrap(true);
        channelRow->addWidget(none, 1);
    }
    channelRow->addStretch();

    m_body->setObjectName(QStringLiteral("body"));
    m_body->setPlainText(post.body);
    m_body->setTabChangesFocus(true);
    m_body->setPlaceholderText(tr("The text of the post"));
    m_texts->addTab(m_body, tr("All channels"));
    connect(m_body, &QPlainTextEdit::textChanged, this, &PostEditorDialog::updateCounts);
    m_counts->setObjectName(QStringLiteral("counts"));
    m_counts->setTextFormat(Qt::RichText);

    // A post of a series with a pillar and none of its own follows the series' pillar, as
    // the calendar and the pillar mix count it: say so rather than "None".
    QString noPillar = tr("None");
    if (post.seriesId) {
        if (series && series->pillarId) {
            for (const Pillar &p : pillars) {
                if (p.id == *series->pillarId)
                    noPillar = tr("The series' (%1)").arg(p.name);
            }
        }
    }
    m_pillar->setObjectName(QStringLiteral("pillar"));
    m_pillar->addItem(noPillar, 0);
    for (const Pillar &p : pillars)
        m_pillar->addItem(p.name, p.id);
    m_pillar->setCurrentIndex(qMax(0, m_pillar->findData(post.pillarId.value_or(0))));
    m_campaign->addItem(tr("None"), 0);
    for (const Campaign &c : campaigns)
        m_campaign->addItem(c.hashtag.isEmpty() ? c.name : QStringLiteral("%1 (%2)").arg(c.name, c.hashtag), c.id);
    m_campaign->setCurrentIndex(qMax(0, m_campaign->findData(post.campaignId.value_or(0))));
    m_assignee->setEditable(true);
    m_assignee->setInsertPolicy(QComboBox::NoInsert);
    m_assignee->addItem(QString(), 0);
    for (const Person &p : people)
        m_assignee->addItem(p.name, p.id);
    m_assignee->setCurrentIndex(qMax(0, m_assignee->findData(post.assigneeId.value_or(0))));
    m_assignee->lineEdit()->setPlaceholderText(tr("Nobody yet; type a name to add someone"));
    m_approver->setObjectName(QStringLiteral("approver"));
    m_approver->addItem(tr("Nobody"), 0);
    for (const Person &p : people) {
        if (p.role == Person::Role::Approver || post.approverId == p.id)
            m_approver->addItem(p.name, p.id);
    }
    m_approver->setCurrentIndex(qMax(0, m_approver->findData(post.approverId.value_or(0))));
    m_approver->setToolTip(tr("Who signs the post off; people with the approver role (Settings ▸ Workspace ▸ People)"));

    m_hashtags->setText(post.hashtags.join(QLatin1Char(' ')));
    m_hashtags->setPlaceholderText(tr("#ThrowbackThursday #physics"));
    m_links->setText(post.links.join(QLatin1Char(' ')));
    m_links->setPlaceholderText(tr("https://…"));
    const QList<QPair<QString, QString>> languages = {{QStringLiteral("en"), tr("English")}, {QStringLiteral("fr"), tr("French")},
                                                      {QStringLiteral("de"), tr("German")},  {QStringLiteral("it"), tr("Italian")},
                                                      {QStringLiteral("es"), tr("Spanish")}};
    for (const auto &[code, name] : languages)
        m_language->addItem(name, code);
    // A new post is written in the language the team reads Beamline in.
    const QString language = post.id ? post.language : defaultLanguage();
    if (m_language->findData(language) < 0)
        m_language->addItem(language, language);
    m_language->setCurrentIndex(m_language->findData(language));
    m_notes->setPlainText(post.notes);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(fontMetrics().height() * 4);

    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_attribution->setObjectName(QStringLiteral("attribution"));
    m_attribution->setWordWrap(true);
    m_attribution->setForegroundRole(QPalette::PlaceholderText);
    m_approvalProblem->setObjectName(QStringLiteral("approvalProblem"));
    m_approvalProblem->setWordWrap(true);
    m_approvalProblem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("S&tatus:"), m_status);
    auto *whenLabel = new QLabel(tr("&When:"), this);
    whenLabel->setBuddy(m_scheduled);
    form->addRow(whenLabel, whenRow);
    form->addRow(QString(), m_slot);
    form->addRow(tr("Channels:"), channelRow);
    form->addRow(tr("Te&xt:"), m_texts);
    form->addRow(QString(), m_counts);
    form->addRow(tr("&Pillar:"), m_pillar);
    form->addRow(tr("&Campaign:"), m_campaign);
    form->addRow(tr("&Assignee:"), m_assignee);
    form->addRow(tr("Appro&ver:"), m_approver);
    form->addRow(tr("&Hashtags:"), m_hashtags);
    form->addRow(tr("&Links:"), m_links);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Notes:"), m_notes);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    if (post.id) {
        m_approve = buttons->addButton(tr("Appr&ove"), QDialogButtonBox::ActionRole);
        m_approve->setObjectName(QStringLiteral("approve"));
        m_approve->setEnabled(false); // until enableApproval() knows who signs in
        connect(m_approve, &QPushButton::clicked, this, &PostEditorDialog::approve);
        QPushButton *remove = buttons->addButton(tr("&Delete Post"), QDialogButtonBox::DestructiveRole);
        connect(remove, &QPushButton::clicked, this, [this] {
            m_deleteRequested = true;
            accept();
        });
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &PostEditorDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_attribution);
    layout->addWidget(m_approvalProblem);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    updateVariantTabs();
    updateCounts();
    validate();
    showAttribution();
    resizeToFitScreen(this, QSize(qMax(sizeHint().width(), 640), sizeHint().height())); // its buttons on a 700 px screen
    m_initial = this->post();
}

void PostEditorDialog::enableApproval(Workspace *workspace)
{
    m_workspace = workspace;
    if (!m_approve || !workspace)
        return;
    QString error;
    const Signer signer = Approvals::current(*workspace, &error);
    m_approve->setEnabled(signer.mayApprove && !m_approved);
    if (!error.isEmpty())
        m_approve->setToolTip(error);
    else if (!signer.mayApprove)
        m_approve->setToolTip(tr("Only approvers may approve posts; you sign in as %1.").arg(signer.login));
    else
        m_approve->setToolTip(tr("Approve the post as it is stored, now"));
}

void PostEditorDialog::approve()
{
    if (!m_workspace || !m_post.id)
        return;
    Post stored;
    const WriteResult result = Approvals::approve(*m_workspace, m_post.id, m_post.version, nullptr, &stored);
    if (!result.ok) {
        // The server's refusal (or another editor's change) is said here; nothing was written.
        m_approvalProblem->setText(result.message);
        m_approvalProblem->show();
        return;
    }
    m_approvalProblem->hide();
    for (Post *p : {&m_post, &m_initial}) {
        p->status = stored.status;
        p->version = stored.version;
        p->approvedBy = stored.approvedBy;
        p->approvedAt = stored.approvedAt;
        p->changedBy = stored.changedBy;
        p->updatedAt = stored.updatedAt;
        p->updatedBy = stored.updatedBy;
    }
    m_approved = true;
    m_status->setCurrentIndex(m_status->findData(PostStatuses::key(PostStatus::Approved)));
    m_approve->setEnabled(false);
    showAttribution();
}

QString PostEditorDialog::attributionText() const
{
    return m_attribution->text();
}

void PostEditorDialog::showAttribution()
{
    m_attribution->setText(Approvals::attribution(m_db, m_post, m_zone));
    m_attribution->setVisible(!m_attribution->text().isEmpty());
}

bool PostEditorDialog::isModified() const
{
    return !(post() == m_initial) || !newAssignee().isEmpty();
}

void PostEditorDialog::reject()
{
    // Escape or Cancel must not throw written work away unasked.
    if (!isModified() || !isEnabled()) {
        QDialog::reject();
        return;
    }
    QMessageBox box(QMessageBox::Warning, windowTitle(), tr("Save the changes to “%1”?").arg(m_title->text().trimmed().isEmpty() ? tr("this post")
                                                                                                                                 : m_title->text().trimmed()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setInformativeText(tr("You have written or changed things in this post."));
    box.setDefaultButton(QMessageBox::Save);
    box.button(QMessageBox::Save)->setEnabled(m_ok->isEnabled());
    switch (box.exec()) {
    case QMessageBox::Save:
        accept();
        break;
    case QMessageBox::Discard:
        QDialog::reject();
        break;
    default:
        break; // keep editing
    }
}

void PostEditorDialog::updateVariantTabs()
{
    // Keep the "All channels" tab, then one per checked channel, in channel order.
    while (m_texts->count() > 1)
        m_texts->removeTab(1);
    QList<qint64> ids = m_channelBoxes.keys();
    std::sort(ids.begin(), ids.end());
    for (qint64 id : std::as_const(ids)) {
        if (m_channelBoxes.value(id)->isChecked())
            m_texts->addTab(m_variants.value(id), m_channelNames.value(id));
    }
}

QString PostEditorDialog::textFor(qint64 channelId) const
{
    const QString variant = m_variants.value(channelId)->toPlainText();
    return variant.isEmpty() ? m_body->toPlainText() : variant;
}

QString PostEditorDialog::countSummary() const
{
    QStringList parts;
    QList<qint64> ids = m_channelBoxes.keys();
    std::sort(ids.begin(), ids.end());
    for (qint64 id : std::as_const(ids)) {
        if (!m_channelBoxes.value(id)->isChecked())
            continue;
        const Platform platform = m_platforms.value(id);
        const int length = Platforms::textLength(platform, textFor(id));
        const int limit = m_limits.value(id);
        parts.append(QStringLiteral("%1 %2/%3").arg(m_channelNames.value(id), QLocale().toString(length), QLocale().toString(limit)));
    }
    return parts.join(QStringLiteral(" · "));
}

bool PostEditorDialog::anyOverLimit() const
{
    for (auto it = m_channelBoxes.cbegin(); it != m_channelBoxes.cend(); ++it) {
        const int limit = m_limits.value(it.key());
        if (it.value()->isChecked() && limit > 0 && Platforms::textLength(m_platforms.value(it.key()), textFor(it.key())) > limit)
            return true;
    }
    return false;
}

void PostEditorDialog::updateCounts()
{
    QStringList parts;
    QList<qint64> ids = m_channelBoxes.keys();
    std::sort(ids.begin(), ids.end());
    const QColor over = QColor(0xD5, 0x5E, 0x00);
    for (qint64 id : std::as_const(ids)) {
        if (!m_channelBoxes.value(id)->isChecked())
            continue;
        const Platform platform = m_platforms.value(id);
        const int length = Platforms::textLength(platform, textFor(id));
        const int limit = m_limits.value(id);
        QString part = QStringLiteral("%1 %2 / %3").arg(m_channelNames.value(id).toHtmlEscaped(), QLocale().toString(length), QLocale().toString(limit));
        if (limit > 0 && length > limit)
            part = QStringLiteral("<span style=\"color:%1\"><b>%2</b> — %3</span>")
                       .arg(over.name(), part, tr("%n character(s) too long", nullptr, length - limit).toHtmlEscaped());
        const int tab = m_texts->indexOf(m_variants.value(id));
        if (tab >= 0)
            m_texts->setTabText(tab, limit > 0 && length > limit ? tr("%1 (too long)").arg(m_channelNames.value(id)) : m_channelNames.value(id));
        parts.append(part);
    }
    m_counts->setText(parts.isEmpty() ? tr("Choose the channels the post goes out on.") : parts.join(QStringLiteral(" · ")));
}

void PostEditorDialog::validate()
{
    const bool hasChannel = std::any_of(m_channelBoxes.cbegin(), m_channelBoxes.cend(), [](const QCheckBox *box) { return box->isChecked(); });
    QString problem;
    if (!m_readProblem.isEmpty())
        problem = m_readProblem; // first: what the dialog shows may be incomplete
    else if (m_title->text().trimmed().isEmpty())
        problem = tr("A post needs a title.");
    else if (m_channelBoxes.isEmpty())
        problem = tr("A post goes out on a channel: add the team's channels under Settings ▸ Workspace ▸ Channels first.");
    else if (!hasChannel)
        problem = tr("Choose at least one channel the post goes out on.");
    m_ok->setEnabled(problem.isEmpty());
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

QString PostEditorDialog::newAssignee() const
{
    const QString name = m_assignee->currentText().trimmed();
    if (name.isEmpty() || m_assignee->findText(name) >= 0)
        return {};
    return name;
}

Post PostEditorDialog::post() const
{
    Post p = m_post;
    p.title = m_title->text().trimmed();
    p.status = *PostStatuses::fromKey(m_status->currentData().toString());
    if (m_scheduled->isChecked()) {
        const QDateTime wall = m_when->dateTime();
        p.scheduledAt = Recurrence::toUtc(IsoTime::makeWallClock(wall.date(), QTime(wall.time().hour(), wall.time().minute())), m_zone);
    } else {
        p.scheduledAt = {};
    }
    p.body = m_body->toPlainText();
    p.channels.clear();
    QList<qint64> ids = m_channelBoxes.keys();
    std::sort(ids.begin(), ids.end());
    for (qint64 id : std::as_const(ids)) {
        if (m_channelBoxes.value(id)->isChecked())
            p.channels.append({id, m_variants.value(id)->toPlainText()});
    }
    const qint64 pillar = m_pillar->currentData().toLongLong();
    p.pillarId = pillar ? std::optional<qint64>(pillar) : std::nullopt;
    const qint64 campaign = m_campaign->currentData().toLongLong();
    p.campaignId = campaign ? std::optional<qint64>(campaign) : std::nullopt;
    const int assigneeIndex = m_assignee->findText(m_assignee->currentText().trimmed());
    const qint64 assignee = assigneeIndex >= 0 ? m_assignee->itemData(assigneeIndex).toLongLong() : 0;
    p.assigneeId = assignee ? std::optional<qint64>(assignee) : std::nullopt;
    const qint64 approver = m_approver->currentData().toLongLong();
    p.approverId = approver ? std::optional<qint64>(approver) : std::nullopt;
    p.hashtags.clear();
    for (QString tag : splitWords(m_hashtags->text())) {
        if (!tag.startsWith(QLatin1Char('#')))
            tag.prepend(QLatin1Char('#'));
        if (!p.hashtags.contains(tag))
            p.hashtags.append(tag);
    }
    p.links = splitWords(m_links->text());
    p.links.removeDuplicates();
    p.language = m_language->currentData().toString();
    p.notes = m_notes->toPlainText();
    return p;
}

} // namespace Beamline
