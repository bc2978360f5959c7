// The password org config: strict parsing with the contract's defaults, partial changes.

#include "core/model/orgconfig.h"

#include <QJsonDocument>
#include <QTest>

using namespace Passdesk;

class TestOrgConfig : public QObject
{
    Q_OBJECT

private slots:
    void parsesTheContractsExample()
    {
        QString error;
        const auto config = OrgConfig::fromJson(
            R"({"customInstructionsEnabled":true,"digitTokenDurationMinutes":9,"digitTokenEnabled":false,"digitTokenLength":6})",
            &error);
        QVERIFY2(config, qPrintable(error));
        QVERIFY(config->customInstructionsEnabled);
        QVERIFY(!config->digitTokenEnabled);
        QCOMPARE(config->digitTokenDurationMinutes, 9);
        QCOMPARE(config->digitTokenLength, 6);
    }

    void missingFieldsTakeTheContractsDefaults()
    {
        QString error;
        const auto empty = OrgConfig::fromJson("{}", &error);
        QVERIFY2(empty, qPrintable(error));
        QVERIFY(!empty->customInstructionsEnabled);
        QVERIFY(!empty->digitTokenEnabled);
        QCOMPARE(empty->digitTokenDurationMinutes, 5);
        QCOMPARE(empty->digitTokenLength, 6);
        const auto partial
            = OrgConfig::fromJson(R"({"digitTokenEnabled":true,"futureField":"x"})", &error);
        QVERIFY2(partial, qPrintable(error));
        QVERIFY(partial->digitTokenEnabled);
        QCOMPARE(partial->digitTokenLength, 6);
    }

    void acceptsTheLimits_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("duration");
        QTest::addColumn<int>("length");
        QTest::newRow("lowest") << QByteArray(
            R"({"digitTokenDurationMinutes":1,"digitTokenLength":6})")
                                << 1 << 6;
        QTest::newRow("highest") << QByteArray(
            R"({"digitTokenDurationMinutes":60,"digitTokenLength":18})")
                                 << 60 << 18;
        QTest::newRow("written as 12.0")
            << QByteArray(R"({"digitTokenDurationMinutes":12.0,"digitTokenLength":9})") << 12 << 9;
    }

    void acceptsTheLimits()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, duration);
        QFETCH(int, length);
        QString error;
        const auto config = OrgConfig::fromJson(body, &error);
        QVERIFY2(config, qPrintable(error));
        QCOMPARE(config->digitTokenDurationMinutes, duration);
        QCOMPARE(config->digitTokenLength, length);
    }

    void refusesWrongTypesAndRanges_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field"); // named in the reason; empty: the body as a whole
        const QString length = QStringLiteral("digitTokenLength");
        const QString duration = QStringLiteral("digitTokenDurationMinutes");
        const QString enabled = QStringLiteral("digitTokenEnabled");
        const QString custom = QStringLiteral("customInstructionsEnabled");
        QTest::newRow("length as string") << QByteArray(R"({"digitTokenLength":"8"})") << length;
        QTest::newRow("length fraction") << QByteArray(R"({"digitTokenLength":8.5})") << length;
        QTest::newRow("length null") << QByteArray(R"({"digitTokenLength":null})") << length;
        QTest::newRow("length bool") << QByteArray(R"({"digitTokenLength":true})") << length;
        QTest::newRow("length too big") << QByteArray(R"({"digitTokenLength":19})") << length;
        QTest::newRow("length too small") << QByteArray(R"({"digitTokenLength":5})") << length;
        QTest::newRow("length huge") << QByteArray(R"({"digitTokenLength":1e300})") << length;
        QTest::newRow("length beyond int")
            << QByteArray(R"({"digitTokenLength":4294967302})") << length;
        QTest::newRow("duration zero")
            << QByteArray(R"({"digitTokenDurationMinutes":0})") << duration;
        QTest::newRow("duration negative")
            << QByteArray(R"({"digitTokenDurationMinutes":-5})") << duration;
        QTest::newRow("duration 61")
            << QByteArray(R"({"digitTokenDurationMinutes":61})") << duration;
        QTest::newRow("duration object")
            << QByteArray(R"({"digitTokenDurationMinutes":{}})") << duration;
        QTest::newRow("enabled as string")
            << QByteArray(R"({"digitTokenEnabled":"true"})") << enabled;
        QTest::newRow("enabled as number") << QByteArray(R"({"digitTokenEnabled":1})") << enabled;
        QTest::newRow("custom null")
            << QByteArray(R"({"customInstructionsEnabled":null})") << custom;
        QTest::newRow("array") << QByteArray("[]") << QString();
        QTest::newRow("null") << QByteArray("null") << QString();
        QTest::newRow("number") << QByteArray("6") << QString();
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("html") << QByteArray("<html>") << QString();
        QTest::newRow("truncated") << QByteArray(R"({"digitTokenLength":6)") << QString();
    }

    void refusesWrongTypesAndRanges()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        QString error;
        QVERIFY(!OrgConfig::fromJson(body, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(field), qPrintable(error));
        QVERIFY(!OrgConfig::fromJson(body, nullptr));
    }

    void toJsonHasAllFourFields()
    {
        const OrgConfig config { true, true, 12, 9 };
        const QJsonObject json = config.toJson();
        QCOMPARE(json.size(), 4);
        QCOMPARE(json.value(QLatin1String("customInstructionsEnabled")), QJsonValue(true));
        QCOMPARE(json.value(QLatin1String("digitTokenEnabled")), QJsonValue(true));
        QCOMPARE(json.value(QLatin1String("digitTokenDurationMinutes")), QJsonValue(12));
        QCOMPARE(json.value(QLatin1String("digitTokenLength")), QJsonValue(9));
        QCOMPARE(OrgConfig::fromJson(QJsonDocument(json).toJson(), nullptr),
            std::optional<OrgConfig>(config));
    }

    void changeHoldsOnlyWhatDiffers()
    {
        const OrgConfig loaded;
        QVERIFY(OrgConfigChange::between(loaded, loaded).isEmpty());
        QVERIFY(OrgConfigChange::between(loaded, loaded).toJson().isEmpty());
        OrgConfig edited = loaded;
        edited.digitTokenLength = 8;
        edited.customInstructionsEnabled = true;
        const OrgConfigChange change = OrgConfigChange::between(loaded, edited);
        QVERIFY(!change.isEmpty());
        QCOMPARE(change.toJson(),
            QJsonObject({ { QStringLiteral("customInstructionsEnabled"), true },
                { QStringLiteral("digitTokenLength"), 8 } }));
        QCOMPARE(change.appliedTo(loaded), edited);
        QVERIFY(change.validationError().isEmpty());

        OrgConfig everything { true, true, 60, 18 };
        const OrgConfigChange all = OrgConfigChange::between(loaded, everything);
        QCOMPARE(all.toJson().size(), 4);
        QCOMPARE(all.appliedTo(loaded), everything);
    }

    void changeAppliesOnTopOfAnotherBase()
    {
        // A change computed against a stale load touches only its own fields.
        OrgConfigChange change;
        change.digitTokenDurationMinutes = 15;
        const OrgConfig fresh { true, true, 5, 12 };
        QCOMPARE(change.appliedTo(fresh), (OrgConfig { true, true, 15, 12 }));
        OrgConfigChange disable;
        disable.digitTokenEnabled = false;
        QVERIFY(!disable.isEmpty()); // false is a change, not "unset"
        QCOMPARE(disable.toJson(), QJsonObject({ { QStringLiteral("digitTokenEnabled"), false } }));
    }

    // Issue 23: a write answered 200 with other values than asked says which fields differ.
    void storedDifferentlyNamesWhatTheServerChanged()
    {
        const OrgConfig old { false, true, 5, 6 };
        OrgConfigChange sent;
        sent.digitTokenLength = 18;
        // Stored as asked: nothing to say.
        QVERIFY(storedDifferently(old, sent, sent.appliedTo(old)).isEmpty());
        // Clamped: the sent field differs from what was asked.
        QCOMPARE(storedDifferently(old, sent, OrgConfig { false, true, 5, 12 }),
            (QList<OrgConfigStoredDifference> { { "digitTokenLength", true } }));
        // A field nobody sent, turned on by the server, counts too; the order is the contract's.
        QCOMPARE(storedDifferently(old, sent, OrgConfig { true, true, 5, 18 }),
            (QList<OrgConfigStoredDifference> { { "customInstructionsEnabled", false } }));
        QCOMPARE(storedDifferently(old, sent, OrgConfig { true, false, 30, 12 }),
            (QList<OrgConfigStoredDifference> { { "customInstructionsEnabled", false },
                { "digitTokenEnabled", false }, { "digitTokenDurationMinutes", false },
                { "digitTokenLength", true } }));
        // A sent field stored as its old value is a difference, though old == stored.
        QCOMPARE(storedDifferently(old, sent, old),
            (QList<OrgConfigStoredDifference> { { "digitTokenLength", true } }));
        // A Create sends every field: only the sent values matter.
        const OrgConfig created { true, true, 10, 8 };
        const OrgConfigChange all = OrgConfigChange::allOf(created);
        QCOMPARE(all.appliedTo(OrgConfig {}), created);
        QVERIFY(storedDifferently(OrgConfig {}, all, created).isEmpty());
        QCOMPARE(storedDifferently(OrgConfig {}, all, OrgConfig { true, true, 10, 6 }),
            (QList<OrgConfigStoredDifference> { { "digitTokenLength", true } }));
    }

    void changeValidation_data()
    {
        QTest::addColumn<int>("duration"); // 0: not set
        QTest::addColumn<int>("length"); // 0: not set
        QTest::addColumn<QString>("field"); // empty: valid
        QTest::newRow("nothing") << 0 << 0 << QString();
        QTest::newRow("limits") << 60 << 18 << QString();
        QTest::newRow("low limits") << 1 << 6 << QString();
        QTest::newRow("duration -1") << -1 << 0 << QStringLiteral("digitTokenDurationMinutes");
        QTest::newRow("duration 61") << 61 << 0 << QStringLiteral("digitTokenDurationMinutes");
        QTest::newRow("length 5") << 0 << 5 << QStringLiteral("digitTokenLength");
        QTest::newRow("length 19") << 0 << 19 << QStringLiteral("digitTokenLength");
    }

    void changeValidation()
    {
        QFETCH(int, duration);
        QFETCH(int, length);
        QFETCH(QString, field);
        OrgConfigChange change;
        if (duration != 0)
            change.digitTokenDurationMinutes = duration;
        if (length != 0)
            change.digitTokenLength = length;
        const QString error = change.validationError();
        QCOMPARE(error.isEmpty(), field.isEmpty());
        QVERIFY2(error.contains(field), qPrintable(error));
    }
};

QTEST_APPLESS_MAIN(TestOrgConfig)
#include "tst_orgconfig.moc"
