// Fuzzes what the UI shows of server text (DisplayText): an ErrorResponseDto's messages and
// causes, detailCode, trackingId and SLPT-Request-ID as the error view shows them, and the
// fields of /public-identities entries as the token dialog shows them; also the raw input as
// one string, decoded as UTF-8 and read as UTF-16 (unpaired surrogates included).
//
// Input: the first line is the SLPT-Request-ID header value, the rest the body (tried as an
// error body and as an identity list).
//
// Invariants, for every shown string: empty exactly when the source is; otherwise one FSI at
// the start, one PDI at the end and no embedding, override or isolate control between them
// (so none is unbalanced); valid UTF-16 with no control character or line separator; at most
// its limit plus the inserted break opportunities and the isolate; the characters are the
// source's, minus controls, with nothing decoded or escaped (markup stays characters: the
// labels are Qt::PlainText), cut only at the end with an ellipsis; never more than
// maxUnbrokenGraphemes + unbrokenSlack - 1 graphemes (spaces and U+200B not counted) without
// a line break opportunity (a longer run is cut). The messages text has at most
// maxShownTexts lines of server text, then the "and N more" line.

#include "core/model/apierror.h"
#include "core/model/displaytext.h"
#include "core/model/publicidentity.h"
#include "fuzzcheck.h"

#include <QTextBoundaryFinder>

using namespace Passdesk;
using namespace Passdesk::DisplayText;

namespace {

QString withoutZeroWidthSpaces(QString text)
{
    return text.remove(QChar(zeroWidthSpace));
}

void checkBreakable(const QString &text)
{
    QTextBoundaryFinder lines(QTextBoundaryFinder::Line, text);
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text);
    qsizetype unbroken = 0;
    for (qsizetype at = graphemes.toNextBoundary(); at > 0 && at < text.size();
         at = graphemes.toNextBoundary()) {
        // Qt 6.4 can find a "boundary" inside a surrogate pair: not a grapheme's end.
        if (text.at(at - 1).isHighSurrogate() && text.at(at).isLowSurrogate())
            continue;
        lines.setPosition(at);
        // Spaces hang at a line's end, zero width spaces have no width: neither is counted.
        if (lines.isAtBoundary())
            unbroken = 0;
        else if (text.at(at - 1) != u' ' && text.at(at - 1) != QChar(zeroWidthSpace))
            ++unbroken;
        PASSDESK_FUZZ_CHECK(unbroken < maxUnbrokenGraphemes + unbrokenSlack);
    }
}

void checkShown(const QString &shown, const QString &source, qsizetype maxLength)
{
    PASSDESK_FUZZ_CHECK(shown.isEmpty() == source.isEmpty());
    if (shown.isEmpty())
        return;
    PASSDESK_FUZZ_CHECK(shown.size() >= 3);
    PASSDESK_FUZZ_CHECK(shown.front() == QChar(firstStrongIsolate));
    PASSDESK_FUZZ_CHECK(shown.back() == QChar(popDirectionalIsolate));
    PASSDESK_FUZZ_CHECK(shown.size() <= maxLength + maxLength / maxUnbrokenGraphemes + 3);
    const QString inner = shown.mid(1, shown.size() - 2);
    for (qsizetype i = 0; i < inner.size(); ++i) {
        const QChar c = inner.at(i);
        PASSDESK_FUZZ_CHECK(!isBidiControl(c.unicode()));
        PASSDESK_FUZZ_CHECK(c.category() != QChar::Other_Control);
        PASSDESK_FUZZ_CHECK(c.category() != QChar::Separator_Line);
        PASSDESK_FUZZ_CHECK(c.category() != QChar::Separator_Paragraph);
        if (c.isHighSurrogate()) {
            PASSDESK_FUZZ_CHECK(i + 1 < inner.size() && inner.at(i + 1).isLowSurrogate());
            ++i;
        } else {
            PASSDESK_FUZZ_CHECK(!c.isLowSurrogate());
        }
    }
    // Valid UTF-16 survives UTF-8 and back unchanged.
    PASSDESK_FUZZ_CHECK(QString::fromUtf8(shown.toUtf8()) == shown);

    const QString expected = withoutZeroWidthSpaces(neutralized(source));
    const QString characters = withoutZeroWidthSpaces(inner);
    // Unchanged, or cut once at the end (too long, or a run Qt breaks nowhere in).
    if (characters != expected) {
        PASSDESK_FUZZ_CHECK(characters.endsWith(QChar(ellipsis)));
        PASSDESK_FUZZ_CHECK(expected.startsWith(characters.chopped(1)));
    }
    if (source.size() > maxLength)
        PASSDESK_FUZZ_CHECK(characters != expected);
    checkBreakable(inner);
}

void checkMessageLines(const QStringList &texts)
{
    const QString shown = messageLines(texts);
    PASSDESK_FUZZ_CHECK(shown.isEmpty() == texts.isEmpty());
    if (texts.isEmpty())
        return;
    const QStringList lines = shown.split(u'\n');
    const qsizetype serverLines = std::min(texts.size(), maxShownTexts);
    PASSDESK_FUZZ_CHECK(lines.size() == serverLines + (texts.size() > maxShownTexts ? 1 : 0));
    for (qsizetype i = 0; i < serverLines; ++i)
        checkShown(lines.at(i), texts.at(i), maxMessageLength);
    if (texts.size() > maxShownTexts)
        PASSDESK_FUZZ_CHECK(lines.last() == moreLine(texts.size() - maxShownTexts));
}

void checkField(const QString &source)
{
    checkShown(field(source), source, maxFieldLength);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = PassdeskFuzz::bytes(data, size);

    // The input itself, as text from a decoder and as UTF-16 that need not be valid.
    const QString decoded = QString::fromUtf8(input);
    checkField(decoded);
    checkShown(message(decoded), decoded, maxMessageLength);
    const QString utf16(reinterpret_cast<const QChar *>(input.constData()), input.size() / 2);
    checkField(utf16);
    checkShown(message(utf16), utf16, maxMessageLength);

    const qsizetype newline = input.indexOf('\n');
    const QByteArray requestId = newline < 0 ? QByteArray() : input.left(newline);
    const QByteArray body = newline < 0 ? input : input.mid(newline + 1);

    const ApiError error
        = ApiError::fromHttpResponse(400, body, "application/json", {}, requestId);
    checkField(error.detailCode);
    checkField(error.trackingId);
    checkField(error.requestId);
    for (const QStringList &languages : PassdeskFuzz::uiLanguageLists())
        checkMessageLines(error.serverTexts(languages));

    if (const auto identities = PublicIdentity::listFromJson(body, nullptr)) {
        for (const PublicIdentity &identity : *identities) {
            for (const QString *text : { &identity.name, &identity.email, &identity.alias,
                     &identity.status, &identity.identityState })
                checkField(*text);
        }
    }
    return 0;
}
