#include "tokendigitslabel.h"

#include "digittoken.h"
#include "orgconfig.h"

#include <QEvent>
#include <QFontMetrics>
#include <QPainter>
#include <algorithm>

namespace Passdesk {

namespace {
constexpr int padding = 8;
constexpr qreal letterSpacing = 2.0;
constexpr int pointSize = 28;
} // namespace

TokenDigitsLabel::TokenDigitsLabel(QWidget *parent)
    : QLabel(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    // It paints its whole area, so nothing under it is painted again with each new token.
    setAttribute(Qt::WA_OpaquePaintEvent);
    setTextFormat(Qt::PlainText);
    QFont digits(QStringLiteral("monospace"));
    digits.setStyleHint(QFont::Monospace);
    digits.setPointSize(pointSize);
    digits.setBold(true);
    digits.setLetterSpacing(QFont::AbsoluteSpacing, letterSpacing);
    setFont(digits);
    m_shown.setTextFormat(Qt::PlainText);
    m_shown.setPerformanceHint(QStaticText::AggressiveCaching);
    fixSize();
}

void TokenDigitsLabel::showText(const QString &text)
{
    setText(text);
    fixSize();
}

void TokenDigitsLabel::fixSize()
{
    const QSize hint = sizeHint();
    if (minimumSize() != hint || maximumSize() != hint)
        setFixedSize(hint);
}

QSize TokenDigitsLabel::contentSize() const
{
    const QFontMetrics metrics(font());
    if (!m_widestToken.isValid()) {
        // Room for the longest token the contract allows, so every token fits without the
        // dialog being laid out again.
        m_widestToken = QSize(metrics.horizontalAdvance(groupDigitsForReading(
                                  QString(OrgConfig::maxLength, QLatin1Char('9')))),
            metrics.height());
    }
    // Other text ("Expired" in a long language) may be wider still.
    if (text() != m_measuredText) {
        m_measuredText = text();
        m_measuredWidth = metrics.horizontalAdvance(m_measuredText);
    }
    return QSize(std::max(m_measuredWidth, m_widestToken.width()), m_widestToken.height());
}

QSize TokenDigitsLabel::sizeHint() const
{
    return contentSize() + QSize(2 * padding, 2 * padding);
}

QSize TokenDigitsLabel::minimumSizeHint() const
{
    return sizeHint(); // a token that is cut off cannot be read out
}

void TokenDigitsLabel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().brush(QPalette::Window));
    if (m_shown.text() != text())
        m_shown.setText(text());
    m_shown.prepare(QTransform(), font());
    const QSizeF size = m_shown.size();
    const QRectF area = contentsRect();
    painter.setFont(font());
    painter.setPen(
        palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, QPalette::WindowText));
    painter.drawStaticText(QPointF(area.x() + (area.width() - size.width()) / 2,
                               area.y() + (area.height() - size.height()) / 2),
        m_shown);
    if (hasFocus()) {
        // A thin outline says where Ctrl+C goes, without covering the digits. Square and not
        // antialiased: a rounded one cost more than the digits themselves on every repaint.
        painter.setPen(palette().color(QPalette::Highlight));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect().adjusted(2, 2, -3, -3));
    }
}

void TokenDigitsLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        m_widestToken = QSize();
        m_measuredText.clear();
        m_measuredWidth = 0;
        m_shown.setText(QString()); // prepared for the old font
        fixSize();
    }
    QLabel::changeEvent(event);
}

} // namespace Passdesk
