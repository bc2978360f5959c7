#include "textshaping.h"

#include <QFont>
#include <QWidget>

namespace Passdesk {

namespace {
void setStyleStrategy(QWidget *widget, QFont::StyleStrategy strategy)
{
    if (widget->font().styleStrategy() == strategy)
        return; // a font change would lay the widget's texts out again
    // The widget's own font (from its .ui file, say) with another strategy.
    QFont font = widget->font();
    font.setStyleStrategy(strategy);
    widget->setFont(font);
}

bool looksRightUnshaped(char32_t codePoint)
{
    switch (QChar::category(codePoint)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
    case QChar::Other_Format: // joiners, direction marks
        return false;
    default:
        break;
    }
    switch (QChar::script(codePoint)) {
    case QChar::Script_Common:
    case QChar::Script_Latin:
    case QChar::Script_Greek:
    case QChar::Script_Cyrillic:
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
        return true;
    default:
        return false;
    }
}
} // namespace

void useUnshapedText(QWidget *widget)
{
    setStyleStrategy(widget, QFont::PreferNoShaping);
}

void useShapedText(QWidget *widget)
{
    setStyleStrategy(widget, QFont::PreferDefault);
}

bool textNeedsShaping(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t codePoint = text.at(i).unicode();
        if (codePoint < 0x80)
            continue; // ASCII
        if (QChar::isHighSurrogate(codePoint) && i + 1 < text.size()
            && text.at(i + 1).isLowSurrogate()) {
            ++i;
            codePoint = QChar::surrogateToUcs4(char16_t(codePoint), text.at(i).unicode());
        }
        if (!looksRightUnshaped(codePoint))
            return true;
    }
    return false;
}

void useShapingFor(QWidget *widget, const QStringList &texts)
{
    for (const QString &text : texts) {
        if (textNeedsShaping(text)) {
            useShapedText(widget);
            return;
        }
    }
    useUnshapedText(widget);
}

} // namespace Passdesk
