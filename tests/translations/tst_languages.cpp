// Every shipped language translates what the user sees, switching is live, and the server is
// asked for the same language.

#include "configpage.h"
#include "guihelpers.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "sandboxfixture.h"
#include "settingsdialog.h"
#include "tokendialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QTabWidget>
#include <QTest>

using namespace Passdesk;
using namespace Passdesk::Testing;

namespace {

constexpr int waitMs = 10000;

// Texts that hold names, codes or data, the same in every language.
const QStringList dataObjects {QStringLiteral("tenantNameLabel"), QStringLiteral("endpointLabel"),
                               QStringLiteral("apiVersionLabel"), QStringLiteral("clientIdLabel"),
                               QStringLiteral("configStatusLabel"), QStringLiteral("identityDetailsLabel"),
                               QStringLiteral("tokenDigitsLabel"), QStringLiteral("tokenDetailsLabel"),
                               QStringLiteral("tokenExpiryLabel"), QStringLiteral("languageComboBox")};
// Words that some languages really do share with English.
const QStringList sharedWords {QStringLiteral("&Token"), QStringLiteral("Token"), QStringLiteral("Sandbox"),
                               QStringLiteral("Status"), QStringLiteral("H&elpdesk"), QStringLiteral("Production"),
                               QStringLiteral("OK")};

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
        if (button->isVisibleTo(root) && !button->text().isEmpty() && !button->objectName().isEmpty())
            texts.insert(prefix + button->objectName(), button->text());
    }
    for (QGroupBox *box : root->findChildren<QGroupBox *>())
        texts.insert(prefix + box->objectName(), box->title());
    for (QTabWidget *tabs : root->findChildren<QTabWidget *>()) {
        for (int i = 0; i < tabs->count(); ++i)
            texts.insert(prefix + tabs->objectName() + QLatin1Char('#') + QString::number(i), tabs->tabText(i));
    }
    if (auto *window = qobject_cast<QMainWindow *>(root)) {
        for (QAction *menu : window->menuBar()->actions()) {
            texts.insert(prefix + QStringLiteral("menu:") + menu->objectName() + menu->menu()->objectName(), menu->text());
            for (QAction *action : menu->menu()->actions()) {
                if (!action->isSeparator())
                    texts.insert(prefix + QStringLiteral("action:") + action->objectName(), action->text());
            }
        }
    }
    return texts;
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
    }
    void cleanup()
    {
        m_window.reset();
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
        QStringList untranslated;
        for (auto it = english.cbegin(); it != english.cend(); ++it) {
            const QString objectName = it.key().section(QLatin1Char('/'), -1);
            // The main window's title is the tenant's name, which is data.
            if (dataObjects.contains(objectName) || it.key() == QLatin1String("MainWindow/windowTitle") || sharedWords.contains(it.value()) || !translated.contains(it.key()))
                continue;
            if (translated.value(it.key()) == it.value())
                untranslated.append(it.key() + QStringLiteral(" = ") + it.value());
        }
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QStringLiteral("\n"))));
    }

    void switchingRetranslatesOpenWindows()
    {
        openWindow();
        TokenDialog *dialog = m_window->openTokenDialog();
        QCOMPARE(m_window->generateTokenAction()->text(), QStringLiteral("&Generate digit token…"));
        m_languages->apply(QStringLiteral("de"));
        QTRY_COMPARE(m_window->generateTokenAction()->text(), QStringLiteral("Ziffern&token erzeugen…"));
        QCOMPARE(child<QAbstractButton>(m_window.get(), "configRefreshButton")->text(), QStringLiteral("&Aktualisieren"));
        QCOMPARE(child<QAbstractButton>(dialog, "generateButton")->text(), QStringLiteral("Token &erzeugen"));
        QCOMPARE(m_window->configPage()->refreshAction()->text(), QStringLiteral("&Aktualisieren"));
        QCOMPARE(QLocale().language(), QLocale::German);
        m_languages->apply(QStringLiteral("en"));
        QTRY_COMPARE(m_window->generateTokenAction()->text(), QStringLiteral("&Generate digit token…"));
    }

    void serverIsAskedForTheSelectedLanguage()
    {
        openWindow();
        m_languages->apply(QStringLiteral("fr"));
        m_fixture->server.clearRequests();
        m_window->configPage()->refreshAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!m_fixture->server.requests().isEmpty(), waitMs);
        QCOMPARE(m_fixture->server.requests().last().headers.value("accept-language"), QByteArray("fr-FR,fr;q=0.9,en;q=0.5"));
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
        QTRY_COMPARE(m_window->generateTokenAction()->text(), QStringLiteral("数字トークンを生成(&G)…"));
    }

private:
    void openWindow()
    {
        m_window = std::make_unique<MainWindow>(&m_fixture->client, &m_fixture->settings, m_languages.get());
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
        return texts;
    }

    std::unique_ptr<SandboxFixture> m_fixture;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"
