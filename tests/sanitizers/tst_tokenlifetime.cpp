// Regression test for a sanitizer finding: an OAuth token answer with an absurd `expires_in`
// overflowed a signed multiplication (undefined behaviour, fatal under PASSDESK_SANITIZE).
// Now the lifetime is capped at a day and the token is still used.

#include "core/auth/accesstokenprovider.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Passdesk;

class TestTokenLifetime : public QObject
{
    Q_OBJECT

private slots:
    void absurdLifetimes_data()
    {
        QTest::addColumn<QByteArray>("expiresIn");
        QTest::addColumn<qint64>("minimumSeconds"); // lower bound of the usable lifetime
        QTest::addColumn<qint64>("maximumSeconds"); // upper bound
        QTest::newRow("int64 max")
            << QByteArray("9223372036854775807") << qint64(3600) << qint64(24 * 3600);
        QTest::newRow("past int64")
            << QByteArray("9223372036854775808") << qint64(0) << qint64(24 * 3600);
        QTest::newRow("huge double") << QByteArray("1e300") << qint64(0) << qint64(24 * 3600);
        QTest::newRow("negative") << QByteArray("-9223372036854775807") << qint64(0) << qint64(1);
        QTest::newRow("ordinary") << QByteArray("750") << qint64(700) << qint64(720);
    }

    void absurdLifetimes()
    {
        QFETCH(QByteArray, expiresIn);
        QFETCH(qint64, minimumSeconds);
        QFETCH(qint64, maximumSeconds);

        QHttpServer server;
        const QByteArray body
            = "{\"access_token\":\"t0ken\",\"token_type\":\"bearer\",\"expires_in\":" + expiresIn
            + ",\"scope\":\"sp:scopes:default\"}";
        server.route(QStringLiteral("/oauth/token"),
            [body] { return QHttpServerResponse(QByteArrayLiteral("application/json"), body); });
        const quint16 port = server.listen(QHostAddress::LocalHost);
        QVERIFY(port != 0);

        QNetworkAccessManager network;
        AccessTokenProvider provider(&network);
        ConnectionSettings connection;
        connection.apiRoot = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        connection.clientId = QStringLiteral("client");
        connection.clientSecret = QStringLiteral("secret");
        provider.setConnection(connection);

        QString token;
        ApiError error;
        bool called = false;
        const QDateTime before = QDateTime::currentDateTimeUtc();
        provider.withToken(this, [&](const QString &accessToken, const ApiError &tokenError) {
            token = accessToken;
            error = tokenError;
            called = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(called, 10000);
        QVERIFY2(!error.isError(), qPrintable(error.summary()));
        QCOMPARE(token, QStringLiteral("t0ken"));
        const QDateTime after = QDateTime::currentDateTimeUtc();
        QVERIFY(provider.expiresAt().isValid());
        QVERIFY(provider.expiresAt() >= before.addSecs(minimumSeconds));
        QVERIFY(provider.expiresAt() <= after.addSecs(maximumSeconds));
    }
};

QTEST_GUILESS_MAIN(TestTokenLifetime)
#include "tst_tokenlifetime.moc"
