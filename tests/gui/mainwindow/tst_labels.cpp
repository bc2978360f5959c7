// The labels that measure and paint their own text (WrappedLabel, PlainLinesLabel) look and
// size exactly as the QLabel they replace: same heights for every width, same size hints, the
// same pixels, and QLabel's own painting while text is selected.

#include "plainlineslabel.h"
#include "wrappedlabel.h"

#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QTest>

using namespace Passdesk;

namespace {

const QString helpText = QStringLiteral(
    "A digit token is a one-time numeric code that the helpdesk reads out to a locked-out "
    "user, who types it to reset their password.");

std::unique_ptr<QLabel> wrappedQLabel(const QString &text)
{
    auto label = std::make_unique<QLabel>();
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setText(text);
    return label;
}

QImage paintedAt(QWidget &widget, const QSize &size)
{
    widget.resize(size);
    return widget.grab().toImage();
}

} // namespace

class TestLabels : public QObject
{
    Q_OBJECT

private slots:
    void wrappedLabelMeasuresAsQLabel_data();
    void wrappedLabelMeasuresAsQLabel();
    void wrappedLabelPaintsAsQLabel();
    void wrappedLabelFollowsTextFontAndMargins();
    void selectedTextIsPaintedByQLabel();
    void plainLinesLabelIsPlacedAsQLabel();
};

void TestLabels::wrappedLabelMeasuresAsQLabel_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("English") << helpText;
    QTest::newRow("German") << QStringLiteral(
        "Ein Zifferntoken ist ein einmaliger Zahlencode, den der Helpdesk einem gesperrten "
        "Benutzer vorliest; dieser gibt ihn ein, um sein Passwort zurückzusetzen.");
    QTest::newRow("Japanese") << QStringLiteral("数字トークンは、ヘルプデスクがロックアウトされたユ"
                                                "ーザーに読み上げる一回限りの数字コードです。");
    QTest::newRow("two paragraphs") << QStringLiteral("Loaded at 10:04.\nThe server said more.");
    QTest::newRow("one word") << QStringLiteral("Supercalifragilistic");
    QTest::newRow("empty") << QString();
}

void TestLabels::wrappedLabelMeasuresAsQLabel()
{
    QFETCH(QString, text);
    WrappedLabel label;
    label.setText(text);
    const auto reference = wrappedQLabel(text);
    QVERIFY(label.hasHeightForWidth());
    QCOMPARE(label.sizeHint(), reference->sizeHint());
    QCOMPARE(label.minimumSizeHint(), reference->minimumSizeHint());
    for (int width : { 40, 80, 150, 300, 600, 2000 })
        QCOMPARE(label.heightForWidth(width), reference->heightForWidth(width));
}

void TestLabels::wrappedLabelPaintsAsQLabel()
{
    WrappedLabel label;
    label.setText(helpText);
    const auto reference = wrappedQLabel(helpText);
    for (int width : { 150, 300, 900 }) {
        // A little taller than the text: both centre it vertically.
        const QSize size(width, reference->heightForWidth(width) + 9);
        QCOMPARE(paintedAt(label, size), paintedAt(*reference, size));
    }
    label.setEnabled(false);
    reference->setEnabled(false);
    QCOMPARE(paintedAt(label, QSize(300, 60)), paintedAt(*reference, QSize(300, 60)));
    label.setEnabled(true);
    reference->setEnabled(true);
    label.setLayoutDirection(Qt::RightToLeft);
    reference->setLayoutDirection(Qt::RightToLeft);
    QCOMPARE(paintedAt(label, QSize(300, 60)), paintedAt(*reference, QSize(300, 60)));
}

void TestLabels::wrappedLabelFollowsTextFontAndMargins()
{
    WrappedLabel label;
    label.setText(QStringLiteral("Short."));
    const int oneLine = label.heightForWidth(200);
    label.setText(helpText); // QLabel::setText is not virtual: the label notices by itself
    const auto reference = wrappedQLabel(helpText);
    QVERIFY(label.heightForWidth(200) > oneLine);
    QCOMPARE(label.heightForWidth(200), reference->heightForWidth(200));

    QFont larger = label.font();
    larger.setPointSize(larger.pointSize() * 2);
    label.setFont(larger);
    reference->setFont(larger);
    QCOMPARE(label.heightForWidth(200), reference->heightForWidth(200));
    QCOMPARE(label.sizeHint(), reference->sizeHint());

    label.setMargin(5);
    reference->setMargin(5);
    label.setContentsMargins(3, 4, 3, 4);
    reference->setContentsMargins(3, 4, 3, 4);
    QCOMPARE(label.heightForWidth(200), reference->heightForWidth(200));
    QCOMPARE(label.minimumSizeHint(), reference->minimumSizeHint());
    QCOMPARE(paintedAt(label, QSize(200, 300)), paintedAt(*reference, QSize(200, 300)));
}

void TestLabels::selectedTextIsPaintedByQLabel()
{
    WrappedLabel label;
    label.setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label.setText(helpText);
    const auto reference = wrappedQLabel(helpText);
    reference->setTextInteractionFlags(label.textInteractionFlags());
    const QSize size(300, reference->heightForWidth(300));
    QCOMPARE(paintedAt(label, size), paintedAt(*reference, size)); // nothing selected yet
    label.setSelection(2, 5);
    reference->setSelection(2, 5);
    QCOMPARE(label.selectedText(), QStringLiteral("digit"));
    QCOMPARE(paintedAt(label, size), paintedAt(*reference, size));
}

void TestLabels::plainLinesLabelIsPlacedAsQLabel()
{
    // The tenant bar: one selectable line, centred in a row taller than itself.
    PlainLinesLabel label;
    label.setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    label.setTextInteractionFlags(Qt::TextSelectableByMouse);
    label.setText(QStringLiteral("https://acme.api.identitynow.com"));
    QLabel reference;
    reference.setTextInteractionFlags(Qt::TextSelectableByMouse);
    reference.setText(label.text());
    QCOMPARE(label.sizeHint().height(), reference.sizeHint().height());
    QVERIFY(label.sizeHint().width() >= reference.sizeHint().width());
    QCOMPARE(paintedAt(label, QSize(320, 40)), paintedAt(reference, QSize(320, 40)));
}

QTEST_MAIN(TestLabels)
#include "tst_labels.moc"
