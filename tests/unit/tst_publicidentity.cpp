// Public identities: tolerant field reading, strict list shape, inactive marking, filters.

#include "core/model/publicidentity.h"

#include <QTest>

using namespace Passdesk;

class TestPublicIdentity : public QObject
{
    Q_OBJECT

private slots:
    void parsesTheContractsExample()
    {
        QString error;
        const auto list = PublicIdentity::listFromJson(R"([
            {"id":"2c9180857182305e0171993735622948","name":"Alison Ferguso","alias":"alison.ferguso","email":"alison.ferguso@acme-solar.com","status":"Active","identityState":"ACTIVE",
             "manager":{"type":"IDENTITY","id":"2c9180a46faadee4016fb4e018c20639","name":"Thomas Edison"},
             "attributes":[{"key":"phone","name":"Phone","value":"5125551234"}]},
            {"id":"2c9180a46faadee4016fb4e018c20639","name":"Thomas Edison","alias":"thomas.edison","email":null,"status":null,"identityState":"INACTIVE_LONG_TERM","manager":null}])",
            &error);
        QVERIFY2(list, qPrintable(error));
        QCOMPARE(list->size(), 2);
        const PublicIdentity alison { QStringLiteral("2c9180857182305e0171993735622948"),
            QStringLiteral("Alison Ferguso"), QStringLiteral("alison.ferguso"),
            QStringLiteral("alison.ferguso@acme-solar.com"), QStringLiteral("Active"),
            QStringLiteral("ACTIVE") };
        QCOMPARE(list->at(0), alison);
        QVERIFY(!list->at(0).isInactive());
        QCOMPARE(list->at(1).alias, QStringLiteral("thomas.edison"));
        QVERIFY(list->at(1).email.isEmpty());
        QVERIFY(list->at(1).status.isEmpty());
        QVERIFY(list->at(1).isInactive());
    }

    void missingAndWrongTypedFieldsReadAsEmpty()
    {
        QString error;
        const auto list = PublicIdentity::listFromJson(
            R"([{}, {"id":5,"name":["odd"],"alias":{"x":1},"email":true,"status":1.5,"identityState":null}])",
            &error);
        QVERIFY2(list, qPrintable(error));
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0), PublicIdentity {});
        QCOMPARE(list->at(1), PublicIdentity {});
    }

    void refusesWhatIsNotAListOfObjects_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("object") << QByteArray(R"({"id":"1"})");
        QTest::newRow("string entry") << QByteArray(R"([{"id":"1"},"a"])");
        QTest::newRow("null entry") << QByteArray(R"([null])");
        QTest::newRow("nested array") << QByteArray(R"([[{"id":"1"}]])");
        QTest::newRow("empty body") << QByteArray();
        QTest::newRow("html") << QByteArray("<html><title>Login</title></html>");
        QTest::newRow("truncated") << QByteArray(R"([{"id":"1"})");
    }

    void refusesWhatIsNotAListOfObjects()
    {
        QFETCH(QByteArray, body);
        QString error;
        QVERIFY(!PublicIdentity::listFromJson(body, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!PublicIdentity::listFromJson(body, nullptr));
    }

    void emptyListIsFine()
    {
        QString error;
        const auto list = PublicIdentity::listFromJson("[]", &error);
        QVERIFY(list);
        QVERIFY(list->isEmpty());
    }

    void inactive_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("identityState");
        QTest::addColumn<bool>("inactive");
        QTest::newRow("active") << QStringLiteral("Active") << QStringLiteral("ACTIVE") << false;
        QTest::newRow("nothing known") << QString() << QString() << false;
        QTest::newRow("short term")
            << QStringLiteral("Active") << QStringLiteral("INACTIVE_SHORT_TERM") << true;
        QTest::newRow("long term") << QString() << QStringLiteral("INACTIVE_LONG_TERM") << true;
        QTest::newRow("state lower case")
            << QString() << QStringLiteral("inactive_short_term") << true;
        QTest::newRow("status inactive") << QStringLiteral("Inactive") << QString() << true;
        QTest::newRow("status upper case") << QStringLiteral("INACTIVE") << QString() << true;
        QTest::newRow("status merely containing it")
            << QStringLiteral("Not Inactive") << QString() << false;
    }

    void inactive()
    {
        QFETCH(QString, status);
        QFETCH(QString, identityState);
        QFETCH(bool, inactive);
        PublicIdentity identity;
        identity.status = status;
        identity.identityState = identityState;
        QCOMPARE(identity.isInactive(), inactive);
    }

    void filterEscapesThePrefix_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("plain") << QStringLiteral("ab") << QStringLiteral("ab");
        QTest::newRow("quote") << QStringLiteral("a\"b") << QStringLiteral("a\\\"b");
        QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("a\\\\b");
        QTest::newRow("backslash before quote")
            << QStringLiteral("\\\"") << QStringLiteral("\\\\\\\"");
        QTest::newRow("filter syntax stays text")
            << QStringLiteral("x\" or id eq \"y") << QStringLiteral("x\\\" or id eq \\\"y");
        QTest::newRow("empty") << QString() << QString();
    }

    void filterEscapesThePrefix()
    {
        QFETCH(QString, prefix);
        QFETCH(QString, escaped);
        const QString expected = QStringLiteral(
            "alias sw \"%1\" or email sw \"%1\" or firstname sw \"%1\" or lastname sw \"%1\"")
                                     .arg(escaped);
        QCOMPARE(publicIdentityPrefixFilter(prefix), expected);
    }

    void mayMatchALongerPrefix_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<bool>("mayMatch");
        QTest::newRow("alias") << QStringLiteral("Alison.F") << true;
        QTest::newRow("alias, other case") << QStringLiteral("alison.f") << true;
        QTest::newRow("email") << QStringLiteral("ali.fer@") << true;
        QTest::newRow("first word of the name") << QStringLiteral("ALIS") << true;
        QTest::newRow("last word of the name") << QStringLiteral("ferg") << true;
        QTest::newRow("inside a word") << QStringLiteral("lison") << false;
        QTest::newRow("across words") << QStringLiteral("Alison F") << false;
        QTest::newRow("another person") << QStringLiteral("Abby") << false;
    }

    void mayMatchALongerPrefix()
    {
        QFETCH(QString, prefix);
        QFETCH(bool, mayMatch);
        const PublicIdentity alison { QStringLiteral("1"), QStringLiteral("Alison  Fergus"),
            QStringLiteral("Alison.Fergus"), QStringLiteral("ali.fer@example.com"),
            QStringLiteral("Active"), QStringLiteral("ACTIVE") };
        QCOMPARE(publicIdentityMayMatchPrefix(alison, prefix), mayMatch);
    }
};

QTEST_APPLESS_MAIN(TestPublicIdentity)
#include "tst_publicidentity.moc"
