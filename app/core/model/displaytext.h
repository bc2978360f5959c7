#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace Passdesk {

// What Passdesk shows of a text it did not write (a server's message, detailCode, trackingId,
// request ID, an identity's name, address or state, a certificate's subject). The result goes
// into a Qt::PlainText label (or is escaped where the label must be rich for Passdesk's own
// markup), so markup and entities are shown as the characters they are. On top of that:
//  - bidi: the text is wrapped in FIRST STRONG ISOLATE .. POP DIRECTIONAL ISOLATE (U+2068 ..
//    U+2069), and every embedding, override or isolate control inside it (U+202A..U+202E,
//    U+2066..U+2069) is replaced by U+FFFD, so nothing can reorder the words around it;
//  - controls: C0/C1 controls and line or paragraph separators become spaces (one paragraph
//    per text), unpaired surrogates become U+FFFD (the result is valid UTF-16);
//  - length: cut at a grapheme boundary and ended with U+2026 when longer than its limit;
//  - width: a ZERO WIDTH SPACE (U+200B) is put after every maxUnbrokenGraphemes graphemes
//    without a line break opportunity (spaces, which hang at a line's end, and zero width
//    spaces not counted); a run that Qt still would not break within unbrokenSlack more is
//    cut there with U+2026; so a wrapping label is never wider than that.
// Copy details copies the texts as the server sent them, not these.
namespace DisplayText {

inline constexpr char16_t firstStrongIsolate = 0x2068;
inline constexpr char16_t popDirectionalIsolate = 0x2069;
inline constexpr char16_t replacement = 0xFFFD;
inline constexpr char16_t zeroWidthSpace = 0x200B;
inline constexpr char16_t ellipsis = 0x2026;

inline constexpr qsizetype maxUnbrokenGraphemes = 32;
// Measured on the result, a run longer than maxUnbrokenGraphemes + unbrokenSlack (where the
// inserted breaks did not break as planned) is cut there with an ellipsis.
inline constexpr qsizetype unbrokenSlack = 8;
inline constexpr qsizetype maxFieldLength = 160; // an ID, a name, an address, a state
inline constexpr qsizetype maxMessageLength = 300; // one message or cause
inline constexpr qsizetype maxShownTexts = 6; // messages and causes shown, then "and N more"

// An embedding, override or isolate control (U+202A..U+202E, U+2066..U+2069).
bool isBidiControl(char32_t c);

// The steps, for tests and the fuzz target; field() and message() run them all.
QString neutralized(QStringView text);
QString elided(QStringView text, qsizetype maxLength);
QString withBreakOpportunities(QStringView text, qsizetype maxUnbroken = maxUnbrokenGraphemes);
// Where to cut `text` (a grapheme boundary) so that no run of graphemes without a line break
// opportunity as Qt finds them (spaces and zero width spaces not counted) reaches
// `limit` before the end; -1 when none does.
qsizetype overlongRunCut(const QString &text, qsizetype limit);
QString isolated(QStringView neutralizedText);

// One server or user string as shown: neutralized, elided, breakable and isolated.
QString field(QStringView text, qsizetype maxLength = maxFieldLength);
// One server or user string in a line that never wraps (short, elided instead): neutralized,
// elided and isolated, without break opportunities, so it is selected and copied as sent.
QString unbrokenField(QStringView text, qsizetype maxLength);
QString message(QStringView text);
// The server's messages and causes as one plain text: at most maxShownTexts of them, one per
// line, then a translated "and N more" line for the rest.
QString messageLines(const QStringList &texts);
// The line that stands for the texts not shown ("and 3 more").
QString moreLine(qsizetype notShown);

} // namespace DisplayText

} // namespace Passdesk
