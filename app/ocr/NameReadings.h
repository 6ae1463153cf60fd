#pragma once

#include "domain/PersonName.h"
#include "domain/TransferOutCertificate.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace mdg {

// The readings a family or given name can have (由美: ユミ, ヨシミ), from the 人名 entries of
// two Japanese dictionaries (resources/ocr/name-readings.tsv, tools/make_name_readings.py).
// The certificate prints a reading as 6-point ruby that photos and scans blur (ユミ read
// コミ, ヤスヒロ read スヒロ); a blurred reading close to exactly one reading its name can
// have is taken as that one. A reading the table does not know is never replaced by a guess.
class NameReadings
{
public:
    enum class Part { Family, Given };

    static const NameReadings& instance();

    // Loads "姓|名<TAB>name<TAB>reading reading …" lines; '#' starts a comment.
    void add(const QString& tsv);

    // Most usual first; the name's own katakana when it is written in kana; empty when the
    // name is not known. Variant characters (髙, 邉) are looked up by their standard form.
    QStringList of(QStringView name, Part part) const;

    // Whether both the family and the given name of `name` are known, with or without the
    // space between them.
    bool knows(const QString& name) const;
    // `name` as family and given name: as printed when spaced, else the one split into a
    // known family and given name (藤井悠真); none when unknown or ambiguous.
    std::optional<PersonName> knownSplit(const QString& name) const;

    // The candidate that `read` is a blurred printing of, or an empty string: the closest
    // within a slip or two (a lost kana, コ for ユ), and clearly closer than any other.
    // `engineSure`: Tesseract read it with a confidence of EngineSure or more.
    static QString closest(QStringView read, const QStringList& candidates, bool engineSure);
    static constexpr double EngineSure = 0.6;

    // `read` set right as a reading both parts of `name` can have (a slip or two, as
    // `apply` does), or an empty string when it is not one.
    QString fitted(const QString& name, const QString& read, bool engineSure) const;

    // A character of `name` misread where its reading was read right (葵 read 壮 under
    // アオイ, 智也 read 智志 under トモヤ): for each part of the name that `reading` is no
    // reading of, the place of the one character that, changed, makes a name with that
    // reading, and the characters that do. A part with no such place, or with two, gives
    // none.
    struct CharacterTold
    {
        qsizetype at = -1; // in `name` as given
        QString characters;
    };
    QList<CharacterTold> charactersTold(const QString& name, const QString& reading, bool engineSure) const;

    // Each member's reading set right against the readings their name can have. A changed
    // reading gets `flaggedConfidence` so the clerk checks it.
    void apply(TransferOutCertificate& certificate, double flaggedConfidence) const;

private:
    // `read` set right against the readings a name's family and given parts can have, or
    // as read.
    // `anyGiven`: every given name's readings (トモヤ read right under 智也 misread 智志 is one).
    // Whether `read` is one of `readings` or a slip or two from exactly one.
    static bool readsAs(const QString& read, const QStringList& readings, bool engineSure);
    static QString readingOf(const QStringList& families, const QStringList& givens, const QString& read,
        bool engineSure, const QSet<QString>& anyGiven);

    QHash<QString, QStringList> m_family;
    QHash<QString, QStringList> m_given;
    QSet<QString> m_givenReadings;
};

} // namespace mdg
