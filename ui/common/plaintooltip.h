#pragma once

// A tooltip of plain text. Qt shows a tooltip as rich text when Qt::mightBeRichText() says so
// (a tag before the first line break), so a name like "Abby<b></b>" would be markup and an
// escaped "Tom &amp; Jerry" would be shown escaped. This one is always rich text made from
// the escaped text, so every character shows as itself and nothing can load a resource.

#include <QString>
#include <QTextDocument>

namespace Passdesk {

inline QString plainToolTip(const QString &text)
{
    return text.isEmpty() ? QString() : Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

} // namespace Passdesk
