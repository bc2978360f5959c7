// API versions: keys, paths, which operations exist and which need the experimental header.

#include "core/connection/apiversion.h"

#include <QSet>
#include <QTest>

using namespace Passdesk;

Q_DECLARE_METATYPE(Passdesk::ApiVersion)
Q_DECLARE_METATYPE(Passdesk::Endpoint)

namespace {
const QList<ApiVersion> allVersions { ApiVersion::V2025, ApiVersion::V2024, ApiVersion::V2026,
    ApiVersion::Beta, ApiVersion::V3, ApiVersion::ServiceV1 };
}

class TestApiVersion : public QObject
{
    Q_OBJECT

private slots:
    void keys()
    {
        QCOMPARE(apiVersionKeys(),
            (QStringList { QStringLiteral("v2025"), QStringLiteral("v2024"),
                QStringLiteral("v2026"), QStringLiteral("beta"), QStringLiteral("v3"),
                QStringLiteral("service-v1") }));
        QCOMPARE(apiVersionKeys().first(), apiVersionKey(ApiVersion {})); // the default comes first
        for (const ApiVersion version : allVersions)
            QCOMPARE(apiVersionFromKey(apiVersionKey(version)), std::optional<ApiVersion>(version));
        QCOMPARE(apiVersionFromKey(QStringLiteral("V2025")),
            std::optional<ApiVersion>(ApiVersion::V2025));
        QCOMPARE(apiVersionFromKey(QStringLiteral("Service-V1")),
            std::optional<ApiVersion>(ApiVersion::ServiceV1));
        QVERIFY(!apiVersionFromKey(QStringLiteral("v9")));
        QVERIFY(!apiVersionFromKey(QString()));
        QVERIFY(!apiVersionFromKey(QStringLiteral("v2025 ")));
    }

    void displayNames()
    {
        QSet<QString> names;
        for (const ApiVersion version : allVersions) {
            const QString name = apiVersionDisplayName(version);
            QVERIFY(!name.isEmpty());
            names.insert(name);
        }
        QCOMPARE(names.size(), allVersions.size());
        QCOMPARE(apiVersionDisplayName(ApiVersion::V2025), QStringLiteral("v2025 (current)"));
        QCOMPARE(apiVersionDisplayName(ApiVersion::V3),
            QStringLiteral("v3 (config only, no digit tokens)"));
    }

    void paths_data()
    {
        QTest::addColumn<ApiVersion>("version");
        QTest::addColumn<Endpoint>("endpoint");
        QTest::addColumn<QString>("path"); // empty: the version lacks the operation
        QTest::addColumn<bool>("experimental");
        const struct
        {
            ApiVersion version;
            const char *prefix;
            bool experimental;
        } versioned[]
            = { { ApiVersion::V2025, "/v2025", true }, { ApiVersion::V2024, "/v2024", true },
                  { ApiVersion::V2026, "/v2026", true }, { ApiVersion::Beta, "/beta", false } };
        for (const auto &row : versioned) {
            const QString prefix = QString::fromLatin1(row.prefix);
            QTest::addRow("%s config", row.prefix)
                << row.version << Endpoint::OrgConfig
                << QString(prefix + QStringLiteral("/password-org-config")) << false;
            QTest::addRow("%s token", row.prefix)
                << row.version << Endpoint::DigitToken
                << QString(prefix + QStringLiteral("/generate-password-reset-token/digit"))
                << row.experimental;
            QTest::addRow("%s identities", row.prefix)
                << row.version << Endpoint::PublicIdentities
                << QString(prefix + QStringLiteral("/public-identities")) << false;
        }
        QTest::newRow("v3 config") << ApiVersion::V3 << Endpoint::OrgConfig
                                   << QStringLiteral("/v3/password-org-config") << false;
        QTest::newRow("v3 token") << ApiVersion::V3 << Endpoint::DigitToken << QString() << false;
        QTest::newRow("v3 identities") << ApiVersion::V3 << Endpoint::PublicIdentities
                                       << QStringLiteral("/v3/public-identities") << false;
        QTest::newRow("service config") << ApiVersion::ServiceV1 << Endpoint::OrgConfig
                                        << QStringLiteral("/password-org-config/v1") << false;
        QTest::newRow("service token")
            << ApiVersion::ServiceV1 << Endpoint::DigitToken
            << QStringLiteral("/generate-password-reset-token/v1/digit") << true;
        QTest::newRow("service identities") << ApiVersion::ServiceV1 << Endpoint::PublicIdentities
                                            << QStringLiteral("/v3/public-identities") << false;
    }

    void paths()
    {
        QFETCH(ApiVersion, version);
        QFETCH(Endpoint, endpoint);
        QFETCH(QString, path);
        QFETCH(bool, experimental);
        QCOMPARE(endpointPath(version, endpoint), path);
        QCOMPARE(supportsEndpoint(version, endpoint), !path.isEmpty());
        QCOMPARE(needsExperimentalHeader(version, endpoint), experimental);
    }
};

QTEST_APPLESS_MAIN(TestApiVersion)
#include "tst_apiversion.moc"
