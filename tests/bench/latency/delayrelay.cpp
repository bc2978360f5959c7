#include "delayrelay.h"

#include "relayedconnection.h"

#include <QTcpSocket>

namespace Passdesk::Bench {

DelayRelay::DelayRelay(QHostAddress target, quint16 targetPort,
    std::chrono::microseconds roundTrip, QObject *parent)
    : QObject(parent)
    , m_server(this)
    , m_target(std::move(target))
    , m_targetPort(targetPort)
    , m_roundTrip(roundTrip)
{
    connect(&m_server, &QTcpServer::newConnection, this, &DelayRelay::accept);
}

DelayRelay::~DelayRelay()
{
    // The connections report their end to the counters, which must still be there.
    qDeleteAll(findChildren<RelayedConnection *>(QString(), Qt::FindDirectChildrenOnly));
}

bool DelayRelay::listen()
{
    if (!m_server.listen(QHostAddress::LocalHost, 0))
        return false;
    m_port = m_server.serverPort();
    return true;
}

void DelayRelay::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        ++m_connects;
        ++m_open;
        const qint64 oneWayNs = qint64(m_roundTrip.count()) * 1000 / 2;
        new RelayedConnection(this, client, oneWayNs, m_target, m_targetPort);
    }
}

} // namespace Passdesk::Bench
