#pragma once

#include "sandboxoauth.h"
#include "sandboxpagetexts.h"

#include <QUrl>

namespace Passdesk::Sandbox {

struct RecordedRequest;

// The sandbox's sign-in page at /oauth/authorize, in plain HTML with a form and no script, so
// that any browser, a screen reader and a scripted test can use it. GET shows the people one
// can sign in as; POST takes Approve (302 to redirect_uri with code and state) or Deny (302
// with error=access_denied). A request that cannot be trusted with a redirect (unknown client,
// a redirect_uri not registered, no PKCE) gets an error page instead, never a redirect. Pages
// are in the language the browser asks for.
class AuthorizePage
{
public:
    AuthorizePage(
        const QList<SandboxClient> &clients, const QList<SandboxUser> &people, SandboxOAuth &oauth);

    SandboxReply answer(const RecordedRequest &request);

    // RFC 8252 7.3 as the sandbox registers it for its public client:
    // http://localhost:PORT/callback, http://127.0.0.1:PORT/callback or http://[::1]:PORT/callback,
    // any port, nothing else (no query, fragment or user info).
    static bool isLoopbackCallback(const QString &redirectUri);

private:
    struct Parameters
    {
        QString responseType, clientId, redirectUri, state, codeChallenge, codeChallengeMethod;
        bool hasState = false;
    };
    static Parameters read(const QUrlQuery &fields);
    QString text(PageText text, const QStringList &arguments = {}) const;
    SandboxReply page(int status, PageText title, const QString &body) const;
    SandboxReply errorPage(const char *error, const QString &description) const;
    // An error page when the request is not one to show the form for (or redirect to).
    std::optional<SandboxReply> refusal(const Parameters &parameters) const;
    SandboxReply form(const Parameters &parameters, const QString &problem) const;
    SandboxReply redirect(
        const Parameters &parameters, const QList<QPair<QString, QString>> &items) const;

    const QList<SandboxClient> &m_clients;
    const QList<SandboxUser> &m_people;
    SandboxOAuth &m_oauth;
    QString m_locale = QStringLiteral("en-US");
};

} // namespace Passdesk::Sandbox
