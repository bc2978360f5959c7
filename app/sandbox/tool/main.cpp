// passdesk-sandbox: the sandbox tenant on its own, for trying Passdesk or another client.

#include "sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <cstdio>

using Passdesk::Sandbox::SandboxServer;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("passdesk-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PASSDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A sandbox Identity Security Cloud tenant for Passdesk."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
        QStringLiteral("Listen on this loopback port (0: any free one)."), QStringLiteral("port"),
        QStringLiteral("0"));
    const QCommandLineOption lifetimeOption(QStringLiteral("token-lifetime"),
        QStringLiteral("Access token lifetime in seconds."), QStringLiteral("seconds"),
        QStringLiteral("750"));
    const QCommandLineOption rateOption(QStringLiteral("rate-limit"),
        QStringLiteral("Requests per client and API version per 10 s (0: none)."),
        QStringLiteral("count"), QStringLiteral("100"));
    const QCommandLineOption certOption(QStringLiteral("tls-cert"),
        QStringLiteral("Serve https with this PEM certificate (needs --tls-key)."),
        QStringLiteral("file"));
    const QCommandLineOption keyOption(QStringLiteral("tls-key"),
        QStringLiteral("The PEM private key (EC or RSA) for --tls-cert."), QStringLiteral("file"));
    parser.addOptions({ portOption, lifetimeOption, rateOption, certOption, keyOption });
    parser.process(app);

    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535) {
        std::fprintf(stderr, "passdesk-sandbox: --port takes a number from 0 to 65535\n");
        return 2;
    }
    bool lifetimeOk = false;
    const int lifetime = parser.value(lifetimeOption).toInt(&lifetimeOk);
    if (!lifetimeOk || lifetime < 1) {
        std::fprintf(
            stderr, "passdesk-sandbox: --token-lifetime takes a number of seconds from 1 up\n");
        return 2;
    }
    bool rateOk = false;
    const int rate = parser.value(rateOption).toInt(&rateOk);
    if (!rateOk || rate < 0) {
        std::fprintf(
            stderr, "passdesk-sandbox: --rate-limit takes a number from 0 (no limit) up\n");
        return 2;
    }
    if (parser.isSet(certOption) != parser.isSet(keyOption)) {
        std::fprintf(stderr, "passdesk-sandbox: --tls-cert and --tls-key go together\n");
        return 2;
    }
    // Without OpenSSL unless --tls-cert asks for it: three quarters of this program's start.
    const auto server = SandboxServer::withoutTlsPlugin();
    if (parser.isSet(certOption)) {
        QFile certFile(parser.value(certOption));
        QFile keyFile(parser.value(keyOption));
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "passdesk-sandbox: cannot read the TLS certificate or key\n");
            return 2;
        }
        const QSslCertificate certificate(certFile.readAll(), QSsl::Pem);
        const QByteArray keyPem = keyFile.readAll();
        QSslKey key(keyPem, QSsl::Ec, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
        if (certificate.isNull() || key.isNull()) {
            std::fprintf(stderr, "passdesk-sandbox: the TLS certificate or key is not valid PEM\n");
            return 2;
        }
        server->setTls(certificate, key);
    }
    server->setTokenLifetimeSeconds(lifetime);
    server->setRateLimit(rate, 10);
    if (!server->listen(QHostAddress::LocalHost, quint16(port))) {
        std::fprintf(stderr, "passdesk-sandbox: cannot listen on 127.0.0.1:%u\n", port);
        return 1;
    }
    std::printf("Sandbox tenant serving at %s\n", qPrintable(server->baseUrl().toString()));
    const QString root = server->baseUrl().toString();
    std::printf("Token endpoint: %s/oauth/token\n", qPrintable(root));
    std::printf("Browser sign-in: %s/oauth/authorize (found through %s/oauth/info)\n",
        qPrintable(root), qPrintable(root));
    std::printf("Clients (client_id / client_secret, kind: scopes):\n");
    for (const auto &client : server->clients()) {
        const bool browser = client.kind == Passdesk::Sandbox::ClientKind::BrowserPublic;
        std::printf("  %s / %s, %s: %s\n", qPrintable(client.clientId),
            browser ? "-" : qPrintable(client.clientSecret),
            qPrintable(Passdesk::Sandbox::kindInWords(client)),
            browser ? "those of the person's level"
                    : qPrintable(client.scopes.join(QLatin1Char(' '))));
    }
    std::printf("People one can sign in as in the browser (uid, name: user level):\n");
    for (const auto &person : server->people())
        std::printf("  %s, %s: %s\n", qPrintable(person.uid),
            qPrintable(server->displayName(person.uid)),
            qPrintable(Passdesk::Sandbox::levelName(person.level)));
    std::printf("Serving until stopped (Ctrl+C).\n");
    std::fflush(stdout);
    return QCoreApplication::exec();
}
