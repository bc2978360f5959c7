// No client secret, access token or digit token may show up where people or tools read: the log
// (every category on, debug included), window titles, the settings in the config dir, or the
// error details a user copies into a ticket. The full flows run against the sandbox, then
// everything captured is searched for the secrets the test knows.

#include "configpage.h"
#include "errorview.h"
#include "guihelpers.h"
#include "mainwindow.h"
#include "sandboxfixture.h"
#include "tokendialog.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDirIterator>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMutex>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace Passdesk;
using namespace Passdesk::Testing;

namespace {

constexpr int waitMs = 10000;

QMutex capturedMutex;
QStringList captured; // every message, as formatted for the log
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&capturedMutex);
        captured.append(qFormatLogMessage(type, context, message));
        captured.append(QString::fromLatin1(context.category ? context.category : ""));
    }
    if (type != QtDebugMsg && type != QtInfoMsg && previousHandler)
        previousHandler(type, context, message); // warnings still reach the test log
}

} // namespace

class TestSecretLeaks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("*=true"));
        previousHandler = qInstallMessageHandler(captureMessage);
    }
    void cleanupTestCase()
    {
        qInstallMessageHandler(previousHandler);
        QLoggingCategory::setFilterRules(QString());
    }

    void fullFlowsLeakNothing();

private:
    void noteTitles()
    {
        for (QWidget *widget : QApplication::topLevelWidgets())
            m_titles.append(widget->windowTitle());
    }

    QStringList m_titles;
    QStringList m_secrets;
};

void TestSecretLeaks::fullFlowsLeakNothing()
{
    auto fixture = std::make_unique<SandboxFixture>();
    QVERIFY(fixture->start(QStringLiteral("sandbox-admin")));
    QStringList copiedTickets;
    {
        MainWindow window(&fixture->client, &fixture->settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ConfigPage *page = window.configPage();

        // Sign in and read the config, then change and save it.
        QTRY_VERIFY_WITH_TIMEOUT(page->loadedConfig().has_value(), waitMs);
        noteTitles();
        auto *length = child<QSpinBox>(page, "digitTokenLengthSpinBox");
        length->setFocus();
        length->selectAll();
        QTest::keyClicks(length, QStringLiteral("9"));
        page->saveAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(visibleTopLevel(QStringLiteral("saveConfirmationDialog")), waitMs);
        noteTitles();
        QVERIFY(clickInWindow(
            QStringLiteral("saveConfirmationDialog"), QStringLiteral("saveConfirmButton")));
        QTRY_VERIFY_WITH_TIMEOUT(!page->hasUnsavedChanges(), waitMs);
        QCOMPARE(fixture->server.orgConfig()->value(QLatin1String("digitTokenLength")).toInt(), 9);

        // Look up a caller, generate a digit token, copy it.
        TokenDialog *dialog = window.openTokenDialog();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto *userId = child<QLineEdit>(dialog, "userIdLineEdit");
        userId->setFocus();
        QTest::keyClicks(userId, QStringLiteral("Abby"));
        QTRY_VERIFY_WITH_TIMEOUT(
            fixture->server.requestCount("GET", QStringLiteral("/public-identities")) > 0, waitMs);
        userId->setText(QStringLiteral("Abby.Smith"));
        child<QCheckBox>(dialog, "callerVerifiedCheckBox")->setChecked(true);
        child<QPushButton>(dialog, "generateButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(child<QWidget>(dialog, "tokenGroupBox")->isVisible(), waitMs);
        const QString digits = fixture->server.lastDigitToken();
        QVERIFY(!digits.isEmpty());
        QCOMPARE(child<QLabel>(dialog, "tokenDigitsLabel")->text().remove(u' '), digits);
        child<QPushButton>(dialog, "tokenCopyButton")->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), digits); // the one place it is meant to go
        noteTitles();
        m_secrets.append(digits);
        // The token's details and the session history are for tickets: never the digits.
        child<QPushButton>(dialog, "tokenDetailsCopyButton")->click();
        QVERIFY(QGuiApplication::clipboard()->text().contains(QLatin1String("Abby.Smith")));
        copiedTickets.append(QGuiApplication::clipboard()->text());
        child<QPushButton>(dialog, "historyCopyButton")->click();
        QVERIFY(QGuiApplication::clipboard()->text().contains(QLatin1String("Abby.Smith")));
        copiedTickets.append(QGuiApplication::clipboard()->text());

        // Errors: every token refused (401 after one renewal), then a wrong client secret.
        fixture->server.setRejectAllTokens(true);
        page->refreshAction()->trigger();
        auto *errors = page->findChild<ErrorView *>(QStringLiteral("configErrorView"));
        QTRY_VERIFY_WITH_TIMEOUT(errors->hasError(), waitMs);
        QCOMPARE(errors->error().httpStatus, 401);
        child<QPushButton>(errors, "errorCopyDetailsButton")->click();
        copiedTickets.append(QGuiApplication::clipboard()->text());
        fixture->server.setRejectAllTokens(false);

        ConnectionSettings wrong = fixture->connection;
        wrong.clientSecret = QStringLiteral("wrong-secret-b2c4e6a8");
        m_secrets.append(wrong.clientSecret);
        fixture->client.setConnection(wrong);
        page->refreshAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(errors->hasError() && errors->error().httpStatus == 401
                && errors->error().errorCode == QLatin1String("invalid_client"),
            waitMs);
        child<QPushButton>(errors, "errorCopyDetailsButton")->click();
        copiedTickets.append(QGuiApplication::clipboard()->text());
        noteTitles();
        dialog->close();
        window.close();
    }

    m_secrets.append(fixture->connection.clientSecret);
    const QStringList accessTokens = fixture->server.issuedAccessTokens();
    QVERIFY(accessTokens.size() >= 2); // the first sign-in and the renewal after the 401
    m_secrets += accessTokens;

    // QSettings writes from the event loop; wait for the file rather than for a fixed time.
    auto readConfigFiles = [&fixture] {
        QStringList contents;
        QDirIterator files(
            fixture->configDir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.open(QIODevice::ReadOnly))
                contents.append(QString::fromUtf8(file.readAll()));
        }
        return contents;
    };
    QTRY_VERIFY_WITH_TIMEOUT(!readConfigFiles().isEmpty(), waitMs); // something to search
    const QStringList configFiles = readConfigFiles();

    QMutexLocker lock(&capturedMutex);
    QVERIFY(captured.size() > 10); // all categories were on: the capture did see the traffic
    const QList<QPair<QString, QStringList>> places { { QStringLiteral("log"), captured },
        { QStringLiteral("window titles"), m_titles },
        { QStringLiteral("config dir"), configFiles },
        { QStringLiteral("copied error details"), copiedTickets } };
    for (const auto &place : places) {
        for (const QString &text : place.second) {
            for (const QString &secret : std::as_const(m_secrets)) {
                QVERIFY2(!text.contains(secret),
                    qPrintable(QStringLiteral("a secret (%1…) in the %2: %3")
                                   .arg(secret.left(3), place.first,
                                       QString(text)
                                           .replace(secret, QStringLiteral("<SECRET>"))
                                           .left(400))));
            }
        }
    }
    QGuiApplication::clipboard()->clear();
}

QTEST_MAIN(TestSecretLeaks)
#include "tst_secretleaks.moc"
