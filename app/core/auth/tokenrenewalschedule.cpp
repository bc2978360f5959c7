#include "core/auth/tokenrenewalschedule.h"

namespace Passdesk {

TokenRenewalSchedule::TokenRenewalSchedule(QObject *parent)
    : QObject(parent)
    , m_timer(this)
{
    connect(&m_timer, &WallClockTimer::timeout, this, &TokenRenewalSchedule::due);
}

TokenRenewalSchedule::~TokenRenewalSchedule() = default;

bool TokenRenewalSchedule::canRenewAlone(const ConnectionSettings &connection)
{
    if (!connection.apiRoot.isValid())
        return false;
    if (connection.authMethod == AuthMethod::ClientCredentials)
        return !connection.clientSecret.isEmpty();
    return connection.authMethod == AuthMethod::BrowserSignIn && !connection.refreshToken.isEmpty();
}

QDateTime TokenRenewalSchedule::renewalTime(
    const QDateTime &now, const QDateTime &expiresAt, After after)
{
    // expiresAt is already a margin before the server's expiry.
    const qint64 left = now.msecsTo(expiresAt);
    if (after == After::FailedTry)
        return left < 2000 ? QDateTime() : now.addMSecs(left / 2);
    return expiresAt.addMSecs(-qMin(qint64(renewAheadLead.count()) * 1000, left / 4));
}

bool TokenRenewalSchedule::expiresWithin(
    bool hasToken, const QDateTime &expiresAt, std::chrono::seconds within)
{
    return !hasToken || QDateTime::currentDateTimeUtc().secsTo(expiresAt) <= within.count();
}

void TokenRenewalSchedule::schedule(
    const ConnectionSettings &connection, bool hasToken, const QDateTime &expiresAt, After after)
{
    m_timer.stop();
    if (!canRenewAlone(connection) || !hasToken)
        return;
    const QDateTime when = renewalTime(QDateTime::currentDateTimeUtc(), expiresAt, after);
    if (when.isValid())
        m_timer.startAt(when);
}

} // namespace Passdesk
