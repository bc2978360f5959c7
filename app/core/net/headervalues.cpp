#include "core/net/headervalues.h"

#include <QNetworkRequest>

#include <algorithm>

namespace Passdesk {

namespace {

bool isAsciiAlphanumeric(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

} // namespace

bool isBearerToken(QByteArrayView token)
{
    qsizetype end = token.size();
    while (end > 0 && token.at(end - 1) == '=')
        --end;
    if (end == 0)
        return false;
    return std::all_of(token.begin(), token.begin() + end, [](char c) {
        return isAsciiAlphanumeric(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '+'
            || c == '/';
    });
}

bool isSafeHeaderValue(QByteArrayView value)
{
    if (!value.isEmpty() && (value.front() == ' ' || value.front() == '\t' || value.back() == ' '
            || value.back() == '\t'))
        return false;
    return std::all_of(value.begin(), value.end(),
        [](char c) { return (c >= 0x20 && c <= 0x7E) || c == '\t'; });
}

QByteArray firstUnsafeHeader(const QNetworkRequest &request)
{
    const QList<QByteArray> names = request.rawHeaderList();
    for (const QByteArray &name : names) {
        if (!isSafeHeaderValue(request.rawHeader(name)))
            return name;
    }
    return {};
}

} // namespace Passdesk
