#pragma once

// Shared by the GUI fault suites (tst_guireplyfaults, tst_guirefusalfaults): a raw responder, a
// client connected to it, the org config page and the digit token dialog on top, fresh for
// every test function; and what the error view shows.

#include "core/settings/appsettings.h"
#include "configpage.h"
#include "errorview.h"
#include "faulttesting.h"
#include "guihelpers.h"
#include "identitylookup.h"
#include "tokendialog.h"
#include "tokenhistory.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QSpinBox>
#include <QTest>
#include <memory>

Q_DECLARE_METATYPE(Passdesk::Testing::RawResponder::Act)

namespace Passdesk::Testing {

inline QByteArray configJson(int length)
{
    return QByteArray(
               R"({"customInstructionsEnabled":false,"digitTokenEnabled":true,"digitTokenDurationMinutes":5,)")
        + R"("digitTokenLength":)" + QByteArray::number(length) + "}";
}

inline RawResponder::Answer configAnswer(int length)
{
    return RawResponder::send(200, "application/json", configJson(length));
}

inline const QByteArray trackedFault
    = R"({"detailCode":"500.0 Internal Fault","trackingId":"feedc0ffee0123456789abcdef012345",)"
      R"("messages":[{"locale":"en-US","localeOrigin":"DEFAULT","text":"An internal fault occurred."}]})";

// Types into a spin box as a user does: focus, select all, keys.
inline void typeInto(QSpinBox *box, const QString &typed)
{
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, typed);
}

inline QString shownText(ErrorView *view)
{
    return child<QLabel>(view, "errorSummaryLabel")->text() + u'\n'
        + child<QLabel>(view, "errorMessagesLabel")->text();
}

// A suite inherits it (after QObject) and calls setUp() in init(), tearDown() in cleanup().
class GuiFaultRig
{
    Q_DISABLE_COPY_MOVE(GuiFaultRig)

protected:
    GuiFaultRig() = default;
    ~GuiFaultRig() = default;

    bool setUp()
    {
        m_raw = std::make_unique<RawResponder>();
        if (!m_raw->listen())
            return false;
        m_raw->setAnswer(orgConfigSuffix, configAnswer(6));
        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<ApiClient>(m_network.get());
        m_client->setConnection(connectionTo(m_raw->baseUrl()));
        // The silent server's case stays short.
        m_client->setTransferTimeout(std::chrono::milliseconds(400));
        m_configDir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<AppSettings>(m_configDir->path());
        m_history = std::make_unique<TokenHistory>();
        return true;
    }

    void tearDown()
    {
        m_dialog.reset();
        m_page.reset();
        m_history.reset();
        m_settings.reset();
        m_client.reset();
        m_network.reset();
        m_raw.reset();
    }

    void showPage()
    {
        m_page = std::make_unique<ConfigPage>(m_client.get());
        m_page->resize(720, 640);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_page->load();
    }

    void showDialog()
    {
        m_dialog = std::make_unique<TokenDialog>(m_client.get(), m_settings.get(), m_history.get());
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }

    void fillRequest(const QString &userId)
    {
        child<QLineEdit>(m_dialog.get(), "userIdLineEdit")->setText(userId);
        // Set, not typed and picked: the lookup any change of the field starts is dropped, so
        // only the requests under test reach the server.
        m_dialog->findChild<IdentityLookup *>()->forgetResults();
        child<QCheckBox>(m_dialog.get(), "callerVerifiedCheckBox")->setChecked(true);
    }

    ErrorView *pageErrors()
    {
        return m_page->findChild<ErrorView *>(QStringLiteral("configErrorView"));
    }
    ErrorView *dialogErrors()
    {
        return m_dialog->findChild<ErrorView *>(QStringLiteral("tokenErrorView"));
    }

    std::unique_ptr<RawResponder> m_raw;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<QTemporaryDir> m_configDir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<TokenHistory> m_history;
    std::unique_ptr<ConfigPage> m_page;
    std::unique_ptr<TokenDialog> m_dialog;
};

} // namespace Passdesk::Testing
