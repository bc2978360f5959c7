// Picking the server's messages in the best locale for the UI languages.

#include "core/model/localizedtext.h"

#include <QTest>

using namespace Passdesk;

namespace {
LocalizedText text(const char *locale, const char *value, const char *origin = "REQUEST")
{
    return { QString::fromLatin1(locale), QString::fromLatin1(origin), QString::fromLatin1(value) };
}
} // namespace

class TestLocalizedText : public QObject
{
    Q_OBJECT

private slots:
    void picksExactThenLanguageThenEnglishThenFirst_data()
    {
        QTest::addColumn<QStringList>("uiLanguages");
        QTest::addColumn<QString>("expected");
        QTest::newRow("exact") << QStringList { QStringLiteral("de-DE") }
                               << QStringLiteral("de-de");
        QTest::newRow("exact, other case and underscore")
            << QStringList { QStringLiteral("DE_de") } << QStringLiteral("de-de");
        QTest::newRow("same language")
            << QStringList { QStringLiteral("de-AT") } << QStringLiteral("de-ch");
        QTest::newRow("bare language")
            << QStringList { QStringLiteral("fr") } << QStringLiteral("fr");
        QTest::newRow("first preference wins over an exact second")
            << QStringList { QStringLiteral("de-AT"), QStringLiteral("fr-FR") }
            << QStringLiteral("de-ch");
        QTest::newRow("second preference before English") << QStringList { QStringLiteral("ja-JP"),
            QStringLiteral("fr-CA") } << QStringLiteral("fr");
        QTest::newRow("English fallback")
            << QStringList { QStringLiteral("ja-JP") } << QStringLiteral("en");
        QTest::newRow("no UI languages") << QStringList {} << QStringLiteral("en");
        QTest::newRow("empty UI language ignored")
            << QStringList { QString() } << QStringLiteral("en");
    }

    void picksExactThenLanguageThenEnglishThenFirst()
    {
        QFETCH(QStringList, uiLanguages);
        QFETCH(QString, expected);
        const QList<LocalizedText> texts { text("fr-FR", "fr"), text("en-US", "en", "DEFAULT"),
            text("de-CH", "de-ch"), text("de-DE", "de-de") };
        const LocalizedText *best = bestLocalizedText(texts, uiLanguages);
        QVERIFY(best);
        QCOMPARE(best->text, expected);
    }

    void withoutEnglishTheFirstWins()
    {
        const QList<LocalizedText> texts { text("fr-FR", "fr"), text("es-ES", "es") };
        QCOMPARE(bestLocalizedText(texts, { QStringLiteral("ja") })->text, QStringLiteral("fr"));
        const QList<LocalizedText> unlabelled { text("", "a"), text("de", "b") };
        QCOMPARE(
            bestLocalizedText(unlabelled, { QStringLiteral("ja") })->text, QStringLiteral("a"));
        QCOMPARE(
            bestLocalizedText(unlabelled, { QStringLiteral("de-DE") })->text, QStringLiteral("b"));
        QVERIFY(!bestLocalizedText({}, { QStringLiteral("en") }));
    }

    void keepsAllEntriesOfTheBestLocale()
    {
        const QList<LocalizedText> texts { text("en-US", "one"), text("de-DE", "eins"),
            text("en-US", "two"), text("de-DE", "zwei") };
        QCOMPARE(bestLocalizedTexts(texts, { QStringLiteral("de") }),
            (QList<LocalizedText> { text("de-DE", "eins"), text("de-DE", "zwei") }));
        QCOMPARE(bestLocalizedTexts(texts, { QStringLiteral("ja") }),
            (QList<LocalizedText> { text("en-US", "one"), text("en-US", "two") }));
    }

    void localesDifferingOnlyInCaseAreOne()
    {
        const QList<LocalizedText> texts { text("en-US", "one"), text("EN-us", "two"),
            text("de-DE", "eins") };
        QCOMPARE(bestLocalizedTexts(texts, { QStringLiteral("en") }).size(), 2);
        QCOMPARE(bestLocalizedTexts(texts, { QStringLiteral("de") }),
            QList<LocalizedText> { text("de-DE", "eins") });
    }

    void singleLocaleComesBackUnchanged()
    {
        const QList<LocalizedText> single { text("", "a"), text("", "b") };
        QCOMPARE(bestLocalizedTexts(single, { QStringLiteral("de") }), single);
        const QList<LocalizedText> french { text("fr-FR", "a"), text("fr-FR", "b") };
        QCOMPARE(bestLocalizedTexts(french, { QStringLiteral("de") }), french);
        QVERIFY(bestLocalizedTexts({}, { QStringLiteral("de") }).isEmpty());
    }

    void defaultLocaleFlag()
    {
        QVERIFY(text("en-US", "x", "DEFAULT").isDefaultLocale());
        QVERIFY(!text("en-US", "x", "REQUEST").isDefaultLocale());
        QVERIFY(!text("en-US", "x", "").isDefaultLocale());
    }
};

QTEST_APPLESS_MAIN(TestLocalizedText)
#include "tst_localizedtext.moc"
