#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>

namespace mdg {

enum class Sex { Male, Female };

QString sexKey(Sex s); // "male" | "female" as in CONTRACTS.md
std::optional<Sex> sexFromKey(const QString& key);
QString sexDisplayName(Sex s);

// The relationships to the head (続柄) a residence record uses (DOMAIN.md), head first.
const QStringList& relationshipWords();
// The birth-order words (長男, 二女 …) older records and other cities' certificates still print.
const QStringList& birthOrderRelationshipWords();

// One member of a household as entered for a case. Names keep the registered characters
// exactly (variant forms are distinct code points); folding happens only when comparing.
struct Person
{
    QString id; // UUID, stable across edits
    QString name; // family name, full-width space, given name
    QString nameKana;
    QDate birthDate;
    Sex sex = Sex::Male;
    QString relationship; // 続柄: 世帯主, 妻, 子, ...
    QString nationality; // ISO 3166 alpha-2, empty for Japanese nationals
    QString residentCode; // 住民票コード, 11 digits when known

    friend bool operator==(const Person&, const Person&) = default;
};

} // namespace mdg
