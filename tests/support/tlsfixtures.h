#pragma once

// The test-only self-signed certificate and key (tests/fixtures/tls, for 127.0.0.1 and
// localhost): the sandbox serves https with them; Passdesk must refuse them unless a test
// trusts them on purpose.

#include <QFile>
#include <QScopeGuard>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

namespace Passdesk::Testing {

inline QByteArray tlsFixture(const char *name)
{
    QFile file(QStringLiteral(PASSDESK_TLS_FIXTURES "/%1").arg(QLatin1String(name)));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
inline QSslCertificate testCertificate()
{
    return QSslCertificate(tlsFixture("sandbox-test.crt"), QSsl::Pem);
}
inline QSslKey testKey()
{
    return QSslKey(tlsFixture("sandbox-test.key"), QSsl::Ec, QSsl::Pem);
}

// Trusts `certificate` in the default TLS configuration until the returned guard goes, so that
// a handshake with a server using it succeeds.
[[nodiscard]] inline auto trustForThisTest(const QSslCertificate &certificate)
{
    const QSslConfiguration original = QSslConfiguration::defaultConfiguration();
    QSslConfiguration trusting = original;
    trusting.addCaCertificate(certificate);
    QSslConfiguration::setDefaultConfiguration(trusting);
    return qScopeGuard([original] { QSslConfiguration::setDefaultConfiguration(original); });
}

} // namespace Passdesk::Testing
