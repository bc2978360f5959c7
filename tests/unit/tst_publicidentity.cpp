#include "publicidentity.h"

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
            {"id":"2c9180857182305e0171993735622948","name":"Alison Ferguso","alias":"alison.ferguso","email":"alison.ferguso@acme-solar.com","status":"Active","manager":{"type":"IDENTITY","id":"x","name":"Thomas Edison"},"attributes":[]},
            {"id":"2c9","name":"Thomas Edison","alias":"thomas.edison","email":null,"status":null,"identityState":"INACTIVE_LONG_TERM"},
            {"id":5,"name":["odd"]}])", &error);
        QVERIFY2(list, qPrintable(error));
        QCOMPARE(list->size(), 3);
        QCOMPARE(list->at(0).alias, QStringLiteral("alison.ferguso"));
        QVERIFY(!list->at(0).isInactive());
        QVERIFY(list->at(1).email.isEmpty());
        QVERIFY(list->at(1).isInactive());
        QVERIFY(list->at(2).id.isEmpty()); // wrong types read as empty
    }

    void refusesWhatIsNotAList()
    {
        QString error;
        QVERIFY(!PublicIdentity::listFromJson(R"({"id":"1"})", &error));
        QVERIFY(!PublicIdentity::listFromJson(R"(["a"])", &error));
        QVERIFY(!PublicIdentity::listFromJson("", &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(PublicIdentity::listFromJson("[]", &error)->isEmpty());
    }

    void filterEscapesThePrefix()
    {
        const QString expected = QStringLiteral("alias sw \"ab\" or email sw \"ab\" or firstname sw \"ab\" or lastname sw \"ab\"");
        QCOMPARE(publicIdentityPrefixFilter(QStringLiteral("ab")), expected);
        const QString escaped = publicIdentityPrefixFilter(QStringLiteral("a\"b\\c"));
        QVERIFY(escaped.startsWith(QStringLiteral("alias sw \"a\\\"b\\\\c\"")));
    }
};

QTEST_GUILESS_MAIN(TestPublicIdentity)
#include "tst_publicidentity.moc"
