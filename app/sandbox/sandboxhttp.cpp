#include "sandboxhttp.h"

#include <QHttpServerResponse>
#include <QLoggingCategory>

namespace Passdesk::Sandbox {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

QHash<QByteArray, QByteArray> lowerCaseHeaders(const QHttpServerRequest &request)
{
    QHash<QByteArray, QByteArray> headers;
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    const QHttpHeaders all = request.headers();
    for (qsizetype i = 0; i < all.size(); ++i)
        headers.insert(QByteArray(all.nameAt(i).data(), all.nameAt(i).size()).toLower(),
            all.valueAt(i).toByteArray());
#else
    for (const auto &header : request.headers())
        headers.insert(header.first.toLower(), header.second);
#endif
    return headers;
}

void writeReply(QHttpServerResponder &&responder, const SandboxReply &reply)
{
    QHttpServerResponse response(
        reply.contentType, reply.body, static_cast<QHttpServerResponder::StatusCode>(reply.status));
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QHttpHeaders headers = response.headers();
    for (const auto &header : reply.headers)
        headers.append(header.first, header.second);
    response.setHeaders(std::move(headers));
#else
    for (const auto &header : reply.headers)
        response.addHeader(header.first, header.second);
#endif
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    responder.sendResponse(response);
#else
    response.write(std::move(responder));
#endif
}

namespace {

QLoggingCategory::CategoryFilter previousCategoryFilter = nullptr;

void withoutRequestDumps(QLoggingCategory *category)
{
    if (previousCategoryFilter)
        previousCategoryFilter(category);
    if (qstrncmp(category->categoryName(), "qt.httpserver", 13) == 0)
        category->setEnabled(QtDebugMsg, false);
}

} // namespace

void installRequestDumpFilter()
{
    static const bool installed = [] {
        previousCategoryFilter = QLoggingCategory::installFilter(withoutRequestDumps);
        return true;
    }();
    Q_UNUSED(installed);
}

} // namespace Passdesk::Sandbox
