#include "../TestSupport.h"
#include "../VirtualMyNumberCard.h"
#include "AppContext.h"
#include "MainWindow.h"
#include "db/CaseRepository.h"
#include "kiosk/KioskWindow.h"
#include "models/CaseListModel.h"
#include "models/GuidanceModel.h"
#include "pages/CasePage.h"
#include "pages/ReceptionPage.h"
#include "security/PasswordHasher.h"
#include "sync/SyncService.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace mdg;
using ui::KioskWindow;

// The tablet at the writing desk as a resident uses it: fingers on a touch screen, text
// typed (the virtual keyboard sends keys). Then the clerk who finds the case by its number.
class TestKioskGui : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void residentEntersAMoveAndTheClerkFindsIt();
    void idleTabletAsksThenForgets();
    void leavingNeedsTheAdministratorsPin();
    void everyScreenInEveryLanguage();
    void theResidentsCardFillsTheirMember();

private:
    struct Desk
    {
        test::TempStore store;
        QTemporaryDir home;
        Config config {home.filePath(QStringLiteral("madoguchi.ini"))};
        ManualClock clock {QDateTime::currentDateTimeUtc()};
        AppContext ctx {config, *store.db, clock};
        KioskWindow kiosk {ctx, PasswordHasher::hash(QStringLiteral("2468"), 1000)};
        Desk()
        {
            kiosk.setGeometry(0, 0, 1280, 800);
            kiosk.show();
        }
    };
    template <typename T> static T* find(QWidget* root, const QString& name)
    {
        T* w = root->findChild<T*>(name);
        if (!w)
            qFatal("%s: no %s named \"%s\"", QTest::currentTestFunction(), T::staticMetaObject.className(),
                qPrintable(name));
        return w;
    }
    // A finger on the widget's centre.
    void tap(QWidget* w)
    {
        QCoreApplication::processEvents(); // pending layouts: the finger aims at where it is shown
        QVERIFY2(w->isVisible() && w->isEnabled(), qPrintable(w->objectName()));
        // The resident scrolls to what is below the fold.
        for (QWidget* up = w->parentWidget(); up; up = up->parentWidget())
            if (auto* area = qobject_cast<QScrollArea*>(up))
                area->ensureWidgetVisible(w);
        QWidget* window = w->window();
        const QPoint at = w->mapTo(window, w->rect().center());
        QTest::touchEvent(window, m_touch).press(0, at, window);
        QTest::touchEvent(window, m_touch).release(0, at, window);
        QCoreApplication::processEvents();
    }
    void tap(QWidget* root, const QString& name) { tap(find<QWidget>(root, name)); }
    void type(QWidget* root, const QString& name, const QString& text)
    {
        // As Qt Virtual Keyboard delivers text: committed by the input method.
        auto* edit = find<QLineEdit>(root, name);
        tap(edit);
        edit->selectAll();
        QInputMethodEvent commit;
        commit.setCommitString(text);
        QCoreApplication::sendEvent(edit, &commit);
    }
    void date(QWidget* root, const QString& name, const QString& era, const QDate& d);
    static void shoot(QWidget* w, const QString& name);
    // The household of the first test, entered up to the questions.
    void enterFamily(KioskWindow& kiosk, const QDate& today);

    QPointingDevice* m_touch = nullptr;
};

void TestKioskGui::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    m_touch = QTest::createTouchDevice();
}

void TestKioskGui::shoot(QWidget* w, const QString& name)
{
    const QString dir = qEnvironmentVariable("MADOGUCHI_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        QCoreApplication::processEvents();
        QVERIFY(w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
    }
}

void TestKioskGui::date(QWidget* root, const QString& name, const QString& era, const QDate& d)
{
    auto* eraBox = find<QComboBox>(root, name + QStringLiteral("Era"));
    const int index = era.isEmpty() ? eraBox->count() - 1 : eraBox->findData(era);
    QVERIFY(index >= 0);
    eraBox->setCurrentIndex(index);
    const int year = era == QStringLiteral("令和") ? d.year() - 2018
        : era == QStringLiteral("平成")            ? d.year() - 1988
        : era == QStringLiteral("昭和")            ? d.year() - 1925
                                                   : d.year();
    type(root, name + QStringLiteral("Year"), QString::number(year));
    type(root, name + QStringLiteral("Month"), QString::number(d.month()));
    type(root, name + QStringLiteral("Day"), QString::number(d.day()));
}

void TestKioskGui::enterFamily(KioskWindow& kiosk, const QDate& today)
{
    auto* message = find<QLabel>(&kiosk, QStringLiteral("kioskMessage"));
    tap(&kiosk, QStringLiteral("kioskLang_en"));
    QCOMPARE(kiosk.currentScreen(), KioskWindow::ProcedureScreen);
    tap(&kiosk, QStringLiteral("kioskProcedure_moving_in"));
    QCOMPARE(kiosk.currentScreen(), KioskWindow::MoveDate);

    // A day that does not exist is named at once and keeps the resident on the screen.
    find<QComboBox>(&kiosk, QStringLiteral("kioskMoveDateEra"))->setCurrentIndex(0);
    type(&kiosk, QStringLiteral("kioskMoveDateYear"), QString::number(today.year() - 2018));
    type(&kiosk, QStringLiteral("kioskMoveDateMonth"), QStringLiteral("2"));
    type(&kiosk, QStringLiteral("kioskMoveDateDay"), QStringLiteral("30"));
    // Said as soon as the day is complete.
    QVERIFY2(message->text().contains(QStringLiteral("does not exist")), qPrintable(message->text()));
    tap(&kiosk, QStringLiteral("kioskNext"));
    QCOMPARE(kiosk.currentScreen(), KioskWindow::MoveDate);
    QVERIFY2(message->text().contains(QStringLiteral("does not exist")), qPrintable(message->text()));
    date(&kiosk, QStringLiteral("kioskMoveDate"), QStringLiteral("令和"), today.addDays(-3));
    tap(&kiosk, QStringLiteral("kioskNext"));
    QCOMPARE(kiosk.currentScreen(), KioskWindow::Addresses);

    // Postal codes give the town; the resident types the block.
    type(&kiosk, QStringLiteral("kioskFromPostal"), QStringLiteral("1000001"));
    QCOMPARE(
        find<QLineEdit>(&kiosk, QStringLiteral("kioskFromAddress"))->text(), QStringLiteral("東京都千代田区千代田"));
    type(&kiosk, QStringLiteral("kioskFromBlock"), QStringLiteral("1-1"));
    type(&kiosk, QStringLiteral("kioskToPostal"), QStringLiteral("211-0063"));
    tap(&kiosk, QStringLiteral("kioskNext"));
    QCOMPARE(kiosk.currentScreen(), KioskWindow::Addresses); // the block is missing
    QVERIFY(message->text().contains(QStringLiteral("block number")));
    type(&kiosk, QStringLiteral("kioskToBlock"), QStringLiteral("3丁目1番2号"));
    tap(&kiosk, QStringLiteral("kioskNext"));
    QCOMPARE(kiosk.currentScreen(), KioskWindow::Members);

    // Members one by one; a reading in kanji is named.
    type(&kiosk, QStringLiteral("kioskMemberFamily"), QStringLiteral("髙橋"));
    type(&kiosk, QStringLiteral("kioskMemberGiven"), QStringLiteral("湊"));
    type(&kiosk, QStringLiteral("kioskMemberFamilyKana"), QStringLiteral("たかはし"));
    type(&kiosk, QStringLiteral("kioskMemberGivenKana"), QStringLiteral("みなと"));
    date(&kiosk, QStringLiteral("kioskMemberBirth"), QStringLiteral("平成"), QDate(1990, 10, 25));
    tap(&kiosk, QStringLiteral("kioskAddMember"));
    auto* list = find<QAbstractItemView>(&kiosk, QStringLiteral("kioskMemberList"));
    QCOMPARE(list->model()->rowCount(), 1);
    QVERIFY(list->model()->index(0, 0).data().toString().startsWith(QStringLiteral("髙橋　湊（タカハシ　ミナト）")));
    type(&kiosk, QStringLiteral("kioskMemberFamily"), QStringLiteral("髙橋"));
    type(&kiosk, QStringLiteral("kioskMemberGiven"), QStringLiteral("結衣"));
    type(&kiosk, QStringLiteral("kioskMemberFamilyKana"), QStringLiteral("タカハシ"));
    type(&kiosk, QStringLiteral("kioskMemberGivenKana"), QStringLiteral("結衣"));
    date(&kiosk, QStringLiteral("kioskMemberBirth"), QString(), today.addYears(-2)); // leaves the reading
    QVERIFY(find<QLabel>(&kiosk, QStringLiteral("kioskMemberMessage"))->text().contains(QStringLiteral("kana")));
    tap(&kiosk, QStringLiteral("kioskMemberFemale"));
    tap(&kiosk, QStringLiteral("kioskAddMember"));
    QCOMPARE(list->model()->rowCount(), 1);
    QVERIFY(find<QLabel>(&kiosk, QStringLiteral("kioskMemberMessage"))->text().contains(QStringLiteral("kana")));
    type(&kiosk, QStringLiteral("kioskMemberGivenKana"), QStringLiteral("ゆい"));
    QCOMPARE(find<QComboBox>(&kiosk, QStringLiteral("kioskMemberRelationship"))->currentData().toString(),
        QStringLiteral("子"));
    tap(&kiosk, QStringLiteral("kioskNext")); // adds the one filled in
    QCOMPARE(kiosk.currentScreen(), KioskWindow::Questions);
    QCOMPARE(list->model()->rowCount(), 2);
}

void TestKioskGui::residentEntersAMoveAndTheClerkFindsIt()
{
    Desk desk;
    KioskWindow& kiosk = desk.kiosk;
    QVERIFY(QTest::qWaitForWindowExposed(&kiosk));
    const QDate today = desk.clock.nowUtc().toLocalTime().date();
    enterFamily(kiosk, today);

    tap(&kiosk, QStringLiteral("kioskQuestion_owns_dog_yes"));
    tap(&kiosk, QStringLiteral("kioskQuestion_employee_insurance_yes"));
    shoot(&kiosk, QStringLiteral("kiosk-questions-en"));
    tap(&kiosk, QStringLiteral("kioskNext"));
    QCOMPARE(kiosk.currentScreen(), KioskWindow::Confirm);
    const QString summary = find<QLabel>(&kiosk, QStringLiteral("kioskSummary"))->text();
    QVERIFY(summary.contains(QStringLiteral("髙橋　結衣（タカハシ　ユイ）")));
    QVERIFY(summary.contains(QStringLiteral("神奈川県川崎市中原区小杉町3丁目1番2号")));
    shoot(&kiosk, QStringLiteral("kiosk-confirm-en"));

    tap(&kiosk, QStringLiteral("kioskSubmit"));
    QTRY_COMPARE(kiosk.currentScreen(), KioskWindow::Done);
    QCOMPARE(find<QLabel>(&kiosk, QStringLiteral("kioskNumber"))->text(), QStringLiteral("1"));
    const QString guidance = find<QLabel>(&kiosk, QStringLiteral("kioskGuidance"))->text();
    QVERIFY(guidance.contains(QStringLiteral("Child allowance claim")));
    QVERIFY(guidance.contains(QStringLiteral("Dog registration")));
    QVERIFY(!guidance.contains(QStringLiteral("National Health Insurance enrolment"))); // employee insurance
    shoot(&kiosk, QStringLiteral("kiosk-done-en"));
    // Nothing of the resident is left in the inputs once handed over.
    QVERIFY(find<QLineEdit>(&kiosk, QStringLiteral("kioskToBlock"))->text().isEmpty());
    QVERIFY(find<QLineEdit>(&kiosk, QStringLiteral("kioskMemberGiven"))->text().isEmpty());
    tap(&kiosk, QStringLiteral("kioskFinish"));
    QCOMPARE(kiosk.currentScreen(), KioskWindow::Welcome);
    // Sent on to the central store (the counters' way to it); nothing waits on the tablet.
    QTRY_COMPARE_WITH_TIMEOUT(SyncService::status(*desk.store.db).waiting, 0, 20000);

    // The clerk's Reception page lists it by its number; the case has its checklist.
    const Actor clerk {StaffMember {QStringLiteral("c"), QStringLiteral("c"), QStringLiteral("c"), {Role::Clerk}, true},
        QStringLiteral("ws")};
    MainWindow window(desk.ctx, clerk);
    window.show();
    auto* cases = find<QTableView>(window.receptionPage(), QStringLiteral("todayCasesView"));
    QTRY_COMPARE(cases->model()->rowCount(), 1);
    QCOMPARE(cases->model()->index(0, CaseListModel::QueueNumber).data(Qt::DisplayRole).toInt(), 1);
    const QUuid id = cases->model()->index(0, 0).data(CaseListModel::CaseIdRole).toUuid();
    window.openCase(id);
    auto* tabs = find<QTabWidget>(window.casePage(), QStringLiteral("caseTabs"));
    auto* view = find<QTableView>(window.casePage(), QStringLiteral("guidanceView"));
    tabs->setCurrentWidget(view->parentWidget());
    QTRY_VERIFY(view->model()->rowCount() > 0);
    QStringList what;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        what << view->model()->index(r, GuidanceModel::What).data().toString();
    QVERIFY2(what.contains(QStringLiteral("Child allowance claim")), qPrintable(what.join(u'|')));
    QVERIFY(what.contains(QStringLiteral("Dog registration: new address (new licence tag)")));
    QTRY_VERIFY(find<QLabel>(window.casePage(), QStringLiteral("householdLabel"))
                    ->text()
                    .contains(QStringLiteral("Entered by the resident on the writing desk's tablet.")));
    const auto history = desk.ctx.cases.history(id).value();
    QCOMPARE(history.first().event.detail.value(QStringLiteral("source")).toString(), QStringLiteral("desk"));
}

void TestKioskGui::idleTabletAsksThenForgets()
{
    Desk desk;
    KioskWindow& kiosk = desk.kiosk;
    QVERIFY(QTest::qWaitForWindowExposed(&kiosk));
    const QDate today = desk.clock.nowUtc().toLocalTime().date();
    enterFamily(kiosk, today);
    auto* overlay = find<QWidget>(&kiosk, QStringLiteral("kioskIdleOverlay"));
    desk.clock.advanceSecs(61);
    kiosk.checkIdle();
    QVERIFY(overlay->isVisible());
    QVERIFY(find<QLabel>(&kiosk, QStringLiteral("kioskIdleText"))->text().contains(QStringLiteral("in 29 seconds")));
    shoot(&kiosk, QStringLiteral("kiosk-idle-en"));
    tap(&kiosk, QStringLiteral("kioskStillHere"));
    QVERIFY(!overlay->isVisible());
    QCOMPARE(kiosk.currentScreen(), KioskWindow::Questions); // nothing lost
    QCOMPARE(find<QAbstractItemView>(&kiosk, QStringLiteral("kioskMemberList"))->model()->rowCount(), 2);

    desk.clock.advanceSecs(60);
    kiosk.checkIdle();
    QVERIFY(overlay->isVisible());
    desk.clock.advanceSecs(30);
    kiosk.checkIdle();
    QVERIFY(!overlay->isVisible());
    QCOMPARE(kiosk.currentScreen(), KioskWindow::Welcome);
    QCOMPARE(find<QAbstractItemView>(&kiosk, QStringLiteral("kioskMemberList"))->model()->rowCount(), 0);
    QVERIFY(find<QLineEdit>(&kiosk, QStringLiteral("kioskFromBlock"))->text().isEmpty());
    QVERIFY(find<QLineEdit>(&kiosk, QStringLiteral("kioskMoveDateYear"))->text().isEmpty());
    QCOMPARE(CaseRepository(desk.store.db->connection()).listByQueueDate(desk.ctx.cases.today()).size(), 0);
}

void TestKioskGui::leavingNeedsTheAdministratorsPin()
{
    Desk desk;
    KioskWindow& kiosk = desk.kiosk;
    QVERIFY(QTest::qWaitForWindowExposed(&kiosk));
    QSignalSpy exit(&kiosk, &KioskWindow::exitRequested);
    tap(&kiosk, QStringLiteral("kioskExitButton"));
    auto* panel = find<QWidget>(&kiosk, QStringLiteral("kioskPinPanel"));
    QVERIFY(panel->isVisible());
    type(&kiosk, QStringLiteral("kioskPinInput"), QStringLiteral("1111"));
    tap(&kiosk, QStringLiteral("kioskPinOk"));
    QTRY_VERIFY(find<QPushButton>(&kiosk, QStringLiteral("kioskPinOk"))->isEnabled());
    QCOMPARE(exit.count(), 0);
    QVERIFY(panel->isVisible());
    type(&kiosk, QStringLiteral("kioskPinInput"), QStringLiteral("2468"));
    tap(&kiosk, QStringLiteral("kioskPinOk"));
    QTRY_COMPARE(exit.count(), 1);
    QVERIFY(!panel->isVisible());
}

void TestKioskGui::everyScreenInEveryLanguage()
{
    Desk desk;
    KioskWindow& kiosk = desk.kiosk;
    QVERIFY(QTest::qWaitForWindowExposed(&kiosk));
    const QDate today = desk.clock.nowUtc().toLocalTime().date();
    shoot(&kiosk, QStringLiteral("kiosk-welcome"));
    auto* title = find<QLabel>(&kiosk, QStringLiteral("kioskTitle"));
    auto* movingIn = find<QPushButton>(&kiosk, QStringLiteral("kioskProcedure_moving_in"));
    QStringList seen;
    for (const QString& language : guidance::residentLanguages()) {
        tap(&kiosk, QStringLiteral("kioskLang_") + language);
        QCOMPARE(kiosk.language(), language);
        // Each language its own words (English is the source).
        QVERIFY2(!seen.contains(movingIn->text()), qPrintable(language));
        seen << movingIn->text();
        const bool shootAll = language == QStringLiteral("ja") || language == QStringLiteral("vi");
        shoot(&kiosk, QStringLiteral("kiosk-procedure-") + language);
        tap(movingIn);
        if (shootAll) {
            date(&kiosk, QStringLiteral("kioskMoveDate"), QStringLiteral("令和"), today.addDays(-1));
            shoot(&kiosk, QStringLiteral("kiosk-date-") + language);
            tap(&kiosk, QStringLiteral("kioskNext"));
            type(&kiosk, QStringLiteral("kioskFromPostal"), QStringLiteral("4430000"));
            type(&kiosk, QStringLiteral("kioskFromBlock"), QStringLiteral("5-32-11"));
            type(&kiosk, QStringLiteral("kioskToPostal"), QStringLiteral("2110063"));
            type(&kiosk, QStringLiteral("kioskToBlock"), QStringLiteral("3-1-2"));
            shoot(&kiosk, QStringLiteral("kiosk-addresses-") + language);
            tap(&kiosk, QStringLiteral("kioskNext"));
            QCOMPARE(kiosk.currentScreen(), KioskWindow::Members);
            type(&kiosk, QStringLiteral("kioskMemberFamily"), QStringLiteral("Nguyen"));
            type(&kiosk, QStringLiteral("kioskMemberGiven"), QStringLiteral("Van An"));
            type(&kiosk, QStringLiteral("kioskMemberFamilyKana"), QStringLiteral("グエン"));
            type(&kiosk, QStringLiteral("kioskMemberGivenKana"), QStringLiteral("ヴァン　アン"));
            date(&kiosk, QStringLiteral("kioskMemberBirth"), QString(), QDate(1995, 4, 1));
            find<QComboBox>(&kiosk, QStringLiteral("kioskMemberNationality"))->setCurrentIndex(3);
            shoot(&kiosk, QStringLiteral("kiosk-members-") + language);
            tap(&kiosk, QStringLiteral("kioskNext"));
            QCOMPARE(kiosk.currentScreen(), KioskWindow::Questions);
            shoot(&kiosk, QStringLiteral("kiosk-questions-") + language);
            tap(&kiosk, QStringLiteral("kioskNext"));
            shoot(&kiosk, QStringLiteral("kiosk-confirm-") + language);
            tap(&kiosk, QStringLiteral("kioskSubmit"));
            QTRY_COMPARE(kiosk.currentScreen(), KioskWindow::Done);
            // A foreign resident is told of the residence card, in their language.
            const QString guidance = find<QLabel>(&kiosk, QStringLiteral("kioskGuidance"))->text();
            QVERIFY2(guidance.contains(language == QStringLiteral("ja") ? QStringLiteral("在留カード")
                                                                        : QStringLiteral("thẻ cư trú")),
                qPrintable(guidance));
            shoot(&kiosk, QStringLiteral("kiosk-done-") + language);
            QVERIFY(!title->text().isEmpty());
        }
        kiosk.wipe();
    }
}

// At the writing desk, with a card reader: the resident reads their own My Number card with
// their PIN; their name, birth date and sex fill the member form and they type the reading.
void TestKioskGui::theResidentsCardFillsTheirMember()
{
    Desk desk;
    KioskWindow& kiosk = desk.kiosk;
    test::VirtualMyNumberCard virtualCard;
    virtualCard.name = QStringLiteral("髙橋　美咲");
    virtualCard.birthDate = QDate(1998, 11, 30);
    virtualCard.sex = '2';
    desk.ctx.cardReader = [&virtualCard]() -> Result<std::unique_ptr<card::CardChannel>> {
        return std::unique_ptr<card::CardChannel>(std::make_unique<test::VirtualCardChannel>(virtualCard));
    };
    const QDate today = desk.clock.nowUtc().toLocalTime().date();
    tap(&kiosk, QStringLiteral("kioskLang_en"));
    tap(&kiosk, QStringLiteral("kioskProcedure_moving_in"));
    date(&kiosk, QStringLiteral("kioskMoveDate"), QStringLiteral("令和"), today.addDays(-3));
    tap(&kiosk, QStringLiteral("kioskNext"));
    type(&kiosk, QStringLiteral("kioskFromPostal"), QStringLiteral("1000001"));
    type(&kiosk, QStringLiteral("kioskFromBlock"), QStringLiteral("1-1"));
    type(&kiosk, QStringLiteral("kioskToPostal"), QStringLiteral("211-0063"));
    type(&kiosk, QStringLiteral("kioskToBlock"), QStringLiteral("3丁目1番2号"));
    tap(&kiosk, QStringLiteral("kioskNext"));
    QCOMPARE(kiosk.currentScreen(), KioskWindow::Members);
    bool read = false;
    QTimer::singleShot(0, &kiosk, [&] {
        QWidget* dialog = QApplication::activeModalWidget();
        QVERIFY(dialog && dialog->objectName() == QStringLiteral("cardReadDialog"));
        QTRY_VERIFY(find<QLabel>(dialog, QStringLiteral("cardStateLabel"))->text().contains(QLatin1Char('3')));
        QTest::keyClicks(find<QLineEdit>(dialog, QStringLiteral("cardPinEdit")), QStringLiteral("1234"));
        QTest::mouseClick(find<QPushButton>(dialog, QStringLiteral("readCardNowButton")), Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());
        read = true;
    });
    find<QPushButton>(&kiosk, QStringLiteral("kioskReadCard"))->click();
    QVERIFY(read);
    QCOMPARE(find<QLineEdit>(&kiosk, QStringLiteral("kioskMemberFamily"))->text(), QStringLiteral("髙橋"));
    QCOMPARE(find<QLineEdit>(&kiosk, QStringLiteral("kioskMemberGiven"))->text(), QStringLiteral("美咲"));
    QVERIFY(find<QPushButton>(&kiosk, QStringLiteral("kioskMemberFemale"))->isChecked());
    shoot(&kiosk, QStringLiteral("kiosk-card"));
    // The reading is theirs to type; then the member is taken as entered.
    type(&kiosk, QStringLiteral("kioskMemberFamilyKana"), QStringLiteral("たかはし"));
    type(&kiosk, QStringLiteral("kioskMemberGivenKana"), QStringLiteral("みさき"));
    tap(&kiosk, QStringLiteral("kioskAddMember"));
    QCOMPARE(find<QListWidget>(&kiosk, QStringLiteral("kioskMemberList"))->count(), 1);
    QVERIFY(find<QListWidget>(&kiosk, QStringLiteral("kioskMemberList"))
                ->item(0)
                ->text()
                .contains(QStringLiteral("1998-11-30")));
}

int main(int argc, char** argv)
{
    // The offscreen platform's screen is 800 x 800; the tablet is 1280 x 800, and a touch off
    // the screen reaches nothing.
    QTemporaryDir dir;
    if (qgetenv("QT_QPA_PLATFORM") == "offscreen") {
        QFile config(dir.filePath(QStringLiteral("screen.json")));
        if (config.open(QIODevice::WriteOnly))
            config.write(R"({"screens": [{"name": "tablet", "x": 0, "y": 0, "width": 1280, "height": 800,
                "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
        config.close();
        qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.fileName().toLocal8Bit());
    }
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    QTEST_SET_MAIN_SOURCE_PATH
    TestKioskGui tc;
    return QTest::qExec(&tc, argc, argv);
}
#include "tst_kiosk.moc"
