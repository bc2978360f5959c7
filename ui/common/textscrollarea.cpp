#include "textscrollarea.h"

#include <QFontMetrics>
#include <QLabel>
#include <QScrollBar>
#include <QStyle>
#include <algorithm>

namespace Passdesk {

TextScrollArea::TextScrollArea(int maxLines, QWidget *parent)
    : QScrollArea(parent)
    , m_maxLines(std::max(maxLines, 1))
{
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setWidgetResizable(true);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    viewport()->setAutoFillBackground(false);
}

void TextScrollArea::setLabel(QLabel *label)
{
    m_label = label;
    setWidget(label);
    // The panel behind shows through, as it did behind the bare label.
    label->setAutoFillBackground(false);
    textChanged();
}

TextScrollArea::~TextScrollArea() = default;

void TextScrollArea::textChanged()
{
    if (m_label)
        m_label->updateGeometry();
    updateGeometry();
}

int TextScrollArea::maxTextHeight() const
{
    return QFontMetrics(m_label ? m_label->font() : font()).lineSpacing() * m_maxLines;
}

int TextScrollArea::chrome() const
{
    const QMargins margins = contentsMargins();
    return margins.top() + margins.bottom();
}

int TextScrollArea::heightForWidth(int width) const
{
    if (!m_label)
        return chrome();
    const QMargins margins = contentsMargins();
    const int inner = width - margins.left() - margins.right();
    const int text = m_label->heightForWidth(inner);
    if (text <= maxTextHeight())
        return text + chrome();
    return maxTextHeight() + chrome(); // the rest scrolls (narrower by the scroll bar)
}

QSize TextScrollArea::sizeHint() const
{
    if (!m_label)
        return QSize(0, chrome());
    const QSize label = m_label->sizeHint();
    const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    const QMargins margins = contentsMargins();
    const bool scrolls = label.height() > maxTextHeight();
    return QSize(label.width() + margins.left() + margins.right() + (scrolls ? scrollBar : 0),
        std::min(label.height(), maxTextHeight()) + chrome());
}

QSize TextScrollArea::minimumSizeHint() const
{
    if (!m_label)
        return QSize(0, chrome());
    const QSize label = m_label->minimumSizeHint();
    const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    const QMargins margins = contentsMargins();
    return QSize(label.width() + margins.left() + margins.right() + scrollBar,
        std::min(label.height(), maxTextHeight()) + chrome());
}

} // namespace Passdesk
