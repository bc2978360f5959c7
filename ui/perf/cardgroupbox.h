#pragma once

#include <QGroupBox>
#include <QStaticText>

namespace Passdesk {

// A group box drawn as a card: the title above a flat box in the base colour with a thin
// outline; its children inherit the card's colour as their Window colour, so a child that fills
// its own background (autoFillBackground) paints over the card and the card is not painted again
// under it. Why: Fusion draws a group box by scaling a border image over its whole area, and Qt
// paints that again under every child that repaints (each new token, each countdown second);
// without this class a click on Generate and the config page's first frame both took clearly
// longer (docs/benchmarks.md). Not specific to a Qt version. Guarded by tst_passdeskstyle
// (cardGroupBoxPaintsItsCardAndTitle) and tst_tokendialogrepaint.
class CardGroupBox final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CardGroupBox)

public:
    explicit CardGroupBox(QWidget *parent = nullptr);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyCardPalette();

    QString m_titleSource; // title() as m_title was made from it
    QStaticText m_title;
};

} // namespace Passdesk
