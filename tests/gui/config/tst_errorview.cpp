// The error view shows what the server said, in the best of its languages.

#include "core/model/displaytext.h"
#include "errorview.h"
#include "guihelpers.h"
#include "plaintooltip.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QTextDocument>
#include <QVBoxLayout>
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

QByteArray errorBody(const QStringList &messages, const QString &detailCode = {},
    const QString &trackingId = {})
{
    QJsonArray array;
    for (const QString &text : messages)
        array.append(QJsonObject { { QStringLiteral("locale"), QStringLiteral("en-US") },
            { QStringLiteral("text"), text } });
    return QJsonDocument(QJsonObject { { QStringLiteral("detailCode"), detailCode },
                             { QStringLiteral("trackingId"), trackingId },
                             { QStringLiteral("messages"), array } })
        .toJson(QJsonDocument::Compact);
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

    // Qt reads a tooltip as rich text when it looks like markup; plainToolTip() shows characters.
    void toolTipsShowTheirCharacters()
    {
        const QString text = QStringLiteral("<b>Abby</b> & \"co\" &amp; <img src=\"file:///etc/hostname\">\nnext");
        QTextDocument document;
        document.setHtml(plainToolTip(text));
        QCOMPARE(document.toPlainText(), text);
        QVERIFY(Qt::mightBeRichText(plainToolTip(QStringLiteral("Tom &amp; Jerry"))));
        QCOMPARE(plainToolTip(QString()), QString());
    }

    void everyLabelIsPlainText()
    {
        ErrorView view;
        view.show();
        view.showError(badRequest(errorBody({ QStringLiteral("<b>Tom</b> & Jerry") },
            QStringLiteral("<h1>code</h1>"), QStringLiteral("<img src=\"file:///etc/hostname\">"))));
        for (const QLabel *label : view.findChildren<QLabel *>())
            QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName()));
        // Shown as sent: not escaped for a rich text label (that showed "&amp;").
        QCOMPARE(labelText(view, "errorMessagesLabel"), isolated(QStringLiteral("<b>Tom</b> & Jerry")));
    }

    // Issue 23: one 10,000-character word made the window 118,648 px wide at least, 14,000 short
    // messages 196,624 px tall.
    void serverTextFitsOnTheScreen_data()
    {
        QTest::addColumn<QByteArray>("body");
        const QString word(10000, u'x');
        QTest::newRow("a 10,000-character word") << errorBody({ word }, word, word);
        QStringList many;
        for (int i = 0; i < 14000; ++i)
            many.append(QStringLiteral("message %1").arg(i));
        QTest::newRow("14,000 short messages") << errorBody(many);
        QTest::newRow("six of the longest messages")
            << errorBody(QStringList(6, QString(1000, u'W')) + QStringList(6, QStringLiteral("Wide ").repeated(200)));
        QTest::newRow("a word, then spaces")
            << errorBody({ QString(39, u'W') + QString(250, u' ') + QString(100, u'W') });
        QTest::newRow("20,000-row table")
            << errorBody({ QStringLiteral("x") }, {},
                   QStringLiteral("<table>") + QStringLiteral("<tr><td>x</td></tr>").repeated(20000) + QStringLiteral("</table>"));
        QTest::newRow("10,000 line breaks")
            << errorBody({ QStringLiteral("a\n").repeated(10000) });
    }
    void serverTextFitsOnTheScreen()
    {
        QFETCH(QByteArray, body);
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *view = new ErrorView;
        layout->addWidget(view);
        window.show();
        view->showError(badRequest(body));
        const QRect screen = window.screen()->availableGeometry();
        const QSize minimum = window.minimumSizeHint();
        const QSize preferred = window.sizeHint();
        const QString sizes = QStringLiteral("minimum %1x%2, preferred %3x%4 on %5x%6")
                                  .arg(minimum.width()).arg(minimum.height())
                                  .arg(preferred.width()).arg(preferred.height())
                                  .arg(screen.width()).arg(screen.height());
        QVERIFY2(minimum.width() <= screen.width() * 2 / 3, qPrintable(sizes));
        QVERIFY2(preferred.width() <= screen.width(), qPrintable(sizes));
        QVERIFY2(preferred.height() <= screen.height() * 2 / 3, qPrintable(sizes));
        QVERIFY2(view->heightForWidth(minimum.width()) <= screen.height() * 2 / 3, qPrintable(sizes));
        QVERIFY2(labelText(*view, "errorMessagesLabel").count(u'\n') <= DisplayText::maxShownTexts, qPrintable(sizes));
    }

    // A message or two shows whole; beyond ErrorView::maxMessageLines lines the messages scroll.
    void manyMessagesScrollAndFewDoNot()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *view = new ErrorView;
        layout->addWidget(view);
        layout->addStretch();
        window.resize(600, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *area = view->findChild<QScrollArea *>(QStringLiteral("errorMessagesScrollArea"));
        QVERIFY(area);
        view->showError(badRequest());
        QTRY_VERIFY(area->isVisible());
        QVERIFY(!area->verticalScrollBar()->isVisible());
        QCOMPARE(area->height(), child<QLabel>(view, "errorMessagesLabel")->height());

        view->showError(badRequest(errorBody(QStringList(6, QStringLiteral("Wide words ").repeated(27)))));
        QTRY_VERIFY(area->verticalScrollBar()->isVisible());
        const int lineSpacing = QFontMetrics(child<QLabel>(view, "errorMessagesLabel")->font()).lineSpacing();
        QVERIFY(area->height() <= ErrorView::maxMessageLines * lineSpacing + 2);
        QVERIFY(child<QLabel>(view, "errorMessagesLabel")->height() > area->height());
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
