#pragma once

#include <QLabel>
#include <QStaticText>

namespace Passdesk {

// The digits of a token, large and monospaced for reading aloud. A QLabel, so automation reads
// text(); screen readers get the digits one by one in their groups as its accessible name
// ("2 0 3, 2 4 1, 1 5 0"), which they say when the focus comes to it after Generate. It takes
// focus so Ctrl+C copies the token. It paints and sizes itself: a focusable QLabel keeps its text in a QTextDocument,
// and laying that out again at several widths for each new token was a fifth of what a click on
// Generate cost (docs/benchmarks.md). Its size is fixed to the longest token, so a new token
// repaints this label only: Qt lays nothing out when a fixed-size widget's text changes.
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
