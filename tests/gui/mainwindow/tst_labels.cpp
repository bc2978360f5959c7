// PlainLinesLabel (the token's details) looks and sizes as the QLabel it replaces: the same
// height, at least the same width, the same pixels, and QLabel's own painting while text is
// selected.

#include "plainlineslabel.h"

#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QTest>

using namespace Passdesk;

namespace {

const QString detailLines = QStringLiteral(
    "User: Abby.Smith\nRequest ID: 3f1c\nLength: 8 digits\nValid for: 5 minutes");

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
    void plainLinesLabelIsPlacedAsQLabel();
    void selectedLinesArePaintedByQLabel();
};

void TestLabels::plainLinesLabelIsPlacedAsQLabel()
{
    // One selectable line, centred in a row taller than itself.
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

void TestLabels::selectedLinesArePaintedByQLabel()
{
    PlainLinesLabel label;
    label.setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label.setText(detailLines);
    QLabel reference;
    reference.setAlignment(label.alignment());
    reference.setTextFormat(Qt::PlainText);
    reference.setTextInteractionFlags(label.textInteractionFlags());
    reference.setText(detailLines);
    QCOMPARE(label.sizeHint().height(), reference.sizeHint().height());
    const QSize size = label.sizeHint().expandedTo(reference.sizeHint());
    label.setSelection(6, 10);
    reference.setSelection(6, 10);
    QCOMPARE(label.selectedText(), QStringLiteral("Abby.Smith"));
    QCOMPARE(paintedAt(label, size), paintedAt(reference, size));
}

QTEST_MAIN(TestLabels)
#include "tst_labels.moc"
