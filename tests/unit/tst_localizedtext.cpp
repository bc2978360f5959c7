#include "localizedtext.h"

#include <QTest>

using namespace Passdesk;

class TestLocalizedText : public QObject
{
    Q_OBJECT

private slots:
    void picksExactThenLanguageThenEnglishThenFirst()
    {
        const QList<LocalizedText> texts {{QStringLiteral("fr-FR"), QStringLiteral("REQUEST"), QStringLiteral("fr")},
                                          {QStringLiteral("en-US"), QStringLiteral("DEFAULT"), QStringLiteral("en")},
                                          {QStringLiteral("de-CH"), QStringLiteral("REQUEST"), QStringLiteral("de-ch")},
                                          {QStringLiteral("de-DE"), QStringLiteral("REQUEST"), QStringLiteral("de-de")}};
        QCOMPARE(bestLocalizedText(texts, {QStringLiteral("de-DE")})->text, QStringLiteral("de-de"));
        QCOMPARE(bestLocalizedText(texts, {QStringLiteral("de_de")})->text, QStringLiteral("de-de"));
        QCOMPARE(bestLocalizedText(texts, {QStringLiteral("de-AT")})->text, QStringLiteral("de-ch"));
        QCOMPARE(bestLocalizedText(texts, {QStringLiteral("ja-JP")})->text, QStringLiteral("en"));
        const QList<LocalizedText> noEnglish {{QStringLiteral("fr-FR"), {}, QStringLiteral("fr")}, {QStringLiteral("es-ES"), {}, QStringLiteral("es")}};
        QCOMPARE(bestLocalizedText(noEnglish, {QStringLiteral("ja")})->text, QStringLiteral("fr"));
        QVERIFY(!bestLocalizedText({}, {QStringLiteral("en")}));
    }

    void keepsAllEntriesOfTheBestLocale()
    {
        const QList<LocalizedText> texts {{QStringLiteral("en-US"), {}, QStringLiteral("one")},
                                          {QStringLiteral("en-US"), {}, QStringLiteral("two")},
                                          {QStringLiteral("de-DE"), {}, QStringLiteral("eins")},
                                          {QStringLiteral("de-DE"), {}, QStringLiteral("zwei")}};
        const auto german = bestLocalizedTexts(texts, {QStringLiteral("de")});
        QCOMPARE(german.size(), 2);
        QCOMPARE(german.at(1).text, QStringLiteral("zwei"));
        const QList<LocalizedText> single {{{}, {}, QStringLiteral("a")}, {{}, {}, QStringLiteral("b")}};
        QCOMPARE(bestLocalizedTexts(single, {QStringLiteral("de")}), single);
    }
};

QTEST_GUILESS_MAIN(TestLocalizedText)
#include "tst_localizedtext.moc"
