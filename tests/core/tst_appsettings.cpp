#include "core/settings/appsettings.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Passdesk;

class TestAppSettings : public QObject
{
    Q_OBJECT

private slots:
    void defaults()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.path());
        QVERIFY(settings.language().isEmpty());
        QVERIFY(settings.requireCallerVerification());
        QCOMPARE(settings.clipboardClearSeconds(), 30);
        QVERIFY(settings.fileName().startsWith(dir.path()));
    }

    void persistsInTheGivenDirectory()
    {
        QTemporaryDir dir;
        {
            AppSettings settings(dir.path());
            QSignalSpy changed(&settings, &AppSettings::changed);
            settings.setLanguage(QStringLiteral("fr"));
            settings.setRequireCallerVerification(false);
            settings.setClipboardClearSeconds(12);
            QCOMPARE(changed.count(), 3);
            settings.setClipboardClearSeconds(12); // unchanged: no signal
            QCOMPARE(changed.count(), 3);
        }
        AppSettings reopened(dir.path());
        QCOMPARE(reopened.language(), QStringLiteral("fr"));
        QVERIFY(!reopened.requireCallerVerification());
        QCOMPARE(reopened.clipboardClearSeconds(), 12);
        QVERIFY(QFile::exists(reopened.fileName()));
    }

    void clipboardTimeIsBounded()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.path());
        settings.setClipboardClearSeconds(-5);
        QCOMPARE(settings.clipboardClearSeconds(), 0);
        settings.setClipboardClearSeconds(999999);
        QCOMPARE(settings.clipboardClearSeconds(), 3600);
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
