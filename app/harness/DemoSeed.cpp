#include "DemoSeed.h"

#include "security/SignInService.h"
#include "workflow/CaseService.h"

#include <QHash>

namespace mdg {

namespace {

struct DemoAccount
{
    const char* login;
    const char* name;
    Roles roles;
};

Person person(const char* name, const char* kana, QDate birth, Sex sex, const char* relationship)
{
    return Person {
        {}, QString::fromUtf8(name), QString::fromUtf8(kana), birth, sex, QString::fromUtf8(relationship), {}, {}};
}

struct DemoCase
{
    Procedure procedure;
    Stage finalStage;
    Household household;
};

QList<DemoCase> demoCases(const QDate& today)
{
    const QDate move = today.addDays(-5);
    auto h = [&](const char* prev, const char* next, QList<Person> members) {
        Household hh;
        hh.headName = members.first().name;
        hh.moveDate = move;
        hh.previousAddress = QString::fromUtf8(prev);
        hh.newAddress = QString::fromUtf8(next);
        hh.members = std::move(members);
        return hh;
    };
    return {
        {Procedure::MovingIn, Stage::Reception,
            h("神奈川県横浜市港北区日吉本町一丁目2番3号", "神奈川県川崎市中原区小杉町三丁目5番1号",
                {person("山田　太郎", "ヤマダ　タロウ", {1985, 4, 12}, Sex::Male, "世帯主"),
                    person("山田　花子", "ヤマダ　ハナコ", {1987, 9, 3}, Sex::Female, "妻"),
                    person("山田　陽翔", "ヤマダ　ハルト", {2016, 1, 20}, Sex::Male, "子")})},
        {Procedure::MovingIn, Stage::Reception,
            h("東京都大田区蒲田五丁目13番14号", "神奈川県川崎市川崎区砂子一丁目7番地の2",
                {person("髙橋　美咲", "タカハシ　ミサキ", {1998, 11, 30}, Sex::Female, "世帯主")})},
        {Procedure::MovingIn, Stage::Entry,
            h("千葉県船橋市本町四丁目1番1号", "神奈川県川崎市高津区溝口二丁目10番5号",
                {person("佐藤　健一", "サトウ　ケンイチ", {1979, 6, 8}, Sex::Male, "世帯主"),
                    person("佐藤　裕子", "サトウ　ユウコ", {1981, 2, 14}, Sex::Female, "妻")})},
        {Procedure::IntraCityMove, Stage::Entry,
            h("神奈川県川崎市多摩区登戸2050番地", "神奈川県川崎市麻生区万福寺一丁目2番2号",
                {person("鈴木　一郎", "スズキ　イチロウ", {1960, 3, 1}, Sex::Male, "世帯主")})},
        {Procedure::MovingOut, Stage::Review,
            h("神奈川県川崎市宮前区宮前平三丁目10番地1", "",
                {person("渡邊　直樹", "ワタナベ　ナオキ", {1990, 7, 7}, Sex::Male, "世帯主"),
                    person("渡邊　彩", "ワタナベ　アヤ", {1992, 12, 24}, Sex::Female, "妻")})},
        {Procedure::MovingIn, Stage::Review,
            h("埼玉県さいたま市浦和区高砂三丁目15番1号", "神奈川県川崎市幸区堀川町580番地",
                {person("伊藤　さくら", "イトウ　サクラ", {2001, 4, 1}, Sex::Female, "世帯主")})},
        {Procedure::MovingIn, Stage::Completion,
            h("大阪府大阪市北区中之島一丁目3番20号", "神奈川県川崎市中原区新丸子東三丁目1100番地",
                {person("中村　翔", "ナカムラ　ショウ", {1995, 10, 10}, Sex::Male, "世帯主")})},
        {Procedure::IntraCityMove, Stage::SentBack,
            h("神奈川県川崎市川崎区東田町8番地", "神奈川県川崎市中原区上小田中六丁目22番5号",
                {person("小林　恵", "コバヤシ　メグミ", {1975, 8, 19}, Sex::Female, "世帯主"),
                    person("小林　大輔", "コバヤシ　ダイスケ", {2005, 5, 5}, Sex::Male, "子")})},
        {Procedure::CertificateRequest, Stage::Cancelled,
            h("神奈川県川崎市麻生区百合丘一丁目19番2号", "",
                {person("加藤　優", "カトウ　ユウ", {1968, 1, 15}, Sex::Male, "世帯主")})},
    };
}

// The stages a case passes through on its way to `target`, in order.
QList<Stage> pathTo(Stage target)
{
    switch (target) {
    case Stage::Reception: return {};
    case Stage::Entry: return {Stage::Entry};
    case Stage::Review: return {Stage::Entry, Stage::Review};
    case Stage::Completion: return {Stage::Entry, Stage::Review, Stage::Completion};
    case Stage::SentBack: return {Stage::Entry, Stage::Review, Stage::SentBack};
    case Stage::Cancelled: return {Stage::Cancelled};
    }
    return {};
}

} // namespace

Result<DemoSeed::Outcome> DemoSeed::run(Database& db, const QString& workstationId, const Clock& clock)
{
    Outcome out;
    SignInService accounts(db, workstationId, clock);
    if (accounts.hasAnyStaff())
        return out;

    const QList<DemoAccount> demo = {
        {"clerk1", "窓口　花子", {Role::Clerk}},
        {"clerk2", "入力　太郎", {Role::Clerk}},
        {"reviewer1", "審査　一郎", {Role::Reviewer}},
        {"supervisor1", "管理　恵子", {Role::Supervisor}},
        {"lead1", "主任　誠", {Role::Clerk, Role::Reviewer, Role::Supervisor}},
        {"admin", "システム管理者", {Role::Admin}},
    };
    QHash<QString, Actor> actors;
    for (const DemoAccount& a : demo) {
        auto s = accounts.createStaff(
            QString::fromLatin1(a.login), QString::fromUtf8(a.name), QString::fromLatin1(Password), a.roles);
        if (!s) {
            return Result<Outcome>::failure(s);
        }
        actors.insert(s->login, Actor {s.value(), workstationId});
        ++out.staff;
    }

    // Spread the demo day over the last hours so the history and waiting times look real,
    // without crossing midnight (today's queue must hold the cases).
    const QDateTime now = clock.nowUtc();
    const QDateTime midnight = QDateTime(now.toLocalTime().date(), QTime(0, 0)).toUTC();
    const qint64 span = std::min<qint64>(3 * 3600, midnight.secsTo(now));
    ManualClock demoClock(now.addSecs(-span));
    const qint64 step = std::max<qint64>(1, span / 40);
    CaseService cases(db, demoClock);

    for (const DemoCase& d : demoCases(demoClock.nowUtc().toLocalTime().date())) {
        auto c = cases.create(actors.value(QStringLiteral("clerk1")), d.procedure, d.household);
        if (!c) {
            return Result<Outcome>::failure(c);
        }
        Case current = c.value();
        for (Stage next : pathTo(d.finalStage)) {
            demoClock.advanceSecs(step);
            const bool review = next == Stage::Completion || next == Stage::SentBack;
            const Actor& who = actors.value(review ? QStringLiteral("reviewer1") : QStringLiteral("clerk2"));
            const QString reason = next == Stage::SentBack
                ? QStringLiteral("転入日と転出証明書の転出予定日を確認してください。")
                : next == Stage::Cancelled ? QStringLiteral("申請者の取り下げ")
                                           : QString();
            auto moved = cases.changeStage(who, current.id, current.version, next, reason);
            if (!moved) {
                return Result<Outcome>::failure(moved);
            }
            current = moved.value();
        }
        demoClock.advanceSecs(step);
        ++out.cases;
    }
    out.seeded = true;
    return out;
}

} // namespace mdg
