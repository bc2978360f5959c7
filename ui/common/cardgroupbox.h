#pragma once

#include <QGroupBox>
#include <QStaticText>

namespace Passdesk {

// A group box drawn as a card: the title above a flat box in the base colour with a thin
// outline. Fusion draws a group box by scaling a border image over its whole area, and Qt paints
// the box again under every child that repaints (each new token, each countdown second). Here
// the box is a plain fill, its title is painted only when it was dirtied, and the children that
// change fill their own background, so the box is not painted under them at all.
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
