#pragma once

// Shared by the fault suites: the test-only TLS certificate (tlsfixtures.h) and its
// fingerprint, a client wired to a raw responder, and the HTTP answers the suites script.

#include "core/auth/accesstokenprovider.h"
#include "core/api/apiclient.h"
#include "rawresponder.h"
#include "tlsfixtures.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>

namespace Passdesk::Testing {

inline constexpr int faultWaitMs = 10000;
inline const QByteArray orgConfigSuffix = QByteArrayLiteral("/password-org-config");
inline const QByteArray digitSuffix = QByteArrayLiteral("/generate-password-reset-token/digit");
inline const QByteArray tokenSuffix = QByteArrayLiteral("/oauth/token");
inline const QByteArray validConfigJson = QByteArrayLiteral(
    R"({"customInstructionsEnabled":false,"digitTokenEnabled":true,"digitTokenDurationMinutes":5,"digitTokenLength":6})");

inline QString testCertificateFingerprint()
{
    return QString::fromLatin1(
        testCertificate().digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

// A loopback port where nothing listens: listen on a free one, then close it.
inline quint16 closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

inline ConnectionSettings connectionTo(const QUrl &apiRoot)
{
    ConnectionSettings connection;
    connection.displayName = QStringLiteral("Faulty");
    connection.apiRoot = apiRoot;
    connection.clientId = QStringLiteral("fault-client");
    connection.clientSecret = QStringLiteral("fault-client-secret");
    connection.testTenant = true;
    return connection;
}

// A response that declares `declared` body bytes but carries only `sent` of them.
inline QByteArray partialResponse(qint64 declared, qint64 sent)
{
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(declared) + "\r\n\r\n" + QByteArray(sent, ' ');
}

// Headers of a 200 whose body runs until the connection closes.
inline QByteArray openEndedHeaders()
{
    return QByteArrayLiteral(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n");
}

inline QList<QPair<QByteArray, QByteArray>> retryAfter(const QByteArray &value)
{
    return { { QByteArrayLiteral("Retry-After"), value } };
}

} // namespace Passdesk::Testing
