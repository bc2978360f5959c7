#pragma once

#include "core/auth/wallclocktimer.h"
#include "core/connection/connectionsettings.h"

#include <QDateTime>
#include <QObject>
#include <chrono>

namespace Passdesk {

// When an access token is renewed without anyone waiting, so a click never waits for
// /oauth/token: shortly before it is due (renewAheadLead, or a quarter of its life when that is
// shorter), and after a failed try again halfway to that point while that is a second or more
// away, so a passing fault is retried while the token still works. Only a token that can be
// renewed without the user is scheduled (canRenewAlone). due() says it is time; the owner sends
// the request and schedules again with its answer.
class TokenRenewalSchedule final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenRenewalSchedule)

public:
    enum class After
    {
        NewToken, // a token was just given
        FailedTry, // a renewal failed; the token held still works until it is due
    };

    explicit TokenRenewalSchedule(QObject *parent = nullptr);
    ~TokenRenewalSchedule() override;

    // Client credentials with a secret, or a browser sign-in's refresh token, on a connection
    // with an address: a pasted token or a missing secret needs the user.
    static bool canRenewAlone(const ConnectionSettings &connection);
    // When a token usable until expiresAt is renewed, as of now; invalid: not again (a failed
    // try with less than two seconds left).
    static QDateTime renewalTime(const QDateTime &now, const QDateTime &expiresAt, After after);
    // Whether a caller about to need a token should renew now: there is none, or it stops
    // being used within `within`.
    static bool expiresWithin(
        bool hasToken, const QDateTime &expiresAt, std::chrono::seconds within);

    // Stops the timer and starts it again for this token (hasToken: one is held and not yet
    // due); nothing starts when the connection cannot renew alone.
    void schedule(const ConnectionSettings &connection, bool hasToken, const QDateTime &expiresAt,
        After after);
    void stop() { m_timer.stop(); }
    bool isActive() const { return m_timer.isActive(); }

    // The timer renews this long before the token is due (a quarter of its life when shorter).
    static constexpr std::chrono::seconds renewAheadLead { 10 };

signals:
    void due();

private:
    WallClockTimer m_timer;
};

} // namespace Passdesk
