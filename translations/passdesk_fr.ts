<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>BrowserSignInDialog</name>
    <message>
        <source>Sign in with the browser</source>
        <translation>Se connecter dans le navigateur</translation>
    </message>
    <message>
        <source>Sign in to the tenant with the browser</source>
        <translation>Se connecter au locataire dans le navigateur</translation>
    </message>
    <message>
        <source>Why Passdesk asks</source>
        <translation>Pourquoi Passdesk demande</translation>
    </message>
    <message>
        <source>Sign in with the &amp;browser</source>
        <translation>Se connecter dans le &amp;navigateur</translation>
    </message>
    <message>
        <source>&amp;Copy the sign-in address</source>
        <translation>&amp;Copier l&apos;adresse de connexion</translation>
    </message>
    <message>
        <source>For a browser Passdesk could not open itself</source>
        <translation>Pour un navigateur que Passdesk n&apos;a pas pu ouvrir lui-même</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>Or &amp;paste the code:</source>
        <translation>Ou &amp;collez le code :</translation>
    </message>
    <message>
        <source>The code, or the whole address the browser shows</source>
        <translation>Le code, ou l&apos;adresse complète affichée par le navigateur</translation>
    </message>
    <message>
        <source>Sign-in code or redirect address</source>
        <translation>Code de connexion ou adresse de redirection</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>&amp;Utiliser</translation>
    </message>
    <message>
        <source>Use the pasted code</source>
        <translation>Utiliser le code collé</translation>
    </message>
    <message>
        <source>Where the sign-in is kept</source>
        <translation>Où la connexion est conservée</translation>
    </message>
</context>
<context>
    <name>ConfigPage</name>
    <message>
        <source>Password org config</source>
        <translation>Configuration des mots de passe de l&apos;organisation</translation>
    </message>
    <message>
        <source>Config status</source>
        <translation>État de la configuration</translation>
    </message>
    <message>
        <source>Request in progress</source>
        <translation>Requête en cours</translation>
    </message>
    <message>
        <source>Read-only notice</source>
        <translation>Avis de lecture seule</translation>
    </message>
    <message>
        <source>Password instructions</source>
        <translation>Consignes de mot de passe</translation>
    </message>
    <message>
        <source>Show custom password instructions</source>
        <translation>Afficher des consignes de mot de passe personnalisées</translation>
    </message>
    <message>
        <source>Custom password instructions</source>
        <translation>Consignes de mot de passe personnalisées</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Changed since loaded</source>
        <translation>Modifié depuis le chargement</translation>
    </message>
    <message>
        <source>When on, users see your organization&apos;s own instructions whenever they change or reset their password.</source>
        <translation>Si activé, les utilisateurs voient les consignes propres à votre organisation lorsqu&apos;ils changent ou réinitialisent leur mot de passe.</translation>
    </message>
    <message>
        <source>About custom password instructions</source>
        <translation>À propos des consignes de mot de passe personnalisées</translation>
    </message>
    <message>
        <source>Digit tokens for helpdesk resets</source>
        <translation>Jetons numériques pour les réinitialisations par le support</translation>
    </message>
    <message>
        <source>Allow helpdesk staff to generate digit tokens</source>
        <translation>Autoriser le support à générer des jetons numériques</translation>
    </message>
    <message>
        <source>Digit tokens enabled</source>
        <translation>Jetons numériques activés</translation>
    </message>
    <message>
        <source>A digit token is a one-time numeric code that the helpdesk reads out to a locked-out user, who types it to reset their password.</source>
        <translation>Un jeton numérique est un code à usage unique que le support lit à un utilisateur bloqué, qui le saisit pour réinitialiser son mot de passe.</translation>
    </message>
    <message>
        <source>About digit tokens</source>
        <translation>À propos des jetons numériques</translation>
    </message>
    <message>
        <source>Token &amp;lifetime:</source>
        <translation>&amp;Durée de validité :</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Digit token lifetime in minutes</source>
        <translation>Durée de validité du jeton en minutes</translation>
    </message>
    <message>
        <source>From 1 to 60 minutes</source>
        <translation>De 1 à 60 minutes</translation>
    </message>
    <message>
        <source>How long a code stays valid after the helpdesk generates it. Shorter is safer; the caller must use it in time.</source>
        <translation>Durée pendant laquelle un code reste valable après sa génération. Plus court est plus sûr ; l&apos;appelant doit l&apos;utiliser à temps.</translation>
    </message>
    <message>
        <source>About the token lifetime</source>
        <translation>À propos de la durée de validité du jeton</translation>
    </message>
    <message>
        <source>Token le&amp;ngth:</source>
        <translation>&amp;Longueur du jeton :</translation>
    </message>
    <message>
        <source> digits</source>
        <translation> chiffres</translation>
    </message>
    <message>
        <source>Digit token length in digits</source>
        <translation>Longueur du jeton en chiffres</translation>
    </message>
    <message>
        <source>From 6 to 18 digits</source>
        <translation>De 6 à 18 chiffres</translation>
    </message>
    <message>
        <source>How many digits a code has. Longer codes are harder to guess and take longer to read out.</source>
        <translation>Nombre de chiffres d&apos;un code. Un code plus long est plus difficile à deviner mais plus long à lire.</translation>
    </message>
    <message>
        <source>About the token length</source>
        <translation>À propos de la longueur du jeton</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>&amp;Create config</source>
        <translation>&amp;Créer la configuration</translation>
    </message>
    <message>
        <source>Create config</source>
        <translation>Créer la configuration</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Config error</source>
        <translation>Erreur de configuration</translation>
    </message>
    <message>
        <source>Values the server stored differently</source>
        <translation>Valeurs enregistrées autrement par le serveur</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>Annuler la requête</translation>
    </message>
    <message>
        <source>Stop waiting for the server; your changes stay in the form</source>
        <translation>Ne plus attendre le serveur ; vos modifications restent dans le formulaire</translation>
    </message>
</context>
<context>
    <name>ErrorView</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Error summary</source>
        <translation>Résumé de l&apos;erreur</translation>
    </message>
    <message>
        <source>Server messages</source>
        <translation>Messages du serveur</translation>
    </message>
    <message>
        <source>The server has no text in your language, so it answered in its default language.</source>
        <translation>Le serveur n&apos;a pas de texte dans votre langue ; il a donc répondu dans sa langue par défaut.</translation>
    </message>
    <message>
        <source>Language note</source>
        <translation>Remarque sur la langue</translation>
    </message>
    <message>
        <source>Detail code</source>
        <translation>Code de détail</translation>
    </message>
    <message>
        <source>Tracking ID</source>
        <translation>ID de suivi</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>ID de requête</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificat :</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>Détails du certificat</translation>
    </message>
    <message>
        <source>Retry countdown</source>
        <translation>Compte à rebours avant nouvel essai</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <source>Copy error details</source>
        <translation>Copier les détails de l&apos;erreur</translation>
    </message>
    <message>
        <source>Copy everything a support ticket needs to the clipboard</source>
        <translation>Copier dans le presse-papiers tout ce qu&apos;il faut pour un ticket de support</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Passdesk [*]</source>
        <translation>Passdesk [*]</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Org config</source>
        <translation>Configuration de l&apos;&amp;organisation</translation>
    </message>
    <message>
        <source>H&amp;elpdesk</source>
        <translation>&amp;Support</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>&amp;Generate digit token…</source>
        <translation>&amp;Générer un jeton numérique…</translation>
    </message>
    <message>
        <source>Generate a digit token for a caller (Ctrl+G)</source>
        <translation>Générer un jeton numérique pour un appelant (Ctrl+G)</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Passdesk</source>
        <translation>À &amp;propos de Passdesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Tenant</source>
        <translation>&amp;Locataire</translation>
    </message>
    <message>
        <source>&amp;Tenants…</source>
        <translation>&amp;Locataires…</translation>
    </message>
    <message>
        <source>Add, edit, remove and test tenants (Ctrl+T)</source>
        <translation>Ajouter, modifier, supprimer et tester des locataires (Ctrl+T)</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
</context>
<context>
    <name>Passdesk::AccessTokenInfo</name>
    <message>
        <source>Paste an access token.</source>
        <translation>Collez un jeton d&apos;accès.</translation>
    </message>
    <message>
        <source>This is too long to be an access token.</source>
        <translation>C&apos;est trop long pour un jeton d&apos;accès.</translation>
    </message>
    <message>
        <source>An access token has only letters, digits and - . _ ~ + / =; check what was pasted.</source>
        <translation>Un jeton d&apos;accès ne contient que des lettres, des chiffres et - . _ ~ + / = ; vérifiez ce qui a été collé.</translation>
    </message>
    <message>
        <source>This access token expired on %1.</source>
        <translation>Ce jeton d&apos;accès a expiré le %1.</translation>
    </message>
</context>
<context>
    <name>Passdesk::AccessTokenProvider</name>
    <message>
        <source>The pasted access token expired at %1. Paste a new one to go on.</source>
        <translation>Le jeton d&apos;accès collé a expiré le %1. Collez-en un nouveau pour continuer.</translation>
    </message>
    <message>
        <source>Paste an access token for this tenant.</source>
        <translation>Collez un jeton d&apos;accès pour ce locataire.</translation>
    </message>
    <message>
        <source>The pasted access token has expired. Paste a new one to go on.</source>
        <translation>Le jeton d&apos;accès collé a expiré. Collez-en un nouveau pour continuer.</translation>
    </message>
    <message>
        <source>Passdesk has no client secret for this tenant. Enter it to sign in.</source>
        <translation>Passdesk n&apos;a pas de secret client pour ce locataire. Saisissez-le pour vous connecter.</translation>
    </message>
    <message>
        <source>The server refused the pasted access token (it may have expired or been revoked). Paste a new one to go on.</source>
        <translation>Le serveur a refusé le jeton d&apos;accès collé (il a peut-être expiré ou été révoqué). Collez-en un nouveau pour continuer.</translation>
    </message>
    <message>
        <source>You signed out. Paste an access token to sign in again.</source>
        <translation>Vous vous êtes déconnecté. Collez un jeton d&apos;accès pour vous reconnecter.</translation>
    </message>
    <message>
        <source>The pasted access token has characters an access token cannot have; nothing was sent with it. Paste it again.</source>
        <translation>Le jeton d&apos;accès collé contient des caractères qu&apos;un jeton d&apos;accès ne peut pas contenir ; rien n&apos;a été envoyé avec lui. Collez-le à nouveau.</translation>
    </message>
    <message>
        <source>the %1 header would have carried characters a header cannot have.</source>
        <translation>l&apos;en-tête %1 aurait contenu des caractères qu&apos;un en-tête ne peut pas contenir.</translation>
    </message>
    <message>
        <source>Sign in with the browser to use this tenant.</source>
        <translation>Connectez-vous dans le navigateur pour utiliser ce locataire.</translation>
    </message>
    <message>
        <source>You signed out. Sign in with the browser to go on.</source>
        <translation>Vous vous êtes déconnecté. Connectez-vous dans le navigateur pour continuer.</translation>
    </message>
    <message>
        <source>Your browser sign-in has ended (the tenant said: %1). Sign in with the browser again; what you typed stays where it is.</source>
        <translation>Votre connexion par le navigateur a pris fin (le locataire a répondu : %1). Reconnectez-vous dans le navigateur ; ce que vous avez saisi reste en place.</translation>
    </message>
</context>
<context>
    <name>Passdesk::ApiClient</name>
    <message>
        <source>Load password org config</source>
        <translation>Charger la configuration des mots de passe</translation>
    </message>
    <message>
        <source>Save password org config</source>
        <translation>Enregistrer la configuration des mots de passe</translation>
    </message>
    <message>
        <source>This tenant is locked read-only in Passdesk; nothing was sent.</source>
        <translation>Ce locataire est verrouillé en lecture seule dans Passdesk ; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>There are no changes to save.</source>
        <translation>Il n&apos;y a aucune modification à enregistrer.</translation>
    </message>
    <message>
        <source>Create password org config</source>
        <translation>Créer la configuration des mots de passe</translation>
    </message>
    <message>
        <source>Generate digit token</source>
        <translation>Générer un jeton numérique</translation>
    </message>
    <message>
        <source>Look up identities</source>
        <translation>Rechercher des identités</translation>
    </message>
    <message>
        <source>API version %1 has no digit token operation. Choose v2025, v2024, v2026, beta or the per-service v1 API for this tenant.</source>
        <translation>La version d&apos;API %1 n&apos;offre pas de jeton numérique. Choisissez v2025, v2024, v2026, beta ou l&apos;API v1 par service pour ce locataire.</translation>
    </message>
</context>
<context>
    <name>Passdesk::ApiError</name>
    <message>
        <source>Passdesk could not reach the server.</source>
        <translation>Passdesk n&apos;a pas pu joindre le serveur.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The secure connection was refused: the server&apos;s certificate could not be verified.</source>
        <translation>La connexion sécurisée a été refusée : le certificat du serveur n&apos;a pas pu être vérifié.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>La réponse du serveur n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large (over 1 MiB) and was not read.</source>
        <translation>La réponse du serveur était trop volumineuse (plus de 1 Mio) et n&apos;a pas été lue.</translation>
    </message>
    <message>
        <source>The server sent Passdesk elsewhere (HTTP %1); Passdesk does not follow redirects.</source>
        <translation>Le serveur a envoyé Passdesk ailleurs (HTTP %1) ; Passdesk ne suit pas les redirections.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>This API version does not offer that operation.</source>
        <translation>Cette version d&apos;API ne propose pas cette opération.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Rien n&apos;a été envoyé : %1</translation>
    </message>
    <message>
        <source>The server refused the request as invalid (HTTP 400).</source>
        <translation>Le serveur a refusé la requête comme invalide (HTTP 400).</translation>
    </message>
    <message>
        <source>The server did not accept Passdesk&apos;s credentials (HTTP 401).</source>
        <translation>Le serveur n&apos;a pas accepté les identifiants de Passdesk (HTTP 401).</translation>
    </message>
    <message>
        <source>This API client is not allowed to do that (HTTP 403).</source>
        <translation>Ce client API n&apos;est pas autorisé à faire cela (HTTP 403).</translation>
    </message>
    <message>
        <source>The server does not have what was asked for (HTTP 404).</source>
        <translation>Le serveur n&apos;a pas ce qui a été demandé (HTTP 404).</translation>
    </message>
    <message>
        <source>The request conflicts with the server&apos;s current state (HTTP 409).</source>
        <translation>La requête est en conflit avec l&apos;état actuel du serveur (HTTP 409).</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests: the server asks Passdesk to wait %n second(s).</source>
        <translation>
            <numerusform>Trop de requêtes : le serveur demande à Passdesk d&apos;attendre %n seconde.</numerusform>
            <numerusform>Trop de requêtes : le serveur demande à Passdesk d&apos;attendre %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests: the server asks Passdesk to wait a moment.</source>
        <translation>Trop de requêtes : le serveur demande à Passdesk d&apos;attendre un instant.</translation>
    </message>
    <message>
        <source>The server had an internal problem (HTTP %1).</source>
        <translation>Le serveur a eu un problème interne (HTTP %1).</translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP %1).</source>
        <translation>Le serveur a répondu par une erreur (HTTP %1).</translation>
    </message>
    <message>
        <source>Operation: %1</source>
        <translation>Opération : %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Type : %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>Statut HTTP : %1</translation>
    </message>
    <message>
        <source>detailCode: %1</source>
        <translation>detailCode : %1</translation>
    </message>
    <message>
        <source>trackingId: %1</source>
        <translation>trackingId : %1</translation>
    </message>
    <message>
        <source>SLPT-Request-ID: %1</source>
        <translation>SLPT-Request-ID : %1</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Code d&apos;erreur : %1</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Description : %1</translation>
    </message>
    <message>
        <source>Messages:
%1</source>
        <translation>Messages :
%1</translation>
    </message>
    <message>
        <source>Causes:
%1</source>
        <translation>Causes :
%1</translation>
    </message>
    <message>
        <source>Response: %1</source>
        <translation>Réponse : %1</translation>
    </message>
    <message>
        <source>Retry-After: %1 s</source>
        <translation>Retry-After : %1 s</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Détail : %1</translation>
    </message>
    <message>
        <source>Certificate subject: %1</source>
        <translation>Sujet du certificat : %1</translation>
    </message>
    <message>
        <source>Certificate issuer: %1</source>
        <translation>Émetteur du certificat : %1</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Empreinte SHA-256 : %1</translation>
    </message>
    <message>
        <source>Valid from: %1</source>
        <translation>Valable à partir du : %1</translation>
    </message>
    <message>
        <source>Valid until: %1</source>
        <translation>Valable jusqu&apos;au : %1</translation>
    </message>
    <message>
        <source>Certificate problems: %1</source>
        <translation>Problèmes du certificat : %1</translation>
    </message>
    <message>
        <source>No error</source>
        <translation>Aucune erreur</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Erreur réseau</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Délai dépassé</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>Erreur TLS</translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation>Erreur HTTP</translation>
    </message>
    <message>
        <source>Unreadable answer</source>
        <translation>Réponse illisible</translation>
    </message>
    <message>
        <source>Answer too large</source>
        <translation>Réponse trop volumineuse</translation>
    </message>
    <message>
        <source>Redirect refused</source>
        <translation>Redirection refusée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Not supported by this API version</source>
        <translation>Non pris en charge par cette version d&apos;API</translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation>Saisie invalide</translation>
    </message>
    <message>
        <source>Sign in again: %1</source>
        <translation>Reconnectez-vous : %1</translation>
    </message>
    <message>
        <source>Credentials needed</source>
        <translation>Identifiants requis</translation>
    </message>
    <message>
        <source>The server&apos;s headers were too large (over 64 KiB) and were not read.</source>
        <translation>Les en-têtes du serveur étaient trop volumineux (plus de 64 Kio) et n&apos;ont pas été lus.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be unpacked.</source>
        <translation>La réponse du serveur n&apos;a pas pu être décompressée.</translation>
    </message>
    <message>
        <source>Headers too large</source>
        <translation>En-têtes trop volumineux</translation>
    </message>
    <message>
        <source>Answer could not be unpacked</source>
        <translation>Réponse impossible à décompresser</translation>
    </message>
</context>
<context>
    <name>Passdesk::ApiVersion</name>
    <message>
        <source>v2025 (current)</source>
        <translation>v2025 (actuelle)</translation>
    </message>
    <message>
        <source>v2024</source>
        <translation>v2024</translation>
    </message>
    <message>
        <source>v2026</source>
        <translation>v2026</translation>
    </message>
    <message>
        <source>beta</source>
        <translation>beta</translation>
    </message>
    <message>
        <source>v3 (config only, no digit tokens)</source>
        <translation>v3 (configuration seulement, pas de jetons numériques)</translation>
    </message>
    <message>
        <source>per-service v1</source>
        <translation>v1 par service</translation>
    </message>
</context>
<context>
    <name>Passdesk::BrowserSignIn</name>
    <message>
        <source>This tenant has no usable OAuth client ID for the browser sign-in. Enter the one the org admin registered in the tenant&apos;s settings.</source>
        <translation>Ce locataire n&apos;a pas d&apos;ID client OAuth utilisable pour la connexion par le navigateur. Saisissez celui que l&apos;administrateur de l&apos;organisation a enregistré dans les paramètres du locataire.</translation>
    </message>
    <message>
        <source>Passdesk could not find this tenant&apos;s sign-in page: %1/oauth/info did not name one (%2).</source>
        <translation>Passdesk n&apos;a pas trouvé la page de connexion de ce locataire : %1/oauth/info n&apos;en indique aucune (%2).</translation>
    </message>
    <message>
        <source>The pasted address is not the one the sign-in sends the browser to (%1).</source>
        <translation>L&apos;adresse collée n&apos;est pas celle vers laquelle la connexion envoie le navigateur (%1).</translation>
    </message>
    <message>
        <source>The pasted address belongs to another sign-in (its state does not match), so Passdesk refused it. Sign in again.</source>
        <translation>L&apos;adresse collée appartient à une autre connexion (son state ne correspond pas) ; Passdesk l&apos;a donc refusée. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The sign-in was refused in the browser (%1).</source>
        <translation>La connexion a été refusée dans le navigateur (%1).</translation>
    </message>
    <message>
        <source>This is neither a sign-in code nor the address the browser shows after signing in.</source>
        <translation>Ce n&apos;est ni un code de connexion ni l&apos;adresse que le navigateur affiche après la connexion.</translation>
    </message>
    <message>
        <source>The tenant did not accept the sign-in: %1</source>
        <translation>Le locataire n&apos;a pas accepté la connexion : %1</translation>
    </message>
</context>
<context>
    <name>Passdesk::BrowserSignInDialog</name>
    <message>
        <source>Waiting for the browser: sign in there, and Passdesk goes on by itself. If the browser cannot come back, paste the code or the address it shows below.</source>
        <translation>En attente du navigateur : connectez-vous-y, et Passdesk continue tout seul. Si le navigateur ne peut pas revenir, collez ci-dessous le code ou l&apos;adresse qu&apos;il affiche.</translation>
    </message>
    <message>
        <source>Passdesk could not open a browser. Copy the sign-in address, open it in a browser, and sign in there; Passdesk waits for it.</source>
        <translation>Passdesk n&apos;a pas pu ouvrir de navigateur. Copiez l&apos;adresse de connexion, ouvrez-la dans un navigateur et connectez-vous-y ; Passdesk attend.</translation>
    </message>
    <message>
        <source>The browser came back; finishing the sign-in…</source>
        <translation>Le navigateur est revenu ; finalisation de la connexion…</translation>
    </message>
    <message>
        <source>Finding the tenant&apos;s sign-in page…</source>
        <translation>Recherche de la page de connexion du locataire…</translation>
    </message>
    <message>
        <source>Sign in &amp;again</source>
        <translation>Se &amp;reconnecter</translation>
    </message>
    <message>
        <source>Sign in with the &amp;browser</source>
        <translation>Se connecter dans le &amp;navigateur</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Connexion à %1</translation>
    </message>
    <message>
        <source>Passdesk opens your browser at the tenant&apos;s sign-in page. Sign in there as yourself; Passdesk then works with your user level.</source>
        <translation>Passdesk ouvre votre navigateur sur la page de connexion du locataire. Connectez-vous-y en votre nom ; Passdesk travaille ensuite avec votre niveau d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Passdesk keeps the sign-in (a refresh token, never the access token) in the system keychain, so it lasts a working day; Sign out deletes it.</source>
        <translation>Passdesk conserve la connexion (un jeton d&apos;actualisation, jamais le jeton d&apos;accès) dans le trousseau du système, pour qu&apos;elle dure une journée de travail ; Se déconnecter la supprime.</translation>
    </message>
    <message>
        <source>No system keychain is available: the sign-in lives in memory only and ends when Passdesk quits.</source>
        <translation>Aucun trousseau système n&apos;est disponible : la connexion reste en mémoire seulement et prend fin à la fermeture de Passdesk.</translation>
    </message>
</context>
<context>
    <name>Passdesk::CallerDetails</name>
    <message>
        <source>%1 · %2 · inactive (%3): check before resetting</source>
        <translation>%1 · %2 · inactif (%3) : à vérifier avant la réinitialisation</translation>
    </message>
    <message>
        <source>%1 · %2 · active</source>
        <translation>%1 · %2 · actif</translation>
    </message>
    <message>
        <source>Looking callers up is off: %1. Only a user&apos;s token may look people up; type the caller&apos;s exact uid.</source>
        <translation>La recherche d&apos;appelants est désactivée : %1. Seul le jeton d&apos;un utilisateur peut rechercher des personnes ; saisissez l&apos;uid exact de l&apos;appelant.</translation>
    </message>
    <message>
        <source>The lookup failed (%1); you can still type the exact uid.</source>
        <translation>La recherche a échoué (%1) ; vous pouvez quand même saisir l&apos;uid exact.</translation>
    </message>
</context>
<context>
    <name>Passdesk::ConfigAccessNotice</name>
    <message>
        <source>This tenant is locked read-only in Passdesk: you can read the settings, and Passdesk sends no change.</source>
        <translation>Ce locataire est verrouillé en lecture seule dans Passdesk : vous pouvez lire les paramètres, et Passdesk n&apos;envoie aucune modification.</translation>
    </message>
    <message>
        <source>The server refused the change (403): this API client is not allowed to change the org config. It needs the scope %1. Your changes are still in the form.</source>
        <translation>Le serveur a refusé la modification (403) : ce client API n&apos;a pas le droit de modifier la configuration. Il lui faut la portée %1. Vos modifications sont toujours dans le formulaire.</translation>
    </message>
    <message>
        <source>You are signed in as %1 with the user level %2, which may read the settings but not change them (it lacks the scope %3). Someone with the user level Org admin can change them.</source>
        <translation>Vous êtes connecté en tant que %1 avec le niveau d&apos;utilisateur %2, qui peut lire les paramètres mais pas les modifier (il lui manque le scope %3). Une personne ayant le niveau Administrateur de l&apos;organisation peut les modifier.</translation>
    </message>
    <message>
        <source>This API client may read the settings but not change them: it lacks the scope %1.</source>
        <translation>Ce client API peut lire les paramètres mais pas les modifier : il lui manque la portée %1.</translation>
    </message>
</context>
<context>
    <name>Passdesk::ConfigActions</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Read the org config from the server again (F5)</source>
        <translation>Relire la configuration depuis le serveur (F5)</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>Send the changed settings to the server (Ctrl+S)</source>
        <translation>Envoyer les paramètres modifiés au serveur (Ctrl+S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Go back to the values loaded from the server (Ctrl+R)</source>
        <translation>Revenir aux valeurs chargées depuis le serveur (Ctrl+R)</translation>
    </message>
</context>
<context>
    <name>Passdesk::ConfigDialogs</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s)</source>
        <translation>
            <numerusform>%n chiffre</numerusform>
            <numerusform>%n chiffres</numerusform>
        </translation>
    </message>
    <message>
        <source>Custom password instructions</source>
        <translation>Consignes de mot de passe personnalisées</translation>
    </message>
    <message>
        <source>Digit tokens</source>
        <translation>Jetons numériques</translation>
    </message>
    <message>
        <source>Digit token lifetime</source>
        <translation>Durée de validité des jetons numériques</translation>
    </message>
    <message>
        <source>Digit token length</source>
        <translation>Longueur des jetons numériques</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>&lt;li&gt;%1: %2 → &lt;b&gt;%3&lt;/b&gt;&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1 : %2 → &lt;b&gt;%3&lt;/b&gt;&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Save these changes to the password org config of &lt;b&gt;%1&lt;/b&gt;?&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Enregistrer ces modifications de la configuration des mots de passe de &lt;b&gt;%1&lt;/b&gt; ?&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:#b71c1c&quot;&gt;&lt;b&gt;This is a production tenant.&lt;/b&gt; The change applies to every user and helpdesk agent at once.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:#b71c1c&quot;&gt;&lt;b&gt;Ceci est un locataire de production.&lt;/b&gt; La modification s&apos;applique immédiatement à tous les utilisateurs et agents du support.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Save password org config</source>
        <translation>Enregistrer la configuration des mots de passe</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&lt;p&gt;Someone changed the password org config on the server since you loaded it. Changes made there are in bold.&lt;/p&gt;&lt;table cellspacing=&quot;6&quot;&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;Your version&lt;/th&gt;&lt;th&gt;Server&apos;s version&lt;/th&gt;&lt;/tr&gt;%1&lt;/table&gt;</source>
        <translation>&lt;p&gt;Quelqu&apos;un a modifié la configuration des mots de passe sur le serveur depuis son chargement. Les changements faits là-bas sont en gras.&lt;/p&gt;&lt;table cellspacing=&quot;6&quot;&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;Votre version&lt;/th&gt;&lt;th&gt;Version du serveur&lt;/th&gt;&lt;/tr&gt;%1&lt;/table&gt;</translation>
    </message>
    <message>
        <source>The config changed on the server</source>
        <translation>La configuration a changé sur le serveur</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Garder ma version</translation>
    </message>
    <message>
        <source>&amp;Take server&apos;s</source>
        <translation>&amp;Prendre la version du serveur</translation>
    </message>
    <message>
        <source>Reload the config?</source>
        <translation>Recharger la configuration ?</translation>
    </message>
    <message>
        <source>&lt;p&gt;Reloading replaces your unsaved changes with the server&apos;s values.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le rechargement remplace vos modifications non enregistrées par les valeurs du serveur.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Discard and reload</source>
        <translation>&amp;Abandonner et recharger</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuer la modification</translation>
    </message>
    <message>
        <source>&lt;li&gt;%1: &lt;b&gt;%2&lt;/b&gt;&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1 : &lt;b&gt;%2&lt;/b&gt;&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Create the password org config of &lt;b&gt;%1&lt;/b&gt; with these values?&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Créer la configuration des mots de passe de &lt;b&gt;%1&lt;/b&gt; avec ces valeurs ?&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Create password org config</source>
        <translation>Créer la configuration des mots de passe</translation>
    </message>
</context>
<context>
    <name>Passdesk::ConfigFields</name>
    <message>
        <source>Saved value: %1</source>
        <translation>Valeur enregistrée : %1</translation>
    </message>
</context>
<context>
    <name>Passdesk::ConfigPage</name>
    <message>
        <source>The org config has not been loaded yet.</source>
        <translation>La configuration n&apos;a pas encore été chargée.</translation>
    </message>
    <message>
        <source>Loading the password org config…</source>
        <translation>Chargement de la configuration des mots de passe…</translation>
    </message>
    <message>
        <source>Loaded at %1.</source>
        <translation>Chargée à %1.</translation>
    </message>
    <message>
        <source>This tenant has no password org config yet. The form shows the defaults; Create config saves them to the tenant.</source>
        <translation>Ce locataire n&apos;a pas encore de configuration des mots de passe. Le formulaire montre les valeurs par défaut ; « Créer la configuration » les enregistre pour le locataire.</translation>
    </message>
    <message>
        <source>The config could not be reloaded; the form shows what was loaded before.</source>
        <translation>La configuration n&apos;a pas pu être rechargée ; le formulaire montre ce qui avait été chargé.</translation>
    </message>
    <message>
        <source>The password org config could not be loaded.</source>
        <translation>La configuration des mots de passe n&apos;a pas pu être chargée.</translation>
    </message>
    <message>
        <source>No tenant is open. Add one with Tenants… or choose one in the tool bar.</source>
        <translation>Aucun locataire n&apos;est ouvert. Ajoutez-en un avec « Locataires… » ou choisissez-en un dans la barre d&apos;outils.</translation>
    </message>
    <message>
        <source>Cancelled. Your changes are still in the form.</source>
        <translation>Annulé. Vos modifications sont toujours dans le formulaire.</translation>
    </message>
    <message>
        <source>Cancelled. The form shows what was loaded before.</source>
        <translation>Annulé. Le formulaire affiche ce qui avait été chargé auparavant.</translation>
    </message>
    <message>
        <source>Cancelled. Refresh loads the config.</source>
        <translation>Annulé. « Actualiser » charge la configuration.</translation>
    </message>
</context>
<context>
    <name>Passdesk::ConfigSaveFlow</name>
    <message>
        <source>Checking the server&apos;s current values…</source>
        <translation>Vérification des valeurs actuelles du serveur…</translation>
    </message>
    <message>
        <source>Not saved: the server&apos;s current values could not be read. Your changes are still here.</source>
        <translation>Non enregistré : les valeurs actuelles du serveur n&apos;ont pas pu être lues. Vos modifications sont toujours là.</translation>
    </message>
    <message>
        <source>Not saved: this API client may not change the org config. Your changes are still here.</source>
        <translation>Non enregistré : ce client API ne peut pas modifier la configuration. Vos modifications sont toujours là.</translation>
    </message>
    <message>
        <source>The server already has these values (checked at %1).</source>
        <translation>Le serveur a déjà ces valeurs (vérifié à %1).</translation>
    </message>
    <message>
        <source>Loaded the server&apos;s newer values at %1.</source>
        <translation>Valeurs plus récentes du serveur chargées à %1.</translation>
    </message>
    <message>
        <source>Not saved. The server has newer values; your changes are still here.</source>
        <translation>Non enregistré. Le serveur a des valeurs plus récentes ; vos modifications sont toujours là.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>Enregistrée à %1.</translation>
    </message>
    <message>
        <source>Not saved. Your changes are still in the form.</source>
        <translation>Non enregistré. Vos modifications sont toujours dans le formulaire.</translation>
    </message>
    <message>
        <source>Creating the password org config…</source>
        <translation>Création de la configuration des mots de passe…</translation>
    </message>
    <message>
        <source>Created at %1.</source>
        <translation>Créée à %1.</translation>
    </message>
    <message>
        <source>The config was not created. The form keeps your values.</source>
        <translation>La configuration n&apos;a pas été créée. Le formulaire garde vos valeurs.</translation>
    </message>
    <message>
        <source>The server created the config with other values than you confirmed (asked → stored):</source>
        <translation>Le serveur a créé la configuration avec d&apos;autres valeurs que celles que vous avez confirmées (demandé → enregistré) :</translation>
    </message>
    <message>
        <source>The server stored other values than you confirmed (before → asked → stored):</source>
        <translation>Le serveur a enregistré d&apos;autres valeurs que celles que vous avez confirmées (avant → demandé → enregistré) :</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <source>%1: %2 → %3 → %4</source>
        <translation>%1 : %2 → %3 → %4</translation>
    </message>
    <message>
        <source>%1: %2 → (not changed) → %3</source>
        <translation>%1 : %2 → (non modifié) → %3</translation>
    </message>
</context>
<context>
    <name>Passdesk::ConnectionSettings</name>
    <message>
        <source>Enter a tenant name (such as acme) or the API base URL.</source>
        <translation>Saisissez un nom de locataire (par exemple acme) ou l&apos;URL de base de l&apos;API.</translation>
    </message>
    <message>
        <source>The address is too long.</source>
        <translation>L&apos;adresse est trop longue.</translation>
    </message>
    <message>
        <source>The address must not contain spaces or control characters.</source>
        <translation>L&apos;adresse ne doit contenir ni espaces ni caractères de contrôle.</translation>
    </message>
    <message>
        <source>A tenant name has only letters, digits and inner hyphens (at most 63).</source>
        <translation>Un nom de locataire ne contient que des lettres, des chiffres et des tirets intérieurs (63 au plus).</translation>
    </message>
    <message>
        <source>This is neither a tenant name nor a valid URL.</source>
        <translation>Ce n&apos;est ni un nom de locataire ni une URL valide.</translation>
    </message>
    <message>
        <source>Passdesk only connects over https; plain http is allowed only for this computer (loopback).</source>
        <translation>Passdesk ne se connecte qu&apos;en https ; le http simple n&apos;est permis que pour cet ordinateur (loopback).</translation>
    </message>
    <message>
        <source>The address must not contain a user name or password; Passdesk asks for credentials separately.</source>
        <translation>L&apos;adresse ne doit contenir ni nom d&apos;utilisateur ni mot de passe ; Passdesk demande les identifiants séparément.</translation>
    </message>
    <message>
        <source>The address must not have a query (?) or fragment (#).</source>
        <translation>L&apos;adresse ne doit avoir ni requête (?) ni fragment (#).</translation>
    </message>
    <message>
        <source>The address must be the API base (such as https://acme.api.identitynow.com), without a path.</source>
        <translation>L&apos;adresse doit être la base de l&apos;API (par exemple https://acme.api.identitynow.com), sans chemin.</translation>
    </message>
</context>
<context>
    <name>Passdesk::ConnectionTestPanel</name>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Test de la connexion à %1…</translation>
    </message>
    <message>
        <source>Paste the access token first: none is kept for this tenant.</source>
        <translation>Collez d&apos;abord le jeton d&apos;accès : aucun n&apos;est conservé pour ce locataire.</translation>
    </message>
    <message>
        <source>Type the client secret first: none is stored for this tenant.</source>
        <translation>Saisissez d&apos;abord le secret client : aucun n&apos;est enregistré pour ce locataire.</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>La connexion fonctionne.</translation>
    </message>
    <message>
        <source>The connection failed.</source>
        <translation>La connexion a échoué.</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Tester la conne&amp;xion</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Signs in with the values shown, saved or not, reads the org config and lists what the client may do</source>
        <translation>Se connecte avec les valeurs affichées, enregistrées ou non, lit la configuration et indique ce que le client peut faire</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Test de la connexion</translation>
    </message>
    <message>
        <source>The connection test was cancelled.</source>
        <translation>Le test de connexion a été annulé.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the connection test</source>
        <translation>Annuler le test de connexion</translation>
    </message>
    <message>
        <source>A browser sign-in is checked when you sign in: the tenant bar then says who you are, and each feature says what your user level allows.</source>
        <translation>Une connexion par le navigateur est vérifiée au moment de la connexion : la barre du locataire indique alors qui vous êtes, et chaque fonction dit ce que votre niveau d&apos;utilisateur permet.</translation>
    </message>
</context>
<context>
    <name>Passdesk::ConnectionTester</name>
    <message>
        <source>the server did not say which scopes the token has; it decides on each request</source>
        <translation>le serveur n&apos;a pas indiqué les portées du jeton ; il décide à chaque requête</translation>
    </message>
    <message>
        <source>needs the scope %1</source>
        <translation>nécessite la portée %1</translation>
    </message>
    <message>
        <source>Read the org config</source>
        <translation>Lire la configuration</translation>
    </message>
    <message>
        <source>Change the org config</source>
        <translation>Modifier la configuration</translation>
    </message>
    <message>
        <source>the tenant is locked read-only in Passdesk</source>
        <translation>le locataire est verrouillé en lecture seule dans Passdesk</translation>
    </message>
    <message>
        <source>Generate digit tokens</source>
        <translation>Générer des jetons numériques</translation>
    </message>
    <message>
        <source>API version %1 has no digit token operation</source>
        <translation>la version d&apos;API %1 n&apos;offre pas de jeton numérique</translation>
    </message>
    <message>
        <source>Look up callers</source>
        <translation>Rechercher des appelants</translation>
    </message>
    <message>
        <source>✔ Signed in.</source>
        <translation>✔ Connecté.</translation>
    </message>
    <message>
        <source>✘ Could not sign in: %1</source>
        <translation>✘ Connexion impossible : %1</translation>
    </message>
    <message>
        <source>✔ Read the password org config.</source>
        <translation>✔ Configuration des mots de passe lue.</translation>
    </message>
    <message>
        <source>✔ The tenant has no password org config yet (it can be created).</source>
        <translation>✔ Le locataire n&apos;a pas encore de configuration des mots de passe (elle peut être créée).</translation>
    </message>
    <message>
        <source>✘ Could not read the password org config: %1</source>
        <translation>✘ Impossible de lire la configuration des mots de passe : %1</translation>
    </message>
    <message>
        <source>✔ %1</source>
        <translation>✔ %1</translation>
    </message>
    <message>
        <source>✘ %1: %2</source>
        <translation>✘ %1 : %2</translation>
    </message>
    <message>
        <source>? %1: %2</source>
        <translation>? %1 : %2</translation>
    </message>
    <message>
        <source>the server refused it (HTTP 403)</source>
        <translation>le serveur l&apos;a refusé (HTTP 403)</translation>
    </message>
    <message>
        <source>needs a user token (a personal access token or the browser sign-in); an API client&apos;s token has no user</source>
        <translation>nécessite un jeton d&apos;utilisateur (un jeton d&apos;accès personnel ou la connexion par le navigateur) ; le jeton d&apos;un client API n&apos;a pas d&apos;utilisateur</translation>
    </message>
    <message>
        <source>✔ Signed in as %1 (%2).</source>
        <translation>✔ Connecté en tant que %1 (%2).</translation>
    </message>
    <message>
        <source>✔ Signed in as the API client %1, without a user.</source>
        <translation>✔ Connecté en tant que client API %1, sans utilisateur.</translation>
    </message>
</context>
<context>
    <name>Passdesk::DigitToken</name>
    <message>
        <source>The digit token answer is not a JSON object.</source>
        <translation>La réponse du jeton numérique n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The digit token from the server is not made of digits.</source>
        <translation>Le jeton numérique du serveur n&apos;est pas composé de chiffres.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no digit token.</source>
        <translation>La réponse du serveur ne contient pas de jeton numérique.</translation>
    </message>
    <message>
        <source>The digit token from the server is a number that is not a whole, positive token.</source>
        <translation>Le jeton numérique du serveur est un nombre qui n&apos;est pas un jeton entier et positif.</translation>
    </message>
    <message>
        <source>Enter the user&apos;s uid (their username).</source>
        <translation>Saisissez l&apos;uid (le nom d&apos;utilisateur) de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>A uid is at most 128 characters long.</source>
        <translation>Un uid compte au plus 128 caractères.</translation>
    </message>
    <message>
        <source>The uid contains control characters; paste it again or pick the user from the list.</source>
        <translation>L&apos;uid contient des caractères de contrôle ; collez-le à nouveau ou choisissez l&apos;utilisateur dans la liste.</translation>
    </message>
    <message>
        <source>The token length must be between %1 and %2 digits.</source>
        <translation>La longueur du jeton doit être comprise entre %1 et %2 chiffres.</translation>
    </message>
    <message>
        <source>The token duration must be between %1 and %2 minutes.</source>
        <translation>La durée du jeton doit être comprise entre %1 et %2 minutes.</translation>
    </message>
    <message>
        <source>The digit token from the server has more than %1 digits.</source>
        <translation>Le jeton numérique du serveur a plus de %1 chiffres.</translation>
    </message>
</context>
<context>
    <name>Passdesk::DisplayText</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Passdesk::ErrorView</name>
    <message>
        <source>Subject: %1
Issuer: %2
SHA-256: %3
Valid: %4 to %5
Problems: %6</source>
        <translation>Sujet : %1
Émetteur : %2
SHA-256 : %3
Valide : du %4 au %5
Problèmes : %6</translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %n second(s).</source>
        <translation>
            <numerusform>Vous pourrez réessayer dans %n seconde.</numerusform>
            <numerusform>Vous pourrez réessayer dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Vous pouvez réessayer maintenant.</translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %n second(s). The server asked for a longer wait; Passdesk waits at most an hour.</source>
        <translation>
            <numerusform>Vous pourrez réessayer dans %n seconde. Le serveur a demandé une attente plus longue ; Passdesk attend au plus une heure.</numerusform>
            <numerusform>Vous pourrez réessayer dans %n secondes. Le serveur a demandé une attente plus longue ; Passdesk attend au plus une heure.</numerusform>
        </translation>
    </message>
    <message>
        <source>Passdesk error report
Time: %1 (%2)
Tenant: %3
%4</source>
        <translation>Rapport d&apos;erreur Passdesk
Heure : %1 (%2)
Locataire : %3
%4</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Too many requests: the server asked Passdesk to wait before trying again.</source>
        <translation>Trop de requêtes : le serveur a demandé à Passdesk d&apos;attendre avant de réessayer.</translation>
    </message>
</context>
<context>
    <name>Passdesk::FirstRunAssistant</name>
    <message>
        <source>Leave without a tenant?</source>
        <translation>Quitter sans locataire ?</translation>
    </message>
    <message>
        <source>&lt;p&gt;The tenant you entered is not saved. Passdesk starts without a tenant; you can add one later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le locataire saisi n&apos;est pas enregistré. Passdesk démarre sans locataire ; vous pourrez en ajouter un plus tard.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Discard and close</source>
        <translation>&amp;Abandonner et fermer</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuer la modification</translation>
    </message>
    <message>
        <source>Welcome to Passdesk</source>
        <translation>Bienvenue dans Passdesk</translation>
    </message>
    <message>
        <source>Password administration for Identity Security Cloud</source>
        <translation>Administration des mots de passe pour Identity Security Cloud</translation>
    </message>
    <message>
        <source>&amp;Add the tenant I work with</source>
        <translation>&amp;Ajouter le locataire avec lequel je travaille</translation>
    </message>
    <message>
        <source>Add the tenant I work with</source>
        <translation>Ajouter le locataire avec lequel je travaille</translation>
    </message>
    <message>
        <source>&amp;Explore Passdesk on the built-in sandbox tenant first</source>
        <translation>&amp;Explorer d&apos;abord Passdesk sur le locataire bac à sable intégré</translation>
    </message>
    <message>
        <source>Explore Passdesk on the built-in sandbox tenant first</source>
        <translation>Explorer d&apos;abord Passdesk sur le locataire bac à sable intégré</translation>
    </message>
    <message>
        <source>A tenant inside Passdesk with sample users; nothing you do there reaches a real tenant</source>
        <translation>Un locataire interne à Passdesk avec des utilisateurs d&apos;exemple ; rien de ce que vous y faites n&apos;atteint un vrai locataire</translation>
    </message>
    <message>
        <source>Add the tenant you work with</source>
        <translation>Ajouter le locataire avec lequel vous travaillez</translation>
    </message>
    <message>
        <source>Test the connection before you finish: Passdesk shows what the client may do. You can add more tenants later under Tenants.</source>
        <translation>Testez la connexion avant de terminer : Passdesk montre ce que le client peut faire. Vous pourrez ajouter d&apos;autres locataires plus tard dans « Locataires ».</translation>
    </message>
    <message>
        <source>Passdesk lets org admins view and change the password org config of an Identity Security Cloud tenant, and helpdesk staff generate digit tokens so that a caller can reset a password.

It signs in with the browser as you, or with an API client or a personal access token. What lets it sign in again is kept in the system keychain, never in a file.

How do you want to start?</source>
        <translation>Passdesk permet aux administrateurs de l’organisation de consulter et de modifier la configuration des mots de passe d’un locataire Identity Security Cloud, et au support de générer des jetons numériques pour qu’un appelant puisse réinitialiser son mot de passe.

Passdesk vous connecte dans le navigateur, ou se connecte avec un client API ou un jeton d’accès personnel. Ce qui permet de se reconnecter est conservé dans le trousseau du système, jamais dans un fichier.

Comment voulez-vous commencer ?</translation>
    </message>
    <message>
        <source>How to sign in to the sandbox</source>
        <translation>Comment se connecter au bac à sable</translation>
    </message>
    <message>
        <source>Sign in with the &amp;browser as one of the sandbox&apos;s people</source>
        <translation>Se connecter dans le &amp;navigateur en tant qu’une personne du bac à sable</translation>
    </message>
    <message>
        <source>The sandbox&apos;s sign-in page lets you choose the org admin, the helpdesk agent or a plain user.</source>
        <translation>La page de connexion du bac à sable vous laisse choisir l’administrateur de l’organisation, l’agent du support ou un simple utilisateur.</translation>
    </message>
    <message>
        <source>Use the sandbox&apos;s built-in &amp;client</source>
        <translation>Utiliser le &amp;client intégré du bac à sable</translation>
    </message>
    <message>
        <source>The org admin&apos;s personal access token: no browser and no sign-in page.</source>
        <translation>Le jeton d’accès personnel de l’administrateur de l’organisation : ni navigateur ni page de connexion.</translation>
    </message>
</context>
<context>
    <name>Passdesk::IdentityLookup</name>
    <message>
        <source>Matching people</source>
        <translation>Personnes correspondantes</translation>
    </message>
    <message>
        <source>This identity is inactive (%1).</source>
        <translation>Cette identité est inactive (%1).</translation>
    </message>
    <message>
        <source>%1 — %2 (%3) — inactive: %4</source>
        <translation>%1 — %2 (%3) — inactif : %4</translation>
    </message>
    <message>
        <source>%1 — %2 (%3) — %4</source>
        <translation>%1 — %2 (%3) — %4</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
</context>
<context>
    <name>Passdesk::LoopbackRedirectListener</name>
    <message numerus="yes">
        <source>The browser did not come back within %n minute(s). Sign in again, or paste the code or the address the browser shows.</source>
        <translation>
            <numerusform>Le navigateur n&apos;est pas revenu en %n minute. Reconnectez-vous, ou collez le code ou l&apos;adresse que le navigateur affiche.</numerusform>
            <numerusform>Le navigateur n&apos;est pas revenu en %n minutes. Reconnectez-vous, ou collez le code ou l&apos;adresse que le navigateur affiche.</numerusform>
        </translation>
    </message>
    <message>
        <source>Passdesk cannot wait for the browser on port %1 of this computer (%2). Another program may be using it. Paste the code or the address the browser shows instead, or choose another port for this tenant (its OAuth client must list that redirect URI too).</source>
        <translation>Passdesk ne peut pas attendre le navigateur sur le port %1 de cet ordinateur (%2). Un autre programme l&apos;utilise peut-être. Collez plutôt le code ou l&apos;adresse que le navigateur affiche, ou choisissez un autre port pour ce locataire (son client OAuth doit aussi indiquer cette URI de redirection).</translation>
    </message>
    <message>
        <source>This request is too long.</source>
        <translation>Cette requête est trop longue.</translation>
    </message>
    <message>
        <source>This is not an HTTP request.</source>
        <translation>Ce n&apos;est pas une requête HTTP.</translation>
    </message>
    <message>
        <source>This sign-in is over. Go back to Passdesk.</source>
        <translation>Cette connexion est terminée. Retournez dans Passdesk.</translation>
    </message>
    <message>
        <source>Passdesk waits for the sign-in at /callback only.</source>
        <translation>Passdesk attend la connexion uniquement sur /callback.</translation>
    </message>
    <message>
        <source>Passdesk takes the sign-in redirect as GET only.</source>
        <translation>Passdesk n&apos;accepte la redirection de connexion qu&apos;en GET.</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in Passdesk started (its state does not match). Passdesk ignored it; start the sign-in again.</source>
        <translation>Cette réponse n&apos;appartient pas à la connexion lancée par Passdesk (son state ne correspond pas). Passdesk l&apos;a ignorée ; relancez la connexion.</translation>
    </message>
    <message>
        <source>The browser came back with an answer that does not belong to this sign-in (the state does not match), so Passdesk refused it. Sign in again.</source>
        <translation>Le navigateur est revenu avec une réponse qui n&apos;appartient pas à cette connexion (le state ne correspond pas) ; Passdesk l&apos;a donc refusée. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The sign-in did not happen. Go back to Passdesk.</source>
        <translation>La connexion n&apos;a pas eu lieu. Retournez dans Passdesk.</translation>
    </message>
    <message>
        <source>The sign-in was denied in the browser (%1).</source>
        <translation>La connexion a été refusée dans le navigateur (%1).</translation>
    </message>
    <message>
        <source>The tenant refused the sign-in: %1 (%2).</source>
        <translation>Le locataire a refusé la connexion : %1 (%2).</translation>
    </message>
    <message>
        <source>The answer has no sign-in code. Go back to Passdesk.</source>
        <translation>La réponse ne contient pas de code de connexion. Retournez dans Passdesk.</translation>
    </message>
    <message>
        <source>The browser came back without a sign-in code. Sign in again.</source>
        <translation>Le navigateur est revenu sans code de connexion. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>You are signed in to Passdesk. You can close this page and go back to Passdesk.</source>
        <translation>Vous êtes connecté à Passdesk. Vous pouvez fermer cette page et retourner dans Passdesk.</translation>
    </message>
</context>
<context>
    <name>Passdesk::MainWindow</name>
    <message>
        <source>%1 – Passdesk [*]</source>
        <translation>%1 – Passdesk [*]</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The password org config has changes that are not saved. Discard them and close Passdesk?</source>
        <translation>La configuration des mots de passe a des modifications non enregistrées. Les abandonner et fermer Passdesk ?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer la modification</translation>
    </message>
    <message>
        <source>About Passdesk</source>
        <translation>À propos de Passdesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Passdesk %1&lt;/b&gt; (build %2)&lt;br&gt;Password Org Config and helpdesk digit tokens for Identity Security Cloud.&lt;br&gt;Built with Qt %3, running on Qt %4.&lt;br&gt;License: MIT&lt;br&gt;Settings: %5</source>
        <translation>&lt;b&gt;Passdesk %1&lt;/b&gt; (build %2)&lt;br&gt;Configuration des mots de passe de l&apos;organisation et jetons numériques du support pour Identity Security Cloud.&lt;br&gt;Compilé avec Qt %3, exécuté avec Qt %4.&lt;br&gt;Licence : MIT&lt;br&gt;Paramètres : %5</translation>
    </message>
    <message>
        <source>Passdesk [*]</source>
        <translation>Passdesk [*]</translation>
    </message>
    <message>
        <source>Signed out. Passdesk signs in again on the next request.</source>
        <translation>Déconnecté. Passdesk se reconnecte à la prochaine requête.</translation>
    </message>
    <message>
        <source>The password org config of %1 has changes that are not saved. Discard them and switch to %2?</source>
        <translation>La configuration des mots de passe de %1 a des modifications non enregistrées. Les abandonner et passer à %2 ?</translation>
    </message>
    <message>
        <source>Discard and switch</source>
        <translation>Abandonner et changer</translation>
    </message>
</context>
<context>
    <name>Passdesk::NetworkErrors</name>
    <message>
        <source>The server refused the connection. Is the address right and the service running?</source>
        <translation>Le serveur a refusé la connexion. L&apos;adresse est-elle correcte et le service démarré ?</translation>
    </message>
    <message>
        <source>The server closed the connection before the answer was complete.</source>
        <translation>Le serveur a fermé la connexion avant la fin de la réponse.</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found. Check the tenant name and your network.</source>
        <translation>Le nom du serveur est introuvable. Vérifiez le nom du locataire et votre réseau.</translation>
    </message>
    <message>
        <source>The server took too long to answer, so Passdesk stopped waiting.</source>
        <translation>Le serveur a mis trop de temps à répondre ; Passdesk a cessé d&apos;attendre.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>A secure (TLS) connection could not be established; the server&apos;s certificate was not accepted.</source>
        <translation>Impossible d&apos;établir une connexion sécurisée (TLS) ; le certificat du serveur n&apos;a pas été accepté.</translation>
    </message>
    <message>
        <source>The network is not available right now.</source>
        <translation>Le réseau n&apos;est pas disponible pour le moment.</translation>
    </message>
    <message>
        <source>The system does not allow network access in the background.</source>
        <translation>Le système n&apos;autorise pas l&apos;accès au réseau en arrière-plan.</translation>
    </message>
    <message>
        <source>The server redirected the request; Passdesk does not follow redirects.</source>
        <translation>Le serveur a redirigé la requête ; Passdesk ne suit pas les redirections.</translation>
    </message>
    <message>
        <source>The proxy server did not pass the request on. Check the system&apos;s proxy settings.</source>
        <translation>Le serveur proxy n&apos;a pas transmis la requête. Vérifiez les paramètres de proxy du système.</translation>
    </message>
    <message>
        <source>The server&apos;s answer broke the HTTP protocol.</source>
        <translation>La réponse du serveur ne respectait pas le protocole HTTP.</translation>
    </message>
    <message>
        <source>An unknown network error occurred.</source>
        <translation>Une erreur réseau inconnue s&apos;est produite.</translation>
    </message>
    <message>
        <source>A network error occurred (code %1).</source>
        <translation>Une erreur réseau s&apos;est produite (code %1).</translation>
    </message>
    <message>
        <source>The server refused to hand out or change the requested content (code %1).</source>
        <translation>Le serveur a refusé de fournir ou de modifier le contenu demandé (code %1).</translation>
    </message>
    <message>
        <source>The server could not handle the request (code %1).</source>
        <translation>Le serveur n&apos;a pas pu traiter la requête (code %1).</translation>
    </message>
</context>
<context>
    <name>Passdesk::OrgConfig</name>
    <message>
        <source>The password org config from the server is not a JSON object.</source>
        <translation>La configuration des mots de passe du serveur n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The server sent %1 as something other than true or false.</source>
        <translation>Le serveur a envoyé %1 sous une autre forme que true ou false.</translation>
    </message>
    <message>
        <source>The server sent %1 as something other than a whole number.</source>
        <translation>Le serveur a envoyé %1 sous une autre forme qu&apos;un nombre entier.</translation>
    </message>
    <message>
        <source>The server sent %1 = %2, outside the allowed %3 to %4.</source>
        <translation>Le serveur a envoyé %1 = %2, hors de la plage autorisée %3 à %4.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3, not %4.</source>
        <translation>%1 doit être compris entre %2 et %3, et non %4.</translation>
    </message>
</context>
<context>
    <name>Passdesk::PassdeskApp</name>
    <message>
        <source>The sandbox tenant could not listen on a loopback port.</source>
        <translation>Le locataire bac à sable n&apos;a pu écouter sur aucun port loopback.</translation>
    </message>
    <message>
        <source>There is no tenant &quot;%1&quot;: no tenant is set up yet.</source>
        <translation>Il n&apos;y a pas de locataire « %1 » : aucun locataire n&apos;est encore configuré.</translation>
    </message>
    <message>
        <source>There is no tenant &quot;%1&quot;. Set up are: %2.</source>
        <translation>Il n&apos;y a pas de locataire « %1 ». Locataires configurés : %2.</translation>
    </message>
</context>
<context>
    <name>Passdesk::ProductionLock</name>
    <message>
        <source>&lt;p&gt;Unlocking lets Passdesk change the password org config of &lt;b&gt;%1&lt;/b&gt;, a production tenant. A change applies to every user and helpdesk agent at once.&lt;/p&gt;&lt;p&gt;Unlock it?&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le déverrouillage permet à Passdesk de modifier la configuration des mots de passe de &lt;b&gt;%1&lt;/b&gt;, un locataire de production. Une modification s&apos;applique immédiatement à tous les utilisateurs et agents du support.&lt;/p&gt;&lt;p&gt;Le déverrouiller ?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>this tenant</source>
        <translation>ce locataire</translation>
    </message>
    <message>
        <source>Unlock a production tenant?</source>
        <translation>Déverrouiller un locataire de production ?</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>&amp;Keep locked</source>
        <translation>&amp;Laisser verrouillé</translation>
    </message>
</context>
<context>
    <name>Passdesk::PublicIdentity</name>
    <message>
        <source>The identity list from the server is not a JSON array.</source>
        <translation>La liste d&apos;identités du serveur n&apos;est pas un tableau JSON.</translation>
    </message>
    <message>
        <source>The identity list holds an entry that is not an identity.</source>
        <translation>La liste d&apos;identités contient une entrée qui n&apos;est pas une identité.</translation>
    </message>
</context>
<context>
    <name>Passdesk::ReplyErrors</name>
    <message>
        <source>The answer was larger than 1 MiB and was not read.</source>
        <translation>La réponse dépassait 1 Mio et n&apos;a pas été lue.</translation>
    </message>
    <message>
        <source>The server redirected to %1; Passdesk does not follow redirects.</source>
        <translation>Le serveur a redirigé vers %1 ; Passdesk ne suit pas les redirections.</translation>
    </message>
    <message numerus="yes">
        <source>The request did not finish within %n second(s), so Passdesk stopped it.</source>
        <translation>
            <numerusform>La requête ne s&apos;est pas terminée en %n seconde, Passdesk l&apos;a donc arrêtée.</numerusform>
            <numerusform>La requête ne s&apos;est pas terminée en %n secondes, Passdesk l&apos;a donc arrêtée.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s headers were larger than %1 KiB.</source>
        <translation>Les en-têtes du serveur dépassaient %1 Kio.</translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s headers did not end within %n second(s) of the request; they were too large or never ended.</source>
        <translation>
            <numerusform>Les en-têtes du serveur ne se sont pas terminés %n seconde après la requête ; ils étaient trop volumineux ou sans fin.</numerusform>
            <numerusform>Les en-têtes du serveur ne se sont pas terminés %n secondes après la requête ; ils étaient trop volumineux ou sans fin.</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer came compressed and did not unpack: the data was broken, or it would have unpacked to far more than any answer needs.</source>
        <translation>La réponse est arrivée compressée et n&apos;a pas pu être décompressée : les données étaient corrompues, ou elles se seraient décompressées en bien plus que ce dont une réponse a besoin.</translation>
    </message>
</context>
<context>
    <name>Passdesk::RequestRunner</name>
    <message>
        <source>the access token has characters an access token cannot have.</source>
        <translation>le jeton d&apos;accès contient des caractères qu&apos;un jeton d&apos;accès ne peut pas contenir.</translation>
    </message>
    <message>
        <source>the %1 header would have carried characters a header cannot have.</source>
        <translation>l&apos;en-tête %1 aurait contenu des caractères qu&apos;un en-tête ne peut pas contenir.</translation>
    </message>
</context>
<context>
    <name>Passdesk::SecretFieldHints</name>
    <message>
        <source>Pasted earlier in this session — leave empty to keep it</source>
        <translation>Déjà collé dans cette session — laisser vide pour le garder</translation>
    </message>
    <message>
        <source>Stored in the keychain — leave empty to keep it</source>
        <translation>Enregistré dans le trousseau — laisser vide pour le garder</translation>
    </message>
    <message>
        <source>Kept for this session — leave empty to keep it</source>
        <translation>Gardé pour cette session — laisser vide pour le garder</translation>
    </message>
    <message>
        <source>Paste the access token here</source>
        <translation>Collez le jeton d&apos;accès ici</translation>
    </message>
    <message>
        <source>Not stored — Passdesk asks for it when it connects</source>
        <translation>Non enregistré — Passdesk le demande à la connexion</translation>
    </message>
    <message>
        <source>The token expires at %1. It cannot be renewed: Passdesk asks for a new one then.</source>
        <translation>Le jeton expire le %1. Il ne peut pas être renouvelé : Passdesk en demandera alors un nouveau.</translation>
    </message>
    <message>
        <source>The token does not say when it expires. It cannot be renewed: Passdesk asks for a new one when the server refuses it.</source>
        <translation>Le jeton n&apos;indique pas quand il expire. Il ne peut pas être renouvelé : Passdesk en demandera un nouveau quand le serveur le refusera.</translation>
    </message>
    <message>
        <source>A pasted access token is kept in memory for this session only, never stored.</source>
        <translation>Un jeton d&apos;accès collé est gardé en mémoire pour cette session seulement, jamais enregistré.</translation>
    </message>
    <message>
        <source>Passdesk opens the browser when it needs you to sign in, and keeps the sign-in for a working day.</source>
        <translation>Passdesk ouvre le navigateur quand il a besoin que vous vous connectiez, et garde la connexion pendant une journée de travail.</translation>
    </message>
</context>
<context>
    <name>Passdesk::SecretPromptDialog</name>
    <message>
        <source>The secret contains control characters; paste it again.</source>
        <translation>Le secret contient des caractères de contrôle ; collez-le à nouveau.</translation>
    </message>
    <message>
        <source>This is too long to be a client secret.</source>
        <translation>C&apos;est trop long pour un secret client.</translation>
    </message>
    <message>
        <source>This token is valid until %1. Passdesk keeps it in memory only and cannot renew it.</source>
        <translation>Ce jeton est valable jusqu&apos;au %1. Passdesk le garde en mémoire seulement et ne peut pas le renouveler.</translation>
    </message>
    <message>
        <source>Passdesk keeps a pasted token in memory only and cannot renew it.</source>
        <translation>Passdesk garde un jeton collé en mémoire seulement et ne peut pas le renouveler.</translation>
    </message>
    <message>
        <source>No system keychain is available: the secret is kept in memory for this session only, and Passdesk asks again next time.</source>
        <translation>Aucun trousseau du système n&apos;est disponible : le secret est gardé en mémoire pour cette session seulement, et Passdesk le redemandera la prochaine fois.</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Connexion à %1</translation>
    </message>
    <message>
        <source>&amp;Access token:</source>
        <translation>Je&amp;ton d&apos;accès :</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Sec&amp;ret client :</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Paste a new access token for %1.</source>
        <translation>Collez un nouveau jeton d&apos;accès pour %1.</translation>
    </message>
    <message>
        <source>Enter the client secret of %1 for %2.</source>
        <translation>Saisissez le secret client de %1 pour %2.</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>Passdesk::SecretStore</name>
    <message>
        <source>No keychain is available in this test.</source>
        <translation>Aucun trousseau n&apos;est disponible dans ce test.</translation>
    </message>
</context>
<context>
    <name>Passdesk::SecretVault</name>
    <message>
        <source>The system keychain cannot be used (%1). Passdesk keeps secrets in memory for this session only and will ask for them again next time; it never writes them to a file.</source>
        <translation>Le trousseau du système est inutilisable (%1). Passdesk garde les secrets en mémoire pour cette session seulement et les redemandera la prochaine fois ; il ne les écrit jamais dans un fichier.</translation>
    </message>
    <message>
        <source>no keychain service answered</source>
        <translation>aucun service de trousseau n&apos;a répondu</translation>
    </message>
</context>
<context>
    <name>Passdesk::SettingsDialog</name>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>Passdesk::StartupOptions</name>
    <message>
        <source>Passdesk: the Password Org Config and helpdesk digit tokens of Identity Security Cloud.</source>
        <translation>Passdesk : la configuration des mots de passe de l&apos;organisation et les jetons numériques du support d&apos;Identity Security Cloud.</translation>
    </message>
    <message>
        <source>Start on the embedded sandbox tenant.</source>
        <translation>Démarrer sur le locataire bac à sable intégré.</translation>
    </message>
    <message>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <source>Use this user interface language (e.g. de).</source>
        <translation>Utiliser cette langue pour l&apos;interface (par ex. de).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>Keep settings in this directory.</source>
        <translation>Conserver les paramètres dans ce dossier.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argument inattendu « %1 ».</translation>
    </message>
    <message>
        <source>Passdesk needs a graphical display, and none was found (DISPLAY is not set). Run it on a desktop, or without one as: xvfb-run -a passdesk --sandbox</source>
        <translation>Passdesk a besoin d&apos;un affichage graphique et n&apos;en a trouvé aucun (DISPLAY n&apos;est pas défini). Lancez-le sur un bureau, ou sans affichage ainsi : xvfb-run -a passdesk --sandbox</translation>
    </message>
    <message>
        <source>Start on this tenant (its display name or tenant name).</source>
        <translation>Démarrer sur ce locataire (son nom affiché ou son nom de locataire).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Use either --tenant or --sandbox, not both.</source>
        <translation>Utilisez --tenant ou --sandbox, pas les deux.</translation>
    </message>
    <message>
        <source>--tenant needs the name of a tenant.</source>
        <translation>--tenant a besoin du nom d&apos;un locataire.</translation>
    </message>
    <message>
        <source>Sign in to the sandbox as this built-in client: admin, helpdesk, readonly, app (no user) or browser (sign in with the browser as a person of your choice).</source>
        <translation>Se connecter au bac à sable avec ce client intégré : admin, helpdesk, readonly, app (sans utilisateur) ou browser (se connecter dans le navigateur en tant que la personne de votre choix).</translation>
    </message>
    <message>
        <source>Unknown sandbox client &quot;%1&quot;; use admin, helpdesk, readonly, app or browser.</source>
        <translation>Client de bac à sable inconnu « %1 » ; utilisez admin, helpdesk, readonly, app ou browser.</translation>
    </message>
</context>
<context>
    <name>Passdesk::Tenant</name>
    <message>
        <source>Give the tenant a display name.</source>
        <translation>Donnez un nom affiché au locataire.</translation>
    </message>
    <message numerus="yes">
        <source>The display name must be at most %n characters, without control characters.</source>
        <translation>
            <numerusform>Le nom affiché doit compter au plus %n caractère, sans caractère de contrôle.</numerusform>
            <numerusform>Le nom affiché doit compter au plus %n caractères, sans caractère de contrôle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the client ID of the API client (or personal access token).</source>
        <translation>Saisissez l&apos;ID client du client API (ou du jeton d&apos;accès personnel).</translation>
    </message>
    <message numerus="yes">
        <source>The client ID must be at most %n characters, without spaces or control characters.</source>
        <translation>
            <numerusform>L&apos;ID client doit compter au plus %n caractère, sans espace ni caractère de contrôle.</numerusform>
            <numerusform>L&apos;ID client doit compter au plus %n caractères, sans espace ni caractère de contrôle.</numerusform>
        </translation>
    </message>
    <message>
        <source>The port must be a number from 1024 to 65535.</source>
        <translation>Le port doit être un nombre de 1024 à 65535.</translation>
    </message>
    <message>
        <source>Enter the client ID of the OAuth client the org admin registered for Passdesk.</source>
        <translation>Saisissez l&apos;ID client du client OAuth que l&apos;administrateur de l&apos;organisation a enregistré pour Passdesk.</translation>
    </message>
</context>
<context>
    <name>Passdesk::TenantBar</name>
    <message>
        <source>No tenant open</source>
        <translation>Aucun locataire ouvert</translation>
    </message>
    <message>
        <source>API %1</source>
        <translation>API %1</translation>
    </message>
    <message>
        <source>Client %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <source>Test tenant</source>
        <translation>Locataire de test</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Environnement : %1</translation>
    </message>
    <message>
        <source>Pasted access token: expired or refused</source>
        <translation>Jeton d&apos;accès collé : expiré ou refusé</translation>
    </message>
    <message>
        <source>Pasted access token, valid until %1</source>
        <translation>Jeton d&apos;accès collé, valable jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>Pasted access token</source>
        <translation>Jeton d&apos;accès collé</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Copy Tenant &amp;Address</source>
        <translation>Copier l’&amp;adresse du locataire</translation>
    </message>
    <message>
        <source>Copy &amp;Client ID</source>
        <translation>Copier l’ID du &amp;client</translation>
    </message>
</context>
<context>
    <name>Passdesk::TenantForm</name>
    <message>
        <source>API client or personal access token (client ID and secret)</source>
        <translation>Client API ou jeton d&apos;accès personnel (ID et secret)</translation>
    </message>
    <message>
        <source>Pasted access token (short sessions)</source>
        <translation>Jeton d&apos;accès collé (sessions courtes)</translation>
    </message>
    <message>
        <source>API root: %1</source>
        <translation>Racine de l&apos;API : %1</translation>
    </message>
    <message>
        <source>A tenant name such as acme stands for https://acme.api.identitynow.com.</source>
        <translation>Un nom de locataire comme acme désigne https://acme.api.identitynow.com.</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>Je&amp;ton d&apos;accès :</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Sec&amp;ret client :</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>The system keychain cannot be used, so the secret is kept for this session only and Passdesk asks for it again next time. The keychain said: %1</source>
        <translation>Le trousseau du système est inutilisable : le secret est gardé pour cette session seulement et Passdesk le redemandera la prochaine fois. Le trousseau a répondu : %1</translation>
    </message>
    <message>
        <source>Otherwise Passdesk keeps the secret for this session only and asks for it again next time</source>
        <translation>Sinon, Passdesk garde le secret pour cette session seulement et le redemandera la prochaine fois</translation>
    </message>
    <message>
        <source>Sign in with the browser (your own user level)</source>
        <translation>Connexion dans le navigateur (votre propre niveau d&apos;utilisateur)</translation>
    </message>
    <message>
        <source>The org admin registers Passdesk as an OAuth client of the tenant with this redirect URI, exactly: %1</source>
        <translation>L&apos;administrateur de l&apos;organisation enregistre Passdesk comme client OAuth du locataire avec exactement cette URI de redirection : %1</translation>
    </message>
    <message>
        <source>The client ID of the OAuth client the org admin registered for Passdesk</source>
        <translation>L&apos;ID client du client OAuth que l&apos;administrateur de l&apos;organisation a enregistré pour Passdesk</translation>
    </message>
    <message>
        <source>The client ID of the API client or personal access token</source>
        <translation>L&apos;ID client du client API ou du jeton d&apos;accès personnel</translation>
    </message>
</context>
<context>
    <name>Passdesk::TenantSession</name>
    <message>
        <source>Sandbox tenant</source>
        <translation>Locataire bac à sable</translation>
    </message>
    <message>
        <source>The sandbox tenant is not available.</source>
        <translation>Le locataire bac à sable n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>There is no such tenant.</source>
        <translation>Ce locataire n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>Passdesk::TenantSwitcher</name>
    <message>
        <source>sandbox</source>
        <translation>bac à sable</translation>
    </message>
    <message>
        <source>production</source>
        <translation>production</translation>
    </message>
    <message>
        <source>test tenant</source>
        <translation>locataire de test</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>Passer à %1</translation>
    </message>
    <message>
        <source>Active tenant</source>
        <translation>Locataire actif</translation>
    </message>
    <message>
        <source>Switch to another tenant (Ctrl+1 to Ctrl+9)</source>
        <translation>Passer à un autre locataire (Ctrl+1 à Ctrl+9)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Forget the access token and the looked-up callers of this tenant</source>
        <translation>Oublier le jeton d&apos;accès et les appelants recherchés de ce locataire</translation>
    </message>
    <message>
        <source>Switch to tenant %1 (none set up)</source>
        <translation>Passer au locataire %1 (aucun configuré)</translation>
    </message>
    <message>
        <source>Sandbox sign-&amp;in</source>
        <translation>Connex&amp;ion au bac à sable</translation>
    </message>
    <message>
        <source>With the &amp;browser, as one of the sandbox&apos;s people (org admin, helpdesk agent, plain user)</source>
        <translation>Dans le &amp;navigateur, en tant qu’une des personnes du bac à sable (administrateur de l’organisation, agent du support, simple utilisateur)</translation>
    </message>
    <message>
        <source>As the sandbox&apos;s built-in &amp;client (the org admin&apos;s personal access token)</source>
        <translation>Avec le &amp;client intégré du bac à sable (le jeton d’accès personnel de l’administrateur de l’organisation)</translation>
    </message>
</context>
<context>
    <name>Passdesk::TenantsDialog</name>
    <message>
        <source>Production · locked read-only</source>
        <translation>Production · lecture seule</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Test tenant · locked read-only</source>
        <translation>Test · lecture seule</translation>
    </message>
    <message>
        <source>Test tenant</source>
        <translation>Locataire de test</translation>
    </message>
    <message>
        <source>%1 · in use</source>
        <translation>%1 · actif</translation>
    </message>
    <message>
        <source>&lt;p&gt;Your changes to &lt;b&gt;%1&lt;/b&gt; are not saved.&lt;/p&gt;&lt;p&gt;Save them, discard them, or keep editing?&lt;/p&gt;</source>
        <translation>&lt;p&gt;Vos modifications de &lt;b&gt;%1&lt;/b&gt; ne sont pas enregistrées.&lt;/p&gt;&lt;p&gt;Les enregistrer, les abandonner ou continuer la modification ?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>the new tenant</source>
        <translation>le nouveau locataire</translation>
    </message>
    <message>
        <source>Unsaved tenant changes</source>
        <translation>Modifications du locataire non enregistrées</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Abandonner les modifications</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuer la modification</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Saved. The secret is kept for this session only.</source>
        <translation>Enregistré. Le secret est gardé pour cette session seulement.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Remove &lt;b&gt;%1&lt;/b&gt; from Passdesk?&lt;/p&gt;&lt;p&gt;Its secret is deleted from the system keychain. Nothing changes on the tenant itself.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Supprimer &lt;b&gt;%1&lt;/b&gt; de Passdesk ?&lt;/p&gt;&lt;p&gt;Son secret est effacé du trousseau du système. Rien ne change sur le locataire lui-même.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Your unsaved changes to it are lost.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Vos modifications non enregistrées seront perdues.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Remove tenant?</source>
        <translation>Supprimer le locataire ?</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Garder</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 supprimé.</translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation>Modifications non enregistrées.</translation>
    </message>
    <message>
        <source>New tenant</source>
        <translation>Nouveau locataire</translation>
    </message>
    <message>
        <source>New tenant: %1</source>
        <translation>Nouveau locataire : %1</translation>
    </message>
</context>
<context>
    <name>Passdesk::TokenAnswer</name>
    <message>
        <source>The token endpoint answered without an access token.</source>
        <translation>Le point de terminaison des jetons a répondu sans jeton d&apos;accès.</translation>
    </message>
    <message>
        <source>The token endpoint answered with an access token that has characters no access token has; Passdesk does not use it.</source>
        <translation>Le point de terminaison de jeton a répondu avec un jeton d&apos;accès contenant des caractères qu&apos;aucun jeton d&apos;accès ne contient ; Passdesk ne l&apos;utilise pas.</translation>
    </message>
    <message>
        <source>The token endpoint answered with a refresh token that has characters no refresh token has; Passdesk does not use it.</source>
        <translation>Le point de terminaison de jeton a répondu avec un jeton d&apos;actualisation contenant des caractères qu&apos;aucun jeton d&apos;actualisation ne contient ; Passdesk ne l&apos;utilise pas.</translation>
    </message>
</context>
<context>
    <name>Passdesk::TokenClaims</name>
    <message>
        <source>Org admin</source>
        <translation>Administrateur de l&apos;organisation</translation>
    </message>
    <message>
        <source>Helpdesk</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Connecté en tant que %1 (%2)</translation>
    </message>
    <message>
        <source>API client %1, no user</source>
        <translation>Client API %1, sans utilisateur</translation>
    </message>
</context>
<context>
    <name>Passdesk::TokenDialog</name>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Generate digit token – %1</source>
        <translation>Générer un jeton numérique – %1</translation>
    </message>
    <message>
        <source>Digit tokens are turned off for this tenant, so the server will refuse to generate one. An org admin can turn them on in the Password Org Config.</source>
        <translation>Les jetons numériques sont désactivés pour ce locataire : le serveur refusera d&apos;en générer. Un administrateur de l&apos;organisation peut les activer dans la configuration des mots de passe.</translation>
    </message>
    <message>
        <source>This connection uses API %1, which has no digit tokens. Use v2025, v2024, v2026, beta or the per-service v1 API.</source>
        <translation>Cette connexion utilise l&apos;API %1, qui n&apos;a pas de jetons numériques. Utilisez v2025, v2024, v2026, beta ou l&apos;API v1 par service.</translation>
    </message>
    <message>
        <source>Verify the caller&apos;s identity first.</source>
        <translation>Vérifiez d&apos;abord l&apos;identité de l&apos;appelant.</translation>
    </message>
    <message>
        <source>Generate digit token</source>
        <translation>Générer un jeton numérique</translation>
    </message>
    <message>
        <source>The server asked Passdesk to wait before the next request.</source>
        <translation>Le serveur a demandé à Passdesk d&apos;attendre avant la prochaine requête.</translation>
    </message>
</context>
<context>
    <name>Passdesk::TokenHistory</name>
    <message>
        <source>Live</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s), valid %1 minutes</source>
        <translation>
            <numerusform>%n chiffre, valable %1 minutes</numerusform>
            <numerusform>%n chiffres, valable %1 minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Généré</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>ID de requête</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>not given by the server</source>
        <translation>non fourni par le serveur</translation>
    </message>
</context>
<context>
    <name>Passdesk::TokenHistoryPanel</name>
    <message>
        <source>Save token history</source>
        <translation>Enregistrer l&apos;historique des jetons</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The history could not be saved to %1: %2</source>
        <translation>L&apos;historique n&apos;a pas pu être enregistré dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>Passdesk::TokenView</name>
    <message numerus="yes">
        <source>%n digit(s), read out in groups</source>
        <translation>
            <numerusform>%n chiffre, lu par groupes</numerusform>
            <numerusform>%n chiffres, lus par groupes</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Utilisateur : %1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>ID de requête : %1</translation>
    </message>
    <message numerus="yes">
        <source>Length: %n digit(s)</source>
        <translation>
            <numerusform>Longueur : %n chiffre</numerusform>
            <numerusform>Longueur : %n chiffres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Valid for: %n minute(s)</source>
        <translation>
            <numerusform>Valable : %n minute</numerusform>
            <numerusform>Valable : %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Generated: %1</source>
        <translation>Généré : %1</translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation>Expire : %1</translation>
    </message>
    <message>
        <source>This token expired at %1 and is hidden. Generate a new one if the caller still needs it.</source>
        <translation>Ce jeton a expiré à %1 et est masqué. Générez-en un nouveau si l&apos;appelant en a encore besoin.</translation>
    </message>
    <message>
        <source>Expires in %1 (at %2).</source>
        <translation>Expire dans %1 (à %2).</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Copié. Le presse-papiers sera vidé dans %n seconde.</numerusform>
            <numerusform>Copié. Le presse-papiers sera vidé dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared when Passdesk quits.</source>
        <translation>Copié. Le presse-papiers sera vidé à la fermeture de Passdesk.</translation>
    </message>
    <message numerus="yes">
        <source>The server sent %n digit(s) although %1 were asked for. Check before reading it out.</source>
        <translation>
            <numerusform>Le serveur a envoyé %n chiffre alors que %1 étaient demandés. Vérifiez avant de le lire à voix haute.</numerusform>
            <numerusform>Le serveur a envoyé %n chiffres alors que %1 étaient demandés. Vérifiez avant de le lire à voix haute.</numerusform>
        </translation>
    </message>
    <message>
        <source>Request ID: not given by the server</source>
        <translation>ID de requête : non fourni par le serveur</translation>
    </message>
</context>
<context>
    <name>SecretPromptDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Sign in to the tenant</source>
        <translation>Se connecter au locataire</translation>
    </message>
    <message>
        <source>Why Passdesk asks</source>
        <translation>Pourquoi Passdesk demande</translation>
    </message>
    <message>
        <source>Problem with what was entered</source>
        <translation>Problème avec la saisie</translation>
    </message>
    <message>
        <source>&amp;Remember the secret in the system keychain</source>
        <translation>&amp;Mémoriser le secret dans le trousseau du système</translation>
    </message>
    <message>
        <source>Remember the secret in the system keychain</source>
        <translation>Mémoriser le secret dans le trousseau du système</translation>
    </message>
    <message>
        <source>Where the secret is kept</source>
        <translation>Où le secret est conservé</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Passdesk settings</source>
        <translation>Paramètres de Passdesk</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>User interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>Also the language Passdesk asks the server to answer in</source>
        <translation>C&apos;est aussi la langue dans laquelle Passdesk demande au serveur de répondre</translation>
    </message>
    <message>
        <source>Helpdesk staff must confirm they &amp;verified the caller</source>
        <translation>Le support doit confirmer avoir &amp;vérifié l&apos;appelant</translation>
    </message>
    <message>
        <source>Require caller verification</source>
        <translation>Exiger la vérification de l&apos;appelant</translation>
    </message>
    <message>
        <source>Clear a copied &amp;token after:</source>
        <translation>Effacer un &amp;jeton copié après :</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>when Passdesk quits</source>
        <translation>à la fermeture de Passdesk</translation>
    </message>
    <message>
        <source>Seconds until a copied token is cleared</source>
        <translation>Secondes avant l&apos;effacement d&apos;un jeton copié</translation>
    </message>
</context>
<context>
    <name>TenantBar</name>
    <message>
        <source>Active tenant</source>
        <translation>Locataire actif</translation>
    </message>
    <message>
        <source>Tenant name</source>
        <translation>Nom du locataire</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Adresse de l&apos;API</translation>
    </message>
    <message>
        <source>Sign-in state</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Version de l&apos;API</translation>
    </message>
    <message>
        <source>API client</source>
        <translation>Client API</translation>
    </message>
    <message>
        <source>Keychain notice</source>
        <translation>Avis sur le trousseau</translation>
    </message>
    <message>
        <source>Who Passdesk works as</source>
        <translation>En tant que qui Passdesk travaille</translation>
    </message>
</context>
<context>
    <name>TenantForm</name>
    <message>
        <source>Tenant settings</source>
        <translation>Paramètres du locataire</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Nom affiché :</translation>
    </message>
    <message>
        <source>e.g. Acme production</source>
        <translation>p. ex. Acme production</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>How the tenant is named in Passdesk&apos;s tool bar and window</source>
        <translation>Le nom du locataire dans la barre d&apos;outils et la fenêtre de Passdesk</translation>
    </message>
    <message>
        <source>Tenant &amp;name or API URL:</source>
        <translation>Nom du locataire ou &amp;URL de l&apos;API :</translation>
    </message>
    <message>
        <source>acme or https://acme.api.identitynow.com</source>
        <translation>acme ou https://acme.api.identitynow.com</translation>
    </message>
    <message>
        <source>Tenant name or API base URL</source>
        <translation>Nom du locataire ou URL de base de l&apos;API</translation>
    </message>
    <message>
        <source>A tenant name such as acme, or the full https address of the tenant&apos;s API</source>
        <translation>Un nom de locataire comme acme, ou l&apos;adresse https complète de l&apos;API du locataire</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>&amp;Version de l&apos;API :</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Version de l&apos;API</translation>
    </message>
    <message>
        <source>The version of the Identity Security Cloud API Passdesk speaks with this tenant</source>
        <translation>La version de l&apos;API Identity Security Cloud que Passdesk utilise avec ce locataire</translation>
    </message>
    <message>
        <source>Sign in &amp;with:</source>
        <translation>&amp;Connexion avec :</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation>Méthode d&apos;authentification</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>&amp;ID client :</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>The client ID of the API client or personal access token</source>
        <translation>L&apos;ID client du client API ou du jeton d&apos;accès personnel</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Sec&amp;ret client :</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>&amp;Remember the secret in the system keychain</source>
        <translation>&amp;Mémoriser le secret dans le trousseau du système</translation>
    </message>
    <message>
        <source>Remember the secret in the system keychain</source>
        <translation>Mémoriser le secret dans le trousseau du système</translation>
    </message>
    <message>
        <source>Otherwise Passdesk keeps the secret for this session only and asks for it again next time</source>
        <translation>Sinon, Passdesk garde le secret pour cette session seulement et le redemandera la prochaine fois</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Environnement :</translation>
    </message>
    <message>
        <source>&amp;Production</source>
        <translation>Pro&amp;duction</translation>
    </message>
    <message>
        <source>Production tenant</source>
        <translation>Locataire de production</translation>
    </message>
    <message>
        <source>Shown in red; new production tenants start locked read-only</source>
        <translation>Affiché en rouge ; les nouveaux locataires de production démarrent verrouillés en lecture seule</translation>
    </message>
    <message>
        <source>&amp;Test tenant</source>
        <translation>Locat&amp;aire de test</translation>
    </message>
    <message>
        <source>Test tenant</source>
        <translation>Locataire de test</translation>
    </message>
    <message>
        <source>A sandbox or development tenant where changes do no harm</source>
        <translation>Un locataire bac à sable ou de développement où les modifications sont sans danger</translation>
    </message>
    <message>
        <source>&amp;Locked read-only</source>
        <translation>Verr&amp;ouillé en lecture seule</translation>
    </message>
    <message>
        <source>Locked read-only</source>
        <translation>Verrouillé en lecture seule</translation>
    </message>
    <message>
        <source>While locked, Passdesk sends no config changes to this tenant, whatever the client may do</source>
        <translation>Tant qu&apos;il est verrouillé, Passdesk n&apos;envoie aucune modification de configuration à ce locataire, quels que soient les droits du client</translation>
    </message>
    <message>
        <source>Passdesk sends no config changes to a locked tenant, whatever the client may do. New production tenants start locked.</source>
        <translation>Passdesk n&apos;envoie aucune modification de configuration à un locataire verrouillé, quels que soient les droits du client. Les nouveaux locataires de production démarrent verrouillés.</translation>
    </message>
    <message>
        <source>Redirect &amp;port:</source>
        <translation>&amp;Port de redirection :</translation>
    </message>
    <message>
        <source>Redirect port</source>
        <translation>Port de redirection</translation>
    </message>
    <message>
        <source>The port on this computer where the browser brings you back after signing in</source>
        <translation>Le port de cet ordinateur par lequel le navigateur vous ramène après la connexion</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;ier</translation>
    </message>
    <message>
        <source>Copy the redirect URI</source>
        <translation>Copier l&apos;URI de redirection</translation>
    </message>
</context>
<context>
    <name>TenantsDialog</name>
    <message>
        <source>Tenants</source>
        <translation>Locataires</translation>
    </message>
    <message>
        <source>&amp;Tenants:</source>
        <translation>&amp;Locataires :</translation>
    </message>
    <message>
        <source>Stored tenants</source>
        <translation>Locataires enregistrés</translation>
    </message>
    <message>
        <source>Each entry says whether the tenant is production or a test tenant and whether it is locked</source>
        <translation>Chaque entrée indique si le locataire est de production ou de test et s&apos;il est verrouillé</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>Add a tenant</source>
        <translation>Ajouter un locataire</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Remove the selected tenant</source>
        <translation>Supprimer le locataire sélectionné</translation>
    </message>
    <message>
        <source>Asks first; the tenant&apos;s secret is deleted from the keychain as well</source>
        <translation>Demande d&apos;abord ; le secret du locataire est aussi effacé du trousseau</translation>
    </message>
    <message>
        <source>The built-in sandbox tenant is not listed here: it is always available from the tool bar.</source>
        <translation>Le locataire bac à sable intégré n&apos;apparaît pas ici : il est toujours disponible depuis la barre d&apos;outils.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the tenant</source>
        <translation>Enregistrer le locataire</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the tenants dialog</source>
        <translation>Fermer la fenêtre des locataires</translation>
    </message>
</context>
<context>
    <name>TokenDialog</name>
    <message>
        <source>Generate digit token</source>
        <translation>Générer un jeton numérique</translation>
    </message>
    <message>
        <source>Token and history</source>
        <translation>Jeton et historique</translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation>&amp;Jeton</translation>
    </message>
    <message>
        <source>Digit tokens disabled</source>
        <translation>Jetons numériques désactivés</translation>
    </message>
    <message>
        <source>API version note</source>
        <translation>Remarque sur la version d&apos;API</translation>
    </message>
    <message>
        <source>Caller&apos;s &amp;user:</source>
        <translation>&amp;Utilisateur appelant :</translation>
    </message>
    <message>
        <source>Type a name, email or uid</source>
        <translation>Saisissez un nom, un e-mail ou un uid</translation>
    </message>
    <message>
        <source>Caller&apos;s user</source>
        <translation>Utilisateur appelant</translation>
    </message>
    <message>
        <source>Type a name, email or uid and pick the person from the list</source>
        <translation>Saisissez un nom, un e-mail ou un uid et choisissez la personne dans la liste</translation>
    </message>
    <message>
        <source>Picked identity</source>
        <translation>Identité choisie</translation>
    </message>
    <message>
        <source>User problem</source>
        <translation>Problème d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Token &amp;length:</source>
        <translation>&amp;Longueur du jeton :</translation>
    </message>
    <message>
        <source> digits</source>
        <translation> chiffres</translation>
    </message>
    <message>
        <source>Token length in digits</source>
        <translation>Longueur du jeton en chiffres</translation>
    </message>
    <message>
        <source>From 6 to 18 digits</source>
        <translation>De 6 à 18 chiffres</translation>
    </message>
    <message>
        <source>Length problem</source>
        <translation>Problème de longueur</translation>
    </message>
    <message>
        <source>Valid &amp;for:</source>
        <translation>&amp;Valable :</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Token lifetime in minutes</source>
        <translation>Durée de validité du jeton en minutes</translation>
    </message>
    <message>
        <source>From 1 to 60 minutes</source>
        <translation>De 1 à 60 minutes</translation>
    </message>
    <message>
        <source>I have &amp;verified the caller&apos;s identity</source>
        <translation>J&apos;ai &amp;vérifié l&apos;identité de l&apos;appelant</translation>
    </message>
    <message>
        <source>Caller identity verified</source>
        <translation>Identité de l&apos;appelant vérifiée</translation>
    </message>
    <message>
        <source>Required before a token can be generated</source>
        <translation>Obligatoire avant de pouvoir générer un jeton</translation>
    </message>
    <message>
        <source>Generating the token</source>
        <translation>Génération du jeton</translation>
    </message>
    <message>
        <source>Ca&amp;ncel request</source>
        <translation>A&amp;nnuler la requête</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Annuler la requête</translation>
    </message>
    <message>
        <source>&amp;Generate token</source>
        <translation>&amp;Générer le jeton</translation>
    </message>
    <message>
        <source>Generate token</source>
        <translation>Générer le jeton</translation>
    </message>
    <message>
        <source>Session &amp;history</source>
        <translation>&amp;Historique de la session</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Lifetime problem</source>
        <translation>Problème de durée</translation>
    </message>
    <message>
        <source>Session history</source>
        <translation>Historique de la session</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Boutons de la boîte de dialogue</translation>
    </message>
</context>
<context>
    <name>TokenHistoryPanel</name>
    <message>
        <source>Tokens generated in this session. The digits are never kept.</source>
        <translation>Jetons générés pendant cette session. Les chiffres ne sont jamais conservés.</translation>
    </message>
    <message>
        <source>About the history</source>
        <translation>À propos de l&apos;historique</translation>
    </message>
    <message>
        <source>Tokens generated in this session</source>
        <translation>Jetons générés pendant cette session</translation>
    </message>
    <message>
        <source>Cop&amp;y as text</source>
        <translation>Copier en te&amp;xte</translation>
    </message>
    <message>
        <source>Copy history as text</source>
        <translation>Copier l&apos;historique en texte</translation>
    </message>
    <message>
        <source>&amp;Save as CSV…</source>
        <translation>&amp;Enregistrer en CSV…</translation>
    </message>
    <message>
        <source>Save history as CSV</source>
        <translation>Enregistrer l&apos;historique en CSV</translation>
    </message>
</context>
<context>
    <name>TokenView</name>
    <message>
        <source>Token to read out</source>
        <translation>Jeton à lire</translation>
    </message>
    <message>
        <source>The server sent this token as a number; Passdesk restored its leading zeros.</source>
        <translation>Le serveur a envoyé ce jeton sous forme de nombre ; Passdesk a rétabli ses zéros initiaux.</translation>
    </message>
    <message>
        <source>Token repaired note</source>
        <translation>Remarque : jeton réparé</translation>
    </message>
    <message>
        <source>Clipboard status</source>
        <translation>État du presse-papiers</translation>
    </message>
    <message>
        <source>Token expiry</source>
        <translation>Expiration du jeton</translation>
    </message>
    <message>
        <source>Token details</source>
        <translation>Détails du jeton</translation>
    </message>
    <message>
        <source>Copy &amp;details</source>
        <translation>Copier les &amp;détails</translation>
    </message>
    <message>
        <source>Copy token details for the ticket</source>
        <translation>Copier les détails du jeton pour le ticket</translation>
    </message>
    <message>
        <source>C&amp;opy token</source>
        <translation>C&amp;opier le jeton</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>Copier le jeton</translation>
    </message>
    <message>
        <source>Token length warning</source>
        <translation>Avertissement : longueur du jeton</translation>
    </message>
</context>
</TS>
