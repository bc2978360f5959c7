#pragma once

// A plain HTTP client for the sandbox suites: no Passdesk client code, so the tests see exactly
// what goes over the wire.

#include "sandboxserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>

namespace Passdesk::Testing {

struct HttpReply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonObject json;
    QJsonArray array;
    QHash<QByteArray, QByteArray> headers; // lower-case names

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    // The text of the first entry of an ErrorResponseDto list ("messages" or "causes").
    QString firstText(const char *list) const
    {
        return json.value(QLatin1String(list))
            .toArray()
            .first()
            .toObject()
            .value(QLatin1String("text"))
            .toString();
    }
    QStringList texts(const char *list) const
    {
        QStringList result;
        for (const auto &entry : json.value(QLatin1String(list)).toArray())
            result.append(entry.toObject().value(QLatin1String("text")).toString());
        return result;
    }
};

class SandboxHttp
{
public:
    explicit SandboxHttp(Sandbox::SandboxServer &server)
        : m_server(server)
    { }

    QUrl url(const QString &path, const QUrlQuery &query = {}) const
    {
        QUrl result = m_server.baseUrl();
        result.setPath(path);
        if (!query.isEmpty())
            result.setQuery(query);
        return result;
    }

    // Starts a request with the bearer token and language set on this helper.
    QNetworkReply *start(const QByteArray &verb, const QUrl &target, const QByteArray &body = {},
        const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {})
    {
        QNetworkRequest request(target);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        if (!language.isEmpty())
            request.setRawHeader("Accept-Language", language);
        request.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        for (const auto &header : extraHeaders)
            request.setRawHeader(header.first, header.second);
        return m_network.sendCustomRequest(request, verb, body);
    }

    static HttpReply finish(QNetworkReply *reply, int timeoutMs = 10000)
    {
        if (!reply->isFinished()) {
            QSignalSpy finished(reply, &QNetworkReply::finished);
            finished.wait(timeoutMs);
        }
        HttpReply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.error = reply->error();
        result.body = reply->readAll();
        const QJsonDocument document = QJsonDocument::fromJson(result.body);
        result.json = document.object();
        result.array = document.array();
        for (const auto &pair : reply->rawHeaderPairs())
            result.headers.insert(pair.first.toLower(), pair.second);
        reply->deleteLater();
        return result;
    }

    HttpReply send(const QByteArray &verb, const QString &path, const QByteArray &body = {},
        const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {})
    {
        return finish(start(verb, url(path), body, extraHeaders));
    }

    HttpReply get(const QString &path, const QUrlQuery &query)
    {
        return finish(start("GET", url(path, query)));
    }

    HttpReply tokenRequest(const QByteArray &form)
    {
        QNetworkRequest request(url(QStringLiteral("/oauth/token")));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
            QByteArrayLiteral("application/x-www-form-urlencoded"));
        return finish(m_network.post(request, form));
    }

    static QByteArray credentials(const QString &clientId, const QString &secret)
    {
        return "grant_type=client_credentials&client_id=" + QUrl::toPercentEncoding(clientId)
            + "&client_secret=" + QUrl::toPercentEncoding(secret);
    }

    // Fetches a token for a built-in client and uses it from now on.
    bool signIn(const QString &clientId)
    {
        token = tokenRequest(credentials(clientId, Sandbox::builtInSecret(clientId)))
                    .json.value(QLatin1String("access_token"))
                    .toString();
        return !token.isEmpty();
    }

    QString token;
    QByteArray language = QByteArrayLiteral("en-US");

private:
    Sandbox::SandboxServer &m_server;
    QNetworkAccessManager m_network;
};

} // namespace Passdesk::Testing
