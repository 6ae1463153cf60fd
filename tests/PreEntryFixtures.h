#pragma once

#include "domain/PreEntry.h"

namespace mdg::test {

// A household of four with full addresses: the largest everyday pre-entry.
inline PreEntry familyOfFour(const QDateTime& nowUtc)
{
    PreEntry p;
    p.id = QUuid::fromString(QStringLiteral("6f1c2a1e-4b7d-4c55-9a0e-2f7d5b8c9e10"));
    p.ref = QStringLiteral("K7Q-4M2-93X");
    p.issuedAt = QDateTime::fromSecsSinceEpoch(nowUtc.toSecsSinceEpoch() - 3600).toUTC();
    p.expiresAt = QDateTime::fromSecsSinceEpoch(nowUtc.toSecsSinceEpoch() + 14 * 86400).toUTC();
    p.procedure = Procedure::MovingIn;
    p.applicant = {QStringLiteral("髙橋　健太郎"), QStringLiteral("タカハシ　ケンタロウ"), QDate(1984, 6, 15),
        QStringLiteral("090-1234-5678")};
    p.move.date = QDate(2026, 3, 28);
    p.move.previousAddress = QStringLiteral("神奈川県横浜市港北区日吉本町一丁目２番３号　日吉グリーンハイツ１０２号室");
    p.move.newAddress
        = QStringLiteral("神奈川県川崎市中原区小杉町三丁目５番地の１　武蔵小杉タワーレジデンス２４０５号室");
    p.move.householdHead = QStringLiteral("髙橋　健太郎");
    p.members = {
        Person {{}, QStringLiteral("髙橋　健太郎"), QStringLiteral("タカハシ　ケンタロウ"), QDate(1984, 6, 15),
            Sex::Male, QStringLiteral("世帯主"), {}, QStringLiteral("12345678901")},
        Person {{}, QStringLiteral("髙橋　美和子"), QStringLiteral("タカハシ　ミワコ"), QDate(1986, 11, 2), Sex::Female,
            QStringLiteral("妻"), {}, QStringLiteral("23456789012")},
        Person {{}, QStringLiteral("髙橋　陽翔"), QStringLiteral("タカハシ　ハルト"), QDate(2015, 4, 30), Sex::Male,
            QStringLiteral("子"), {}, QStringLiteral("34567890123")},
        Person {{}, QStringLiteral("髙橋　結衣"), QStringLiteral("タカハシ　ユイ"), QDate(2019, 5, 1), Sex::Female,
            QStringLiteral("子"), {}, QStringLiteral("45678901234")},
    };
    p.certificates = {{QStringLiteral("residence_record"), 2}, {QStringLiteral("seal_registration"), 1}};
    p.answers = {{QStringLiteral("has_card"), true}, {QStringLiteral("owns_dog"), false},
        {QStringLiteral("school_transfer"), QStringLiteral("中原小学校")}};
    return p;
}

// Three generations in one household: the largest pre-entry a counter expects.
inline PreEntry householdOfEight(const QDateTime& nowUtc)
{
    PreEntry p = familyOfFour(nowUtc);
    p.id = QUuid::fromString(QStringLiteral("0b7e5c3a-9d41-4f2e-8a6b-3c1d2e4f5a60"));
    p.ref = QStringLiteral("P3W-8K5-2RT");
    p.members << Person {{}, QStringLiteral("髙橋　正雄"), QStringLiteral("タカハシ　マサオ"), QDate(1952, 1, 20),
        Sex::Male, QStringLiteral("父"), {}, QStringLiteral("56789012345")}
              << Person {{}, QStringLiteral("髙橋　久美子"), QStringLiteral("タカハシ　クミコ"), QDate(1955, 8, 9),
                     Sex::Female, QStringLiteral("母"), {}, QStringLiteral("67890123456")}
              << Person {{}, QStringLiteral("髙橋　蒼"), QStringLiteral("タカハシ　アオイ"), QDate(2021, 12, 24),
                     Sex::Male, QStringLiteral("子"), {}, QStringLiteral("78901234567")}
              << Person {{}, QStringLiteral("グエン　ティ　ラン"), QStringLiteral("グエン　ティ　ラン"),
                     QDate(1990, 7, 7), Sex::Female, QStringLiteral("同居人"), QStringLiteral("VN"), {}};
    p.answers.insert(QStringLiteral("care_certified"), true);
    p.answers.insert(QStringLiteral("preschool_child"), true);
    return p;
}

} // namespace mdg::test
