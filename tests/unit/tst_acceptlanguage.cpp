#include "acceptlanguage.h"

#include <QTest>

using namespace Passdesk;

class TestAcceptLanguage : public QObject
{
    Q_OBJECT

private slots:
    void builds_data()
    {
        QTest::addColumn<QStringList>("languages");
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("german") << QStringList {QStringLiteral("de-DE")} << QByteArray("de-DE,de;q=0.9,en;q=0.5");
        QTest::newRow("german twice") << QStringList {QStringLiteral("de-DE"), QStringLiteral("de")} << QByteArray("de-DE,de;q=0.9,en;q=0.5");
        QTest::newRow("underscore") << QStringList {QStringLiteral("fr_FR")} << QByteArray("fr-FR,fr;q=0.9,en;q=0.5");
        QTest::newRow("english") << QStringList {QStringLiteral("en-US")} << QByteArray("en-US,en;q=0.9");
        QTest::newRow("japanese") << QStringList {QStringLiteral("ja-JP"), QStringLiteral("ja")} << QByteArray("ja-JP,ja;q=0.9,en;q=0.5");
        QTest::newRow("empty") << QStringList {} << QByteArray("en");
        QTest::newRow("C locale") << QStringList {QStringLiteral("C")} << QByteArray("en");
    }

    void builds()
    {
        QFETCH(QStringList, languages);
        QFETCH(QByteArray, header);
        QCOMPARE(acceptLanguageHeader(languages), header);
    }
};

QTEST_GUILESS_MAIN(TestAcceptLanguage)
#include "tst_acceptlanguage.moc"
