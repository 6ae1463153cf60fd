// The counter's idle lock on a clock the test moves: warning before, locked after, locked it
// stays whatever happens until the password is given again.
#include "domain/Clock.h"
#include "security/IdleLock.h"

#include <QTest>

using namespace mdg;

class TestIdleLock : public QObject
{
    Q_OBJECT
private slots:
    void warnsThenLocksAndStaysLocked();
    void activityKeepsItOpen();
    void lockNowAndUnlock();
};

void TestIdleLock::warnsThenLocksAndStaysLocked()
{
    ManualClock clock(QDateTime(QDate(2026, 4, 1), QTime(1, 0), Qt::UTC));
    IdleLock lock(clock, 15 * 60, 2 * 60);
    QCOMPARE(lock.check(), IdleLock::State::Active);
    clock.advanceSecs(12 * 60 + 59);
    QCOMPARE(lock.check(), IdleLock::State::Active);
    clock.advanceSecs(1);
    QCOMPARE(lock.check(), IdleLock::State::Warning);
    QCOMPARE(lock.secondsToLock(), 120);
    clock.advanceSecs(120);
    QCOMPARE(lock.check(), IdleLock::State::Locked);
    lock.activity(); // a passer-by moves the mouse
    QCOMPARE(lock.check(), IdleLock::State::Locked);
    clock.advanceSecs(3600);
    QCOMPARE(lock.check(), IdleLock::State::Locked);
}

void TestIdleLock::activityKeepsItOpen()
{
    ManualClock clock(QDateTime(QDate(2026, 4, 1), QTime(1, 0), Qt::UTC));
    IdleLock lock(clock, 15 * 60, 2 * 60);
    for (int i = 0; i < 10; ++i) {
        clock.advanceSecs(14 * 60);
        QCOMPARE(lock.check(), IdleLock::State::Warning);
        lock.activity();
        QCOMPARE(lock.check(), IdleLock::State::Active);
    }
}

void TestIdleLock::lockNowAndUnlock()
{
    ManualClock clock(QDateTime(QDate(2026, 4, 1), QTime(1, 0), Qt::UTC));
    IdleLock lock(clock);
    lock.lockNow();
    QCOMPARE(lock.check(), IdleLock::State::Locked);
    clock.advanceSecs(60);
    lock.unlocked();
    QCOMPARE(lock.check(), IdleLock::State::Active);
    clock.advanceSecs(IdleLock::LockAfterSecs - 1);
    QCOMPARE(lock.check(), IdleLock::State::Warning); // counted from the unlock
    clock.advanceSecs(1);
    QCOMPARE(lock.check(), IdleLock::State::Locked);
}

QTEST_GUILESS_MAIN(TestIdleLock)
#include "tst_idlelock.moc"
