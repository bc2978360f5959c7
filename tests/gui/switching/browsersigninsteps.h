#pragma once

// The steps of issue 19's "done when" that the whole-program suites walk alike
// (tst_browsersigningui, tst_sandboxbrowserchoice): the browser sign-in dialog the tenant
// switcher opens, a person signing in on the sandbox's page in a scripted browser, a caller
// looked up and a token generated, and, after sign out, the org admin saving a config value
// the sandbox then holds. A step that does not happen fails the test; the caller checks
// QTest::currentTestFailed() before it goes on.

#include "browsersignindialog.h"
#include "core/tenants/tenantsession.h"
#include "guihelpers.h"
#include "identitylookup.h"
#include "mainwindow.h"
#include "passdeskapp.h"
#include "sandboxserver.h"
#include "tenantswitcher.h"
#include "testbrowser.h"
#include "tokendialog.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <memory>

namespace Passdesk::Testing {

class BrowserSignInSteps
{
public:
    static constexpr int waitMs = 10000;

    // The session's browser opener records the address instead of opening a browser.
    BrowserSignInSteps(PassdeskApp &app, Sandbox::SandboxServer &server)
        : m_app(app)
        , m_server(server)
        , m_opened(std::make_shared<QUrl>())
    {
        m_app.session()->setBrowserOpener([opened = m_opened](const QUrl &url) {
            *opened = url;
            return true;
        });
    }

    // The browser sign-in dialog, once it shows; null when it does not come.
    BrowserSignInDialog *waitForSignInDialog() const
    {
        TenantSwitcher *switcher = m_app.mainWindow()->tenantSwitcher();
        if (!QTest::qWaitFor(
                [switcher] {
                    return switcher->openBrowserSignIn() != nullptr
                        && switcher->openBrowserSignIn()->isVisible();
                },
                waitMs))
            return nullptr;
        return switcher->openBrowserSignIn();
    }

    // Opens the browser from the dialog; `person` signs in on the sandbox's page; the dialog
    // takes the answer and closes.
    void signIn(BrowserSignInDialog *dialog, const QString &person) const
    {
        QVERIFY(dialog);
        QPointer<BrowserSignInDialog> guard(dialog);
        *m_opened = {};
        child<QPushButton>(dialog, "browserSignInOpenButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(m_opened->isValid(), waitMs);
        TestBrowser browser(m_server);
        QCOMPARE(browser.signIn(*m_opened, person).status, 302);
        QTRY_VERIFY_WITH_TIMEOUT(!guard, waitMs); // accepted and gone
    }

    // The config form is read only and its notice says why: `who` lacks the rights.
    void configIsReadOnlyFor(const QString &who) const
    {
        QLabel *notice = label("configReadOnlyLabel");
        QVERIFY(notice->isVisible());
        QVERIFY2(notice->text().contains(who), qPrintable(notice->text()));
        QVERIFY(!child<QSpinBox>(window(), "digitTokenLengthSpinBox")->isEnabled());
    }

    // In the open token dialog: types "Maria", picks Maria.Garcia from the suggestions,
    // confirms the caller was verified and generates; the sandbox issued a digit token.
    void generateATokenForMaria(TokenDialog *tokens) const
    {
        QVERIFY(tokens);
        QVERIFY(QTest::qWaitForWindowExposed(tokens));
        auto *userId = child<QLineEdit>(tokens, "userIdLineEdit");
        userId->setFocus();
        QTest::keyClicks(userId, QStringLiteral("Maria"));
        QAbstractItemView *popup = tokens->findChild<IdentityLookup *>()->suggestions();
        QTRY_VERIFY_WITH_TIMEOUT(popup->isVisible(), waitMs);
        popup->setCurrentIndex(popup->model()->index(0, 0));
        QTest::keyClick(popup, Qt::Key_Return);
        QTRY_COMPARE(userId->text(), QStringLiteral("Maria.Garcia"));
        child<QCheckBox>(tokens, "callerVerifiedCheckBox")->setChecked(true);
        child<QPushButton>(tokens, "generateButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(child<QWidget>(tokens, "tokenGroupBox")->isVisible(), waitMs);
        QVERIFY(!m_server.lastDigitToken().isEmpty());
    }

    void signOut() const
    {
        m_app.mainWindow()->tenantSwitcher()->signOutAction()->trigger();
        QTRY_COMPARE(label("signedInLabel")->text(), QStringLiteral("Not signed in"));
    }

    // Signed out: Refresh asks for a sign-in, the org admin Grace.Hopper signs in with the
    // browser, the form turns editable, another digit token length is saved and confirmed,
    // and the sandbox holds it.
    void orgAdminSignsInAndSavesAConfigValue() const
    {
        window()->findChild<QAction *>(QStringLiteral("configRefreshAction"))->trigger();
        signIn(waitForSignInDialog(), QStringLiteral("Grace.Hopper"));
        if (QTest::currentTestFailed())
            return;
        QTRY_COMPARE_WITH_TIMEOUT(label("signedInLabel")->text(),
            QStringLiteral("Signed in as Grace.Hopper (Org admin)"), waitMs);
        auto *length = child<QSpinBox>(window(), "digitTokenLengthSpinBox");
        QTRY_VERIFY_WITH_TIMEOUT(loaded() && length->isEnabled(), waitMs);
        QVERIFY(!label("configReadOnlyLabel")->isVisible());
        length->setValue(length->value() == 8 ? 9 : 8);
        const int wanted = length->value();
        QVERIFY(m_server.orgConfig()->value(QLatin1String("digitTokenLength")).toInt() != wanted);
        child<QPushButton>(window(), "configSaveButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            visibleTopLevel<QMessageBox>(QStringLiteral("saveConfirmationDialog")), waitMs);
        QVERIFY(clickInWindow(
            QStringLiteral("saveConfirmationDialog"), QStringLiteral("saveConfirmButton")));
        QTRY_COMPARE_WITH_TIMEOUT(
            m_server.orgConfig()->value(QLatin1String("digitTokenLength")).toInt(), wanted, waitMs);
    }

    QWidget *window() const { return m_app.mainWindow(); }
    QLabel *label(const char *name) const { return child<QLabel>(window(), name); }
    bool loaded() const
    {
        return label("configStatusLabel")->text().startsWith(QLatin1String("Loaded"));
    }

private:
    PassdeskApp &m_app;
    Sandbox::SandboxServer &m_server;
    std::shared_ptr<QUrl> m_opened; // shared with the opener, which may outlive these steps
};

} // namespace Passdesk::Testing
