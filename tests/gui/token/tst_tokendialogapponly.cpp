// The token dialog with an app-only API client's token (issue 19): the tenant lets only user
// tokens look people up, so the dialog sends no lookup, says why, and takes an exact uid.

#include "core/auth/accesstokenprovider.h"
#include "identitylookup.h"
#include "tokendialogharness.h"

#include <QTimer>

using namespace Passdesk;
using namespace Passdesk::Testing;

class TestTokenDialogAppOnly : public QObject, private TokenDialogHarness
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void anAppOnlyTokenTypesTheExactUidAndIsToldWhy()
    {
        start(QStringLiteral("sandbox-app"));
        // The main window has a token by the time the dialog opens (it loaded the config).
        bool haveToken = false;
        m_fixture->client.accessTokens()->withToken(
            m_dialog.get(), [&haveToken](const QString &, const ApiError &) { haveToken = true; });
        QTRY_VERIFY_WITH_TIMEOUT(haveToken, waitMs);
        auto *details = find<QLabel>("identityDetailsLabel");
        QTRY_VERIFY(details->isVisible());
        QVERIFY2(details->text().contains(QLatin1String("API client sandbox-app, no user")),
            qPrintable(details->text()));
        QCOMPARE(details->textFormat(), Qt::PlainText);

        auto *lineEdit = find<QLineEdit>("userIdLineEdit");
        lineEdit->setFocus();
        QTest::keyClicks(lineEdit, QStringLiteral("Maria"));
        auto *lookup = m_dialog->findChild<IdentityLookup *>();
        QVERIFY(!lookup->isAvailable());
        QTRY_VERIFY(!lookup->findChild<QTimer *>()->isActive()); // the debounce has run
        QCOMPARE(lookup->lookupCount(), 0);
        QCOMPARE(m_fixture->server.requestCount("GET", QStringLiteral("/public-identities")), 0);

        fillRequest(QStringLiteral("Maria.Garcia"), 8);
        generateAndWait();
        QVERIFY(find<QWidget>("tokenGroupBox")->isVisible());
    }

    void aUserTokenStillLooksUp()
    {
        start(QStringLiteral("sandbox-helpdesk"));
        pick(QStringLiteral("Maria"), QStringLiteral("Maria.Garcia"));
        QVERIFY(m_dialog->findChild<IdentityLookup *>()->isAvailable());
    }
};

QTEST_MAIN(TestTokenDialogAppOnly)
#include "tst_tokendialogapponly.moc"
