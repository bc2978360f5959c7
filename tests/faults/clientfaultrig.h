#pragma once

// Shared by the client fault suites (tst_clientreplyfaults, tst_clientrefusalfaults): a fresh raw
// responder and an API client connected to it for every test function, and the words a person
// would read about an error.

#include "faulttesting.h"
#include "replycapture.h"

#include <QTest>
#include <memory>

Q_DECLARE_METATYPE(Passdesk::ApiError::Kind)
Q_DECLARE_METATYPE(Passdesk::Testing::RawResponder::Act)

namespace Passdesk::Testing {

// Everything the user would read about an error, in one string.
inline QString shownText(const ApiError &error)
{
    return (QStringList { error.summary() } + error.serverTexts({ QStringLiteral("en-US") }))
        .join(u'\n');
}

// A suite inherits it (after QObject) and calls setUp() in init(), tearDown() in cleanup().
class ClientFaultRig
{
    Q_DISABLE_COPY_MOVE(ClientFaultRig)

protected:
    ClientFaultRig() = default;
    ~ClientFaultRig() = default;

    bool setUp()
    {
        m_raw = std::make_unique<RawResponder>();
        if (!m_raw->listen())
            return false;
        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<ApiClient>(m_network.get());
        m_client->setConnection(connectionTo(m_raw->baseUrl()));
        // The silent server's case; all others answer at once.
        m_client->setTransferTimeout(std::chrono::milliseconds(400));
        return true;
    }

    void tearDown()
    {
        m_client.reset();
        m_network.reset();
        m_raw.reset();
    }

    std::shared_ptr<ReplyOutcome> loadConfig()
    {
        auto outcome = capture(m_client->getOrgConfig());
        if (!QTest::qWaitFor([&] { return outcome->done; }, faultWaitMs))
            qWarning("no answer in time");
        return outcome;
    }

    std::unique_ptr<RawResponder> m_raw;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
};

} // namespace Passdesk::Testing
