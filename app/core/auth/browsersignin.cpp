#include "core/auth/browsersignin.h"

#include "core/net/replyguard.h"

#include "core/auth/accesstokenprovider.h"
#include "core/auth/loopbackredirectlistener.h"
#include "core/model/inputtext.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

namespace Passdesk {

namespace {
// lupdate reads this context; the strings below are translated in it.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Passdesk::BrowserSignIn)
};

constexpr int discoveryTimeoutMs = 15000;
constexpr qint64 maxInfoBytes = 64 * 1024;

// Only https, or http to this computer (the sandbox); never credentials in the address.
bool isUsableEndpoint(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty() || url.hasFragment())
        return false;
    const QString scheme = url.scheme().toLower();
    return scheme == QLatin1String("https")
        || (scheme == QLatin1String("http") && isLoopbackHost(url.host()));
}

bool isClientIdText(const QString &clientId)
{
    return !clientId.isEmpty() && clientId.size() <= 256 && !hasInvisibleCharacters(clientId)
        && !clientId.contains(QLatin1Char(' '));
}
} // namespace

BrowserSignIn::BrowserSignIn(QNetworkAccessManager *network, AccessTokenProvider *tokens,
    const ConnectionSettings &connection, Opener opener, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_tokens(tokens)
    , m_connection(connection)
    , m_opener(std::move(opener))
    , m_timeout(LoopbackRedirectListener::defaultTimeout)
    , m_listener(new LoopbackRedirectListener(this))
{
    m_connection.wipeSecrets(); // only the addresses and the client id are needed here
    connect(m_listener, &LoopbackRedirectListener::codeReceived, this, &BrowserSignIn::exchange);
    connect(m_listener, &LoopbackRedirectListener::failed, this, &BrowserSignIn::fail);
}

BrowserSignIn::~BrowserSignIn()
{
    if (m_discovery) {
        m_discovery->disconnect(this);
        m_discovery->abort();
    }
    m_pkce.verifier.fill('\0');
}

QUrl BrowserSignIn::fallbackAuthorizeEndpoint(const QUrl &apiRoot)
{
    const QString host = apiRoot.host().toLower();
    const QString suffix = QStringLiteral(".api.identitynow.com");
    if (!host.endsWith(suffix) || host.size() == suffix.size())
        return {};
    const QString tenant = host.left(host.size() - suffix.size());
    if (tenant.contains(QLatin1Char('.')))
        return {};
    return QUrl(QStringLiteral("https://%1.login.sailpoint.com/oauth/authorize").arg(tenant));
}

void BrowserSignIn::start()
{
    cancel();
    if (!isClientIdText(m_connection.clientId)) {
        fail(Texts::tr("This tenant has no usable OAuth client ID for the browser sign-in. Enter "
                       "the one the org admin registered in the tenant's settings."));
        return;
    }
    m_active = true;
    m_exchanging = false;
    m_pkce = Pkce::generate();
    m_state = QString::fromLatin1(randomUrlSafeText(24));
    discover();
}

void BrowserSignIn::discover()
{
    QUrl infoUrl = m_connection.apiRoot;
    infoUrl.setPath(QStringLiteral("/oauth/info"));
    QNetworkRequest request(infoUrl);
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(discoveryTimeoutMs);
    ReplyGuard::chooseProtocol(request);
    QNetworkReply *reply = m_network->get(request);
    m_discovery = reply;
    connect(reply, &QNetworkReply::readyRead, this, [reply] {
        if (reply->bytesAvailable() > maxInfoBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (m_discovery != reply || !m_active)
            return;
        m_discovery = nullptr;
        QUrl endpoint;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::NoError && status == 200) {
            const QJsonObject info = QJsonDocument::fromJson(reply->read(maxInfoBytes)).object();
            endpoint = QUrl(info.value(QLatin1String("authorizeEndpoint")).toString(),
                QUrl::StrictMode);
            if (!isUsableEndpoint(endpoint))
                endpoint = {};
        }
        if (!endpoint.isValid())
            endpoint = fallbackAuthorizeEndpoint(m_connection.apiRoot);
        if (!endpoint.isValid()) {
            fail(Texts::tr("Passdesk could not find this tenant's sign-in page: %1/oauth/info did "
                           "not name one (%2).")
                     .arg(m_connection.apiRoot.toDisplayString(),
                         reply->error() == QNetworkReply::NoError ? QString::number(status)
                                                                  : reply->errorString()));
            return;
        }
        openBrowser(endpoint);
    });
}

void BrowserSignIn::openBrowser(const QUrl &authorizeEndpoint)
{
    QString listenerProblem;
    m_listener->setTimeout(m_timeout);
    const bool listening
        = m_listener->listen(m_connection.redirectPort, m_state, &listenerProblem);
    m_redirectUri = listening ? m_listener->redirectUri()
                              : LoopbackRedirectListener::redirectUriFor(m_connection.redirectPort);
    QUrlQuery query;
    const auto add = [&query](const char *name, const QString &value) {
        query.addQueryItem(
            QLatin1String(name), QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add("response_type", QStringLiteral("code"));
    add("client_id", m_connection.clientId);
    add("redirect_uri", m_redirectUri);
    add("state", m_state);
    add("code_challenge", QString::fromLatin1(m_pkce.challenge));
    add("code_challenge_method", QStringLiteral("S256"));
    m_authorizeUrl = authorizeEndpoint;
    m_authorizeUrl.setQuery(query);
    const bool opened = m_opener && m_opener(m_authorizeUrl);
    if (m_active)
        emit waitingForBrowser(m_authorizeUrl, opened, listening, listenerProblem);
}

void BrowserSignIn::submitPasted(const QString &text)
{
    if (!m_active || m_exchanging || m_authorizeUrl.isEmpty())
        return;
    const QString pasted = text.trimmed();
    QString code = pasted;
    if (pasted.contains(QLatin1String("://")) || pasted.contains(QLatin1Char('?'))) {
        const QUrl url(pasted, QUrl::StrictMode);
        const QUrlQuery query(url);
        if (!url.isValid() || url.path() != QLatin1String("/callback")) {
            fail(Texts::tr("The pasted address is not the one the sign-in sends the browser to "
                           "(%1).")
                     .arg(m_redirectUri));
            return;
        }
        if (query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded) != m_state) {
            fail(Texts::tr("The pasted address belongs to another sign-in (its state does not "
                           "match), so Passdesk refused it. Sign in again."));
            return;
        }
        const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
        if (!error.isEmpty()) {
            fail(Texts::tr("The sign-in was refused in the browser (%1).").arg(error.left(100)));
            return;
        }
        code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    }
    if (code.isEmpty() || code.size() > 2048 || hasInvisibleCharacters(code)
        || code.contains(QLatin1Char(' '))) {
        fail(Texts::tr("This is neither a sign-in code nor the address the browser shows after "
                       "signing in."));
        return;
    }
    m_listener->close();
    exchange(code);
}

void BrowserSignIn::exchange(const QString &code)
{
    if (!m_active || m_exchanging || !m_tokens)
        return;
    m_exchanging = true;
    emit exchangingCode();
    m_tokens->exchangeAuthorizationCode(code, m_pkce.verifier, m_redirectUri, this,
        [this](const QString &, const ApiError &error) {
            m_exchanging = false;
            if (!m_active)
                return;
            if (error.isError()) {
                const QString words = error.errorDescription.isEmpty() ? error.summary()
                                                                       : error.errorDescription;
                fail(Texts::tr("The tenant did not accept the sign-in: %1").arg(words));
                return;
            }
            m_active = false;
            m_pkce.verifier.fill('\0');
            emit signedIn();
        });
}

void BrowserSignIn::stop()
{
    m_active = false;
    m_exchanging = false;
    m_listener->close();
    if (m_discovery) {
        m_discovery->abort();
        m_discovery = nullptr;
    }
}

void BrowserSignIn::cancel()
{
    const bool wasActive = m_active;
    stop();
    if (wasActive)
        emit canceled();
}

void BrowserSignIn::fail(const QString &reason)
{
    stop();
    emit failed(reason);
}

} // namespace Passdesk
