#include "PopulationGenerator.h"

#include "LocalRegister.h"

#include <QRandomGenerator>
#include <array>

namespace mdg {
namespace {

struct Reading
{
    const char* kanji;
    const char* kana;
};

// clang-format off
const Reading Families[] = {
    {"佐藤", "サトウ"}, {"鈴木", "スズキ"}, {"高橋", "タカハシ"}, {"田中", "タナカ"}, {"伊藤", "イトウ"},
    {"渡辺", "ワタナベ"}, {"山本", "ヤマモト"}, {"中村", "ナカムラ"}, {"小林", "コバヤシ"}, {"加藤", "カトウ"},
    {"吉田", "ヨシダ"}, {"山田", "ヤマダ"}, {"佐々木", "ササキ"}, {"山口", "ヤマグチ"}, {"松本", "マツモト"},
    {"井上", "イノウエ"}, {"木村", "キムラ"}, {"林", "ハヤシ"}, {"斎藤", "サイトウ"}, {"清水", "シミズ"},
    {"山崎", "ヤマザキ"}, {"森", "モリ"}, {"池田", "イケダ"}, {"橋本", "ハシモト"}, {"阿部", "アベ"},
    {"石川", "イシカワ"}, {"山下", "ヤマシタ"}, {"中島", "ナカジマ"}, {"石井", "イシイ"}, {"小川", "オガワ"},
    {"前田", "マエダ"}, {"岡田", "オカダ"}, {"長谷川", "ハセガワ"}, {"藤田", "フジタ"}, {"後藤", "ゴトウ"},
    {"近藤", "コンドウ"}, {"村上", "ムラカミ"}, {"遠藤", "エンドウ"}, {"青木", "アオキ"}, {"坂本", "サカモト"},
};
const Reading Men[] = {
    {"翔", "ショウ"}, {"大輔", "ダイスケ"}, {"健一", "ケンイチ"}, {"直樹", "ナオキ"}, {"誠", "マコト"},
    {"浩", "ヒロシ"}, {"隆", "タカシ"}, {"陽翔", "ハルト"}, {"蓮", "レン"}, {"悠真", "ユウマ"},
    {"太郎", "タロウ"}, {"一郎", "イチロウ"}, {"修", "オサム"}, {"拓也", "タクヤ"}, {"翔太", "ショウタ"},
    {"健太", "ケンタ"}, {"和夫", "カズオ"}, {"茂", "シゲル"}, {"湊", "ミナト"}, {"大和", "ヤマト"},
};
const Reading Women[] = {
    {"花子", "ハナコ"}, {"陽菜", "ヒナ"}, {"結衣", "ユイ"}, {"美咲", "ミサキ"}, {"凛", "リン"},
    {"恵", "メグミ"}, {"直子", "ナオコ"}, {"智子", "トモコ"}, {"裕子", "ユウコ"}, {"恭子", "キョウコ"},
    {"彩", "アヤ"}, {"真由美", "マユミ"}, {"幸子", "サチコ"}, {"和子", "カズコ"}, {"葵", "アオイ"},
    {"さくら", "サクラ"}, {"美和子", "ミワコ"}, {"洋子", "ヨウコ"}, {"芽依", "メイ"}, {"紬", "ツムギ"},
};
struct Ward { const char* name; int people; std::array<const char*, 6> towns; };
// 2023 populations in thousands, rounded (the city totals 1,539,747).
const Ward Wards[] = {
    {"川崎区", 232, {"砂子", "宮本町", "大師町", "小田", "浅田", "川中島"}},
    {"幸区", 171, {"南幸町", "堀川町", "北加瀬", "鹿島田", "古市場", "戸手"}},
    {"中原区", 263, {"小杉町", "新丸子町", "木月", "井田", "上小田中", "丸子通"}},
    {"高津区", 234, {"溝口", "二子", "久本", "末長", "梶ケ谷", "子母口"}},
    {"多摩区", 220, {"登戸", "宿河原", "生田", "長尾", "菅", "中野島"}},
    {"宮前区", 233, {"宮崎", "宮前平", "鷺沼", "有馬", "野川", "馬絹"}},
    {"麻生区", 180, {"上麻生", "万福寺", "百合丘", "王禅寺", "栗木", "片平"}},
};
// clang-format on

QString u(const char* s)
{
    return QString::fromUtf8(s);
}

QString kanjiNumber(int n)
{
    static const QStringList d
        = {QString(), u("一"), u("二"), u("三"), u("四"), u("五"), u("六"), u("七"), u("八"), u("九")};
    return d.value(n);
}

} // namespace

bool generateKawasakiPopulation(
    LocalRegister& reg, qint64 population, quint32 seed, const std::function<void(qint64)>& progress)
{
    QRandomGenerator rng(seed);
    int totalWeight = 0;
    for (const Ward& w : Wards)
        totalWeight += w.people;
    if (!reg.beginLoad())
        return false;
    qint64 made = 0;
    qint64 household = 0;
    quint64 code = 10000000000ULL + rng.bounded(1000000);
    const QDate today(2026, 4, 1);
    while (made < population) {
        // The ward by its share of the city, the household's size as in a city of many singles.
        int pick = int(rng.bounded(totalWeight));
        const Ward* ward = &Wards[0];
        for (const Ward& w : Wards) {
            if (pick < w.people) {
                ward = &w;
                break;
            }
            pick -= w.people;
        }
        const int roll = int(rng.bounded(100));
        int size = roll < 38 ? 1 : roll < 66 ? 2 : roll < 83 ? 3 : roll < 96 ? 4 : 5;
        size = int(std::min<qint64>(size, population - made));
        const Reading& family = Families[rng.bounded(int(std::size(Families)))];
        // Now and then the register keeps a variant form (髙橋, 﨑): searches must fold it.
        QString familyName = u(family.kanji);
        if (rng.bounded(50) == 0)
            familyName.replace(u("高"), u("髙")).replace(u("崎"), u("﨑")).replace(u("斎"), u("齋"));
        const QString town = u(ward->towns[rng.bounded(6)]);
        const QString address = u("神奈川県川崎市") + u(ward->name) + town + kanjiNumber(1 + int(rng.bounded(5)))
            + u("丁目") + QStringLiteral("%1番%2号").arg(1 + rng.bounded(30)).arg(1 + rng.bounded(25));
        const QString householdNo = QStringLiteral("H%1").arg(++household, 8, 10, QLatin1Char('0'));
        const QDate headBorn = today.addDays(-qint64(365.25 * (20 + rng.bounded(70))) - rng.bounded(365));
        const bool headMale = rng.bounded(100) < 70;
        for (int m = 0; m < size; ++m) {
            const bool spouse = m == 1 && size >= 2 && rng.bounded(100) < 80;
            const bool male = m == 0 ? headMale : spouse ? !headMale : rng.bounded(2) == 0;
            const Reading& given
                = male ? Men[rng.bounded(int(std::size(Men)))] : Women[rng.bounded(int(std::size(Women)))];
            QDate born = m == 0 ? headBorn
                : spouse        ? headBorn.addDays(rng.bounded(3650) - 1825)
                                : headBorn.addDays(qint64(365.25 * (22 + rng.bounded(18))) + rng.bounded(365));
            if (born > today)
                born = today.addDays(-rng.bounded(3650));
            ResidentRecord r;
            r.residentNo = QStringLiteral("A%1").arg(made + 1, 9, 10, QLatin1Char('0'));
            r.householdNo = householdNo;
            r.name = familyName + QChar(0x3000) + u(given.kanji);
            r.nameKana = u(family.kana) + QChar(0x3000) + u(given.kana);
            r.birthDate = born;
            r.sex = male ? Sex::Male : Sex::Female;
            r.relationship = m == 0 ? u("世帯主") : spouse ? (male ? u("夫") : u("妻")) : u("子");
            r.address = address;
            code += 1 + rng.bounded(7);
            r.residentCode = QString::number(code).right(11);
            if (!reg.add(r)) {
                reg.cancelLoad();
                return false;
            }
            ++made;
            if (progress && made % 100000 == 0)
                progress(made);
        }
    }
    return reg.endLoad();
}

} // namespace mdg
