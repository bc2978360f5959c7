// Click on Generate to token shown: the real TokenDialog against a sandbox over loopback, the
// clock running from the mouse click to the end of the frame that paints the digits. With
// --curl, each run is followed by curl sending the same request with the same headers to the
// same sandbox (the network floor), using curl's own timing (no process start).

#include "core/net/acceptlanguage.h"
#include "core/api/apiclient.h"
#include "core/connection/apiversion.h"
#include "core/settings/appsettings.h"
#include "benchcommon.h"
#include "core/model/digittoken.h"
#include "sandboxserver.h"
#include "tokendialog.h"
#include "tokenhistory.h"

#include <QApplication>
#include <QCheckBox>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>
#include <memory>
#include <optional>

// Under `valgrind --tool=callgrind --instr-atstart=no` only the measured clicks are counted.
#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#else
#define CALLGRIND_START_INSTRUMENTATION
#endif

using namespace Passdesk;
using namespace Passdesk::Bench;

namespace {

constexpr int giveUpMs = 10000;
const QString clientId = QStringLiteral("sandbox-helpdesk");

QString secretFor(const QString &id)
{
    for (const auto &client : Sandbox::builtInClients()) {
        if (client.clientId == id)
            return client.clientSecret;
    }
    return {};
}

// Stops the clock at the end of the frame that paints the new token's digits: the first paint
// of the digits after the history got the new token's row (the old digits stay on screen until
// the new ones replace them).
class DigitsPaintWatch final : public QObject
{
    Q_DISABLE_COPY_MOVE(DigitsPaintWatch)

public:
    DigitsPaintWatch(QLabel *label, QAbstractItemModel *history)
        : m_label(label)
    {
        label->installEventFilter(this);
        connect(history, &QAbstractItemModel::rowsInserted, this, [this] { m_newToken = true; });
    }

    // Clicks `button` and returns the nanoseconds until the digits were painted (-1: never).
    qint64 clickAndWait(QPushButton *button)
    {
        QEventLoop loop;
        m_doneNs = -1;
        m_seen = false;
        m_newToken = false;
        QTimer::singleShot(giveUpMs, &loop, &QEventLoop::quit);
        m_startNs = clockNs(CLOCK_MONOTONIC);
        m_startCpuNs = clockNs(CLOCK_PROCESS_CPUTIME_ID);
        m_loop = &loop;
        QTest::mouseClick(button, Qt::LeftButton);
        loop.exec();
        m_loop = nullptr;
        return m_doneNs;
    }

    qint64 lastCpuNs() const
    {
        return m_cpuNs;
    } // Passdesk's CPU time (all threads) in the last run

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (m_loop && m_newToken && !m_seen && event->type() == QEvent::Paint
            && watched == m_label) {
            m_seen = true;
            QTimer::singleShot(0, m_loop, [this] {
                m_doneNs = clockNs(CLOCK_MONOTONIC) - m_startNs;
                m_cpuNs = clockNs(CLOCK_PROCESS_CPUTIME_ID) - m_startCpuNs;
                m_loop->quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QLabel *m_label;
    QEventLoop *m_loop = nullptr;
    bool m_newToken = false;
    qint64 m_startNs = 0;
    qint64 m_doneNs = -1;
    qint64 m_startCpuNs = 0;
    qint64 m_cpuNs = 0;
    bool m_seen = false;
};

// --trace-paints: which widgets each click repaints, and where (for profiling, on stderr).
class PaintTrace final : public QObject
{
    Q_DISABLE_COPY_MOVE(PaintTrace)

public:
    PaintTrace() { qApp->installEventFilter(this); }
    void nextRun(int run) { std::fprintf(stderr, "-- click %d\n", run); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType()) {
            const QRect box = static_cast<QPaintEvent *>(event)->rect();
            std::fprintf(stderr, "paint %s#%s %dx%d+%d+%d\n", watched->metaObject()->className(),
                qPrintable(watched->objectName()), box.width(), box.height(), box.x(), box.y());
        } else if (event->type() == QEvent::LayoutRequest) {
            std::fprintf(stderr, "layout %s#%s\n", watched->metaObject()->className(),
                qPrintable(watched->objectName()));
        }
        return QObject::eventFilter(watched, event);
    }
};

struct CurlTimes
{
    double coldMs = -1; // new connection (TCP connect included)
    double warmMs = -1; // the same request again on the kept-alive connection
};

// Runs curl while the event loop keeps running (an in-process sandbox must answer it).
QByteArray runCurl(const QString &curl, const QStringList &arguments)
{
    QProcess process;
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(giveUpMs, &loop, &QEventLoop::quit);
    process.start(curl, arguments);
    loop.exec();
    if (process.state() != QProcess::NotRunning || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0)
        return {};
    return process.readAllStandardOutput();
}

// curl gets the same bearer token endpoint, headers and body as Passdesk's client.
class CurlFloor
{
public:
    CurlFloor(
        QString curl, const QUrl &apiRoot, const QByteArray &body, const QByteArray &acceptLanguage)
        : m_curl(std::move(curl))
    {
        ConnectionSettings connection;
        connection.apiRoot = apiRoot;
        m_url = connection.endpointUrl(Endpoint::DigitToken).toString();
        const QByteArray tokenJson = runCurl(m_curl,
            { QStringLiteral("-s"), QStringLiteral("-X"), QStringLiteral("POST"),
                QStringLiteral("--data"),
                QStringLiteral("grant_type=client_credentials&client_id=%1&client_secret=%2")
                    .arg(clientId, secretFor(clientId)),
                connection.tokenUrl().toString() });
        const QString token = QJsonDocument::fromJson(tokenJson)
                                  .object()
                                  .value(QLatin1String("access_token"))
                                  .toString();
        if (token.isEmpty())
            return;
        m_arguments = { QStringLiteral("-s"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
            QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-w"),
            QStringLiteral("%{time_total} %{http_code}\\n"), QStringLiteral("-X"),
            QStringLiteral("POST"), QStringLiteral("-H"),
            QStringLiteral("Authorization: Bearer %1").arg(token), QStringLiteral("-H"),
            QStringLiteral("Accept: application/json"), QStringLiteral("-H"),
            QStringLiteral("Accept-Language: %1").arg(QString::fromLatin1(acceptLanguage)),
            QStringLiteral("-H"),
            QStringLiteral("User-Agent: %1").arg(QString::fromLatin1(ApiClient::userAgent())),
            QStringLiteral("-H"), QStringLiteral("Content-Type: application/json") };
        if (needsExperimentalHeader(ApiVersion::V2025, Endpoint::DigitToken))
            m_arguments << QStringLiteral("-H") << QStringLiteral("X-SailPoint-Experimental: true");
        m_arguments << QStringLiteral("--data-binary") << QString::fromUtf8(body);
        // Two transfers in one curl: the second reuses the connection, as Passdesk's does.
        m_arguments << m_url << m_url;
    }

    bool isReady() const { return !m_arguments.isEmpty(); }

    std::optional<CurlTimes> run() const
    {
        const QList<QByteArray> lines = runCurl(m_curl, m_arguments).trimmed().split('\n');
        if (lines.size() != 2)
            return std::nullopt;
        CurlTimes times;
        for (int i = 0; i < 2; ++i) {
            const QList<QByteArray> fields = lines.at(i).trimmed().split(' ');
            if (fields.size() != 2 || fields.at(1) != "200")
                return std::nullopt;
            (i == 0 ? times.coldMs : times.warmMs) = fields.at(0).toDouble() * 1000.0;
        }
        return times;
    }

private:
    QString m_curl;
    QString m_url;
    QStringList m_arguments;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption urlOption(QStringLiteral("sandbox-url"),
        QStringLiteral("A running sandbox (else one in-process)."), QStringLiteral("url"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Measured runs."),
        QStringLiteral("n"), QStringLiteral("60"));
    const QCommandLineOption warmupOption(QStringLiteral("warmup"),
        QStringLiteral("Unmeasured runs first."), QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption curlOption(QStringLiteral("curl"),
        QStringLiteral("curl to interleave as the floor."), QStringLiteral("path"));
    // Under valgrind every answer takes longer than the shipped busy delay, so a profile of the
    // shipped build shows the busy state on each click; raising it profiles a fast answer.
    const QCommandLineOption busyDelayOption(QStringLiteral("busy-delay-ms"),
        QStringLiteral("Busy state delay (profiling only)."), QStringLiteral("ms"),
        QString::number(TokenDialog::busyDelayMs));
    const QCommandLineOption tracePaintsOption(QStringLiteral("trace-paints"),
        QStringLiteral("Print the widgets each measured click repaints (profiling only)."));
    parser.addOptions(
        { urlOption, runsOption, warmupOption, curlOption, busyDelayOption, tracePaintsOption });
    parser.process(app);
    const int runs = parser.value(runsOption).toInt();
    const int warmup = parser.value(warmupOption).toInt();

    std::unique_ptr<Sandbox::SandboxServer> inProcess;
    QUrl apiRoot(parser.value(urlOption));
    if (!parser.isSet(urlOption)) {
        inProcess = std::make_unique<Sandbox::SandboxServer>();
        inProcess->setRateLimit(0, 10);
        if (!inProcess->listen())
            return 1;
        apiRoot = inProcess->baseUrl();
    }

    QTemporaryDir configDir;
    AppSettings settings(configDir.path());
    QNetworkAccessManager network;
    ApiClient client(&network);
    client.setUiLanguages({ QStringLiteral("en-US") });
    ConnectionSettings connection;
    connection.displayName = QStringLiteral("Sandbox");
    connection.apiRoot = apiRoot;
    connection.clientId = clientId;
    connection.clientSecret = secretFor(clientId);
    connection.sandbox = true;
    client.setConnection(connection);

    TokenHistory history;
    TokenDialog dialog(&client, &settings, &history);
    dialog.setTenantName(QStringLiteral("Sandbox"));
    dialog.setBusyDelay(parser.value(busyDelayOption).toInt());
    dialog.show();
    if (!QTest::qWaitForWindowExposed(&dialog))
        return 1;
    DigitTokenRequest request { QStringLiteral("Abby.Smith"), 8, 5 };
    dialog.findChild<QLineEdit *>(QStringLiteral("userIdLineEdit"))->setText(request.userId);
    dialog.findChild<QSpinBox *>(QStringLiteral("tokenLengthSpinBox"))->setValue(*request.length);
    dialog.findChild<QSpinBox *>(QStringLiteral("tokenDurationSpinBox"))
        ->setValue(*request.durationMinutes);
    dialog.findChild<QCheckBox *>(QStringLiteral("callerVerifiedCheckBox"))->setChecked(true);
    auto *generate = dialog.findChild<QPushButton *>(QStringLiteral("generateButton"));
    auto *digits = dialog.findChild<QLabel *>(QStringLiteral("tokenDigitsLabel"));
    DigitsPaintWatch watch(digits, &history);
    std::unique_ptr<CurlFloor> curl;
    if (parser.isSet(curlOption)) {
        curl = std::make_unique<CurlFloor>(parser.value(curlOption), apiRoot,
            QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact),
            acceptLanguageHeader(client.uiLanguages()));
        if (!curl->isReady()) {
            std::fprintf(stderr, "bench_token: curl could not get an access token\n");
            return 1;
        }
    }

    std::vector<double> passdesk, passdeskCpu, curlCold, curlWarm;
    for (int i = 0; i < warmup + runs; ++i) {
        if (i == warmup)
            CALLGRIND_START_INSTRUMENTATION;
        if (i >= warmup && parser.isSet(tracePaintsOption)) {
            static PaintTrace trace;
            trace.nextRun(i - warmup);
        }
        const qint64 ns = watch.clickAndWait(generate);
        const QString shown = digits->text().remove(u' ');
        if (ns < 0 || shown.size() != *request.length) {
            std::fprintf(stderr, "bench_token: run %d showed no token (%s after %lld ns)\n", i,
                qPrintable(shown), ns);
            return 1;
        }
        QCoreApplication::processEvents(); // let the history and countdown settle between runs
        std::optional<CurlTimes> times;
        if (curl && !(times = curl->run())) {
            std::fprintf(stderr, "bench_token: curl run %d failed\n", i);
            return 1;
        }
        if (i < warmup)
            continue;
        passdesk.push_back(toMs(ns));
        passdeskCpu.push_back(toMs(watch.lastCpuNs()));
        if (times) {
            curlCold.push_back(times->coldMs);
            curlWarm.push_back(times->warmMs);
        }
    }

    QJsonObject result { { QStringLiteral("program"), QStringLiteral("token") },
        { QStringLiteral("runs"), runs }, { QStringLiteral("passdeskMedianMs"), median(passdesk) },
        { QStringLiteral("passdeskCpuMedianMs"), median(passdeskCpu) },
        { QStringLiteral("historyRows"), history.rowCount() } };
    if (curl) {
        result.insert(QStringLiteral("curlWarmMedianMs"), median(curlWarm));
        result.insert(QStringLiteral("curlColdMedianMs"), median(curlCold));
    }
    printResult(result);
    return 0;
}
