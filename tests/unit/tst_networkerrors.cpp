// Qt's network errors in plain words.

#include "core/net/networkerrors.h"

#include <QMetaEnum>
#include <QSet>
#include <QTest>

using namespace Passdesk;

class TestNetworkErrors : public QObject
{
    Q_OBJECT

private slots:
    void everyErrorHasWords()
    {
        const QMetaEnum errors = QMetaEnum::fromType<QNetworkReply::NetworkError>();
        QVERIFY(errors.keyCount() > 30);
        for (int i = 0; i < errors.keyCount(); ++i) {
            const auto error = static_cast<QNetworkReply::NetworkError>(errors.value(i));
            const QString text = describeNetworkError(error);
            if (error == QNetworkReply::NoError) {
                QVERIFY(text.isEmpty());
                continue;
            }
            QVERIFY2(!text.isEmpty(), errors.key(i));
            QVERIFY2(
                text.endsWith(u'.') || text.endsWith(u'?'), qPrintable(text)); // whole sentences
            QVERIFY2(!text.contains(QLatin1String("%1")), qPrintable(text));
        }
    }

    void commonFailuresAreToldApart()
    {
        const QList<QNetworkReply::NetworkError> distinct { QNetworkReply::ConnectionRefusedError,
            QNetworkReply::RemoteHostClosedError, QNetworkReply::HostNotFoundError,
            QNetworkReply::TimeoutError, QNetworkReply::OperationCanceledError,
            QNetworkReply::SslHandshakeFailedError, QNetworkReply::TemporaryNetworkFailureError,
            QNetworkReply::ProxyConnectionRefusedError, QNetworkReply::ProtocolFailure,
            QNetworkReply::UnknownNetworkError };
        QSet<QString> texts;
        for (const auto error : distinct)
            texts.insert(describeNetworkError(error));
        QCOMPARE(texts.size(), distinct.size());
    }

    void wordsSayWhatHappened()
    {
        QVERIFY(describeNetworkError(QNetworkReply::ConnectionRefusedError)
                    .contains(QLatin1String("refused")));
        QVERIFY(describeNetworkError(QNetworkReply::HostNotFoundError)
                    .contains(QLatin1String("name could not be found")));
        QVERIFY(describeNetworkError(QNetworkReply::SslHandshakeFailedError)
                    .contains(QLatin1String("TLS")));
        QVERIFY(describeNetworkError(QNetworkReply::OperationCanceledError)
                    .contains(QLatin1String("cancelled")));
        for (const auto proxy :
            { QNetworkReply::ProxyConnectionRefusedError, QNetworkReply::ProxyNotFoundError,
                QNetworkReply::ProxyTimeoutError, QNetworkReply::ProxyAuthenticationRequiredError })
            QVERIFY(describeNetworkError(proxy).contains(QLatin1String("proxy")));
    }

    void othersNameTheirCode()
    {
        QVERIFY(describeNetworkError(QNetworkReply::ContentConflictError)
                    .contains(QString::number(QNetworkReply::ContentConflictError)));
        // Content and server errors have their own words, not the generic fallback.
        const QString generic = describeNetworkError(static_cast<QNetworkReply::NetworkError>(9999))
                                    .replace(QLatin1String("9999"), QLatin1String("%1"));
        for (const auto error :
            { QNetworkReply::ContentNotFoundError, QNetworkReply::ContentAccessDenied,
                QNetworkReply::InternalServerError, QNetworkReply::ServiceUnavailableError }) {
            const QString text = describeNetworkError(error);
            QVERIFY2(text.contains(QString::number(error)), qPrintable(text));
            QVERIFY2(text != generic.arg(int(error)), qPrintable(text));
        }
        QVERIFY(describeNetworkError(QNetworkReply::ContentNotFoundError)
            != describeNetworkError(QNetworkReply::InternalServerError));
        const auto unknown = static_cast<QNetworkReply::NetworkError>(9999);
        QVERIFY(describeNetworkError(unknown).contains(QLatin1String("9999")));
    }
};

QTEST_APPLESS_MAIN(TestNetworkErrors)
#include "tst_networkerrors.moc"
