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
    if (text() != m_measuredText || !m_measuredSize.isValid()) {
        m_measuredText = text();
        const QFontMetrics metrics(font());
        int width = 0;
        const QStringList lines = m_measuredText.split(QLatin1Char('\n'));
        for (const QString &line : lines)
            width = std::max(width, metrics.horizontalAdvance(line));
        // As QLabel's document stacks them: each line as high as the font's ascent and descent.
        const int height = m_measuredText.isEmpty()
            ? 0
            : int(std::ceil(qreal(lines.size()) * QFontMetricsF(font()).height()));
        const QMargins margins = contentsMargins();
        m_measuredSize = QSize(width + 2 * margin() + margins.left() + margins.right() + 1,
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
    if (m_paintedText != text()) {
        m_paintedText = text();
        // A line whose words stayed (a new token's user, length, lifetime) keeps its layout.
        const QStringList texts = m_paintedText.split(QLatin1Char('\n'));
        m_lines.resize(texts.size());
        for (qsizetype i = 0; i < texts.size(); ++i) {
            if (m_lines[i].text() != texts[i]) {
                m_lines[i] = QStaticText(texts[i]);
                m_lines[i].setTextFormat(Qt::PlainText);
            }
        }
    }
    QPainter painter(this);
    painter.setFont(font());
    painter.setPen(
        palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, foregroundRole()));
    const QRect area = contentsRect().adjusted(margin(), margin(), -margin(), -margin());
    const qreal lineHeight = QFontMetricsF(font()).height();
    qreal top = area.top();
    for (QStaticText &line : m_lines) {
        line.prepare(QTransform(), font());
        painter.drawStaticText(QPointF(area.left(), top), line);
        top += lineHeight;
    }
}

void PlainLinesLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange
        || event->type() == QEvent::ContentsRectChange) {
        m_measuredSize = QSize();
        m_paintedText.clear(); // laid out for the old font
        m_lines.clear();
    }
    QLabel::changeEvent(event);
}

} // namespace Passdesk
