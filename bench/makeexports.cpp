// SPDX-License-Identifier: GPL-3.0-or-later
// Writes large, realistic exports for the import benchmark:
//   ga4_source_medium_by_day.csv  a GA4 "Traffic acquisition" export by source/medium and day
//   tweet_activity_metrics_benchlab_<from>_<to>_en.csv  a legacy X tweet activity export
// Deterministic: the same arguments give the same bytes.

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTextStream>
#include <QTimeZone>

namespace {

bool writeGa4(const QString &path, qint64 rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QRandomGenerator rng(4);
    // Sources: a few big ones and a long tail of referring sites.
    QStringList sources = {QStringLiteral("google / organic"), QStringLiteral("(direct) / (none)"), QStringLiteral("l.instagram.com / referral"),
                           QStringLiteral("t.co / referral"), QStringLiteral("facebook.com / referral"), QStringLiteral("instagram / story"),
                           QStringLiteral("linkedin.com / referral"), QStringLiteral("youtube.com / referral"), QStringLiteral("newsletter / email")};
    for (int i = 0; sources.size() < 1000; ++i)
        sources.append(QStringLiteral("site%1.example.org / referral").arg(i));
    const qint64 days = (rows + sources.size() - 1) / sources.size();
    const QDate first(2020, 1, 1);
    const QDate last = first.addDays(days - 1);
    QByteArray out;
    out.reserve(1 << 20);
    out += "# ----------------------------------------\n"
           "# Traffic acquisition: Session source / medium\n"
           "# Account: Bench Lab\n"
           "# Property: bench.example - GA4\n"
           "# ----------------------------------------\n"
           "#\n"
           "# All Users\n"
           "# Start date: " + first.toString(QStringLiteral("yyyyMMdd")).toLatin1() + "\n"
           "# End date: " + last.toString(QStringLiteral("yyyyMMdd")).toLatin1() + "\n"
           "Session source / medium,Date,Sessions,Engaged sessions,Engagement rate,Average engagement time per session,Key events,Total users\n";
    qint64 written = 0;
    for (qint64 d = 0; d < days && written < rows; ++d) {
        const QByteArray day = first.addDays(d).toString(QStringLiteral("yyyyMMdd")).toLatin1();
        for (int s = 0; s < sources.size() && written < rows; ++s, ++written) {
            const int sessions = int(rng.bounded(s < 9 ? 4000 : 40)) + 1;
            const int engaged = int(rng.bounded(sessions + 1));
            out += sources.at(s).toLatin1() + ',' + day + ',' + QByteArray::number(sessions) + ',' + QByteArray::number(engaged) + ','
                + QByteArray::number(double(engaged) / sessions, 'g', 16) + ',' + QByteArray::number(rng.generateDouble() * 180, 'f', 6) + ','
                + QByteArray::number(rng.bounded(3)) + ',' + QByteArray::number(sessions * 9 / 10 + 1) + '\n';
            if (out.size() > (1 << 20)) {
                file.write(out);
                out.clear();
            }
        }
    }
    file.write(out);
    return true;
}

QByteArray quoted(const QByteArray &value)
{
    QByteArray v = value;
    v.replace('"', "\"\"");
    return '"' + v + '"';
}

bool writeTweets(const QString &path, qint64 posts)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QRandomGenerator rng(7);
    const char *header = "\"Tweet id\",\"Tweet permalink\",\"Tweet text\",\"time\",\"impressions\",\"engagements\",\"engagement rate\",\"retweets\","
                         "\"replies\",\"likes\",\"user profile clicks\",\"url clicks\",\"hashtag clicks\",\"detail expands\",\"permalink clicks\","
                         "\"app opens\",\"app installs\",\"follows\",\"email tweet\",\"dial phone\",\"media views\",\"media engagements\","
                         "\"promoted impressions\",\"promoted engagements\",\"promoted engagement rate\",\"promoted retweets\",\"promoted replies\","
                         "\"promoted likes\",\"promoted user profile clicks\",\"promoted url clicks\",\"promoted hashtag clicks\","
                         "\"promoted detail expands\",\"promoted permalink clicks\",\"promoted app opens\",\"promoted app installs\","
                         "\"promoted follows\",\"promoted email tweet\",\"promoted dial phone\",\"promoted media views\",\"promoted media engagements\"\n";
    QByteArray out = header;
    const char *texts[] = {"#ThrowbackThursday 1976: first protons in the synchrotron", "Guess What It Is? Hint: it spins 10,000 times a minute #GuessWhatItIs",
                           "#FollowFriday @NeutrinoLabEx @ExampleObservatoryEx", "New result: the \"W mass\" measured again &amp; again\nThread below",
                           "Open days: book your underground visit https://t.co/Xmp6Opn114"};
    QDateTime t(QDate(2016, 1, 1), QTime(9, 0), QTimeZone::utc());
    const qint64 stepSeconds = 600; // a post every ten minutes: 200,000 posts span four years
    for (qint64 i = 0; i < posts; ++i) {
        t = t.addSecs(stepSeconds);
        const qint64 id = ((t.toMSecsSinceEpoch() - Q_INT64_C(1288834974657)) << 22) + (i & 0xfff);
        const int impressions = int(rng.bounded(20000)) + 100;
        const int retweets = int(rng.bounded(50)), replies = int(rng.bounded(20)), likes = int(rng.bounded(200));
        const int engagements = retweets + replies + likes + int(rng.bounded(100));
        QByteArray row = quoted(QByteArray::number(id)) + ',' + quoted("https://twitter.com/benchlab/status/" + QByteArray::number(id)) + ','
            + quoted(texts[i % 5]) + ',' + quoted(t.toString(QStringLiteral("yyyy-MM-dd HH:mm")).toLatin1() + " +0000") + ','
            + quoted(QByteArray::number(impressions) + ".0") + ',' + quoted(QByteArray::number(engagements) + ".0") + ','
            + quoted(QByteArray::number(double(engagements) / impressions, 'g', 17)) + ',' + quoted(QByteArray::number(retweets) + ".0") + ','
            + quoted(QByteArray::number(replies) + ".0") + ',' + quoted(QByteArray::number(likes) + ".0");
        for (int k = 0; k < 5; ++k)
            row += ',' + quoted(QByteArray::number(rng.bounded(30)) + ".0");
        for (int k = 0; k < 7; ++k)
            row += ',' + quoted(QByteArray::number(rng.bounded(5)));
        for (int k = 0; k < 18; ++k)
            row += ",\"-\"";
        out += row + '\n';
        if (out.size() > (1 << 20)) {
            file.write(out);
            out.clear();
        }
    }
    file.write(out);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes large exports for the import benchmark."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("out"), QStringLiteral("Folder to write into."), QStringLiteral("DIR"), QStringLiteral(".")});
    parser.addOption({QStringLiteral("ga4-rows"), QStringLiteral("Rows of the GA4 export."), QStringLiteral("N"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("x-posts"), QStringLiteral("Posts of the X export."), QStringLiteral("N"), QStringLiteral("200000")});
    parser.process(app);
    const QDir out(parser.value(QStringLiteral("out")));
    QDir().mkpath(out.absolutePath());
    QTextStream stdoutStream(stdout);
    const QString ga4 = out.filePath(QStringLiteral("ga4_source_medium_by_day.csv"));
    const QString tweets = out.filePath(QStringLiteral("tweet_activity_metrics_benchlab_20160101_20191101_en.csv"));
    if (!writeGa4(ga4, parser.value(QStringLiteral("ga4-rows")).toLongLong()) || !writeTweets(tweets, parser.value(QStringLiteral("x-posts")).toLongLong()))
        return 1;
    stdoutStream << ga4 << '\n' << tweets << '\n';
    return 0;
}
