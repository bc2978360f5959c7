#include "startupoptions.h"

#include <QTest>

using namespace Passdesk;

class TestStartupOptions : public QObject
{
    Q_OBJECT

private slots:
    void defaultsToAdminSandboxClient()
    {
        const auto options = StartupOptions::parse({QStringLiteral("passdesk")});
        QVERIFY(options.error.isEmpty());
        QVERIFY(!options.sandbox);
        QCOMPARE(options.sandboxClient, QStringLiteral("admin"));
        QVERIFY(!options.helpRequested);
    }

    void readsEveryOption()
    {
        const auto options = StartupOptions::parse(
            {QStringLiteral("passdesk"), QStringLiteral("--sandbox"), QStringLiteral("--sandbox-client"),
             QStringLiteral("helpdesk"), QStringLiteral("--lang"), QStringLiteral("de"),
             QStringLiteral("--config-dir"), QStringLiteral("/tmp/x")});
        QVERIFY2(options.error.isEmpty(), qPrintable(options.error));
        QVERIFY(options.sandbox);
        QCOMPARE(options.sandboxClient, QStringLiteral("helpdesk"));
        QCOMPARE(options.language, QStringLiteral("de"));
        QCOMPARE(options.configDir, QStringLiteral("/tmp/x"));
    }

    void takesTheAppOnlyAndBrowserSandboxClients()
    {
        for (const QString &client : {QStringLiteral("app"), QStringLiteral("browser")}) {
            const auto options = StartupOptions::parse(
                {QStringLiteral("passdesk"), QStringLiteral("--sandbox-client"), client});
            QVERIFY2(options.error.isEmpty(), qPrintable(options.error));
            QCOMPARE(options.sandboxClient, client);
        }
        QVERIFY(!StartupOptions::parse({QStringLiteral("passdesk"), QStringLiteral("--sandbox-client"),
                                        QStringLiteral("root")}).error.isEmpty());
    }

    void helpAndVersion()
    {
        QVERIFY(StartupOptions::parse({QStringLiteral("passdesk"), QStringLiteral("--help")}).helpRequested);
        QVERIFY(StartupOptions::parse({QStringLiteral("passdesk"), QStringLiteral("--version")}).versionRequested);
        const auto options = StartupOptions::parse({QStringLiteral("passdesk")});
        QVERIFY(options.helpText.contains(QLatin1String("--sandbox")));
        QVERIFY(options.helpText.contains(QLatin1String("--config-dir")));
    }

    void refusesBadArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown option") << QStringList {QStringLiteral("passdesk"), QStringLiteral("--frobnicate")};
        QTest::newRow("unknown client") << QStringList {QStringLiteral("passdesk"), QStringLiteral("--sandbox-client"), QStringLiteral("root")};
        QTest::newRow("positional") << QStringList {QStringLiteral("passdesk"), QStringLiteral("extra")};
        QTest::newRow("missing value") << QStringList {QStringLiteral("passdesk"), QStringLiteral("--lang")};
        QTest::newRow("tenant and sandbox")
            << QStringList {QStringLiteral("passdesk"), QStringLiteral("--tenant"), QStringLiteral("acme"), QStringLiteral("--sandbox")};
        QTest::newRow("blank tenant") << QStringList {QStringLiteral("passdesk"), QStringLiteral("--tenant"), QStringLiteral("  ")};
    }

    void readsTheTenant()
    {
        const StartupOptions options = StartupOptions::parse(
            {QStringLiteral("passdesk"), QStringLiteral("--tenant"), QStringLiteral(" Acme production ")});
        QVERIFY2(options.error.isEmpty(), qPrintable(options.error));
        QCOMPARE(options.tenant, QStringLiteral("Acme production"));
        QVERIFY(!options.sandbox);
        QVERIFY(options.helpText.contains(QLatin1String("--tenant")));
    }

    void refusesBadArguments()
    {
        QFETCH(QStringList, arguments);
        QVERIFY(!StartupOptions::parse(arguments).error.isEmpty());
    }

    void missingDisplayIsExplained()
    {
        const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
        const QByteArray display = qgetenv("DISPLAY");
        const QByteArray wayland = qgetenv("WAYLAND_DISPLAY");
        qunsetenv("QT_QPA_PLATFORM");
        qunsetenv("DISPLAY");
        qunsetenv("WAYLAND_DISPLAY");
        const QString message = missingDisplayMessage();
        qputenv("DISPLAY", ":99");
        const QString withDisplay = missingDisplayMessage();
        qputenv("QT_QPA_PLATFORM", platform);
        qputenv("DISPLAY", display);
        qputenv("WAYLAND_DISPLAY", wayland);
        QVERIFY(message.contains(QLatin1String("xvfb-run")));
        QVERIFY(!message.contains(u'\n'));
        QVERIFY(withDisplay.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStartupOptions)
#include "tst_startupoptions.moc"
