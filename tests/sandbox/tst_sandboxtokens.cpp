// Digit tokens and identity lookups on the sandbox tenant, over plain HTTP.

#include "sandboxhttp.h"

#include <QTest>

using namespace Passdesk::Sandbox;
using namespace Passdesk::Testing;

namespace {

const QString betaDigit = QStringLiteral("/beta/generate-password-reset-token/digit");
const QList<QPair<QByteArray, QByteArray>> experimental {
    { QByteArrayLiteral("X-SailPoint-Experimental"), QByteArrayLiteral("true") }
};

// The filter Passdesk sends for a lookup by prefix, with the client's escaping.
QString prefixFilter(const QString &prefix)
{
    QString quoted = prefix;
    quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('"'), QLatin1String("\\\""));
    QStringList terms;
    for (const char *field : { "alias", "email", "firstname", "lastname" })
        terms.append(QLatin1String(field) + QLatin1String(" sw \"") + quoted + QLatin1Char('"'));
    return terms.join(QLatin1String(" or "));
}

QStringList aliases(const QJsonArray &identities)
{
    QStringList result;
    for (const auto &identity : identities)
        result.append(identity.toObject().value(QLatin1String("alias")).toString());
    return result;
}

} // namespace

class TestSandboxTokens final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_server = std::make_unique<SandboxServer>();
        QVERIFY(m_server->listen());
        m_http = std::make_unique<SandboxHttp>(*m_server);
        QVERIFY(m_http->signIn(QStringLiteral("sandbox-helpdesk")));
    }

    void tokensAreRandomDigitsOfTheRequestedLength()
    {
        QSet<QString> seen;
        for (int length : { 6, 12, 18 }) {
            const HttpReply reply = m_http->send("POST", betaDigit,
                QStringLiteral(R"({"userId":"abby.smith","length":%1})").arg(length).toUtf8());
            QCOMPARE(reply.status, 200);
            const QString digits = reply.json.value(QLatin1String("digitToken")).toString();
            QCOMPARE(digits.size(), length);
            QVERIFY(std::all_of(
                digits.cbegin(), digits.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; }));
            QCOMPARE(reply.json.value(QLatin1String("requestId")).toString().size(), 36);
            QCOMPARE(m_server->lastDigitToken(), digits);
            seen.insert(digits);
        }
        QCOMPARE(seen.size(), 3);
        // Without a length the contract's default of 6 applies.
        QCOMPARE(m_http->send("POST", betaDigit, R"({"userId":"Abby.Smith"})")
                     .json.value(QLatin1String("digitToken"))
                     .toString()
                     .size(),
            6);
    }

    void nextTokenKeepsItsLeadingZeros()
    {
        m_server->setNextDigitToken(QStringLiteral("0012345678"));
        const HttpReply reply
            = m_http->send("POST", betaDigit, R"({"userId":"Abby.Smith","length":10})");
        QCOMPARE(
            reply.json.value(QLatin1String("digitToken")).toString(), QStringLiteral("0012345678"));
        QCOMPARE(m_server->lastDigitToken(), QStringLiteral("0012345678"));
        // Only the next one: the following token is random again.
        QVERIFY(m_http->send("POST", betaDigit, R"({"userId":"Abby.Smith","length":10})")
                    .json.value(QLatin1String("digitToken"))
                    .toString()
            != QStringLiteral("0012345678"));
    }

    void numericModeWritesTheNumberLiterally()
    {
        m_server->setNumericDigitToken(true);
        m_server->setNextDigitToken(QStringLiteral("001234567890123456"));
        const HttpReply reply
            = m_http->send("POST", betaDigit, R"({"userId":"Abby.Smith","length":18})");
        QCOMPARE(reply.status, 200);
        QVERIFY2(reply.body.contains("\"digitToken\":1234567890123456,"), reply.body.constData());
        QVERIFY(reply.json.value(QLatin1String("digitToken")).isDouble());
    }

    void experimentalHeaderRule()
    {
        const QByteArray body = R"({"userId":"Abby.Smith","length":8})";
        for (const QString &path : { QStringLiteral("/v2024/generate-password-reset-token/digit"),
                 QStringLiteral("/v2025/generate-password-reset-token/digit"),
                 QStringLiteral("/v2026/generate-password-reset-token/digit"),
                 QStringLiteral("/generate-password-reset-token/v1/digit") }) {
            const HttpReply without = m_http->send("POST", path, body);
            QCOMPARE(without.status, 400);
            QCOMPARE(without.json.keys(), QStringList { QStringLiteral("error") });
            QCOMPARE(without.json.value(QLatin1String("error")).toString(),
                QStringLiteral("Experimental Header is missing or invalid."));
            QCOMPARE(m_http->send("POST", path, body, experimental).status, 200);
        }
        QCOMPARE(m_http->send("POST", betaDigit, body).status, 200);
        QCOMPARE(m_http
                     ->send("POST", QStringLiteral("/v3/generate-password-reset-token/digit"), body,
                         experimental)
                     .status,
            404);
    }

    void disabledDigitTokensAreRefused()
    {
        QJsonObject config = *m_server->orgConfig();
        config.insert(QStringLiteral("digitTokenEnabled"), false);
        m_server->setOrgConfig(config);
        const HttpReply refused = m_http->send("POST", betaDigit, R"({"userId":"Abby.Smith"})");
        QCOMPARE(refused.status, 400);
        QVERIFY(refused.firstText("causes").contains(QLatin1String("disabled")));
        QVERIFY(refused.firstText("causes").contains(QLatin1String("admin")));
        m_server->removeOrgConfig();
        QCOMPARE(m_http->send("POST", betaDigit, R"({"userId":"Abby.Smith"})").status, 400);
    }

    void unknownUserIsNamedInEveryLanguage()
    {
        for (const char *language : { "en-US", "de-DE", "fr-FR", "es-ES", "ja-JP" }) {
            m_http->language = language;
            const HttpReply reply
                = m_http->send("POST", betaDigit, R"({"userId":"nobody.at.all"})");
            QCOMPARE(reply.status, 400);
            QCOMPARE(reply.json.value(QLatin1String("trackingId")).toString().size(), 32);
            QVERIFY2(reply.firstText("causes").contains(QLatin1String("'nobody.at.all'")),
                qPrintable(reply.firstText("causes")));
        }
    }

    void tokenRequestValidation_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("mention");
        QTest::newRow("no user") << QByteArray(R"({"length":8})") << QStringLiteral("userId");
        QTest::newRow("numeric user") << QByteArray(R"({"userId":42})") << QStringLiteral("userId");
        QTest::newRow("short") << QByteArray(R"({"userId":"Abby.Smith","length":5})")
                               << QStringLiteral("length");
        QTest::newRow("string length")
            << QByteArray(R"({"userId":"Abby.Smith","length":"8"})") << QStringLiteral("length");
        QTest::newRow("long duration")
            << QByteArray(R"({"userId":"Abby.Smith","durationMinutes":61})")
            << QStringLiteral("durationMinutes");
        QTest::newRow("not json") << QByteArray("userId=Abby.Smith") << QStringLiteral("JSON");
    }

    void tokenRequestValidation()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, mention);
        const HttpReply reply = m_http->send("POST", betaDigit, body);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json.value(QLatin1String("detailCode")).toString(),
            QStringLiteral("400.1 Bad Request Content"));
        QVERIFY2(
            reply.firstText("causes").contains(mention), qPrintable(reply.firstText("causes")));
    }

    void readonlyClientCannotCreateTokens()
    {
        QVERIFY(m_http->signIn(QStringLiteral("sandbox-readonly")));
        const HttpReply reply = m_http->send("POST", betaDigit, R"({"userId":"Abby.Smith"})");
        QCOMPARE(reply.status, 403);
        QVERIFY(
            reply.firstText("causes").contains(QLatin1String("idn:password-digit-token:create")));
    }

    void directoryIsSeeded()
    {
        const QList<SandboxIdentity> people = m_server->identities();
        QVERIFY(people.size() >= 18);
        QCOMPARE(people.first().alias, QStringLiteral("Abby.Smith"));
        QCOMPARE(people.first().email, QStringLiteral("abby.smith@acme-solar.example"));
        QVERIFY(std::any_of(people.cbegin(), people.cend(), [](const SandboxIdentity &person) {
            return person.identityState == QLatin1String("INACTIVE_LONG_TERM")
                && person.status == QLatin1String("Inactive");
        }));
    }

    void lookupByPrefix_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("alias") << QStringLiteral("ab")
                               << QStringList { QStringLiteral("Abby.Smith") };
        QTest::newRow("shared prefix")
            << QStringLiteral("alison.ferg")
            << QStringList { QStringLiteral("Alison.Ferguson"), QStringLiteral("Alison.Fergus") };
        QTest::newRow("email") << QStringLiteral("grace.hopper@")
                               << QStringList { QStringLiteral("Grace.Hopper") };
        QTest::newRow("first name")
            << QStringLiteral("JOS") << QStringList { QStringLiteral("Jose.Muller") };
        QTest::newRow("non-ASCII last name")
            << QStringLiteral("Mü") << QStringList { QStringLiteral("Jose.Muller") };
        QTest::newRow("quote and backslash") << QStringLiteral("a\"b\\") << QStringList {};
    }

    void lookupByPrefix()
    {
        QFETCH(QString, prefix);
        QFETCH(QStringList, expected);
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("250"));
        query.addQueryItem(QStringLiteral("filters"),
            QString::fromLatin1(QUrl::toPercentEncoding(prefixFilter(prefix))));
        const HttpReply reply = m_http->get(QStringLiteral("/v2025/public-identities"), query);
        QCOMPARE(reply.status, 200);
        QCOMPARE(aliases(reply.array), expected);
    }

    void lookupReturnsPublicIdentities()
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("filters"), QStringLiteral("alias eq \"Bruno.Keller\""));
        const HttpReply reply = m_http->get(QStringLiteral("/v3/public-identities"), query);
        QCOMPARE(reply.array.size(), 1);
        const QJsonObject bruno = reply.array.first().toObject();
        QCOMPARE(bruno.value(QLatin1String("name")).toString(), QStringLiteral("Bruno Keller"));
        QCOMPARE(bruno.value(QLatin1String("identityState")).toString(),
            QStringLiteral("INACTIVE_LONG_TERM"));
        QCOMPARE(bruno.value(QLatin1String("status")).toString(), QStringLiteral("Inactive"));
        QCOMPARE(bruno.value(QLatin1String("manager"))
                     .toObject()
                     .value(QLatin1String("type"))
                     .toString(),
            QStringLiteral("IDENTITY"));
        QVERIFY(bruno.value(QLatin1String("attributes")).isArray());
        QVERIFY(!bruno.value(QLatin1String("id")).toString().isEmpty());
    }

    void lookupPagesAndCounts()
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("3"));
        query.addQueryItem(QStringLiteral("offset"), QStringLiteral("1"));
        query.addQueryItem(QStringLiteral("count"), QStringLiteral("true"));
        const HttpReply reply = m_http->get(QStringLiteral("/beta/public-identities"), query);
        QCOMPARE(reply.array.size(), 3);
        QCOMPARE(reply.header("X-Total-Count").toInt(), m_server->identities().size());
        QCOMPARE(aliases(reply.array).first(), m_server->identities().at(1).alias);
    }

    void badFilterIs400()
    {
        for (const QString &filter : { QStringLiteral("alias xx \"a\""),
                 QStringLiteral("alias sw \"open"), QStringLiteral("colour eq \"blue\""),
                 QStringLiteral("alias sw \"a\" nor email sw \"b\""), QStringLiteral("id sw \"a\""),
                 QStringLiteral("alias in (\"Abby.Smith\")"), QStringLiteral("id in (\"a\",)"),
                 QStringLiteral("id in (\"a\"") }) {
            QUrlQuery query;
            query.addQueryItem(
                QStringLiteral("filters"), QString::fromLatin1(QUrl::toPercentEncoding(filter)));
            const HttpReply reply = m_http->get(QStringLiteral("/v2025/public-identities"), query);
            QCOMPARE(reply.status, 400);
            QVERIFY(!reply.firstText("causes").isEmpty());
        }
    }

    void lookupByIdList()
    {
        const QList<SandboxIdentity> people = m_server->identities();
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("filters"),
            QString::fromLatin1(QUrl::toPercentEncoding(
                QStringLiteral("id in (\"%1\", \"%2\") or alias eq \"Grace.Hopper\"")
                    .arg(people.at(3).id, people.at(1).id))));
        const HttpReply reply = m_http->get(QStringLiteral("/v2025/public-identities"), query);
        QCOMPARE(reply.status, 200);
        QCOMPARE(aliases(reply.array),
            (QStringList {
                people.at(1).alias, people.at(3).alias, QStringLiteral("Grace.Hopper") }));
    }

    void lookupSortsByName()
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("filters"),
            QStringLiteral("firstname sw \"Alison\" or alias eq \"Abby.Smith\""));
        query.addQueryItem(QStringLiteral("sorters"), QStringLiteral("-name"));
        QCOMPARE(aliases(m_http->get(QStringLiteral("/v2025/public-identities"), query).array),
            (QStringList { QStringLiteral("Alison.Ferguson"), QStringLiteral("Alison.Fergus"),
                QStringLiteral("Abby.Smith") }));
        query.removeAllQueryItems(QStringLiteral("sorters"));
        query.addQueryItem(QStringLiteral("sorters"), QStringLiteral("name"));
        QCOMPARE(aliases(m_http->get(QStringLiteral("/v2025/public-identities"), query).array),
            (QStringList { QStringLiteral("Abby.Smith"), QStringLiteral("Alison.Fergus"),
                QStringLiteral("Alison.Ferguson") }));
        query.removeAllQueryItems(QStringLiteral("sorters"));
        query.addQueryItem(QStringLiteral("sorters"), QStringLiteral("email"));
        QCOMPARE(m_http->get(QStringLiteral("/v2025/public-identities"), query).status, 400);
    }

    void lookupChecksPaging_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::newRow("limit above 250") << QStringLiteral("limit") << QStringLiteral("251");
        QTest::newRow("negative limit") << QStringLiteral("limit") << QStringLiteral("-1");
        QTest::newRow("word limit") << QStringLiteral("limit") << QStringLiteral("ten");
        QTest::newRow("negative offset") << QStringLiteral("offset") << QStringLiteral("-5");
    }

    void lookupChecksPaging()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        QUrlQuery query;
        query.addQueryItem(name, value);
        m_http->language = "fr-FR";
        const HttpReply reply = m_http->get(QStringLiteral("/v2025/public-identities"), query);
        QCOMPARE(reply.status, 400);
        QVERIFY2(reply.firstText("causes").contains(name), qPrintable(reply.firstText("causes")));
        QVERIFY2(reply.firstText("causes").contains(QStringLiteral("paramètre")),
            qPrintable(reply.firstText("causes")));
    }

    void badFilterIsQuotedAsSent()
    {
        const QString filter = QStringLiteral("alias zz \"%1 %2\"");
        QUrlQuery query;
        query.addQueryItem(
            QStringLiteral("filters"), QString::fromLatin1(QUrl::toPercentEncoding(filter)));
        const HttpReply reply = m_http->get(QStringLiteral("/v2025/public-identities"), query);
        QCOMPARE(reply.status, 400);
        QVERIFY2(reply.firstText("causes").contains(filter), qPrintable(reply.firstText("causes")));
    }

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxHttp> m_http;
};

QTEST_GUILESS_MAIN(TestSandboxTokens)
#include "tst_sandboxtokens.moc"
