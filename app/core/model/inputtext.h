#pragma once

#include <QStringView>

namespace Passdesk {

// Characters nobody sees or types on purpose: control and format characters (zero-width spaces,
// bidi overrides) and line or paragraph separators. They come along with pasted text and would
// make a uid, an address or a secret something other than what the user sees.
inline bool hasInvisibleCharacters(QStringView text)
{
    for (const QChar c : text) {
        switch (c.category()) {
        case QChar::Other_Control:
        case QChar::Other_Format:
        case QChar::Separator_Line:
        case QChar::Separator_Paragraph:
            return true;
        default:
            break;
        }
    }
    return false;
}

} // namespace Passdesk
