#pragma once

#include <QLabel>
#include <array>
#include <memory>

class QTextLayout;

namespace Passdesk {

// A word-wrapped label of plain text (a help line under a field, a status line), measured and
// painted from one QTextLayout that keeps its shaped glyphs. A word-wrapped QLabel lays its text
// out from scratch for every width a layout pass asks about (a selectable one lays its whole
// document out twice per width) and again on every paint: at start-up that was the largest part
// of laying out the main window. While text is selected or it has focus, QLabel paints it.
class WrappedLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WrappedLabel)

public:
    explicit WrappedLabel(QWidget *parent = nullptr);
    ~WrappedLabel() override;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Measured
    {
        int lineWidth = -1;
        QSize size; // of the text wrapped to lineWidth
    };

    QSize textSizeFor(int lineWidth) const; // cached for the last few widths asked about
    QSize layOut(int lineWidth) const;
    QSize extra() const; // margins around the text
    void forgetIfChanged() const;
    void forget() const;

    mutable QString m_laidOutText; // text() and alignment() as m_layout holds them
    mutable Qt::Alignment m_laidOutAlignment;
    mutable std::unique_ptr<QTextLayout> m_layout;
    mutable int m_layoutWidth = -1; // the line width m_layout is laid out at now
    mutable std::array<Measured, 4> m_measured;
    mutable size_t m_nextMeasured = 0;
    mutable QSize m_sizeHint;
    mutable QSize m_minimumSizeHint;
};

} // namespace Passdesk
