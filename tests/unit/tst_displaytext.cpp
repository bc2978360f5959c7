// What Passdesk shows of server and user text: plain characters, bidi isolated and neutralized,
// controls as spaces, valid UTF-16, cut to length, breakable, and a capped number of lines.

#include "core/model/displaytext.h"

#include <QTest>

using namespace Passdesk;
using namespace Passdesk::DisplayText;

namespace {
QString inIsolate(const QString &text)
{
    return QChar(firstStrongIsolate) + text + QChar(popDirectionalIsolate);
}
const QChar fffd(replacement);
const QChar zwsp(zeroWidthSpace);
} // namespace

class TestDisplayText : public QObject
{
    Q_OBJECT

private slots:
    void markupAndEntitiesStayCharacters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("heading") << QStringLiteral("<h1>big</h1>");
        QTest::newRow("image") << QStringLiteral("<img src=\"file:///etc/passwd\" width=20000 height=20000>");
        QTest::newRow("comment") << QStringLiteral("Abby Smith<b></b> <!--");
        QTest::newRow("entities") << QStringLiteral("Tom &amp; Jerry &quot;&lt;&#65;");
        QTest::newRow("quotes and ampersand") << QStringLiteral("Tom & \"Jerry\"");
    }
    void markupAndEntitiesStayCharacters()
    {
        QFETCH(QString, text);
        QCOMPARE(field(text), inIsolate(text));
        QCOMPARE(message(text), inIsolate(text));
    }

    void bidiControlsAreNeutralizedAndTheTextIsolated()
    {
        const QString hostile = QStringLiteral("gnp.\u202Eexe \u202A\u202B\u202C\u202D\u2066\u2067\u2068\u2069 ok");
        const QString expected = QStringLiteral("gnp.") + fffd + QStringLiteral("exe ")
            + QString(8, fffd) + QStringLiteral(" ok");
        QCOMPARE(field(hostile), inIsolate(expected));
        // Marks are not controls of embedding: they stay, inside the isolate.
        QCOMPARE(field(QStringLiteral("a\u200Fb\u200Ec")), inIsolate(QStringLiteral("a\u200Fb\u200Ec")));
        QVERIFY(isBidiControl(0x202E));
        QVERIFY(!isBidiControl(0x200F));
    }

    void controlsBecomeSpacesAndTheResultIsValid()
    {
        QString text = QStringLiteral("a\nb\tc\rd\u2028e\u2029f");
        text += QChar(0) + QStringLiteral("g") + QChar(0x85);
        QCOMPARE(field(text), inIsolate(QStringLiteral("a b c d e f g ")));
        QString surrogates = QStringLiteral("x");
        surrogates += QChar(0xD800); // lone high
        surrogates += QStringLiteral("y");
        surrogates += QChar(0xDC00); // lone low
        surrogates += QStringLiteral("\U0001F600"); // a pair, kept
        QCOMPARE(field(surrogates), inIsolate(QStringLiteral("x") + fffd + u'y' + fffd + QStringLiteral("\U0001F600")));
        // Invalid UTF-8 arrives as U+FFFD from the decoder and stays one.
        const QString decoded = QString::fromUtf8("ab\xC3\x28\xFF");
        QCOMPARE(field(decoded), inIsolate(QStringLiteral("ab") + fffd + QStringLiteral("(") + fffd));
    }

    void longTextIsCutAtAGraphemeWithAnEllipsis()
    {
        const QString word(10000, u'x');
        const QString shown = message(word);
        // 299 characters, the ellipsis, a break opportunity after every 32 characters, the isolate.
        QString expected;
        for (int i = 0; i < 299; ++i) {
            if (i > 0 && i % maxUnbrokenGraphemes == 0)
                expected += zwsp;
            expected += u'x';
        }
        expected += QChar(ellipsis);
        QCOMPARE(shown, inIsolate(expected));
        // A cut never splits a surrogate pair or a base from its marks.
        const QString pairs = QString(maxFieldLength + 10, u' ').replace(u' ', QStringLiteral("\U0001F600"));
        const QString cut = elided(pairs, maxFieldLength);
        QCOMPARE(cut.size() % 2, 1); // pairs, then the ellipsis
        QVERIFY(cut.endsWith(QChar(ellipsis)));
        QVERIFY(cut.size() <= maxFieldLength);
        const QString marked = QString(200, u'e') + QString(200, QChar(0x0301));
        // 19 plain letters, then one letter with 200 marks: longer than the room, so left out whole.
        QCOMPARE(elided(marked.right(220), 100), QString(19, u'e') + QChar(ellipsis));
        QCOMPARE(elided(QStringLiteral("short"), 10), QStringLiteral("short"));
    }

    void surrogatePairsAreNeverSplit()
    {
        // After U+111E7 (unassigned in Qt 6.4's Unicode data) Qt 6.4 finds a grapheme boundary
        // inside every surrogate pair that follows; the fuzzer found a cut there. Every cut and
        // break keeps each pair whole.
        QString flags = QStringLiteral("\U000111E7");
        while (flags.size() < 2 * maxMessageLength)
            flags += QStringLiteral("\U0001F1E9\U0001F1EA"); // DE
        for (qsizetype offset : { 0, 1 }) {
            const QString text = QString(offset, u'a') + flags;
            for (const QString &shown : { message(text), field(text), elided(text, 101),
                     withBreakOpportunities(text, 5) }) {
                for (qsizetype i = 0; i < shown.size(); ++i) {
                    if (shown.at(i).isHighSurrogate()) {
                        QVERIFY2(i + 1 < shown.size() && shown.at(i + 1).isLowSurrogate(),
                            qPrintable(QString::number(i)));
                        ++i;
                    } else {
                        QVERIFY(!shown.at(i).isLowSurrogate());
                    }
                }
            }
        }
    }

    void wordsWithBreaksAreLeftAlone()
    {
        const QString sentence = QStringLiteral("The request was invalid because digitTokenLength must be between 6 and 18.");
        QCOMPARE(message(sentence), inIsolate(sentence));
        const QString trackingId = QStringLiteral("0123456789abcdef0123456789abcdef");
        QCOMPARE(field(trackingId), inIsolate(trackingId));
        // A line that never wraps gets no break opportunity: a UUID stays whole, to be selected.
        const QString requestId = QStringLiteral("8ad78fb0-52fb-45bc-853a-7b5e772c083c");
        QCOMPARE(unbrokenField(requestId, 64), inIsolate(requestId));
        QCOMPARE(unbrokenField(QString(70, u'r'), 64), inIsolate(QString(63, u'r') + QChar(0x2026)));
        // A 32-character word (a trackingId) stays whole, a 33rd character is put after a break.
        QCOMPARE(withBreakOpportunities(QString(33, u'y')), QString(32, u'y') + zwsp + u'y');
        QCOMPARE(withBreakOpportunities(QString(32, u'y')), QString(32, u'y'));
        // Spaces hang at the end of a line: the break goes before the next letter, after them.
        QCOMPARE(withBreakOpportunities(QString(QString(32, u'y') + QStringLiteral("   z"))),
            QString(32, u'y') + QStringLiteral("   z"));
        QCOMPARE(withBreakOpportunities(QString(QString(31, u'y') + QStringLiteral("  ") + QString(40, u'z'))),
            QString(31, u'y') + QStringLiteral("  ") + QString(32, u'z') + zwsp + QString(8, u'z'));
    }

    void breaksGoBeforeCommasAndBracketsToo()
    {
        QCOMPARE(withBreakOpportunities(QString(QString(32, u'x') + QStringLiteral(",yyyyy"))),
            QString(32, u'x') + zwsp + QStringLiteral(",yyyyy"));
        const QString brackets = withBreakOpportunities(QString(QString(31, u'a') + QString(40, u')')));
        QCOMPARE(brackets, QString(31, u'a') + u')' + zwsp + QString(32, u')') + zwsp + QString(7, u')'));
    }

    void aRunQtWouldNotBreakIsCutBeforeItsLimit()
    {
        QCOMPARE(overlongRunCut(QString(50, u'x'), 40), 39);
        QCOMPARE(overlongRunCut(QString(40, u'x'), 40), -1); // the end is not a run's end
        QCOMPARE(overlongRunCut(QString(QString(30, u'x') + u' ' + QString(30, u'x')), 40), -1);
        QCOMPARE(overlongRunCut(QString(QString(30, u'x') + QString(30, u' ') + u'y'), 31), -1);
        QCOMPARE(overlongRunCut(QString(QString(20, u'x') + QString(10, QChar(zeroWidthSpace))), 25), -1);
    }

    void emptyStaysEmpty()
    {
        QCOMPARE(field(QString()), QString());
        QCOMPARE(messageLines({}), QString());
    }

    void manyMessagesAreCappedWithAMoreLine()
    {
        QStringList texts;
        for (int i = 0; i < 14000; ++i)
            texts.append(QStringLiteral("m%1").arg(i));
        const QStringList lines = messageLines(texts).split(u'\n');
        QCOMPARE(lines.size(), maxShownTexts + 1);
        QCOMPARE(lines.first(), inIsolate(QStringLiteral("m0")));
        QCOMPARE(lines.at(maxShownTexts - 1), inIsolate(QStringLiteral("m5")));
        QCOMPARE(lines.last(), QStringLiteral("and 13994 more"));
        QCOMPARE(moreLine(1), QStringLiteral("and 1 more"));
        texts = texts.mid(0, maxShownTexts);
        QCOMPARE(messageLines(texts).split(u'\n').size(), maxShownTexts);
        // A line break inside one message does not make it several lines.
        QCOMPARE(messageLines({ QStringLiteral("a\nb") }), inIsolate(QStringLiteral("a b")));
    }
};

QTEST_APPLESS_MAIN(TestDisplayText)
#include "tst_displaytext.moc"
