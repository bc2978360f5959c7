#include "core/model/displaytext.h"

#include <QCoreApplication>
#include <QTextBoundaryFinder>

#include <algorithm>
#include <climits>

namespace Passdesk::DisplayText {

namespace {
// lupdate reads this context.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Passdesk::DisplayText)
};
} // namespace

bool isBidiControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

QString neutralized(QStringView text)
{
    QString clean;
    clean.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            clean += c;
            clean += text.at(++i);
        } else if (c.isSurrogate() || isBidiControl(c.unicode())) {
            clean += QChar(replacement);
        } else if (c.category() == QChar::Other_Control || c.category() == QChar::Separator_Line
            || c.category() == QChar::Separator_Paragraph) {
            clean += QChar(u' ');
        } else {
            clean += c;
        }
    }
    return clean;
}

namespace {
// Qt 6.4's grapheme finder can report boundaries inside surrogate pairs (after U+111E7, for
// one, inside every pair that follows); a cut or an inserted break there would leave a lone
// surrogate.
bool insidePair(QStringView text, qsizetype at)
{
    return at > 0 && at < text.size() && text.at(at - 1).isHighSurrogate()
        && text.at(at).isLowSurrogate();
}
} // namespace

QString elided(QStringView text, qsizetype maxLength)
{
    if (text.size() <= maxLength)
        return text.toString();
    if (maxLength <= 1)
        return QString(QChar(ellipsis)).left(maxLength);
    // Grapheme boundaries before maxLength depend only on the characters up to it.
    const QString head = text.left(maxLength).toString();
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, head);
    graphemes.setPosition(maxLength - 1);
    qsizetype cut = graphemes.isAtBoundary() ? maxLength - 1 : graphemes.toPreviousBoundary();
    if (cut < 0)
        cut = 0;
    if (insidePair(head, cut))
        --cut;
    return head.left(cut) + QChar(ellipsis);
}


namespace {
// Spaces hang at the end of a line and zero width spaces have no width: neither is counted.
bool takesNoRoom(QChar c)
{
    return c == u' ' || c == QChar(zeroWidthSpace);
}
} // namespace

qsizetype overlongRunCut(const QString &text, qsizetype limit)
{
    QTextBoundaryFinder lines(QTextBoundaryFinder::Line, text);
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text);
    qsizetype unbroken = 0;
    qsizetype previous = 0;
    for (qsizetype at = graphemes.toNextBoundary(); at > 0 && at < text.size();
         at = graphemes.toNextBoundary()) {
        if (insidePair(text, at))
            continue;
        lines.setPosition(at);
        if (lines.isAtBoundary())
            unbroken = 0;
        else if (!takesNoRoom(text.at(at - 1)) && ++unbroken >= limit)
            return previous;
        previous = at;
    }
    return -1;
}

QString withBreakOpportunities(QStringView text, qsizetype maxUnbroken)
{
    const QString source = text.toString();
    QTextBoundaryFinder lines(QTextBoundaryFinder::Line, source);
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, source);
    QString broken;
    broken.reserve(source.size() + source.size() / std::max<qsizetype>(maxUnbroken, 1) + 1);
    qsizetype unbroken = 0;
    qsizetype from = 0;
    for (qsizetype to = graphemes.toNextBoundary(); to > 0; to = graphemes.toNextBoundary()) {
        if (insidePair(source, to))
            continue;
        broken += QStringView(source).sliced(from, to - from);
        from = to;
        if (to >= source.size())
            break;
        lines.setPosition(to);
        if (lines.isAtBoundary()) {
            unbroken = 0;
        } else if (!takesNoRoom(source.at(to - 1)) && ++unbroken >= maxUnbroken
            && !takesNoRoom(source.at(to))) {
            // Spaces hang at the end of a line and take no room there; a break opportunity
            // comes only after them, so the space goes before the next character that is not one.
            broken += QChar(zeroWidthSpace);
            unbroken = 0;
        }
    }
    // Breaks are chosen from the text's own opportunities, at grapheme boundaries; a zero
    // width space can change its neighbours' (a space with combining marks after it breaks
    // inside the cluster, say). What Qt will break is measured on the result, and a run still
    // longer than the slack allows is cut there rather than left to widen the window.
    const qsizetype cut = overlongRunCut(broken, maxUnbroken + unbrokenSlack);
    if (cut >= 0)
        return broken.left(cut) + QChar(ellipsis);
    return broken;
}

QString isolated(QStringView neutralizedText)
{
    if (neutralizedText.isEmpty())
        return {};
    return QChar(firstStrongIsolate) + neutralizedText.toString() + QChar(popDirectionalIsolate);
}

QString field(QStringView text, qsizetype maxLength)
{
    // Neutralizing keeps every position, so only what can be shown is looked at.
    return isolated(withBreakOpportunities(elided(neutralized(text.left(maxLength + 1)), maxLength)));
}

QString unbrokenField(QStringView text, qsizetype maxLength)
{
    return isolated(elided(neutralized(text.left(maxLength + 1)), maxLength));
}

QString message(QStringView text)
{
    return field(text, maxMessageLength);
}

QString moreLine(qsizetype notShown)
{
    return Texts::tr("and %n more", nullptr, int(std::min<qsizetype>(notShown, INT_MAX)));
}

QString messageLines(const QStringList &texts)
{
    QStringList lines;
    for (qsizetype i = 0; i < texts.size() && i < maxShownTexts; ++i)
        lines.append(message(texts.at(i)));
    if (texts.size() > maxShownTexts)
        lines.append(moreLine(texts.size() - maxShownTexts));
    return lines.join(QLatin1Char('\n'));
}

} // namespace Passdesk::DisplayText
