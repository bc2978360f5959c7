// The Accept-Language header sent so the server answers in the UI language when it can.

#include "core/net/acceptlanguage.h"

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
        QTest::newRow("german (the header's example)")
            << QStringList { QStringLiteral("de-DE") } << QByteArray("de-DE,de;q=0.9,en;q=0.5");
        QTest::newRow("german twice") << QStringList { QStringLiteral("de-DE"),
            QStringLiteral("de") } << QByteArray("de-DE,de;q=0.9,en;q=0.5");
        QTest::newRow("bare language")
            << QStringList { QStringLiteral("fr") } << QByteArray("fr,en;q=0.5");
        QTest::newRow("underscore")
            << QStringList { QStringLiteral("fr_FR") } << QByteArray("fr-FR,fr;q=0.9,en;q=0.5");
        QTest::newRow("english") << QStringList { QStringLiteral("en-US") }
                                 << QByteArray("en-US,en;q=0.9");
        QTest::newRow("english second") << QStringList { QStringLiteral("de-DE"),
            QStringLiteral("en-US") } << QByteArray("de-DE,en-US;q=0.9,de;q=0.8,en;q=0.7");
        QTest::newRow("two languages") << QStringList { QStringLiteral("de-DE"),
            QStringLiteral("fr-FR") } << QByteArray("de-DE,fr-FR;q=0.9,de;q=0.8,fr;q=0.7,en;q=0.5");
        QTest::newRow("weights stop at 0.6")
            << QStringList { QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es"),
                   QStringLiteral("it"), QStringLiteral("nl"), QStringLiteral("pt") }
            << QByteArray("de,fr;q=0.9,es;q=0.8,it;q=0.7,nl;q=0.6,pt;q=0.6,en;q=0.5");
        QTest::newRow("japanese") << QStringList { QStringLiteral("ja-JP"), QStringLiteral("ja") }
                                  << QByteArray("ja-JP,ja;q=0.9,en;q=0.5");
        QTest::newRow("script subtag") << QStringList { QStringLiteral("zh-Hant-TW") }
                                       << QByteArray("zh-Hant-TW,zh;q=0.9,en;q=0.5");
        QTest::newRow("duplicates in other case") << QStringList { QStringLiteral("de-DE"),
            QStringLiteral("DE-de") } << QByteArray("de-DE,de;q=0.9,en;q=0.5");
        QTest::newRow("spaces trimmed")
            << QStringList { QStringLiteral(" en_GB ") } << QByteArray("en-GB,en;q=0.9");
        QTest::newRow("not a tag skipped") << QStringList { QStringLiteral("日本語"),
            QStringLiteral("ja") } << QByteArray("ja,en;q=0.5");
        QTest::newRow("header injection skipped")
            << QStringList { QStringLiteral("de\r\nX-Evil: 1"), QStringLiteral("fr") }
            << QByteArray("fr,en;q=0.5");
        QTest::newRow("empty") << QStringList {} << QByteArray("en");
        QTest::newRow("blank entries")
            << QStringList { QString(), QStringLiteral("  ") } << QByteArray("en");
        QTest::newRow("C locale") << QStringList { QStringLiteral("C") } << QByteArray("en");
        QTest::newRow("POSIX locale")
            << QStringList { QStringLiteral("POSIX") } << QByteArray("en");
        // The grammar: letters first, then hyphen-separated subtags of letters and digits, each
        // one to eight long.
        QTest::newRow("digits after the first subtag")
            << QStringList { QStringLiteral("es-419") } << QByteArray("es-419,es;q=0.9,en;q=0.5");
        QTest::newRow("malformed tags skipped")
            << QStringList { QStringLiteral("1de"), QStringLiteral("de-"), QStringLiteral("-de"),
                   QStringLiteral("de--DE"), QStringLiteral("deutschla"),
                   QStringLiteral("de-abcdefghi"), QStringLiteral("de-D.E"), QStringLiteral("fr") }
            << QByteArray("fr,en;q=0.5");
        QTest::newRow("eight letters and eight digits")
            << QStringList { QStringLiteral("abcdefgh-12345678") }
            << QByteArray("abcdefgh-12345678,abcdefgh;q=0.9,en;q=0.5");
    }

    void builds()
    {
        QFETCH(QStringList, languages);
        QFETCH(QByteArray, header);
        QCOMPARE(acceptLanguageHeader(languages), header);
    }
};

QTEST_APPLESS_MAIN(TestAcceptLanguage)
#include "tst_acceptlanguage.moc"
