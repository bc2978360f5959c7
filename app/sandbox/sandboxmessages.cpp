#include "sandboxmessages.h"

#include <QHash>
#include <algorithm>

namespace Passdesk::Sandbox {

namespace {

const QStringList supportedLocales { QStringLiteral("en-US"), QStringLiteral("de-DE"),
    QStringLiteral("fr-FR"), QStringLiteral("es-ES"), QStringLiteral("ja-JP") };

struct Translations
{
    const char *en, *de, *fr, *es, *ja;
};

// Written out in full so the sandbox's errors read like a real tenant's.
Translations translations(Text text)
{
    switch (text) {
    case Text::BadRequest:
        return { "The request was syntactically correct but its content is semantically invalid.",
            "Die Anfrage war syntaktisch korrekt, ihr Inhalt ist jedoch semantisch ungültig.",
            "La requête était syntaxiquement correcte, mais son contenu est sémantiquement "
            "invalide.",
            "La solicitud era sintácticamente correcta, pero su contenido no es válido "
            "semánticamente.",
            "リクエストの構文は正しいですが、内容が意味的に無効です。" };
    case Text::Forbidden:
        return { "The server understood the request but refuses to authorize it.",
            "Der Server hat die Anfrage verstanden, verweigert aber die Autorisierung.",
            "Le serveur a compris la requête mais refuse de l'autoriser.",
            "El servidor entendió la solicitud, pero se niega a autorizarla.",
            "サーバーはリクエストを理解しましたが、承認を拒否しました。" };
    case Text::NotFound:
        return { "The requested object was not found.",
            "Das angeforderte Objekt wurde nicht gefunden.", "L'objet demandé est introuvable.",
            "No se encontró el objeto solicitado.", "要求されたオブジェクトが見つかりません。" };
    case Text::Internal:
        return { "An internal fault occurred.", "Ein interner Fehler ist aufgetreten.",
            "Une erreur interne s'est produite.", "Se produjo un error interno.",
            "内部エラーが発生しました。" };
    case Text::MissingScope:
        return { "The API client lacks the scope %1.",
            "Dem API-Client fehlt der Geltungsbereich %1.",
            "Le client API ne dispose pas de la portée %1.",
            "Al cliente de API le falta el ámbito %1.",
            "API クライアントにスコープ %1 がありません。" };
    case Text::UserLacksScope:
        return { "%1 (%2) may not do this: the token lacks the scope %3.",
            "%1 (%2) darf das nicht: Dem Token fehlt der Geltungsbereich %3.",
            "%1 (%2) n'est pas autorisé à faire cela : le jeton ne dispose pas de la portée %3.",
            "%1 (%2) no puede hacer esto: al token le falta el ámbito %3.",
            "%1 (%2) にはこの操作が許可されていません。トークンにスコープ %3 がありません。" };
    case Text::UserTokenNeeded:
        return { "This operation needs a token that carries a user (a personal access token or a "
                 "browser sign-in); the token of the API client %1 carries none.",
            "Dieser Vorgang braucht ein Token, das einen Benutzer trägt (ein persönliches "
            "Zugriffstoken oder eine Anmeldung im Browser); das Token des API-Clients %1 trägt "
            "keinen.",
            "Cette opération nécessite un jeton associé à un utilisateur (un jeton d'accès "
            "personnel ou une connexion dans le navigateur) ; le jeton du client API %1 n'en "
            "porte aucun.",
            "Esta operación necesita un token asociado a un usuario (un token de acceso personal o "
            "un inicio de sesión en el navegador); el token del cliente de API %1 no lleva "
            "ninguno.",
            "この操作にはユーザーを伴うトークン "
            "(個人用アクセストークンまたはブラウザーでのサインイン) "
            "が必要です。API クライアント %1 のトークンにはユーザーがありません。" };
    case Text::ConfigMissing:
        return { "This tenant has no password org config yet; create one first.",
            "Dieser Mandant hat noch keine Passwort-Organisationskonfiguration; legen Sie zuerst "
            "eine an.",
            "Ce locataire n'a pas encore de configuration de mot de passe d'organisation ; "
            "créez-en une d'abord.",
            "Este inquilino aún no tiene configuración de contraseñas de la organización; cree una "
            "primero.",
            "このテナントにはまだパスワード組織設定がありません。先に作成してください。" };
    case Text::ConfigExists:
        return { "This tenant already has a password org config; change it with PUT.",
            "Dieser Mandant hat bereits eine Passwort-Organisationskonfiguration; ändern Sie sie "
            "mit PUT.",
            "Ce locataire a déjà une configuration de mot de passe d'organisation ; modifiez-la "
            "avec PUT.",
            "Este inquilino ya tiene una configuración de contraseñas de la organización; "
            "modifíquela con PUT.",
            "このテナントには既にパスワード組織設定があります。PUT で変更してください。" };
    case Text::NotAnObject:
        return { "The request body is not a JSON object.", "Der Anfragetext ist kein JSON-Objekt.",
            "Le corps de la requête n'est pas un objet JSON.",
            "El cuerpo de la solicitud no es un objeto JSON.",
            "リクエスト本文が JSON オブジェクトではありません。" };
    case Text::UnknownField:
        return { "The field %1 is not known here.", "Das Feld %1 ist hier nicht bekannt.",
            "Le champ %1 n'est pas connu ici.", "El campo %1 no se conoce aquí.",
            "フィールド %1 はここでは使用できません。" };
    case Text::NotBoolean:
        return { "The field %1 must be true or false.", "Das Feld %1 muss true oder false sein.",
            "Le champ %1 doit valoir true ou false.", "El campo %1 debe ser true o false.",
            "フィールド %1 は true または false でなければなりません。" };
    case Text::NotInteger:
        return { "The field %1 must be a whole number.", "Das Feld %1 muss eine ganze Zahl sein.",
            "Le champ %1 doit être un nombre entier.", "El campo %1 debe ser un número entero.",
            "フィールド %1 は整数でなければなりません。" };
    case Text::OutOfRange:
        return { "The field %1 must be between %2 and %3.",
            "Das Feld %1 muss zwischen %2 und %3 liegen.",
            "Le champ %1 doit être compris entre %2 et %3.",
            "El campo %1 debe estar entre %2 y %3.",
            "フィールド %1 は %2 から %3 の間でなければなりません。" };
    case Text::MissingUserId:
        return { "The field userId is required.", "Das Feld userId ist erforderlich.",
            "Le champ userId est obligatoire.", "El campo userId es obligatorio.",
            "フィールド userId は必須です。" };
    case Text::NotString:
        return { "The field %1 must be a string.", "Das Feld %1 muss eine Zeichenkette sein.",
            "Le champ %1 doit être une chaîne de caractères.",
            "El campo %1 debe ser una cadena de texto.",
            "フィールド %1 は文字列でなければなりません。" };
    case Text::UnknownUser:
        return { "No identity with uid '%1' exists.", "Es gibt keine Identität mit der UID '%1'.",
            "Aucune identité avec l'uid '%1' n'existe.",
            "No existe ninguna identidad con el uid '%1'.",
            "uid '%1' のアイデンティティは存在しません。" };
    case Text::TokensDisabled:
        return { "Digit tokens are disabled for this tenant. An org admin can enable them in the "
                 "password org config.",
            "Zifferntoken sind für diesen Mandanten deaktiviert. Ein Organisationsadministrator "
            "kann sie in der Passwort-Organisationskonfiguration aktivieren.",
            "Les jetons numériques sont désactivés pour ce locataire. Un administrateur de "
            "l'organisation peut les activer dans la configuration des mots de passe.",
            "Los tokens numéricos están desactivados para este inquilino. Un administrador de la "
            "organización puede activarlos en la configuración de contraseñas.",
            "このテナントでは数字トークンが無効です。組織管理者がパスワード組織設定で有効にできます"
            "。" };
    case Text::BadFilter:
        return { "The filter \"%1\" cannot be read.", "Der Filter \"%1\" ist nicht lesbar.",
            "Le filtre « %1 » est illisible.", "El filtro \"%1\" no se puede leer.",
            "フィルター「%1」を解釈できません。" };
    case Text::BadSorter:
        return { "The sorter \"%1\" is not supported; use name or -name.",
            "Die Sortierung \"%1\" wird nicht unterstützt; verwenden Sie name oder -name.",
            "Le tri « %1 » n'est pas pris en charge ; utilisez name ou -name.",
            "La ordenación \"%1\" no es compatible; use name o -name.",
            "ソート「%1」はサポートされていません。name または -name を使用してください。" };
    case Text::QueryRange:
        return { "The query parameter %1 must be a whole number from %2 to %3.",
            "Der Abfrageparameter %1 muss eine ganze Zahl von %2 bis %3 sein.",
            "Le paramètre de requête %1 doit être un nombre entier compris entre %2 et %3.",
            "El parámetro de consulta %1 debe ser un número entero entre %2 y %3.",
            "クエリパラメーター %1 は %2 から %3 までの整数でなければなりません。" };
    case Text::QueryMinimum:
        return { "The query parameter %1 must be a whole number of %2 or more.",
            "Der Abfrageparameter %1 muss eine ganze Zahl größer oder gleich %2 sein.",
            "Le paramètre de requête %1 doit être un nombre entier supérieur ou égal à %2.",
            "El parámetro de consulta %1 debe ser un número entero mayor o igual que %2.",
            "クエリパラメーター %1 は %2 以上の整数でなければなりません。" };
    case Text::UnknownPath:
        return { "There is no operation at %1.", "Unter %1 gibt es keine Operation.",
            "Il n'existe aucune opération à l'adresse %1.", "No hay ninguna operación en %1.",
            "%1 に該当する操作はありません。" };
    }
    return { "", "", "", "", "" };
}

} // namespace

ResponseLocale pickLocale(const QByteArray &acceptLanguage)
{
    struct Candidate
    {
        QString tag;
        double q;
        int order;
    };
    QList<Candidate> candidates;
    int order = 0;
    for (const QByteArray &part : acceptLanguage.split(',')) {
        const QList<QByteArray> pieces = part.split(';');
        const QString tag = QString::fromLatin1(pieces.value(0).trimmed());
        if (tag.isEmpty())
            continue;
        double q = 1.0;
        for (const QByteArray &parameter : pieces.mid(1)) {
            const QByteArray trimmed = parameter.trimmed();
            if (trimmed.startsWith("q="))
                q = trimmed.mid(2).toDouble();
        }
        if (q > 0)
            candidates.append({ tag, q, order++ });
    }
    std::stable_sort(candidates.begin(), candidates.end(),
        [](const Candidate &a, const Candidate &b) { return a.q > b.q; });
    for (const Candidate &candidate : candidates) {
        for (const QString &supported : supportedLocales) {
            if (supported.compare(candidate.tag, Qt::CaseInsensitive) == 0)
                return { supported, QStringLiteral("REQUEST") };
        }
        const QString language = candidate.tag.section(QLatin1Char('-'), 0, 0);
        for (const QString &supported : supportedLocales) {
            if (supported.section(QLatin1Char('-'), 0, 0).compare(language, Qt::CaseInsensitive)
                == 0)
                return { supported, QStringLiteral("REQUEST") };
        }
    }
    return { QStringLiteral("en-US"), QStringLiteral("DEFAULT") };
}

QString localizedText(Text text, const QString &locale, const QStringList &arguments)
{
    const Translations all = translations(text);
    const char *chosen = all.en;
    if (locale.startsWith(QLatin1String("de")))
        chosen = all.de;
    else if (locale.startsWith(QLatin1String("fr")))
        chosen = all.fr;
    else if (locale.startsWith(QLatin1String("es")))
        chosen = all.es;
    else if (locale.startsWith(QLatin1String("ja")))
        chosen = all.ja;
    return fillArguments(QString::fromUtf8(chosen), arguments);
}

QString fillArguments(const QString &pattern, const QStringList &arguments)
{
    // One pass over the template, so an argument that itself contains "%1" (a filter the caller
    // sent, say) is shown as sent instead of being filled in again.
    QString result;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == u'%' && i + 1 < pattern.size() && pattern.at(i + 1).isDigit()) {
            const int index = pattern.at(i + 1).digitValue() - 1;
            result += arguments.value(index);
            ++i;
        } else {
            result += c;
        }
    }
    return result;
}

} // namespace Passdesk::Sandbox
