#pragma once

#include "db/Database.h"
#include "domain/Household.h"
#include "security/SignInService.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>

// A Result that must have succeeded; the failure's message otherwise.
#define QVERIFY_OK(expr)                                                                                               \
    do {                                                                                                               \
        const auto result_ = (expr);                                                                                   \
        QVERIFY2(result_.ok(), qPrintable(result_.error()));                                                           \
    } while (false)

namespace mdg::test {

// A fresh local store in a temporary folder, opened and migrated.
struct TempStore
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;

    TempStore()
    {
        db = std::make_unique<Database>(path());
        if (const auto opened = db->open(); !opened)
            qFatal("cannot open test store: %s", qPrintable(opened.error()));
    }
    QString path() const { return dir.filePath(QStringLiteral("store.sqlite")); }
};

inline Actor makeActor(
    Database& db, const QString& login, const Roles& roles, const QString& workstation = QStringLiteral("ws-test"))
{
    SignInService accounts(db, workstation);
    auto s
        = accounts.createStaff(login, login + QStringLiteral(" 職員"), QStringLiteral("password-%1").arg(login), roles);
    if (!s)
        qFatal("cannot create staff: %s", qPrintable(s.error()));
    return Actor {s.value(), workstation};
}

inline Household twoMembers()
{
    Household h;
    h.headName = QStringLiteral("山田　太郎");
    h.moveDate = QDate(2026, 3, 28);
    h.previousAddress = QStringLiteral("神奈川県横浜市港北区日吉本町一丁目2番3号");
    h.newAddress = QStringLiteral("神奈川県川崎市中原区小杉町三丁目5番1号");
    h.members = {Person {{}, QStringLiteral("山田　太郎"), QStringLiteral("ヤマダ　タロウ"), QDate(1985, 4, 12),
                     Sex::Male, QStringLiteral("世帯主"), {}, QStringLiteral("12345678901")},
        Person {{}, QStringLiteral("山田　花子"), QStringLiteral("ヤマダ　ハナコ"), QDate(1987, 9, 3), Sex::Female,
            QStringLiteral("妻"), {}, {}}};
    return h;
}

} // namespace mdg::test
