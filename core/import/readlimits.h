// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QString>

#include <memory>

// What Beamline agrees to read from one dropped file. A real export is far below every
// limit; a file above one is damaged or hostile (a ZIP bomb, /dev/zero renamed .csv, a
// line of 26 million commas), and is refused as soon as the limit is reached, before it
// costs the machine its memory.
namespace Beamline::ReadLimits {

struct Limits {
    // Bytes a ZIP or .xlsx member may inflate to when it is streamed (a CSV member, a sheet).
    qint64 streamedMemberBytes = qint64(1) << 30; // 1 GiB
    // Bytes of a workbook part that is read whole (workbook.xml, styles.xml, the
    // shared-string table).
    qint64 wholeMemberBytes = qint64(128) << 20; // 128 MiB
    // Characters and fields of one record (one CSV line, however many physical lines its
    // quoted cells span; one worksheet row).
    qsizetype recordCharacters = qsizetype(16) << 20; // 16 Mi characters
    qsizetype recordFields = qsizetype(1) << 20;
};

// The limits in force: the defaults above, except inside a ScopedLimits.
const Limits &limits();

// Tests only: other limits until destroyed (small ones let a test reach them with small
// files). Not for use while an import runs on another thread.
class ScopedLimits final
{
public:
    explicit ScopedLimits(const Limits &limits);
    ~ScopedLimits();
    Q_DISABLE_COPY_MOVE(ScopedLimits)

private:
    Limits m_previous;
};

// What format detection looks at: the first records, each cut to its first cells, and
// no more characters than this in all.
inline constexpr qsizetype ProbeRecords = 40;
inline constexpr qsizetype ProbeCellsPerRecord = 2048;
inline constexpr qsizetype ProbeCharacters = qsizetype(2) << 20;
// How much of a cell a message quotes.
inline constexpr qsizetype QuotedCharacters = 60;

// "abc…": at most QuotedCharacters of a cell, for messages.
QString excerpt(QStringView cell, qsizetype characters = QuotedCharacters);

// A read-only view of another device that refuses to give more than `limit` bytes: past
// it, reads fail and exceeded() is true. For ZIP members, whose declared size can lie.
class CappedDevice final : public QIODevice
{
    Q_DECLARE_TR_FUNCTIONS(Beamline::CappedDevice)

public:
    // Takes the source (open for reading); `name` is what messages call it.
    CappedDevice(std::unique_ptr<QIODevice> source, qint64 limit, QString name);
    ~CappedDevice() override;

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool exceeded() const { return m_exceeded; }
    // "“xl/sharedStrings.xml” inflates to more than 256 MiB; …", or empty.
    QString limitMessage() const;
    QIODevice *source() const { return m_source.get(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    std::unique_ptr<QIODevice> m_source;
    qint64 m_limit;
    qint64 m_read = 0;
    bool m_exceeded = false;
    bool m_failed = false;
    bool m_ended = false;
    QString m_name;
};

// "256 MiB"
QString sizeText(qint64 bytes);

} // namespace Beamline::ReadLimits
