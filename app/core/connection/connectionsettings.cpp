#include "core/connection/connectionsettings.h"

#include "core/model/inputtext.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <algorithm>

namespace Passdesk {

namespace {
// lupdate reads this context; the strings below are translated in it.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Passdesk::ConnectionSettings)
};
} // namespace

namespace {

bool fail(QString *error, const QString &reason)
{
    if (error)
        *error = reason;
    return false;
}

// Only an absolute root gives a request URL; an unset one must not turn into a relative path.
QUrl withPath(QUrl root, const QString &path)
{
    if (!root.isValid() || root.host().isEmpty())
        return {};
    root.setPath(path);
    return root;
}

} // namespace

QUrl ConnectionSettings::endpointUrl(Endpoint endpoint) const
{
    const QString path = endpointPath(version, endpoint);
    if (path.isEmpty())
        return {};
    return withPath(apiRoot, path);
}

void ConnectionSettings::wipeSecrets()
{
    clientSecret.fill(QLatin1Char('\0'));
    clientSecret.clear();
    accessToken.fill(QLatin1Char('\0'));
    accessToken.clear();
    refreshToken.fill(QLatin1Char('\0'));
    refreshToken.clear();
}

bool ConnectionSettings::sameCredentials(const ConnectionSettings &other) const
{
    return apiRoot == other.apiRoot && authMethod == other.authMethod && clientId == other.clientId
        && clientSecret == other.clientSecret && accessToken == other.accessToken;
}

QUrl ConnectionSettings::tokenUrl() const
{
    return withPath(apiRoot, QStringLiteral("/oauth/token"));
}

QString authMethodKey(AuthMethod method)
{
    switch (method) {
    case AuthMethod::AccessToken:
        return QStringLiteral("access-token");
    case AuthMethod::BrowserSignIn:
        return QStringLiteral("browser");
    case AuthMethod::ClientCredentials:
        break;
    }
    return QStringLiteral("client-credentials");
}

std::optional<AuthMethod> authMethodFromKey(const QString &key)
{
    if (key == QLatin1String("client-credentials"))
        return AuthMethod::ClientCredentials;
    if (key == QLatin1String("access-token"))
        return AuthMethod::AccessToken;
    if (key == QLatin1String("browser"))
        return AuthMethod::BrowserSignIn;
    return std::nullopt;
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

std::optional<QUrl> apiRootFromUserInput(const QString &input, QString *error)
{
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        fail(error, Texts::tr("Enter a tenant name (such as acme) or the API base URL."));
        return std::nullopt;
    }
    if (text.size() > 2048) {
        fail(error, Texts::tr("The address is too long."));
        return std::nullopt;
    }
    // Invisible characters (zero-width, bidi overrides) can disguise a host.
    if (hasInvisibleCharacters(text)
        || std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); })) {
        fail(error, Texts::tr("The address must not contain spaces or control characters."));
        return std::nullopt;
    }

    static const QRegularExpression tenantName(
        QStringLiteral("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    if (!text.contains(QLatin1Char('/')) && !text.contains(QLatin1Char(':'))
        && !text.contains(QLatin1Char('.'))) {
        if (!tenantName.match(text).hasMatch()) {
            fail(error,
                Texts::tr(
                    "A tenant name has only letters, digits and inner hyphens (at most 63)."));
            return std::nullopt;
        }
        return QUrl(QStringLiteral("https://%1.api.identitynow.com").arg(text.toLower()));
    }

    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        fail(error, Texts::tr("This is neither a tenant name nor a valid URL."));
        return std::nullopt;
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https")) {
        if (scheme != QLatin1String("http") || !isLoopbackHost(url.host())) {
            fail(error,
                Texts::tr("Passdesk only connects over https; plain http is allowed only for this "
                          "computer (loopback)."));
            return std::nullopt;
        }
    }
    if (!url.userInfo().isEmpty()) {
        fail(error,
            Texts::tr("The address must not contain a user name or password; Passdesk asks for "
                      "credentials separately."));
        return std::nullopt;
    }
    if (url.hasQuery() || url.hasFragment()) {
        fail(error, Texts::tr("The address must not have a query (?) or fragment (#)."));
        return std::nullopt;
    }
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    // A base URL copied from the API documentation ends in its version; the version is chosen
    // separately, so that one segment is dropped. Any other path is a different service.
    static const QRegularExpression versionPath(QStringLiteral("^/(v2024|v2025|v2026|v3|beta)$"),
        QRegularExpression::CaseInsensitiveOption);
    if (!path.isEmpty() && !versionPath.match(path).hasMatch()) {
        fail(error,
            Texts::tr("The address must be the API base (such as "
                      "https://acme.api.identitynow.com), without a path."));
        return std::nullopt;
    }
    QUrl root;
    root.setScheme(scheme);
    root.setHost(url.host().toLower());
    root.setPort(url.port());
    return root;
}

} // namespace Passdesk
