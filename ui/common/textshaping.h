#pragma once

#include <QStringList>

class QWidget;

namespace Passdesk {

// Text shaping (OpenType, through HarfBuzz) was about a tenth of the instructions before
// Passdesk's first frame, and its first use with each font costs more than all the rest.
// Texts in Latin, Greek or Cyrillic letters, kana, Han or Hangul, with no combining marks,
// look the same without it but for kerning. Passdesk's own texts in its shipped languages are
// such (tst_languages checks each translation), so the widgets that show only them skip it.
// Qt 6.4 would skip it for Arabic and Hebrew as well if asked, so a text from users or servers
// (names, addresses, messages) is shaped unless it is such a text.

// `widget` and its children (not its dialogs) skip shaping.
void useUnshapedText(QWidget *widget);

// `widget` and its children are shaped again inside a widget that uses unshaped text
// (ErrorView does so itself).
void useShapedText(QWidget *widget);

// Whether `text` has a letter or mark that only looks right shaped (see above).
bool textNeedsShaping(const QString &text);

// Shaped only if one of `texts` needs it: for a widget about to show them.
void useShapingFor(QWidget *widget, const QStringList &texts);

} // namespace Passdesk
