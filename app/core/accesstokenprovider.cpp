#include "accesstokenprovider.h"

#include "replyerrors.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>
#include <QTimer>
#include <QUrl>

namespace Passdesk {

namespace {
// lupdate reads this context; the strings below are translated in it.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Passdesk::AccessTokenProvider)
};
} // namespace

namespace {


void wipe(QByteArray &bytes)
{
    bytes.fill('\0');
    bytes.clear();
}

} // namespace

AccessTokenProvider::AccessTokenProvider(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
}

AccessTokenProvider::~AccessTokenProvider()
{
    if (m_pending) {
        m_pending->disconnect(this);
        m_pending->abort();
        m_pending->deleteLater();
    }
    forget();
}

void AccessTokenProvider::setConnection(const ConnectionSettings &connection)
{
    forget();
    if (m_pending) {
        m_pending->disconnect(this);
        m_pending->abort();
        m_pending->deleteLater();
        m_pending = nullptr;
    }
    m_connection = connection;
    ApiError canceled;
    canceled.kind = ApiError::Kind::Canceled;
    deliver(canceled);
}

bool AccessTokenProvider::hasToken() const
{
    return !m_accessToken.isEmpty() && QDateTime::currentDateTimeUtc() < m_expiresAt;
}

bool AccessTokenProvider::hasScope(const QString &scope) const
{
    return m_scopes.contains(scope);
}

void AccessTokenProvider::withToken(QObject *context, Callback callback)
{
    if (hasToken()) {
        // Always asynchronous, so callers see the same order of events either way.
        QTimer::singleShot(0, context, [this, callback = std::move(callback)] {
            if (hasToken())
                callback(m_accessToken, {});
            else
                withToken(this, callback);
        });
        return;
    }
    m_waiters.append({QPointer<QObject>(context), std::move(callback)});
    if (!m_pending)
        requestToken();
}

void AccessTokenProvider::invalidate(const QString &rejectedToken)
{
    // Another request may already have renewed it; only drop the one the server refused.
    if (rejectedToken == m_accessToken) {
        m_accessToken.fill(QLatin1Char('\0'));
        m_accessToken.clear();
        m_expiresAt = {};
    }
}

void AccessTokenProvider::forget()
{
    m_accessToken.fill(QLatin1Char('\0'));
    m_accessToken.clear();
    m_expiresAt = {};
    if (!m_scopes.isEmpty()) {
        m_scopes.clear();
        emit scopesChanged(m_scopes);
    }
}

void AccessTokenProvider::requestToken()
{
    QNetworkRequest request(m_connection.tokenUrl());
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", m_userAgent);
    if (!m_acceptLanguage.isEmpty())
        request.setRawHeader("Accept-Language", m_acceptLanguage);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(static_cast<int>(m_timeout.count()));

    QByteArray body = QByteArrayLiteral("grant_type=client_credentials&client_id=")
        + QUrl::toPercentEncoding(m_connection.clientId)
        + QByteArrayLiteral("&client_secret=") + QUrl::toPercentEncoding(m_connection.clientSecret);
    ++m_tokenRequests;
    QNetworkReply *reply = m_network->post(request, body);
    wipe(body);
    m_pending = reply;
    auto sslErrors = std::make_shared<QList<QSslError>>();
    connect(reply, &QNetworkReply::sslErrors, this,
            [sslErrors](const QList<QSslError> &errors) { *sslErrors += errors; });
    connect(reply, &QNetworkReply::finished, this, [this, reply, sslErrors] {
        reply->deleteLater();
        if (m_pending != reply)
            return;
        m_pending = nullptr;
        QByteArray payload = reply->read(64 * 1024);
        if (!isHttpSuccess(reply)) {
            deliver(apiErrorFromReply(reply, payload, StopReason::None, *sslErrors));
            return;
        }
        const QJsonObject object = QJsonDocument::fromJson(payload).object();
        wipe(payload);
        const QString token = object.value(QLatin1String("access_token")).toString();
        if (token.isEmpty()) {
            deliver(ApiError::unreadableBody(Texts::tr("The token endpoint answered without an access token.")));
            return;
        }
        // Renew early, but never sooner than half the lifetime (short lifetimes in tests).
        const qint64 lifetime = qMax<qint64>(1, object.value(QLatin1String("expires_in")).toInteger(300));
        const qint64 usable = qMax(lifetime - qint64(renewalMargin.count()), lifetime / 2);
        m_accessToken = token;
        m_expiresAt = QDateTime::currentDateTimeUtc().addMSecs(usable * 1000);
        const QStringList scopes = object.value(QLatin1String("scope"))
                                       .toString()
                                       .split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (scopes != m_scopes) {
            m_scopes = scopes;
            emit scopesChanged(m_scopes);
        }
        deliver({});
    });
}

void AccessTokenProvider::deliver(const ApiError &error)
{
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &waiter : waiters) {
        if (!waiter.context)
            continue;
        waiter.callback(error.isError() ? QString() : m_accessToken, error);
    }
}

} // namespace Passdesk
