#pragma once

#include <QNetworkProxyFactory>

namespace Passdesk {

// The system's proxy settings for every host but the machine itself: a tenant on loopback (the
// sandbox) is reached directly, without asking the system. Asking goes through libproxy, which
// is slow to give its first answer (before the first frame, at start-up) and not free for each
// request after it; for loopback its answer is always "direct" anyway, and a corporate proxy
// must never see the sandbox's traffic.
class ProxyFactory final : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;
};

} // namespace Passdesk
