// Issue 22's scenarios on a real link: Passdesk (PassdeskApp, as passdesk starts it) talks to
// the sandbox over TLS through a DelayRelay that gives the loopback link a round trip time
// (LinkRig). Prints one JSON object per scenario: every run's milliseconds, and what crossed
// the link in the last run (HTTP requests, TCP connects, TLS handshakes). run_latency.py turns
// them into round trips and compares them with the targets.

#include "benchcommon.h"
#include "latencydesk.h"
#include "core/net/replyguard.h"
#include "linkrig.h"
#include "mainwindow.h"
#include "sandboxserver.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <cstdio>
#include <memory>

using namespace Passdesk;
using namespace Passdesk::Bench;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class Report
{
public:
    Report(LinkRig *rig, int rttUs)
        : m_rig(rig)
        , m_rttUs(rttUs)
    { }

    // Runs `scenario` and keeps its time and counts; false when it showed nothing.
    bool measure(const QString &name, const std::function<qint64()> &scenario)
    {
        const LinkCounts before = m_rig->counts();
        const qint64 ns = scenario();
        Entry &entry = m_entries[name];
        if (!m_order.contains(name))
            m_order.append(name);
        entry.counts = m_rig->counts() - before;
        if (ns < 0) {
            std::fprintf(stderr, "bench_latency: %s showed nothing within %d ms\n",
                qPrintable(name), LatencyDesk::giveUpMs);
            return false;
        }
        entry.ms.append(toMs(ns));
        return true;
    }

    void print() const
    {
        for (const QString &name : m_order) {
            const Entry &entry = m_entries.value(name);
            printResult({ { QStringLiteral("program"), QStringLiteral("latency") },
                { QStringLiteral("scenario"), name },
                { QStringLiteral("rttMs"), double(m_rttUs) / 1000.0 },
                { QStringLiteral("ms"), entry.ms },
                { QStringLiteral("requests"), entry.counts.requests },
                { QStringLiteral("connects"), entry.counts.connects },
                { QStringLiteral("tlsHandshakes"), entry.counts.tlsHandshakes } });
        }
    }

private:
    struct Entry
    {
        QJsonArray ms;
        LinkCounts counts;
    };
    LinkRig *m_rig;
    int m_rttUs;
    QHash<QString, Entry> m_entries;
    QStringList m_order;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption rttOption(QStringLiteral("rtt-ms"),
        QStringLiteral("Round trip time of the link."), QStringLiteral("ms"), QStringLiteral("50"));
    const QCommandLineOption certOption(QStringLiteral("cert"),
        QStringLiteral("PEM certificate for 127.0.0.1 and localhost (trusted by this run only)."),
        QStringLiteral("file"));
    const QCommandLineOption keyOption(QStringLiteral("key"),
        QStringLiteral("Its PEM private key (EC or RSA)."), QStringLiteral("file"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
        QStringLiteral("Runs of each scenario after start."), QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption dwellOption(QStringLiteral("dwell-ms"),
        QStringLiteral("How long a list or dialog is open before the agent acts."),
        QStringLiteral("ms"), QStringLiteral("1000"));
    const QCommandLineOption http2Option(QStringLiteral("http2"),
        QStringLiteral("Serve the tenants over HTTP/2: nghttpx (nghttp2-proxy) in front of the sandbox."));
    parser.addOptions({ rttOption, certOption, keyOption, runsOption, dwellOption, http2Option });
    parser.process(app);
    const int rttUs = int(parser.value(rttOption).toDouble() * 1000);
    const int runs = parser.value(runsOption).toInt();
    const int dwellMs = parser.value(dwellOption).toInt();

    const QSslCertificate certificate(readFile(parser.value(certOption)), QSsl::Pem);
    const QByteArray keyPem = readFile(parser.value(keyOption));
    QSslKey key(keyPem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
    if (certificate.isNull() || key.isNull()) {
        std::fprintf(stderr, "bench_latency: needs --cert and --key (PEM)\n");
        return 2;
    }
    // Trusted by this process only: the certificate was made for this run.
    QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
    trusting.addCaCertificate(certificate);
    QSslConfiguration::setDefaultConfiguration(trusting);

    LinkRig rig(std::chrono::microseconds(rttUs), certificate, key,
        parser.isSet(http2Option) ? LinkRig::Protocol::Http2 : LinkRig::Protocol::Http1);
    Report report(&rig, rttUs);
    if (!rig.start()) {
        std::fprintf(stderr, "bench_latency: %s\n", qPrintable(rig.error()));
        return 1;
    }
    // The link's own floor: one HTTPS exchange on a warm connection, by a bare
    // QNetworkAccessManager in this thread (the sandbox refuses it at once: no token).
    {
        QNetworkAccessManager bare;
        QUrl url = rig.url(QStringLiteral("127.0.0.1"));
        url.setPath(QStringLiteral("/v2025/password-org-config"));
        // post: a small body as the token and digit token requests have; http2: allowed or not.
        const auto exchange = [&](bool post, bool http2) {
            QNetworkRequest request(url);
            request.setAttribute(QNetworkRequest::Http2AllowedAttribute, http2);
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            std::unique_ptr<QNetworkReply> reply(
                post ? bare.post(request, QByteArrayLiteral("{\"digitTokenLength\":8}")) : bare.get(request));
            QEventLoop loop;
            QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
            const qint64 start = clockNs(CLOCK_MONOTONIC);
            loop.exec();
            return clockNs(CLOCK_MONOTONIC) - start;
        };
        // Passdesk's own kind of exchange (ReplyGuard::useHttp2).
        exchange(false, ReplyGuard::useHttp2); // connects
        for (int i = 0; i < runs; ++i)
            report.measure(QStringLiteral("link-floor"), [&] { return exchange(false, ReplyGuard::useHttp2); });
        if (parser.isSet(http2Option)) {
            // Why Passdesk does not speak HTTP/2 on Qt 6.4: a request with a body over it.
            exchange(false, true); // connects over HTTP/2
            for (int i = 0; i < runs; ++i)
                report.measure(QStringLiteral("http2-post-floor"), [&] { return exchange(true, true); });
        }
    }

    QTemporaryDir configDir;
    LatencyDesk desk(&rig, configDir.path());

    bool ok = report.measure(QStringLiteral("start-to-config"), [&] { return desk.startToConfigShown(); });
    ok = ok && report.measure(QStringLiteral("tenant-switch"), [&] {
        desk.openTenantList();
        LatencyDesk::dwell(dwellMs);
        return desk.pickTenant(LatencyDesk::secondTenant);
    });
    // Back to the first tenant, whose access token is still kept: the config only.
    ok = ok && report.measure(QStringLiteral("tenant-switch-back"), [&] {
        desk.openTenantList();
        LatencyDesk::dwell(dwellMs);
        return desk.pickTenant(LatencyDesk::firstTenant);
    });
    if (ok) { // and on to the second again, for the rest (not measured)
        desk.openTenantList();
        LatencyDesk::dwell(dwellMs);
        ok = desk.pickTenant(LatencyDesk::secondTenant) >= 0;
    }
    ok = ok && desk.openTokenDialog();
    LatencyDesk::dwell(dwellMs);
    for (int i = 0; ok && i < runs; ++i) {
        ok = report.measure(QStringLiteral("suggestions"), [&] { return desk.suggestions(); });
        LatencyDesk::dwell(100);
    }
    for (int i = 0; ok && i < runs; ++i) {
        ok = report.measure(QStringLiteral("suggestions-typed-on"), [&] { return desk.suggestionsTypedOn(); });
        LatencyDesk::dwell(100);
    }
    for (int i = 0; ok && i < runs; ++i) {
        ok = report.measure(QStringLiteral("click-to-token"), [&] { return desk.clickToToken(); });
        LatencyDesk::dwell(100);
    }
    for (int i = 0; ok && i < runs; ++i) {
        desk.closeTokenDialog();
        desk.expireAccessToken();
        LatencyDesk::dwell(100); // idle with an expired token
        ok = desk.openTokenDialog();
        LatencyDesk::dwell(dwellMs);
        ok = ok && report.measure(QStringLiteral("click-to-token-expired"), [&] { return desk.clickToToken(); });
    }
    for (int i = 0; ok && i < runs; ++i) {
        ok = report.measure(QStringLiteral("unauthorized-mid-session"), [&] {
            rig.onSandbox([](Sandbox::SandboxServer &server) { server.expireAllTokens(); });
            return desk.clickToToken();
        });
        LatencyDesk::dwell(100);
    }
    desk.closeTokenDialog();
    for (int i = 0; ok && i < runs; ++i) {
        ok = report.measure(QStringLiteral("save-to-saved"), [&] { return desk.saveToSaved(); });
        LatencyDesk::dwell(100);
    }
    report.print();
    return ok ? 0 : 1;
}
