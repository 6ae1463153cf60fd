#include "crosscheck/AddressCompare.h"
#include "crosscheck/CrossCheck.h"
#include "crosscheck/Municipalities.h"
#include "crosscheck/Towns.h"
#include "crosscheck/VariantTable.h"
#include "domain/Identifiers.h"
#include "domain/JapaneseDate.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace mdg;

namespace {

// One rule pair: entered and certificate values of one kind, the verdict expected in both
// directions, and a reason key that must be among the reasons.
struct Pair
{
    const char* kind;
    const char* a;
    const char* b;
    Verdict verdict;
    const char* reason;
};

// clang-format off
const Pair pairs[] = {
    // Names: variant characters fold to "equivalent", never "match".
    {"name", "髙橋 一郎", "高橋 一郎", Verdict::Equivalent, "variants"},
    {"name", "山﨑 太郎", "山崎 太郎", Verdict::Equivalent, "variants"},
    {"name", "嵜本 太郎", "崎本 太郎", Verdict::Equivalent, "variants"},
    {"name", "齋藤 恵", "斎藤 恵", Verdict::Equivalent, "variants"},
    {"name", "渡邊 健", "渡辺 健", Verdict::Equivalent, "variants"},
    {"name", "渡邉 健", "渡辺 健", Verdict::Equivalent, "variants"},
    {"name", "澤田 優", "沢田 優", Verdict::Equivalent, "variants"},
    {"name", "濱田 光", "浜田 光", Verdict::Equivalent, "variants"},
    {"name", "濵田 光", "浜田 光", Verdict::Equivalent, "variants"},
    {"name", "廣瀬 誠", "広瀬 誠", Verdict::Equivalent, "variants"},
    {"name", "國府田 進", "国府田 進", Verdict::Equivalent, "variants"},
    {"name", "櫻井 翔子", "桜井 翔子", Verdict::Equivalent, "variants"},
    {"name", "德永 修", "徳永 修", Verdict::Equivalent, "variants"},
    {"name", "嶋田 茂", "島田 茂", Verdict::Equivalent, "variants"},
    {"name", "冨田 恵", "富田 恵", Verdict::Equivalent, "variants"},
    {"name", "齊藤 一", "斉藤 一", Verdict::Equivalent, "variants"},
    {"name", "瀨戸 真", "瀬戸 真", Verdict::Equivalent, "variants"},
    {"name", "𠮷田 茂", "吉田 茂", Verdict::Equivalent, "variants"},
    {"name", "渕上 学", "淵上 学", Verdict::Equivalent, "variants"},
    {"name", "惠 太郎", "恵 太郎", Verdict::Equivalent, "variants"},
    {"name", "眞鍋 彌生", "真鍋 弥生", Verdict::Equivalent, "variants"},
    {"name", "藤\U000E0103原 一", "藤原 一", Verdict::Equivalent, "variants"},
    {"name", "\uF9DC史 一", "隆史 一", Verdict::Equivalent, "variants"},
    {"name", "舘 ひろし", "館 ひろし", Verdict::Equivalent, "variants"},
    {"name", "髙﨑 邊", "高崎 辺", Verdict::Equivalent, "variants"},
    {"name", "山本　太郎", "山本 太郎", Verdict::Equivalent, "spaces"},
    {"name", "山本太郎", "山本 太郎", Verdict::Equivalent, "spaces"},
    {"name", "ＳＭＩＴＨ ＪＯＨＮ", "SMITH JOHN", Verdict::Equivalent, "width"},
    {"name", "髙橋　一郎", "高橋一郎", Verdict::Equivalent, "spaces"},
    {"name", "山本 太郎", "山本 太郎", Verdict::Match, ""},
    // Names: another person.
    {"name", "斉藤 一郎", "斎藤 一郎", Verdict::Mismatch, "family_name"},
    {"name", "高橋 裕子", "高橋 祐子", Verdict::Mismatch, "given_name"},
    {"name", "高橋 一郎", "高橋 一朗", Verdict::Mismatch, "given_name"},
    {"name", "佐藤 恵", "加藤 恵", Verdict::Mismatch, "family_name"},
    {"name", "高橋 一郎", "鈴木 次郎", Verdict::Mismatch, "name"},
    {"name", "伊藤一郎", "伊東一郎", Verdict::Mismatch, "name"},
    {"name", "崎山 学", "埼山 学", Verdict::Mismatch, "family_name"},
    {"name", "小林 浩", "小林 博", Verdict::Mismatch, "given_name"},
    {"name", "太田 茂", "大田 茂", Verdict::Mismatch, "family_name"},
    {"name", "島田 茂", "鳥田 茂", Verdict::Mismatch, "family_name"},
    {"name", "渡辺 健", "渡部 健", Verdict::Mismatch, "family_name"},
    {"name", "斎藤 恵", "斉藤 恵", Verdict::Mismatch, "family_name"},
    {"name", "高橋 陽子", "高橋 洋子", Verdict::Mismatch, "given_name"},
    {"name", "SMITH JOHN", "SMITH JOAN", Verdict::Mismatch, "given_name"},
    {"name", "高橋 一郎", "", Verdict::Missing, ""},
    // Readings.
    {"kana", "たかはし いちろう", "タカハシ イチロウ", Verdict::Equivalent, "kana"},
    {"kana", "キョウコ", "キヨウコ", Verdict::Equivalent, "large_kana"},
    {"kana", "シュンスケ", "シユンスケ", Verdict::Equivalent, "large_kana"},
    {"kana", "ハットリ", "ハツトリ", Verdict::Equivalent, "large_kana"},
    {"kana", "ｶﾄｳ ｹﾝ", "カトウ ケン", Verdict::Equivalent, "width"},
    {"kana", "タカハシ　イチロウ", "タカハシ イチロウ", Verdict::Equivalent, "spaces"},
    {"kana", "きょうこ", "キヨウコ", Verdict::Equivalent, "large_kana"},
    {"kana", "カトウ", "カトー", Verdict::Mismatch, "reading"},
    {"kana", "ユウコ", "ヒロコ", Verdict::Mismatch, "reading"},
    {"kana", "コウジ", "コウシ", Verdict::Mismatch, "reading"},
    {"kana", "タカハシ", "タカバシ", Verdict::Mismatch, "reading"},
    {"kana", "サイトウ", "サイトオ", Verdict::Mismatch, "reading"},
    {"kana", "タカハシ", "", Verdict::Missing, "not_on_certificate"},
    // Dates in every written form, against ISO.
    {"date", "昭和60年4月12日", "1985-04-12", Verdict::Match, ""},
    {"date", "S60.4.12", "1985-04-12", Verdict::Match, ""},
    {"date", "昭６０．４．１２", "1985-04-12", Verdict::Match, ""},
    {"date", "昭和６０年４月１２日", "1985-04-12", Verdict::Match, ""},
    {"date", "昭和六十年四月十二日", "1985-04-12", Verdict::Match, ""},
    {"date", "3600412", "1985-04-12", Verdict::Match, ""},
    {"date", "平成元年1月8日", "1989-01-08", Verdict::Match, ""},
    {"date", "平成1年1月8日", "1989-01-08", Verdict::Match, ""},
    {"date", "H1.1.8", "1989-01-08", Verdict::Match, ""},
    {"date", "昭和64年1月7日", "1989-01-07", Verdict::Match, ""},
    {"date", "明治45年7月30日", "大正元年7月30日", Verdict::Match, ""},
    {"date", "大正15年12月25日", "昭和元年12月25日", Verdict::Match, ""},
    {"date", "平成31年4月30日", "2019-04-30", Verdict::Match, ""},
    {"date", "令和元年5月1日", "2019-05-01", Verdict::Match, ""},
    {"date", "R1.5.1", "令和元年五月一日", Verdict::Match, ""},
    {"date", "2019年5月1日", "令和元年5月1日", Verdict::Match, ""},
    {"date", "西暦1990年1月2日", "平成2年1月2日", Verdict::Match, ""},
    {"date", "1985-04-12", "1985-04-13", Verdict::Mismatch, "date"},
    {"date", "昭和60年4月12日", "昭和60年4月11日", Verdict::Mismatch, "date"},
    {"date", "1985-04-12", "1986-04-12", Verdict::Mismatch, "date"},
    {"date", "1985-04-12", "1985-05-12", Verdict::Mismatch, "date"},
    {"date", "昭和5年4月12日", "平成5年4月12日", Verdict::Mismatch, "era_confusion"},
    {"date", "平成元年5月1日", "令和元年5月1日", Verdict::Mismatch, "era_confusion"},
    {"date", "大正10年3月3日", "昭和10年3月3日", Verdict::Mismatch, "era_confusion"},
    {"date", "昭和64年1月8日", "1989-01-08", Verdict::Missing, ""},
    {"date", "平成31年5月1日", "2019-05-01", Verdict::Missing, ""},
    {"date", "1985-02-30", "1985-03-02", Verdict::Missing, ""},
    // Addresses: the same place written differently.
    {"address", "横浜市港北区日吉本町1-2-3", "神奈川県横浜市港北区日吉本町一丁目2番3号", Verdict::Equivalent, "prefecture_omitted"},
    {"address", "横浜市港北区日吉本町1-2-3", "横浜市港北区日吉本町一丁目2番3号", Verdict::Equivalent, "kanji_numerals"},
    {"address", "横浜市港北区日吉本町1-2-3", "横浜市港北区日吉本町1丁目2番3号", Verdict::Equivalent, "block_notation"},
    {"address", "川崎市中原区小杉町3丁目600番地", "川崎市中原区小杉町三丁目６００番地", Verdict::Equivalent, "kanji_numerals"},
    {"address", "川崎市中原区小杉町3丁目600番地", "川崎市中原区小杉町3丁目６００番地", Verdict::Equivalent, "width"},
    {"address", "川崎市中原区小杉町三丁目600番地", "川崎市中原区小杉町3-600", Verdict::Equivalent, "block_notation"},
    {"address", "神奈川県愛甲郡愛川町中津123番地4", "愛川町中津123-4", Verdict::Equivalent, "county_omitted"},
    {"address", "神奈川県愛甲郡愛川町中津123番地4", "神奈川県愛甲郡愛川町中津123番地の4", Verdict::Equivalent, "block_notation"},
    {"address", "埼玉県入間郡毛呂山町大字毛呂本郷38番地", "埼玉県入間郡毛呂山町毛呂本郷38番地", Verdict::Equivalent, "aza"},
    {"address", "埼玉県入間郡毛呂山町字毛呂本郷38", "埼玉県入間郡毛呂山町毛呂本郷38", Verdict::Equivalent, "aza"},
    {"address", "東京都千代田区霞が関1-3-1", "東京都千代田区霞ケ関一丁目3番1号", Verdict::Equivalent, "kana_set"},
    {"address", "東京都千代田区霞が関1-3-1", "東京都千代田区霞ヶ関1-3-1", Verdict::Equivalent, "kana_set"},
    {"address", "横浜市青葉区藤が丘1-2", "横浜市青葉区藤ケ丘一丁目2番", Verdict::Equivalent, "kana_set"},
    {"address", "川崎市幸区南幸町1−2−3", "川崎市幸区南幸町1-2-3", Verdict::Equivalent, "dashes"},
    {"address", "川崎市幸区南幸町1ー2ー3", "川崎市幸区南幸町1-2-3", Verdict::Equivalent, "dashes"},
    {"address", "川崎市川崎区宮本町１番地", "川崎市川崎区宮本町1番地", Verdict::Equivalent, "width"},
    {"address", "大阪府大阪市北区梅田1-1-1", "大阪市北区梅田1丁目1番1号", Verdict::Equivalent, "prefecture_omitted"},
    {"address", "川崎市中原区 小杉町 3-600", "川崎市中原区小杉町3-600", Verdict::Equivalent, "spaces"},
    {"address", "東京都府中市宮西町1-1", "府中市宮西町一丁目1番", Verdict::Equivalent, "prefecture_omitted"},
    {"address", "川崎市多摩区登戸新町300", "川崎市多摩区登戸新町３００番地", Verdict::Equivalent, "block_notation"},
    {"address", "川崎市高津区二子二丁目5番", "川崎市高津区二子2-5", Verdict::Equivalent, "kanji_numerals"},
    {"address", "東京都檜原村100番地", "東京都桧原村100番地", Verdict::Equivalent, "variants"},
    {"address", "川崎市中原区小杉町3-600", "川崎市中原区小杉町3-600", Verdict::Match, ""},
    // Addresses: another place.
    {"address", "川崎市中原区小杉町3丁目600番地", "川崎市中原区小杉町2丁目600番地", Verdict::Mismatch, "chome"},
    {"address", "川崎市中原区小杉町三丁目600番地", "川崎市中原区小杉町二丁目600番地", Verdict::Mismatch, "chome"},
    {"address", "横浜市港北区日吉本町1-2-3", "横浜市港北区日吉本町1-2-4", Verdict::Mismatch, "block_numbers"},
    {"address", "横浜市港北区日吉本町1-2-3", "横浜市港北区日吉本町1-3-3", Verdict::Mismatch, "block_numbers"},
    {"address", "横浜市港北区日吉本町1-2-3", "横浜市港北区日吉1-2-3", Verdict::Mismatch, "town"},
    {"address", "川崎市中原区小杉町3-600", "川崎市高津区小杉町3-600", Verdict::Mismatch, "municipality"},
    {"address", "横浜市港北区日吉本町1-2-3", "横浜市港南区日吉本町1-2-3", Verdict::Mismatch, "municipality"},
    {"address", "東京都府中市宮西町1-1", "広島県府中市宮西町1-1", Verdict::Mismatch, "municipality"},
    {"address", "神奈川県愛甲郡愛川町中津123番地4", "愛川町中津123番地5", Verdict::Mismatch, "block_numbers"},
    {"address", "川崎市中原区小杉町3-600", "横浜市中区小杉町3-600", Verdict::Mismatch, "municipality"},
    {"address", "東京都千代田区霞が関1-3-1", "東京都千代田区霞が浦1-3-1", Verdict::Mismatch, "town"},
    {"address", "埼玉県入間郡毛呂山町大字毛呂本郷38番地", "埼玉県入間郡毛呂山町毛呂38番地", Verdict::Mismatch, "town"},
    {"address", "川崎市多摩区登戸新町300", "川崎市多摩区登戸新町301", Verdict::Mismatch, "block_numbers"},
    {"address", "川崎市高津区二子二丁目5番", "川崎市高津区三子二丁目5番", Verdict::Mismatch, "town"},
    {"address", "川崎市高津区二子二丁目5番", "川崎市高津区二子三丁目5番", Verdict::Mismatch, "chome"},
    {"address", "札幌市中央区北一条西2丁目", "札幌市北区北一条西2丁目", Verdict::Mismatch, "municipality"},
    {"address", "川崎市中原区小杉町3-600", "", Verdict::Missing, "not_on_certificate"},
    // Spaces between the parts are layout: they never name another place.
    {"address", "東京都世田谷区 三軒茶屋 1丁目 2番 3号", "東京都世田谷区三軒茶屋1丁目2番3号", Verdict::Equivalent, "spaces"},
    {"address", "東京都世田谷区　三軒茶屋　一丁目　２番　３号", "東京都世田谷区三軒茶屋一丁目2番3号", Verdict::Equivalent, "width"},
    {"address", "世田谷区 三軒茶屋 1 - 2 - 3", "東京都世田谷区三軒茶屋一丁目2番3号", Verdict::Equivalent, "prefecture_omitted"},
    {"address", "川崎市 中原区 小杉町 3丁目 600番地", "川崎市中原区小杉町三丁目600番地", Verdict::Equivalent, "kanji_numerals"},
    {"address", "東京都世田谷区 三軒茶屋 1丁目 2番 3号", "東京都世田谷区三軒茶屋1丁目2番4号", Verdict::Mismatch, "block_numbers"},
    {"address", "東京都世田谷区 三軒茶屋 1丁目 2番 3号", "東京都世田谷区三軒茶屋2丁目2番3号", Verdict::Mismatch, "chome"},
    {"katagaki", "東京都世田谷区 三軒茶屋 1丁目 2番 3号 コーポ 三茶 201", "東京都世田谷区三軒茶屋1丁目2番3号　コーポ三茶201", Verdict::Equivalent, "spaces"},
    // The building (方書) is compared on its own.
    {"katagaki", "横浜市港北区日吉本町1-2-3 日吉ハイツ101", "横浜市港北区日吉本町1-2-3 日吉ハイツ１０１", Verdict::Match, ""},
    {"katagaki", "横浜市港北区日吉本町1-2-3 日吉ハイツ101", "横浜市港北区日吉本町1-2-3 日吉ハイツ102", Verdict::Mismatch, "building"},
    {"katagaki", "横浜市港北区日吉本町1-2-3 日吉ハイツ101", "横浜市港北区日吉本町1-2-3 港北ハイツ101", Verdict::Mismatch, "building"},
    {"katagaki", "横浜市港北区日吉本町1-2-3 日吉ハイツ101", "横浜市港北区日吉本町1-2-3", Verdict::Missing, "not_on_certificate"},
    {"katagaki", "横浜市港北区日吉本町1-2-3 コーポ　さくら 2F", "横浜市港北区日吉本町1-2-3 コーポさくら 2F", Verdict::Equivalent, "spaces"},
    {"katagaki", "川崎市中原区小杉町3-600 コスギタワー1501", "川崎市中原区小杉町三丁目600番地 コスギタワー1501", Verdict::Match, ""},
    // Relationships as the residence record writes them.
    {"relationship", "長男", "子", Verdict::Equivalent, "relationship_koseki"},
    {"relationship", "二女", "子", Verdict::Equivalent, "relationship_koseki"},
    {"relationship", "次男", "子", Verdict::Equivalent, "relationship_koseki"},
    {"relationship", "妻（未届）", "妻(未届)", Verdict::Equivalent, "width"},
    {"relationship", "世帯主", "世帯主", Verdict::Match, ""},
    {"relationship", "妻", "夫", Verdict::Mismatch, "relationship"},
    {"relationship", "子", "孫", Verdict::Mismatch, "relationship"},
    {"relationship", "子の妻", "妻", Verdict::Mismatch, "relationship"},
    {"relationship", "父", "母", Verdict::Mismatch, "relationship"},
    {"relationship", "妻", "妻(未届)", Verdict::Mismatch, "relationship"},
    {"relationship", "長男", "孫", Verdict::Mismatch, "relationship"},
    // Resident codes: 11 digits, format only.
    {"code", "12345678901", "１２３４５６７８９０１", Verdict::Equivalent, "width"},
    {"code", "12345678901", "12345 678901", Verdict::Equivalent, "spaces"},
    {"code", "12345678901", "12345678901", Verdict::Match, ""},
    {"code", "12345678901", "12345678902", Verdict::Mismatch, "resident_code"},
    {"code", "12345678901", "21345678901", Verdict::Mismatch, "resident_code"},
    {"code", "12345678901", "1234567890", Verdict::Mismatch, "resident_code"},
    // Sex.
    {"sex", "male", "male", Verdict::Match, ""},
    {"sex", "female", "female", Verdict::Match, ""},
    {"sex", "male", "female", Verdict::Mismatch, "sex"},
    {"sex", "female", "", Verdict::Missing, ""},
};
// clang-format on

QDate dateOf(const char* text)
{
    return JapaneseDate::parse(QString::fromUtf8(text)).value_or(QDate());
}

Finding compareKind(const QString& kind, const char* a, const char* b)
{
    const QString x = QString::fromUtf8(a), y = QString::fromUtf8(b);
    if (kind == QLatin1String("name"))
        return CrossCheck::compareName(x, y);
    if (kind == QLatin1String("kana"))
        return CrossCheck::compareKana(x, y);
    if (kind == QLatin1String("date"))
        return CrossCheck::compareDate(dateOf(a), dateOf(b));
    if (kind == QLatin1String("address"))
        return CrossCheck::compareAddress(x, y).first();
    if (kind == QLatin1String("katagaki")) {
        const auto list = CrossCheck::compareAddress(x, y);
        return list.size() > 1 ? list[1] : Finding {};
    }
    if (kind == QLatin1String("relationship"))
        return CrossCheck::compareRelationship(x, y);
    if (kind == QLatin1String("code"))
        return CrossCheck::compareResidentCode(x, y);
    return CrossCheck::compareSex(sexFromKey(x), sexFromKey(y));
}

Person person(const char* name, const char* kana, const char* born, Sex sex, const char* relationship)
{
    Person p;
    p.name = QString::fromUtf8(name);
    p.nameKana = QString::fromUtf8(kana);
    p.birthDate = QDate::fromString(QString::fromLatin1(born), Qt::ISODate);
    p.sex = sex;
    p.relationship = QString::fromUtf8(relationship);
    return p;
}

TransferOutCertificate::Member certMember(const Person& p)
{
    return {p.name, p.nameKana, p.birthDate, p.sex, p.relationship, p.residentCode};
}

const Finding* findingFor(const QList<Finding>& list, const QString& field)
{
    for (const Finding& f : list)
        if (f.field == field)
            return &f;
    return nullptr;
}

} // namespace

class TestCrossCheck : public QObject
{
    Q_OBJECT

private slots:
    void rulePairs_data();
    void rulePairs();
    void myNumberCheckDigit();
    void townMisreadByOneCharacterIsPutRight();
    void placeMisreadByOneCharacterIsPutRight();
    void placeGarbledPastOneCharacterIsToldByItsTown();
    void municipalityCheckDigit();
    void everyMunicipalityCodeIsValid();
    void residentCodeFormat();
    void variantTableHoldsPublishedPairs();
    void addressSplitsIntoParts();
    void membersPairByNameAndBirthDateNotPosition();
    void memberOnOneSideOnlyIsAFinding();
    void wholeHouseholdFindingsCarryBothKeys();
    void reasonsReadInJapanese();
    void findingJsonRoundTrip();
};

void TestCrossCheck::rulePairs_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("verdict");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("swapped");
    int i = 0;
    for (const Pair& p : pairs) {
        ++i;
        for (bool swapped : {false, true}) {
            // A missing side is asymmetric (which side is empty is the reason).
            const bool asymmetric = p.verdict == Verdict::Missing && swapped;
            QTest::addRow("%s %d%s", p.kind, i, swapped ? " swapped" : "")
                << QString::fromLatin1(p.kind) << QString::fromUtf8(swapped ? p.b : p.a)
                << QString::fromUtf8(swapped ? p.a : p.b) << int(p.verdict)
                << (asymmetric ? QString() : QString::fromLatin1(p.reason)) << swapped;
        }
    }
    QVERIFY2(i >= 150, "the issue asks for at least 150 rule pairs");
}

void TestCrossCheck::rulePairs()
{
    QFETCH(QString, kind);
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, verdict);
    QFETCH(QString, reason);
    const QByteArray ua = a.toUtf8(), ub = b.toUtf8();
    const Finding f = compareKind(kind, ua.constData(), ub.constData());
    QVERIFY2(int(f.verdict) == verdict,
        qPrintable(QStringLiteral("%1 vs %2: got %3 (%4), expected %5")
                       .arg(a, b, verdictKey(f.verdict), f.reasonKeys.join(u','), verdictKey(Verdict(verdict)))));
    if (!reason.isEmpty())
        QVERIFY2(f.reasonKeys.contains(reason),
            qPrintable(QStringLiteral("%1 vs %2: reasons %3 lack %4").arg(a, b, f.reasonKeys.join(u','), reason)));
    if (f.verdict == Verdict::Equivalent || f.verdict == Verdict::Mismatch)
        QVERIFY2(!f.reason().isEmpty(), "a clerk must be told why");
    // A differing reading is shown but does not hold the case back (DOMAIN.md, Names).
    QCOMPARE(f.advisory, kind == QLatin1String("kana") && f.differs());
    QCOMPARE(f.needsResolution(), f.differs() && kind != QLatin1String("kana"));
}

void TestCrossCheck::myNumberCheckDigit()
{
    QCOMPARE(identifiers::myNumberCheckDigit(u"98320567321"), 4);
    QVERIFY(identifiers::isValidMyNumber(u"983205673214"));
    QVERIFY(!identifiers::isValidMyNumber(u"983205673215"));
    QVERIFY(!identifiers::isValidMyNumber(u"98320567321"));
    QVERIFY(!identifiers::isValidMyNumber(u"９８３２０５６７３２１４"));
    QVERIFY(!identifiers::myNumberCheckDigit(u"9832056732a"));
    // r <= 1 gives 0: 00000000000 sums to 0.
    QCOMPARE(identifiers::myNumberCheckDigit(u"00000000000"), 0);
}

void TestCrossCheck::municipalityCheckDigit()
{
    QCOMPARE(identifiers::municipalityCheckDigit(u"14130"), 5);
    QVERIFY(identifiers::isValidMunicipalityCode(u"141305"));
    QVERIFY(identifiers::isValidMunicipalityCode(u"141313")); // 川崎区
    QVERIFY(!identifiers::isValidMunicipalityCode(u"141306"));
    QVERIFY(!identifiers::isValidMunicipalityCode(u"14130"));
}

void TestCrossCheck::everyMunicipalityCodeIsValid()
{
    // The list the cross-check ships (resources/crosscheck/municipalities.json).
    QFile f(QStringLiteral(":/crosscheck/municipalities.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    int checked = 0;
    const std::function<void(const QJsonArray&)> walk = [&](const QJsonArray& list) {
        for (const QJsonValue& v : list) {
            const QString code = v[QLatin1String("code")].toString();
            QVERIFY2(identifiers::isValidMunicipalityCode(code), qPrintable(code));
            ++checked;
            walk(v[QLatin1String("municipalities")].toArray());
            walk(v[QLatin1String("wards")].toArray());
        }
    };
    walk(QJsonDocument::fromJson(f.readAll()).array());
    QCOMPARE(checked, 47 + 1747 + 175);
    QCOMPARE(Municipalities::instance().municipalityCount(), 1747);
}

void TestCrossCheck::residentCodeFormat()
{
    QVERIFY(identifiers::isResidentCodeFormat(u"12345678901"));
    QVERIFY(!identifiers::isResidentCodeFormat(u"1234567890"));
    QVERIFY(!identifiers::isResidentCodeFormat(u"1234567890a"));
}

void TestCrossCheck::variantTableHoldsPublishedPairs()
{
    const VariantTable& t = VariantTable::instance();
    QVERIFY2(t.size() >= 300, qPrintable(QString::number(t.size())));
    QCOMPARE(t.fold(u"髙﨑邊澤濱齋國"), QStringLiteral("高崎辺沢浜斎国"));
    // Distinct characters that look or sound alike stay distinct.
    for (const auto& [x, y] :
        {std::pair {u"斉", u"斎"}, {u"崎", u"埼"}, {u"裕", u"祐"}, {u"太", u"大"}, {u"島", u"鳥"}})
        QVERIFY2(t.fold(x) != t.fold(y), qPrintable(QString::fromUtf16(x) + QString::fromUtf16(y)));
}

void TestCrossCheck::addressSplitsIntoParts()
{
    const Address a = parseAddress(u"神奈川県川崎市中原区小杉町三丁目600番地　コスギタワー1501");
    QCOMPARE(a.locality.prefecture, QStringLiteral("神奈川県"));
    QCOMPARE(a.locality.city, QStringLiteral("川崎市"));
    QCOMPARE(a.locality.ward, QStringLiteral("中原区"));
    QCOMPARE(a.locality.codes, QStringList {QStringLiteral("141330")});
    QCOMPARE(a.town, QStringLiteral("小杉町"));
    QCOMPARE(a.blocks, (QList<int> {3, 600}));
    QCOMPARE(a.building, QStringLiteral("コスギタワー1501"));
    QVERIFY(a.kanjiNumerals);

    const Address b = parseAddress(u"府中市宮西町1-1");
    QCOMPARE(b.locality.codes.size(), 2); // 東京都 and 広島県: both candidates
    const Address c = parseAddress(u"川崎市多摩区登戸100番地先");
    QCOMPARE(c.special, QStringLiteral("番地先"));
    QCOMPARE(c.blocks, QList<int> {100});
}

void TestCrossCheck::membersPairByNameAndBirthDateNotPosition()
{
    const QList<Person> entered = {person("高橋 一郎", "タカハシ イチロウ", "1985-04-12", Sex::Male, "世帯主"),
        person("高橋 花子", "タカハシ ハナコ", "1987-09-30", Sex::Female, "妻"),
        person("高橋 翔", "タカハシ ショウ", "2015-06-01", Sex::Male, "子")};
    // The certificate lists them in another order, one with a variant character and one
    // with a wrong birth date: still paired with the right person.
    QList<TransferOutCertificate::Member> cert
        = {certMember(entered[2]), certMember(entered[0]), certMember(entered[1])};
    cert[1].name = QStringLiteral("髙橋 一郎");
    cert[2].birthDate = QDate(1987, 9, 29);
    const auto pairs = CrossCheck::pairMembers(entered, cert);
    QCOMPARE(pairs, (QList<QPair<int, int>> {{0, 1}, {1, 2}, {2, 0}}));

    Household h;
    h.members = entered;
    TransferOutCertificate t;
    t.members = cert;
    const auto findings = CrossCheck::compare(h, t);
    QCOMPARE(findingFor(findings, QStringLiteral("members[0].name"))->verdict, Verdict::Equivalent);
    QCOMPARE(
        findingFor(findings, QStringLiteral("members[0].name"))->certificateKey, QStringLiteral("members[1].name"));
    QCOMPARE(findingFor(findings, QStringLiteral("members[1].birth_date"))->verdict, Verdict::Mismatch);
    QCOMPARE(findingFor(findings, QStringLiteral("members[2].birth_date"))->verdict, Verdict::Match);

    // A misread character (隆→降) and a birth date typed a day off, kana not read: still
    // the same person, with two mismatches rather than two missing members.
    QList<TransferOutCertificate::Member> misread = {certMember(entered[1]), certMember(entered[0])};
    misread[1].name = QStringLiteral("高橋 一朗");
    misread[1].nameKana.clear();
    misread[1].birthDate = entered[0].birthDate.addDays(-1);
    QCOMPARE(CrossCheck::pairMembers(entered.first(2), misread), (QList<QPair<int, int>> {{0, 1}, {1, 0}}));
}

void TestCrossCheck::memberOnOneSideOnlyIsAFinding()
{
    Household h;
    h.members = {person("高橋 一郎", "タカハシ イチロウ", "1985-04-12", Sex::Male, "世帯主"),
        person("高橋 花子", "タカハシ ハナコ", "1987-09-30", Sex::Female, "妻")};
    TransferOutCertificate t;
    t.members
        = {certMember(h.members[0]), certMember(person("高橋 健", "タカハシ ケン", "2018-01-01", Sex::Male, "子"))};
    const auto findings = CrossCheck::compare(h, t);
    const Finding* onlyEntered = findingFor(findings, QStringLiteral("members[1]"));
    QVERIFY(onlyEntered);
    QCOMPARE(onlyEntered->verdict, Verdict::Missing);
    QCOMPARE(onlyEntered->reasonKeys, QStringList {QStringLiteral("member_not_on_certificate")});
    const Finding* onlyCertificate = findingFor(findings, QStringLiteral("certificate.members[1]"));
    QVERIFY(onlyCertificate);
    QCOMPARE(onlyCertificate->certificate, QStringLiteral("高橋 健"));
    QVERIFY(onlyCertificate->needsResolution());
}

void TestCrossCheck::wholeHouseholdFindingsCarryBothKeys()
{
    Household h;
    h.headName = QStringLiteral("高橋 一郎");
    h.moveDate = QDate(2024, 4, 1);
    h.previousAddress = QStringLiteral("横浜市港北区日吉本町1-2-3");
    h.newAddress = QStringLiteral("川崎市中原区小杉町3-600");
    TransferOutCertificate t;
    t.householdHead = QStringLiteral("髙橋　一郎");
    t.plannedMoveDate = QDate(2024, 4, 1);
    t.previousAddress = QStringLiteral("神奈川県横浜市港北区日吉本町一丁目２番３号");
    t.destinationAddress = QStringLiteral("川崎市中原区小杉町三丁目600番地");
    const auto findings = CrossCheck::compare(h, t);
    QStringList fields;
    for (const Finding& f : findings) {
        fields << f.field;
        QCOMPARE(f.certificateKey, f.field);
        QVERIFY(!f.needsResolution());
    }
    QCOMPARE(fields,
        (QStringList {QStringLiteral("previous_address"), QStringLiteral("destination_address"),
            QStringLiteral("planned_move_date"), QStringLiteral("household_head")}));
}

void TestCrossCheck::reasonsReadInJapanese()
{
    QTranslator ja;
    QVERIFY(ja.load(QStringLiteral(":/i18n/madoguchi_ja.qm")));
    QCoreApplication::installTranslator(&ja);
    const Finding f = CrossCheck::compareAddress(
        QStringLiteral("横浜市港北区日吉本町1-2-3"), QStringLiteral("横浜市港北区日吉本町一丁目2番3号"))
                          .first();
    QVERIFY2(f.reason().contains(QStringLiteral("漢数字と算用数字の違い")), qPrintable(f.reason()));
    QCoreApplication::removeTranslator(&ja);
}

void TestCrossCheck::findingJsonRoundTrip()
{
    Finding f = CrossCheck::compareName(QStringLiteral("髙橋 一郎"), QStringLiteral("高橋 一郎"));
    f.field = QStringLiteral("members[0].name");
    f.certificateKey = QStringLiteral("members[1].name");
    const QJsonObject o = f.toJson();
    QCOMPARE(o.value(QLatin1String("verdict")).toString(), QStringLiteral("equivalent"));
    QCOMPARE(o.value(QLatin1String("preentry")).toString(), QStringLiteral("髙橋 一郎"));
    QCOMPARE(o.value(QLatin1String("detail")).toString(), QStringLiteral("髙→高"));
    const Finding back = Finding::fromJson(o);
    QCOMPARE(back.verdict, f.verdict);
    QCOMPARE(back.reasonKeys, f.reasonKeys);
    QCOMPARE(back.certificateKey, f.certificateKey);
}

void TestCrossCheck::townMisreadByOneCharacterIsPutRight()
{
    const Towns& towns = Towns::instance();
    QVERIFY(towns.municipalityCount() > 1700); // every municipality and designated-city ward
    QVERIFY(towns.of(QStringLiteral("14205")).contains(QStringLiteral("鵠沼海岸")));
    bool corrected = false;
    // 鵠 is rare; the reader sees 鶴, 嶋 or 堆. Within 藤沢市 only 鵠沼海岸 is that close.
    QCOMPARE(towns.snap(QStringLiteral("神奈川県藤沢市鶴沼海岸一丁目2番10号"), &corrected),
        QStringLiteral("神奈川県藤沢市鵠沼海岸一丁目2番10号"));
    QVERIFY(corrected);
    QCOMPARE(towns.snap(QStringLiteral("藤沢市堆沼海岸四丁目6番17号"), &corrected),
        QStringLiteral("藤沢市鵠沼海岸四丁目6番17号"));
    QVERIFY(corrected);
    // A real town stays as it is.
    const QString real = QStringLiteral("神奈川県川崎市中原区小杉町三丁目5番1号");
    QCOMPARE(towns.snap(real, &corrected), real);
    QVERIFY(!corrected);
    // Two towns one character away (浦田: 蒲田 or 羽田 in 大田区): left for the clerk.
    const QString ambiguous = QStringLiteral("東京都大田区浦田一丁目25番16号");
    QCOMPARE(towns.snap(ambiguous, &corrected), ambiguous);
    QVERIFY(!corrected);
    // … which the reader can tell apart by the glyph: both readings are offered.
    QStringList near = towns.nearReadings(ambiguous);
    near.sort();
    QCOMPARE(near,
        (QStringList {
            QStringLiteral("東京都大田区羽田一丁目25番16号"), QStringLiteral("東京都大田区蒲田一丁目25番16号")}));
    QVERIFY(towns.nearReadings(real).isEmpty());
    // A town that is only the start of what is written (北 of 北下田1番地): the longer town
    // one character off (北疋田) is found.
    QCOMPARE(towns.snap(QStringLiteral("福井県あわら市北下田1番地の15"), &corrected),
        QStringLiteral("福井県あわら市北疋田1番地の15"));
    QVERIFY(corrected);
    // A number in kanji after the town (千六百…) ends it as digits do.
    QCOMPARE(towns.snap(QStringLiteral("松阪市販高町宮本千六百八十一番地十五"), &corrected),
        QStringLiteral("松阪市飯高町宮本千六百八十一番地十五"));
    // A town two characters away, or no municipality recognised: nothing is guessed.
    const QString far = QStringLiteral("神奈川県藤沢市鶴池海岸一丁目2番10号");
    QCOMPARE(towns.snap(far, &corrected), far);
    const QString nowhere = QStringLiteral("どこか町鶴沼海岸一丁目");
    QCOMPARE(towns.snap(nowhere, &corrected), nowhere);
    QVERIFY(!corrected);
}

void TestCrossCheck::placeGarbledPastOneCharacterIsToldByItsTown()
{
    const Towns& towns = Towns::instance();
    bool corrected = false;
    const QList<QPair<QString, QString>> garbled {
        {QStringLiteral("千葉県省志野巾否澄1187番地23"), QStringLiteral("千葉県習志野市香澄1187番地23")},
        {QStringLiteral("福岡県臣礎市上臼井五丁目25番25号"), QStringLiteral("福岡県嘉麻市上臼井五丁目25番25号")},
        {QStringLiteral("静山県客誤場市山之尻4丁目9番22号"), QStringLiteral("静岡県御殿場市山之尻4丁目9番22号")},
        {QStringLiteral("宮城県仙台市着杯区荒浜1丁目3番23号"), QStringLiteral("宮城県仙台市若林区荒浜1丁目3番23号")},
        {QStringLiteral("福図県宣軌市中央区山荘通19番地の2"), QStringLiteral("福岡県福岡市中央区山荘通19番地の2")},
        {QStringLiteral("福岡県福山市南区那の川四百七十一番地十二"),
            QStringLiteral("福岡県福岡市南区那の川四百七十一番地十二")},
        // Written without its prefecture, one character off many cities' names (川崎市,
        // 宮崎市 …): the one whose towns hold 神山町武田.
        {QStringLiteral("僕崎市神山町武田三丁目7番19号"), QStringLiteral("韮崎市神山町武田三丁目7番19号")},
    };
    for (const auto& [read, meant] : garbled) {
        QCOMPARE(towns.snap(read, &corrected), meant);
        QVERIFY(corrected);
    }
    // Too far from any place to tell (京都府南丹市 read with four characters wrong), or no town
    // of the places near it: left for the clerk.
    const QString far = QStringLiteral("京部誰吉妨市軍部町口司5丁目35番3号");
    QCOMPARE(towns.snap(far, &corrected), far);
    QVERIFY(!corrected);
    const QString noTown = QStringLiteral("千葉県省志野巾大大大1番");
    QCOMPARE(towns.snap(noTown, &corrected), noTown);
    QVERIFY(!corrected);
}

void TestCrossCheck::placeMisreadByOneCharacterIsPutRight()
{
    const Municipalities& places = Municipalities::instance();
    // The municipality, the prefecture or the ward one character off, and only one real
    // name that close: put right (and the town after it checked as before).
    QCOMPARE(places.repaired(u"東京都十代田区千代田1番"), QStringLiteral("東京都千代田区千代田1番"));
    QCOMPARE(places.repaired(u"神奈川上川崎市麻生区万福寺二丁目14番13号"),
        QStringLiteral("神奈川県川崎市麻生区万福寺二丁目14番13号"));
    QCOMPARE(places.repaired(u"神奈川県川崎市麻生匹万福寺二丁目"), QStringLiteral("神奈川県川崎市麻生区万福寺二丁目"));
    bool corrected = false;
    QCOMPARE(Towns::instance().snap(QStringLiteral("神奈川上藤沢市鶴沼海岸三丁目20番20号"), &corrected),
        QStringLiteral("神奈川県藤沢市鵠沼海岸三丁目20番20号"));
    QVERIFY(corrected);
    // A prefecture garbled beyond one character before a municipality no other prefecture
    // has: that municipality's prefecture. A name two prefectures have (府中市) is no guide.
    QCOMPARE(
        places.repaired(u"財筆県海津市平田町仏師川629番地11"), QStringLiteral("岐阜県海津市平田町仏師川629番地11"));
    QCOMPARE(places.repaired(u"受門果伊予市宮下六丁目28番7号"), QStringLiteral("愛媛県伊予市宮下六丁目28番7号"));
    QCOMPARE(places.repaired(u"重県桑名市江場151番地21"), QStringLiteral("三重県桑名市江場151番地21"));
    QVERIFY(places.repaired(u"東余都府中市宮町一丁目").isEmpty());
    // A real place, however written, is left alone: 京都市 is not 京都府 one off.
    QVERIFY(places.repaired(u"京都市中京区寺町通").isEmpty());
    QVERIFY(places.repaired(u"東京都千代田区千代田1番").isEmpty());
    QVERIFY(places.repaired(u"府中市宮町一丁目").isEmpty());
    // Two characters off, or nothing that close: no guess.
    QVERIFY(places.repaired(u"東京都十代口区千代田1番").isEmpty());
    QVERIFY(places.repaired(u"どこか町鶴沼海岸一丁目").isEmpty());
}

QTEST_GUILESS_MAIN(TestCrossCheck)
#include "tst_crosscheck.moc"
