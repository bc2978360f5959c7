// The longest event-loop stall of Passdesk's UI thread in two busy moments:
//  - "inflight": the main window is up and 50 API requests (org config reads, identity lookups,
//    digit tokens) are in flight against a sandbox that answers each after 2 s;
//  - "typing": an agent types a caller's uid letter by letter into the token dialog's lookup,
//    one key per interval (longer than the debounce, so every letter runs a lookup and shows
//    the popup).
// The sandboxes run in their own processes (--slow-url, --fast-url) so their work is not
// counted; without them they run in-process (only for the smoke test).

#include "core/api/apiclient.h"
#include "core/settings/appsettings.h"
#include "benchcommon.h"
#include "identitylookup.h"
#include "mainwindow.h"
#include "sandboxserver.h"
#include "tokendialog.h"
#include "tokenhistory.h"

#include <QListView>
#include <QAbstractItemView>
#include <QApplication>
#include <QCommandLineParser>
#include <QCompleter>
#include <QEventLoop>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>
#include <memory>

using namespace Passdesk;
using namespace Passdesk::Bench;

namespace {

constexpr int giveUpMs = 120000;

struct Tenant
{
    std::unique_ptr<Sandbox::SandboxServer> inProcess;
    QUrl apiRoot;

    bool open(const QString &url, int delayMs)
    {
        if (!url.isEmpty()) {
            apiRoot = QUrl(url);
            return true;
        }
        inProcess = std::make_unique<Sandbox::SandboxServer>();
        inProcess->setRateLimit(0, 10);
        inProcess->setResponseDelay(std::chrono::milliseconds(delayMs));
        if (!inProcess->listen())
            return false;
        apiRoot = inProcess->baseUrl();
        return true;
    }
};

ConnectionSettings connectionTo(const QUrl &apiRoot, const QString &clientId)
{
    ConnectionSettings connection;
    connection.displayName = QStringLiteral("Sandbox");
    connection.apiRoot = apiRoot;
    connection.clientId = clientId;
    connection.sandbox = true;
    for (const auto &client : Sandbox::builtInClients()) {
        if (client.clientId == clientId)
            connection.clientSecret = client.clientSecret;
    }
    return connection;
}

QJsonObject stallResult(const QString &scenario, const StallWatchdog &watchdog)
{
    return { { QStringLiteral("program"), QStringLiteral("stall") },
        { QStringLiteral("scenario"), scenario },
        { QStringLiteral("maxStallMs"), toMs(watchdog.maxGapNs()) },
        { QStringLiteral("maxStallCpuMs"), toMs(watchdog.maxGapCpuNs()) },
        { QStringLiteral("maxCpuPerIterationMs"), toMs(watchdog.maxCpuNs()) },
        { QStringLiteral("stallsOverFrame"), watchdog.overFrame() },
        { QStringLiteral("iterations"), double(watchdog.iterations()) } };
}

bool inflight(const QUrl &apiRoot, int requests, AppSettings *settings)
{
    QNetworkAccessManager network;
    ApiClient client(&network);
    client.setUiLanguages({ QStringLiteral("en-US") });
    client.setConnection(connectionTo(apiRoot, QStringLiteral("sandbox-admin")));
    MainWindow window(&client, settings);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;

    StallWatchdog watchdog;
    QEventLoop loop;
    int finished = 0;
    int succeeded = 0;
    watchdog.start();
    for (int i = 0; i < requests; ++i) {
        ApiReply *reply = nullptr;
        switch (i % 3) {
        case 0:
            reply = client.getOrgConfig();
            break;
        case 1:
            reply = client.findIdentities(QStringLiteral("a"), 20);
            break;
        default:
            reply = client.generateDigitToken({ QStringLiteral("Abby.Smith"), 8, 5 });
            break;
        }
        QObject::connect(reply, &ApiReply::finished, &loop, [&, reply] {
            succeeded += reply->isSuccess() ? 1 : 0;
            if (++finished == requests)
                loop.quit();
        });
    }
    QTimer::singleShot(giveUpMs, &loop, &QEventLoop::quit);
    if (finished < requests)
        loop.exec();
    watchdog.stop();
    QJsonObject result = stallResult(QStringLiteral("inflight"), watchdog);
    result.insert(QStringLiteral("requests"), requests);
    result.insert(QStringLiteral("succeeded"), succeeded);
    printResult(result);
    return succeeded == requests;
}

bool typing(const QUrl &apiRoot, const QString &name, int intervalMs, AppSettings *settings)
{
    QNetworkAccessManager network;
    ApiClient client(&network);
    client.setUiLanguages({ QStringLiteral("en-US") });
    client.setConnection(connectionTo(apiRoot, QStringLiteral("sandbox-helpdesk")));
    TokenHistory history;
    TokenDialog dialog(&client, settings, &history);
    dialog.show();
    if (!QTest::qWaitForWindowExposed(&dialog))
        return false;
    auto *lineEdit = dialog.findChild<QLineEdit *>(QStringLiteral("userIdLineEdit"));
    auto *lookup = dialog.findChild<IdentityLookup *>();
    QAbstractItemView *popup = lookup->suggestions();
    lineEdit->setFocus();

    StallWatchdog watchdog;
    QEventLoop loop;
    QTimer typist;
    typist.setInterval(intervalMs);
    int typed = 0;
    QObject::connect(&typist, &QTimer::timeout, &loop, [&] {
        if (typed < name.size()) {
            QTest::keyClicks(lineEdit, name.mid(typed++, 1));
            return;
        }
        // After the last letter: done once the popup offers the typed uid.
        if (popup->isVisible() && popup->model()->rowCount() > 0
            && popup->model()->index(0, 0).data().toString().contains(name))
            loop.quit();
    });
    QTimer::singleShot(giveUpMs, &loop, &QEventLoop::quit);
    watchdog.start();
    typist.start();
    loop.exec();
    watchdog.stop();
    const bool offered = popup->isVisible() && lineEdit->text() == name;
    QJsonObject result = stallResult(QStringLiteral("typing"), watchdog);
    result.insert(QStringLiteral("letters"), int(name.size()));
    result.insert(QStringLiteral("intervalMs"), intervalMs);
    result.insert(QStringLiteral("lookups"), lookup->lookupCount());
    result.insert(QStringLiteral("offered"), offered);
    printResult(result);
    return offered;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption slowOption(QStringLiteral("slow-url"),
        QStringLiteral("A sandbox that answers after 2 s."), QStringLiteral("url"));
    const QCommandLineOption fastOption(QStringLiteral("fast-url"),
        QStringLiteral("A sandbox that answers at once."), QStringLiteral("url"));
    const QCommandLineOption delayOption(QStringLiteral("delay-ms"),
        QStringLiteral("In-process slow sandbox's delay."), QStringLiteral("ms"),
        QStringLiteral("2000"));
    const QCommandLineOption requestsOption(QStringLiteral("requests"),
        QStringLiteral("Requests in flight."), QStringLiteral("n"), QStringLiteral("50"));
    const QCommandLineOption nameOption(QStringLiteral("name"),
        QStringLiteral("What the agent types."), QStringLiteral("text"),
        QStringLiteral("Alison.Ferguson"));
    const QCommandLineOption intervalOption(QStringLiteral("interval-ms"),
        QStringLiteral("Time between keys."), QStringLiteral("ms"), QStringLiteral("300"));
    parser.addOptions(
        { slowOption, fastOption, delayOption, requestsOption, nameOption, intervalOption });
    parser.process(app);

    QTemporaryDir configDir;
    AppSettings settings(configDir.path());
    Tenant slow;
    Tenant fast;
    if (!slow.open(parser.value(slowOption), parser.value(delayOption).toInt())
        || !fast.open(parser.value(fastOption), 0))
        return 1;
    const bool inflightOk = inflight(slow.apiRoot, parser.value(requestsOption).toInt(), &settings);
    const bool typingOk = typing(
        fast.apiRoot, parser.value(nameOption), parser.value(intervalOption).toInt(), &settings);
    return inflightOk && typingOk ? 0 : 1;
}
