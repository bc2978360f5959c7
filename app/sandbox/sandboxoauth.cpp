#include "sandboxoauth.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

namespace Passdesk::Sandbox {

namespace {

// RFC 7636 4.1: 43 to 128 unreserved characters.
bool wellFormedVerifier(const QString &verifier)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._~-]{43,128}$"));
    return pattern.match(verifier).hasMatch();
}

QString s256(const QString &verifier)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString field(const QUrlQuery &fields, const char *name)
{
    return fields.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
}

} // namespace

QUrlQuery formFields(const QByteArray &body)
{
    QByteArray form = body;
    form.replace('+', "%20"); // form encoding writes spaces as '+'
    return QUrlQuery(QString::fromUtf8(form));
}

SandboxOAuth::SandboxOAuth()
    : m_tenantId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

SandboxOAuth::Validity SandboxOAuth::check(const QString &bearer, const AccessToken **token) const
{
    const auto found = m_tokens.constFind(bearer);
    if (found == m_tokens.constEnd())
        return Validity::Unknown;
    *token = &found.value();
    if (found->family != 0 && m_families.value(found->family).revoked)
        return Validity::Revoked;
    if (found->expiresAt <= QDateTime::currentDateTimeUtc())
        return Validity::Expired;
    return Validity::Valid;
}

QStringList SandboxOAuth::issuedAccessTokens() const
{
    return m_tokens.keys();
}

void SandboxOAuth::expireAllAccessTokens()
{
    const QDateTime past = QDateTime::currentDateTimeUtc().addSecs(-1);
    for (AccessToken &token : m_tokens)
        token.expiresAt = past;
}

void SandboxOAuth::expireAllCodes()
{
    const QDateTime past = QDateTime::currentDateTimeUtc().addSecs(-1);
    for (Code &code : m_codes)
        code.expiresAt = past;
}

void SandboxOAuth::revokeAllFamilies()
{
    for (Family &family : m_families)
        family.revoked = true;
}

int SandboxOAuth::familiesRevoked() const
{
    return int(std::count_if(m_families.cbegin(), m_families.cend(),
        [](const Family &family) { return family.revoked; }));
}

void SandboxOAuth::revokeFamily(quint64 family)
{
    if (family != 0 && m_families.contains(family))
        m_families[family].revoked = true;
}

SandboxReply SandboxOAuth::issue(const SandboxClient &client, const QStringList &scopes,
    const std::optional<SandboxUser> &user, bool strongAuth, quint64 family)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime expires = now.addSecs(accessLifetimeSeconds);
    const QString jti = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QJsonObject claims { { QLatin1String(Claim::tenantId), m_tenantId },
        { QLatin1String(Claim::org), QStringLiteral("sandbox") },
        { QLatin1String(Claim::clientId), client.clientId },
        { QLatin1String(Claim::scope), QJsonArray::fromStringList(scopes) },
        { QLatin1String(Claim::expires), expires.toSecsSinceEpoch() },
        { QLatin1String(Claim::issuedAt), now.toSecsSinceEpoch() },
        { QLatin1String(Claim::tokenId), jti } };
    if (user) {
        claims.insert(QLatin1String(Claim::identityId), user->identityId);
        claims.insert(QLatin1String(Claim::userName), user->uid);
        claims.insert(QLatin1String(Claim::authorities),
            QJsonArray::fromStringList(levelAuthorities(user->level)));
        claims.insert(QLatin1String(Claim::strongAuth), strongAuth);
    }
    const QString accessToken = m_signer.sign(claims);
    m_tokens.insert(accessToken, { client.clientId, expires, scopes, user, family });

    QJsonObject answer { { QStringLiteral("access_token"), accessToken },
        { QStringLiteral("token_type"), QStringLiteral("bearer") },
        { QStringLiteral("expires_in"), accessLifetimeSeconds },
        { QStringLiteral("scope"), scopes.join(QLatin1Char(' ')) },
        { QStringLiteral("jti"), jti } };
    if (user) {
        answer.insert(QStringLiteral("identity_id"), user->identityId);
        answer.insert(QStringLiteral("user_name"), user->uid);
    }
    if (family != 0) {
        const QString refresh = randomUrlSafe(32);
        m_refreshTokens.insert(refresh, { family, false });
        answer.insert(QStringLiteral("refresh_token"), refresh);
    }
    SandboxReply reply = jsonReply(200, answer);
    reply.headers.append({ QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store") });
    return reply;
}

SandboxReply SandboxOAuth::clientCredentials(
    const SandboxClient &client, const std::optional<SandboxUser> &user)
{
    QStringList scopes = client.scopes;
    if (user) {
        // A personal access token carries no more than its person's level allows.
        const QStringList allowed = levelScopes(user->level);
        scopes.removeIf([&](const QString &scope) { return !allowed.contains(scope); });
    }
    return issue(client, scopes, user, false, 0);
}

QString SandboxOAuth::createCode(const QString &clientId, const QString &redirectUri,
    const QString &codeChallenge, const SandboxUser &user)
{
    QString code = randomUrlSafe(24);
    m_codes.insert(code,
        { clientId, redirectUri, codeChallenge, user,
            QDateTime::currentDateTimeUtc().addSecs(codeLifetimeSeconds), false, 0 });
    return code;
}

SandboxReply SandboxOAuth::authorizationCode(const QUrlQuery &fields, const SandboxClient &client)
{
    const QString codeText = field(fields, "code");
    const QString redirectUri = field(fields, "redirect_uri");
    const QString verifier = field(fields, "code_verifier");
    if (codeText.isEmpty() || redirectUri.isEmpty())
        return oauthError(400, "invalid_request", "code and redirect_uri are required");
    const auto found = m_codes.find(codeText);
    if (found == m_codes.end() || found->clientId != client.clientId)
        return oauthError(400, "invalid_grant", "Unknown authorization code");
    Code &code = found.value();
    if (code.used) {
        revokeFamily(code.family);
        return oauthError(400, "invalid_grant",
            "The authorization code was already used; the tokens issued from it are revoked");
    }
    // One try only: a code that fails any check is spent, so nobody can guess on with it.
    code.used = true;
    if (code.expiresAt <= QDateTime::currentDateTimeUtc())
        return oauthError(400, "invalid_grant", "The authorization code has expired");
    if (code.redirectUri != redirectUri)
        return oauthError(
            400, "invalid_grant", "redirect_uri differs from the authorization request's");
    if (verifier.isEmpty())
        return oauthError(400, "invalid_request", "code_verifier is required (PKCE)");
    if (!wellFormedVerifier(verifier) || s256(verifier) != code.codeChallenge)
        return oauthError(400, "invalid_grant", "PKCE verification failed");

    const quint64 family = m_nextFamily++;
    m_families.insert(family, { client.clientId, code.user, false });
    code.family = family;
    return issue(client, levelScopes(code.user.level), code.user, true, family);
}

SandboxReply SandboxOAuth::refreshToken(const QUrlQuery &fields, const SandboxClient &client)
{
    const QString presented = field(fields, "refresh_token");
    if (presented.isEmpty())
        return oauthError(400, "invalid_request", "refresh_token is required");
    const auto found = m_refreshTokens.find(presented);
    if (found == m_refreshTokens.end()
        || m_families.value(found->family).clientId != client.clientId)
        return oauthError(400, "invalid_grant", "Unknown refresh token");
    if (found->used) {
        revokeFamily(found->family);
        return oauthError(400, "invalid_grant",
            "The refresh token was already used; this sign-in is revoked, sign in again");
    }
    const Family family = m_families.value(found->family);
    if (family.revoked)
        return oauthError(400, "invalid_grant", "This sign-in was revoked; sign in again");
    if (refuseRefresh)
        return oauthError(400, "invalid_grant", "The refresh token is no longer valid");
    found->used = true;
    return issue(client, levelScopes(family.user.level), family.user, true, found->family);
}

} // namespace Passdesk::Sandbox
