#include "cardgroupbox.h"

#include "panelpainting.h"

#include <QEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionGroupBox>
#include <algorithm>

namespace Passdesk {

CardGroupBox::CardGroupBox(QWidget *parent)
    : QGroupBox(parent)
{
    m_title.setTextFormat(Qt::PlainText);
    applyCardPalette();
}

void CardGroupBox::applyCardPalette()
{
    // The card's colour is the theme's base colour (white in light themes); children inherit it,
    // so those that fill their own background (autoFillBackground) fill with the same colour.
    QPalette card = palette();
    card.setColor(QPalette::Window, card.color(QPalette::Base));
    setPalette(card);
}

void CardGroupBox::paintEvent(QPaintEvent *event)
{
    QStyleOptionGroupBox option;
    initStyleOption(&option);
    if (isCheckable()) { // a check box in the title: the style draws that
        QGroupBox::paintEvent(event);
        return;
    }
    QPainter painter(this);
    const QRect label
        = style()->subControlRect(QStyle::CC_GroupBox, &option, QStyle::SC_GroupBoxLabel, this);
    QRect box
        = style()->subControlRect(QStyle::CC_GroupBox, &option, QStyle::SC_GroupBoxFrame, this);
    if (!title().isEmpty()) {
        // The title above the box, as the style places it: the box starts between the title
        // and the contents.
        const QRect contents = style()->subControlRect(
            QStyle::CC_GroupBox, &option, QStyle::SC_GroupBoxContents, this);
        box.setTop(std::min((label.bottom() + contents.top()) / 2, contents.top()));
    }
    painter.fillRect(box, palette().color(QPalette::Base));
    paintOutline(painter, box, palette().color(QPalette::Mid));

    if (title().isEmpty() || !event->region().intersects(label))
        return;
    if (m_titleSource != title()) {
        m_titleSource = title();
        // The mnemonic's '&' left out ("&&" is one '&'), as the style shows titles.
        QString text;
        text.reserve(m_titleSource.size());
        for (qsizetype i = 0; i < m_titleSource.size(); ++i) {
            if (m_titleSource.at(i) == QLatin1Char('&') && ++i == m_titleSource.size())
                break;
            text.append(m_titleSource.at(i));
        }
        m_title.setText(text);
        m_title.prepare(QTransform(), font()); // shaped once, painted from that until it changes
    }
    painter.setFont(font());
    painter.setPen(
        palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, QPalette::WindowText));
    const qreal y = label.y() + (label.height() - m_title.size().height()) / 2;
    painter.drawStaticText(QPointF(label.x(), y), m_title);
}

void CardGroupBox::changeEvent(QEvent *event)
{
    // The theme changed (once applied, Window is Base and this does nothing).
    if (event->type() == QEvent::PaletteChange
        && palette().color(QPalette::Window) != palette().color(QPalette::Base))
        applyCardPalette();
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        m_titleSource.clear(); // prepared for the old font
    QGroupBox::changeEvent(event);
}

} // namespace Passdesk
