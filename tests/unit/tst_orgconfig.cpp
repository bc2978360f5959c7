#include "orgconfig.h"

#include <QTest>

using namespace Passdesk;

class TestOrgConfig : public QObject
{
    Q_OBJECT

private slots:
    void parsesAndDefaults()
    {
        QString error;
        const auto config = OrgConfig::fromJson(R"({"customInstructionsEnabled":true,"digitTokenDurationMinutes":9,"digitTokenEnabled":false,"digitTokenLength":6})", &error);
        QVERIFY2(config, qPrintable(error));
        QVERIFY(config->customInstructionsEnabled);
        QCOMPARE(config->digitTokenDurationMinutes, 9);
        const auto empty = OrgConfig::fromJson("{}", &error);
        QCOMPARE(*empty, OrgConfig {}); // the contract's defaults: false, false, 5, 6
        QCOMPARE(empty->digitTokenDurationMinutes, 5);
        QCOMPARE(empty->digitTokenLength, 6);
    }

    void refusesWrongTypesAndRanges_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("length as string") << QByteArray(R"({"digitTokenLength":"8"})");
        QTest::newRow("length fraction") << QByteArray(R"({"digitTokenLength":8.5})");
        QTest::newRow("length too big") << QByteArray(R"({"digitTokenLength":19})");
        QTest::newRow("length too small") << QByteArray(R"({"digitTokenLength":5})");
        QTest::newRow("duration zero") << QByteArray(R"({"digitTokenDurationMinutes":0})");
        QTest::newRow("duration 61") << QByteArray(R"({"digitTokenDurationMinutes":61})");
        QTest::newRow("bool as string") << QByteArray(R"({"digitTokenEnabled":"true"})");
        QTest::newRow("null") << QByteArray(R"({"customInstructionsEnabled":null})");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("garbage") << QByteArray("<html>");
    }

    void refusesWrongTypesAndRanges()
    {
        QFETCH(QByteArray, body);
        QString error;
        QVERIFY(!OrgConfig::fromJson(body, &error));
        QVERIFY(!error.isEmpty());
    }

    void changeHoldsOnlyWhatDiffers()
    {
        OrgConfig loaded;
        OrgConfig edited = loaded;
        QVERIFY(OrgConfigChange::between(loaded, edited).isEmpty());
        edited.digitTokenLength = 8;
        edited.customInstructionsEnabled = true;
        const OrgConfigChange change = OrgConfigChange::between(loaded, edited);
        QCOMPARE(change.toJson().keys(), (QStringList {QStringLiteral("customInstructionsEnabled"), QStringLiteral("digitTokenLength")}));
        QCOMPARE(change.appliedTo(loaded), edited);
        QVERIFY(change.validationError().isEmpty());
        OrgConfigChange bad;
        bad.digitTokenDurationMinutes = 0;
        QVERIFY(bad.validationError().contains(QLatin1String("digitTokenDurationMinutes")));
        QCOMPARE(OrgConfig {}.toJson().size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestOrgConfig)
#include "tst_orgconfig.moc"
