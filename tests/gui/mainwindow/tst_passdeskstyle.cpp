// The application style and the painted pieces that replaced style sheets: the icons Passdesk
// makes late still look as the platform's, and panels paint what their style says.

#include "cardgroupbox.h"
#include "panellabel.h"
#include "passdeskcolours.h"
#include "lazyicon.h"
#include "passdeskstyle.h"

#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QPainter>
#include <QTest>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Passdesk;

class TestPassdeskStyle : public QObject
{
    Q_OBJECT

private slots:
    void installKeepsTheStyleAndIsIdempotent();
    void extensionIconLooksAsTheBaseStyles();
    void otherIconsComeFromTheBaseStyle();
    void windowIconRendersWhenAsked();
    void panelLabelPaintsItsBackground();
    void cardGroupBoxPaintsItsCardAndTitle();
    void mainWindowToolBarIsFlatOverFusion();
};

void TestPassdeskStyle::installKeepsTheStyleAndIsIdempotent()
{
    const QString before = QApplication::style()->name();
    PassdeskStyle::install();
    auto *style = qobject_cast<PassdeskStyle *>(QApplication::style());
    QVERIFY(style);
    QCOMPARE(style->baseStyle()->name(), before);
    PassdeskStyle::install();
    QCOMPARE(QApplication::style(), style); // not wrapped twice
    QMenuBar bar; // asks the style for its extension icon when built
    QVERIFY(bar.style() == style);
}

void TestPassdeskStyle::extensionIconLooksAsTheBaseStyles()
{
    PassdeskStyle style(QApplication::style()->name());
    const QIcon lazy = style.standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton);
    const QIcon direct
        = style.baseStyle()->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton);
    QVERIFY(!lazy.isNull());
    QCOMPARE(lazy.pixmap(16, 16).toImage(), direct.pixmap(16, 16).toImage());
    QCOMPARE(lazy.actualSize(QSize(16, 16)), direct.actualSize(QSize(16, 16)));
}

void TestPassdeskStyle::otherIconsComeFromTheBaseStyle()
{
    PassdeskStyle style(QApplication::style()->name());
    const QIcon close = style.standardIcon(QStyle::SP_DialogCloseButton);
    QCOMPARE(close.pixmap(16, 16).toImage(),
        style.baseStyle()->standardIcon(QStyle::SP_DialogCloseButton).pixmap(16, 16).toImage());
}

void TestPassdeskStyle::windowIconRendersWhenAsked()
{
    const QIcon icon = passdeskWindowIcon();
    QVERIFY(!icon.isNull());
    const QImage image = icon.pixmap(64, 64).toImage();
    QCOMPARE(image.size(), QSize(64, 64));
    // The padlock icon's dark blue background fills the middle of its left edge.
    const QColor edge = image.pixelColor(12, 32);
    QVERIFY2(edge.blue() > edge.red() && edge.alpha() == 255, qPrintable(edge.name()));
}

void TestPassdeskStyle::panelLabelPaintsItsBackground()
{
    PanelLabel label;
    label.setText(QStringLiteral("Production"));
    label.setPanelStyle(environmentBadgeStyle(Environment::Production));
    label.setPadding(3, 10);
    label.resize(label.sizeHint());
    QCOMPARE(label.palette().color(QPalette::WindowText), QColor(Qt::white));
    const QImage image = label.grab().toImage();
    // Away from the rounded corners and the text: the badge colour.
    QCOMPARE(image.pixelColor(3, image.height() / 2), environmentColour(Environment::Production));
}

void TestPassdeskStyle::cardGroupBoxPaintsItsCardAndTitle()
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *box = new CardGroupBox(&window);
    box->setTitle(QStringLiteral("Token to &read out"));
    auto *inside = new QVBoxLayout(box);
    auto *line = new QLabel(QStringLiteral("Expires in 4:59"), box);
    line->setAutoFillBackground(true);
    inside->addWidget(line);
    layout->addWidget(box);
    window.resize(320, 160);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QImage image = box->grab().toImage();
    const QColor base = box->palette().color(QPalette::Base);
    // Inside the card, below the title and beside the line: the base colour.
    QCOMPARE(image.pixelColor(box->width() - 10, box->height() - 10), base);
    QCOMPARE(line->palette().color(QPalette::Window), base); // the opaque line fills the same
    QVERIFY(line->autoFillBackground());
    // The title is drawn: some pixel in its row differs from the window behind it.
    const QRect title(0, 0, box->width() / 2, line->y() / 2);
    bool drawn = false;
    for (int x = title.left(); x < title.right() && !drawn; ++x)
        for (int y = title.top(); y < title.bottom() && !drawn; ++y)
            drawn = image.pixelColor(x, y).lightness() < 100;
    QVERIFY(drawn);
}

void TestPassdeskStyle::mainWindowToolBarIsFlatOverFusion()
{
    PassdeskStyle style(QStringLiteral("Fusion"));
    QMainWindow window;
    window.setStyle(&style);
    auto *bar = window.addToolBar(QStringLiteral("Main"));
    bar->setStyle(&style);
    bar->addAction(QStringLiteral("Refresh"));
    window.setCentralWidget(new QWidget(&window));
    window.resize(400, 200);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QImage image = bar->grab().toImage();
    const QPalette palette = bar->palette();
    // Right of the actions: the window colour, then one line of the mid colour at the bottom.
    const int x = bar->width() - 5;
    QCOMPARE(image.pixel(x, 1), palette.color(QPalette::Window).rgb());
    QCOMPARE(image.pixel(x, bar->height() / 2), palette.color(QPalette::Window).rgb());
    QCOMPARE(image.pixel(x, bar->height() - 1), palette.color(QPalette::Mid).rgb());

    // A tool bar outside a main window is left to the base style, as Fusion leaves it plain.
    QWidget plain;
    QToolBar loose(&plain);
    loose.setStyle(&style);
    loose.resize(200, 30);
    const QImage looseImage = loose.grab().toImage();
    QVERIFY(looseImage.pixel(195, 29) != palette.color(QPalette::Mid).rgb());
}

QTEST_MAIN(TestPassdeskStyle)
#include "tst_passdeskstyle.moc"
