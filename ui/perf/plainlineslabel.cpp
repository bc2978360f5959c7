#include "plainlineslabel.h"

#include <QEvent>
#include <QFontMetrics>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace Passdesk {

PlainLinesLabel::PlainLinesLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(false);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
}

QSize PlainLinesLabel::sizeHint() const
{
    updateLines(); // forgets the size when the text changed
    if (!m_measuredSize.isValid()) {
        // Measured from the lines as they will be painted: each new line is shaped once.
        qreal width = 0;
        for (const QStaticText &line : std::as_const(m_lines))
            width = std::max(width, line.size().width());
        // As QLabel's document stacks them: each line as high as the font's ascent and descent.
        const int height = m_linesText.isEmpty()
            ? 0
            : int(std::ceil(qreal(m_lines.size()) * QFontMetricsF(font()).height()));
        const QMargins margins = contentsMargins();
        m_measuredSize
            = QSize(int(std::ceil(width)) + 2 * margin() + margins.left() + margins.right() + 1,
                height + 2 * margin() + margins.top() + margins.bottom());
    }
    return m_measuredSize;
}

QSize PlainLinesLabel::minimumSizeHint() const
{
    return sizeHint(); // lines do not wrap
}

void PlainLinesLabel::paintEvent(QPaintEvent *event)
{
    if (hasSelectedText() || hasFocus()) {
        QLabel::paintEvent(event); // the selection, the cursor
        return;
    }
    updateLines();
    QPainter painter(this);
    painter.setFont(font());
    painter.setPen(
        palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, foregroundRole()));
    const QRect area = contentsRect().adjusted(margin(), margin(), -margin(), -margin());
    const qreal lineHeight = QFontMetricsF(font()).height();
    qreal top = area.top();
    // Placed as QLabel places its document: never above the top.
    const qreal room = std::max(qreal(0), area.height() - lineHeight * m_lines.size());
    if (alignment() & Qt::AlignVCenter)
        top += room / 2;
    else if (alignment() & Qt::AlignBottom)
        top += room;
    for (const QStaticText &line : std::as_const(m_lines)) {
        painter.drawStaticText(QPointF(area.left(), top), line);
        top += lineHeight;
    }
}

void PlainLinesLabel::updateLines() const
{
    if (m_linesText == text() && !m_lines.isEmpty())
        return;
    m_linesText = text();
    m_measuredSize = QSize();
    // A line whose words stayed (a new token's user, length, lifetime) keeps its layout; a new
    // one is shaped here, once, and painted from that layout until it changes.
    const QStringList texts = m_linesText.split(QLatin1Char('\n'));
    m_lines.resize(texts.size());
    for (qsizetype i = 0; i < texts.size(); ++i) {
        if (m_lines[i].text() != texts[i]) {
            m_lines[i] = QStaticText(texts[i]);
            m_lines[i].setTextFormat(Qt::PlainText);
            m_lines[i].prepare(QTransform(), font());
        }
    }
}

void PlainLinesLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange
        || event->type() == QEvent::ContentsRectChange) {
        m_lines.clear(); // laid out for the old font; updateLines() makes them again
    }
    QLabel::changeEvent(event);
}

} // namespace Passdesk
