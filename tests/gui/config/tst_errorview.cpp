// The error view shows what the server said, in the best of its languages.

#include "errorview.h"
#include "guihelpers.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Passdesk;
using namespace Passdesk::Testing;

namespace {

const QByteArray multiLocaleBody = R"({
  "detailCode": "400.1 Bad Request Content",
  "trackingId": "0123456789abcdef0123456789abcdef",
  "messages": [
    {"locale": "en-US", "localeOrigin": "DEFAULT", "text": "The request was invalid."},
    {"locale": "de-DE", "localeOrigin": "REQUEST", "text": "Die Anfrage war ungültig."},
    {"locale": "fr", "localeOrigin": "REQUEST", "text": "La requête était invalide."}
  ],
  "causes": [
    {"locale": "en-US", "localeOrigin": "DEFAULT", "text": "digitTokenLength must be between 6 and 18."},
    {"locale": "de-DE", "localeOrigin": "REQUEST", "text": "digitTokenLength muss zwischen 6 und 18 liegen."}
  ]
})";

ApiError badRequest(const QByteArray &body = multiLocaleBody)
{
    ApiError error = ApiError::fromHttpResponse(400, body, "application/json", {}, "req-42");
    error.operation = QStringLiteral("Save password org config");
    return error;
}

QString labelText(ErrorView &view, const char *name)
{
    return child<QLabel>(&view, name)->text();
}

} // namespace

class TestErrorView : public QObject
{
    Q_OBJECT

private slots:
    void picksTheUiLanguagesMessages()
    {
        ErrorView view;
        view.setUiLanguages({QStringLiteral("de-DE"), QStringLiteral("de")});
        view.show();
        view.showError(badRequest());
        QVERIFY(view.isVisible());
        QVERIFY(labelText(view, "errorMessagesLabel").contains(QStringLiteral("Die Anfrage war ungültig.")));
        QVERIFY(labelText(view, "errorMessagesLabel").contains(QStringLiteral("muss zwischen 6 und 18")));
        QVERIFY(!labelText(view, "errorMessagesLabel").contains(QLatin1String("The request was invalid")));
        QVERIFY(!child<QLabel>(&view, "errorDefaultLocaleNoteLabel")->isVisible());
        QCOMPARE(labelText(view, "errorDetailCodeLabel"), isolated(QStringLiteral("400.1 Bad Request Content")));
        QCOMPARE(labelText(view, "errorTrackingIdLabel"), isolated(QStringLiteral("0123456789abcdef0123456789abcdef")));
        QCOMPARE(labelText(view, "errorRequestIdLabel"), isolated(QStringLiteral("req-42")));
        QVERIFY(labelText(view, "errorSummaryLabel").contains(QLatin1String("400")));
    }

    void sameLanguageBeatsEnglish()
    {
        ErrorView view;
        view.setUiLanguages({QStringLiteral("fr-CA")});
        view.show();
        view.showError(badRequest());
        QVERIFY(labelText(view, "errorMessagesLabel").contains(QStringLiteral("La requête était invalide.")));
    }

    void saysWhenTheServerFellBackToItsDefault()
    {
        ErrorView view;
        view.setUiLanguages({QStringLiteral("ja-JP")});
        view.show();
        view.showError(badRequest());
        QVERIFY(labelText(view, "errorMessagesLabel").contains(QLatin1String("The request was invalid.")));
        QVERIFY(child<QLabel>(&view, "errorDefaultLocaleNoteLabel")->isVisible());
    }

    void copyDetailsPutsEverythingForATicketOnTheClipboard()
    {
        ErrorView view;
        view.setTenantName(QStringLiteral("acme-sandbox"));
        view.setUiLanguages({QStringLiteral("en-US")});
        view.show();
        view.showError(badRequest());
        child<QPushButton>(&view, "errorCopyDetailsButton")->click();
        const QString copied = QGuiApplication::clipboard()->text();
        for (const char *expected : {"acme-sandbox", "Save password org config", "0123456789abcdef0123456789abcdef",
                                     "req-42", "400.1 Bad Request Content", "HTTP status: 400", "between 6 and 18"})
            QVERIFY2(copied.contains(QLatin1String(expected)), expected);
    }

    void copyDetailsSaysItWorkedAndCarriesUtcTime()
    {
        ErrorView view;
        view.show();
        view.showError(badRequest());
        auto *copy = child<QPushButton>(&view, "errorCopyDetailsButton");
        const QString label = copy->text();
        copy->click();
        QVERIFY(copy->text() != label);
        QVERIFY(QGuiApplication::clipboard()->text().contains(QRegularExpression(QStringLiteral(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)"))));
        QTRY_COMPARE_WITH_TIMEOUT(copy->text(), label, 5000);
    }

    void retryCanBeHidden()
    {
        ErrorView view;
        view.show();
        view.setRetryVisible(false);
        view.showError(badRequest());
        QVERIFY(!child<QPushButton>(&view, "errorRetryButton")->isVisible());
        view.setRetryVisible(true);
        QVERIFY(child<QPushButton>(&view, "errorRetryButton")->isVisible());
    }

    void cappedRetryAfterIsExplained()
    {
        ErrorView view;
        view.show();
        view.showError(ApiError::fromHttpResponse(429, {}, {}, "999999", {}));
        QVERIFY(view.error().retryAfterCapped);
        QVERIFY(labelText(view, "errorRetryCountdownLabel").contains(QLatin1String("at most an hour")));
        view.clear();
    }

    void rateLimitCountsDownAndReleasesRetry()
    {
        ErrorView view;
        view.show();
        QSignalSpy blocked(&view, &ErrorView::retryBlockedChanged);
        const ApiError limited = ApiError::fromHttpResponse(429, R"({"message":" Rate Limit Exceeded "})",
                                                            "application/json", "1", "req-1");
        view.showError(limited);
        QVERIFY(view.isRetryBlocked());
        QVERIFY(!child<QPushButton>(&view, "errorRetryButton")->isEnabled());
        QVERIFY(labelText(view, "errorRetryCountdownLabel").contains(QLatin1String("1 second")));
        QVERIFY(labelText(view, "errorMessagesLabel").contains(QLatin1String("Rate Limit Exceeded")));
        // Only the countdown line carries a number, so the two never disagree.
        QVERIFY(labelText(view, "errorSummaryLabel").contains(QLatin1String("Too many requests")));
        QVERIFY(!labelText(view, "errorSummaryLabel").contains(u'1'));
        QTRY_VERIFY_WITH_TIMEOUT(!view.isRetryBlocked(), 5000);
        QVERIFY(child<QPushButton>(&view, "errorRetryButton")->isEnabled());
        QCOMPARE(blocked.count(), 2);
        QCOMPARE(blocked.at(0).first().toBool(), true);
        QCOMPARE(blocked.at(1).first().toBool(), false);
    }

    void rateLimitWithoutRetryAfterUsesADefault()
    {
        ErrorView view;
        view.show();
        view.showError(ApiError::fromHttpResponse(429, {}, {}, {}, {}));
        QVERIFY(view.isRetryBlocked());
        QVERIFY(labelText(view, "errorRetryCountdownLabel").contains(QString::number(ErrorView::defaultRetryAfterSeconds)));
        view.clear();
        QVERIFY(!view.isVisible());
        QVERIFY(!view.isRetryBlocked());
    }

    void networkFailuresAreInPlainWords()
    {
        ErrorView view;
        view.show();
        ApiError error;
        error.kind = ApiError::Kind::Network;
        error.technicalDetail = QStringLiteral("The server refused the connection. Is the address right and the service running?");
        view.showError(error);
        QVERIFY(!labelText(view, "errorSummaryLabel").isEmpty());
        QVERIFY(!labelText(view, "errorSummaryLabel").contains(QLatin1String("Error")));
        QVERIFY(labelText(view, "errorMessagesLabel").contains(QLatin1String("refused the connection")));
    }

    void tlsFailuresShowTheCertificate()
    {
        ErrorView view;
        view.show();
        ApiError error;
        error.kind = ApiError::Kind::Tls;
        error.certificate = CertificateInfo {QStringLiteral("evil.example"), QStringLiteral("Self Signed"),
                                             QStringLiteral("AB:CD"), {}, {}, {QStringLiteral("The certificate is self-signed")}};
        view.showError(error);
        QVERIFY(child<QLabel>(&view, "errorCertificateLabel")->isVisible());
        QVERIFY(labelText(view, "errorCertificateLabel").contains(QLatin1String("evil.example")));
        QVERIFY(labelText(view, "errorCertificateLabel").contains(QLatin1String("AB:CD")));
    }
};

QTEST_MAIN(TestErrorView)
#include "tst_errorview.moc"
