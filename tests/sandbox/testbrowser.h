#pragma once

// A scripted "browser" and a loopback listener standing in for Passdesk, for the sandbox's
// browser sign-in: the test follows the authorize URL, reads and submits the sandbox's form,
// and follows the redirect to the listener, all over real loopback sockets.

#include "sandboxhttp.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

namespace Passdesk::Testing {

// RFC 7636: a random verifier and its S256 challenge.
struct Pkce
{
    QString verifier;
    QString challenge;

    static QString base64url(const QByteArray &bytes)
    {
        return QString::fromLatin1(
            bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    }
    static Pkce generate()
    {
        QByteArray random(32, Qt::Uninitialized);
        for (char &byte : random)
            byte = char(QRandomGenerator::global()->bounded(256));
        const QString verifier = base64url(random);
        return { verifier,
            base64url(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)) };
    }
};

// Where Passdesk would wait for the browser: http://127.0.0.1:PORT/callback. Records every
// request target it is sent and answers each with a short page.
class CallbackListener
{
public:
    CallbackListener()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    QByteArray &buffer = m_buffers[socket];
                    buffer += socket->readAll();
                    if (!buffer.contains("\r\n\r\n"))
                        return;
                    const QList<QByteArray> requestLine
                        = buffer.left(buffer.indexOf("\r\n")).split(' ');
                    received.append(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port())
                        + QString::fromLatin1(requestLine.value(1))));
                    m_buffers.remove(socket);
                    socket->write(
                        "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: "
                        "30\r\nConnection: close\r\n\r\nSigned in; back to Passdesk.\r\n");
                    socket->disconnectFromHost();
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }

    quint16 port() const { return m_server.serverPort(); }
    QString redirectUri(const QString &host = QStringLiteral("127.0.0.1")) const
    {
        return QStringLiteral("http://%1:%2/callback").arg(host).arg(port());
    }

    QList<QUrl> received;

private:
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

// The form on the sandbox's authorize page, as a browser reads it.
struct PageForm
{
    QUrl action;
    QByteArray method;
    QList<QPair<QString, QString>> hidden;
    QStringList people; // the values of the radio buttons
    QStringList decisions; // the values of the submit buttons
};

class TestBrowser
{
public:
    explicit TestBrowser(Sandbox::SandboxServer &server)
        : m_server(server)
    {
        m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    }

    static QString unescape(QString text)
    {
        return text.replace(QLatin1String("&lt;"), QLatin1String("<"))
            .replace(QLatin1String("&gt;"), QLatin1String(">"))
            .replace(QLatin1String("&quot;"), QLatin1String("\""))
            .replace(QLatin1String("&#39;"), QLatin1String("'"))
            .replace(QLatin1String("&amp;"), QLatin1String("&"));
    }

    static QHash<QString, QString> attributes(const QString &tag)
    {
        QHash<QString, QString> result;
        static const QRegularExpression attribute(QStringLiteral("([a-z_-]+)(?:=\"([^\"]*)\")?"));
        for (auto it = attribute.globalMatch(tag); it.hasNext();) {
            const auto match = it.next();
            result.insert(match.captured(1), unescape(match.captured(2)));
        }
        return result;
    }

    // Reads the first form of a page; nullopt when there is none.
    static std::optional<PageForm> readForm(const QByteArray &html, const QUrl &page)
    {
        const QString text = QString::fromUtf8(html);
        static const QRegularExpression formTag(QStringLiteral("<form\\b([^>]*)>"));
        const auto form = formTag.match(text);
        if (!form.hasMatch())
            return std::nullopt;
        const auto formAttributes = attributes(form.captured(1));
        PageForm result { page.resolved(QUrl(formAttributes.value(QStringLiteral("action")))),
            formAttributes.value(QStringLiteral("method")).toUpper().toLatin1(), {}, {}, {} };
        static const QRegularExpression control(QStringLiteral("<(input|button)\\b([^>]*)>"));
        for (auto it = control.globalMatch(text, form.capturedEnd()); it.hasNext();) {
            const auto match = it.next();
            const auto values = attributes(match.captured(2));
            const QString type = values.value(QStringLiteral("type"));
            if (type == QLatin1String("hidden"))
                result.hidden.append({ values.value(QStringLiteral("name")),
                    values.value(QStringLiteral("value")) });
            else if (type == QLatin1String("radio"))
                result.people.append(values.value(QStringLiteral("value")));
            else if (type == QLatin1String("submit"))
                result.decisions.append(values.value(QStringLiteral("value")));
        }
        return result;
    }

    // The authorize URL Passdesk would open.
    QUrl authorizeUrl(const QString &redirectUri, const QString &state, const QString &challenge,
        const QString &clientId = QStringLiteral("passdesk-desktop"),
        const QString &method = QStringLiteral("S256")) const
    {
        QUrlQuery query;
        auto add = [&](const char *name, const QString &value) {
            if (!value.isNull())
                query.addQueryItem(
                    QLatin1String(name), QString::fromLatin1(QUrl::toPercentEncoding(value)));
        };
        add("response_type", QStringLiteral("code"));
        add("client_id", clientId);
        add("redirect_uri", redirectUri);
        add("state", state);
        add("code_challenge", challenge);
        add("code_challenge_method", method);
        QUrl url = m_server.authorizeUrl();
        url.setQuery(query);
        return url;
    }

    HttpReply get(const QUrl &url) { return SandboxHttp::finish(m_network.get(request(url))); }

    // Submits the form as a browser does: the hidden fields, the chosen person, the button.
    HttpReply submit(const PageForm &form, const QString &person, const QString &decision)
    {
        QUrlQuery fields;
        QList<QPair<QString, QString>> all = form.hidden;
        if (!person.isEmpty())
            all.append({ QStringLiteral("person"), person });
        all.append({ QStringLiteral("decision"), decision });
        QByteArray body;
        for (const auto &[name, value] : all) {
            if (!body.isEmpty())
                body += '&';
            body += QUrl::toPercentEncoding(name) + '='
                + QUrl::toPercentEncoding(value).replace("%20", "+");
        }
        QNetworkRequest post = request(form.action);
        post.setHeader(QNetworkRequest::ContentTypeHeader,
            QByteArrayLiteral("application/x-www-form-urlencoded"));
        return SandboxHttp::finish(m_network.post(post, body));
    }

    // Opens the page, submits it and follows the redirect to the listener. The reply is the
    // sandbox's answer to the form (a 302 when all went well).
    HttpReply signIn(const QUrl &authorizeUrl, const QString &person,
        const QString &decision = QStringLiteral("approve"))
    {
        HttpReply page = get(authorizeUrl);
        const auto form = readForm(page.body, authorizeUrl);
        if (page.status != 200 || !form)
            return page;
        HttpReply answer = submit(*form, person, decision);
        const QByteArray location = answer.header("Location");
        if (answer.status == 302 && !location.isEmpty())
            get(QUrl::fromEncoded(location));
        return answer;
    }

    QByteArray language = QByteArrayLiteral("en-US"); // the browser's Accept-Language

private:
    QNetworkRequest request(const QUrl &url) const
    {
        QNetworkRequest result(url);
        result.setRawHeader("Accept-Language", language);
        return result;
    }

    Sandbox::SandboxServer &m_server;
    QNetworkAccessManager m_network;
};

// The claims of a JWT, read as a client does (no signature check); empty when it is not one.
inline QJsonObject jwtClaims(const QString &token)
{
    const QStringList parts = token.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return {};
    return QJsonDocument::fromJson(
        QByteArray::fromBase64(
            parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
        .object();
}

inline QString queryValue(const QUrl &url, const char *name)
{
    return QUrlQuery(url).queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
}

} // namespace Passdesk::Testing
