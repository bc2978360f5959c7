// Which texts skip OpenType shaping (a tenth of the start-up's instructions): Passdesk's own
// texts do, texts that need shaping never do, whatever widget shows them.

#include "configpage.h"
#include "errorview.h"
#include "mainwindow.h"
#include "sandboxfixture.h"
#include "textshaping.h"

#include <QApplication>
#include <QGlyphRun>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTest>
#include <QTextLayout>
#include <QVBoxLayout>

using namespace Passdesk;
using namespace Passdesk::Testing;

namespace {

const QString arabic = QStringLiteral("\u0644\u0627 \u0633\u0644\u0627\u0645");

int glyphCount(const QString &text, const QFont &font)
{
    QTextLayout layout(text, font);
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    int count = 0;
    for (const QGlyphRun &run : layout.glyphRuns())
        count += int(run.glyphIndexes().size());
    return count;
}

bool isShaped(const QWidget *widget)
{
    return !(widget->font().styleStrategy() & QFont::PreferNoShaping);
}

} // namespace

class TestTextShaping : public QObject
{
    Q_OBJECT

private slots:
    void textsThatNeedShapingAreKnown_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("needsShaping");
        QTest::newRow("ASCII") << QStringLiteral("Token lifetime: 5 minutes (v2025)") << false;
        QTest::newRow("Latin accents")
            << QStringLiteral("Dur\u00e9e, Gr\u00fc\u00dfe, \u00d1and\u00fa") << false;
        QTest::newRow("Japanese") << QStringLiteral(
            "\u30c8\u30fc\u30af\u30f3\u306e\u9577\u3055\u3002")
                                  << false;
        QTest::newRow("Cyrillic") << QStringLiteral("\u041f\u0430\u0440\u043e\u043b\u044c")
                                  << false;
        QTest::newRow("emoji") << QStringLiteral("Team \U0001F600") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("Arabic") << arabic << true;
        QTest::newRow("Hebrew") << QStringLiteral("\u05e9\u05dc\u05d5\u05dd") << true;
        QTest::newRow("Devanagari")
            << QStringLiteral("\u0928\u092e\u0938\u094d\u0924\u0947") << true;
        QTest::newRow("Thai") << QStringLiteral("\u0e2a\u0e27\u0e31\u0e2a\u0e14\u0e35") << true;
        QTest::newRow("combining accent") << QStringLiteral("Jose\u0301") << true;
        QTest::newRow("joined emoji") << QStringLiteral("\U0001F469\u200D\U0001F4BB") << true;
    }

    void textsThatNeedShapingAreKnown()
    {
        QFETCH(QString, text);
        QFETCH(bool, needsShaping);
        QCOMPARE(textNeedsShaping(text), needsShaping);
    }

    void qtLeavesArabicUnshapedWhenAsked()
    {
        // Why a name is checked before it is shown unshaped: Qt 6.4 does not shape Arabic
        // itself under PreferNoShaping (its letters would not join).
        QFont shaped = QApplication::font();
        shaped.setStyleStrategy(QFont::PreferDefault);
        QFont unshaped = shaped;
        unshaped.setStyleStrategy(QFont::PreferNoShaping);
        const int shapedGlyphs = glyphCount(arabic, shaped);
        if (shapedGlyphs == int(arabic.size()))
            QSKIP("no font with Arabic ligatures here");
        QCOMPARE(glyphCount(arabic, unshaped), int(arabic.size()));
    }

    void childrenKeepTheirOwnFontsAndCanBeShapedAgain()
    {
        QWidget window;
        auto *heading = new QLabel(QStringLiteral("Heading"), &window);
        QFont bold = heading->font();
        bold.setBold(true);
        bold.setPointSizeF(bold.pointSizeF() * 1.5);
        heading->setFont(bold);
        auto *message = new QLabel(arabic, &window);
        useUnshapedText(&window);
        QVERIFY(!isShaped(&window));
        QVERIFY(!isShaped(heading));
        QVERIFY(heading->font().bold());
        QCOMPARE(heading->font().pointSizeF(), bold.pointSizeF());
        useShapedText(message);
        QVERIFY(isShaped(message));
        QVERIFY(!isShaped(heading));
        useShapingFor(heading, { QStringLiteral("Plain"), arabic });
        QVERIFY(isShaped(heading));
        QVERIFY(heading->font().bold());
        useShapingFor(heading, { QStringLiteral("Plain") });
        QVERIFY(!isShaped(heading));
    }

    void mainWindowShapesWhatComesFromElsewhere_data()
    {
        QTest::addColumn<QString>("tenantName");
        QTest::addColumn<bool>("nameShaped");
        QTest::newRow("Latin name") << QStringLiteral("Acme Production") << false;
        QTest::newRow("Arabic name") << arabic << true;
    }

    void mainWindowShapesWhatComesFromElsewhere()
    {
        QFETCH(QString, tenantName);
        QFETCH(bool, nameShaped);
        SandboxFixture fixture;
        QVERIFY(fixture.start());
        fixture.connection.displayName = tenantName;
        fixture.client.setConnection(fixture.connection);
        MainWindow window(&fixture.client, &fixture.settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *name = window.findChild<QLabel *>(QStringLiteral("tenantNameLabel"));
        QCOMPARE(name->text(), tenantName);
        QCOMPARE(isShaped(name), nameShaped);
        QVERIFY(!isShaped(window.configPage()));
        QVERIFY(!isShaped(window.menuBar()));
        QVERIFY(!isShaped(window.findChild<QLabel *>(QStringLiteral("environmentBadgeLabel"))));
        // Server messages and status messages, in whatever language they come.
        QVERIFY(isShaped(window.configPage()->findChild<ErrorView *>()));
        QVERIFY(isShaped(window.statusBar()));
        QVERIFY(isShaped(window.findChild<QLabel *>(QStringLiteral("keychainNoticeLabel"))));
    }
};

QTEST_MAIN(TestTextShaping)
#include "tst_textshaping.moc"
