// Every shipped language translates what the user sees (main window, token dialog, settings, the
// Tenants dialog, the first-run assistant and the sign-in prompt), switching is live, and the
// server is asked for the same language.

#include "configpage.h"
#include "firstrunassistant.h"
#include "guihelpers.h"
#include "core/settings/languagemanager.h"
#include "mainwindow.h"
#include "sandboxfixture.h"
#include "secretpromptdialog.h"
#include "core/secrets/memorysecretstore.h"
#include "core/secrets/secretvault.h"
#include "settingsdialog.h"
#include "core/tenants/tenantstore.h"
#include "tenantsdialog.h"
#include "core/tenants/tenantsession.h"
#include "tokendialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QResource>
#include <QMenuBar>
#include <QTabWidget>
#include <QTest>

using namespace Passdesk;
using namespace Passdesk::Testing;

namespace {

constexpr int waitMs = 10000;

// Texts that hold names, codes or data, the same in every language.
const QStringList dataObjects { QStringLiteral("tenantNameLabel"), QStringLiteral("endpointLabel"),
    QStringLiteral("apiVersionLabel"), QStringLiteral("clientIdLabel"),
    QStringLiteral("configStatusLabel"), QStringLiteral("identityDetailsLabel"),
    QStringLiteral("tokenDigitsLabel"), QStringLiteral("tokenDetailsLabel"),
    QStringLiteral("tokenExpiryLabel"), QStringLiteral("languageComboBox"),
    QStringLiteral("tenantComboBox"), QStringLiteral("apiVersionComboBox"),
    QStringLiteral("formTitleLabel") };
// Words that some languages really do share with English.
const QStringList sharedWords { QStringLiteral("&Token"), QStringLiteral("Token"),
    QStringLiteral("Sandbox"), QStringLiteral("Status"), QStringLiteral("H&elpdesk"),
    QStringLiteral("Production"), QStringLiteral("OK") };

// objectName (or a path for unnamed items) -> visible text, for every text a user reads.
QMap<QString, QString> visibleTexts(QWidget *root)
{
    QMap<QString, QString> texts;
    const QString prefix = root->objectName() + QLatin1Char('/');
    texts.insert(prefix + QStringLiteral("windowTitle"), root->windowTitle());
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (label->isVisibleTo(root) && !label->text().isEmpty() && !label->objectName().isEmpty())
            texts.insert(prefix + label->objectName(), label->text());
    }
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (button->isVisibleTo(root) && !button->text().isEmpty()
            && !button->objectName().isEmpty())
            texts.insert(prefix + button->objectName(), button->text());
    }
    for (QComboBox *combo : root->findChildren<QComboBox *>()) {
        if (combo->isVisibleTo(root) && !combo->currentText().isEmpty()
            && !combo->objectName().isEmpty())
            texts.insert(prefix + combo->objectName(), combo->currentText());
    }
    for (QLineEdit *edit : root->findChildren<QLineEdit *>()) {
        if (edit->isVisibleTo(root) && !edit->placeholderText().isEmpty()
            && !edit->objectName().isEmpty() && !qobject_cast<QComboBox *>(edit->parentWidget()))
            texts.insert(prefix + edit->objectName() + QStringLiteral("#placeholder"),
                edit->placeholderText());
    }
    // A list's entries hold a name (data) on the first line and what it is on the second.
    for (QListWidget *list : root->findChildren<QListWidget *>()) {
        for (int i = 0; i < list->count(); ++i) {
            const QString text = list->item(i)->text();
            if (text.contains(QLatin1Char('\n')))
                texts.insert(prefix + list->objectName() + QLatin1Char('#') + QString::number(i),
                    text.section(QLatin1Char('\n'), 1));
        }
    }
    for (QGroupBox *box : root->findChildren<QGroupBox *>())
        texts.insert(prefix + box->objectName(), box->title());
    for (QTabWidget *tabs : root->findChildren<QTabWidget *>()) {
        for (int i = 0; i < tabs->count(); ++i)
            texts.insert(prefix + tabs->objectName() + QLatin1Char('#') + QString::number(i),
                tabs->tabText(i));
    }
    if (auto *window = qobject_cast<QMainWindow *>(root)) {
        for (QAction *menu : window->menuBar()->actions()) {
            texts.insert(
                prefix + QStringLiteral("menu:") + menu->objectName() + menu->menu()->objectName(),
                menu->text());
            for (QAction *action : menu->menu()->actions()) {
                if (!action->isSeparator())
                    texts.insert(
                        prefix + QStringLiteral("action:") + action->objectName(), action->text());
            }
        }
    }
    return texts;
}

// The texts of the assistant's current page, keyed apart from the other page's.
QMap<QString, QString> wizardPageTexts(QWizard *wizard)
{
    const QString page = wizard->currentPage()->objectName();
    QMap<QString, QString> texts;
    const QMap<QString, QString> all = visibleTexts(wizard);
    for (auto it = all.cbegin(); it != all.cend(); ++it)
        texts.insert(page + QLatin1Char(':') + it.key(), it.value());
    texts.insert(page + QStringLiteral(":/pageTitle"), wizard->currentPage()->title());
    texts.insert(page + QStringLiteral(":/pageSubTitle"), wizard->currentPage()->subTitle());
    return texts;
}

// What is the same as in English though it should not be: not data, not a shared word.
QStringList untranslatedTexts(
    const QMap<QString, QString> &english, const QMap<QString, QString> &translated)
{
    QStringList untranslated;
    for (auto it = english.cbegin(); it != english.cend(); ++it) {
        const QString objectName = it.key().section(QLatin1Char('/'), -1);
        // The main window's title is the tenant's name, which is data.
        if (dataObjects.contains(objectName) || it.key() == QLatin1String("MainWindow/windowTitle")
            || sharedWords.contains(it.value()) || !translated.contains(it.key()))
            continue;
        if (translated.value(it.key()) == it.value())
            untranslated.append(it.key() + QStringLiteral(" = ") + it.value());
    }
    return untranslated;
}

} // namespace

class TestLanguages : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fixture = std::make_unique<SandboxFixture>();
        QVERIFY(m_fixture->start());
        m_languages = std::make_unique<LanguageManager>();
        m_languages->apply(QStringLiteral("en"));
        m_keychain = std::make_unique<MemorySecretStore>();
        m_vault = std::make_unique<SecretVault>(m_keychain.get());
        m_store = std::make_unique<TenantStore>(m_fixture->settings.backend());
        m_session
            = std::make_unique<TenantSession>(m_store.get(), m_vault.get(), &m_fixture->client);
        // A locked production tenant and a test tenant, so the list shows both markings.
        m_tenant.displayName = QStringLiteral("Acme");
        m_tenant.address = m_fixture->server.baseUrl().toString();
        m_tenant.clientId = QStringLiteral("sandbox-admin");
        m_tenant.testTenant = false;
        m_tenant.readOnly = true;
        m_tenant.id = m_store->save(m_tenant);
        Tenant test = m_tenant;
        test.id.clear();
        test.displayName = QStringLiteral("Acme test");
        test.testTenant = true;
        test.readOnly = false;
        m_store->save(test);
    }
    void cleanup()
    {
        m_window.reset();
        m_session.reset();
        m_store.reset();
        m_vault.reset();
        m_keychain.reset();
        m_languages.reset();
        m_fixture.reset();
    }

    void everyLanguageTranslatesWhatTheUserSees_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &code : LanguageManager::shippedLanguages())
            QTest::newRow(qPrintable(code)) << code;
    }

    void everyLanguageTranslatesWhatTheUserSees()
    {
        QFETCH(QString, language);
        const QMap<QString, QString> english = allTexts();
        QVERIFY(english.size() > 40);
        m_window.reset();
        m_languages->apply(language);
        QCOMPARE(m_languages->activeLanguage(), language);
        const QMap<QString, QString> translated = allTexts();
        QCOMPARE(translated.keys(), english.keys());
        const QStringList untranslated = untranslatedTexts(english, translated);
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QStringLiteral("\n"))));
    }

    void translationsAreEmbeddedUncompressedAndEnglishKeepsItsPlurals()
    {
        // QTranslator reads an uncompressed resource in place; a compressed one was inflated into
        // the heap at every start (docs/perf-history.md).
        for (const QString &code : LanguageManager::shippedLanguages() + QStringList { QStringLiteral("en") }) {
            const QResource qm(QStringLiteral(":/i18n/passdesk_%1.qm").arg(code));
            QVERIFY2(qm.isValid(), qPrintable(code));
            QCOMPARE(qm.compressionAlgorithm(), QResource::NoCompression);
        }
        // The English file keeps only what differs from the source texts: the plural forms.
        m_languages->apply(QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("Passdesk::ConfigDialogs", "%n digit(s)", nullptr, 1),
            QStringLiteral("1 digit"));
        QCOMPARE(QCoreApplication::translate("Passdesk::ConfigDialogs", "%n digit(s)", nullptr, 8),
            QStringLiteral("8 digits"));
        QVERIFY(QResource(QStringLiteral(":/i18n/passdesk_en.qm")).size() < 16 * 1024);
    }

    void switchingRetranslatesOpenWindows()
    {
        openWindow();
        TokenDialog *dialog = m_window->openTokenDialog();
        QCOMPARE(m_window->generateTokenAction()->text(), QStringLiteral("&Generate digit token…"));
        m_languages->apply(QStringLiteral("de"));
        QTRY_COMPARE(
            m_window->generateTokenAction()->text(), QStringLiteral("Ziffern&token erzeugen…"));
        QCOMPARE(child<QAbstractButton>(m_window.get(), "configRefreshButton")->text(),
            QStringLiteral("&Aktualisieren"));
        QCOMPARE(child<QAbstractButton>(dialog, "generateButton")->text(),
            QStringLiteral("Token &erzeugen"));
        QCOMPARE(m_window->configPage()->refreshAction()->text(), QStringLiteral("&Aktualisieren"));
        QCOMPARE(QLocale().language(), QLocale::German);
        m_languages->apply(QStringLiteral("en"));
        QTRY_COMPARE(
            m_window->generateTokenAction()->text(), QStringLiteral("&Generate digit token…"));
    }

    void switchingRetranslatesTheTenantWindows()
    {
        TenantWindows windows(this);
        const QMap<QString, QString> english = windows.texts();
        QVERIFY(english.size() > 40);
        QVERIFY(
            english.contains(QStringLiteral("welcomePage:firstRunAssistant/addTenantRadioButton")));
        QVERIFY(
            english.contains(QStringLiteral("tenantPage:firstRunAssistant/testConnectionButton")));
        QVERIFY(english.contains(QStringLiteral("tenantsDialog/tenantListWidget#1")));
        QVERIFY(
            english.contains(QStringLiteral("secretPromptDialog/rememberSecretPromptCheckBox")));
        m_languages->apply(QStringLiteral("de"));
        QTRY_COMPARE(child<QLabel>(&windows.tenants, "tenantListLabel")->text(),
            QStringLiteral("&Mandanten:"));
        QCOMPARE(windows.prompt.windowTitle(), QStringLiteral("Bei Acme anmelden"));
        QCOMPARE(windows.assistant.currentPage()->title(),
            QStringLiteral("Ihren Arbeitsmandanten hinzufügen"));
        QCOMPARE(child<QAbstractButton>(&windows.tenants, "testConnectionButton")->text(),
            QStringLiteral("Ver&bindung testen"));
        // QWizard's own buttons follow at once, without a page change.
        QCOMPARE(windows.assistant.button(QWizard::CancelButton)->text(), QStringLiteral("Abbrechen"));
        QCOMPARE(windows.assistant.button(QWizard::BackButton)->text(), QStringLiteral("< &Zurück"));
        const QMap<QString, QString> german = windows.texts();
        QCOMPARE(german.value(QStringLiteral("tenantsDialog/tenantListWidget#0")),
            QStringLiteral("Produktiv · schreibgeschützt"));
        QCOMPARE(german.keys(), english.keys());
        const QStringList untranslated = untranslatedTexts(english, german);
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QStringLiteral("\n"))));
    }

    void serverIsAskedForTheSelectedLanguage()
    {
        openWindow();
        m_languages->apply(QStringLiteral("fr"));
        m_fixture->server.clearRequests();
        m_window->configPage()->refreshAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!m_fixture->server.requests().isEmpty(), waitMs);
        QCOMPARE(m_fixture->server.requests().last().headers.value("accept-language"),
            QByteArray("fr-FR,fr;q=0.9,en;q=0.5"));
        QCOMPARE(m_fixture->client.uiLanguages().first(), QStringLiteral("fr-FR"));
    }

    void settingsDialogSwitchesLanguageWithoutRestart()
    {
        openWindow();
        m_window->openSettings();
        SettingsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<SettingsDialog *>()) && dialog->isVisible());
        auto *combo = child<QComboBox>(dialog, "languageComboBox");
        QCOMPARE(combo->count(), 2 + LanguageManager::shippedLanguages().size());
        combo->setCurrentIndex(combo->findData(QStringLiteral("ja")));
        QCOMPARE(combo->currentText(), QStringLiteral("日本語"));
        child<QAbstractButton>(dialog, "settingsOkButton")->click();
        QCOMPARE(m_fixture->settings.language(), QStringLiteral("ja"));
        QTRY_COMPARE(
            m_window->generateTokenAction()->text(), QStringLiteral("数字トークンを生成(&G)…"));
    }

private:
    // The Tenants dialog on the production tenant, both pages of the first-run assistant (it
    // ends on the tenant page), and the sign-in prompt without a keychain.
    struct TenantWindows
    {
        explicit TenantWindows(TestLanguages *test)
            : tenants(test->m_session.get(), &test->m_fixture->network)
            , assistant(test->m_session.get(), &test->m_fixture->network)
            , prompt(test->m_tenant, false)
        {
            tenants.show();
            tenants.selectTenant(test->m_tenant.id);
            assistant.show();
            prompt.show();
        }
        // Visits the welcome page, then the tenant page.
        QMap<QString, QString> texts()
        {
            QMap<QString, QString> all = visibleTexts(&tenants);
            if (assistant.currentId() != FirstRunAssistant::WelcomePage)
                assistant.back();
            all.insert(wizardPageTexts(&assistant));
            assistant.next();
            all.insert(wizardPageTexts(&assistant));
            all.insert(visibleTexts(&prompt));
            return all;
        }
        TenantsDialog tenants;
        FirstRunAssistant assistant;
        SecretPromptDialog prompt;
    };

    void openWindow()
    {
        m_window = std::make_unique<MainWindow>(
            &m_fixture->client, &m_fixture->settings, m_languages.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->configPage()->loadedConfig().has_value(), waitMs);
    }

    QMap<QString, QString> allTexts()
    {
        openWindow();
        QMap<QString, QString> texts = visibleTexts(m_window.get());
        TokenDialog *dialog = m_window->openTokenDialog();
        texts.insert(visibleTexts(dialog));
        m_window->openSettings();
        auto *settings = m_window->findChild<SettingsDialog *>();
        if (settings)
            texts.insert(visibleTexts(settings));
        TenantWindows windows(this);
        texts.insert(windows.texts());
        return texts;
    }

    std::unique_ptr<SandboxFixture> m_fixture;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<MemorySecretStore> m_keychain;
    std::unique_ptr<SecretVault> m_vault;
    std::unique_ptr<TenantStore> m_store;
    std::unique_ptr<TenantSession> m_session;
    Tenant m_tenant;
};

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"
