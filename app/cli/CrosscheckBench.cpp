// `madoguchi-cli bench crosscheck`: generated households, each compared with a certificate
// that differs only in writing and with certificates that carry one real difference.
#include "CliIo.h"
#include "crosscheck/CrossCheck.h"
#include "domain/JapaneseDate.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <algorithm>

namespace mdg::cli {
namespace {

struct NamePart
{
    const char* kanji;
    const char* kana;
    const char* sameReading; // another kanji with the same reading: a different person
};

// clang-format off
const NamePart families[] = {
    {"高橋", "タカハシ", "高梁"}, {"山崎", "ヤマザキ", "山咲"}, {"斎藤", "サイトウ", "斉藤"}, {"渡辺", "ワタナベ", "渡部"},
    {"沢田", "サワダ", "澤多"}, {"浜田", "ハマダ", "浜多"}, {"広瀬", "ヒロセ", "弘瀬"}, {"桜井", "サクライ", "櫻居"},
    {"徳永", "トクナガ", "徳長"}, {"島田", "シマダ", "嶋多"}, {"富田", "トミタ", "冨多"}, {"斉藤", "サイトウ", "斎藤"},
    {"瀬戸", "セト", "世戸"}, {"吉田", "ヨシダ", "好田"}, {"佐藤", "サトウ", "佐東"}, {"伊藤", "イトウ", "伊東"},
    {"太田", "オオタ", "大田"}, {"国井", "クニイ", "邦井"}, {"中村", "ナカムラ", "仲村"}, {"小林", "コバヤシ", "小早志"},
};
const NamePart givens[] = {
    {"一郎", "イチロウ", "一朗"}, {"翔", "ショウ", "祥"}, {"健", "ケン", "謙"}, {"浩", "ヒロシ", "博"},
    {"修", "オサム", "治"}, {"恭子", "キョウコ", "京子"}, {"裕子", "ユウコ", "祐子"}, {"洋子", "ヨウコ", "陽子"},
    {"花子", "ハナコ", "華子"}, {"俊介", "シュンスケ", "駿介"}, {"亮", "リョウ", "涼"}, {"美雪", "ミユキ", "美幸"},
    {"優", "ユウ", "勇"}, {"拓也", "タクヤ", "卓也"}, {"真一", "シンイチ", "伸一"}, {"千尋", "チヒロ", "知尋"},
};
struct Place { const char* prefecture; const char* city; const char* town; const char* otherTown; const char* otherCity; };
const Place previousPlaces[] = {
    {"神奈川県", "横浜市港北区", "日吉本町", "日吉", "横浜市港南区"},
    {"神奈川県", "横浜市青葉区", "藤が丘", "藤が谷", "横浜市緑区"},
    {"東京都", "世田谷区", "三軒茶屋", "太子堂", "目黒区"},
    {"東京都", "千代田区", "霞が関", "永田町", "港区"},
    {"東京都", "府中市", "宮西町", "宮町", "調布市"},
    {"大阪府", "大阪市北区", "梅田", "曽根崎", "大阪市中央区"},
    {"埼玉県", "さいたま市浦和区", "高砂", "岸町", "さいたま市南区"},
    {"千葉県", "千葉市中央区", "富士見", "新町", "千葉市稲毛区"},
    {"神奈川県", "相模原市緑区", "橋本", "大山町", "相模原市中央区"},
    {"東京都", "八王子市", "旭町", "東町", "立川市"},
};
const Place kawasaki[] = {
    {"神奈川県", "川崎市中原区", "小杉町", "新丸子町", "川崎市高津区"},
    {"神奈川県", "川崎市高津区", "二子", "溝口", "川崎市中原区"},
    {"神奈川県", "川崎市多摩区", "登戸", "宿河原", "川崎市麻生区"},
    {"神奈川県", "川崎市宮前区", "宮崎", "宮前平", "川崎市高津区"},
    {"神奈川県", "川崎市幸区", "南幸町", "北加瀬", "川崎市川崎区"},
};
// clang-format on
const QString variantsOf = QStringLiteral("高髙崎﨑斎齋辺邊沢澤浜濱広廣桜櫻徳德島嶋富冨斉齊瀬瀨国國");

QString u(const char* s)
{
    return QString::fromUtf8(s);
}

struct Address
{
    const Place* place;
    int chome, ban, go;
    QString building;
};

QString kanjiNumber(int n)
{
    return JapaneseDate::normaliseDigits(QString())
        + QStringList {QString(), u("一"), u("二"), u("三"), u("四"), u("五"), u("六"), u("七"), u("八"), u("九")}
              .value(n, QString::number(n));
}

QString fullWidth(const QString& s)
{
    QString out = s;
    for (QChar& c : out)
        if (c >= u'0' && c <= u'9')
            c = QChar(c.unicode() - u'0' + 0xFF10);
    return out;
}

// How the resident types it and how a certificate prints it.
QString entered(const Address& a, QRandomGenerator& rng)
{
    static const QStringList dashes = {u("-"), u("ー"), u("−"), u("－"), u("‐")};
    const QString dash = dashes[rng.bounded(int(dashes.size()))];
    // Residents often separate the parts with spaces (東京都世田谷区 三軒茶屋 1丁目 2番 3号).
    static const QStringList gaps = {QString(), QString(), u(" "), u("　")};
    const QString gap = gaps[rng.bounded(int(gaps.size()))];
    QString s = (rng.bounded(3) == 0 ? u(a.place->prefecture) + (rng.bounded(2) ? gap : QString()) : QString())
        + u(a.place->city) + gap + u(a.place->town) + gap;
    switch (rng.bounded(5)) {
    case 0: s += QStringLiteral("%1丁目%2番地%3").arg(a.chome).arg(a.ban).arg(a.go); break;
    case 1: s += QStringList {u("%1丁目").arg(a.chome), u("%1番").arg(a.ban), u("%1号").arg(a.go)}.join(gap); break;
    default:
        s += QStringList {QString::number(a.chome), QString::number(a.ban), QString::number(a.go)}.join(dash);
        break;
    }
    return a.building.isEmpty() ? s : s + (rng.bounded(2) ? u(" ") : gap) + a.building;
}

QString hiragana(const QString& katakana)
{
    QString out = katakana;
    for (QChar& c : out)
        if (c.unicode() >= 0x30A1 && c.unicode() <= 0x30F6)
            c = QChar(c.unicode() - 0x60);
    return out;
}

QString printed(const Address& a, QRandomGenerator& rng)
{
    QString town = u(a.place->town);
    if (rng.bounded(2))
        town.replace(u'が', u'ケ');
    QString s = (rng.bounded(2) ? u(a.place->prefecture) : QString()) + u(a.place->city) + town;
    switch (rng.bounded(3)) {
    case 0: s += kanjiNumber(a.chome) + u("丁目") + fullWidth(QStringLiteral("%1番%2号").arg(a.ban).arg(a.go)); break;
    case 1: s += QStringLiteral("%1丁目%2番%3号").arg(a.chome).arg(a.ban).arg(a.go); break;
    default: s += fullWidth(QStringLiteral("%1−%2−%3").arg(a.chome).arg(a.ban).arg(a.go)); break;
    }
    return a.building.isEmpty() ? s : s + u("　") + fullWidth(a.building);
}

QString withVariants(QString name, QRandomGenerator& rng)
{
    for (qsizetype i = 0; i + 1 < variantsOf.size(); i += 2)
        if (rng.bounded(2))
            name.replace(variantsOf[i], variantsOf[i + 1]);
    return name;
}

// Certificates print katakana; older systems without small kana (キヨウコ).
QString printedKana(const QString& entered, QRandomGenerator& rng)
{
    const QString kana = fold::katakana(entered);
    return rng.bounded(3) == 0 ? fold::largeKana(kana) : QString(kana).replace(u' ', QChar(0x3000));
}

struct Generated
{
    Household household;
    TransferOutCertificate certificate;
};

Generated generate(QRandomGenerator& rng)
{
    Generated g;
    Household& h = g.household;
    const NamePart& family = families[rng.bounded(int(std::size(families)))];
    const int size = 1 + rng.bounded(4);
    const QDate headBorn = QDate(1940, 1, 1).addDays(rng.bounded(365 * 60));
    for (int i = 0; i < size; ++i) {
        const NamePart& given = givens[(rng.bounded(int(std::size(givens))) + i * 5) % int(std::size(givens))];
        Person p;
        p.name = u(family.kanji) + u(" ") + u(given.kanji);
        // Residents type readings in hiragana or katakana, with or without the space.
        p.nameKana = u(family.kana) + (rng.bounded(3) ? u(" ") : QString()) + u(given.kana);
        if (rng.bounded(3) == 0)
            p.nameKana = hiragana(p.nameKana);
        p.sex = rng.bounded(2) ? Sex::Male : Sex::Female;
        p.birthDate = i == 0 ? headBorn
            : i == 1         ? headBorn.addDays(rng.bounded(1400) - 700)
                             : headBorn.addDays(365 * 25 + rng.bounded(365 * 15));
        p.relationship = i == 0 ? u("世帯主") : i == 1 ? (p.sex == Sex::Male ? u("夫") : u("妻")) : u("子");
        if (rng.bounded(3) == 0)
            p.residentCode = QString::number(10000000000LL + rng.bounded(899999999) * 100LL + rng.bounded(100));
        h.members << p;
    }
    h.headName = h.members.first().name;
    const Address previous {&previousPlaces[rng.bounded(int(std::size(previousPlaces)))], 1 + rng.bounded(5),
        1 + rng.bounded(30), 1 + rng.bounded(20),
        rng.bounded(3) ? QString() : u("ハイツ") + QString::number(101 + rng.bounded(8))};
    const Address next {&kawasaki[rng.bounded(int(std::size(kawasaki)))], 1 + rng.bounded(4), 1 + rng.bounded(30),
        1 + rng.bounded(20), {}};
    h.previousAddress = entered(previous, rng);
    h.newAddress = entered(next, rng);
    h.moveDate = QDate(2026, 3, 1).addDays(rng.bounded(60));

    // The certificate: the same facts as a city's system prints them.
    TransferOutCertificate& t = g.certificate;
    t.previousAddress = printed(previous, rng);
    t.destinationAddress = printed(next, rng);
    t.plannedMoveDate = h.moveDate;
    t.householdHead = withVariants(QString(h.headName).replace(u' ', QChar(0x3000)), rng);
    for (const Person& p : h.members) {
        TransferOutCertificate::Member m {withVariants(QString(p.name).replace(u' ', QChar(0x3000)), rng),
            printedKana(p.nameKana, rng), p.birthDate, p.sex,
            p.relationship == u("子") && rng.bounded(2) ? (p.sex == Sex::Male ? u("長男") : u("長女")) : p.relationship,
            p.residentCode.isEmpty() ? QString::number(20000000000LL + rng.bounded(999999))
                                     : fullWidth(p.residentCode)};
        t.members << m;
    }
    std::shuffle(t.members.begin(), t.members.end(), rng);
    return g;
}

// One real difference put into the certificate; returns the finding's field that must
// be called a mismatch (or missing).
QString injectRealDifference(Generated& g, int kind, QRandomGenerator& rng)
{
    TransferOutCertificate& t = g.certificate;
    const int e = rng.bounded(int(g.household.members.size()));
    const Person& p = g.household.members[e];
    int c = 0;
    for (int j = 0; j < t.members.size(); ++j)
        if (t.members[j].birthDate == p.birthDate
            && fold::variants(fold::spaces(t.members[j].name)) == fold::variants(fold::spaces(p.name)))
            c = j;
    auto& m = t.members[c];
    const QString member = QStringLiteral("members[%1].").arg(e);
    static const QRegularExpression chome(QStringLiteral("(\\d|[一二三四五])(?=丁目|[-−－])"));
    switch (kind) {
    case 0: { // another chome (or first block number)
        const auto match = chome.match(fold::width(t.previousAddress));
        const int n = JapaneseDate::normaliseDigits(match.captured()).toInt();
        QString s = fold::width(t.previousAddress);
        s.replace(match.capturedStart(), match.capturedLength(), QString::number(n % 5 + 1));
        t.previousAddress = s;
        return QStringLiteral("previous_address");
    }
    case 1: { // another block number at the end of the main part
        static const QRegularExpression last(QStringLiteral("(\\d+)(?=号|$|\\s|　)"));
        QString s = fold::width(t.destinationAddress);
        const auto match = last.match(s);
        s.replace(match.capturedStart(), match.capturedLength(), QString::number(match.captured().toInt() + 1));
        t.destinationAddress = s;
        return QStringLiteral("destination_address");
    }
    case 2: { // another town of the same city
        for (const Place& place : previousPlaces)
            if (fold::spaces(g.household.previousAddress).contains(u(place.city) + u(place.town)))
                t.previousAddress
                    = fold::spaces(g.household.previousAddress).replace(u(place.town), u(place.otherTown));
        return QStringLiteral("previous_address");
    }
    case 3: { // another municipality or ward
        for (const Place& place : kawasaki)
            if (g.household.newAddress.contains(u(place.city)))
                t.destinationAddress = QString(g.household.newAddress).replace(u(place.city), u(place.otherCity));
        return QStringLiteral("destination_address");
    }
    case 4: { // another given name with the same reading
        for (const NamePart& given : givens)
            if (p.name.endsWith(u(given.kanji)))
                m.name = p.name.left(p.name.size() - qsizetype(strlen(given.kanji) / 3)) + u(given.sameReading);
        return member + QStringLiteral("name");
    }
    case 5: { // another family name with the same reading
        for (const NamePart& family : families)
            if (p.name.startsWith(u(family.kanji)))
                m.name = u(family.sameReading) + p.name.mid(u(family.kanji).size());
        return member + QStringLiteral("name");
    }
    case 6: // a birth date one day off
        m.birthDate = p.birthDate.addDays(rng.bounded(2) ? 1 : -1);
        return member + QStringLiteral("birth_date");
    case 7: { // the same year number in the neighbouring era (昭和 ↔ 平成), else one year off
        const auto era = JapaneseDate::eraOf(p.birthDate);
        QDate other;
        for (const auto& e2 : JapaneseDate::eras()) {
            if (!era || e2.name == era->name)
                continue;
            const QDate d(
                e2.first.year() + (p.birthDate.year() - era->first.year()), p.birthDate.month(), p.birthDate.day());
            if (d.isValid() && d >= e2.first && (!e2.last.isValid() || d <= e2.last))
                other = d;
        }
        m.birthDate = other.isValid() ? other : p.birthDate.addYears(1);
        return member + QStringLiteral("birth_date");
    }
    case 8: // the other sex
        m.sex = p.sex == Sex::Male ? Sex::Female : Sex::Male;
        return member + QStringLiteral("sex");
    case 9: // another relationship
        m.relationship = p.relationship == u("子") ? u("孫") : p.relationship == u("世帯主") ? u("同居人") : u("子");
        return member + QStringLiteral("relationship");
    case 10: // another reading
        m.nameKana = QString(p.nameKana).replace(u'ウ', u'オ').replace(u'タ', u'ダ').replace(u'シ', u'ジ') + u("ア");
        return member + QStringLiteral("name_kana");
    case 11: // a member not on the certificate
        t.members.removeAt(c);
        return QStringLiteral("members[%1]").arg(e);
    case 12: // a planned move date that is not the one entered
        t.plannedMoveDate = g.household.moveDate.addDays(1 + rng.bounded(20));
        return QStringLiteral("planned_move_date");
    default: // another household head
        t.householdHead = u(families[(rng.bounded(19) + 1) % 20].kanji) + u("　") + u("次郎");
        return QStringLiteral("household_head");
    }
}

constexpr int RealKinds = 14;

} // namespace

void benchCrosscheck(int households)
{
    QRandomGenerator rng(20260324);
    qint64 writingFields = 0, writingMismatches = 0, writingCases = 0, writingCasesFlagged = 0;
    qint64 realInjected = 0, realCaught = 0;
    QHash<QString, int> missedByField;
    QList<double> times;
    QElapsedTimer total;
    total.start();
    for (int i = 0; i < households; ++i) {
        Generated g = generate(rng);
        QElapsedTimer t;
        t.start();
        const QList<Finding> findings = CrossCheck::compare(g.household, g.certificate);
        times << double(t.nsecsElapsed()) / 1e6;
        ++writingCases;
        bool flagged = false;
        for (const Finding& f : findings) {
            ++writingFields;
            if (f.differs()) {
                ++writingMismatches;
                flagged = true;
                missedByField[QStringLiteral("false:") + f.field.section(u'.', -1) + u':' + f.reasonKeys.join(u',')]++;
                if (qEnvironmentVariableIsSet("MADOGUCHI_BENCH_DEBUG"))
                    err() << f.entered << " | " << f.certificate << " | " << f.reasonKeys.join(u',') << "\n";
            }
        }
        writingCasesFlagged += flagged ? 1 : 0;

        const int kind = i % RealKinds;
        QRandomGenerator inject {quint32(i)};
        Generated wrong = g;
        const QString field = injectRealDifference(wrong, kind, inject);
        ++realInjected;
        bool caught = false;
        for (const Finding& f : CrossCheck::compare(wrong.household, wrong.certificate))
            caught = caught || (f.field == field && f.differs());
        if (caught)
            ++realCaught;
        else
            missedByField[QStringLiteral("missed:") + QString::number(kind)]++;
    }
    const double elapsed = double(total.elapsed());
    QJsonObject misses;
    for (auto it = missedByField.cbegin(); it != missedByField.cend(); ++it)
        misses.insert(it.key(), it.value());
    printJson({{QStringLiteral("bench"), QStringLiteral("crosscheck")}, {QStringLiteral("households"), households},
        {QStringLiteral("real_differences"), realInjected},
        {QStringLiteral("real_caught_pct"), 100.0 * double(realCaught) / double(std::max<qint64>(1, realInjected))},
        {QStringLiteral("writing_fields"), writingFields},
        {QStringLiteral("writing_mismatch_pct"),
            100.0 * double(writingMismatches) / double(std::max<qint64>(1, writingFields))},
        {QStringLiteral("writing_cases_flagged_pct"),
            100.0 * double(writingCasesFlagged) / double(std::max<qint64>(1, writingCases))},
        {QStringLiteral("compare_median_ms"),
            [&] {
                std::sort(times.begin(), times.end());
                return times.isEmpty() ? 0.0 : times[times.size() / 2];
            }()},
        {QStringLiteral("compare_p99_ms"), times.isEmpty() ? 0.0 : times[qsizetype(0.99 * double(times.size() - 1))]},
        {QStringLiteral("elapsed_ms"), elapsed}, {QStringLiteral("unexplained"), misses}});
}

} // namespace mdg::cli
