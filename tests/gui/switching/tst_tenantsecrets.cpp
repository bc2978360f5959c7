// Tenants' secrets in Passdesk as main() starts it: a wrong secret, a missing one (asked for and
// remembered), no keychain at all, and signing out.

#include "core/auth/accesstokenprovider.h"
#include "core/api/apiclient.h"
#include "identitylookup.h"
#include "core/secrets/secretvault.h"
#include "tenantrig.h"
#include "core/tenants/tenantsession.h"
#include "tokendialog.h"

#include <QAction>
#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>

using namespace Passdesk;
using namespace Passdesk::Testing;

class TestTenantSecrets : public TenantRig
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void wrongSecretShowsTheTokenEndpointsError()
    {
        addTenant(QStringLiteral("Acme"), QStringLiteral("sandbox-admin"), false, false,
            QStringLiteral("wrong-secret"));
        QVERIFY(start().isEmpty());
        auto *summary = child<QLabel>(window(), "errorSummaryLabel");
        QTRY_VERIFY_WITH_TIMEOUT(
            summary->isVisible() && summary->text().contains(QLatin1String("401")), waitMs);
        QVERIFY(!child<QLabel>(window(), "errorMessagesLabel")->text().isEmpty());
        QCOMPARE(m_server->requestCount("GET", configPath), 0);
    }

    void missingSecretIsAskedForAndRemembered()
    {
        addTenant(QStringLiteral("Acme"), QStringLiteral("sandbox-admin"), false, false, QString());
        QVERIFY(start().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(visibleTopLevel(QStringLiteral("secretPromptDialog")), waitMs);
        QWidget *prompt = visibleTopLevel(QStringLiteral("secretPromptDialog"));
        QCOMPARE(m_server->requests().size(), 0);
        auto *remember = child<QCheckBox>(prompt, "rememberSecretPromptCheckBox");
        QVERIFY(remember->isEnabled() && remember->isChecked());
        auto *ok = child<QPushButton>(prompt, "secretPromptOkButton");
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(child<QLineEdit>(prompt, "secretPromptLineEdit"),
            sandboxSecretFor(QStringLiteral("sandbox-admin")));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(loaded(), waitMs);
        QTRY_VERIFY(
            m_keychain->contains(QStringLiteral("tenant/%1/client-secret").arg(m_ids.at(0))));
        QVERIFY(!child<QLabel>(window(), "keychainNoticeLabel")->isVisible());
        assertNoSecretInConfigDir();
    }

    void withoutKeychainItSaysSoOnceAndKeepsTheSecretForTheSession()
    {
        m_keychain->setAvailable(false);
        addTenant(
            QStringLiteral("First"), QStringLiteral("sandbox-admin"), false, false, QString());
        addTenant(
            QStringLiteral("Second"), QStringLiteral("sandbox-admin"), false, false, QString());
        setLastUsed(m_ids.at(0));
        QVERIFY(start().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(visibleTopLevel(QStringLiteral("secretPromptDialog")), waitMs);
        QWidget *prompt = visibleTopLevel(QStringLiteral("secretPromptDialog"));
        QVERIFY(!child<QCheckBox>(prompt, "rememberSecretPromptCheckBox")->isEnabled());
        QVERIFY(child<QLabel>(prompt, "secretPromptNoteLabel")
                    ->text()
                    .contains(QLatin1String("this session only")));
        auto *notice = child<QLabel>(window(), "keychainNoticeLabel");
        QTRY_VERIFY(notice->isVisible());
        QVERIFY(notice->text().contains(QLatin1String("never writes them to a file")));
        QTest::keyClicks(child<QLineEdit>(prompt, "secretPromptLineEdit"),
            sandboxSecretFor(QStringLiteral("sandbox-admin")));
        QVERIFY(clickInWindow(
            QStringLiteral("secretPromptDialog"), QStringLiteral("secretPromptOkButton")));
        QTRY_VERIFY_WITH_TIMEOUT(loaded(), waitMs);

        // Away and back: the secret is still known this session, and nobody is told twice.
        QSignalSpy told(m_app->session()->vault(), &SecretVault::keychainUnavailable);
        window()->activateWindow(); // the closed prompt had the focus
        QVERIFY(QTest::qWaitForWindowActive(window()));
        QTest::keyClick(window(), Qt::Key_2, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(visibleTopLevel(QStringLiteral("secretPromptDialog")), waitMs);
        QVERIFY(clickInWindow(
            QStringLiteral("secretPromptDialog"), QStringLiteral("secretPromptCancelButton")));
        window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window()));
        QTest::keyClick(window(), Qt::Key_1, Qt::ControlModifier);
        QTRY_COMPARE(m_app->session()->activeId(), m_ids.at(0));
        QTRY_VERIFY_WITH_TIMEOUT(loaded(), waitMs);
        QVERIFY(!visibleTopLevel(QStringLiteral("secretPromptDialog")));
        QCOMPARE(told.count(), 0);
        assertNoSecretInConfigDir();
    }

    void signOutForgetsTheTokenAndTheLookedUpCallers()
    {
        addTenant(QStringLiteral("Acme"), QStringLiteral("sandbox-admin"));
        QVERIFY(start().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(loaded(), waitMs);
        TokenDialog *dialog = m_app->mainWindow()->openTokenDialog();
        auto *lookup = dialog->findChild<IdentityLookup *>();
        QVERIFY(lookup);
        QTest::keyClicks(child<QLineEdit>(dialog, "userIdLineEdit"), QStringLiteral("ab"));
        QTRY_VERIFY_WITH_TIMEOUT(lookup->cachedResultCount() > 0, waitMs);
        QVERIFY(m_app->client()->accessTokens()->hasToken());
        auto *signOut = window()->findChild<QAction *>(QStringLiteral("signOutAction"));
        QVERIFY(signOut && signOut->isEnabled());
        signOut->trigger();
        QCOMPARE(lookup->cachedResultCount(), 0);
        QVERIFY(!m_app->client()->accessTokens()->hasToken());
    }
};

QTEST_MAIN(TestTenantSecrets)
#include "tst_tenantsecrets.moc"
