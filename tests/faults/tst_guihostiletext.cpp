// A hostile server over real loopback sockets (a raw TCP responder): markup, entities, bidi
// controls, control characters, unpaired surrogates, invalid UTF-8, overlong words and floods
// of messages in every server field the error view and the token dialog show. Each test checks
// what is displayed, character for character, and that no label reads markup (issue 23).

#include "core/model/displaytext.h"
#include "core/tenants/connectiontester.h"
#include "guifaultrig.h"
#include "identitylookup.h"

#include <QListView>
#include <QAbstractItemView>
#include <QClipboard>
#include <QCompleter>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QTextDocument>

using namespace Passdesk;
using namespace Passdesk::Testing;

namespace {

const QByteArray identitiesSuffix = QByteArrayLiteral("/public-identities");
const QChar fffd(0xFFFD);
const QChar zwsp(0x200B);
const QChar ellipsis(0x2026);

QJsonArray localized(const QStringList &texts)
{
    QJsonArray array;
    for (const QString &text : texts)
        array.append(QJsonObject { { QStringLiteral("locale"), QStringLiteral("en-US") },
            { QStringLiteral("localeOrigin"), QStringLiteral("DEFAULT") },
            { QStringLiteral("text"), text } });
    return array;
}

// JSON cannot carry an unpaired surrogate through QJsonDocument; the escape is written here.
QByteArray withLoneSurrogates(QByteArray json)
{
    return json.replace("LONE-HIGH", "\\ud800").replace("LONE-LOW", "\\udc00");
}

QString xs(int count, QChar c = u'x')
{
    return QString(count, c);
}

// A word with a break opportunity after every 32 characters, as DisplayText breaks it.
QString brokenEvery32(const QString &word)
{
    QString text;
    for (int i = 0; i < word.size(); ++i) {
        if (i > 0 && i % 32 == 0)
            text += zwsp;
        text += word.at(i);
    }
    return text;
}

const QString imageTag
    = QStringLiteral("<img src=\"file:///etc/hostname\" width=\"20000\" height=\"20000\">");

QString tableOf(int rows)
{
    return QStringLiteral("<table>") + QStringLiteral("<tr><td>x</td></tr>").repeated(rows)
        + QStringLiteral("</table>");
}

// The hostile ErrorResponseDto of issue 23: ten messages and causes, each trying something.
QByteArray hostileErrorBody()
{
    const QStringList messages { QStringLiteral("<h1>big</h1>"), QStringLiteral("Tom & \"Jerry\""),
        QStringLiteral("Tom &amp; Jerry"), QStringLiteral("evil\u202Egnp.exe then this"),
        QStringLiteral("open\u2067 isolate, LONE-HIGH lone, LONE-LOW low"), xs(10000) };
    const QStringList causes { QStringLiteral("line\nbreak\ttab\u2028sep"), QStringLiteral("c2"),
        QStringLiteral("c3"), QStringLiteral("c4") };
    const QJsonObject object { { QStringLiteral("detailCode"), imageTag },
        { QStringLiteral("trackingId"), tableOf(20000) },
        { QStringLiteral("messages"), localized(messages) },
        { QStringLiteral("causes"), localized(causes) } };
    return withLoneSurrogates(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// A header value arrives as bytes: Latin-1 for Passdesk, unprintable ones dropped.
const QByteArray hostileRequestId = QByteArrayLiteral("<b>req</b>&amp;\xE2\x80\xAE-42");

QString label(QWidget *parent, const char *name)
{
    return child<QLabel>(parent, name)->text();
}

// What a rich-text tooltip shows, as characters.
QString toolTipShows(const QString &toolTip)
{
    QTextDocument document;
    document.setHtml(toolTip);
    return document.toPlainText();
}

void verifyAllPlain(QWidget *parent)
{
    for (const QLabel *shown : parent->findChildren<QLabel *>())
        QVERIFY2(shown->textFormat() == Qt::PlainText, qPrintable(shown->objectName()));
}

} // namespace

class TestGuiHostileText : public QObject, private GuiFaultRig
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(setUp()); }
    void cleanup() { tearDown(); }

    void errorViewShowsEveryServerFieldAsText();
    void invalidUtf8IsShownAsReplacementCharacters();
    void fieldErrorsBesideTheInputsAreText();
    void identityFieldsAreTextInTheListTooltipAndDetails();
    void configValuesOfTheWrongTypeAreShownAsText();
    void aTokenThatIsNotDigitsIsRefusedAndNeverShown();
    void theTokensRequestIdIsText();
    void theConnectionTestListsServerWordsAsTheErrorViewDoes();
};

void TestGuiHostileText::errorViewShowsEveryServerFieldAsText()
{
    m_raw->setAnswer(orgConfigSuffix,
        RawResponder::send(400, "application/json", hostileErrorBody(),
            { { "SLPT-Request-ID", hostileRequestId } }));
    showPage();
    ErrorView *errors = pageErrors();
    QTRY_VERIFY_WITH_TIMEOUT(errors->hasError() && errors->isVisible(), faultWaitMs);
    verifyAllPlain(errors);

    const QStringList lines = label(errors, "errorMessagesLabel").split(u'\n');
    const QStringList expected {
        isolated(QStringLiteral("<h1>big</h1>")),
        isolated(QStringLiteral("Tom & \"Jerry\"")),
        isolated(QStringLiteral("Tom &amp; Jerry")), // as the server wrote it
        isolated(QStringLiteral("evil") + fffd + QStringLiteral("gnp.exe then this")),
        isolated(QStringLiteral("open") + fffd + QStringLiteral(" isolate, ") + fffd
            + QStringLiteral(" lone, ") + fffd + QStringLiteral(" low")),
        isolated(brokenEvery32(xs(299)) + ellipsis),
        QStringLiteral("and 4 more"), // a seventh message and three more causes
    };
    QCOMPARE(lines, expected);
    QCOMPARE(label(errors, "errorDetailCodeLabel"), isolated(imageTag));
    // The table is cut at 159 characters; its tags are break opportunities, so only the
    // characters are compared here (the x runs above pin where DisplayText breaks a word).
    QCOMPARE(label(errors, "errorTrackingIdLabel").remove(zwsp),
        isolated(tableOf(20000).left(159) + ellipsis));
    QCOMPARE(label(errors, "errorRequestIdLabel"),
        isolated(QStringLiteral("<b>req</b>&amp;\u00E2\u00AE-42"))); // 0x80 is a C1 control
    // Copy details keeps every message, as the server sent it.
    child<QPushButton>(errors, "errorCopyDetailsButton")->click();
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY(copied.contains(QStringLiteral("[en-US] c4")));
    QVERIFY(copied.contains(xs(10000)));

    // Nothing of it makes the page wider than the screen or taller than it.
    const QRect screen = m_page->screen()->availableGeometry();
    QVERIFY2(m_page->minimumSizeHint().width() <= screen.width(),
        qPrintable(QString::number(m_page->minimumSizeHint().width())));
    QVERIFY2(errors->minimumSizeHint().height() <= screen.height(),
        qPrintable(QString::number(errors->minimumSizeHint().height())));
}

void TestGuiHostileText::invalidUtf8IsShownAsReplacementCharacters()
{
    // Not valid JSON text any more: the answer is summarised from its bytes.
    m_raw->setAnswer(orgConfigSuffix,
        RawResponder::send(400, "application/json",
            QByteArrayLiteral("{\"detailCode\":\"bad \xC3\x28 utf8 \xFF\"}")));
    showPage();
    ErrorView *errors = pageErrors();
    QTRY_VERIFY_WITH_TIMEOUT(errors->hasError() && errors->isVisible(), faultWaitMs);
    verifyAllPlain(errors);
    QCOMPARE(label(errors, "errorMessagesLabel"),
        isolated(QStringLiteral("{\"detailCode\":\"bad ") + fffd + QStringLiteral("( utf8 ") + fffd
            + QStringLiteral("\"}")));
    QVERIFY(label(errors, "errorDetailCodeLabel").isEmpty());
}

void TestGuiHostileText::fieldErrorsBesideTheInputsAreText()
{
    const QJsonObject object { { QStringLiteral("detailCode"), QStringLiteral("400.1.0 Bad") },
        { QStringLiteral("causes"),
            localized({ QStringLiteral("The length <b>must</b> be \u202E6 to 18 &amp; more"),
                QStringLiteral("durationMinutes <img src=\"file:///etc/hostname\">"),
                QString(QStringLiteral("abby.smith: ") + xs(100, u'z')) }) } };
    m_raw->setAnswer(digitSuffix,
        RawResponder::send(400, "application/json", QJsonDocument(object).toJson()));
    showDialog();
    fillRequest(QStringLiteral("abby.smith"));
    child<QPushButton>(m_dialog.get(), "generateButton")->click();
    ErrorView *errors = dialogErrors();
    QTRY_VERIFY_WITH_TIMEOUT(errors->hasError(), faultWaitMs);
    verifyAllPlain(m_dialog.get());
    QCOMPARE(label(m_dialog.get(), "tokenLengthErrorLabel"),
        isolated(QStringLiteral("The length <b>must</b> be ") + fffd
            + QStringLiteral("6 to 18 &amp; more")));
    QCOMPARE(label(m_dialog.get(), "tokenDurationErrorLabel"),
        isolated(QStringLiteral("durationMinutes <img src=\"file:///etc/hostname\">")));
    // The uid's own cause, its overlong word broken after 32 characters.
    QCOMPARE(label(m_dialog.get(), "userIdErrorLabel"),
        isolated(QStringLiteral("abby.smith: ") + brokenEvery32(xs(100, u'z'))));
}

void TestGuiHostileText::identityFieldsAreTextInTheListTooltipAndDetails()
{
    const QJsonArray identities {
        QJsonObject { { QStringLiteral("id"), QStringLiteral("1") },
            { QStringLiteral("name"), QStringLiteral("Abby Smith<b></b> <!--") },
            { QStringLiteral("alias"), QStringLiteral("abby.smith") },
            { QStringLiteral("email"), QStringLiteral("abby&amp;co@acme.example") },
            { QStringLiteral("status"), QStringLiteral("Active") },
            { QStringLiteral("identityState"), QStringLiteral("INACTIVE_LONG_TERM<img src=x>\u202E") } },
        QJsonObject { { QStringLiteral("id"), QStringLiteral("2") },
            { QStringLiteral("name"), QString(QStringLiteral("\u202Eevil") + xs(300, u'n')) },
            { QStringLiteral("alias"), QStringLiteral("abe") },
            { QStringLiteral("email"), QStringLiteral("abe@acme.example") },
            { QStringLiteral("status"), QStringLiteral("Active<h1>") },
            { QStringLiteral("identityState"), QStringLiteral("ACTIVE") } },
    };
    m_raw->setAnswer(identitiesSuffix,
        RawResponder::send(200, "application/json", QJsonDocument(identities).toJson()));
    showDialog();
    auto *lineEdit = child<QLineEdit>(m_dialog.get(), "userIdLineEdit");
    lineEdit->setFocus();
    QTest::keyClicks(lineEdit, QStringLiteral("ab"));
    QListView *popup = m_dialog->findChild<IdentityLookup *>()->suggestions();
    QTRY_VERIFY_WITH_TIMEOUT(popup->isVisible(), faultWaitMs);
    const QAbstractItemModel *model = popup->model();
    QCOMPARE(model->rowCount(), 2);

    const QString abbyState = isolated(QStringLiteral("INACTIVE_LONG_TERM<img src=x>") + fffd);
    QCOMPARE(model->index(0, 0).data().toString(),
        isolated(QStringLiteral("Abby Smith<b></b> <!--")) + QStringLiteral(" — ")
            + isolated(QStringLiteral("abby&amp;co@acme.example")) + QStringLiteral(" (")
            + isolated(QStringLiteral("abby.smith")) + QStringLiteral(") — inactive: ") + abbyState);
    const QString toolTip = model->index(0, 0).data(Qt::ToolTipRole).toString();
    QCOMPARE(toolTipShows(toolTip),
        QStringLiteral("This identity is inactive (") + abbyState + QStringLiteral(")."));
    QVERIFY(!toolTip.contains(QLatin1String("<img")));
    // Cut to 159 characters and an ellipsis, a break opportunity after every 32.
    QCOMPARE(model->index(1, 0).data().toString(),
        isolated(brokenEvery32(fffd + QStringLiteral("evil") + xs(154, u'n')) + ellipsis)
            + QStringLiteral(" — ") + isolated(QStringLiteral("abe@acme.example"))
            + QStringLiteral(" (") + isolated(QStringLiteral("abe")) + QStringLiteral(") — ")
            + isolated(QStringLiteral("Active<h1>")));
    QVERIFY(popup->width() <= m_dialog->screen()->availableGeometry().width());

    popup->setCurrentIndex(model->index(0, 0));
    QTest::keyClick(popup, Qt::Key_Return);
    QTRY_COMPARE(lineEdit->text(), QStringLiteral("abby.smith"));
    auto *details = child<QLabel>(m_dialog.get(), "identityDetailsLabel");
    QVERIFY(details->isVisible());
    QCOMPARE(details->textFormat(), Qt::PlainText);
    QCOMPARE(details->text(),
        isolated(QStringLiteral("Abby Smith<b></b> <!--")) + QStringLiteral(" · ")
            + isolated(QStringLiteral("abby&amp;co@acme.example")) + QStringLiteral(" · inactive (")
            + abbyState + QStringLiteral("): check before resetting"));
}

void TestGuiHostileText::configValuesOfTheWrongTypeAreShownAsText()
{
    const QByteArray body = QByteArrayLiteral(
        "{\"customInstructionsEnabled\":\"<img src=\\\"file:///etc/hostname\\\" width=20000>\xE2\x80\xAE\","
        "\"digitTokenLength\":8}");
    m_raw->setAnswer(orgConfigSuffix, RawResponder::send(200, "application/json", body));
    showPage();
    ErrorView *errors = pageErrors();
    QTRY_VERIFY_WITH_TIMEOUT(errors->hasError() && errors->isVisible(), faultWaitMs);
    verifyAllPlain(m_page.get());
    // The reason, then an excerpt of the answer (U+202E unprintable there, so a space; a value
    // under a key that names a token masked, as every secret is).
    QCOMPARE(label(errors, "errorMessagesLabel").split(u'\n'),
        QStringList({ isolated(QStringLiteral("The server sent customInstructionsEnabled as "
                                              "something other than true or false.")),
            isolated(QStringLiteral("{\"customInstructionsEnabled\":\"<i") + zwsp
                + QStringLiteral("mg src=\\\"file:///etc/hostname\\\" width=20000> \",\"digitTokenLength\":\"***\"}")) }));
}

void TestGuiHostileText::aTokenThatIsNotDigitsIsRefusedAndNeverShown()
{
    m_raw->setAnswer(digitSuffix,
        RawResponder::send(200, "application/json",
            QByteArrayLiteral("{\"digitToken\":\"12<b>34</b>56\",\"requestId\":\"r-1\"}")));
    showDialog();
    fillRequest(QStringLiteral("abby.smith"));
    child<QPushButton>(m_dialog.get(), "generateButton")->click();
    ErrorView *errors = dialogErrors();
    QTRY_VERIFY_WITH_TIMEOUT(errors->hasError(), faultWaitMs);
    QVERIFY(!child<QWidget>(m_dialog.get(), "tokenView")->isVisible());
    // The excerpt masks a token's value, as it masks every secret.
    QCOMPARE(label(errors, "errorMessagesLabel").split(u'\n'),
        QStringList({ isolated(QStringLiteral("The digit token from the server is not made of digits.")),
            isolated(QStringLiteral("{\"digitToken\":\"***\",\"requestId\":") + zwsp
                + QStringLiteral("\"r-1\"}")) }));
}

void TestGuiHostileText::theTokensRequestIdIsText()
{
    const QString requestId = QStringLiteral("<b>\u202E") + xs(100, u'r');
    const QJsonObject answer { { QStringLiteral("digitToken"), QStringLiteral("123456") },
        { QStringLiteral("requestId"), requestId } };
    m_raw->setAnswer(digitSuffix,
        RawResponder::send(200, "application/json", QJsonDocument(answer).toJson()));
    showDialog();
    fillRequest(QStringLiteral("abby.smith"));
    child<QPushButton>(m_dialog.get(), "generateButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(child<QWidget>(m_dialog.get(), "tokenView")->isVisible(), faultWaitMs);
    verifyAllPlain(m_dialog.get());
    const QStringList details = label(m_dialog.get(), "tokenDetailsLabel").split(u'\n');
    QCOMPARE(details.at(0), QStringLiteral("User: ") + isolated(QStringLiteral("abby.smith")));
    // Cut to 63 characters and an ellipsis; no break opportunity in a line that never wraps, so
    // the ID is selected and copied as the server sent it.
    QCOMPARE(details.at(1),
        QStringLiteral("Request ID: ")
            + isolated(QStringLiteral("<b>") + fffd + xs(28, u'r') + xs(31, u'r') + ellipsis));
    // The line does not wrap: cut, it stays narrower than the screen.
    QVERIFY(child<QLabel>(m_dialog.get(), "tokenDetailsLabel")->sizeHint().width()
        <= m_dialog->screen()->availableGeometry().width());
    // The ticket gets it whole, as the server sent it.
    child<QPushButton>(m_dialog.get(), "tokenDetailsCopyButton")->click();
    QVERIFY(QGuiApplication::clipboard()->text().contains(QStringLiteral("Request ID: ") + requestId));
}

void TestGuiHostileText::theConnectionTestListsServerWordsAsTheErrorViewDoes()
{
    QStringList messages { QStringLiteral("<h1>m0</h1>\u202E") };
    for (int i = 1; i < 9; ++i)
        messages.append(QStringLiteral("m%1").arg(i));
    const QJsonObject body { { QStringLiteral("messages"), localized(messages) } };
    m_raw->setAnswer(tokenSuffix,
        RawResponder::send(401, "application/json", QJsonDocument(body).toJson()));
    ConnectionTester tester(m_network.get());
    QSignalSpy finished(&tester, &ConnectionTester::finished);
    tester.start(connectionTo(m_raw->baseUrl()));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, faultWaitMs);
    const auto report = finished.constFirst().constFirst().value<ConnectionReport>();
    QStringList expected { QStringLiteral("\u2718 Could not sign in: The server did not accept "
                                          "Passdesk's credentials (HTTP 401)."),
        QStringLiteral("    ") + isolated(QStringLiteral("<h1>m0</h1>") + fffd) };
    for (int i = 1; i < 6; ++i)
        expected.append(QStringLiteral("    ") + isolated(QStringLiteral("m%1").arg(i)));
    expected.append(QStringLiteral("    and 3 more"));
    QCOMPARE(report.lines({ QStringLiteral("en") }), expected);
}

QTEST_MAIN(TestGuiHostileText)
#include "tst_guihostiletext.moc"
