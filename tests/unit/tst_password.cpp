#include "security/PasswordHasher.h"
#include "security/SignInThrottle.h"

#include <QTest>

using namespace mdg;

class TestPassword : public QObject
{
    Q_OBJECT
private slots:
    void rightAndWrongPassword();
    void storedFormHoldsNoPassword();
    void saltMakesEachHashDifferent();
    void iterationsAtLeastPolicy();
    void malformedStoredFormsAreRejected();
    void throttleLocksAfterFailures();
};

void TestPassword::rightAndWrongPassword()
{
    const QString stored = PasswordHasher::hash(QStringLiteral("correct horse 馬"));
    QVERIFY(PasswordHasher::verify(QStringLiteral("correct horse 馬"), stored));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("correct horse 鹿"), stored));
    QVERIFY(!PasswordHasher::verify(QString(), stored));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("correct horse 馬 "), stored));
}

void TestPassword::storedFormHoldsNoPassword()
{
    const QString password = QStringLiteral("s3cret-passw0rd");
    const QString stored = PasswordHasher::hash(password);
    QVERIFY(!stored.contains(password));
    QVERIFY(!stored.contains(QString::fromLatin1(password.toUtf8().toBase64())));
    QVERIFY(!stored.toUtf8().contains(password.toUtf8().toHex()));
    QVERIFY(stored.startsWith(QStringLiteral("pbkdf2-sha256$")));
}

void TestPassword::saltMakesEachHashDifferent()
{
    const QString a = PasswordHasher::hash(QStringLiteral("same"));
    const QString b = PasswordHasher::hash(QStringLiteral("same"));
    QVERIFY(a != b);
    QVERIFY(PasswordHasher::verify(QStringLiteral("same"), a));
    QVERIFY(PasswordHasher::verify(QStringLiteral("same"), b));
}

void TestPassword::iterationsAtLeastPolicy()
{
    const QString stored = PasswordHasher::hash(QStringLiteral("x"));
    QVERIFY(stored.section(QLatin1Char('$'), 1, 1).toInt() >= 600000);
    QVERIFY(!PasswordHasher::needsRehash(stored));
    const QString weak = PasswordHasher::hash(QStringLiteral("x"), 1000);
    QVERIFY(PasswordHasher::verify(QStringLiteral("x"), weak));
    QVERIFY(PasswordHasher::needsRehash(weak));
}

void TestPassword::malformedStoredFormsAreRejected()
{
    for (const char* bad :
        {"", "plain", "pbkdf2-sha256$600000$$", "md5$1$AAAA$BBBB", "pbkdf2-sha256$-5$AAAAAAAAAAAAAAAAAAAAAA==$AAAA"})
        QVERIFY2(!PasswordHasher::verify(QStringLiteral("plain"), QString::fromLatin1(bad)), bad);
}

void TestPassword::throttleLocksAfterFailures()
{
    const QDateTime t0 = QDateTime::fromString(QStringLiteral("2026-03-30T09:00:00Z"), Qt::ISODate);
    QVERIFY(!SignInThrottle::isLocked(SignInThrottle::FreeAttempts - 1, t0, t0));
    QVERIFY(SignInThrottle::isLocked(SignInThrottle::FreeAttempts, t0, t0.addSecs(1)));
    QVERIFY(!SignInThrottle::isLocked(SignInThrottle::FreeAttempts, t0, t0.addSecs(SignInThrottle::FirstLockSecs)));
    // Each further failure doubles the lock, up to the ceiling.
    QCOMPARE(t0.secsTo(SignInThrottle::lockedUntil(SignInThrottle::FreeAttempts + 1, t0)),
        2 * SignInThrottle::FirstLockSecs);
    QCOMPARE(t0.secsTo(SignInThrottle::lockedUntil(50, t0)), SignInThrottle::MaxLockSecs);
}

QTEST_GUILESS_MAIN(TestPassword)
#include "tst_password.moc"
