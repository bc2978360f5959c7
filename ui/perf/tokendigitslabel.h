#pragma once

#include <QLabel>
#include <QStaticText>

namespace Passdesk {

// The digits of a token, large and monospaced for reading aloud. A QLabel, so automation reads
// text(); screen readers get the digits one by one in their groups as its accessible name
// ("2 0 3, 2 4 1, 1 5 0"), which they say when the focus comes to it after Generate. It takes
// focus so Ctrl+C copies the token, and a thin outline shows that focus. Its size is fixed to
// the longest token, so a new token repaints this label only (Qt lays nothing out when a
// fixed-size widget's text changes). Why it paints and sizes itself from one prepared layout
// per text: a plain QLabel lays its text out again for each size hint and each paint, which
// made a click on Generate clearly slower (docs/benchmarks.md). Not specific to a Qt version.
// Guarded by tst_tokendialogrepaint.
class TokenDigitsLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenDigitsLabel)

public:
    explicit TokenDigitsLabel(QWidget *parent = nullptr);

    // setText() that also makes room for a text wider than the longest token ("Expired" in a
    // long language), and gives it back afterwards.
    void showText(const QString &text);
    // The digit-by-digit reading of a grouped token, or "" for a text that is not one.
    static QString spokenDigits(const QString &text);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QSize contentSize() const;
    const QStaticText &shownText() const;
    void fixSize();

    mutable QSize m_widestToken; // the longest token's size in the current font
    // text(), shaped once for the current font; painted and measured from this layout.
    mutable QStaticText m_shown;
};

} // namespace Passdesk
