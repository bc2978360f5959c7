#include "wrappedlabel.h"

#include <QEvent>
#include <QFontMetrics>
#include <QPainter>
#include <QStyle>
#include <QTextLayout>
#include <algorithm>
#include <cmath>

namespace Passdesk {

namespace {
constexpr int unwrapped = QWIDGETSIZE_MAX;
constexpr int preferredCharacters = 80;
} // namespace

WrappedLabel::WrappedLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(true); // what it does, for anyone who asks
}

WrappedLabel::~WrappedLabel() = default;

QSize WrappedLabel::extra() const
{
    const QMargins margins = contentsMargins();
    return QSize(margins.left() + margins.right() + 2 * margin(),
        margins.top() + margins.bottom() + 2 * margin());
}

void WrappedLabel::forget() const
{
    m_layout.reset();
    m_layoutWidth = -1;
    m_measured.fill(Measured {});
    m_sizeHint = QSize();
    m_minimumSizeHint = QSize();
}

void WrappedLabel::forgetIfChanged() const
{
    // QLabel::setText is not virtual: a new text is noticed here.
    if (m_layout && m_laidOutText == text() && m_laidOutAlignment == alignment())
        return;
    forget();
    m_laidOutText = text();
    m_laidOutAlignment = alignment();
    QString plain = m_laidOutText;
    plain.replace(QLatin1Char('\n'), QChar::LineSeparator);
    m_layout = std::make_unique<QTextLayout>(plain, font());
    // Keeps the shaped glyphs between layouts: another width only breaks the lines again.
    m_layout->setCacheEnabled(true);
    // As QLabel: the text's own direction decides, whatever the widget's layout direction.
    const Qt::LayoutDirection direction = plain.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight;
    QTextOption option(QStyle::visualAlignment(direction, alignment()) & Qt::AlignHorizontal_Mask);
    option.setWrapMode(QTextOption::WordWrap);
    option.setTextDirection(direction);
    m_layout->setTextOption(option);
}

QSize WrappedLabel::layOut(int lineWidth) const
{
    m_layout->beginLayout();
    qreal height = 0;
    qreal width = 0;
    for (QTextLine line = m_layout->createLine(); line.isValid(); line = m_layout->createLine()) {
        line.setLineWidth(lineWidth);
        line.setPosition(QPointF(0, height));
        height += line.height();
        width = std::max(width, line.naturalTextWidth());
    }
    m_layout->endLayout();
    m_layoutWidth = lineWidth;
    return QSize(int(std::ceil(width)), int(std::ceil(height)));
}

QSize WrappedLabel::textSizeFor(int lineWidth) const
{
    forgetIfChanged();
    lineWidth = std::max(lineWidth, 0);
    for (const Measured &measured : m_measured) {
        if (measured.lineWidth == lineWidth)
            return measured.size;
    }
    const QSize size = layOut(lineWidth);
    m_measured[m_nextMeasured] = { lineWidth, size };
    m_nextMeasured = (m_nextMeasured + 1) % m_measured.size();
    return size;
}

int WrappedLabel::heightForWidth(int width) const
{
    if (text().isEmpty())
        return QLabel::heightForWidth(width); // one empty line, as QLabel has it
    return textSizeFor(width - extra().width()).height() + extra().height();
}

QSize WrappedLabel::sizeHint() const
{
    if (text().isEmpty())
        return QLabel::sizeHint();
    forgetIfChanged();
    if (!m_sizeHint.isValid()) {
        // QLabel's choice for wrapped plain text: lines of about 80 characters, half or a quarter
        // of that for a text of only a few lines.
        const QFontMetrics metrics(font());
        const int width
            = std::min(metrics.averageCharWidth() * preferredCharacters, maximumWidth());
        QSize text = textSizeFor(width);
        if (text.height() < 4 * metrics.lineSpacing() && text.width() > width / 2)
            text = textSizeFor(width / 2);
        if (text.height() < 2 * metrics.lineSpacing() && text.width() > width / 4)
            text = textSizeFor(width / 4);
        m_sizeHint = text + extra();
    }
    return m_sizeHint;
}

QSize WrappedLabel::minimumSizeHint() const
{
    if (text().isEmpty())
        return QLabel::minimumSizeHint();
    forgetIfChanged();
    if (!m_minimumSizeHint.isValid()) {
        // As narrow as the longest word, as low as one line when the text fits on one.
        const int widestWord = textSizeFor(0).width();
        const int height
            = std::min(textSizeFor(unwrapped).height(), sizeHint().height() - extra().height());
        m_minimumSizeHint = QSize(widestWord, height) + extra();
    }
    return m_minimumSizeHint;
}

void WrappedLabel::paintEvent(QPaintEvent *event)
{
    if (hasSelectedText() || hasFocus()) {
        // A selectable label being used: QLabel paints the selection and the cursor, from its
        // document laid out at the same width (its lines break where these do).
        QLabel::paintEvent(event);
        return;
    }
    forgetIfChanged();
    const QRect area = contentsRect().adjusted(margin(), margin(), -margin(), -margin());
    if (m_layoutWidth != std::max(area.width(), 0))
        layOut(std::max(area.width(), 0));
    // Placed and clipped as QLabel places plain text (QStyle::drawItemText).
    const QRectF bounds = m_layout->boundingRect();
    const qreal room = area.height() - bounds.height();
    qreal top = area.top();
    if (alignment() & Qt::AlignVCenter)
        top += room / 2;
    else if (alignment() & Qt::AlignBottom)
        top += room;
    QPainter painter(this);
    painter.setPen(palette().color(foregroundRole()));
    if (room < 0 || bounds.width() > area.width())
        painter.setClipRect(area);
    m_layout->draw(&painter, QPointF(area.left(), top));
}

void WrappedLabel::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::ContentsRectChange:
        forget();
        break;
    default:
        break;
    }
    QLabel::changeEvent(event);
}

} // namespace Passdesk
