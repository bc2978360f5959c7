#include "sandboxprocess.h"

#include <QCoreApplication>
#include <QTimer>
#include <utility>

namespace Passdesk {

namespace {
// lupdate reads this context; the strings below are translated in it.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Passdesk::SandboxProcess)
};

constexpr int startTimeoutMs = 15000;
constexpr int quitTimeoutMs = 2000;
} // namespace

SandboxProcess::SandboxProcess(const QString &program, QObject *parent)
    : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &SandboxProcess::readOutput);
    connect(
        &m_process, &QProcess::errorOccurred, this, [this, program](QProcess::ProcessError error) {
            if (error == QProcess::FailedToStart)
                fail(Texts::tr("The sandbox tenant could not be started (%1): %2")
                         .arg(program, m_process.errorString()));
        });
    connect(&m_process, &QProcess::finished, this,
        [this] { fail(Texts::tr("The sandbox tenant stopped before it served anything.")); });
    QTimer::singleShot(startTimeoutMs, this,
        [this] { fail(Texts::tr("The sandbox tenant did not start in time.")); });
    m_process.start(program,
        { QStringLiteral("--port"), QStringLiteral("0"),
            QStringLiteral("--quit-when-stdin-closes") });
}

SandboxProcess::~SandboxProcess()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.disconnect(this);
    m_process.closeWriteChannel(); // the sandbox quits at the end of its input
    if (!m_process.waitForFinished(quitTimeoutMs))
        m_process.kill();
    m_process.waitForFinished(quitTimeoutMs);
}

void SandboxProcess::whenListening(Ready ready)
{
    m_waiting.append(std::move(ready));
    if (m_settled)
        deliverLater();
}

void SandboxProcess::readOutput()
{
    if (m_settled) {
        m_process.readAllStandardOutput(); // the rest of its greeting is for people
        return;
    }
    m_output += m_process.readAllStandardOutput();
    const qsizetype lineEnd = m_output.indexOf('\n');
    if (lineEnd < 0)
        return;
    // "Sandbox tenant serving at http://127.0.0.1:40123"
    const QByteArray line = m_output.left(lineEnd).trimmed();
    const qsizetype at = line.indexOf("http");
    const QUrl apiRoot(QString::fromUtf8(at < 0 ? QByteArray() : line.mid(at)));
    if (!apiRoot.isValid() || apiRoot.host().isEmpty()) {
        fail(Texts::tr("The sandbox tenant said something Passdesk did not expect: %1")
                 .arg(QString::fromUtf8(line)));
        return;
    }
    m_apiRoot = apiRoot;
    m_settled = true;
    m_output.clear();
    deliverLater();
}

void SandboxProcess::fail(const QString &reason)
{
    if (m_settled)
        return;
    m_settled = true;
    m_error = reason;
    deliverLater();
}

void SandboxProcess::deliverLater()
{
    QMetaObject::invokeMethod(this, &SandboxProcess::deliver, Qt::QueuedConnection);
}

void SandboxProcess::deliver()
{
    const auto waiting = std::exchange(m_waiting, {});
    for (const Ready &ready : waiting)
        ready(m_apiRoot, m_error);
}

} // namespace Passdesk
