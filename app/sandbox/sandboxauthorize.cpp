#include "sandboxauthorize.h"

#include "sandboxserver.h"

#include <QRegularExpression>
#include <algorithm>

namespace Passdesk::Sandbox {

namespace {

QString escaped(const QString &text)
{
    // toHtmlEscaped() leaves the apostrophe; every attribute here is double-quoted, but a value
    // should be safe wherever it lands.
    return text.toHtmlEscaped().replace(QLatin1Char('\''), QLatin1String("&#39;"));
}

QString hidden(const char *name, const QString &value)
{
    return QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">\n")
        .arg(QLatin1String(name), escaped(value));
}

} // namespace

QString AuthorizePage::text(PageText text, const QStringList &arguments) const
{
    return pageText(text, m_locale, arguments);
}

SandboxReply AuthorizePage::page(int status, PageText title, const QString &body) const
{
    SandboxReply reply;
    reply.status = status;
    reply.contentType = QByteArrayLiteral("text/html; charset=utf-8");
    reply.body = QStringLiteral(
        "<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<title>%2</title>\n</head>\n<body>\n<main>\n<h1>%2</h1>\n%3</main>\n"
        "</body>\n</html>\n")
                     .arg(m_locale.section(QLatin1Char('-'), 0, 0), escaped(text(title)), body)
                     .toUtf8();
    // No script, no frames (clickjacking, RFC 6749 10.13), nothing kept in caches.
    reply.headers.append({ QByteArrayLiteral("Content-Security-Policy"),
        QByteArrayLiteral("default-src 'none'; frame-ancestors 'none'") });
    reply.headers.append({ QByteArrayLiteral("X-Frame-Options"), QByteArrayLiteral("DENY") });
    reply.headers.append({ QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store") });
    reply.headers.append({ QByteArrayLiteral("Content-Language"), m_locale.toLatin1() });
    return reply;
}

SandboxReply AuthorizePage::errorPage(const char *error, const QString &description) const
{
    return page(400, PageText::RefusedTitle,
        QStringLiteral("<p>%1</p>\n<p>%2</p>\n<p>%3</p>\n")
            .arg(escaped(description),
                text(PageText::ErrorCode,
                    { QStringLiteral("<code>%1</code>").arg(QLatin1String(error)) }),
                escaped(text(PageText::RefusedNoRedirect))));
}

AuthorizePage::AuthorizePage(
    const QList<SandboxClient> &clients, const QList<SandboxUser> &people, SandboxOAuth &oauth)
    : m_clients(clients)
    , m_people(people)
    , m_oauth(oauth)
{ }

bool AuthorizePage::isLoopbackCallback(const QString &redirectUri)
{
    const QUrl url(redirectUri, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("http") || url.port() < 1)
        return false;
    const QString host = url.host();
    if (host != QLatin1String("localhost") && host != QLatin1String("127.0.0.1")
        && host != QLatin1String("::1"))
        return false;
    return url.path() == QLatin1String("/callback") && !url.hasQuery() && !url.hasFragment()
        && url.userInfo().isEmpty();
}

AuthorizePage::Parameters AuthorizePage::read(const QUrlQuery &fields)
{
    auto value = [&](const char *name) {
        return fields.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    Parameters parameters { value("response_type"), value("client_id"), value("redirect_uri"),
        value("state"), value("code_challenge"), value("code_challenge_method"),
        fields.hasQueryItem(QStringLiteral("state")) };
    return parameters;
}

std::optional<SandboxReply> AuthorizePage::refusal(const Parameters &parameters) const
{
    const auto client = std::find_if(m_clients.cbegin(), m_clients.cend(),
        [&](const SandboxClient &candidate) { return candidate.clientId == parameters.clientId; });
    if (parameters.clientId.isEmpty() || client == m_clients.cend())
        return errorPage("invalid_client", text(PageText::UnknownClient, { parameters.clientId }));
    if (client->kind != ClientKind::BrowserPublic)
        return errorPage(
            "unauthorized_client", text(PageText::ConfidentialClient, { parameters.clientId }));
    if (!isLoopbackCallback(parameters.redirectUri))
        return errorPage(
            "invalid_request", text(PageText::BadRedirectUri, { parameters.redirectUri }));
    if (parameters.responseType != QLatin1String("code"))
        return errorPage("unsupported_response_type", text(PageText::BadResponseType));
    if (parameters.codeChallenge.isEmpty())
        return errorPage("invalid_request", text(PageText::MissingChallenge));
    if (parameters.codeChallengeMethod != QLatin1String("S256"))
        return errorPage("invalid_request",
            text(PageText::BadChallengeMethod, { parameters.codeChallengeMethod }));
    // An S256 challenge is 32 bytes in base64url: 43 characters.
    static const QRegularExpression challengePattern(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
    if (!challengePattern.match(parameters.codeChallenge).hasMatch())
        return errorPage("invalid_request", text(PageText::BadChallenge));
    return std::nullopt;
}

SandboxReply AuthorizePage::form(const Parameters &parameters, const QString &problem) const
{
    QString body = QStringLiteral("<p>%1</p>\n").arg(escaped(text(PageText::SignInIntro)));
    if (!problem.isEmpty())
        body += QStringLiteral("<p role=\"alert\"><strong>%1</strong></p>\n").arg(escaped(problem));
    body += QStringLiteral("<form method=\"post\" action=\"/oauth/authorize\">\n");
    body += hidden("response_type", parameters.responseType);
    body += hidden("client_id", parameters.clientId);
    body += hidden("redirect_uri", parameters.redirectUri);
    if (parameters.hasState)
        body += hidden("state", parameters.state);
    body += hidden("code_challenge", parameters.codeChallenge);
    body += hidden("code_challenge_method", parameters.codeChallengeMethod);
    body += QStringLiteral("<fieldset>\n<legend>%1</legend>\n")
                .arg(escaped(text(PageText::SignInAs)));
    for (int i = 0; i < m_people.size(); ++i) {
        const SandboxUser &person = m_people.at(i);
        body += QStringLiteral(
            "<p><input type=\"radio\" id=\"person%1\" name=\"person\" "
            "value=\"%2\" required> <label for=\"person%1\">%3 (%4), %5</label></p>\n")
                    .arg(QString::number(i), escaped(person.uid), escaped(person.displayName),
                        escaped(levelName(person.level, m_locale)), escaped(person.uid));
    }
    body += QStringLiteral("</fieldset>\n<p>%1</p>\n")
                .arg(escaped(text(PageText::SendsBackTo, { parameters.redirectUri })));
    body += QStringLiteral(
        "<p><button type=\"submit\" name=\"decision\" value=\"approve\">%1</button>\n"
        "<button type=\"submit\" name=\"decision\" value=\"deny\" "
        "formnovalidate>%2</button></p>\n"
        "</form>\n")
                .arg(escaped(text(PageText::Approve)), escaped(text(PageText::Deny)));
    return page(problem.isEmpty() ? 200 : 400, PageText::SignInTitle, body);
}

SandboxReply AuthorizePage::redirect(
    const Parameters &parameters, const QList<QPair<QString, QString>> &items) const
{
    // The redirect_uri was checked: http, a loopback host, a port, /callback and no query.
    QByteArray location = QUrl(parameters.redirectUri).toEncoded() + '?';
    QList<QPair<QString, QString>> all = items;
    if (parameters.hasState)
        all.append({ QStringLiteral("state"), parameters.state });
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (i > 0)
            location += '&';
        location += QUrl::toPercentEncoding(all.at(i).first) + '='
            + QUrl::toPercentEncoding(all.at(i).second);
    }
    SandboxReply reply;
    reply.status = 302;
    reply.contentType = QByteArrayLiteral("text/plain; charset=utf-8");
    reply.headers.append({ QByteArrayLiteral("Location"), location });
    reply.headers.append({ QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store") });
    return reply;
}

SandboxReply AuthorizePage::answer(const RecordedRequest &request)
{
    m_locale = pickLocale(request.headers.value("accept-language")).tag;
    const bool post = request.method == "POST";
    if (!post && request.method != "GET")
        return errorPage("invalid_request", text(PageText::BadMethod));
    const QUrlQuery fields = post ? formFields(request.body) : request.query;
    const Parameters parameters = read(fields);
    if (auto refused = refusal(parameters))
        return *refused;
    if (!post)
        return form(parameters, {});

    const QString decision = fields.queryItemValue(QStringLiteral("decision"), QUrl::FullyDecoded);
    if (decision == QLatin1String("deny"))
        return redirect(parameters,
            { { QStringLiteral("error"), QStringLiteral("access_denied") },
                { QStringLiteral("error_description"),
                    QStringLiteral("The person declined the sign-in") } });
    if (decision != QLatin1String("approve"))
        return form(parameters, text(PageText::ChooseDecision));
    const QString uid = fields.queryItemValue(QStringLiteral("person"), QUrl::FullyDecoded);
    const auto person = std::find_if(m_people.cbegin(), m_people.cend(),
        [&](const SandboxUser &candidate) { return candidate.uid == uid; });
    if (person == m_people.cend())
        return form(parameters, text(PageText::ChoosePerson));
    const QString code = m_oauth.createCode(
        parameters.clientId, parameters.redirectUri, parameters.codeChallenge, *person);
    return redirect(parameters, { { QStringLiteral("code"), code } });
}

} // namespace Passdesk::Sandbox
