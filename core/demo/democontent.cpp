// SPDX-License-Identifier: GPL-3.0-or-later
#include "democontent.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

namespace Beamline::Demo {

namespace {

const char *const ThrowbackSubjects[] = {
    "1954: the founding convention is signed",
    "1959: our first synchrotron accelerates protons",
    "1971: the world's first proton collider",
    "1976: first protons in the super synchrotron",
    "1983: the W and Z bosons are discovered",
    "1989: the first collisions in our control room",
    "1990: a proposal that became the World Wide Web",
    "1995: the first antihydrogen atoms",
    "2000: the old collider is switched off",
    "2008: first beam day, remember the screens?",
    "2010: first collisions at 7 TeV",
    "2012: the Higgs boson announcement",
};
const char *const GuessHints[] = {
    "it is colder than outer space",
    "it spins 10,000 times a minute",
    "it weighs as much as the Eiffel Tower",
    "you would find 1,232 of them in a ring",
    "it is made of 600 million strands",
    "it listens for the smallest vibrations",
    "it lives 100 m underground",
    "it was made by hand in 1957",
    "it counts particles one by one",
};
const char *const FollowHandles[] = {
    "@NeutrinoLabEx @ExampleObservatoryEx", "@WomenInPhysicsEx",  "@SummerStudentsEx @OpenDataLabEx", "@ParticleFeverEx",
    "@SpaceAgencyEx @FusionLabEx",          "@PhysicsTeachersEx",
};
const char *const People[] = {
    "Ana, cryogenics engineer", "Tomás, summer student",      "Mei, data scientist",  "Kofi, vacuum technician",
    "Ingrid, beam operator",    "Rafael, detector physicist", "Sara, safety officer", "Jonas, guide for visitors",
};
const char *const Jokes[] = {
    "Breaking news: our accelerator found a cat on the beam pipe (it is a detector cable)",
    "Why did the proton cross the ring? 11,245 times a second, actually",
    "Schrödinger's coffee: both spilled and not spilled until the shift leader looks",
    "Our magnets are colder than outer space. Our coffee, somehow, is too",
    "A neutrino walks into a bar. It walks straight through",
    "April 1st: we announce the discovery of an ancient particle accelerator on Mars",
};

} // namespace

QList<Content> contentFor(QDate day, int weekIndex, QDate campaignStart, QDate campaignEnd)
{
    QList<Content> items;
    const int dow = day.dayOfWeek();
    const bool inCampaign = day >= campaignStart && day <= campaignEnd;
    const QList<Platform> social = { Platform::X, Platform::Facebook, Platform::Instagram };
    if (dow == Qt::Monday) {
        const QString item = QString::fromUtf8(NewsItems[weekIndex % 8]);
        items.append({ item,
                       item + QStringLiteral(" https://examplelab.org/news"),
                       PhysicsNews,
                       -1,
                       QTime(9, 30),
                       { Platform::X, Platform::Facebook, Platform::LinkedIn } });
    }
    if (dow == Qt::Tuesday && !(day == QDate(2016, 12, 27))) {
        const QString hint = QString::fromUtf8(GuessHints[weekIndex % 9]);
        items.append({ QCoreApplication::translate("Beamline::DemoGenerator", "Guess What It Is: %1").arg(hint),
                       QStringLiteral("Guess What It Is? Hint: %1 #GuessWhatItIs").arg(hint), FunScience, GuessWhat, QTime(12, 0),
                       social });
    }
    if (day == QDate(2016, 12, 28)) {
        items.append({ QCoreApplication::translate("Beamline::DemoGenerator", "Guess What It Is: holiday edition"),
                       QStringLiteral("Guess What It Is? Holiday edition: it glows in the dark #GuessWhatItIs"), FunScience,
                       GuessWhat, QTime(12, 0), social });
    }
    if (dow == Qt::Wednesday) {
        const QString who = QString::fromUtf8(People[weekIndex % 8]);
        items.append({ QCoreApplication::translate("Beamline::DemoGenerator", "Meet %1").arg(who),
                       QStringLiteral("Meet %1. Behind every discovery there are people like them. #IWorkAtTheLab").arg(who),
                       HumanStories,
                       -1,
                       QTime(17, 0),
                       { Platform::Instagram, Platform::Facebook, Platform::X } });
    }
    if (dow == Qt::Thursday && day != QDate(2016, 12, 29)) {
        const QString subject = QString::fromUtf8(ThrowbackSubjects[weekIndex % 12]);
        items.append({ QStringLiteral("#ThrowbackThursday %1").arg(subject), QStringLiteral("#ThrowbackThursday %1").arg(subject),
                       PhysicsNews, Throwback, QTime(10, 0), social });
    }
    if (dow == Qt::Friday) {
        const QString handles = QString::fromLatin1(FollowHandles[weekIndex % 6]);
        items.append({ QStringLiteral("#FollowFriday %1").arg(handles),
                       QStringLiteral("#FollowFriday %1").arg(handles),
                       Community,
                       FollowFriday,
                       QTime(11, 0),
                       { Platform::X } });
    }
    if (dow == Qt::Saturday && weekIndex % 2 == 0) {
        const QString joke = QString::fromUtf8(Jokes[(weekIndex / 2) % 6]);
        items.append({ joke, joke, FunScience, -1, QTime(10, 30), social });
    }
    if (dow == Qt::Thursday && day.day() <= 7) {
        items.append({ QCoreApplication::translate("Beamline::DemoGenerator", "Video: a tour of the control room"),
                       QStringLiteral("A 5-minute tour of the control room"),
                       PhysicsNews,
                       -1,
                       QTime(15, 0),
                       { Platform::YouTube, Platform::Facebook } });
    }
    if (inCampaign && (dow == Qt::Monday || dow == Qt::Thursday)) {
        const QString who = QString::fromLatin1(Influencers[weekIndex % 3]);
        items.append({ QCoreApplication::translate("Beamline::DemoGenerator", "#WhatsUpLHC with %1").arg(who),
                       QStringLiteral("%1 takes over our stories today: what is up in the collider? #WhatsUpLHC").arg(who),
                       FunScience,
                       -1,
                       QTime(13, 0),
                       { Platform::Instagram, Platform::X },
                       true });
    }
    return items;
}

QString snowflake(const QDateTime &utc, int salt)
{
    const qint64 ms = utc.toMSecsSinceEpoch() - Q_INT64_C(1288834974657);
    return QString::number((ms << 22) + (salt & 0x3fffff));
}

QString youtubeId(QRandomGenerator &rng)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    QString id;
    for (int i = 0; i < 11; ++i)
        id.append(QLatin1Char(alphabet[rng.bounded(64)]));
    return id;
}

QStringList hashtagsIn(const QString &text)
{
    QStringList tags;
    const QStringList words = text.split(QRegularExpression(QStringLiteral("[\\s,.:;!?()]+")), Qt::SkipEmptyParts);
    for (const QString &w : words) {
        if (w.startsWith(QLatin1Char('#')) && w.size() > 1 && !tags.contains(w))
            tags.append(w);
    }
    return tags;
}

} // namespace Beamline::Demo
