#include "tokendigitslabel.h"

#include "core/model/digittoken.h"
#include "core/model/orgconfig.h"
#include "panelpainting.h"

#include <QEvent>
#include <QFontMetrics>
#include <QPainter>
#include <algorithm>
#include <cmath>

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

QString TokenDigitsLabel::spokenDigits(const QString &text)
{
    // "203 241 150" -> "2 0 3, 2 4 1, 1 5 0": a screen reader says each digit and pauses between
    // the groups shown, instead of "two hundred three thousand...".
    QStringList groups;
    for (const QString &group : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        QStringList digits;
        for (const QChar digit : group) {
            if (!digit.isDigit())
                return QString();
            digits.append(QString(digit));
        }
        groups.append(digits.join(QLatin1Char(' ')));
    }
    return groups.join(QStringLiteral(", "));
}

void TokenDigitsLabel::showText(const QString &text)
{
    setText(text);
    // The digits are read out one by one in their groups; any other text ("Expired") as shown.
    // Changing the name tells screen readers (NameChanged).
    const QString spoken = spokenDigits(text);
    if (accessibleName() != spoken)
        setAccessibleName(spoken);
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
    if (!m_widestToken.isValid()) {
        // Room for the longest token the contract allows, so every token fits without the
        // dialog being laid out again. Measured as the digits are (QStaticText), to the pixel.
        QStaticText widest(groupDigitsForReading(QString(OrgConfig::maxLength, QLatin1Char('9'))));
        widest.setTextFormat(Qt::PlainText);
        widest.prepare(QTransform(), font());
        m_widestToken = QSize(int(std::ceil(widest.size().width())), QFontMetrics(font()).height());
    }
    // Other text ("Expired" in a long language) may be wider still; measured from the glyph
    // layout that will be painted, so each new text is shaped once.
    const int width = int(std::ceil(shownText().size().width()));
    return QSize(std::max(width, m_widestToken.width()), m_widestToken.height());
}

QSize TokenDigitsLabel::sizeHint() const
{
    return contentSize() + QSize(2 * padding, 2 * padding);
}

QSize TokenDigitsLabel::minimumSizeHint() const
{
    return sizeHint(); // a token that is cut off cannot be read out
}

const QStaticText &TokenDigitsLabel::shownText() const
{
    if (m_shown.text() != text()) {
        m_shown.setText(text());
        m_shown.prepare(QTransform(), font());
    }
    return m_shown;
}

void TokenDigitsLabel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().brush(QPalette::Window));
    const QStaticText &shown = shownText();
    const QSizeF size = shown.size();
    const QRectF area = contentsRect();
    painter.setFont(font());
    painter.setPen(
        palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, QPalette::WindowText));
    painter.drawStaticText(QPointF(area.x() + (area.width() - size.width()) / 2,
                               area.y() + (area.height() - size.height()) / 2),
        shown);
    if (hasFocus()) // a thin outline says where Ctrl+C goes, without covering the digits
        paintOutline(painter, rect().adjusted(2, 2, -2, -2), palette().color(QPalette::Highlight));
}

void TokenDigitsLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        m_widestToken = QSize();
        m_shown.setText(QString()); // prepared for the old font
        fixSize();
    }
    QLabel::changeEvent(event);
}

} // namespace Passdesk
