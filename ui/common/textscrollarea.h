#pragma once

#include <QScrollArea>

class QLabel;

namespace Passdesk {

// A frameless vertical scroll area around one word-wrapped label (the error view's server
// messages): exactly as high as the label's text at the width it gets, up to maxLines lines;
// beyond that the text scrolls. However much a server writes, the window around it stays
// within the screen. It never scrolls sideways: the label wraps (DisplayText puts a break
// opportunity into every overlong word).
class TextScrollArea final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TextScrollArea)

public:
    explicit TextScrollArea(int maxLines, QWidget *parent = nullptr);
    ~TextScrollArea() override;

    // The label it holds (it takes the label over as its widget).
    void setLabel(QLabel *label);

    int maxLines() const { return m_maxLines; }
    // The label's text changed: measure again.
    void textChanged();

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    int maxTextHeight() const;
    int chrome() const; // frame and margins around the label, top and bottom

    QLabel *m_label = nullptr;
    int m_maxLines;
};

} // namespace Passdesk
