// Fuzzes the error model: ApiError::fromHttpResponse (status, body, Content-Type, Retry-After,
// SLPT-Request-ID of a failed answer) and ApiError::unreadableBody (a 2xx body that did not
// parse), then everything the error view and Copy details read from the result (summary,
// the server's texts in the best locale, the ticket text).
//
// Input: an HTTP-like answer, so seeds read as what a server sends:
//   429                       status line (any text; not a number means 500)
//   Retry-After: 30           headers until an empty line (names case-insensitive)
//
//   {"message": "..."}        the body
//
// Invariants: the status and kind come through; Retry-After is kept only for 429/503 and is
// within 0..3600; the request ID and the body excerpt are short and printable, and the excerpt
// never shows a JSON Web Token; server texts are never empty; the best-locale pick returns a
// non-empty subset of the texts in one locale.

#include "core/model/apierror.h"
#include "fuzzcheck.h"
#include "core/model/localizedtext.h"
#include "core/model/retryafter.h"

#include <QRegularExpression>
#include <QTimeZone>
#include <algorithm>

using namespace Passdesk;

namespace {

struct Answer
{
    int status = 500;
    QByteArray contentType;
    QByteArray retryAfter;
    QByteArray requestId;
    QByteArray body;
};

Answer splitAnswer(const QByteArray &input)
{
    Answer answer;
    qsizetype position = input.indexOf('\n');
    bool ok = false;
    const int status = input.left(position < 0 ? input.size() : position).trimmed().toInt(&ok);
    if (ok)
        answer.status = status;
    if (position < 0)
        return answer;
    ++position;
    while (position < input.size()) {
        qsizetype end = input.indexOf('\n', position);
        if (end < 0)
            end = input.size();
        const QByteArray line = input.mid(position, end - position);
        position = end + 1;
        if (line.trimmed().isEmpty())
            break;
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = line.left(colon < 0 ? 0 : colon).trimmed().toLower();
        const QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1);
        if (name == "content-type")
            answer.contentType = value.trimmed();
        else if (name == "retry-after")
            answer.retryAfter = value; // parseRetryAfter trims itself
        else if (name == "slpt-request-id")
            answer.requestId = value.trimmed();
    }
    answer.body = input.mid(position);
    return answer;
}

void checkPrintable(const QString &text)
{
    PASSDESK_FUZZ_CHECK(text.size() <= 200);
    for (const QChar c : text)
        PASSDESK_FUZZ_CHECK(c.isPrint() || c.isSurrogate());
}

void checkExcerpt(const QString &excerpt)
{
    static const QRegularExpression jwt(QStringLiteral(R"RX(eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)RX"));
    checkPrintable(excerpt);
    PASSDESK_FUZZ_CHECK(!jwt.match(excerpt).hasMatch());
}

void checkBestTexts(const QList<LocalizedText> &texts, const QStringList &uiLanguages)
{
    for (const LocalizedText &text : texts)
        PASSDESK_FUZZ_CHECK(!text.text.isEmpty());
    const QList<LocalizedText> best = bestLocalizedTexts(texts, uiLanguages);
    const LocalizedText *one = bestLocalizedText(texts, uiLanguages);
    PASSDESK_FUZZ_CHECK(best.isEmpty() == texts.isEmpty());
    PASSDESK_FUZZ_CHECK((one == nullptr) == texts.isEmpty());
    if (texts.isEmpty())
        return;
    PASSDESK_FUZZ_CHECK(one >= texts.constData() && one < texts.constData() + texts.size());
    PASSDESK_FUZZ_CHECK(best.size() <= texts.size());
    for (const LocalizedText &text : best)
        PASSDESK_FUZZ_CHECK(texts.contains(text));
    if (best.size() < texts.size()) {
        // Several locales: one of them was chosen, the same one for the single pick.
        const QString locale = best.first().locale.trimmed().replace(u'_', u'-').toLower();
        for (const LocalizedText &text : best)
            PASSDESK_FUZZ_CHECK(text.locale.trimmed().replace(u'_', u'-').toLower() == locale);
        PASSDESK_FUZZ_CHECK(one->locale.trimmed().replace(u'_', u'-').toLower() == locale);
    }
}

void checkViews(const ApiError &error)
{
    PASSDESK_FUZZ_CHECK(!error.summary().isEmpty());
    for (const QStringList &languages : PassdeskFuzz::uiLanguageLists()) {
        checkBestTexts(error.messages, languages);
        checkBestTexts(error.causes, languages);
        const QStringList texts = error.serverTexts(languages);
        if (!error.messages.isEmpty() || !error.causes.isEmpty()
            || !error.errorDescription.isEmpty() || !error.errorCode.isEmpty()
            || !error.bodySummary.isEmpty())
            PASSDESK_FUZZ_CHECK(!texts.isEmpty());
        for (const QString &text : texts)
            PASSDESK_FUZZ_CHECK(!text.isEmpty());
        static_cast<void>(error.usedDefaultLocale(languages));
        PASSDESK_FUZZ_CHECK(error.detailsText(languages).contains(error.summary()));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Answer answer = splitAnswer(PassdeskFuzz::bytes(data, size));
    static const QDateTime now(QDate(2026, 11, 22), QTime(12, 0), QTimeZone::utc());

    const ApiError error = ApiError::fromHttpResponse(
        answer.status, answer.body, answer.contentType, answer.retryAfter, answer.requestId, now);
    PASSDESK_FUZZ_CHECK(error.kind == ApiError::Kind::Http);
    PASSDESK_FUZZ_CHECK(error.httpStatus == answer.status);
    PASSDESK_FUZZ_CHECK(error.isRateLimited() == (answer.status == 429));
    checkPrintable(error.requestId);
    checkExcerpt(error.bodySummary);
    if (error.retryAfterSeconds) {
        PASSDESK_FUZZ_CHECK(answer.status == 429 || answer.status == 503);
        PASSDESK_FUZZ_CHECK(*error.retryAfterSeconds >= 0);
        PASSDESK_FUZZ_CHECK(*error.retryAfterSeconds <= maxRetryAfterSeconds);
        PASSDESK_FUZZ_CHECK(
            !error.retryAfterCapped || *error.retryAfterSeconds == maxRetryAfterSeconds);
    } else {
        PASSDESK_FUZZ_CHECK(!error.retryAfterCapped);
    }
    checkViews(error);

    // The same bytes as a 2xx body that the operation's parser refused.
    const ApiError unreadable = ApiError::unreadableBody(QStringLiteral("fuzz"), answer.body);
    PASSDESK_FUZZ_CHECK(unreadable.kind == ApiError::Kind::UnreadableBody);
    checkExcerpt(unreadable.bodySummary);
    checkViews(unreadable);
    return 0;
}
