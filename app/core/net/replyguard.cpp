#include "core/net/replyguard.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace Passdesk {

ReplyGuard::ReplyGuard(QNetworkReply *reply, const RequestLimits &limits,
    std::optional<std::chrono::milliseconds> deadline, StopHandler onStop)
    : QObject(reply)
    , m_reply(reply)
    , m_limits(limits)
    , m_onStop(std::move(onStop))
    , m_headerTimer(new QTimer(this))
{
    m_headerTimer->setSingleShot(true);
    connect(m_headerTimer, &QTimer::timeout, this, [this] { stop(StopReason::HeadersTooLarge); });
    // The wait starts when the whole request is out, so a slow upload is the idle timeout's.
    connect(reply, &QNetworkReply::requestSent, this,
        [this] { m_headerTimer->start(m_limits.headerWait); });
    connect(reply, &QNetworkReply::metaDataChanged, this, &ReplyGuard::checkHeaders);
    connect(reply, &QNetworkReply::finished, this, [this] { m_headerTimer->stop(); });
    if (deadline) {
        auto *deadlineTimer = new QTimer(this);
        deadlineTimer->setSingleShot(true);
        connect(deadlineTimer, &QTimer::timeout, this, [this] { stop(StopReason::Deadline); });
        connect(reply, &QNetworkReply::finished, deadlineTimer, &QTimer::stop);
        deadlineTimer->start(*deadline);
    }
}

void ReplyGuard::prepare(QNetworkRequest &request, const RequestLimits &limits)
{
    request.setTransferTimeout(int(limits.idleTimeout.count()));
    chooseProtocol(request);
}

void ReplyGuard::chooseProtocol(QNetworkRequest &request)
{
    // Over TLS only: for plain HTTP Qt keeps the default, as connectToHost() does, so the
    // preconnected connection is of the requests' kind.
    if (request.url().scheme() == QLatin1String("https"))
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, useHttp2);
}

qint64 ReplyGuard::headerBytes(const QNetworkReply *reply)
{
    qint64 bytes = 0;
    for (const auto &header : reply->rawHeaderPairs())
        bytes += header.first.size() + header.second.size() + 4; // ": " and CR LF
    return bytes;
}

void ReplyGuard::checkHeaders()
{
    m_headerTimer->stop();
    if (headerBytes(m_reply) > m_limits.maxHeaderBytes)
        stop(StopReason::HeadersTooLarge);
}

void ReplyGuard::stop(StopReason reason)
{
    if (m_stopped || m_reply->isFinished())
        return;
    m_stopped = true;
    m_onStop(reason);
}

} // namespace Passdesk
