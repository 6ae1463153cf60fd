#include "ocr/Columns.h"
#include "ocr/DigitShapes.h"
#include "ocr/FieldValues.h"
#include "ocr/GlyphMatcher.h"
#include "ocr/HouseholdConsistency.h"
#include "ocr/IssueLines.h"
#include "ocr/Labels.h"
#include "ocr/LineLabels.h"
#include "ocr/LostAddress.h"
#include "ocr/LostNameLines.h"
#include "ocr/NameReadings.h"
#include "ocr/PageGeometry.h"
#include "ocr/PagePass.h"
#include "ocr/PagePreprocessor.h"
#include "ocr/PageText.h"
#include "ocr/Placement.h"
#include "ocr/Plausibility.h"
#include "ocr/RowsTable.h"
#include "ocr/Ruby.h"
#include "ocr/ValueReader.h"
#include "ocr/ValueRules.h"

#include <QPainter>
#include <QTest>

using namespace mdg;
using namespace mdg::ocr;

// The rules the certificate reader applies to what Tesseract returns, on hand-made
// readings: label splitting and matching, value corrections, the geometry of boxes and
// columns. Fast; the reader on whole pages is in tst_ocr.
class TestOcrRules : public QObject
{
    Q_OBJECT
private slots:
    void pagePassReadsTheSheet();
    void pagePassStopsWhenCancelled();
    void columnsFromTheNameRows();
    void repeatedValuesInOneSegmentStandApart();
    void unspacedNamesDoNotVoteForTheFamilyName();
    void issueDateAndIssuerBelowTheSentence();
    void labelsOneCharacterOff();
    void labelRunIntoItsValue_data();
    void labelRunIntoItsValue();
    void labelFinishedInItsValue_data();
    void labelFinishedInItsValue();
    void fieldOfALineByItsValues_data();
    void fieldOfALineByItsValues();
    void valueCorrections();
    void valueBoxFromTheWords();
    void inkBandLeavesTheNeighbouringLines();
    void boxGrowsToTheEndOfItsValue();
    void columnsFoundFromTheirValues();
    void garbledRowsHeadingsAreInferred();
    void labelSynonymsAndNearestSpelling();
    void spreadLabelsAreJoined();
    void rubyIsTakenOutAndGivenToItsName();
    void rowsHeaderFromTheMemberRows();
    void garbledMemberRowStaysInTheTable();
    void rubyLineBetweenRowsIsNoRow();
    void pieceOfTiltedRowIsNoRow();
    void rowBrokenIntoPiecesIsARow();
    void garbledHeadingsTakeTheMissingLabels();
    void implausibleValuesAreFlagged();
    void valuesPlaceTheColumnsOfAGarbledHeader();
    void rubyBandIsFoundAboveItsName();
    void relationshipBoxTakesInItsWholeWord();
    void rubyInsideALineIsSplitFromIt();
    void anAddressWhoseLabelWasLostIsToldByItsGrammar();
    void aNameLineWhoseLabelWasLostIsToldByTheNamesItPrints();
    void printThePagePassDroppedIsFound();
    void skewedGrainyScanIsLevelledAndItsRulesRemoved();
    void rubyCutIntoSingleKanaIsTakenWhole();
    void labelCutAtAGapIsJoined();
    void digitsToldByTheirShapes();
    void glyphToldFromFontsThePageDidNotUse();
    void grainReadAsTextIsNoValue();
    void lostRelationshipFromTheHousehold();
    void registeredFormOnAnUnspacedHeadLineIsTheFamilys();
    void blurredReadingIsOneItsNameCanHave_data();
    void blurredReadingIsOneItsNameCanHave();
    void aMisreadCharacterIsToldByTheReading();
    void valueIsReadAgainUnderItsFieldsRule();
    void birthOrderNoReadingGaveIsToldByItsGlyphs();
    void registeredFormTheGlyphCannotTellIsFlagged();
    void readingsGoToTheirFieldsAndTheWholeCorrects();
    void aReadingOfTheNameAmongTheRivalsIsTaken();
    void linesLayoutPlacesEachBlocksValues();
    void blocksStandApartByTheirGaps();
    void labelTheFullestBlockLostIsTheOneOtherBlocksShow();
    void blocksOpenWhereTheFirstBlocksLostLabelStood();
    void garbledLabelInPiecesIsTheOneTheBlockLost();
    void labelLostInEveryBlockIsToldByItsValue();
    void readingLabelLostInEveryBlockIsToldByItsKana();
    void columnsLayoutPlacesAValuePerMember();
    void columnsRowReadAsOneRunIsPlacedByOrder();
    void dateValueStartsAtItsEra();
    void garbledRowBetweenTwoLabelsIsTheOneBetweenThem();
    void lostSexLabelOfOneTableStaysTheSex();
    void secondTablesRowIsItsOwnWhenTheFirstsIsGarbled();
    void readingsRowGarbledOnATintIsNoNamesRow();
    void secondTablesRubyLineIsItsOwn();
    void speckPlacedByPositionTakesNoTablesTurn();
    void tablesFirstRowsWithoutLabelsAreItsRows();
    void labelAndValueReadAsOneRunAreToldApart();
    void firstBlockWithItsOpeningLabelsLost();
    void valuesThatContradictThemselvesMoveNoHeading();
};

void TestOcrRules::labelsOneCharacterOff()
{
    QCOMPARE(matchLabel(QStringLiteral("住民票コード"), true), Label::Code);
    QCOMPARE(matchLabel(QStringLiteral("住民票コ一ド"), false), Label::Code);
    QVERIFY(!matchLabel(QStringLiteral("住民票コ一ド"), true));
    QCOMPARE(matchLabel(QStringLiteral("転軸先"), false), Label::Destination);
    QCOMPARE(matchLabel(QStringLiteral("男女"), true), Label::Sex);
    // One character is no label: 名 alone could be anything.
    QVERIFY(!matchLabel(QStringLiteral("名"), false));
    QVERIFY(!matchLabel(QStringLiteral("山田 太郎"), false));
    QCOMPARE(fieldKey(Label::Birth, 2), QStringLiteral("members[2].birth_date"));
    QCOMPARE(fieldKey(Label::Destination), QStringLiteral("destination_address"));
}

void TestOcrRules::labelRunIntoItsValue_data()
{
    QTest::addColumn<QString>("segment");
    QTest::addColumn<int>("label"); // -1: none
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("taken");
    QTest::newRow("exact") << QStringLiteral("転出予定年月日令和6年1月1日") << int(Label::PlannedDate)
                           << QStringLiteral("令和6年1月1日") << 7;
    QTest::newRow("speck inside the label")
        << QStringLiteral("住民上票コード 25258653433") << int(Label::Code) << QStringLiteral("25258653433") << 7;
    // The label's own length wins: 昭 is the value's, though 生年月日昭 is also one off.
    QTest::newRow("own length first") << QStringLiteral("生年月日昭和50年") << int(Label::Birth)
                                      << QStringLiteral("昭和50年") << 4;
    QTest::newRow("a character lost") << QStringLiteral("リガナヤマダ タロウ") << int(Label::Kana)
                                      << QStringLiteral("ヤマダタロウ") << 3;
    QTest::newRow("label alone") << QStringLiteral("住民票コード") << -1 << QString() << 0;
    // Spelt out whole, though it opens with another label (世帯主): nothing run into it.
    QTest::newRow("label opening with another") << QStringLiteral("世帯主との続柄") << -1 << QString() << 0;
    QTest::newRow("three characters exact only") << QStringLiteral("世帯王山田太郎") << -1 << QString() << 0;
    QTest::newRow("no label") << QStringLiteral("神奈川県川崎市") << -1 << QString() << 0;
}

void TestOcrRules::labelRunIntoItsValue()
{
    QFETCH(QString, segment);
    QFETCH(int, label);
    QFETCH(QString, value);
    QFETCH(int, taken);
    const auto split = splitLeadingLabel(segment);
    QCOMPARE(split.has_value(), label >= 0);
    if (!split)
        return;
    QCOMPARE(int(split->label), label);
    QCOMPARE(split->value, value);
    QCOMPARE(int(split->taken), taken);
}

void TestOcrRules::labelFinishedInItsValue_data()
{
    QTest::addColumn<int>("label");
    QTest::addColumn<QString>("labelText");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("taken");
    // 筆 頭 者 氏 名 spread across its cell, cut by the page pass after 筆頭者.
    QTest::newRow("rest of the label") << int(Label::Hittousha) << QStringLiteral("筆頭者")
                                       << QStringLiteral("氏 名 青木 湊") << 2;
    QTest::newRow("run into the value") << int(Label::Hittousha) << QStringLiteral("筆頭者")
                                        << QStringLiteral("氏名青木深") << 2;
    QTest::newRow("one character misread")
        << int(Label::Hittousha) << QStringLiteral("筆頭者") << QStringLiteral("上 名 中島 達也") << 2;
    QTest::newRow("one character lost") << int(Label::Hittousha) << QStringLiteral("筆頭者")
                                        << QStringLiteral("名 石井 博之") << 1;
    QTest::newRow("address label") << int(Label::Destination) << QStringLiteral("転出先")
                                   << QStringLiteral("住所神奈川県川崎市幸区") << 2;
    // A surname that starts like the label's tail keeps it: no gap after 氏.
    QTest::newRow("surname 氏家") << int(Label::Head) << QStringLiteral("世帯主") << QStringLiteral("氏家 太郎") << 0;
    QTest::newRow("plain value") << int(Label::Head) << QStringLiteral("世帯主") << QStringLiteral("青木 優奈") << 0;
    QTest::newRow("label complete") << int(Label::Hittousha) << QStringLiteral("筆頭者氏名")
                                    << QStringLiteral("名 取 一郎") << 0;
}

void TestOcrRules::labelFinishedInItsValue()
{
    QFETCH(int, label);
    QFETCH(QString, labelText);
    QFETCH(QString, value);
    QFETCH(int, taken);
    QCOMPARE(int(labelContinuation(Label(label), labelText, value)), taken);
}

void TestOcrRules::fieldOfALineByItsValues_data()
{
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<int>("label");
    QTest::newRow("codes") << QStringList {QStringLiteral("82787956895"), QStringLiteral("9152479399 2")}
                           << int(Label::Code);
    QTest::newRow("dates") << QStringList {QStringLiteral("昭和50年11月1日"), QStringLiteral("平成22年4月")}
                           << int(Label::Birth);
    QTest::newRow("sexes") << QStringList {QStringLiteral("男"), QStringLiteral("女"), QStringLiteral("婦")}
                           << int(Label::Sex);
    QTest::newRow("relationships") << QStringList {QStringLiteral("世帯主"), QStringLiteral("妻"), QStringLiteral("子"),
        QStringLiteral("にピコ")} << int(Label::Relationship);
    QTest::newRow("readings, one garbled into hiragana")
        << QStringList {QStringLiteral("マツモト ショウタ"), QStringLiteral("グモだモナ")} << int(Label::Kana);
    QTest::newRow("readings garbled on a scan") << QStringList {QStringLiteral("カドトウ。シイチ"),
        QStringLiteral("レトPy記ン"), QStringLiteral("カトウハルト"), QStringLiteral("ドウ8アヤ")}
                                                << int(Label::Kana);
    QTest::newRow("names") << QStringList {QStringLiteral("松本翔太"), QStringLiteral("松本陽菜")} << int(Label::Name);
}

void TestOcrRules::fieldOfALineByItsValues()
{
    QFETCH(QStringList, values);
    QFETCH(int, label);
    QCOMPARE(int(labelOfValues(values)), label);
}

void TestOcrRules::valueCorrections()
{
    // Katakana look-alikes between kanji and digits are the kanji, in chains too.
    QCOMPARE(fixKanjiContext(QStringLiteral("溝ロー丁目2番6号")), QStringLiteral("溝口一丁目2番6号"));
    QCOMPARE(fixKanjiContext(QStringLiteral("北ニ条西ニ]目")), QStringLiteral("北二条西二丁目"));
    QCOMPARE(fixKanjiContext(QStringLiteral("中央3]番")), QStringLiteral("中央31番"));
    QCOMPARE(fixKanjiContext(QStringLiteral("新作3丁目T7番4号")), QStringLiteral("新作3丁目17番4号"));
    QCOMPARE(fixKanjiContext(QStringLiteral("中川3丁目2T番17号")), QStringLiteral("中川3丁目21番17号"));
    QCOMPARE(fixKanjiContext(QStringLiteral("一色6番地の+7")), QStringLiteral("一色6番地の17"));
    QCOMPARE(fixKanjiContext(QStringLiteral("蟹ケ谷2丁目28番$号")), QStringLiteral("蟹ケ谷2丁目28番5号"));
    QCOMPARE(fixKanjiContext(QStringLiteral("岡田町1番地の1$")), QStringLiteral("岡田町1番地の15"));
    QCOMPARE(fixKanjiContext(QStringLiteral("TOKYO")), QStringLiteral("TOKYO")); // no number beside it
    QCOMPARE(fixKanjiContext(QStringLiteral("マツモト")), QStringLiteral("マツモト"));
    QCOMPARE(fixKanjiContext(QStringLiteral("千代田]番")), QStringLiteral("千代田1番"));
    QCOMPARE(fixKanjiContext(QStringLiteral("蒲田五目11番10号")), QStringLiteral("蒲田五丁目11番10号"));
    QCOMPARE(fixKanjiContext(QStringLiteral("五目並べ")), QStringLiteral("五目並べ")); // no block number after it
    QCOMPARE(fixKanjiContext(QStringLiteral("花見5工目21番5号")), QStringLiteral("花見5丁目21番5号"));
    QCOMPARE(fixKanjiContext(QStringLiteral("東中町六王目28番8号")), QStringLiteral("東中町六丁目28番8号"));
    QCOMPARE(fixKanjiContext(QStringLiteral("三王目")), QStringLiteral("三王目")); // no lot number after it
    QCOMPARE(fixKanjiContext(QStringLiteral("堤根一耳目29番21号")), QStringLiteral("堤根一丁目29番21号"));
    QCOMPARE(fixKanjiContext(QStringLiteral("小向町3十丁目8番22号")), QStringLiteral("小向町3丁目8番22号"));
    QCOMPARE(fixKanjiContext(QStringLiteral("小向町3十目8番22号")), QStringLiteral("小向町3丁目8番22号"));
    QCOMPARE(fixKanjiContext(QStringLiteral("北二十目8番")), QStringLiteral("北二十丁目8番")); // kanji numerals stay
    QCOMPARE(fixKanjiContext(QStringLiteral("昭和6目8番12号")), QStringLiteral("昭和6丁目8番12号"));
    QCOMPARE(fixKanjiContext(QStringLiteral("十三丁目1番")), QStringLiteral("十三丁目1番"));
    // No 丁目 past the twenties: a stroke of 丁 read 十 or 二 on its own, or 丁 read 十.
    QCOMPARE(fixKanjiContext(QStringLiteral("丸子通四十丁目37番")), QStringLiteral("丸子通四丁目37番"));
    QCOMPARE(fixKanjiContext(QStringLiteral("鴻巣五二丁目2番")), QStringLiteral("鴻巣五丁目2番"));
    QCOMPARE(fixKanjiContext(QStringLiteral("鴻巣五二目2番22号")), QStringLiteral("鴻巣五丁目2番22号"));
    QCOMPARE(fixKanjiContext(QStringLiteral("子母口六十目二十四番")), QStringLiteral("子母口六丁目二十四番"));
    QCOMPARE(fixKanjiContext(QStringLiteral("大通西二十丁目")), QStringLiteral("大通西二十丁目"));
    QCOMPARE(fixKanjiContext(QStringLiteral("大通西二十二丁目")), QStringLiteral("大通西二十二丁目"));
    QCOMPARE(fixKanjiContext(QStringLiteral("十二丁目")), QStringLiteral("十二丁目"));
    // Digits blurred into letters in block numbers; a building's letters stay.
    QCOMPARE(fixKanjiContext(QStringLiteral("浦和区高砂ST目32番12号")), QStringLiteral("浦和区高砂5丁目32番12号"));
    QCOMPARE(fixKanjiContext(QStringLiteral("加東市中古瀬Zz番地の11")), QStringLiteral("加東市中古瀬22番地の11"));
    QCOMPARE(fixKanjiContext(QStringLiteral("本町1番2号Bハイツ101号室")), QStringLiteral("本町1番2号Bハイツ101号室"));
    QCOMPARE(fixKanjiContext(QStringLiteral("石滝二丁目1番19号-")), QStringLiteral("石滝二丁目1番19号"));
    QCOMPARE(fixKanjiContext(QStringLiteral("前原町3」日11番11号")), QStringLiteral("前原町3丁目11番11号"));
    QCOMPARE(fixKanjiContext(QStringLiteral("瓜生原-丁目3番25号")), QStringLiteral("瓜生原一丁目3番25号"));
    QCOMPARE(fixKanjiContext(QStringLiteral("氷見市中村5町目37番")), QStringLiteral("氷見市中村5丁目37番"));
    QCOMPARE(fixKanjiContext(QStringLiteral("東有馬十五番地の十ヒ")), QStringLiteral("東有馬十五番地の十七"));
    QCOMPARE(fixKanjiContext(QStringLiteral("六本木ヒルズ")), QStringLiteral("六本木ヒルズ"));
    QCOMPARE(
        fixKanjiContext(QStringLiteral("瀬高町濱田干二百六十六番地")), QStringLiteral("瀬高町濱田千二百六十六番地"));
    QCOMPARE(fixDateSlips(QStringLiteral("禁和ニ十年")), QStringLiteral("昭和二十年"));
    QCOMPARE(fixDateSlips(QStringLiteral("令和 8年 9屋 7日")), QStringLiteral("令和 8年 9月 7日"));
    // A date starts at its era or Western year, past what is left of its label.
    QCOMPARE(dateStart(QStringLiteral("-月目昭和26年4月8日")), std::optional<qsizetype>(3));
    QCOMPARE(dateStart(QStringLiteral("日令和八年六月二十五日")), std::optional<qsizetype>(1));
    QCOMPARE(dateStart(QStringLiteral("日1984年2月12日")), std::optional<qsizetype>(1));
    QVERIFY(!dateStart(QStringLiteral("世帯主")));
    QCOMPARE(fixDateSlips(QStringLiteral("平成元年十二屋三日")), QStringLiteral("平成元年十二月三日"));
    QCOMPARE(fixDateSlips(QStringLiteral("令和8年9月7日")), QStringLiteral("令和8年9月7日"));
    QCOMPARE(fixDateSlips(QStringLiteral("令和太年七月十一目")), QStringLiteral("令和六年七月十一日"));
    QCOMPARE(fixDateSlips(QStringLiteral("平成$年11月17目")), QStringLiteral("平成5年11月17日"));
    QCOMPARE(fixDateSlips(QStringLiteral("平成元年1』月23日")), QStringLiteral("平成元年11月23日"));
    QCOMPARE(fixDateSlips(QStringLiteral("昭和4S年1S月2日")), QStringLiteral("昭和45年15月2日")); // the rule tells 15月
    QCOMPARE(fixDateSlips(QStringLiteral("令和 S年")), QStringLiteral("令和 5年"));
    QCOMPARE(fixDateSlips(QStringLiteral("昭和西十六年八月十二日")), QStringLiteral("昭和四十六年八月十二日"));
    QCOMPARE(fixDateSlips(QStringLiteral("関西")), QStringLiteral("関西")); // no numeral beside it
    QCOMPARE(fixDateSlips(QStringLiteral("大正十五年一月二十日")), QStringLiteral("大正十五年一月二十日"));

    double factor = 1.0;
    QCOMPARE(closestRelationship(QStringLiteral("子"), &factor), QStringLiteral("子"));
    QCOMPARE(factor, 1.0);
    QCOMPARE(closestRelationship(QStringLiteral("世帯王"), &factor), QStringLiteral("世帯主"));
    QVERIFY(factor < 1.0);
    // 二 read as one stroke (-女, ー男) is 二, not the first ordinal by spelling (長女).
    factor = 1.0;
    QCOMPARE(closestRelationship(QStringLiteral("-女"), &factor), QStringLiteral("二女"));
    QVERIFY(factor < 1.0);
    QCOMPARE(closestRelationship(QStringLiteral("ー男"), &factor), QStringLiteral("二男"));
    // A single character is not guessed: 雪 is not 妻.
    QVERIFY(closestRelationship(QStringLiteral("雪"), &factor).isEmpty());

    QCOMPARE(normaliseKana(QStringLiteral("まつもと　ショウタ")), QStringLiteral("マツモト　ショウタ"));
    QCOMPARE(normaliseKana(QStringLiteral("ー ョシダ　コウジ")), QStringLiteral("ヨシダ　コウジ"));
    QCOMPARE(normaliseKana(QStringLiteral("ショウタ")), QStringLiteral("ショウタ"));
    QCOMPARE(normaliseKana(QStringLiteral("チバパ　タクミ")), QStringLiteral("チバ　タクミ"));
    QCOMPARE(normaliseKana(QStringLiteral("ババ　ハバ")), QStringLiteral("ババ　ハバ")); // 馬場, 羽場
    QCOMPARE(normaliseName(QStringLiteral("山田。 太郎")), QStringLiteral("山田　太郎"));
    // The reading beside the name, taken in with it, is dropped; a katakana name stays.
    QCOMPARE(normaliseName(QStringLiteral("田中　裕子　タナカ　ユウコ")), QStringLiteral("田中　裕子"));
    QCOMPARE(normaliseName(QStringLiteral("スミス　ジョン")), QStringLiteral("スミス　ジョン"));
    QCOMPARE(normaliseName(QStringLiteral("山田　マリア")), QStringLiteral("山田　マリア"));
    // A reading misread with a hiragana, or after an unspaced name; a hiragana given name stays.
    QCOMPARE(normaliseName(QStringLiteral("渡邉 康弘 ワタナべ")), QStringLiteral("渡邉　康弘"));
    QCOMPARE(normaliseName(QStringLiteral("渡邊明美 ワタナベ アケミ")), QStringLiteral("渡邊明美"));
    QCOMPARE(normaliseName(QStringLiteral("中島 さくら")), QStringLiteral("中島　さくら"));
    QCOMPARE(normaliseName(QStringLiteral("<    長谷川 一郎")), QStringLiteral("長谷川　一郎"));
    // 三 or 二 blurred to an equals sign beside kanji is 二, which the reading can then tell.
    QCOMPARE(normaliseName(QStringLiteral("=浦勇気")), QStringLiteral("二浦勇気"));
    QCOMPARE(normaliseName(QStringLiteral("山田 =郎")), QStringLiteral("山田　二郎"));
    QCOMPARE(digitsOnly(QStringLiteral("１2O4 5l")), QStringLiteral("120451"));
    QCOMPARE(digitsOnly(QStringLiteral("8Z86Z870Z36")), QStringLiteral("82862870236"));
    QCOMPARE(compact(QStringLiteral("令和 ６年｜1月")), QStringLiteral("令和6年1月"));
}

void TestOcrRules::valueBoxFromTheWords()
{
    Segment s;
    s.words << OcrEngine::Word {QStringLiteral("住民上票コード"), QRect(190, 970, 200, 45), 0.8}
            << OcrEngine::Word {QStringLiteral("25258653433"), QRect(430, 975, 380, 40), 0.9};
    s.box = QRect(190, 970, 620, 45);
    QCOMPARE(valueBox(s, 7), QRect(430, 975, 380, 40));
    // A word holding label and value is cut in proportion.
    Segment glued;
    glued.words << OcrEngine::Word {QStringLiteral("生年月日昭和50年"), QRect(100, 0, 900, 40), 0.8};
    glued.box = glued.words.first().box;
    QCOMPARE(valueBox(glued, 4).left(), 100 + 900 * 4 / 9);
}

void TestOcrRules::inkBandLeavesTheNeighbouringLines()
{
    QImage page(300, 120, QImage::Format_Grayscale8);
    page.fill(255);
    QPainter p(&page);
    p.fillRect(QRect(40, 2, 200, 6), Qt::black); // the foot of the line above
    p.fillRect(QRect(60, 40, 150, 30), Qt::black); // the value
    p.fillRect(QRect(60, 52, 150, 4), Qt::white); // a gap inside a character (二)
    p.fillRect(QRect(50, 110, 220, 6), Qt::black); // the top of the line below
    p.end();
    QCOMPARE(inkBand(page, QRect(0, 0, 300, 120)), QRect(60, 40, 150, 30));
    // A box with no ink worth a band is left as it was.
    QCOMPARE(inkBand(page, QRect(0, 75, 300, 30)), QRect(0, 75, 300, 30));
}

void TestOcrRules::boxGrowsToTheEndOfItsValue()
{
    QImage page(800, 60, QImage::Format_Grayscale8);
    page.fill(255);
    QPainter p(&page);
    // Characters 20 high and wide on a pitch of 24; a full-width space after the third.
    for (const int x : {100, 124, 148, 196, 220})
        p.fillRect(QRect(x, 20, 20, 20), Qt::black);
    p.fillRect(QRect(300, 20, 20, 20), Qt::black); // the next column, four characters off
    p.end();
    // The page pass saw the first three characters only.
    QCOMPARE(extendedToItsInk(page, QRect(100, 20, 68, 20)), QRect(100, 20, 140, 20));
    // Already whole: unchanged.
    QCOMPARE(extendedToItsInk(page, QRect(100, 20, 140, 20)), QRect(100, 20, 140, 20));
}

void TestOcrRules::columnsFoundFromTheirValues()
{
    QList<Segment> segs;
    QList<QList<int>> byLine;
    const auto add = [&](int line, int left) {
        Segment s;
        s.box = QRect(left, line * 60, 100, 30);
        s.line = line;
        segs << s;
        byLine[line] << int(segs.size()) - 1;
    };
    byLine.resize(7);
    add(0, 140); // household lines: a label and one value
    add(0, 450);
    add(1, 140);
    add(1, 450);
    for (int line = 2; line < 7; ++line) {
        add(line, 100); // the labels, read or not
        const int slant = (line - 2) * 4; // a slanted scan
        for (const int column : {350, 655, 960})
            add(line, column - slant);
    }
    QSet<int> lines;
    const QList<int> starts = alignedColumns(segs, byLine, &lines);
    QCOMPARE(starts.size(), 3);
    for (int c = 0; c < 3; ++c)
        QVERIFY2(std::abs(starts[c] - QList<int> {350, 655, 960}[c]) <= 8, qPrintable(QString::number(starts[c])));
    QCOMPARE(lines, (QSet<int> {2, 3, 4, 5, 6}));

    // One value per line is the lines layout, not columns.
    QList<Segment> single;
    QList<QList<int>> singleLines(5);
    for (int line = 0; line < 5; ++line) {
        Segment s;
        s.box = QRect(450, line * 60, 100, 30);
        single << s;
        singleLines[line] << int(single.size()) - 1;
    }
    QSet<int> none;
    QVERIFY(alignedColumns(single, singleLines, &none).isEmpty());
    QVERIFY(none.isEmpty());

    // The first member's values run into their labels on most lines (生年月日昭和13年…):
    // the first column is still found from them.
    QList<Segment> joined;
    QList<QList<int>> joinedLines(4);
    const auto put = [&](int line, int left, int width, const QString& text) {
        Segment s;
        s.text = text;
        s.box = QRect(left, line * 60, width, 30);
        s.words = {OcrEngine::Word {text, s.box, 0.9}};
        s.line = line;
        joined << s;
        joinedLines[line] << int(joined.size()) - 1;
    };
    // The value's share of the segment starts at 360 on every line.
    put(0, 120, 840, QStringLiteral("生年月日昭和13年4月28日"));
    put(1, 120, 680, QStringLiteral("住民票コード05934929303"));
    put(2, 120, 60, QStringLiteral("続柄"));
    put(2, 360, 80, QStringLiteral("世帯主"));
    put(3, 120, 100, QStringLiteral("男女"));
    put(3, 360, 30, QStringLiteral("女"));
    for (int line = 0; line < 4; ++line) {
        put(line, 754, 150, QStringLiteral("夫"));
        put(line, 1153, 150, QStringLiteral("子"));
    }
    QSet<int> joinedColumns;
    const QList<int> found = alignedColumns(joined, joinedLines, &joinedColumns);
    QCOMPARE(found.size(), 3);
    QVERIFY2(found.first() > 300 && found.first() < 400, qPrintable(QString::number(found.first())));
}

void TestOcrRules::garbledRowsHeadingsAreInferred()
{
    // A photographed header: フリガナ read 訪りガ浮, 性別 続柄 read as one heading 性兄続柄.
    OcrEngine::Line header;
    const QList<QPair<QString, QPair<int, int>>> words = {{QStringLiteral("氏名"), {116, 163}},
        {QStringLiteral("訪"), {371, 386}}, {QStringLiteral("り"), {400, 410}}, {QStringLiteral("ガ"), {422, 442}},
        {QStringLiteral("浮"), {448, 466}}, {QStringLiteral("生年"), {661, 707}}, {QStringLiteral("月"), {715, 730}},
        {QStringLiteral("日"), {743, 757}}, {QStringLiteral("性"), {1032, 1140}}, {QStringLiteral("兄"), {1067, 1079}},
        {QStringLiteral("続柄"), {1099, 1140}}, {QStringLiteral("住民"), {1203, 1354}},
        {QStringLiteral("票"), {1278, 1309}}, {QStringLiteral("コー"), {1309, 1338}},
        {QStringLiteral("ド"), {1338, 1357}}};
    for (const auto& [text, span] : words) {
        const QRect box(QPoint(span.first, 766), QPoint(span.second, 804));
        header.words << OcrEngine::Word {text, box, 0.9};
        header.text += text;
        header.box = header.box.united(box);
    }
    OcrEngine::Line before;
    before.text = QStringLiteral("筆頭者 山田 太郎");
    before.box = QRect(150, 600, 500, 30);
    before.words << OcrEngine::Word {before.text, before.box, 0.9};
    const auto rows = findRowsHeader({before, header});
    QVERIFY(rows);
    QCOMPARE(rows->line, 1);
    QList<Label> labels;
    for (const auto& c : rows->columns)
        labels << c.first;
    QCOMPARE(
        labels, (QList<Label> {Label::Name, Label::Kana, Label::Birth, Label::Sex, Label::Relationship, Label::Code}));
    QCOMPARE(rows->columns[3].second.first, 1032);
    QVERIFY(rows->columns[4].second.first > 1060 && rows->columns[4].second.first < 1100);
    // A line with fewer than three labels spelled exactly is no header.
    QVERIFY(!findRowsHeader({before}));
}

namespace {
OcrEngine::Line lineOf(const QList<QPair<QString, QRect>>& words)
{
    OcrEngine::Line l;
    for (const auto& [text, box] : words) {
        l.words << OcrEngine::Word {text, box, 0.9};
        l.text += (l.text.isEmpty() ? QString() : QStringLiteral(" ")) + text;
        l.box = l.box.isNull() ? box : l.box.united(box);
    }
    return l;
}

// A word of a page pass's line where the engine put it.
QPair<QString, QRect> at(const QString& text, int x, int y, int w, int h)
{
    return qMakePair(text, QRect(x, y, w, h));
}
} // namespace

void TestOcrRules::labelSynonymsAndNearestSpelling()
{
    QCOMPARE(matchLabel(QStringLiteral("前住所"), true), Label::Address);
    QCOMPARE(matchLabel(QStringLiteral("旧住所"), true), Label::Address);
    QCOMPARE(matchLabel(QStringLiteral("新住所"), true), Label::Destination);
    QCOMPARE(matchLabel(QStringLiteral("転出先住所"), true), Label::Destination);
    QCOMPARE(matchLabel(QStringLiteral("異動予定日"), true), Label::PlannedDate);
    QCOMPARE(matchLabel(QStringLiteral("転出予定日"), true), Label::PlannedDate);
    QCOMPARE(matchLabel(QStringLiteral("世帯主の氏名"), true), Label::Head);
    QCOMPARE(matchLabel(QStringLiteral("筆頭者氏名"), true), Label::Hittousha);
    QCOMPARE(matchLabel(QStringLiteral("名前"), true), Label::Name);
    QCOMPARE(matchLabel(QStringLiteral("ふりがな"), true), Label::Kana);
    QCOMPARE(matchLabel(QStringLiteral("男女の別"), true), Label::Sex);
    QCOMPARE(matchLabel(QStringLiteral("世帯主との続柄"), true), Label::Relationship);
    // With a colon, and spaced out to fill the cell.
    QCOMPARE(matchLabel(QStringLiteral("住　　所："), true), Label::Address);
    // One character off: the nearest spelling, not the last one tried (新住听 is 新住所).
    QCOMPARE(matchLabel(QStringLiteral("新住听"), false), Label::Destination);
    QCOMPARE(matchLabel(QStringLiteral("異動予定曰"), false), Label::PlannedDate);
    // Grain and strokes between a spread label's characters are no characters of it…
    QCOMPARE(matchLabel(QStringLiteral("生~年 一月 \"日"), false), Label::Birth);
    QCOMPARE(matchLabel(QStringLiteral("氏ma-名"), false), Label::Name);
    // …while a value keeps its digits and stays a value.
    QVERIFY(!matchLabel(QStringLiteral("昭和41年9月10日"), false));
    QVERIFY(isLabelStart(QStringLiteral("生年")));
    QVERIFY(isLabelStart(QStringLiteral("住")));
    QVERIFY(!isLabelStart(QStringLiteral("山田")));
}

void TestOcrRules::spreadLabelsAreJoined()
{
    // 住　　所 spread across its cell: three segments of one character, then the value.
    QList<OcrEngine::Line> lines = {lineOf({{QStringLiteral("前"), QRect(100, 10, 30, 30)},
        {QStringLiteral("住"), QRect(200, 10, 30, 30)}, {QStringLiteral("所"), QRect(300, 10, 30, 30)},
        {QStringLiteral("横浜市中区元町1丁目2番3号"), QRect(450, 10, 500, 30)}})};
    // 転出 | 先 川崎市…: the label's last character run into its value.
    lines << lineOf({{QStringLiteral("転出"), QRect(100, 60, 60, 30)},
        {QStringLiteral("先川崎市中原区小杉町3丁目"), QRect(300, 60, 600, 30)}});
    QList<Segment> segs = segmentsOf(lines);
    QCOMPARE(segs.size(), 6);
    joinSpreadLabels(segs);
    QCOMPARE(segs.size(), 4);
    QCOMPARE(segs[0].text, QStringLiteral("前住所"));
    QCOMPARE(matchLabel(segs[0].text, true), Label::Address);
    QCOMPARE(segs[0].box, QRect(QPoint(100, 10), QPoint(329, 39)));
    QCOMPARE(segs[1].text, QStringLiteral("横浜市中区元町1丁目2番3号"));
    QCOMPARE(segs[2].text, QStringLiteral("転出先"));
    QCOMPARE(segs[3].text, QStringLiteral("川崎市中原区小杉町3丁目"));
    QVERIFY(segs[3].box.left() > 300);
    // Short values after the label are left alone: 男 女 in a row of a table spell 男女.
    QList<Segment> values = segmentsOf({lineOf({{QStringLiteral("性別"), QRect(100, 10, 60, 30)},
        {QStringLiteral("男"), QRect(300, 10, 30, 30)}, {QStringLiteral("女"), QRect(500, 10, 30, 30)}})});
    joinSpreadLabels(values);
    QCOMPARE(values.size(), 3);
    QCOMPARE(values[1].text, QStringLiteral("男"));
    // 本　　籍 with 籍 misread 箱: spread wide, its value after it.
    QList<Segment> misread = segmentsOf(
        {lineOf({{QStringLiteral("本"), QRect(100, 10, 30, 30)}, {QStringLiteral("箱"), QRect(220, 10, 30, 30)},
            {QStringLiteral("広島県広島市南区"), QRect(350, 10, 400, 30)}})});
    joinSpreadLabels(misread);
    QCOMPARE(misread.size(), 2);
    QCOMPARE(matchLabel(misread[0].text, false), Label::Honseki);
    // 性 | 別 with 性 misread (牧), its value a short one after it (女): still the label.
    QList<Segment> sex = segmentsOf({lineOf({{QStringLiteral("牧"), QRect(167, 10, 23, 23)},
        {QStringLiteral("別"), QRect(263, 10, 23, 23)}, {QStringLiteral("女"), QRect(422, 10, 23, 23)}})});
    joinSpreadLabels(sex);
    QCOMPARE(sex.size(), 2);
    QCOMPARE(matchLabel(sex[0].text, false), Label::Sex);
    QCOMPARE(sex[1].text, QStringLiteral("女"));
    // …but not two values of a row that happen to be one character from a label.
    QList<Segment> row = segmentsOf({lineOf({{QStringLiteral("男"), QRect(100, 10, 30, 30)},
        {QStringLiteral("夫"), QRect(220, 10, 30, 30)}, {QStringLiteral("女"), QRect(350, 10, 30, 30)}})});
    joinSpreadLabels(row);
    QCOMPARE(row.size(), 3);
}

void TestOcrRules::rubyIsTakenOutAndGivenToItsName()
{
    // ヤマダ タロウ set small over 山田 太郎, in a cell of its own row; a reading of full
    // size in a line of its own (a フリガナ row) is no ruby.
    QList<OcrEngine::Line> lines = {lineOf({{QStringLiteral("ヤマダ"), QRect(300, 100, 45, 14)},
                                        {QStringLiteral("タロウ"), QRect(380, 100, 45, 14)}}),
        lineOf({{QStringLiteral("氏名"), QRect(100, 118, 60, 32)}, {QStringLiteral("山田"), QRect(300, 118, 62, 32)},
            {QStringLiteral("太郎"), QRect(380, 118, 62, 32)}}),
        lineOf({{QStringLiteral("フリガナ"), QRect(100, 170, 110, 30)},
            {QStringLiteral("ヤマダ"), QRect(300, 172, 80, 26)}}),
        lineOf({{QStringLiteral("生年月日"), QRect(100, 215, 110, 32)},
            {QStringLiteral("昭和50年1月2日"), QRect(300, 215, 200, 32)}})};
    const QList<OcrEngine::Word> ruby = takeRuby(lines);
    QCOMPARE(ruby.size(), 2);
    QCOMPARE(lines.size(), 3); // the ruby line is gone
    QCOMPARE(lines[1].words.size(), 2); // the フリガナ row keeps its reading
    const OcrEngine::Word over = rubyOver(ruby, QRect(300, 118, 142, 32));
    QCOMPARE(over.text, QStringLiteral("ヤマダ タロウ"));
    QCOMPARE(over.box, QRect(QPoint(300, 100), QPoint(424, 113)));
    QVERIFY(rubyOver(ruby, QRect(300, 400, 142, 32)).text.isEmpty());
}

void TestOcrRules::rowsHeaderFromTheMemberRows()
{
    // A header read as nothing but specks, then two member rows: the columns come from
    // where each row's name, reading, date, sex, relationship and code stand.
    const auto row = [](int y, const QString& name, const QString& kana, const QString& date, const QString& rest) {
        return lineOf({{name, QRect(150, y, 140, 30)}, {kana, QRect(440, y, 200, 30)}, {date, QRect(720, y, 250, 30)},
            {rest, QRect(1040, y, 120, 30)}, {QStringLiteral("65651032190"), QRect(1270, y, 230, 20)}});
    };
    const QList<OcrEngine::Line> lines = {lineOf({{QStringLiteral("プsst"), QRect(430, 600, 200, 40)}}),
        row(670, QStringLiteral("藤原　和夫"), QStringLiteral("フジワラ　カズオ"), QStringLiteral("昭和44年7月21日"),
            QStringLiteral("男　世帯主")),
        row(740, QStringLiteral("藤原　優奈"), QStringLiteral("フジワラ　ユウナ"), QStringLiteral("昭和44年11月8日女"),
            QStringLiteral("妻"))};
    QVERIFY(!findRowsHeader(lines));
    const auto header = inferRowsHeader(lines);
    QVERIFY(header);
    QCOMPARE(header->line, 0);
    QList<Label> labels;
    for (const auto& c : header->columns)
        labels << c.first;
    QCOMPARE(
        labels, (QList<Label> {Label::Name, Label::Kana, Label::Birth, Label::Sex, Label::Relationship, Label::Code}));
    QMap<int, QHash<Label, Value>> members;
    readRowsTable(lines, *header, members);
    QCOMPARE(members.size(), 2);
    QCOMPARE(compact(members[1][Label::Birth].text), QStringLiteral("昭和44年11月8日"));
    QCOMPARE(compact(members[1][Label::Sex].text), QStringLiteral("女"));
    QCOMPARE(compact(members[0][Label::Code].text), QStringLiteral("65651032190"));
    // Readings and names with a stroke or speck read into them still tell their columns.
    const QList<OcrEngine::Line> specked = {lineOf({{QStringLiteral("プsst"), QRect(430, 600, 200, 40)}}),
        row(670, QStringLiteral("橋本_芽依"), QStringLiteral("ハシモド-サクラ"), QStringLiteral("平成四年六月十六日"),
            QStringLiteral("女 長女")),
        row(740, QStringLiteral("橋本 優奈"), QStringLiteral("ハシモト-ユゥナー"),
            QStringLiteral("令和六年二月二十五日"), QStringLiteral("女 子"))};
    const auto fromSpecked = inferRowsHeader(specked);
    QVERIFY(fromSpecked);
    QVERIFY(std::any_of(fromSpecked->columns.cbegin(), fromSpecked->columns.cend(),
        [](const auto& c) { return c.first == Label::Kana && c.second.first == 440; }));
    QVERIFY(std::any_of(fromSpecked->columns.cbegin(), fromSpecked->columns.cend(),
        [](const auto& c) { return c.first == Label::Name && c.second.first == 150; }));
    // An era printed apart from its year (平成 7年, padded to two places) and a code glued
    // to the name: the row is still a member's.
    const auto padded = inferRowsHeader({lineOf({{QStringLiteral("sas"), QRect(430, 600, 200, 40)}}),
        lineOf({{QStringLiteral("16456642586 遠藤 康弘"), QRect(130, 670, 390, 30)},
            {QStringLiteral("エンドウ ヤスヒロ"), QRect(680, 670, 230, 30)},
            {QStringLiteral("平成 7年10月23日 男"), QRect(970, 670, 375, 30)},
            {QStringLiteral("世帯主"), QRect(1400, 670, 80, 30)}})});
    QVERIFY(padded);
    QVERIFY(std::any_of(padded->columns.cbegin(), padded->columns.cend(),
        [](const auto& c) { return c.first == Label::Birth && std::abs(c.second.first - 970) < 10; }));
    // An era with a character misread (昭和 read 時和) still makes the row a member's.
    const auto misreadEra = inferRowsHeader({lineOf({{QStringLiteral("sas"), QRect(430, 600, 200, 40)}}),
        lineOf({{QStringLiteral("小野区."), QRect(150, 670, 120, 30)},
            {QStringLiteral("時和57年9月3日"), QRect(500, 670, 180, 30)},
            {QStringLiteral("男。世帯"), QRect(930, 670, 170, 30)},
            {QStringLiteral("02503194282"), QRect(1200, 670, 145, 30)}})});
    QVERIFY(misreadEra);
    QVERIFY(std::any_of(misreadEra->columns.cbegin(), misreadEra->columns.cend(),
        [](const auto& c) { return c.first == Label::Birth && std::abs(c.second.first - 500) < 10; }));
    QCOMPARE(piecesOf(QStringLiteral("平成 7年1月30日 女"), QRect(0, 0, 130, 10)).first().first,
        QStringLiteral("平成7年1月30日"));
    // A household line whose value reads like a member's row (a label taken for a name, the
    // date, 二日 near 二女) is no member row: the lines layout below it stays one.
    QVERIFY(!inferRowsHeader({lineOf({{QStringLiteral("新住所"), QRect(110, 382, 223, 42)}}),
        lineOf({{QStringLiteral("異動予定日 令和七年十月十 二日"), QRect(112, 458, 514, 28)}}),
        lineOf({{QStringLiteral("氏名"), QRect(109, 564, 130, 24)},
            {QStringLiteral("中野 進"), QRect(309, 555, 100, 42)}})}));
    // Relationships misread as one-kanji names (妻 as 雪, 子 as 民) and names run together
    // (佐々木健太) or with 男 in them (小川男気): each field stands where most rows put it.
    const auto columnOf = [](const std::optional<RowsHeader>& h, Label l) {
        for (const auto& c : h->columns)
            if (c.first == l)
                return c.second.first;
        return -1;
    };
    const auto misread = inferRowsHeader({lineOf({{QStringLiteral("プsst"), QRect(430, 600, 200, 40)}}),
        row(670, QStringLiteral("佐々木智也"), QStringLiteral("ササキ　トモヤ"), QStringLiteral("昭和44年6月23日"),
            QStringLiteral("男　世帯主")),
        row(740, QStringLiteral("佐々木明美"), QStringLiteral("ササキ　アケミ"), QStringLiteral("昭和46年6月19日"),
            QStringLiteral("女　雪")),
        row(810, QStringLiteral("佐々木健太"), QStringLiteral("ササキ　ケンタ"), QStringLiteral("昭和12年10月6日"),
            QStringLiteral("男　民")),
        row(880, QStringLiteral("小川男気"), QStringLiteral("オガワ　ユウキ"), QStringLiteral("平成7年7月13日"),
            QStringLiteral("男　子"))});
    QVERIFY(misread);
    QCOMPARE(columnOf(misread, Label::Name), 150);
    QCOMPARE(columnOf(misread, Label::Kana), 440);
    QCOMPARE(columnOf(misread, Label::Sex), 1040);
    QVERIFY(columnOf(misread, Label::Relationship) > 1040);
    // A columns table's date line (its label, two dates with their tails read apart as
    // 二十六日 and 三日) is no member row: its label says what it is, numerals are no name.
    QVERIFY(!inferRowsHeader({lineOf({{QStringLiteral("住民球コード"), QRect(157, 1263, 167, 38)},
                                  {QStringLiteral("06082567211"), QRect(385, 1269, 155, 22)}}),
        lineOf({{QStringLiteral("生年月日"), QRect(158, 1327, 228, 40)},
            {QStringLiteral("昭和太十 一年七月 二十六日 昭和九士八年九月 三日"), QRect(386, 1327, 664, 40)},
            {QStringLiteral("昭和五十六年士一月 三日"), QRect(1142, 1328, 315, 38)}}),
        lineOf({{QStringLiteral("男女の別"), QRect(157, 1395, 234, 26)},
            {QStringLiteral("女"), QRect(391, 1396, 21, 25)}, {QStringLiteral("女"), QRect(769, 1396, 17, 25)}})}));
    QVERIFY(!inferRowsHeader({lineOf({{QStringLiteral("sas"), QRect(430, 600, 200, 40)}}),
        lineOf({{QStringLiteral("昭和太十 一年七月 二十六日"), QRect(386, 1327, 400, 40)},
            {QStringLiteral("昭和九士八年九月 三日"), QRect(800, 1327, 250, 40)}})}));
    // A line of household labels is no member row.
    QVERIFY(!inferRowsHeader({lineOf({{QStringLiteral("住所"), QRect(100, 10, 60, 30)},
        {QStringLiteral("横浜市中区元町1丁目2番3号"), QRect(450, 10, 500, 30)}})}));
}

void TestOcrRules::garbledMemberRowStaysInTheTable()
{
    // 名前 | 生年月日 | 男女 続 (read as one heading) | 柄 | 住民票コード: the relationship
    // column placed at 柄, far right of where 妻 stands.
    const OcrEngine::Line header = lineOf({{QStringLiteral("名前"), QRect(120, 500, 100, 24)},
        {QStringLiteral("生年月日"), QRect(440, 500, 180, 24)}, {QStringLiteral("男女"), QRect(812, 500, 106, 24)},
        {QStringLiteral("柄"), QRect(971, 500, 24, 24)}, {QStringLiteral("住民票コード"), QRect(1050, 500, 154, 24)}});
    const auto row = [](int y, const QString& name, const QString& date, const QString& sex, const QString& code) {
        return lineOf({{name, QRect(125, y, 128, 30)}, {date, QRect(440, y, 200, 30)}, {sex, QRect(812, y, 22, 24)},
            {code, QRect(1050, y, 174, 20)}});
    };
    const QList<OcrEngine::Line> lines = {header,
        row(560, QStringLiteral("橋本勇気"), QStringLiteral("平成6年10月21日"), QStringLiteral("男"),
            QStringLiteral("45259515905")),
        // Date and code garbled beyond their grammar: the name, 長男 and 男 still make it a member.
        lineOf({{QStringLiteral("橋本和夫"), QRect(125, 640, 128, 30)},
            {QStringLiteral("15258.4367-9フー昭和5-8生2月"), QRect(440, 640, 300, 30)},
            {QStringLiteral("男"), QRect(812, 640, 22, 24)}, {QStringLiteral("長男"), QRect(975, 640, 48, 24)}}),
        lineOf({{QStringLiteral("上記のとおり相違ないことを証明する。"), QRect(110, 760, 520, 40)}})};
    const auto rows = findRowsHeader(lines);
    QVERIFY(rows);
    QMap<int, QHash<Label, Value>> members;
    readRowsTable(lines, *rows, members);
    QCOMPARE(members.size(), 2);
    QCOMPARE(compact(members[1][Label::Relationship].text), QStringLiteral("長男"));
    // The first row's relationship, not read, is looked for right after its 男.
    QVERIFY(members[0].contains(Label::Relationship));
    QCOMPARE(members[0][Label::Relationship].box.left(), 812 + 22 + 4 - 1);
}

void TestOcrRules::rubyLineBetweenRowsIsNoRow()
{
    // A photo's rows table: each name's ruby on a line of its own, one of them with specks
    // of the row above read into it (ヤマクチ リョウ 年 B ス). The rows keep their own codes.
    const QList<OcrEngine::Line> lines {
        lineOf({at(QStringLiteral("住民票コード"), 161, 635, 150, 24), at(QStringLiteral("氏名"), 475, 635, 50, 24),
            at(QStringLiteral("生年月日"), 824, 635, 106, 24), at(QStringLiteral("性別"), 1240, 635, 50, 24),
            at(QStringLiteral("続柄"), 1302, 635, 60, 24)}),
        lineOf(
            {at(QStringLiteral("16613170041"), 164, 1005, 150, 30), at(QStringLiteral("山口 芽依"), 480, 1010, 110, 30),
                at(QStringLiteral("平成19年3月22日"), 830, 1010, 170, 30), at(QStringLiteral("女"), 1245, 1010, 22, 24),
                at(QStringLiteral("二女"), 1305, 1010, 44, 24)}),
        lineOf({at(QStringLiteral("ヤマクチ"), 475, 1075, 60, 12), at(QStringLiteral("リョウ"), 545, 1075, 40, 12),
            at(QStringLiteral("年"), 900, 1075, 20, 29), at(QStringLiteral("B"), 1250, 1075, 14, 29),
            at(QStringLiteral("ス"), 1320, 1075, 16, 29)}),
        lineOf({at(QStringLiteral("20854776003"), 161, 1087, 150, 30), at(QStringLiteral("山口 亮"), 480, 1092, 80, 30),
            at(QStringLiteral("昭和20年10月18日"), 830, 1092, 170, 30), at(QStringLiteral("男"), 1245, 1092, 22, 24),
            at(QStringLiteral("父"), 1305, 1092, 22, 24)}),
        lineOf({at(QStringLiteral("上記のとおり転出を証明します。"), 154, 1509, 428, 27)})};
    const auto rows = findRowsHeader(lines);
    QVERIFY(rows);
    QMap<int, QHash<Label, Value>> members;
    readRowsTable(lines, *rows, members);
    QCOMPARE(members.size(), 2);
    QCOMPARE(compact(members[1][Label::Code].text), QStringLiteral("20854776003"));
    QCOMPARE(compact(members[1][Label::Name].text), QStringLiteral("山口亮"));
}

void TestOcrRules::pieceOfTiltedRowIsNoRow()
{
    // A photo's tilted rows table: the end of a row's date read as a line of its own
    // (四十八年七月七日), wholly right of the names, the next row starting under them. The
    // table goes on past it.
    const QList<OcrEngine::Line> lines {
        lineOf({at(QStringLiteral("氏名"), 131, 561, 53, 26), at(QStringLiteral("続柄"), 494, 561, 54, 26),
            at(QStringLiteral("住民票コード"), 675, 551, 164, 45), at(QStringLiteral("性別"), 1001, 556, 60, 26),
            at(QStringLiteral("生年月日"), 1098, 556, 110, 26)}),
        lineOf({at(QStringLiteral("藤田理恵"), 131, 727, 138, 27), at(QStringLiteral("妻"), 494, 714, 26, 27),
            at(QStringLiteral("86691043736"), 675, 716, 153, 23), at(QStringLiteral("女"), 1001, 714, 27, 26),
            at(QStringLiteral("昭和四十八年"), 1099, 710, 167, 38)}),
        lineOf({at(QStringLiteral("四十八"), 1155, 711, 60, 39), at(QStringLiteral("年七月"), 1215, 711, 80, 39),
            at(QStringLiteral("七日"), 1300, 711, 70, 39)}),
        lineOf({at(QStringLiteral("藤田紬"), 131, 809, 110, 27), at(QStringLiteral("子"), 494, 799, 26, 27),
            at(QStringLiteral("27969281660"), 675, 799, 153, 22), at(QStringLiteral("女"), 1001, 797, 27, 25),
            at(QStringLiteral("平成十八年七月二十六日"), 1098, 792, 303, 43)}),
        lineOf({at(QStringLiteral("本籍"), 135, 1310, 60, 31),
            at(QStringLiteral("大阪府泉大津市菅原町5番地の25"), 400, 1310, 400, 31)})};
    const auto rows = findRowsHeader(lines);
    QVERIFY(rows);
    QMap<int, QHash<Label, Value>> members;
    readRowsTable(lines, *rows, members);
    QCOMPARE(members.size(), 2);
    QCOMPARE(compact(members[1][Label::Code].text), QStringLiteral("27969281660"));
}

void TestOcrRules::garbledHeadingsTakeTheMissingLabels()
{
    // A photo's ruled rows table (layoutgen 119001): 氏名 and フリガナ read NN 宮 and AUy/まと
    // after 住民票コード, the other headings exact. Two garbled headings, two labels missing:
    // 氏名 and フリガナ, in that order.
    const QList<OcrEngine::Line> lines {lineOf({at(QStringLiteral("住民"), 115, 735, 78, 26),
        at(QStringLiteral("票"), 201, 739, 20, 20), at(QStringLiteral("コ"), 228, 747, 17, 3),
        at(QStringLiteral("ー"), 244, 730, 14, 41), at(QStringLiteral("ド"), 259, 735, 18, 25),
        at(QStringLiteral("NN"), 380, 734, 26, 28), at(QStringLiteral("宮"), 464, 735, 23, 27),
        at(QStringLiteral("AUy/"), 678, 735, 134, 26), at(QStringLiteral("ま"), 814, 729, 28, 42),
        at(QStringLiteral("と"), 843, 736, 25, 25), at(QStringLiteral("生"), 971, 736, 26, 25),
        at(QStringLiteral("年"), 1027, 735, 26, 27), at(QStringLiteral("月"), 1083, 735, 26, 27),
        at(QStringLiteral("日"), 1134, 735, 26, 27), at(QStringLiteral("性"), 1326, 730, 26, 41),
        at(QStringLiteral("別"), 1363, 730, 26, 41), at(QStringLiteral("世帯主との続柄"), 1406, 730, 131, 41)})};
    const auto rows = findRowsHeader(lines);
    QVERIFY(rows);
    QHash<Label, int> left;
    for (const auto& c : rows->columns)
        left.insert(c.first, c.second.first);
    QCOMPARE(left.value(Label::Name, -1), 380);
    QCOMPARE(left.value(Label::Kana, -1), 678);
    QCOMPARE(left.value(Label::Birth, -1), 971);
}

void TestOcrRules::rowBrokenIntoPiecesIsARow()
{
    // A photo's rows table (layoutgen 117006): the second row broken into pieces read as
    // lines of their own (上相 月2 …, 中り 2日, 受, 藤寺), the third row plain below them. The
    // pieces are the second row, and the rows after it are read as well.
    const QList<OcrEngine::Line> lines {
        lineOf({at(QStringLiteral("氏名"), 147, 735, 50, 26), at(QStringLiteral("生年月日"), 503, 735, 210, 26),
            at(QStringLiteral("性別"), 929, 735, 50, 26), at(QStringLiteral("続柄"), 1026, 735, 100, 26),
            at(QStringLiteral("住民票コード"), 1206, 735, 177, 26)}),
        lineOf({at(QStringLiteral("際井樹"), 147, 792, 125, 64),
            at(QStringLiteral("昭和35年11月27日"), 502, 786, 304, 64), at(QStringLiteral("男"), 930, 810, 22, 24),
            at(QStringLiteral("世帯主"), 1026, 809, 68, 25), at(QStringLiteral("08119368161"), 1206, 811, 279, 21)}),
        lineOf({at(QStringLiteral("上相"), 501, 893, 40, 24), at(QStringLiteral("月2"), 674, 894, 42, 24),
            at(QStringLiteral("のりり| 719り474"), 1206, 895, 283, 21)}),
        lineOf({at(QStringLiteral("中り"), 619, 895, 41, 22), at(QStringLiteral("2日"), 706, 894, 71, 23)}),
        lineOf({at(QStringLiteral("受"), 195, 904, 33, 27)}), lineOf({at(QStringLiteral("藤寺"), 147, 903, 51, 35)}),
        lineOf({at(QStringLiteral("藤井 一郎"), 146, 975, 139, 44),
            at(QStringLiteral("平成7年9月7日"), 506, 977, 215, 25), at(QStringLiteral("男"), 931, 978, 21, 24),
            at(QStringLiteral("子"), 1026, 978, 21, 24), at(QStringLiteral("08344400947"), 1206, 980, 283, 21)}),
        lineOf({at(QStringLiteral("藤井修"), 146, 1158, 110, 26),
            at(QStringLiteral("平成5年11月17日"), 506, 1138, 272, 41), at(QStringLiteral("男"), 929, 1147, 24, 24),
            at(QStringLiteral("76567317992"), 1207, 1148, 283, 21)}),
        lineOf({at(QStringLiteral("上記のとおり相違ないことを証明する。"), 149, 1496, 568, 46)})};
    const auto rows = findRowsHeader(lines);
    QVERIFY(rows);
    QMap<int, QHash<Label, Value>> members;
    readRowsTable(lines, *rows, members);
    QCOMPARE(members.size(), 4);
    // The broken row's values stand where they were printed, to be read again there.
    QCOMPARE(members[1][Label::Name].box.left(), 147);
    QVERIFY(members[1][Label::Birth].box.left() >= 500 && members[1][Label::Birth].box.right() <= 780);
    QCOMPARE(members[1][Label::Code].box.left(), 1206);
    QCOMPARE(compact(members[2][Label::Code].text), QStringLiteral("08344400947"));
    QCOMPARE(compact(members[3][Label::Code].text), QStringLiteral("76567317992"));
}

void TestOcrRules::implausibleValuesAreFlagged()
{
    using namespace plausibility;
    QVERIFY(plausibleAddress(QStringLiteral("埼玉県深谷市西大沼三丁目３５番１０号")));
    QVERIFY(plausibleAddress(QStringLiteral("川崎市中原区小杉町3-600")));
    QVERIFY(!plausibleAddress(QStringLiteral("埼玉県深谷市西大沼三丁目35$番10号")));
    QVERIFY(!plausibleAddress(QStringLiteral("との続柄 世帯主"))); // no municipality named
    QVERIFY(plausibleName(QStringLiteral("佐々木　美穂")));
    QVERIFY(plausibleName(QStringLiteral("SMITH JOHN ANDREW")));
    QVERIFY(!plausibleName(QStringLiteral("名　竹内　茂")));
    QVERIFY(!plausibleName(QStringLiteral("竹内茂2")));
    QVERIFY(plausibleReading(QStringLiteral("シミズ　キョウコ")));
    QVERIFY(plausibleReading(QStringLiteral("イトウ　シュン")));
    QVERIFY(!plausibleReading(QStringLiteral("シミズ　ヒロュユキ")));
    QVERIFY(!plausibleReading(QStringLiteral("タケ　ウチ　ユウ")));
    QVERIFY(!plausibleReading(QStringLiteral("ーフジイ")));

    TransferOutCertificate c;
    c.previousAddress = QStringLiteral("埼玉県深谷市西大沼三丁目35$番10号");
    c.destinationAddress = QStringLiteral("川崎市中原区小杉町3丁目600番地");
    c.members << TransferOutCertificate::Member {QStringLiteral("清水　博之"), QStringLiteral("シミズ　ヒロュユキ"),
        QDate(1980, 1, 1), Sex::Male, QStringLiteral("世帯主"), QStringLiteral("12345678901")};
    for (const char* key : {"previous_address", "destination_address", "members[0].name", "members[0].name_kana"})
        c.fields << TransferOutCertificate::Field {QString::fromLatin1(key), {}, 0.93, {}};
    flagImplausible(c, 0.79);
    const auto confidence = [&](const char* key) {
        for (const auto& f : c.fields)
            if (f.key == QLatin1String(key))
                return f.confidence;
        return -1.0;
    };
    QCOMPARE(confidence("previous_address"), 0.79);
    QCOMPARE(confidence("destination_address"), 0.93);
    QCOMPARE(confidence("members[0].name"), 0.93);
    QCOMPARE(confidence("members[0].name_kana"), 0.79);
    QCOMPARE(c.members[0].nameKana, QStringLiteral("シミズ　ヒロュユキ")); // flagged, not changed
    // The 世帯主 and 筆頭者 lines are no surer than the member whose name they print (up to
    // registered forms): 渡邊 read on every line, the member's flagged.
    for (const double memberConfidence : {0.42, 0.93}) {
        TransferOutCertificate w;
        w.members << TransferOutCertificate::Member {QStringLiteral("渡邊正人"), QStringLiteral("ワタナベ　マサト"),
            QDate(1970, 1, 1), Sex::Male, QStringLiteral("世帯主"), {}};
        w.householdHead = QStringLiteral("渡邊　正人");
        w.hittousha = QStringLiteral("山田　太郎");
        w.fields << TransferOutCertificate::Field {QStringLiteral("members[0].name"), {}, memberConfidence, {}}
                 << TransferOutCertificate::Field {QStringLiteral("household_head"), {}, 0.87, {}}
                 << TransferOutCertificate::Field {QStringLiteral("hittousha"), {}, 0.9, {}};
        flagImplausible(w, 0.79);
        QCOMPARE(w.fields[1].confidence, memberConfidence < 0.8 ? 0.79 : 0.87);
        QCOMPARE(w.fields[2].confidence, 0.9);
    }
    // An issuer that is the mayor of no municipality (塩竈 read 塩電) is flagged; a ward's
    // mayor is one.
    for (const auto& [issuer, flagged] : {std::pair {QStringLiteral("塩電市長"), true},
             std::pair {QStringLiteral("塩竈市長"), false}, std::pair {QStringLiteral("横浜市 南区長"), false}}) {
        TransferOutCertificate i;
        i.issuer = issuer;
        i.fields << TransferOutCertificate::Field {QStringLiteral("issuer"), {}, 0.93, {}};
        flagImplausible(i, 0.79);
        QVERIFY2(i.fields[0].confidence == (flagged ? 0.79 : 0.93), qPrintable(issuer));
    }

    // A household shares its family name and reading: a member's that is another, or a
    // reading of one part for a name of two, is flagged.
    TransferOutCertificate h;
    const QList<QPair<const char*, const char*>> members = {{"山田　太郎", "ヤマダ　タロウ"},
        {"山田　花子", "ヤマダ　ハナコ"}, {"山田　一郎", "サクラ"}, {"田中　次郎", "ヤマタ　ジロウ"}};
    for (qsizetype i = 0; i < members.size(); ++i) {
        h.members << TransferOutCertificate::Member {QString::fromUtf8(members[i].first),
            QString::fromUtf8(members[i].second), QDate(1980, 1, 1), Sex::Male, QStringLiteral("子"), {}};
        for (const char* field : {"name", "name_kana"})
            h.fields << TransferOutCertificate::Field {
                QStringLiteral("members[%1].%2").arg(i).arg(QLatin1String(field)), {}, 0.93, {}};
    }
    flagImplausible(h, 0.79);
    QList<double> got;
    for (const auto& f : h.fields)
        got << f.confidence;
    QCOMPARE(got, (QList<double> {0.93, 0.93, 0.93, 0.93, 0.93, 0.79, 0.79, 0.79}));
}

void TestOcrRules::lostRelationshipFromTheHousehold()
{
    const auto list = [](std::initializer_list<const char*> words) {
        QStringList out;
        for (const char* w : words)
            out << QString::fromUtf8(w);
        return out;
    };
    const auto household = [](const QStringList& relationships) {
        TransferOutCertificate c;
        const QList<QPair<QDate, Sex>> people {{QDate(1980, 5, 1), Sex::Male}, {QDate(1983, 2, 1), Sex::Female},
            {QDate(2010, 7, 1), Sex::Female}, {QDate(2013, 9, 1), Sex::Male}};
        for (qsizetype i = 0; i < relationships.size(); ++i) {
            c.members << TransferOutCertificate::Member {
                QStringLiteral("山田　花子"), {}, people[i].first, people[i].second, relationships[i], {}};
            c.fields << TransferOutCertificate::Field {QStringLiteral("members[%1].relationship").arg(i), {}, 0.93, {}};
        }
        householdConsistency::apply(c, 0.79);
        QStringList out;
        for (const auto& m : c.members)
            out << m.relationship;
        return std::pair {out, c.fields};
    };
    const auto [filled, fields] = household(list({"世帯主", "", "", "子"}));
    QCOMPARE(filled, list({"世帯主", "妻", "子", "子"}));
    QCOMPARE(fields[1].confidence, 0.79);
    QCOMPARE(fields[3].confidence, 0.93);
    // Ordinals count the children of each pair of parents: not told from birth dates.
    QCOMPARE(household(list({"世帯主", "妻", "", "長男"})).first, list({"世帯主", "妻", "", "長男"}));
    // A spouse listed already: the other lost line is not a second one.
    QCOMPARE(household(list({"世帯主", "妻", "", ""})).first, list({"世帯主", "妻", "", ""}));

    // A sex lost where the relationship names one is that sex, flagged; one contradicting
    // its relationship (男 beside 長女) is flagged with it, neither changed.
    TransferOutCertificate sexes;
    sexes.members << TransferOutCertificate::Member {
        QStringLiteral("山田　花子"), {}, QDate(1983, 2, 1), std::nullopt, QStringLiteral("妻"), {}};
    sexes.members << TransferOutCertificate::Member {
        QStringLiteral("山田　一郎"), {}, QDate(2010, 7, 1), Sex::Male, QStringLiteral("長女"), {}};
    sexes.members << TransferOutCertificate::Member {
        QStringLiteral("山田　次郎"), {}, QDate(2012, 7, 1), std::nullopt, QStringLiteral("子"), {}};
    for (const char* key : {"members[0].sex", "members[1].sex", "members[1].relationship", "members[2].sex"})
        sexes.fields << TransferOutCertificate::Field {QString::fromLatin1(key), {}, 0.93, {}};
    householdConsistency::apply(sexes, 0.79);
    QCOMPARE(sexes.members[0].sex, std::optional(Sex::Female));
    QCOMPARE(sexes.fields[0].confidence, 0.79);
    QCOMPARE(sexes.members[1].sex, std::optional(Sex::Male));
    QCOMPARE(sexes.fields[1].confidence, 0.79);
    QCOMPARE(sexes.fields[2].confidence, 0.79);
    QCOMPARE(sexes.members[2].sex, std::nullopt); // 子 names no sex
    QCOMPARE(sexes.fields[3].confidence, 0.93);
    // Without a head whose birth date was read, nothing is told.
    QCOMPARE(household(list({"", "", "", "子"})).first, list({"", "", "", "子"}));
}

void TestOcrRules::blurredReadingIsOneItsNameCanHave_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("read");
    QTest::addColumn<QString>("expected"); // empty: left as read and not flagged
    QTest::addColumn<double>("confidence"); // the engine's
    QTest::addColumn<bool>("flagged"); // left as read, but not a reading of its name

    QTest::newRow("a kana like another") << "池田　由美"
                                         << "イケダ　コミ"
                                         << "イケダ　ユミ" << 0.93 << false;
    QTest::newRow("first kana lost") << "渡辺　康弘"
                                     << "ワタナベ　スヒロ"
                                     << "ワタナベ　ヤスヒロ" << 0.93 << false;
    QTest::newRow("registered form") << "髙橋　紬"
                                     << "タカハン　ツムギ"
                                     << "タカハシ　ツムギ" << 0.93 << false;
    QTest::newRow("speck after") << "小川　俊介"
                                 << "オガワ　シュンスケ　ニニ"
                                 << "オガワ　シュンスケ" << 0.93 << false;
    QTest::newRow("speck before") << "小川　大和"
                                  << "ナ　オガワ　ヤマト"
                                  << "オガワ　ヤマト" << 0.93 << false;
    QTest::newRow("spread over the kanji") << "斉藤　光"
                                           << "サイ　トウ　ヒカル"
                                           << "サイトウ　ヒカル" << 0.93 << false;
    QTest::newRow("no space read") << "松田　一郎"
                                   << "マツダイチロウ"
                                   << "マツダ　イチロウ" << 0.93 << false;
    QTest::newRow("kana name") << "千葉　さくら"
                               << "チバ　クラ"
                               << "チバ　サクラ" << 0.93 << false;
    // Right as read; a reading the dictionaries lack is no slip of one they have (颯太 is
    // listed as フウタ only); garbage is not turned into a guess; two as close is no choice.
    // Each of these but the first stays as read, flagged: it is no reading its name has.
    QTest::newRow("right") << "由井　由美"
                           << "ユイ　ヨシミ"
                           << "" << 0.93 << false;
    QTest::newRow("unlisted reading") << "佐藤　颯太"
                                      << "サトウ　ソウタ"
                                      << "" << 0.93 << true;
    QTest::newRow("garbage") << "千葉　悠真"
                             << "チバ　ペー"
                             << "" << 0.93 << true;
    QTest::newRow("unlike letter, engine unsure") << "坂本　智也"
                                                  << "サカモト　トモギ"
                                                  << "サカモト　トモヤ" << 0.49 << false;
    QTest::newRow("unlike letter, engine sure") << "坂本　智也"
                                                << "サカモト　トモギ"
                                                << "" << 0.93 << true;
    // Garbled past slips, the engine unsure, a name with one reading: that reading, flagged.
    QTest::newRow("garbled, one reading, engine unsure") << "池田　達也"
                                                         << "イケダ　テキャ"
                                                         << "イケダ　タツヤ" << 0.55 << false;
    QTest::newRow("garbled, one reading, engine sure") << "池田　達也"
                                                       << "イケダ　テキャ"
                                                       << "" << 0.93 << true;
    QTest::newRow("family garbled, one reading, engine unsure") << "和田　拓海"
                                                                << "ユーマー　タクミ"
                                                                << "ワダ　タクミ" << 0.33 << false;
    QTest::newRow("family garbled, one reading, engine sure") << "和田　拓海"
                                                              << "ユーマー　タクミ"
                                                              << "" << 0.93 << true;
    QTest::newRow("a name's reading under a misread name") << "西村　智志"
                                                           << "ニシムラ　トモヤ"
                                                           << "" << 0.55 << true;
    QTest::newRow("garbled, two readings") << "池田　和子"
                                           << "イケダ　アーー"
                                           << "" << 0.21 << true;
    QTest::newRow("tie") << "渡辺　樹"
                         << "ワタナベ　ツキ"
                         << "" << 0.93 << true;
    QTest::newRow("given name known") << "𠮷野　太郎"
                                      << "ヨシノ　タロ"
                                      << "ヨシノ　タロウ" << 0.93 << false;
    QTest::newRow("unknown name") << "鶫谷　鵺丸"
                                  << "ツグミヤ　ヌエマ"
                                  << "" << 0.93 << false;
    // A name printed without its space is split where the dictionaries say (藤井 + 悠真).
    QTest::newRow("unspaced name, lost kana") << "藤井悠真"
                                              << "フジ　ユウマ"
                                              << "フジイ　ユウマ" << 0.79 << true;
    // Specks or a neighbour's ruby read before the reading: the last two words.
    QTest::newRow("junk before the reading") << "小川　奈々"
                                             << "ガー　ド　オガワ　ナナ"
                                             << "オガワ　ナナ" << 0.93 << true;
}

void TestOcrRules::blurredReadingIsOneItsNameCanHave()
{
    QFETCH(QString, name);
    QFETCH(QString, read);
    QFETCH(QString, expected);
    QFETCH(double, confidence);
    QFETCH(bool, flagged);
    TransferOutCertificate c;
    c.members << TransferOutCertificate::Member {name, read, QDate(1990, 4, 1), Sex::Female, QStringLiteral("妻"), {}};
    c.fields << TransferOutCertificate::Field {QStringLiteral("members[0].name_kana"), read, confidence, {}};
    NameReadings::instance().apply(c, 0.79);
    QCOMPARE(c.members[0].nameKana, expected.isEmpty() ? read : expected);
    QCOMPARE(c.fields[0].confidence, expected.isEmpty() && !flagged ? confidence : std::min(confidence, 0.79));
    QCOMPARE(c.fields[0].text, read); // the field keeps what the page showed

    QCOMPARE(NameReadings::instance().of(u"渡邉", NameReadings::Part::Family).value(0), QStringLiteral("ワタナベ"));

    QVERIFY(NameReadings::instance().knows(QStringLiteral("野口亮")));
    QVERIFY(NameReadings::instance().knows(QStringLiteral("髙橋　優奈")));
    QVERIFY(!NameReadings::instance().knows(QStringLiteral("野日亮")));
    QVERIFY(!NameReadings::instance().knows(QStringLiteral("大塚　俊借")));

    // A name and a reading that do not go together flag both; a name no dictionary
    // knows (俊借 for 俊介, 野日 for 野口 printed without a space) is flagged.
    TransferOutCertificate h;
    h.members << TransferOutCertificate::Member {
        QStringLiteral("藤井　明美"), QStringLiteral("フジイ　ユウキ"), {}, Sex::Male, QStringLiteral("世帯主"), {}};
    h.householdHead = QStringLiteral("大塚　俊借");
    h.hittousha = QStringLiteral("野日亮");
    for (const char* key : {"members[0].name", "members[0].name_kana", "household_head", "hittousha"})
        h.fields << TransferOutCertificate::Field {QString::fromLatin1(key), {}, 0.93, {}};
    NameReadings::instance().apply(h, 0.79);
    for (const auto& f : h.fields)
        QVERIFY2(f.confidence == 0.79, qPrintable(f.key));
    h.householdHead = QStringLiteral("大塚　俊介");
    h.hittousha = QStringLiteral("野口亮");
    h.fields[2].confidence = h.fields[3].confidence = 0.93;
    NameReadings::instance().apply(h, 0.79);
    QCOMPARE(h.fields[2].confidence, 0.93);
    QCOMPARE(h.fields[3].confidence, 0.93);
    QVERIFY(NameReadings::instance().of(u"由美", NameReadings::Part::Given).contains(QStringLiteral("ヨシミ")));

    // No reading read for one member where another's was: the one reading each part has,
    // flagged; none where both parts do not have one each (上野 has four), none where the
    // page printed no readings at all.
    TransferOutCertificate lost;
    lost.members << TransferOutCertificate::Member {
        QStringLiteral("和田　拓海"), QString(), {}, Sex::Male, QStringLiteral("子"), {}};
    lost.members << TransferOutCertificate::Member {
        QStringLiteral("上野　拓海"), QString(), {}, Sex::Male, QStringLiteral("子"), {}};
    lost.members << TransferOutCertificate::Member {
        QStringLiteral("和田　花子"), QStringLiteral("ワダ　ハナコ"), {}, Sex::Female, QStringLiteral("妻"), {}};
    lost.fields << TransferOutCertificate::Field {QStringLiteral("members[0].name_kana"), {}, 0.0, {}};
    TransferOutCertificate none = lost;
    none.members[2].nameKana.clear();
    NameReadings::instance().apply(lost, 0.79);
    QCOMPARE(lost.members[0].nameKana, QStringLiteral("ワダ　タクミ"));
    QCOMPARE(lost.members[1].nameKana, QString());
    NameReadings::instance().apply(none, 0.79);
    QCOMPARE(none.members[0].nameKana, QString());
}

void TestOcrRules::aMisreadCharacterIsToldByTheReading()
{
    const NameReadings& names = NameReadings::instance();
    const auto told = [&](const QString& name, const QString& reading) {
        const auto t = names.charactersTold(name, reading, true);
        return t.size() == 1 ? QStringLiteral("%1:%2").arg(t[0].at).arg(t[0].characters) : QString::number(t.size());
    };
    QVERIFY(told(QStringLiteral("千葉　壮"), QStringLiteral("チバ　アオイ")).startsWith(QStringLiteral("3:")));
    QVERIFY(told(QStringLiteral("千葉　壮"), QStringLiteral("チバ　アオイ")).contains(u'葵'));
    QVERIFY(told(QStringLiteral("清水　智志"), QStringLiteral("シミズ　トモヤ")).contains(u'也'));
    QVERIFY(told(QStringLiteral("藤井紬"), QStringLiteral("フジイ　ツムギ")).isEmpty() == false);
    QCOMPARE(told(QStringLiteral("阿部　きくら"), QStringLiteral("アベ　サクラ")), QStringLiteral("3:さ"));
    QCOMPARE(told(QStringLiteral("野日　亮"), QStringLiteral("ノグチ　リョウ")).left(2), QStringLiteral("1:"));
    // A name its reading fits, a reading blurred a slip from it, or one no name one
    // character off has: nothing is told.
    QCOMPARE(told(QStringLiteral("千葉　葵"), QStringLiteral("チバ　アオイ")), QStringLiteral("0"));
    QCOMPARE(told(QStringLiteral("清水　由美"), QStringLiteral("シミズ　コミ")), QStringLiteral("0"));
    QCOMPARE(told(QStringLiteral("山田　太郎"), QStringLiteral("ヤマダ　ハナコ")), QStringLiteral("0"));

    // On the page: 葵 printed, read 壮, its reading アオイ: the glyph agrees, 葵 it is. 壮
    // printed under the same reading stays (the reading is the misread one).
    const QStringList families = GlyphMatcher::instance().families();
    QVERIFY2(!families.isEmpty(), "the set-up installs Japanese fonts");
    QImage page(800, 300, QImage::Format_Grayscale8);
    page.fill(255);
    QPainter p(&page);
    QFont f(families.first());
    f.setPixelSize(40);
    p.setFont(f);
    p.setPen(QColor(20, 20, 20));
    p.drawText(QPoint(100, 100), QStringLiteral("千葉　葵"));
    p.drawText(QPoint(100, 230), QStringLiteral("千葉　壮"));
    p.end();
    const QFontMetrics metrics(f);
    const QRect first(
        100, 100 - metrics.ascent(), metrics.horizontalAdvance(QStringLiteral("千葉　葵")), metrics.height());
    const QRect second = first.translated(0, 130);
    TransferOutCertificate cert;
    cert.members.resize(2);
    const QString read = QStringLiteral("千葉　壮"), reading = QStringLiteral("チバ　アオイ");
    const QList<ValueTask> tasks {{Label::Name, Value {read, first, 0.9}, 0, QStringLiteral("members[0].name")},
        {Label::Kana, Value {reading, first.translated(0, -30), 0.9}, 0, QStringLiteral("members[0].name_kana")},
        {Label::Name, Value {read, second, 0.9}, 1, QStringLiteral("members[1].name")},
        {Label::Kana, Value {reading, second.translated(0, -30), 0.9}, 1, QStringLiteral("members[1].name_kana")}};
    std::vector<ValueReader::Reading> readings;
    for (const ValueTask& t : tasks)
        readings.push_back({t.value.text, t.value, 0.9, {}});
    putReadings(
        cert, tasks, readings, {0, 1}, [](QRect r) { return r; }, 0.5);
    correctNamesByReadings(cert, tasks, readings, {0, 1}, page, 0.5);
    QCOMPARE(cert.members[0].name, QStringLiteral("千葉　葵"));
    QCOMPARE(cert.members[1].name, QStringLiteral("千葉　壮"));
    for (const auto& field : std::as_const(cert.fields))
        if (field.key == QLatin1String("members[0].name"))
            QCOMPARE(field.confidence, 0.5);
        else if (field.key == QLatin1String("members[1].name"))
            QCOMPARE(field.confidence, 0.9);
}

namespace {
// A plain sheet at 200 dpi: a name with its reading in small print above, and an address.
// (Ruby itself is found on generated certificates: tst_ocr.)
QImage sheetWithRuby()
{
    QImage page(1654, 1200, QImage::Format_RGB32);
    page.fill(Qt::white);
    QPainter p(&page);
    p.setPen(Qt::black);
    QFont f(QStringLiteral("Noto Sans CJK JP"));
    f.setPixelSize(18);
    p.setFont(f);
    p.drawText(QPoint(300, 290), QStringLiteral("ヤマダ　タロウ"));
    f.setPixelSize(44);
    p.setFont(f);
    p.drawText(QPoint(300, 350), QStringLiteral("山田　太郎"));
    p.drawText(QPoint(300, 600), QStringLiteral("川崎市中原区小杉町三丁目5番1号"));
    return page;
}
} // namespace

void TestOcrRules::pagePassReadsTheSheet()
{
    OcrEngine engine;
    QVERIFY2(engine.isReady(), qPrintable(engine.error()));
    const auto pass = PagePass::read(engine, sheetWithRuby(), 200, {});
    QVERIFY(pass);
    QStringList texts;
    for (const auto& l : pass->lines)
        texts << compact(l.text);
    QVERIFY2(texts.join(QLatin1Char('|')).contains(QStringLiteral("小杉町")), qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY2(texts.join(QLatin1Char('|')).contains(QStringLiteral("山田")), qPrintable(texts.join(QLatin1Char('|'))));
    // A sheet that is no photo maps onto itself.
    QVERIFY(pass->sheetToPhoto.isIdentity());
}

void TestOcrRules::pagePassStopsWhenCancelled()
{
    OcrEngine engine;
    QVERIFY2(engine.isReady(), qPrintable(engine.error()));
    const std::atomic_bool cancel {true};
    QVERIFY(!PagePass::read(engine, sheetWithRuby(), 200, {{}, &cancel}));
}

// The members' columns from the 氏名 rows: one table, a name spread across its cell (金子 |
// さくら) no column of its own, and a household of five printed as two tables of four.
void TestOcrRules::columnsFromTheNameRows()
{
    const auto layout = [](const QList<QStringList>& rows, const QList<QList<int>>& lefts) {
        QList<Segment> segs;
        QList<QList<int>> byLine;
        for (int li = 0; li < rows.size(); ++li) {
            byLine << QList<int> {};
            for (int k = 0; k < rows[li].size(); ++k) {
                byLine[li] << int(segs.size());
                segs << Segment {rows[li][k], QRect(lefts[li][k], 100 + li * 60, 120, 40), 0.9, li, {}};
            }
        }
        return Columns::find(segs, byLine, QList<bool>(rows.size(), false), -1);
    };
    const auto one
        = layout({{QStringLiteral("氏名"), QStringLiteral("金子"), QStringLiteral("さくら"),
                      QStringLiteral("金子　一郎"), QStringLiteral("金子　花子")},
                     {QStringLiteral("続柄"), QStringLiteral("世帯主"), QStringLiteral("妻"), QStringLiteral("子")}},
            {{100, 400, 460, 700, 1000}, {100, 400, 700, 1000}});
    QCOMPARE(one.starts, (QList<int> {400, 700, 1000}));
    QVERIFY(!one.multiTable);

    const auto two = layout(
        {{QStringLiteral("氏名"), QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")},
            {QStringLiteral("続柄"), QStringLiteral("世帯主"), QStringLiteral("妻"), QStringLiteral("子"),
                QStringLiteral("子")},
            {QStringLiteral("氏名"), QStringLiteral("E")}, {QStringLiteral("続柄"), QStringLiteral("子")}},
        {{100, 400, 700, 1000, 1300}, {100, 400, 700, 1000, 1300}, {100, 400}, {100, 400}});
    QVERIFY(two.multiTable);
    QCOMPARE(two.tableStarts.size(), 2);
    QCOMPARE(two.tableOffsets, (QList<int> {0, 4}));
    QCOMPARE(two.lineTable.value(2), 1);

    // One name on the 氏名 row (a later table's, the first's 氏名 label garbled): the columns
    // come from the lines aligned by geometry, and those lines are the columns' lines (the
    // reader places their values by these starts; it once had lines without starts).
    const auto lone = layout({{QStringLiteral("氏名"), QStringLiteral("橋本　正人")},
                                 {QStringLiteral("性別"), QStringLiteral("男"), QStringLiteral("女")},
                                 {QStringLiteral("続柄"), QStringLiteral("世帯主"), QStringLiteral("妻")},
                                 {QStringLiteral("生年月日"), QStringLiteral("昭和"), QStringLiteral("平成")}},
        {{100, 400}, {100, 400, 700}, {100, 400, 700}, {100, 400, 700}});
    QCOMPARE(lone.starts, (QList<int> {400, 700}));
    QCOMPARE(lone.alignedLines, (QSet<int> {1, 2, 3}));

    // A fifth member under a table of four, both 氏名 labels garbled: the labels repeated
    // below, with one value each, still make a second table.
    const auto fifth = layout(
        {{QStringLiteral("央者"), QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")},
            {QStringLiteral("性別"), QStringLiteral("男"), QStringLiteral("女"), QStringLiteral("男"),
                QStringLiteral("女")},
            {QStringLiteral("続柄"), QStringLiteral("世帯主"), QStringLiteral("妻"), QStringLiteral("子"),
                QStringLiteral("子")},
            {QStringLiteral("兵名"), QStringLiteral("E")}, {QStringLiteral("性別"), QStringLiteral("女")},
            {QStringLiteral("続柄"), QStringLiteral("長女")}},
        {{100, 400, 700, 1000, 1300}, {100, 400, 700, 1000, 1300}, {100, 400, 700, 1000, 1300}, {100, 400}, {100, 400},
            {100, 400}});
    QVERIFY(fifth.multiTable);
    QCOMPARE(fifth.tableOffsets, (QList<int> {0, 4}));
    QCOMPARE(fifth.lineTable.value(4), 1);
}

// Dates and codes of several members printed close together come back as one segment:
// each becomes its own, where its characters stand, so the columns show. Text around them
// (a label) leaves the segment whole.
void TestOcrRules::repeatedValuesInOneSegmentStandApart()
{
    const auto segment = [](const QStringList& words, int left) {
        Segment s;
        int x = left;
        for (const QString& w : words) {
            const QRect box(x, 100, 25 * int(w.size()), 30);
            s.words << OcrEngine::Word {w, box, 0.9};
            s.text += (s.text.isEmpty() ? QString() : QStringLiteral(" ")) + w;
            s.box = s.box.isNull() ? box : s.box.united(box);
            x = box.right() + 40;
        }
        s.confidence = 0.9;
        return s;
    };
    QList<Segment> segs {
        segment({QStringLiteral("昭和54年7月10日"), QStringLiteral("昭和58年7月19日平成16年6月13日")}, 400),
        segment({QStringLiteral("88223080659"), QStringLiteral("17412173877")}, 400),
        segment({QStringLiteral("生年月日昭和54年7月10日"), QStringLiteral("昭和58年7月19日")}, 100)};
    splitRepeatedValues(segs);
    QCOMPARE(segs.size(), 6);
    QCOMPARE(segs[0].text, QStringLiteral("昭和54年7月10日"));
    QCOMPARE(segs[1].text, QStringLiteral("昭和58年7月19日"));
    QCOMPARE(segs[2].text, QStringLiteral("平成16年6月13日"));
    QCOMPARE(segs[2].box.left(), segs[1].box.left() + 25 * 10); // where its characters stand
    QCOMPARE(segs[3].text, QStringLiteral("88223080659"));
    QCOMPARE(segs[4].box.left(), segs[3].box.right() + 40);
    QCOMPARE(segs[5].text, QStringLiteral("生年月日昭和54年7月10日 昭和58年7月19日"));
    // Dates in kanji numerals too (昭和二十八年二月十三日).
    QList<Segment> kanji {
        segment({QStringLiteral("昭和二十八年二月十三日"), QStringLiteral("平成元年十二月三十一日")}, 400)};
    splitRepeatedValues(kanji);
    QCOMPARE(kanji.size(), 2);
    QCOMPARE(kanji[1].text, QStringLiteral("平成元年十二月三十一日"));
}

// Names printed or read without their space (千葉湊) do not say where the family part ends:
// they must not make 千葉湊 every member's family name.
void TestOcrRules::unspacedNamesDoNotVoteForTheFamilyName()
{
    TransferOutCertificate c;
    c.householdHead = QStringLiteral("千葉湊");
    c.hittousha = QStringLiteral("千葉湊");
    for (const char* name : {"千葉湊", "千葉　千尋", "千葉正人"})
        c.members << TransferOutCertificate::Member {QString::fromUtf8(name), {}, {}, {}, {}, {}};
    householdConsistency::apply(c, 0.79);
    QCOMPARE(c.members[1].name, QStringLiteral("千葉　千尋"));
    QCOMPARE(compact(c.members[2].name), QStringLiteral("千葉正人"));
}

// The glyph told 髙 on the head lines (printed without a space), the members' lines were
// read 高 by the engine: the household's name is 髙橋 on every line.
void TestOcrRules::registeredFormOnAnUnspacedHeadLineIsTheFamilys()
{
    TransferOutCertificate c;
    c.householdHead = QStringLiteral("髙橋進");
    c.hittousha = QStringLiteral("高橋進");
    for (const char* name : {"高橋進", "高橋　理恵", "高橋　由美"})
        c.members << TransferOutCertificate::Member {QString::fromUtf8(name), {}, {}, {}, {}, {}};
    householdConsistency::apply(c, 0.79);
    QCOMPARE(compact(c.householdHead), QStringLiteral("髙橋進"));
    QCOMPARE(c.members[1].name, QStringLiteral("髙橋　理恵"));
    QCOMPARE(c.members[2].name, QStringLiteral("髙橋　由美"));
    // A head line of another family name changes nobody.
    TransferOutCertificate other;
    other.householdHead = QStringLiteral("髙田進");
    for (const char* name : {"高橋　理恵", "高橋　由美"})
        other.members << TransferOutCertificate::Member {QString::fromUtf8(name), {}, {}, {}, {}, {}};
    householdConsistency::apply(other, 0.79);
    QCOMPARE(other.members[0].name, QStringLiteral("高橋　理恵"));
}

// The issue date and the issuer stand below the certification sentence; when the sentence
// is garbled, a few lines above the mayor's line. The title (転出証明書) is no sentence.
void TestOcrRules::issueDateAndIssuerBelowTheSentence()
{
    const auto find = [](const QStringList& texts) {
        QList<OcrEngine::Line> lines;
        QList<Segment> segs;
        QList<QList<int>> byLine;
        for (int li = 0; li < texts.size(); ++li) {
            const QRect box(100, 100 + li * 60, 800, 40);
            lines << OcrEngine::Line {texts[li], box, 0.9, {}};
            segs << Segment {texts[li], box, 0.9, li, {}};
            byLine << QList<int> {li};
        }
        return IssueLines::find(lines, segs, byLine);
    };
    const auto plain = find({QStringLiteral("転出証明書"), QStringLiteral("住所 横浜市港北区日吉本町一丁目2番3号"),
        QStringLiteral("上記のとおり相違ないことを証明する。"), QStringLiteral("交付日 令和8年4月1日"),
        QStringLiteral("横浜市港北区長 山田太郎")});
    QVERIFY(plain.date);
    QCOMPARE(plain.date->text, QStringLiteral("令和8年4月1日"));
    QVERIFY(plain.issuer);
    QCOMPARE(plain.issuerName, QStringLiteral("横浜市港北区長"));

    const auto garbled = find({QStringLiteral("転出証明書"), QStringLiteral("住所 横浜市港北区日吉本町一丁目2番3号"),
        QStringLiteral("上言己の と お り"), QStringLiteral("令和8年4月1日"), QStringLiteral("横浜市港北区長")});
    QVERIFY(garbled.date);
    QCOMPARE(garbled.date->text, QStringLiteral("令和8年4月1日"));
    QCOMPARE(garbled.issuerName, QStringLiteral("横浜市港北区長"));

    // The era's first character misread (倒和): the date still starts at its era, and the
    // date rule of the move and the issue makes it 令和.
    const auto slip = find({QStringLiteral("転出証明書"), QStringLiteral("上記のとおり相違ないことを証明する。"),
        QStringLiteral("交付日 倒和八年九月八日"), QStringLiteral("日南市長 菊地悠真")});
    QVERIFY(slip.date);
    QCOMPARE(slip.date->text, QStringLiteral("倒和八年九月八日"));
    QCOMPARE(recentEra(slip.date->text), QStringLiteral("令和八年九月八日"));
    QCOMPARE(recentEra(QStringLiteral("交付日倒和8年9月8日")), QStringLiteral("令和8年9月8日"));
    QVERIFY(!recentEra(QStringLiteral("昭和41年9月10日")));
    QVERIFY(!recentEra(QStringLiteral("大和町3丁目"))); // no year after it

    // A footer notice under the issuer that reads like the sentence (証明書 with 書 misread
    // 青) is not where the issue lines start.
    const auto footer = find({QStringLiteral("転出証明書"), QStringLiteral("上記のとおり転出を証明します。"),
        QStringLiteral("令和太年八月十日"), QStringLiteral("東大阪市長藤原由"),
        QStringLiteral("(注意)この証明青の有効期限はありません。")});
    QVERIFY(footer.date);
    QCOMPARE(footer.date->text, QStringLiteral("令和太年八月十日"));
    QCOMPARE(footer.issuerName, QStringLiteral("東大阪市長"));
    const auto misreadLabel = find({QStringLiteral("上記のとおり相違ないことを証明する。"),
        QStringLiteral("交付目 令和6年3月13日"), QStringLiteral("珠洲市長福田5")});
    QVERIFY(misreadLabel.date);
    QCOMPARE(misreadLabel.date->text, QStringLiteral("令和6年3月13日"));

    const auto none = find({QStringLiteral("転出証明書"), QStringLiteral("住所 横浜市港北区日吉本町一丁目2番3号")});
    QVERIFY(!none.date);
    QVERIFY(!none.issuer);
}

namespace {
// A white page, 1654 pixels wide (A4 at 200 dpi), printed on in Noto Sans CJK JP.
struct PrintedPage
{
    QImage image;
    QPainter painter;
    PrintedPage(int height, int pixels)
        : image(1654, height, QImage::Format_Grayscale8)
    {
        image.fill(255);
        painter.begin(&image);
        painter.setPen(Qt::black);
        QFont f(QStringLiteral("Noto Sans CJK JP"));
        f.setPixelSize(pixels);
        painter.setFont(f);
    }
    const QImage& done()
    {
        painter.end();
        return image;
    }
};
} // namespace

void TestOcrRules::valueIsReadAgainUnderItsFieldsRule()
{
    OcrEngine engine;
    QVERIFY2(engine.isReady(), qPrintable(engine.error()));
    PrintedPage page(880, 44);
    page.painter.drawText(QPoint(300, 200), QStringLiteral("昭和50年4月1日"));
    page.painter.drawText(QPoint(1000, 200), QStringLiteral("女"));
    page.painter.drawText(QPoint(100, 300), QStringLiteral("北海道千歳市春日町太丁目31番23号"));
    page.painter.drawText(QPoint(100, 380), QStringLiteral("北海道千歳市春日町六丁目31番23号"));
    // A member's date with the next column's era close behind it; two members' codes
    // printed spaced out, the gap between them no wider than between their digits.
    page.painter.drawText(QPoint(100, 460), QStringLiteral("昭和六十一年七月二十九日平"));
    page.painter.drawText(QPoint(100, 540), QStringLiteral("6 9 8 7 8 8 3 1 2 4 1  8 2 9 9 5 7 0 7 7 9 6"));
    page.painter.drawText(QPoint(100, 620), QStringLiteral("和四十六年八月十二日"));
    page.painter.drawText(QPoint(100, 700), QStringLiteral("住所上尾市地頭方727番地"));
    page.painter.drawText(QPoint(100, 780), QStringLiteral("氏　名　藤田湊"));
    ValueReader reader(engine, page.done(), 200, 0.6);
    // What is left of 筆頭者氏名 before the 筆頭者's name: the known name after it, flagged.
    const auto labelInName = reader.read(
        Label::Hittousha, Value {QStringLiteral("氏　名　藤田湊"), QRect(95, 730, 500, 64), 0.9}, QStringLiteral("h"));
    QCOMPARE(labelInName.value, QStringLiteral("藤田湊"));
    QVERIFY(labelInName.confidence <= 0.6);
    // What is left of the label 転出先住所 before the address: the address starts at its place.
    const auto labelLeft = reader.read(Label::Destination,
        Value {QStringLiteral("住所上尾市地頭方727番地"), QRect(95, 650, 700, 64), 0.9}, QStringLiteral("dest"));
    QCOMPARE(labelLeft.value, QStringLiteral("上尾市地頭方727番地"));
    const auto cut = reader.read(Label::Birth,
        Value {QStringLiteral("昭和六十一年七月二十九日平"), QRect(95, 410, 650, 64), 0.7}, QStringLiteral("birth"));
    QCOMPARE(cut.value, QStringLiteral("1986-07-29"));
    QFont printFont(QStringLiteral("Noto Sans CJK JP"));
    printFont.setPixelSize(44);
    const QFontMetrics metrics(printFont);
    const int firstCodeEnds = 100 + metrics.horizontalAdvance(QStringLiteral("6 9 8 7 8 8 3 1 2 4 1 "));
    const auto code
        = reader.read(Label::Code, Value {QStringLiteral("698788312418299570779 6"), QRect(95, 490, 1300, 64), 0.3},
            QStringLiteral("code"), firstCodeEnds);
    QCOMPARE(code.value, QStringLiteral("69878831241"));
    // A birth date whose era lost its 昭 (和四十六年): 昭和, the year past any 平成 or 令和,
    // flagged; 和三年 could be 令和 as well and is not guessed.
    const auto lostEra = reader.read(Label::Birth,
        Value {QStringLiteral("和四十六年八月十二日"), QRect(95, 570, 650, 64), 0.9}, QStringLiteral("b"));
    QCOMPARE(lostEra.value, QStringLiteral("1971-08-12"));
    QVERIFY(lostEra.confidence <= 0.6);
    // The page pass took the zero for an O and stopped short of the last character.
    const auto date = reader.read(
        Label::Birth, Value {QStringLiteral("昭和5O年4月1"), QRect(300, 150, 250, 60), 0.5}, QStringLiteral("birth"));
    QCOMPARE(date.value, QStringLiteral("1975-04-01"));
    // Read past the end of the page pass's box, to the last character.
    QVERIFY2(date.reading.text.endsWith(QStringLiteral("日")), qPrintable(date.reading.text));
    // A sex is one of two values, whatever the page pass made of it.
    const auto sex
        = reader.read(Label::Sex, Value {QStringLiteral("攵"), QRect(995, 150, 56, 60), 0.3}, QStringLiteral("sex"));
    QCOMPARE(sex.value, QStringLiteral("female"));
    // 丁目 after anything but a numeral (六 misread 太) is flagged, however clear the print.
    const auto misread = reader.read(Label::Address,
        Value {QStringLiteral("北海道千歳市春日町太丁目31番23号"), QRect(95, 250, 800, 64), 0.95},
        QStringLiteral("previous_address"));
    QVERIFY2(misread.confidence <= 0.6, qPrintable(QString::number(misread.confidence)));
    const auto plain = reader.read(Label::Address,
        Value {QStringLiteral("北海道千歳市春日町六丁目31番23号"), QRect(95, 330, 800, 64), 0.95},
        QStringLiteral("previous_address"));
    QCOMPARE(plain.value, QStringLiteral("北海道千歳市春日町六丁目31番23号"));
    QVERIFY2(plain.confidence > 0.6, qPrintable(QString::number(plain.confidence)));
}

void TestOcrRules::birthOrderNoReadingGaveIsToldByItsGlyphs()
{
    OcrEngine engine;
    QVERIFY2(engine.isReady(), qPrintable(engine.error()));
    PrintedPage page(200, 40);
    page.painter.drawText(QPoint(300, 120), QStringLiteral("二女"));
    // A tint pattern's lines through the print, as on security paper in a photo.
    page.painter.setPen(QPen(QColor(150, 150, 150), 2));
    for (int y = 86; y <= 126; y += 10)
        page.painter.drawLine(280, y, 400, y + 4);
    ValueReader reader(engine, page.done(), 200, 0.6);
    const auto r = reader.read(
        Label::Relationship, Value {QStringLiteral("己恋"), QRect(298, 82, 84, 44), 0.3}, QStringLiteral("rel"));
    QCOMPARE(r.value, QStringLiteral("二女"));
    QVERIFY2(r.confidence <= 0.6, qPrintable(QString::number(r.confidence)));
}

void TestOcrRules::registeredFormTheGlyphCannotTellIsFlagged()
{
    OcrEngine engine;
    QVERIFY2(engine.isReady(), qPrintable(engine.error()));
    PrintedPage page(300, 44);
    page.painter.drawText(QPoint(300, 100), QStringLiteral("髙橋　湊"));
    // 高 and 髙 printed over each other: as like the one as the other.
    page.painter.drawText(QPoint(300, 220), QStringLiteral("高橋　湊"));
    page.painter.drawText(QPoint(300, 220), QStringLiteral("髙"));
    ValueReader reader(engine, page.done(), 200, 0.6);
    const auto clear = reader.read(
        Label::Name, Value {QStringLiteral("高橋　湊"), QRect(295, 50, 200, 64), 0.95}, QStringLiteral("name"));
    QCOMPARE(clear.value, QStringLiteral("髙橋　湊"));
    QVERIFY2(clear.confidence > 0.6, qPrintable(QString::number(clear.confidence)));
    const auto blurred = reader.read(
        Label::Name, Value {QStringLiteral("高橋　湊"), QRect(295, 170, 200, 64), 0.95}, QStringLiteral("name"));
    QVERIFY2(blurred.confidence <= 0.6, qPrintable(blurred.value + QString::number(blurred.confidence)));
}

void TestOcrRules::readingsGoToTheirFieldsAndTheWholeCorrects()
{
    TransferOutCertificate cert;
    cert.members.resize(1);
    // The layout found member 3 (the only one printed) and a household address.
    const QList<ValueTask> tasks {{Label::Name, Value {QStringLiteral("山田　太郎"), QRect(100, 100, 200, 40), 0.9}, 3,
                                      QStringLiteral("members[0].name")},
        {Label::Birth, Value {QStringLiteral("昭和50年4月1日"), QRect(100, 150, 300, 40), 0.9}, 3,
            QStringLiteral("members[0].birth_date")},
        {Label::Address, Value {QStringLiteral("川崎市$中原区"), QRect(100, 20, 400, 40), 0.95}, -1,
            QStringLiteral("previous_address")}};
    std::vector<ValueReader::Reading> readings {{QStringLiteral("山田　太郎"), tasks[0].value, 0.9, {}},
        {QStringLiteral("1975-04-01"), tasks[1].value, 0.9, {}},
        {QStringLiteral("川崎市$中原区"), tasks[2].value, 0.95, {}}};
    putReadings(
        cert, tasks, readings, {3}, [](QRect r) { return r.translated(10, 5); }, 0.5);
    QCOMPARE(cert.members[0].name, QStringLiteral("山田　太郎"));
    QCOMPARE(cert.members[0].birthDate, QDate(1975, 4, 1));
    QCOMPARE(cert.previousAddress, QStringLiteral("川崎市$中原区"));
    QCOMPARE(cert.fields.size(), 3);
    QCOMPARE(cert.fields[0].box, QRect(110, 105, 200, 40)); // on the caller's image
    correctAsAWhole(cert, 0.5);
    // Sorted by key, and the address with a stray sign is left for the clerk to check. (The
    // issuer is not inferred: the designated city's ward was not read.)
    QCOMPARE(cert.fields[0].key, QStringLiteral("members[0].birth_date"));
    QCOMPARE(cert.fields[2].key, QStringLiteral("previous_address"));
    QCOMPARE(cert.fields[2].confidence, 0.5);
    QCOMPARE(cert.fields[1].confidence, 0.9);
    QVERIFY(cert.issuer.isEmpty());
}

void TestOcrRules::aReadingOfTheNameAmongTheRivalsIsTaken()
{
    // Ruby blurred on a photo: the surest reading is garbage, a rival is a slip from a
    // reading 清水 智也 can have.
    TransferOutCertificate cert;
    cert.members.resize(2);
    const QRect box(100, 100, 120, 12);
    const QList<ValueTask> tasks {{Label::Name, Value {QStringLiteral("清水　智也"), box.translated(0, 20), 0.9}, 0,
                                      QStringLiteral("members[0].name")},
        {Label::Kana, Value {QStringLiteral("ト ギャ"), box, 0.7}, 0, QStringLiteral("members[0].name_kana")},
        {Label::Name, Value {QStringLiteral("清水　智也"), box.translated(300, 20), 0.9}, 1,
            QStringLiteral("members[1].name")},
        {Label::Kana, Value {QStringLiteral("ト ギャ"), box.translated(300, 0), 0.7}, 1,
            QStringLiteral("members[1].name_kana")}};
    std::vector<ValueReader::Reading> readings {{QStringLiteral("清水　智也"), tasks[0].value, 0.9, {}},
        {QStringLiteral("ト　ギャ"), tasks[1].value, 0.7,
            {Value {QStringLiteral("ジミズ　トモヤ"), box, 0.65}, Value {QStringLiteral("トモャ"), box, 0.58}}},
        {QStringLiteral("清水　智也"), tasks[2].value, 0.9, {}},
        // No rival is a reading of the name: the reading stays as read.
        {QStringLiteral("ト　ギャ"), tasks[3].value, 0.7, {Value {QStringLiteral("ヤマダ　ハナコ"), box, 0.65}}}};
    putReadings(
        cert, tasks, readings, {0, 1}, [](QRect r) { return r; }, 0.5);
    QCOMPARE(cert.members[0].nameKana, QStringLiteral("シミズ　トモヤ"));
    QCOMPARE(cert.members[1].nameKana, QStringLiteral("ト　ギャ"));
    for (const auto& f : std::as_const(cert.fields))
        if (f.key == QLatin1String("members[0].name_kana"))
            QCOMPARE(f.confidence, 0.5);
        else if (f.key == QLatin1String("members[1].name_kana"))
            QCOMPARE(f.confidence, 0.7);
}

namespace {
// A line of a label and its values, 60 pixels a line: words of 30 pixels a character.
OcrEngine::Line labelled(int line, const QList<QPair<QString, int>>& words)
{
    QList<QPair<QString, QRect>> boxed;
    for (const auto& [text, left] : words)
        boxed << qMakePair(text, QRect(left, 100 + line * 60, 30 * int(text.size()), 30));
    return lineOf(boxed);
}

// A row of a columns table: its label (none when empty) where labels stand, then a value
// per member column, 300 apart.
OcrEngine::Line row(int line, const QString& label, const QStringList& values)
{
    QList<QPair<QString, int>> words;
    if (!label.isEmpty())
        words << qMakePair(label, 100);
    for (qsizetype k = 0; k < values.size(); ++k)
        words << qMakePair(values[k], int(350 + 300 * k));
    return labelled(line, words);
}

// A page pass's lines through the layout stages, as the reader runs them, onto a blank page.
struct PlacedPage
{
    PageText text;
    LineLabels labels;
    Columns columns;
    PlacedFields placed;
};

PlacedPage placedPage(const QList<OcrEngine::Line>& lines)
{
    PlacedPage p {PageText::of(lines), {}, {}, {}};
    p.labels = LineLabels::find(p.text);
    p.columns = Columns::find(p.text.segs, p.text.byLine, p.text.heading, -1);
    QImage blank(1400, 1200, QImage::Format_Grayscale8);
    blank.fill(255);
    placeLines(p.text, p.labels, p.columns, -1, blank, p.placed);
    return p;
}
} // namespace

void TestOcrRules::blocksStandApartByTheirGaps()
{
    // A photo's member blocks (layoutgen 123019), a gap twice the line spacing between them:
    // the first block's フリガナ, 生年月日 and 性別 labels garbled, the second's 氏名 read 名:
    // alone. Ending blocks only where a label repeats ran the first into the second, and the
    // order (氏名 続柄 住民票コード 生年月日 性別) put each block's last three values in the next
    // member's.
    const QList<OcrEngine::Line> lines {labelled(0, {{QStringLiteral("転出証明書"), 400}}),
        labelled(1, {{QStringLiteral("世帯主"), 100}, {QStringLiteral("齋藤理恵"), 400}}),
        labelled(3, {{QStringLiteral("氏a給名:"), 100}, {QStringLiteral("齋藤理恵"), 400}}),
        labelled(4, {{QStringLiteral("9り0のの。ナ4"), 100}, {QStringLiteral("サイトウリエ"), 400}}),
        labelled(5, {{QStringLiteral("生\"其還内日"), 100}, {QStringLiteral("昭和53年10月10日"), 400}}),
        labelled(6, {{QStringLiteral("性"), 100}, {QStringLiteral("女"), 400}}),
        labelled(7, {{QStringLiteral("続柄:"), 100}, {QStringLiteral("世帯主"), 400}}),
        labelled(8, {{QStringLiteral("住民票コード:"), 100}, {QStringLiteral("04392532222"), 400}}),
        labelled(10, {{QStringLiteral("名:"), 160}, {QStringLiteral("齋藤俊介"), 400}}),
        labelled(11, {{QStringLiteral("ブフ衣"), 100}, {QStringLiteral("サイトワウンュンスズ"), 400}}),
        labelled(12, {{QStringLiteral("生生月日:"), 100}, {QStringLiteral("昭和53年5月28日"), 400}}),
        labelled(13, {{QStringLiteral("性別:"), 100}, {QStringLiteral("男"), 400}}),
        labelled(14, {{QStringLiteral("続柄:"), 100}, {QStringLiteral("夫"), 400}}),
        labelled(15, {{QStringLiteral("住民票コード:"), 100}, {QStringLiteral("70702645467"), 400}}),
        labelled(17, {{QStringLiteral("氏名"), 100}, {QStringLiteral("齋藤樹"), 400}}),
        labelled(18, {{QStringLiteral("生年月日:"), 100}, {QStringLiteral("平成24年5月12日"), 400}}),
        labelled(19, {{QStringLiteral("性別:"), 100}, {QStringLiteral("男"), 400}}),
        labelled(20, {{QStringLiteral("続柄:"), 100}, {QStringLiteral("子"), 400}}),
        labelled(21, {{QStringLiteral("住民票コード:"), 100}, {QStringLiteral("02180787216"), 400}})};
    const auto [text, labels, columns, placed] = placedPage(lines);
    QCOMPARE(
        labels.blockOrder, (QList<Label> {Label::Name, Label::Birth, Label::Sex, Label::Relationship, Label::Code}));
    QCOMPARE(compact(placed.members.value(0).value(Label::Code).text), QStringLiteral("04392532222"));
    QCOMPARE(compact(placed.members.value(1).value(Label::Code).text), QStringLiteral("70702645467"));
    QCOMPARE(compact(placed.members.value(1).value(Label::Relationship).text), QStringLiteral("夫"));
}

void TestOcrRules::linesLayoutPlacesEachBlocksValues()
{
    // Two members' blocks; the second block's フリガナ label misread beyond recognition
    // (刀ガ), told by its neighbours in the first block's order.
    const QList<OcrEngine::Line> lines {labelled(0, {{QStringLiteral("転出証明書"), 400}}),
        labelled(1, {{QStringLiteral("住所"), 100}, {QStringLiteral("横浜市中区元町1丁目2番3号"), 400}}),
        labelled(2, {{QStringLiteral("世帯主"), 100}, {QStringLiteral("山田太郎"), 400}}),
        labelled(3, {{QStringLiteral("氏名"), 100}, {QStringLiteral("山田太郎"), 400}}),
        labelled(4, {{QStringLiteral("フリガナ"), 100}, {QStringLiteral("ヤマダタロウ"), 400}}),
        labelled(5, {{QStringLiteral("生年月日"), 100}, {QStringLiteral("昭和50年1月2日"), 400}}),
        labelled(6, {{QStringLiteral("氏名"), 100}, {QStringLiteral("山田花子"), 400}}),
        labelled(7, {{QStringLiteral("刀ガ"), 100}, {QStringLiteral("ヤマダハナコ"), 400}}),
        labelled(8, {{QStringLiteral("生年月日"), 100}, {QStringLiteral("平成2年3月4日"), 400}})};
    const auto [text, labels, columns, placed] = placedPage(lines);
    QVERIFY(text.hasTitle());
    QVERIFY(text.titleLine[0]);
    QCOMPARE(labels.firstMemberLine, 3);
    QCOMPARE(labels.lastMemberLine, 8);
    QCOMPARE(labels.blockOrder, (QList<Label> {Label::Name, Label::Kana, Label::Birth}));
    QVERIFY(!labels.of[7]);
    QCOMPARE(labels.inferred(text, 7), Label::Kana);
    QVERIFY(!labels.inferred(text, 1)); // above the members: no block to go by
    // The spread title two characters off on a photo (証 read 計, 書 read 『三) is still the
    // title; labels that begin like it are not.
    const PageText photo = PageText::of({labelled(0, {{QStringLiteral("転 出 計 明 『三"), 400}}),
        labelled(1, {{QStringLiteral("転出予定日"), 100}, {QStringLiteral("令和8年7月16日"), 400}}),
        labelled(2, {{QStringLiteral("転出先住所"), 100}, {QStringLiteral("川崎市麻生区岡上14番地の21"), 400}}),
        labelled(3, {{QStringLiteral("転出年月日"), 100}})});
    QCOMPARE(photo.titleLine, (QList<bool> {true, false, false, false}));
    // A title read beyond recognition (軒 則 計 明 災) is still no row: its print is twice the
    // size of the rest, above the first label. Only above it.
    const auto big = [](int line, const QString& word, int left) {
        return lineOf({{word, QRect(left, 100 + line * 60, 60, 62)}});
    };
    const PageText garbled = PageText::of(
        {lineOf({{QStringLiteral("軒"), QRect(412, 100, 64, 64)}, {QStringLiteral("則"), QRect(596, 100, 56, 63)},
             {QStringLiteral("計"), QRect(774, 100, 63, 58)}}),
            labelled(1, {{QStringLiteral("転出先"), 100}, {QStringLiteral("川崎市川崎区堤根二丁目29番13号"), 400}}),
            labelled(2,
                {{QStringLiteral("名前"), 100}, {QStringLiteral("坂本拓海"), 400}, {QStringLiteral("坂本千尋"), 700}}),
            big(3, QStringLiteral("印"), 900)});
    QCOMPARE(garbled.titleLine, (QList<bool> {false, false, false, false}));
    QCOMPARE(garbled.heading, (QList<bool> {true, false, false, false}));
    // A label and its value read as one tall run above the first label is no heading.
    const PageText run
        = PageText::of({big(0, QStringLiteral("転 出 先住 所 神奈川県川崎市川崎区渡田向町三丁目31番22号"), 100),
            labelled(1, {{QStringLiteral("住所"), 100}, {QStringLiteral("石川県珠洲市若山町中田1654番地"), 400}}),
            labelled(2, {{QStringLiteral("世帯主"), 100}, {QStringLiteral("坂本拓海"), 400}})});
    QCOMPARE(run.heading, (QList<bool> {false, false, false}));
    QVERIFY(!garbled.hasTitle());
    QVERIFY(columns.starts.isEmpty());
    QCOMPARE(placed.household.value(Label::Address).text, QStringLiteral("横浜市中区元町1丁目2番3号"));
    QCOMPARE(placed.household.value(Label::Head).text, QStringLiteral("山田太郎"));
    QCOMPARE(placed.members.size(), 2);
    QCOMPARE(placed.members[0].value(Label::Name).text, QStringLiteral("山田太郎"));
    QCOMPARE(placed.members[0].value(Label::Kana).text, QStringLiteral("ヤマダタロウ"));
    QCOMPARE(placed.members[0].value(Label::Birth).text, QStringLiteral("昭和50年1月2日"));
    QCOMPARE(placed.members[1].value(Label::Name).text, QStringLiteral("山田花子"));
    QCOMPARE(placed.members[1].value(Label::Kana).text, QStringLiteral("ヤマダハナコ"));
    QCOMPARE(placed.members[1].value(Label::Birth).text, QStringLiteral("平成2年3月4日"));
    QCOMPARE(placed.labelsFound, 8);
}

void TestOcrRules::labelTheFullestBlockLostIsTheOneOtherBlocksShow()
{
    // The first block, the fullest, lost its 生年月日 label (only the date was read); the
    // last block shows it, so the date line is the birth date and the blocks stay apart.
    const QList<OcrEngine::Line> lines {labelled(0, {{QStringLiteral("転出証明書"), 400}}),
        labelled(1, {{QStringLiteral("住所"), 100}, {QStringLiteral("横浜市中区元町1丁目2番3号"), 400}}),
        labelled(2, {{QStringLiteral("氏名"), 100}, {QStringLiteral("清水湊"), 400}}),
        labelled(3, {{QStringLiteral("住民票コード"), 100}, {QStringLiteral("34724977526"), 400}}),
        labelled(4, {{QStringLiteral("続柄"), 100}, {QStringLiteral("世帯主"), 400}}),
        labelled(5, {{QStringLiteral("男女の別"), 100}, {QStringLiteral("男"), 400}}),
        labelled(6, {{QStringLiteral("平成5年8月21日"), 400}}),
        labelled(7, {{QStringLiteral("氏名"), 100}, {QStringLiteral("清水美和"), 400}}),
        labelled(8, {{QStringLiteral("住民票コード"), 100}, {QStringLiteral("10794464410"), 400}}),
        labelled(9, {{QStringLiteral("徹"), 100}, {QStringLiteral("子"), 400}}),
        labelled(10, {{QStringLiteral("生年月日"), 100}, {QStringLiteral("平成31年1月12日"), 400}}),
        labelled(11, {{QStringLiteral("以下余白"), 400}})};
    const auto [text, labels, columns, placed] = placedPage(lines);
    QCOMPARE(
        labels.blockOrder, (QList<Label> {Label::Name, Label::Code, Label::Relationship, Label::Sex, Label::Birth}));
    QCOMPARE(labels.inferred(text, 6), Label::Birth);
    QCOMPARE(placed.members.size(), 2);
    QCOMPARE(placed.members[0].value(Label::Birth).text, QStringLiteral("平成5年8月21日"));
    QCOMPARE(placed.members[1].value(Label::Birth).text, QStringLiteral("平成31年1月12日"));
}

void TestOcrRules::blocksOpenWhereTheFirstBlocksLostLabelStood()
{
    // The first block's 氏名 read 兵欄名 (lost), the second's 殿名 (read as 氏名): the fullest
    // block runs フリガナ … 生年月日 氏名. The name line above the first reading opens the
    // blocks, so the first member keeps its own values and the second its own.
    const QList<OcrEngine::Line> lines {labelled(0, {{QStringLiteral("転出証明書"), 400}}),
        labelled(1, {{QStringLiteral("筆頭者"), 100}, {QStringLiteral("中島博之"), 400}}),
        labelled(2, {{QStringLiteral("兵欄名"), 100}, {QStringLiteral("中島博之"), 400}}),
        labelled(3, {{QStringLiteral("ふりがな"), 100}, {QStringLiteral("ナカジマヒロユキ"), 400}}),
        labelled(4, {{QStringLiteral("住民票コード"), 100}, {QStringLiteral("06605158539"), 400}}),
        labelled(5, {{QStringLiteral("性別"), 100}, {QStringLiteral("男"), 400}}),
        labelled(6, {{QStringLiteral("生年月日"), 100}, {QStringLiteral("平成7年11月10日"), 400}}),
        labelled(7, {{QStringLiteral("殿名"), 100}, {QStringLiteral("中島千尋"), 400}}),
        labelled(8, {{QStringLiteral("ふりがな"), 100}, {QStringLiteral("ナカジマチヒロ"), 400}}),
        labelled(9, {{QStringLiteral("住民票コード"), 100}, {QStringLiteral("62623706788"), 400}}),
        labelled(10, {{QStringLiteral("性別"), 100}, {QStringLiteral("女"), 400}}),
        labelled(11, {{QStringLiteral("生年月日"), 100}, {QStringLiteral("平成8年5月21日"), 400}})};
    const auto [text, labels, columns, placed] = placedPage(lines);
    QCOMPARE(labels.blockOrder, (QList<Label> {Label::Name, Label::Kana, Label::Code, Label::Sex, Label::Birth}));
    QCOMPARE(placed.members.size(), 2);
    QCOMPARE(placed.members[0].value(Label::Name).text, QStringLiteral("中島博之"));
    QCOMPARE(placed.members[0].value(Label::Code).text, QStringLiteral("06605158539"));
    QCOMPARE(placed.members[1].value(Label::Name).text, QStringLiteral("中島千尋"));
    QCOMPARE(placed.members[1].value(Label::Code).text, QStringLiteral("62623706788"));
}

void TestOcrRules::garbledLabelInPiecesIsTheOneTheBlockLost()
{
    // 生年月日 read 生生 | 2月 目 before the date where values stand (a grainy scan):
    // the one label the first block lost, not the one the form's usual order puts there
    // (the code).
    const QList<OcrEngine::Line> lines {lineOf({at(QStringLiteral("転出証明書"), 598, 136, 446, 62)}),
        lineOf({at(QStringLiteral("旧住所"), 135, 260, 261, 54),
            at(QStringLiteral("埼玉県熊谷市村岡四丁目4番15号"), 396, 260, 551, 54)}),
        lineOf({at(QStringLiteral("世帯主"), 133, 338, 255, 34), at(QStringLiteral("松田 達也"), 388, 338, 174, 34)}),
        lineOf({at(QStringLiteral("氏名"), 159, 677, 146, 30), at(QStringLiteral("松田 達也"), 480, 688, 149, 30)}),
        lineOf({at(QStringLiteral("住民票コード"), 159, 740, 176, 46),
            at(QStringLiteral("22110853485"), 485, 746, 319, 26)}),
        lineOf({at(QStringLiteral("男女の別"), 159, 798, 268, 45), at(QStringLiteral("男"), 480, 802, 28, 29)}),
        lineOf(
            {at(QStringLiteral("世帯主との続柄"), 158, 854, 210, 46), at(QStringLiteral("世帯主"), 479, 854, 92, 48)}),
        lineOf({at(QStringLiteral("生生"), 160, 915, 60, 30), at(QStringLiteral("2月 目"), 300, 915, 64, 30),
            at(QStringLiteral("EK9人5月29目"), 480, 911, 268, 47)}),
        lineOf({at(QStringLiteral("氏名"), 159, 1061, 147, 29), at(QStringLiteral("松田 静香"), 479, 1058, 151, 53)}),
        lineOf({at(QStringLiteral("住民球l"), 159, 1127, 176, 30),
            at(QStringLiteral("092.928.106369"), 485, 1129, 318, 26)}),
        lineOf({at(QStringLiteral("才女"), 159, 1185, 109, 29), at(QStringLiteral("吊るス"), 399, 1180, 113, 47)}),
        lineOf({at(QStringLiteral("世帯主との続柄"), 158, 1237, 210, 46), at(QStringLiteral("妻"), 479, 1242, 30, 29)}),
        lineOf({at(QStringLiteral("生年月日"), 159, 1298, 266, 30),
            at(QStringLiteral("平成7年6月6日"), 480, 1294, 239, 47)})};
    const auto [text, labels, columns, placed] = placedPage(lines);
    QCOMPARE(
        labels.blockOrder, (QList<Label> {Label::Name, Label::Code, Label::Sex, Label::Relationship, Label::Birth}));
    QCOMPARE(labels.inferred(text, 7), Label::Birth);
    QCOMPARE(placed.members[0].value(Label::Code).text, QStringLiteral("22110853485"));
    QVERIFY(!placed.members[0].value(Label::Birth).text.isEmpty());
}

void TestOcrRules::labelLostInEveryBlockIsToldByItsValue()
{
    // 男 女 spread over its cell and read as specks in every block (し生ま, 次, or dropped),
    // so the page's own order has no sex; the line between 氏名 and 住民票コード holding 女
    // or 男 is the sex.
    const QList<OcrEngine::Line> lines {labelled(0, {{QStringLiteral("転出証明書"), 400}}),
        labelled(1, {{QStringLiteral("住所"), 100}, {QStringLiteral("長野県飯山市下木島三丁目29番18号"), 400}}),
        labelled(2, {{QStringLiteral("氏名"), 100}, {QStringLiteral("和田奈々"), 400}}),
        labelled(3, {{QStringLiteral("し生ま"), 100}, {QStringLiteral("女"), 400}}),
        labelled(4, {{QStringLiteral("住民票コード"), 100}, {QStringLiteral("60721631184"), 400}}),
        labelled(5, {{QStringLiteral("生年月日"), 100}, {QStringLiteral("昭和26年10月25日"), 400}}),
        labelled(6, {{QStringLiteral("続柄"), 100}, {QStringLiteral("世帯主"), 400}}),
        labelled(7, {{QStringLiteral("氏名"), 100}, {QStringLiteral("和田亮"), 400}}),
        labelled(8, {{QStringLiteral("男"), 400}}),
        labelled(9, {{QStringLiteral("住民票コード"), 100}, {QStringLiteral("06244885825"), 400}}),
        labelled(10, {{QStringLiteral("生年月日"), 100}, {QStringLiteral("昭和23年4月30日"), 400}}),
        labelled(11, {{QStringLiteral("続柄"), 100}, {QStringLiteral("夫"), 400}})};
    const auto [text, labels, columns, placed] = placedPage(lines);
    QVERIFY(!labels.blockOrder.contains(Label::Sex));
    QCOMPARE(labels.inferred(text, 3, true), Label::Sex);
    QCOMPARE(labels.inferred(text, 8, true), Label::Sex);
    QCOMPARE(placed.members.size(), 2);
    QCOMPARE(placed.members[0].value(Label::Sex).text, QStringLiteral("女"));
    QCOMPARE(placed.members[1].value(Label::Sex).text, QStringLiteral("男"));
    QCOMPARE(placed.members[1].value(Label::Code).text, QStringLiteral("06244885825"));
}

void TestOcrRules::readingLabelLostInEveryBlockIsToldByItsKana()
{
    // ふ り が な over a tint pattern read beyond recognition in every block, so the page's
    // own order has no reading; the line next to the name, with kana values, is the
    // reading, and the 性別 after it (its label garbled too) is told by its value 女.
    const QList<OcrEngine::Line> lines {labelled(0, {{QStringLiteral("転出証明書"), 400}}),
        labelled(1, {{QStringLiteral("住所"), 100}, {QStringLiteral("横浜市中区元町1丁目2番3号"), 400}}),
        labelled(2, {{QStringLiteral("名前"), 100}, {QStringLiteral("髙橋湊"), 400}}),
        labelled(3, {{QStringLiteral("ぷーウワーが"), 100}, {QStringLiteral("タカハシミナト"), 400}}),
        labelled(4, {{QStringLiteral("性別"), 100}, {QStringLiteral("男"), 400}}),
        labelled(5, {{QStringLiteral("生年月日"), 100}, {QStringLiteral("昭和24年10月25日"), 400}}),
        labelled(6, {{QStringLiteral("続柄"), 100}, {QStringLiteral("世帯主"), 400}}),
        labelled(7, {{QStringLiteral("名前"), 100}, {QStringLiteral("髙橋由美"), 400}}),
        labelled(8, {{QStringLiteral("ふーりりーが"), 100}, {QStringLiteral("タカノー"), 400}}),
        labelled(9, {{QStringLiteral("性2に-別"), 100}, {QStringLiteral("女"), 400}}),
        labelled(10, {{QStringLiteral("生年月日"), 100}, {QStringLiteral("昭和23年4月29日"), 400}}),
        labelled(11, {{QStringLiteral("続柄"), 100}, {QStringLiteral("妻"), 400}})};
    const auto [text, labels, columns, placed] = placedPage(lines);
    QVERIFY(!labels.blockOrder.contains(Label::Kana));
    QCOMPARE(labels.inferred(text, 3, true), Label::Kana);
    QCOMPARE(labels.inferred(text, 8, true), Label::Kana);
    QCOMPARE(labels.inferred(text, 9, true), Label::Sex);
    QCOMPARE(labels.inferred(text, 3), std::nullopt); // not asked of a columns table's rows
    QCOMPARE(placed.members.size(), 2);
    QCOMPARE(placed.members[0].value(Label::Kana).text, QStringLiteral("タカハシミナト"));
    QCOMPARE(placed.members[1].value(Label::Kana).text, QStringLiteral("タカノー"));
    QCOMPARE(placed.members[1].value(Label::Sex).text, QStringLiteral("女"));

    // Ruby split into two words over a name is no labelled line: it stays for the ruby stage.
    const QList<OcrEngine::Line> ruby {labelled(0, {{QStringLiteral("転出証明書"), 400}}),
        labelled(1, {{QStringLiteral("住所"), 100}, {QStringLiteral("横浜市中区元町1丁目2番3号"), 400}}),
        labelled(2, {{QStringLiteral("フクダ"), 400}, {QStringLiteral("カズコ"), 520}}),
        labelled(3, {{QStringLiteral("名前"), 100}, {QStringLiteral("福田和子"), 400}}),
        labelled(4, {{QStringLiteral("生年月日"), 100}, {QStringLiteral("昭和30年12月16日"), 400}}),
        labelled(5, {{QStringLiteral("性別"), 100}, {QStringLiteral("女"), 400}}),
        labelled(6, {{QStringLiteral("名前"), 100}, {QStringLiteral("福田健太"), 400}}),
        labelled(7, {{QStringLiteral("生年月日"), 100}, {QStringLiteral("昭和27年5月20日"), 400}})};
    const PlacedPage rubyPage = placedPage(ruby);
    QCOMPARE(rubyPage.labels.inferred(rubyPage.text, 2, true), std::nullopt);
    // Nor ruby with a speck before it where labels stand (了 のた56ジュンスが): above the
    // name it would open a member of its own.
    QList<OcrEngine::Line> speck = ruby;
    speck[2] = labelled(2, {{QStringLiteral("了ー"), 100}, {QStringLiteral("キクチシュンスケ"), 400}});
    const PlacedPage speckPage = placedPage(speck);
    QCOMPARE(speckPage.labels.inferred(speckPage.text, 2, true), std::nullopt);
    QCOMPARE(speckPage.placed.members.size(), 2);
}

void TestOcrRules::columnsLayoutPlacesAValuePerMember()
{
    // A table of three columns; the second member's relationship was not seen by the page
    // pass: it is placed as a box in its column, to be read again there.
    const QList<OcrEngine::Line> lines {labelled(0,
                                            {{QStringLiteral("氏名"), 100}, {QStringLiteral("山田太郎"), 350},
                                                {QStringLiteral("山田花子"), 650}, {QStringLiteral("山田一郎"), 950}}),
        labelled(1,
            {{QStringLiteral("生年月日"), 100}, {QStringLiteral("昭和50年1月2日"), 350},
                {QStringLiteral("昭和52年5月6日"), 650}, {QStringLiteral("平成20年7月8日"), 950}}),
        labelled(2, {{QStringLiteral("続柄"), 100}, {QStringLiteral("世帯主"), 350}, {QStringLiteral("子"), 950}})};
    const auto [text, labels, columns, placed] = placedPage(lines);
    QCOMPARE(columns.starts.size(), 3);
    QCOMPARE(placed.members.size(), 3);
    QCOMPARE(placed.members[1].value(Label::Name).text, QStringLiteral("山田花子"));
    QCOMPARE(placed.members[2].value(Label::Birth).text, QStringLiteral("平成20年7月8日"));
    QCOMPARE(placed.members[2].value(Label::Relationship).text, QStringLiteral("子"));
    const Value lost = placed.members[1].value(Label::Relationship);
    QVERIFY(lost.text.isEmpty());
    QVERIFY2(lost.box.left() > 600 && lost.box.right() < 950, qPrintable(QString::number(lost.box.left())));
    // A value grown to its ink stops before the next member's column.
    QVERIFY(placed.columnEnds.value(0) < 650);
    QVERIFY(placed.columnEnds.value(1) < 950);
}

// ふ り が な over a tint read as one run with its values (譲り上が邊な ヤマダタロウ …): the
// row between 氏名 and 生年月日 is the readings', each in its member's column.
void TestOcrRules::columnsRowReadAsOneRunIsPlacedByOrder()
{
    const QList<OcrEngine::Line> lines {
        labelled(
            0, {{QStringLiteral("氏名"), 100}, {QStringLiteral("山田太郎"), 350}, {QStringLiteral("山田花子"), 560}}),
        lineOf({{QStringLiteral("譲り上が邊な"), QRect(100, 160, 180, 30)},
            {QStringLiteral("ヤマダタロウ"), QRect(320, 160, 180, 30)},
            {QStringLiteral("ヤマダハナコ"), QRect(535, 160, 180, 30)}}),
        labelled(2,
            {{QStringLiteral("生年月日"), 100}, {QStringLiteral("昭和50年1月2日"), 350},
                {QStringLiteral("昭和52年5月6日"), 560}}),
        labelled(3, {{QStringLiteral("続柄"), 100}, {QStringLiteral("世帯主"), 350}, {QStringLiteral("妻"), 560}})};
    const auto [text, labels, columns, placed] = placedPage(lines);
    QCOMPARE(text.byLine[1].size(), 1); // one run
    QCOMPARE(columns.starts.size(), 2);
    QCOMPARE(compact(placed.members[0].value(Label::Kana).text), QStringLiteral("ヤマダタロウ"));
    QCOMPARE(compact(placed.members[1].value(Label::Kana).text), QStringLiteral("ヤマダハナコ"));
}

void TestOcrRules::dateValueStartsAtItsEra()
{
    // 生 年 月 日 read 生二年 -月 目 昭和26年…: what is left of the label goes.
    PageText text = PageText::of({labelled(0,
        {{QStringLiteral("生二年"), 100}, {QStringLiteral("-月"), 250}, {QStringLiteral("目昭和26年4月1日"), 400}})});
    QList<int> idx = text.byLine[0];
    const qsizetype before = text.segs.size();
    text.startAtTheDate(idx);
    QCOMPARE(idx.size(), 1);
    QCOMPARE(text.segs.size(), before + 1); // the cut part is a segment of its own
    QCOMPARE(text.joined(idx).text, QStringLiteral("昭和26年4月1日"));
    QVERIFY(text.joined(idx).box.left() > 400);
}

void TestOcrRules::garbledRowBetweenTwoLabelsIsTheOneBetweenThem()
{
    // 性 別 read 住 誤寺別 and 女 read 婦, between 生年月日 and 続柄 of a columns table: the
    // row is the sex, placed in every column (the first one's value run into the label).
    const QList<OcrEngine::Line> lines {labelled(0,
                                            {{QStringLiteral("氏名"), 100}, {QStringLiteral("野口正人"), 350},
                                                {QStringLiteral("野口幸子"), 650}, {QStringLiteral("野口舞"), 950}}),
        labelled(1,
            {{QStringLiteral("生年月日"), 100}, {QStringLiteral("昭和47年8月11日"), 350},
                {QStringLiteral("昭和46年11月26日"), 650}, {QStringLiteral("平成11年3月6日"), 950}}),
        labelled(2, {{QStringLiteral("住誤寺別抽男"), 100}, {QStringLiteral("婦"), 650}, {QStringLiteral("婦"), 950}}),
        labelled(3,
            {{QStringLiteral("続柄"), 100}, {QStringLiteral("世帯主"), 350}, {QStringLiteral("妻"), 650},
                {QStringLiteral("長女"), 950}})};
    const auto [text, labels, columns, placed] = placedPage(lines);
    QVERIFY(labels.unprinted.contains(Label::Sex));
    QCOMPARE(columns.starts.size(), 3);
    for (int m = 0; m < 3; ++m)
        QVERIFY2(placed.members[m].contains(Label::Sex), qPrintable(QString::number(m)));
    QCOMPARE(placed.members[2].value(Label::Sex).text, QStringLiteral("婦")); // read again under the sex's rule
    QCOMPARE(placed.members[0].value(Label::Name).text, QStringLiteral("野口正人")); // names stay the names
}

void TestOcrRules::lostSexLabelOfOneTableStaysTheSex()
{
    // Two columns tables; 氏名 lost in both (read 民活 and 民|), 男女 lost in the first only
    // (read 朋。iA): the first table's 男 女 女 男 are the sexes, not names.
    const QList<OcrEngine::Line> lines {row(0, QStringLiteral("民活"),
                                            {QStringLiteral("岡田康弘"), QStringLiteral("岡田優奈"),
                                                QStringLiteral("岡田和子"), QStringLiteral("岡田達也")}),
        row(1, QStringLiteral("ふりがな"),
            {QStringLiteral("オカダヤスヒロ"), QStringLiteral("オカダユウナ"), QStringLiteral("オカダカズコ"),
                QStringLiteral("オカダタツヤ")}),
        row(2, QStringLiteral("生年月日"),
            {QStringLiteral("平成6年8月4日"), QStringLiteral("平成10年4月18日"), QStringLiteral("令和5年9月5日"),
                QStringLiteral("令和3年9月19日")}),
        row(3, QStringLiteral("朋。iA"),
            {QStringLiteral("男"), QStringLiteral("女"), QStringLiteral("女"), QStringLiteral("男")}),
        row(4, QStringLiteral("続柄"),
            {QStringLiteral("世帯主"), QStringLiteral("妻"), QStringLiteral("子"), QStringLiteral("子")}),
        row(5, QStringLiteral("住民票コード"),
            {QStringLiteral("18312256723"), QStringLiteral("43673851529"), QStringLiteral("79268411714"),
                QStringLiteral("64156074226")}),
        row(6, QStringLiteral("民|"), {QStringLiteral("岡田紬"), QStringLiteral("岡田智也")}),
        row(7, QStringLiteral("ふりがな"), {QStringLiteral("オカダツムギ"), QStringLiteral("オカダトモヤ")}),
        row(8, QStringLiteral("生年月日"), {QStringLiteral("令和5年9月26日"), QStringLiteral("昭和35年1月14日")}),
        row(9, QStringLiteral("男女"), {QStringLiteral("女"), QStringLiteral("男")}),
        row(10, QStringLiteral("続柄"), {QStringLiteral("子"), QStringLiteral("父")})};
    const auto [text, labels, columns, placed] = placedPage(lines);
    QCOMPARE(labels.unprinted, QList<Label> {Label::Name});
    QCOMPARE(placed.members[0].value(Label::Sex).text, QStringLiteral("男"));
    QCOMPARE(placed.members[1].value(Label::Sex).text, QStringLiteral("女"));
    QCOMPARE(placed.members[0].value(Label::Name).text, QStringLiteral("岡田康弘"));
}

void TestOcrRules::secondTablesRowIsItsOwnWhenTheFirstsIsGarbled()
{
    // Two tables; the first table's 男女 row garbled past telling (男雷叶だ 押 女 理): the
    // second table's 男女 row is the second table's members', below its own rows.
    const QList<OcrEngine::Line> lines {
        row(0, QStringLiteral("氏名"),
            {QStringLiteral("森湊"), QStringLiteral("森由美"), QStringLiteral("森大和"), QStringLiteral("森一郎")}),
        row(1, QStringLiteral("生年月日"),
            {QStringLiteral("昭和43年7月10日"), QStringLiteral("昭和47年2月27日"), QStringLiteral("平成5年2月5日"),
                QStringLiteral("平成6年1月18日")}),
        row(2, QStringLiteral("男雷叶だ"), {QStringLiteral("押"), QStringLiteral("女"), QStringLiteral("理")}),
        row(3, QStringLiteral("続柄"),
            {QStringLiteral("世帯主"), QStringLiteral("妻"), QStringLiteral("子"), QStringLiteral("子")}),
        row(4, QStringLiteral("氏名"), {QStringLiteral("森優奈"), QStringLiteral("森和夫")}),
        row(5, QStringLiteral("生年月日"), {QStringLiteral("平成10年1月7日"), QStringLiteral("昭和12年10月9日")}),
        row(6, QStringLiteral("男女"), {QStringLiteral("女"), QStringLiteral("男")}),
        row(7, QStringLiteral("続柄"), {QStringLiteral("子"), QStringLiteral("父")})};
    const auto [text, labels, columns, placed] = placedPage(lines);
    QVERIFY(columns.multiTable);
    QCOMPARE(placed.members[4].value(Label::Sex).text, QStringLiteral("女"));
    QCOMPARE(placed.members[5].value(Label::Sex).text, QStringLiteral("男"));
    QVERIFY(placed.members[0].value(Label::Sex).text != QStringLiteral("女"));
}

void TestOcrRules::readingsRowGarbledOnATintIsNoNamesRow()
{
    // フリガナ and its readings garbled on tinted cells (コガ の | ツウ包Maさ眉 | ウ下eeツムギ):
    // more katakana than kanji, the readings' row, not a second names row.
    const QList<OcrEngine::Line> lines {
        row(0, QStringLiteral("住民票コード"),
            {QStringLiteral("13475434968"), QStringLiteral("18429280846"), QStringLiteral("97597345460")}),
        row(1, QStringLiteral("氏名"), {QStringLiteral("上野湊"), QStringLiteral("上野紬"), QStringLiteral("上野樹")}),
        row(2, QStringLiteral("コガの"),
            {QStringLiteral("ツウ包Maさ眉"), QStringLiteral("ウ下eeツムギ"), QStringLiteral("ウ直巡wsvfツキ")}),
        row(3, QStringLiteral("続柄"), {QStringLiteral("世帯主"), QStringLiteral("妻"), QStringLiteral("子")}),
        row(4, QStringLiteral("生年月日"),
            {QStringLiteral("昭和53年4月19日"), QStringLiteral("昭和53年12月27日"), QStringLiteral("平成14年4月28日")}),
        row(5, QStringLiteral("性別"), {QStringLiteral("男"), QStringLiteral("女"), QStringLiteral("男")})};
    const auto [text, labels, columns, placed] = placedPage(lines);
    QCOMPARE(placed.members[1].value(Label::Kana).text, QStringLiteral("ウ下eeツムギ"));
    QCOMPARE(placed.members[1].value(Label::Name).text, QStringLiteral("上野紬"));
}

void TestOcrRules::secondTablesRubyLineIsItsOwn()
{
    // Two tables of four; the second table's ruby read as a line of its own, unlabelled,
    // just above its 氏名 line: the readings are the second table's members', not the
    // first's (whose ruby is found over their names later).
    const QList<OcrEngine::Line> lines {row(0, QStringLiteral("氏名"),
                                            {QStringLiteral("松田幸子"), QStringLiteral("松田進"),
                                                QStringLiteral("松田葵"), QStringLiteral("松田由美")}),
        row(1, QStringLiteral("住民票コード"),
            {QStringLiteral("91666353276"), QStringLiteral("10906535312"), QStringLiteral("05369936488"),
                QStringLiteral("64760263983")}),
        row(2, QStringLiteral("続柄"),
            {QStringLiteral("世帯主"), QStringLiteral("夫"), QStringLiteral("長女"), QStringLiteral("長女")}),
        row(3, QString(),
            {QStringLiteral("マツダアケミ"), QStringLiteral("マツダタツヤ"), QStringLiteral("マツダシュンスケ"),
                QStringLiteral("マツダキョウコ")}),
        row(4, QStringLiteral("氏名"),
            {QStringLiteral("松田明美"), QStringLiteral("松田達也"), QStringLiteral("松田俊介"),
                QStringLiteral("松田京子")}),
        row(5, QStringLiteral("住民票コード"),
            {QStringLiteral("00741208794"), QStringLiteral("12962819132"), QStringLiteral("29548686606"),
                QStringLiteral("18174706309")}),
        row(6, QStringLiteral("続柄"),
            {QStringLiteral("子"), QStringLiteral("父"), QStringLiteral("父"), QStringLiteral("母")})};
    const auto [text, labels, columns, placed] = placedPage(lines);
    QVERIFY(columns.multiTable);
    QVERIFY(!placed.members[0].contains(Label::Kana));
    QCOMPARE(placed.members[4].value(Label::Kana).text, QStringLiteral("マツダアケミ"));
    QCOMPARE(placed.members[7].value(Label::Kana).text, QStringLiteral("マツダキョウコ"));
}

void TestOcrRules::speckPlacedByPositionTakesNoTablesTurn()
{
    // Two tables of codes, names and sexes; a speck above the first table's names (受),
    // told a name line by where it stands: the 名前 lines stay the first and second table's.
    const QList<OcrEngine::Line> lines {row(0, QStringLiteral("住民票コード"),
                                            {QStringLiteral("87323505520"), QStringLiteral("39139734858"),
                                                QStringLiteral("57152182201"), QStringLiteral("54327142837")}),
        row(1, QString(), {QStringLiteral("受")}),
        row(2, QStringLiteral("名前"),
            {QStringLiteral("西村達也"), QStringLiteral("西村久美子"), QStringLiteral("西村一郎"),
                QStringLiteral("西村進")}),
        row(3, QStringLiteral("男女の別"),
            {QStringLiteral("男"), QStringLiteral("女"), QStringLiteral("男"), QStringLiteral("男")}),
        row(4, QStringLiteral("住民票コード"), {QStringLiteral("61779311948"), QStringLiteral("89686026352")}),
        row(5, QStringLiteral("名前"), {QStringLiteral("西村千尋"), QStringLiteral("西村優奈")}),
        row(6, QStringLiteral("男女の別"), {QStringLiteral("女"), QStringLiteral("女")})};
    const auto [text, labels, columns, placed] = placedPage(lines);
    QVERIFY(columns.multiTable);
    QCOMPARE(placed.members[1].value(Label::Name).text, QStringLiteral("西村久美子"));
    QCOMPARE(placed.members[4].value(Label::Name).text, QStringLiteral("西村千尋"));
}

void TestOcrRules::tablesFirstRowsWithoutLabelsAreItsRows()
{
    // 氏名 and フリガナ both read as specks, the first reading run into its garbled label:
    // the readings' row still belongs to the table (its second value stands in the second
    // column), and the first member's reading is placed to be read again in its column. The
    // household line above holds one value and stays the household's.
    const QList<OcrEngine::Line> lines {
        labelled(0, {{QStringLiteral("筆頭者氏名"), 100}, {QStringLiteral("石井大和"), 380}}),
        labelled(
            1, {{QStringLiteral("し生は"), 100}, {QStringLiteral("石井優奈"), 350}, {QStringLiteral("石井大和"), 650}}),
        labelled(2, {{QStringLiteral("Ge大普引イシイユウナ"), 100}, {QStringLiteral("イシイヤマト"), 650}}),
        labelled(3,
            {{QStringLiteral("生年月日"), 100}, {QStringLiteral("昭和31年11月13日"), 350},
                {QStringLiteral("昭和29年8月17日"), 650}}),
        labelled(4, {{QStringLiteral("続柄"), 100}, {QStringLiteral("世帯主"), 350}, {QStringLiteral("夫"), 650}})};
    const auto [text, labels, columns, placed] = placedPage(lines);
    QCOMPARE(columns.starts.size(), 2);
    QCOMPARE(placed.household.value(Label::Hittousha).text, QStringLiteral("石井大和"));
    QCOMPARE(placed.members.size(), 2);
    QCOMPARE(placed.members[1].value(Label::Kana).text, QStringLiteral("イシイヤマト"));
    QVERIFY(placed.members[0].contains(Label::Kana));
    QVERIFY(placed.members[0].value(Label::Kana).box.left() < 650);
    QCOMPARE(placed.members[0].value(Label::Name).text, QStringLiteral("石井優奈"));
}

void TestOcrRules::labelAndValueReadAsOneRunAreToldApart()
{
    // 男 女 の 別 spread over a patterned ground, read with its value as one run
    // (男王なーーの一交一一将女): the block's order tells the line is the sex, and the value is
    // read again where the values stand, not from the run that holds the label's 男.
    const QList<OcrEngine::Line> lines {labelled(0, {{QStringLiteral("氏名"), 100}, {QStringLiteral("橋本勇気"), 450}}),
        labelled(1, {{QStringLiteral("生年月日"), 100}, {QStringLiteral("平成6年8月24日"), 450}}),
        labelled(2, {{QStringLiteral("男女の別"), 100}, {QStringLiteral("男"), 450}}),
        labelled(3, {{QStringLiteral("氏名"), 100}, {QStringLiteral("橋本理恵"), 450}}),
        labelled(4, {{QStringLiteral("生年月日"), 100}, {QStringLiteral("平成10年8月26日"), 450}}),
        labelled(5, {{QStringLiteral("男王なーーの一交一一将女"), 100}}),
        labelled(6, {{QStringLiteral("氏名"), 100}, {QStringLiteral("橋本樹"), 450}})};
    const auto [text, labels, columns, placed] = placedPage(lines);
    QVERIFY(labels.spansLabelAndValue(text, 5));
    QVERIFY(!labels.spansLabelAndValue(text, 2));
    QCOMPARE(labels.inferred(text, 5), Label::Sex);
    QCOMPARE(placed.members.size(), 3);
    const Value sex = placed.members[1].value(Label::Sex);
    QVERIFY(sex.text.isEmpty()); // to be read again…
    QVERIFY2(std::abs(sex.box.left() - 450) < 40, qPrintable(QString::number(sex.box.left()))); // …where values stand
    QCOMPARE(placed.members[0].value(Label::Sex).text, QStringLiteral("男"));
}

void TestOcrRules::firstBlockWithItsOpeningLabelsLost()
{
    // The first block's 氏名 and フリガナ read as specks (兵 当名, ウン): the labelled lines
    // start mid-block, but the blocks stand apart, so the order opens with 氏名 and the two
    // lost lines are the first block's name and reading.
    QList<OcrEngine::Line> lines {labelled(0, {{QStringLiteral("筆頭者氏名"), 100}, {QStringLiteral("和田茂"), 450}})};
    const auto block = [&](int at, const QString& name, const QString& kana, const QString& born, bool lost) {
        lines << labelled(at, {{lost ? QStringLiteral("兵当名") : QStringLiteral("氏名"), 100}, {name, 450}})
              << labelled(at + 1, {{lost ? QStringLiteral("ウン") : QStringLiteral("フリガナ"), 100}, {kana, 450}})
              << labelled(at + 2, {{QStringLiteral("生年月日"), 100}, {born, 450}})
              << labelled(at + 3, {{QStringLiteral("住民票コード"), 100}, {QStringLiteral("85477196195"), 450}});
    };
    block(2, QStringLiteral("和田静香"), QStringLiteral("ワダシズカ"), QStringLiteral("昭和41年9月10日"), true);
    block(7, QStringLiteral("和田茂"), QStringLiteral("ワダシゲル"), QStringLiteral("昭和42年4月5日"), false);
    block(12, QStringLiteral("和田さくら"), QStringLiteral("ワダサクラ"), QStringLiteral("平成8年1月11日"), false);
    const auto [text, labels, columns, placed] = placedPage(lines);
    QCOMPARE(labels.blockOrder, (QList<Label> {Label::Name, Label::Kana, Label::Birth, Label::Code}));
    QCOMPARE(labels.inferred(text, 1), Label::Name);
    QCOMPARE(labels.inferred(text, 2), Label::Kana);
    QCOMPARE(placed.members.size(), 3);
    QCOMPARE(placed.members[0].value(Label::Name).text, QStringLiteral("和田静香"));
    QCOMPARE(placed.members[0].value(Label::Birth).text, QStringLiteral("昭和41年9月10日"));
    QCOMPARE(placed.members[1].value(Label::Name).text, QStringLiteral("和田茂"));
    QCOMPARE(placed.members[1].value(Label::Birth).text, QStringLiteral("昭和42年4月5日"));
    QCOMPARE(placed.members[2].value(Label::Kana).text, QStringLiteral("ワダサクラ"));
}

void TestOcrRules::valuesThatContradictThemselvesMoveNoHeading()
{
    // The rows' values put a relationship (世帯主) and a name (胡, a misread 妻) at one place:
    // neither moves the 氏名 heading read above its names, and the birth date the headings
    // lost is still taken from the values.
    const auto column = [](Label l, int left, int right) { return qMakePair(l, qMakePair(left, right)); };
    RowsHeader header;
    header.line = 7;
    header.columns = {column(Label::Code, 158, 325), column(Label::Name, 474, 616), column(Label::Sex, 825, 899),
        column(Label::Relationship, 1337, 1482)};
    header.exact = {Label::Code};
    RowsHeader values;
    values.columns = {column(Label::Code, 163, 163), column(Label::Sex, 825, 825), column(Label::Birth, 918, 918),
        column(Label::Name, 1340, 1340), column(Label::Relationship, 1341, 1341)};
    completeFromValues(header, values);
    QList<QPair<Label, int>> got;
    for (const auto& c : std::as_const(header.columns))
        got << qMakePair(c.first, c.second.first);
    QCOMPARE(got,
        (QList<QPair<Label, int>> {{Label::Code, 158}, {Label::Name, 474}, {Label::Sex, 825}, {Label::Birth, 918},
            {Label::Relationship, 1337}}));
}

QTEST_MAIN(TestOcrRules)
#include "tst_ocrrules.moc"

void TestOcrRules::valuesPlaceTheColumnsOfAGarbledHeader()
{
    // A spread header read in part: 名前 right, 続柄 spelled but centred well right of its
    // values, 生年月日 placed over the readings and 住民票コード taken for the dates' heading. The rows' values show
    // all six columns.
    RowsHeader header {5,
        {{Label::Code, {155, 325}}, {Label::Name, {406, 548}}, {Label::Birth, {840, 940}},
            {Label::Relationship, {1059, 1129}}, {Label::Code, {1296, 1356}}, {Label::Sex, {1437, 1498}}},
        {Label::Name, Label::Relationship, Label::Sex}};
    const RowsHeader fromValues {5,
        {{Label::Code, {156, 200}}, {Label::Name, {408, 450}}, {Label::Kana, {687, 730}},
            {Label::Relationship, {964, 1000}}, {Label::Birth, {1103, 1150}}, {Label::Sex, {1438, 1480}}},
        {}};
    completeFromValues(header, fromValues);
    QList<QPair<Label, int>> got;
    for (const auto& c : header.columns)
        got << qMakePair(c.first, c.second.first);
    QCOMPARE(got,
        (QList<QPair<Label, int>> {{Label::Code, 156}, {Label::Name, 406}, {Label::Kana, 687},
            {Label::Relationship, 964}, {Label::Birth, 1103}, {Label::Sex, 1437}}));
    // Headings spelled exactly keep their places near their values (名前, フリガナ), not far
    // from them (生年月日, 性別 over other columns).
    RowsHeader good {5,
        {{Label::Name, {400, 500}}, {Label::Kana, {640, 700}}, {Label::Birth, {800, 900}}, {Label::Sex, {1000, 1050}}},
        {Label::Name, Label::Kana, Label::Birth, Label::Sex}};
    completeFromValues(good, fromValues);
    QCOMPARE(good.columns[1], qMakePair(Label::Name, qMakePair(400, 500)));
    QCOMPARE(good.columns[2], qMakePair(Label::Kana, qMakePair(640, 700)));
    QCOMPARE(good.columns[4].first, Label::Birth);
    QCOMPARE(good.columns[4].second.first, 1103);
    QCOMPARE(good.columns.size(), 6);
    // Rows that show fewer columns only fill what the header lacks.
    RowsHeader read {5, {{Label::Name, {400, 500}}, {Label::Birth, {800, 900}}, {Label::Sex, {1000, 1050}}}, {}};
    completeFromValues(read, RowsHeader {5, {{Label::Name, {450, 480}}, {Label::Code, {1200, 1250}}}, {}});
    QCOMPARE(read.columns.size(), 4);
    QCOMPARE(read.columns[0].second.first, 400);
    QCOMPARE(read.columns[3].first, Label::Code);
}

void TestOcrRules::rubyBandIsFoundAboveItsName()
{
    // Ruby a third of the name's height, a gap wider than the guess the reader used to make.
    QImage page(800, 300, QImage::Format_Grayscale8);
    page.fill(255);
    QPainter p(&page);
    p.fillRect(QRect(110, 100, 150, 12), Qt::black); // the reading
    p.fillRect(QRect(100, 125, 200, 36), Qt::black); // the name
    p.end();
    const QRect band = rubyBandAbove(page, QRect(100, 125, 200, 36));
    QCOMPARE(band, QRect(110, 100, 150, 12));
    // Nothing above a name: no band.
    QVERIFY(rubyBandAbove(page, QRect(110, 100, 150, 12)).isNull());
    // A line of full height above is the previous line, not a reading.
    QImage lines(800, 300, QImage::Format_Grayscale8);
    lines.fill(255);
    QPainter q(&lines);
    q.fillRect(QRect(100, 70, 200, 36), Qt::black);
    q.fillRect(QRect(100, 125, 200, 36), Qt::black);
    q.end();
    QVERIFY(rubyBandAbove(lines, QRect(100, 125, 200, 36)).isNull());
    // Ruby a photo blurred pale grey (about 140 on the sheet) over a darker name.
    QImage pale(800, 300, QImage::Format_Grayscale8);
    pale.fill(200);
    QPainter r(&pale);
    r.fillRect(QRect(110, 100, 150, 12), QColor(140, 140, 140));
    r.fillRect(QRect(100, 125, 200, 36), QColor(60, 60, 60));
    r.end();
    QCOMPARE(rubyBandAbove(pale, QRect(100, 125, 200, 36)), QRect(110, 100, 150, 12));
}

void TestOcrRules::relationshipBoxTakesInItsWholeWord()
{
    // 二女 on a photo: the page pass's box holds 女 only, 二 blurred to a grey just darker
    // than the paper; the label stands far to the left.
    QImage page(800, 200, QImage::Format_Grayscale8);
    page.fill(234);
    QPainter p(&page);
    p.fillRect(QRect(100, 80, 40, 20), QColor(60, 60, 60)); // 続柄
    p.fillRect(QRect(300, 84, 16, 2), QColor(185, 185, 185)); // 二, upper stroke
    p.fillRect(QRect(298, 96, 20, 2), QColor(180, 180, 180)); // 二, lower stroke
    p.fillRect(QRect(322, 80, 20, 20), QColor(90, 90, 90)); // 女
    // 妻 with a scan's darker band right of it: no character there.
    p.fillRect(QRect(500, 80, 20, 20), QColor(90, 90, 90));
    p.fillRect(QRect(524, 84, 30, 12), QColor(190, 190, 190));
    p.end();
    QCOMPARE(widenedToItsWord(page, QRect(322, 80, 20, 20)), QRect(298, 80, 44, 20));
    QCOMPARE(widenedToItsWord(page, QRect(500, 80, 20, 20)), QRect(500, 80, 20, 20));
    // Paper alone beside it: the box stays.
    QCOMPARE(widenedToItsWord(page, QRect(700, 80, 20, 20)), QRect(700, 80, 20, 20));
}

void TestOcrRules::rubyInsideALineIsSplitFromIt()
{
    // 名 centred on its cell, beside a name (295..375) with three kana of ruby over it, the
    // kana printed in `rubyGrey`.
    const auto nameUnderRuby = [](int rubyGrey) {
        QImage page(800, 300, QImage::Format_Grayscale8);
        page.fill(255);
        QPainter p(&page);
        p.fillRect(QRect(100, 110, 30, 30), Qt::black); // the label
        for (const int x : {300, 315, 330})
            p.fillRect(QRect(x, 100, 12, 12), QColor(rubyGrey, rubyGrey, rubyGrey)); // the reading
        p.fillRect(QRect(295, 118, 80, 30), Qt::black); // the name
        return page;
    };
    const QImage page = nameUnderRuby(0);
    const RubyInLine found = rubyOverLine(page, QRect(100, 100, 280, 48));
    QCOMPARE(found.rubies.size(), 1);
    const QRect ruby = found.rubies.first();
    QVERIFY2(ruby.contains(QRect(300, 100, 42, 12)),
        qPrintable(QStringLiteral("%1,%2 %3x%4").arg(ruby.x()).arg(ruby.y()).arg(ruby.width()).arg(ruby.height())));
    QVERIFY(ruby.bottom() < 118); // the name is not cut
    QVERIFY(ruby.left() > 130); // nor the label
    QVERIFY(found.line.contains(QRect(100, 100, 280, 48)));
    // What the rule removal left of the cell's side beside the name bridges no gap.
    QImage ruled = page.copy();
    QPainter r(&ruled);
    r.fillRect(QRect(285, 80, 2, 90), Qt::black);
    r.end();
    QCOMPARE(rubyOverLine(ruled, QRect(100, 100, 280, 48)).rubies.size(), 1);
    // Kana blurred pale (grey, not black) are ruby as well.
    const QImage pale = nameUnderRuby(150);
    QCOMPARE(rubyOverLine(pale, QRect(290, 100, 90, 48)).rubies.size(), 1);

    // Two specks over a character (the dots of 前) are no reading; nor is a line of full
    // height above another.
    QImage dots(800, 300, QImage::Format_Grayscale8);
    dots.fill(255);
    QPainter d(&dots);
    d.fillRect(QRect(300, 100, 6, 8), Qt::black);
    d.fillRect(QRect(320, 100, 6, 8), Qt::black);
    d.fillRect(QRect(295, 112, 40, 26), Qt::black);
    d.fillRect(QRect(100, 200, 300, 30), Qt::black);
    d.fillRect(QRect(100, 240, 300, 30), Qt::black);
    d.end();
    QVERIFY(rubyOverLine(dots, QRect(290, 100, 60, 40)).rubies.isEmpty());
    QVERIFY(rubyOverLine(dots, QRect(100, 200, 300, 70)).rubies.isEmpty());
}

void TestOcrRules::anAddressWhoseLabelWasLostIsToldByItsGrammar()
{
    // Where the address begins after a garbled label; a line without one has none.
    QCOMPARE(addressStart(QStringLiteral("転生出 25    川崎市多摩区菅馬場1丁目16番20号")), 5);
    QCOMPARE(addressStart(QStringLiteral("中HB   川崎市川崎区本町1969番地25")), 3);
    QCOMPARE(addressStart(QStringLiteral("神奈川県川崎市麻生区金程205番地")), 0);
    // A prefecture garbled or a character short is the address's, not a label's.
    QCOMPARE(addressStart(QStringLiteral("旧-一住所 裾自県須賀川市宮先町4丁目 1番20号")), 6);
    QCOMPARE(addressStart(QStringLiteral("本 葉県船橋市海神町西32番地の16")), 1);
    QCOMPARE(addressStart(QStringLiteral("住所上尾市原市1丁目2番3号")), 2); // label residue, no 県
    QVERIFY(!addressStart(QStringLiteral("日南市長 菊地 悠真"))); // a municipality, no block
    QVERIFY(!addressStart(QStringLiteral("渡邊 健太 ワタナベ ケンタ 世帯主 男 52480775615")));
    QVERIFY(!addressStart(QStringLiteral("この写しは、住民基本台帳の原本と相違ないことを証明する。")));

    using L = Label;
    const QString kawasaki = QStringLiteral("川崎市川崎区本町1960番地25");
    // The only address left.
    QCOMPARE(lostAddressField(QStringLiteral("中HB"), kawasaki, {L::Destination}, QStringLiteral("日南市長"), false),
        std::optional(L::Destination));
    // A character of the label left standing.
    QCOMPARE(lostAddressField(QStringLiteral("相条籍"), kawasaki, {L::Destination, L::Honseki}, QString(), false),
        std::optional(L::Honseki));
    // In the issuing municipality: the address moved out of.
    QCOMPARE(lostAddressField(QStringLiteral("xx"), QStringLiteral("宮崎県日南市東弁分甲2丁目9番25号"),
                 {L::Address, L::Destination}, QStringLiteral("日南市長"), false),
        std::optional(L::Address));
    // Beside 筆頭者: 本籍; elsewhere the destination.
    QCOMPARE(lostAddressField(QStringLiteral("xx"), kawasaki, {L::Destination, L::Honseki}, QString(), true),
        std::optional(L::Honseki));
    QCOMPARE(lostAddressField(QStringLiteral("xx"), kawasaki, {L::Destination, L::Honseki}, QString(), false),
        std::optional(L::Destination));
    QVERIFY(!lostAddressField(QStringLiteral("xx"), kawasaki, {L::Address, L::Honseki}, QString(), false));
}

void TestOcrRules::aNameLineWhoseLabelWasLostIsToldByTheNamesItPrints()
{
    const QStringList known {QStringLiteral("山品一郎"), QStringLiteral("山口　幸子"), QStringLiteral("藤井俊介")};
    // After a garbled label, a full name or a family part the household prints.
    QCOMPARE(knownNameStart(QStringLiteral("人筆還。頭、 者   山口一郎"), known), 5); // compacted: 人筆還頭者
    QCOMPARE(knownNameStart(QStringLiteral("六一可  者   藤井俊介"), known), 4);
    // Nothing before the name (a member's row reduced to its name), or more after it.
    QVERIFY(!knownNameStart(QStringLiteral("藤井俊介"), known));
    QVERIFY(!knownNameStart(QStringLiteral("x 山口 幸子 昭和58年9月6日 女 子"), known));
    QVERIFY(!knownNameStart(QStringLiteral("本 籍 山口県山口市滝町1番1号"), known));
    // A full name a character off at the line's end; not a row of the members' names.
    QCOMPARE(knownNameStart(QStringLiteral("業。豆し者。  第地 進"), {QStringLiteral("菊地　進")}), 4);
    QVERIFY(!knownNameStart(QStringLiteral("RSSは   菊地 進     菊地京子     菊地 健太"),
        {QStringLiteral("菊地　進"), QStringLiteral("菊地　健太")}));

    using L = Label;
    // The line left, unless its label holds the other's characters only.
    QCOMPARE(lostNameField(QStringLiteral("六一可者"), {L::Hittousha}), std::optional(L::Hittousha));
    QCOMPARE(lostNameField(QStringLiteral("折る料:に。稀-コ"), {L::Hittousha}), std::optional(L::Hittousha));
    QVERIFY(!lostNameField(QStringLiteral("世帯王"), {L::Hittousha}));
    // Both lost: the characters decide, or nothing does.
    QCOMPARE(lostNameField(QStringLiteral("世帯王"), {L::Head, L::Hittousha}), std::optional(L::Head));
    QCOMPARE(lostNameField(QStringLiteral("筆豆者"), {L::Head, L::Hittousha}), std::optional(L::Hittousha));
    QVERIFY(!lostNameField(QStringLiteral("折る料"), {L::Head, L::Hittousha}));
}

void TestOcrRules::printThePagePassDroppedIsFound()
{
    // Four lines of print; the page pass returned the first, second and fourth.
    QImage page(800, 400, QImage::Format_Grayscale8);
    page.fill(255);
    QPainter p(&page);
    for (const int y : {40, 100, 220})
        p.fillRect(QRect(100, y, 400, 30), Qt::black);
    p.fillRect(QRect(120, 150, 300, 30), Qt::black); // dropped
    p.fillRect(QRect(130, 136, 120, 10), Qt::black); // its ruby
    p.fillRect(QRect(600, 300, 2, 2), Qt::black); // a speck
    p.end();
    const QList<OcrEngine::Line> read = {lineOf({{QStringLiteral("住所 川崎市"), QRect(100, 40, 400, 30)}}),
        lineOf({{QStringLiteral("世帯主 山田"), QRect(100, 100, 400, 30)}}),
        lineOf({{QStringLiteral("本籍 横浜市"), QRect(100, 220, 400, 30)}})};
    const QList<QRect> bands = unreadInkBands(page, read);
    QCOMPARE(bands.size(), 1);
    // The line without its ruby, which is too low to be a line of its own.
    QCOMPARE(bands.first(), QRect(120, 150, 300, 30));
    // Everything read: nothing left.
    QVERIFY(
        unreadInkBands(page, read + QList {lineOf({{QStringLiteral("氏名"), QRect(120, 136, 300, 44)}})}).isEmpty());
}

void TestOcrRules::skewedGrainyScanIsLevelledAndItsRulesRemoved()
{
    // A ruled table of text lines, turned by a degree as a sheet laid askew on a flatbed, with
    // grey rules and grain that break the rules up.
    QImage level(2000, 1400, QImage::Format_Grayscale8);
    level.fill(235);
    QPainter p(&level);
    QFont f = p.font();
    f.setPixelSize(36);
    p.setFont(f);
    for (int row = 0; row < 12; ++row) {
        const int y = 200 + row * 80;
        p.setPen(QPen(QColor(110, 110, 110), 2));
        p.drawLine(200, y, 1800, y);
        p.setPen(Qt::black);
        p.drawText(230, y + 55, QStringLiteral("世帯主との続柄 令和七年六月十一日"));
    }
    p.setPen(QPen(QColor(110, 110, 110), 2));
    p.drawLine(200, 200, 200, 1160);
    p.drawLine(1800, 200, 1800, 1160);
    p.end();
    QImage skewed(level.size(), QImage::Format_Grayscale8);
    skewed.fill(235);
    QPainter r(&skewed);
    r.setRenderHint(QPainter::SmoothPixmapTransform);
    r.translate(1000, 700);
    r.rotate(1.0);
    r.translate(-1000, -700);
    r.drawImage(0, 0, level);
    r.end();
    quint32 state = 7;
    for (int y = 0; y < skewed.height(); ++y) {
        uchar* line = skewed.scanLine(y);
        for (int x = 0; x < skewed.width(); ++x) {
            state = state * 1664525u + 1013904223u;
            line[x] = uchar(std::clamp(int(line[x]) + int(state >> 26) - 32, 0, 255));
        }
    }
    const PreparedPage prepared = PagePreprocessor::prepare(skewed);
    QVERIFY2(std::abs(prepared.skewDegrees) > 0.5, qPrintable(QString::number(prepared.skewDegrees)));
    // Level: a rule is at the same height at both ends of the table.
    const auto darkestRow = [&](const QImage& img, int x, int around) {
        int best = around, bestSum = INT_MAX;
        for (int y = around - 30; y <= around + 30; ++y) {
            int sum = 0;
            for (int dx = 0; dx < 20; ++dx)
                sum += img.pixelColor(x + dx, y).value();
            if (sum < bestSum) {
                bestSum = sum;
                best = y;
            }
        }
        return best;
    };
    // (Right of the text, which ends before x = 1000.)
    const int left = darkestRow(prepared.gray, 1100, 520);
    const int right = darkestRow(prepared.gray, 1700, 520);
    QVERIFY2(std::abs(left - right) <= 3, qPrintable(QStringLiteral("%1 against %2").arg(left).arg(right)));
    // And its rules are gone: along that rule, hardly any dark pixel is left.
    int dark = 0;
    for (int x = 1100; x < 1700; ++x)
        for (int dy = -2; dy <= 2; ++dy)
            dark += prepared.rulesRemoved.pixelColor(x, (left + right) / 2 + dy).value() < 150 ? 1 : 0;
    QVERIFY2(dark < 600 * 5 / 50, qPrintable(QString::number(dark)));
}

void TestOcrRules::rubyCutIntoSingleKanaIsTakenWhole()
{
    // オオツカ ツムギ over 大塚 紬, cut by the engine into オオ | ツ | カ | ツムギ, with a speck read 。
    QList<OcrEngine::Line> lines
        = {lineOf({{QStringLiteral("オオ"), QRect(357, 601, 25, 13)}, {QStringLiteral("ツ"), QRect(386, 601, 12, 13)},
               {QStringLiteral("カ"), QRect(400, 601, 11, 13)}, {QStringLiteral("。"), QRect(420, 604, 5, 5)},
               {QStringLiteral("ツムギ"), QRect(434, 601, 42, 13)}}),
            lineOf({{QStringLiteral("氏名"), QRect(126, 614, 47, 24)},
                {QStringLiteral("大塚"), QRect(355, 614, 64, 32)}, {QStringLiteral("紬"), QRect(425, 614, 32, 32)}})};
    const QList<OcrEngine::Word> ruby = takeRuby(lines);
    QCOMPARE(ruby.size(), 4);
    QCOMPARE(lines.size(), 1);
    QCOMPARE(rubyOver(ruby, QRect(355, 614, 102, 32)).text, QStringLiteral("オオツカ ツムギ"));
}

void TestOcrRules::labelCutAtAGapIsJoined()
{
    const auto across = labelAcross(QStringLiteral("世帯主との"), QStringLiteral("続柄: 世帯主"));
    QVERIFY(across);
    QCOMPARE(across->label, Label::Relationship);
    QCOMPARE(across->taken, 2);
    QCOMPARE(labelAcross(QStringLiteral("転出先"), QStringLiteral("住所神奈川県"))->label, Label::Destination);
    // A value that only starts like a longer label's end: 住所 has no longer spelling 東… finishes.
    QVERIFY(!labelAcross(QStringLiteral("住所"), QStringLiteral("東京都")));
    QVERIFY(!labelAcross(QStringLiteral("世帯主"), QStringLiteral("山田 太郎")));
    // On a page: the label whole again before the layout is read, its value on its own.
    const auto seg = [](const QString& text, QRect box) {
        Segment s;
        s.text = text;
        s.box = box;
        s.words << OcrEngine::Word {text, box, 0.9};
        return s;
    };
    QList<Segment> segs {seg(QStringLiteral("男女"), QRect(189, 924, 111, 27)),
        seg(QStringLiteral("の 別"), QRect(300, 926, 81, 25)), seg(QStringLiteral("男"), QRect(511, 926, 23, 25))};
    joinCutLabels(segs);
    QCOMPARE(segs.size(), 2);
    QCOMPARE(matchLabel(segs[0].text, true), Label::Sex);
    QCOMPARE(segs[1].text, QStringLiteral("男"));
    QVERIFY(usedByLabel(Label::Head, QStringLiteral("氏名")));
    QVERIFY(!usedByLabel(Label::Head, QStringLiteral("氏名西")));
}

void TestOcrRules::digitsToldByTheirShapes()
{
    // A code and dates printed small and soft (a photo's resolution), read with digits
    // wrong (0 as 9, 5 as 3, 0 as 6, 二 as 三): each glyph tells it again, in every font.
    const auto printed = [](const QString& text, const QString& family) {
        QImage sharp(900, 90, QImage::Format_Grayscale8);
        sharp.fill(230);
        QPainter p(&sharp);
        QFont f(family);
        f.setPixelSize(56);
        p.setFont(f);
        p.setPen(QColor(40, 40, 40));
        p.drawText(sharp.rect().adjusted(10, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, text);
        p.end();
        return sharp.scaled(450, 45, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    };
    const QStringList families = GlyphMatcher::instance().families();
    QVERIFY(families.size() >= 3);
    int right = 0, total = 0;
    for (const QString& family : families) {
        const QImage code = printed(QStringLiteral("30549707233"), family);
        const QImage date = printed(QStringLiteral("令和8年6月10日"), family);
        const QRect codeInk = inkBand(code, code.rect().adjusted(2, 2, -2, -2));
        const QRect dateInk = inkBand(date, date.rect().adjusted(2, 2, -2, -2));
        right += digitsByShape(code, codeInk, QStringLiteral("39349797233")) == QStringLiteral("30549707233");
        right += digitsByShape(date, dateInk, QStringLiteral("令和8年6月16日")) == QStringLiteral("令和8年6月10日");
        total += 2;
        // 二 read 三 in a date in kanji numerals and in a birth-order relationship.
        const QImage kanji = printed(QStringLiteral("令和七年三月十二日"), family);
        right += digitsByShape(
                     kanji, inkBand(kanji, kanji.rect().adjusted(2, 2, -2, -2)), QStringLiteral("令和七年三月十三日"))
            == QStringLiteral("令和七年三月十二日");
        const QImage order = printed(QStringLiteral("二女"), family);
        right += digitsByShape(order, inkBand(order, order.rect().adjusted(2, 2, -2, -2)), QStringLiteral("三女"))
            == QStringLiteral("二女");
        total += 2;
        // An address: its house number's digits among kanji.
        const QImage address = printed(QStringLiteral("木月住吉町5丁目30番21号"), family);
        right += digitsByShape(address, inkBand(address, address.rect().adjusted(2, 2, -2, -2)),
                     QStringLiteral("木月住吉町5丁目39番21号"))
            == QStringLiteral("木月住吉町5丁目30番21号");
        ++total;
        // A reading that does not fit the print (a character too many) changes nothing.
        QCOMPARE(digitsByShape(code, codeInk, QStringLiteral("393497972331")), QStringLiteral("393497972331"));
    }
    QVERIFY2(right * 10 >= total * 8, qPrintable(QStringLiteral("%1 of %2").arg(right).arg(total)));
    // Digits spaced out (a code at 1.3 times the height): told as well.
    const auto spaced = [](const QString& text, const QString& family) {
        QImage sharp(1400, 90, QImage::Format_Grayscale8);
        sharp.fill(230);
        QPainter p(&sharp);
        QFont f(family);
        f.setPixelSize(56);
        f.setLetterSpacing(QFont::AbsoluteSpacing, 22);
        p.setFont(f);
        p.setPen(QColor(40, 40, 40));
        p.drawText(sharp.rect().adjusted(10, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, text);
        p.end();
        return sharp.scaled(700, 45, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    };
    int spacedRight = 0;
    for (const QString& family : families) {
        const QImage code = spaced(QStringLiteral("16243230045"), family);
        spacedRight
            += digitsByShape(code, inkBand(code, code.rect().adjusted(2, 2, -2, -2)), QStringLiteral("16243230043"))
            == QStringLiteral("16243230045");
    }
    QVERIFY2(spacedRight * 10 >= families.size() * 8,
        qPrintable(QStringLiteral("%1 of %2").arg(spacedRight).arg(families.size())));
    // A digit lost from a date (11月 read 1月): the print holds one glyph more than was read.
    int lostRight = 0;
    for (const QString& family : families) {
        const QImage date = printed(QStringLiteral("昭和28年11月26日"), family);
        const QRect ink = inkBand(date, date.rect().adjusted(2, 2, -2, -2));
        lostRight += digitLost(date, ink, QStringLiteral("昭和28年1月26日"))
            && !digitLost(date, ink, QStringLiteral("昭和28年11月26日"));
    }
    QVERIFY2(lostRight * 10 >= families.size() * 7,
        qPrintable(QStringLiteral("%1 of %2").arg(lostRight).arg(families.size())));
    // Right digits stay right.
    const QImage code = printed(QStringLiteral("30549707233"), families.first());
    QCOMPARE(
        digitsByShape(code, inkBand(code, code.rect()), QStringLiteral("30549707233")), QStringLiteral("30549707233"));
}

void TestOcrRules::glyphToldFromFontsThePageDidNotUse()
{
    const QStringList families = GlyphMatcher::instance().families();
    QVERIFY2(families.size() >= 3, "the set-up installs Japanese fonts (fonts-noto-cjk, fonts-ipafont …)");
    // Each character printed small and soft in one font, told against drawings in the others.
    const auto printed = [](QChar c, const QString& family) {
        QImage sharp(96, 96, QImage::Format_Grayscale8);
        sharp.fill(235);
        QPainter p(&sharp);
        QFont f(family);
        f.setPixelSize(48);
        p.setFont(f);
        p.setPen(QColor(30, 30, 30));
        p.drawText(sharp.rect(), Qt::AlignCenter, QString(c));
        p.end();
        return sharp.scaled(48, 48, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    };
    int right = 0, total = 0;
    for (const QString& family : families.mid(0, 4)) {
        QStringList others = families;
        others.removeAll(family);
        const GlyphMatcher matcher(others);
        for (const QChar c : QStringLiteral("邉邊髙高")) {
            if (!QFontMetrics(QFont(family)).inFontUcs4(c.unicode()))
                continue;
            const QImage image = printed(c, family);
            const QString pair = c == u'邉' || c == u'邊' ? QStringLiteral("邊邉") : QStringLiteral("高髙");
            const auto m = matcher.match(image, image.rect(), pair);
            QVERIFY(m);
            ++total;
            right += m->character == c;
        }
        const QImage hollyhock = printed(u'葵', family);
        QCOMPARE(matcher.match(hollyhock, hollyhock.rect(), QStringLiteral("壮葵"))->character, QChar(u'葵'));
        const QImage wife = printed(u'妻', family);
        const auto m = matcher.match(wife, wife.rect(), QStringLiteral("妻夫子父母"));
        QVERIFY(m);
        QCOMPARE(m->character, QChar(u'妻'));
        QVERIFY(m->margin >= GlyphMatcher::SureMargin);
    }
    QVERIFY(total >= 8);
    QVERIFY2(right >= total - 1, qPrintable(QStringLiteral("%1 of %2").arg(right).arg(total)));
    // Blank paper is no glyph.
    QImage blank(40, 40, QImage::Format_Grayscale8);
    blank.fill(240);
    QVERIFY(!GlyphMatcher::instance().match(blank, blank.rect(), QStringLiteral("男女")));
    QCOMPARE(registeredForms(u'邊'), QStringLiteral("邉"));
    QCOMPARE(lookAlikes(u'壮'), QStringLiteral("葵"));
    QVERIFY(registeredForms(u'山').isEmpty());
}

void TestOcrRules::grainReadAsTextIsNoValue()
{
    const auto segment = [](const QString& text, double confidence = 0.9) {
        Segment s;
        s.text = text;
        s.confidence = confidence;
        return s;
    };
    for (const char* debris : {"0", "OO", "し", "ーー", "|", "(2)", "TTY", "1 )"})
        QVERIFY2(isDebris(segment(QString::fromUtf8(debris))), debris);
    for (const char* value : {"男", "子", "オノ", "74579678093", "昭和58年", "SMITH"})
        QVERIFY2(!isDebris(segment(QString::fromUtf8(value))), value);
    QVERIFY(isDebris(segment(QStringLiteral("nnnn"), 0.2))); // letters read without confidence
}
