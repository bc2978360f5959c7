#pragma once

// The test-only self-signed certificate and key (tests/fixtures/tls, for 127.0.0.1 and
// localhost): the sandbox serves https with them; Passdesk must refuse them unless a test
// trusts them on purpose.

#include <QFile>
#include <QSslCertificate>
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

} // namespace Passdesk::Testing
