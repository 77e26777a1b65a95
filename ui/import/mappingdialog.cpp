// SPDX-License-Identifier: GPL-3.0-or-later
#include "mappingdialog.h"

#include <core/import/columnmap.h>
#include <core/import/csvreader.h>
#include <core/import/importsource.h>
#include <core/services/dataservice.h>
#include <ui/commands/importcommands.h>
#include <core/workspace/workspace.h>
#include <ui/widgets/timezonecombo.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QHash>
#include <QLabel>
#include <QLocale>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Beamline {

namespace {
constexpr int PreviewRows = 30;

// A cell that holds a figure or a date, not a column name.
bool looksLikeValue(const QString &cell)
{
    static const QRegularExpression number(QStringLiteral("^[-+]?[\\d\\s.,'’\\x{00a0}\\x{202f}]*\\d[\\d\\s.,'’\\x{00a0}\\x{202f}]*\\s?%?$"));
    static const QRegularExpression date(QStringLiteral("^\\d{1,4}[-/.]\\d{1,2}([-/.]\\d{1,4})?([ T]\\d{1,2}:\\d{2}.*)?$"));
    static const QRegularExpression time(QStringLiteral("^\\d{1,2}:\\d{2}(:\\d{2})?$"));
    const QString c = cell.trimmed();
    return number.match(c).hasMatch() || date.match(c).hasMatch() || time.match(c).hasMatch();
}

// Cells up to the last non-empty one (Excel pads rows with empty cells).
int usedWidth(const QStringList &row)
{
    int width = int(row.size());
    while (width > 0 && row.at(width - 1).trimmed().isEmpty())
        --width;
    return width;
}
enum MappingColumn { NameColumn, SampleColumn, RoleColumn, KindColumn };
} // namespace

QString MappingDialog::roleLabel(const QString &role)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("post.id"), QT_TR_NOOP("Post ID")},
        {QStringLiteral("post.time"), QT_TR_NOOP("Publish date and time")},
        {QStringLiteral("post.text"), QT_TR_NOOP("Post text")},
        {QStringLiteral("post.permalink"), QT_TR_NOOP("Link to the post")},
        {QStringLiteral("post.type"), QT_TR_NOOP("Post type")},
        {QStringLiteral("day"), QT_TR_NOOP("Date")},
        {QStringLiteral("web.dimension"), QT_TR_NOOP("Dimension (source, page…)")},
        {QStringLiteral("web.dimension2"), QT_TR_NOOP("Second dimension")},
        {QStringLiteral("mention.time"), QT_TR_NOOP("Date and time")},
        {QStringLiteral("mention.id"), QT_TR_NOOP("Mention ID")},
        {QStringLiteral("mention.url"), QT_TR_NOOP("Link")},
        {QStringLiteral("mention.domain"), QT_TR_NOOP("Domain")},
        {QStringLiteral("mention.network"), QT_TR_NOOP("Network or source")},
        {QStringLiteral("mention.author"), QT_TR_NOOP("Author")},
        {QStringLiteral("mention.text"), QT_TR_NOOP("Text")},
        {QStringLiteral("mention.reach"), QT_TR_NOOP("Reach")},
        {QStringLiteral("mention.engagement"), QT_TR_NOOP("Engagement")},
        {QStringLiteral("mention.sentiment"), QT_TR_NOOP("Sentiment")},
        {QStringLiteral("metric:impressions"), QT_TR_NOOP("Impressions")},
        {QStringLiteral("metric:reach"), QT_TR_NOOP("Reach")},
        {QStringLiteral("metric:views"), QT_TR_NOOP("Views")},
        {QStringLiteral("metric:likes"), QT_TR_NOOP("Likes / reactions")},
        {QStringLiteral("metric:comments"), QT_TR_NOOP("Comments / replies")},
        {QStringLiteral("metric:shares"), QT_TR_NOOP("Shares / reposts")},
        {QStringLiteral("metric:saves"), QT_TR_NOOP("Saves / bookmarks")},
        {QStringLiteral("metric:clicks"), QT_TR_NOOP("Link clicks")},
        {QStringLiteral("metric:follows"), QT_TR_NOOP("Follows from the post")},
        {QStringLiteral("metric:video_views"), QT_TR_NOOP("Video views")},
        {QStringLiteral("metric:watch_seconds"), QT_TR_NOOP("Watch time")},
        {QStringLiteral("metric:engagements"), QT_TR_NOOP("Engagements (as the platform counts them)")},
        {QStringLiteral("metric:profile_visits"), QT_TR_NOOP("Profile visits")},
        {QStringLiteral("daily:followers_gained"), QT_TR_NOOP("Followers gained")},
        {QStringLiteral("daily:followers_lost"), QT_TR_NOOP("Followers lost")},
        {QStringLiteral("daily:profile_visits"), QT_TR_NOOP("Profile visits")},
        {QStringLiteral("daily:reach"), QT_TR_NOOP("Reach")},
        {QStringLiteral("daily:impressions"), QT_TR_NOOP("Impressions")},
        {QStringLiteral("daily:views"), QT_TR_NOOP("Views")},
        {QStringLiteral("daily:story_views"), QT_TR_NOOP("Story views")},
        {QStringLiteral("web:sessions"), QT_TR_NOOP("Sessions / visits")},
        {QStringLiteral("web:users"), QT_TR_NOOP("Users")},
        {QStringLiteral("web:new_users"), QT_TR_NOOP("New users")},
        {QStringLiteral("web:bounce_rate"), QT_TR_NOOP("Bounce rate")},
        {QStringLiteral("web:avg_session_seconds"), QT_TR_NOOP("Average session duration")},
        {QStringLiteral("web:pageviews"), QT_TR_NOOP("Pageviews")},
        {QStringLiteral("web:unique_pageviews"), QT_TR_NOOP("Unique pageviews")},
        {QStringLiteral("web:avg_time_on_page_seconds"), QT_TR_NOOP("Average time on page")},
        {QStringLiteral("web:entrances"), QT_TR_NOOP("Entrances")},
        {QStringLiteral("web:exits"), QT_TR_NOOP("Exits")},
        {QStringLiteral("web:exit_rate"), QT_TR_NOOP("Exit rate")},
        {QStringLiteral("web:engaged_sessions"), QT_TR_NOOP("Engaged sessions")},
        {QStringLiteral("web:conversions"), QT_TR_NOOP("Conversions / key events")},
        {QStringLiteral("web:actions"), QT_TR_NOOP("Actions / events")},
    };
    const auto it = labels.constFind(role);
    return it == labels.constEnd() ? role : tr(*it);
}

MappingDialog::MappingDialog(Workspace *workspace, const QString &file, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_file(file)
    , m_headerLine(new QSpinBox(this))
    , m_target(new QComboBox(this))
    , m_platform(new QComboBox(this))
    , m_channel(new QLineEdit(this))
    , m_dateLayout(new QComboBox(this))
    , m_decimal(new QComboBox(this))
    , m_zone(new TimeZoneCombo(this))
    , m_report(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_columns(new QTableWidget(this))
    , m_preview(new QTableWidget(this))
    , m_problems(new QLabel(this))
    , m_ragged(new QLabel(this))
{
    setWindowTitle(tr("Map the Columns of “%1”").arg(QFileInfo(file).fileName()));
    resize(1000, 680);

    // The first rows of the file, read here: a handful of rows is quick.
    ImportSource source(file);
    if (source.open() && !source.parts().isEmpty()) {
        if (RecordStream *stream = source.openPart(0)) {
            if (!source.csvReader() || source.csvReader()->open()) {
                Record record;
                while (m_rows.size() < PreviewRows + 10 && stream->next(record)) {
                    m_rows.append(record.fields);
                    m_lines.append(record.line > 0 ? record.line : m_rows.size());
                }
            }
        }
    }

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Say what each column means. Beamline saves this as a mapping and uses it for every file with the same "
                                "columns."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_headerLine->setRange(1, qMax(1, int(m_rows.size())));
    form->addRow(tr("&Header is on line:"), m_headerLine);
    m_target->addItem(tr("Posts with their metrics"), int(ImportProfile::Target::Posts));
    m_target->addItem(tr("Account metrics by day"), int(ImportProfile::Target::Daily));
    m_target->addItem(tr("Web traffic"), int(ImportProfile::Target::Web));
    m_target->addItem(tr("Mentions"), int(ImportProfile::Target::Mentions));
    form->addRow(tr("The file &holds:"), m_target);
    for (Platform p : Platforms::measured() + QList<Platform>{Platform::Other})
        m_platform->addItem(Platforms::displayName(p), Platforms::key(p));
    form->addRow(tr("&Platform:"), m_platform);
    m_channel->setPlaceholderText(tr("the lab's main account"));
    form->addRow(tr("&Account handle:"), m_channel);
    m_report->setPlaceholderText(tr("e.g. source_medium, page, site"));
    form->addRow(tr("&Breakdown:"), m_report);
    const std::pair<Values::DateLayout, QString> layouts[] = {
        {Values::DateLayout::Iso, tr("2024-03-31 (ISO)")},
        {Values::DateLayout::UsSlash, tr("03/31/2024 (month first)")},
        {Values::DateLayout::EuropeanSlash, tr("31/03/2024 (day first)")},
        {Values::DateLayout::Dotted, tr("31.03.2024")},
        {Values::DateLayout::MonthNameDayYear, tr("Mar 31, 2024")},
        {Values::DateLayout::XAccount, tr("Sun, Mar 31, 2024")},
        {Values::DateLayout::DayMonthNameYear, tr("31-Mar-2024")},
        {Values::DateLayout::Compact, tr("20240331")},
        {Values::DateLayout::YearMonth, tr("2024-03 (month)")},
        {Values::DateLayout::ExcelSerial, tr("Excel serial number")},
    };
    for (const auto &[layout, label] : layouts)
        m_dateLayout->addItem(label, int(layout));
    form->addRow(tr("&Dates look like:"), m_dateLayout);
    m_decimal->addItem(tr("1,234.5 (point)"), QStringLiteral("."));
    m_decimal->addItem(tr("1.234,5 or 1 234,5 (comma)"), QStringLiteral(","));
    form->addRow(tr("Decimal &separator:"), m_decimal);
    m_zone->setZone(workspace ? workspace->timeZone() : QTimeZone::utc());
    form->addRow(tr("Times are in &zone:"), m_zone);
    m_name->setText(QFileInfo(file).completeBaseName());
    form->addRow(tr("Save the mapping &as:"), m_name);
    layout->addLayout(form);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_columns->setColumnCount(4);
    m_columns->setHorizontalHeaderLabels({tr("Column"), tr("First values"), tr("Meaning"), tr("Written as")});
    m_columns->horizontalHeader()->setSectionResizeMode(SampleColumn, QHeaderView::Stretch);
    m_columns->verticalHeader()->hide();
    m_columns->setAccessibleName(tr("Columns and their meaning"));
    splitter->addWidget(m_columns);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setAccessibleName(tr("First rows of the file"));
    splitter->addWidget(m_preview);
    layout->addWidget(splitter, 1);

    m_ragged->setObjectName(QStringLiteral("raggedRows"));
    m_ragged->setWordWrap(true);
    m_ragged->hide();
    layout->addWidget(m_ragged);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #da4453;"));
    m_problems->hide();
    layout->addWidget(m_problems);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save Mapping"));
    connect(buttons, &QDialogButtonBox::accepted, this, &MappingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    const int best = guessHeaderRow(m_rows);
    m_headerLine->setValue(best + 1);
    connect(m_headerLine, &QSpinBox::valueChanged, this, &MappingDialog::loadHeader);
    connect(m_target, &QComboBox::currentIndexChanged, this, &MappingDialog::fillRoles);
    loadHeader();
}

int MappingDialog::guessHeaderRow(const QVector<QStringList> &rows)
{
    const int candidates = qMin<int>(10, int(rows.size()));
    for (int i = 0; i < candidates; ++i) {
        int filled = 0;
        bool names = true;
        for (const QString &cell : rows.at(i)) {
            if (cell.trimmed().isEmpty())
                continue;
            ++filled;
            names = names && !looksLikeValue(cell);
        }
        if (filled < 2 || !names)
            continue;
        // As wide as most rows below it: a title or a note above the table is narrower.
        QHash<int, int> widths;
        for (int r = i + 1; r < rows.size() && r <= i + 20; ++r) {
            if (usedWidth(rows.at(r)) > 1)
                widths[usedWidth(rows.at(r))] += 1;
        }
        int typical = 0, seen = 0;
        for (auto it = widths.cbegin(); it != widths.cend(); ++it) {
            if (it.value() > seen || (it.value() == seen && it.key() > typical)) {
                typical = it.key();
                seen = it.value();
            }
        }
        if (typical == 0 || filled * 10 >= typical * 6)
            return i;
    }
    // Nothing looks like names only: the first of the widest rows.
    int best = 0;
    for (int i = 1; i < candidates; ++i) {
        if (usedWidth(rows.at(i)) > usedWidth(rows.at(best)))
            best = i;
    }
    return best;
}

QString MappingDialog::raggedRowsText(const QVector<QStringList> &rows, const QVector<qint64> &lines, int headerRow)
{
    const int width = usedWidth(rows.value(headerRow));
    QStringList fewer, more;
    for (int r = headerRow + 1; r < rows.size(); ++r) {
        const int used = usedWidth(rows.at(r));
        if (used == 0)
            continue;
        const QString line = QLocale().toString(lines.value(r, r + 1));
        if (used < width)
            fewer.append(line);
        else if (used > width)
            more.append(line);
    }
    if (fewer.isEmpty() && more.isEmpty())
        return {};
    QStringList parts;
    const auto list = [](const QStringList &l) {
        return l.size() > 8 ? l.mid(0, 8).join(QStringLiteral(", ")) + QStringLiteral("…") : l.join(QStringLiteral(", "));
    };
    if (!fewer.isEmpty())
        parts.append(tr("%n row(s) have fewer cells than the header (line(s) %1)", nullptr, int(fewer.size())).arg(list(fewer)));
    if (!more.isEmpty())
        parts.append(tr("%n row(s) have more cells than the header (line(s) %1)", nullptr, int(more.size())).arg(list(more)));
    return tr("Among the first rows, %1. Check that the header line is right; the import reports such rows instead of guessing "
              "which cell is which.").arg(parts.join(tr(" and ")));
}

QString MappingDialog::raggedRowsNote() const
{
    return m_ragged->text();
}

void MappingDialog::loadHeader()
{
    const int headerIndex = m_headerLine->value() - 1;
    m_ragged->setText(raggedRowsText(m_rows, m_lines, headerIndex));
    m_ragged->setVisible(!m_ragged->text().isEmpty());
    const QStringList header = m_rows.value(headerIndex);
    m_columns->setRowCount(int(header.size()));
    for (int c = 0; c < header.size(); ++c) {
        auto *name = new QTableWidgetItem(header.at(c));
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_columns->setItem(c, NameColumn, name);
        QStringList samples;
        for (int r = headerIndex + 1; r < m_rows.size() && samples.size() < 3; ++r) {
            const QString v = m_rows.at(r).value(c).simplified();
            if (!v.isEmpty())
                samples.append(v.left(40));
        }
        auto *sample = new QTableWidgetItem(samples.join(QStringLiteral(" · ")));
        sample->setFlags(Qt::ItemIsEnabled);
        m_columns->setItem(c, SampleColumn, sample);
    }
    m_preview->setColumnCount(int(header.size()));
    m_preview->setHorizontalHeaderLabels(header);
    const int rows = qMin(PreviewRows, int(m_rows.size()) - headerIndex - 1);
    m_preview->setRowCount(qMax(0, rows));
    for (int r = 0; r < rows; ++r) {
        const QStringList &values = m_rows.at(headerIndex + 1 + r);
        for (int c = 0; c < header.size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(values.value(c)));
    }
    fillRoles();
}

void MappingDialog::fillRoles()
{
    const auto target = static_cast<ImportProfile::Target>(m_target->currentData().toInt());
    const QStringList roles = ImportProfile::rolesFor(target);
    m_report->setEnabled(target == ImportProfile::Target::Web);
    m_platform->setEnabled(target == ImportProfile::Target::Posts || target == ImportProfile::Target::Daily);
    m_channel->setEnabled(m_platform->isEnabled());
    for (int c = 0; c < m_columns->rowCount(); ++c) {
        auto *role = new QComboBox(m_columns);
        role->addItem(tr("(not used)"), QString());
        for (const QString &r : roles)
            role->addItem(roleLabel(r), r);
        m_columns->setCellWidget(c, RoleColumn, role);
        auto *kind = new QComboBox(m_columns);
        kind->addItem(tr("Number"), ImportProfile::kindKey(ColumnSpec::Kind::Number));
        kind->addItem(tr("Text"), ImportProfile::kindKey(ColumnSpec::Kind::Text));
        kind->addItem(tr("Percent with % (45.2%)"), ImportProfile::kindKey(ColumnSpec::Kind::PercentString));
        kind->addItem(tr("Fraction (0.452)"), ImportProfile::kindKey(ColumnSpec::Kind::Fraction));
        kind->addItem(tr("Percent number (45.2)"), ImportProfile::kindKey(ColumnSpec::Kind::PercentNumber));
        kind->addItem(tr("Duration (00:05:02, 5 min 2s)"), ImportProfile::kindKey(ColumnSpec::Kind::Duration));
        m_columns->setCellWidget(c, KindColumn, kind);
    }
    guessRoles();
}

void MappingDialog::guessRoles()
{
    // A head start: columns whose name is a role's label, or an obvious date/link/id.
    const auto target = static_cast<ImportProfile::Target>(m_target->currentData().toInt());
    const QStringList roles = ImportProfile::rolesFor(target);
    for (int c = 0; c < m_columns->rowCount(); ++c) {
        const QString name = ColumnMap::normalise(m_columns->item(c, NameColumn)->text());
        auto *role = static_cast<QComboBox *>(m_columns->cellWidget(c, RoleColumn));
        auto *kind = static_cast<QComboBox *>(m_columns->cellWidget(c, KindColumn));
        QString guess;
        for (const QString &r : roles) {
            const QString key = r.section(QRegularExpression(QStringLiteral("[:.]")), -1).replace(QLatin1Char('_'), QLatin1Char(' '));
            if (name == key || name == ColumnMap::normalise(roleLabel(r)))
                guess = r;
        }
        if (guess.isEmpty() && (name == QLatin1String("date") || name == QLatin1String("day") || name == QLatin1String("jour")
                                || name == QLatin1String("datum") || name.contains(QLatin1String("time"))))
            guess = target == ImportProfile::Target::Posts ? QStringLiteral("post.time")
                  : target == ImportProfile::Target::Mentions ? QStringLiteral("mention.time") : QStringLiteral("day");
        if (guess.isEmpty() && (name.contains(QLatin1String("link")) || name == QLatin1String("url") || name == QLatin1String("lien")))
            guess = target == ImportProfile::Target::Mentions ? QStringLiteral("mention.url") : QStringLiteral("post.permalink");
        const int index = role->findData(guess);
        if (index > 0)
            role->setCurrentIndex(index);
        if (guess.startsWith(QLatin1String("post.")) || guess == QLatin1String("day") || guess.startsWith(QLatin1String("mention."))
            || guess.startsWith(QLatin1String("web.")))
            kind->setCurrentIndex(kind->findData(ImportProfile::kindKey(ColumnSpec::Kind::Text)));
    }
    // Date layout from the values of the first date column.
    for (int c = 0; c < m_columns->rowCount(); ++c) {
        const QString role = static_cast<QComboBox *>(m_columns->cellWidget(c, RoleColumn))->currentData().toString();
        if (role != QLatin1String("day") && role != QLatin1String("post.time") && role != QLatin1String("mention.time"))
            continue;
        QStringList samples;
        for (int r = m_headerLine->value(); r < m_rows.size(); ++r)
            samples.append(m_rows.at(r).value(c));
        if (const auto layout = Values::detectLayout(samples))
            m_dateLayout->setCurrentIndex(qMax(0, m_dateLayout->findData(int(*layout))));
        break;
    }
}

ImportProfile MappingDialog::profile() const
{
    ImportProfile p;
    p.name = m_name->text().trimmed();
    p.target = static_cast<ImportProfile::Target>(m_target->currentData().toInt());
    p.platform = Platforms::fromKey(m_platform->currentData().toString()).value_or(Platform::Other);
    p.channelHandle = m_channel->text().trimmed();
    p.dateLayout = static_cast<Values::DateLayout>(m_dateLayout->currentData().toInt());
    p.decimal = m_decimal->currentData().toString().at(0);
    p.timeZone = QString::fromUtf8(m_zone->zone().id());
    p.report = m_report->text().trimmed();
    Record header;
    header.fields = m_rows.value(m_headerLine->value() - 1);
    p.headerSignature = ColumnMap::signature(header);
    for (int c = 0; c < m_columns->rowCount(); ++c) {
        const auto *role = static_cast<QComboBox *>(m_columns->cellWidget(c, RoleColumn));
        const auto *kind = static_cast<QComboBox *>(m_columns->cellWidget(c, KindColumn));
        p.columns.append({m_columns->item(c, NameColumn)->text(), role->currentData().toString(),
                          ImportProfile::kindFromKey(kind->currentData().toString()), 1});
    }
    return p;
}

void MappingDialog::accept()
{
    const ImportProfile p = profile();
    QStringList problems;
    if (p.name.isEmpty())
        problems.append(tr("Give the mapping a name."));
    QSet<QString> roles;
    for (const auto &c : p.columns) {
        if (!c.role.isEmpty())
            roles.insert(c.role);
    }
    switch (p.target) {
    case ImportProfile::Target::Posts:
        if (!roles.contains(QStringLiteral("post.id")) && !roles.contains(QStringLiteral("post.permalink")))
            problems.append(tr("Choose the column with the post's ID or link: it tells posts apart."));
        break;
    case ImportProfile::Target::Daily:
    case ImportProfile::Target::Web:
        if (!roles.contains(QStringLiteral("day")))
            problems.append(tr("Choose the date column."));
        break;
    case ImportProfile::Target::Mentions:
        if (!roles.contains(QStringLiteral("mention.time")))
            problems.append(tr("Choose the date column."));
        break;
    }
    if (!problems.isEmpty()) {
        m_problems->setText(problems.join(QLatin1Char(' ')));
        m_problems->show();
        return;
    }
    if (m_undoStack) {
        // A step of Edit ▸ Undo, which puts back the mapping of that name as it was (or none).
        const auto before = DataService(*m_workspace).importProfileRecordNamed(p.name);
        if (!before) {
            m_problems->setText(tr("The mapping could not be saved: %1").arg(before.error().text()));
            m_problems->show();
            return;
        }
        auto failure = std::make_shared<QString>();
        m_undoStack->push(new ImportProfileCommand(m_workspace, before.value(), p.toRecord(), tr("Save Mapping “%1”").arg(p.name),
                                                   [failure](const QString &error) { *failure = error; }));
        if (!failure->isEmpty()) {
            m_problems->setText(*failure);
            m_problems->show();
            return;
        }
        QDialog::accept();
        return;
    }
    if (const Result<qint64> saved = DataService(*m_workspace).saveImportProfile(p); !saved) {
        const ServiceError &error = saved.error();
        m_problems->setText(tr("The mapping could not be saved: %1").arg(error.detail.isEmpty() ? error.message : error.detail));
        m_problems->show();
        return;
    }
    QDialog::accept();
}

} // namespace Beamline
