#include "sandboxpagetexts.h"

#include "sandboxmessages.h"

namespace Passdesk::Sandbox {

namespace {

struct Translations
{
    const char *en, *de, *fr, *es, *ja;
};

Translations translations(PageText text)
{
    switch (text) {
    case PageText::SignInTitle:
        return { "Sign in to the sandbox tenant", "Beim Sandbox-Mandanten anmelden",
            "Se connecter au locataire sandbox", "Iniciar sesión en el inquilino sandbox",
            "サンドボックス テナントにサインイン" };
    case PageText::SignInIntro:
        return { "Passdesk asks to sign in to this sandbox tenant as you. This is the sandbox: "
                 "choose whom you sign in as.",
            "Passdesk möchte Sie bei diesem Sandbox-Mandanten anmelden. Dies ist die Sandbox: "
            "Wählen Sie, als wer Sie sich anmelden.",
            "Passdesk demande à vous connecter à ce locataire sandbox. Ceci est la sandbox : "
            "choisissez sous quelle identité vous connecter.",
            "Passdesk solicita iniciar sesión en este inquilino sandbox en su nombre. Esto es el "
            "sandbox: elija como quién inicia sesión.",
            "Passdesk がこのサンドボックス "
            "テナントへのサインインを求めています。これはサンドボックスです。"
            "サインインするユーザーを選んでください。" };
    case PageText::SignInAs:
        return { "Sign in as", "Anmelden als", "Se connecter en tant que", "Iniciar sesión como",
            "サインインするユーザー" };
    case PageText::SendsBackTo:
        return { "Approving sends the browser back to %1",
            "Nach der Zustimmung kehrt der Browser zu %1 zurück",
            "Après approbation, le navigateur revient à %1", "Al aprobar, el navegador vuelve a %1",
            "承認するとブラウザーは %1 に戻ります" };
    case PageText::Approve:
        return { "Approve", "Zustimmen", "Approuver", "Aprobar", "承認" };
    case PageText::Deny:
        return { "Deny", "Ablehnen", "Refuser", "Denegar", "拒否" };
    case PageText::ChoosePerson:
        return { "Choose whom you sign in as.", "Wählen Sie, als wer Sie sich anmelden.",
            "Choisissez sous quelle identité vous connecter.", "Elija como quién inicia sesión.",
            "サインインするユーザーを選んでください。" };
    case PageText::ChooseDecision:
        return { "Choose Approve or Deny.", "Wählen Sie Zustimmen oder Ablehnen.",
            "Choisissez Approuver ou Refuser.", "Elija Aprobar o Denegar.",
            "承認または拒否を選んでください。" };
    case PageText::RefusedTitle:
        return { "Sign-in request refused", "Anmeldeanfrage abgelehnt",
            "Demande de connexion refusée", "Solicitud de inicio de sesión rechazada",
            "サインイン要求は拒否されました" };
    case PageText::RefusedNoRedirect:
        return { "The sandbox does not send the browser back to the application, because this "
                 "request cannot be trusted with a redirect.",
            "Die Sandbox schickt den Browser nicht zur Anwendung zurück, weil dieser Anfrage keine "
            "Weiterleitung anvertraut werden kann.",
            "La sandbox ne renvoie pas le navigateur vers l'application, car on ne peut pas "
            "confier "
            "de redirection à cette requête.",
            "El sandbox no devuelve el navegador a la aplicación, porque no se puede confiar una "
            "redirección a esta solicitud.",
            "この要求にはリダイレクトを任せられないため、サンドボックスはブラウザーをアプリケーショ"
            "ンに戻し"
            "ません。" };
    case PageText::ErrorCode:
        return { "Error: %1", "Fehler: %1", "Erreur : %1", "Error: %1", "エラー: %1" };
    case PageText::UnknownClient:
        return { "This sandbox knows no client \"%1\".", "Diese Sandbox kennt keinen Client „%1“.",
            "Cette sandbox ne connaît aucun client « %1 ».",
            "Este sandbox no conoce ningún cliente \"%1\".",
            "このサンドボックスにはクライアント「%1」がありません。" };
    case PageText::ConfidentialClient:
        return { "The client \"%1\" signs in with its secret, not in the browser.",
            "Der Client „%1“ meldet sich mit seinem Geheimnis an, nicht im Browser.",
            "Le client « %1 » se connecte avec son secret, pas dans le navigateur.",
            "El cliente \"%1\" inicia sesión con su secreto, no en el navegador.",
            "クライアント「%1」はブラウザーではなくシークレットでサインインします。" };
    case PageText::BadRedirectUri:
        return { "The redirect_uri \"%1\" is not registered for this client. It may be "
                 "http://localhost:PORT/callback or http://127.0.0.1:PORT/callback.",
            "Die redirect_uri „%1“ ist für diesen Client nicht registriert. Erlaubt sind "
            "http://localhost:PORT/callback und http://127.0.0.1:PORT/callback.",
            "La redirect_uri « %1 » n'est pas enregistrée pour ce client. Elle peut être "
            "http://localhost:PORT/callback ou http://127.0.0.1:PORT/callback.",
            "La redirect_uri \"%1\" no está registrada para este cliente. Puede ser "
            "http://localhost:PORT/callback o http://127.0.0.1:PORT/callback.",
            "redirect_uri「%1」はこのクライアントに登録されていません。使用できるのは "
            "http://localhost:PORT/callback または http://127.0.0.1:PORT/callback です。" };
    case PageText::BadResponseType:
        return { "The response_type must be \"code\".", "response_type muss „code“ sein.",
            "response_type doit valoir « code ».", "response_type debe ser \"code\".",
            "response_type は「code」でなければなりません。" };
    case PageText::MissingChallenge:
        return { "A public client must send a PKCE code_challenge (RFC 7636).",
            "Ein öffentlicher Client muss eine PKCE-code_challenge senden (RFC 7636).",
            "Un client public doit envoyer un code_challenge PKCE (RFC 7636).",
            "Un cliente público debe enviar un code_challenge PKCE (RFC 7636).",
            "パブリック クライアントは PKCE の code_challenge を送る必要があります (RFC 7636)。" };
    case PageText::BadChallengeMethod:
        return { "The code_challenge_method must be S256, not \"%1\".",
            "code_challenge_method muss S256 sein, nicht „%1“.",
            "code_challenge_method doit valoir S256, et non « %1 ».",
            "code_challenge_method debe ser S256, no \"%1\".",
            "code_challenge_method は「%1」ではなく S256 でなければなりません。" };
    case PageText::BadChallenge:
        return { "The code_challenge is not an S256 challenge (43 base64url characters).",
            "Die code_challenge ist keine S256-Challenge (43 base64url-Zeichen).",
            "Le code_challenge n'est pas un défi S256 (43 caractères base64url).",
            "El code_challenge no es un desafío S256 (43 caracteres base64url).",
            "code_challenge が S256 のチャレンジ (base64url で 43 文字) ではありません。" };
    case PageText::BadMethod:
        return { "Use GET or POST here.", "Verwenden Sie hier GET oder POST.",
            "Utilisez GET ou POST ici.", "Use GET o POST aquí.",
            "ここでは GET または POST を使用してください。" };
    }
    return { "", "", "", "", "" };
}

Translations levelTranslations(UserLevel level)
{
    switch (level) {
    case UserLevel::OrgAdmin:
        return { "Org admin", "Organisationsadministrator", "Administrateur de l'organisation",
            "Administrador de la organización", "組織管理者" };
    case UserLevel::Helpdesk:
        return { "Helpdesk", "Helpdesk", "Support technique", "Soporte técnico", "ヘルプデスク" };
    case UserLevel::User:
        break;
    }
    return { "User", "Benutzer", "Utilisateur", "Usuario", "ユーザー" };
}

QString chosen(const Translations &all, const QString &locale)
{
    const char *text = all.en;
    if (locale.startsWith(QLatin1String("de")))
        text = all.de;
    else if (locale.startsWith(QLatin1String("fr")))
        text = all.fr;
    else if (locale.startsWith(QLatin1String("es")))
        text = all.es;
    else if (locale.startsWith(QLatin1String("ja")))
        text = all.ja;
    return QString::fromUtf8(text);
}

} // namespace

QString pageText(PageText text, const QString &locale, const QStringList &arguments)
{
    return fillArguments(chosen(translations(text), locale), arguments);
}

QString levelName(UserLevel level, const QString &locale)
{
    return chosen(levelTranslations(level), locale);
}

} // namespace Passdesk::Sandbox
