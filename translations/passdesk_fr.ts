<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>ConfigPage</name>
    <message>
        <source>Password org config</source>
        <translation>Configuration des mots de passe de l'organisation</translation>
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
        <source>When on, users see your organization's own instructions whenever they change or reset their password.</source>
        <translation>Si activé, les utilisateurs voient les consignes propres à votre organisation lorsqu'ils changent ou réinitialisent leur mot de passe.</translation>
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
        <translation>Durée pendant laquelle un code reste valable après sa génération. Plus court est plus sûr ; l'appelant doit l'utiliser à temps.</translation>
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
        <translation>Nombre de chiffres d'un code. Un code plus long est plus difficile à deviner mais plus long à lire.</translation>
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
</context>
<context>
    <name>ErrorView</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Error summary</source>
        <translation>Résumé de l'erreur</translation>
    </message>
    <message>
        <source>Server messages</source>
        <translation>Messages du serveur</translation>
    </message>
    <message>
        <source>The server has no text in your language, so it answered in its default language.</source>
        <translation>Le serveur n'a pas de texte dans votre langue ; il a donc répondu dans sa langue par défaut.</translation>
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
        <translation>Copier les détails de l'erreur</translation>
    </message>
    <message>
        <source>Copy everything a support ticket needs to the clipboard</source>
        <translation>Copier dans le presse-papiers tout ce qu'il faut pour un ticket de support</translation>
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
        <source>Active tenant</source>
        <translation>Locataire actif</translation>
    </message>
    <message>
        <source>Tenant name</source>
        <translation>Nom du locataire</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Adresse de l'API</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Version de l'API</translation>
    </message>
    <message>
        <source>API client</source>
        <translation>Client API</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Org config</source>
        <translation>Configuration de l'&amp;organisation</translation>
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
        <translation>Barre d'outils principale</translation>
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
</context>
<context>
    <name>Passdesk::AccessTokenProvider</name>
    <message>
        <source>The token endpoint answered without an access token.</source>
        <translation>Le point de terminaison des jetons a répondu sans jeton d'accès.</translation>
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
        <translation>Ce locataire est verrouillé en lecture seule dans Passdesk ; rien n'a été envoyé.</translation>
    </message>
    <message>
        <source>There are no changes to save.</source>
        <translation>Il n'y a aucune modification à enregistrer.</translation>
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
        <translation>La version d'API %1 n'offre pas de jeton numérique. Choisissez v2025, v2024, v2026, beta ou l'API v1 par service pour ce locataire.</translation>
    </message>
</context>
<context>
    <name>Passdesk::ApiError</name>
    <message>
        <source>Passdesk could not reach the server.</source>
        <translation>Passdesk n'a pas pu joindre le serveur.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n'a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The secure connection was refused: the server's certificate could not be verified.</source>
        <translation>La connexion sécurisée a été refusée : le certificat du serveur n'a pas pu être vérifié.</translation>
    </message>
    <message>
        <source>The server's answer could not be read.</source>
        <translation>La réponse du serveur n'a pas pu être lue.</translation>
    </message>
    <message>
        <source>The server's answer was too large (over 1 MiB) and was not read.</source>
        <translation>La réponse du serveur était trop volumineuse (plus de 1 Mio) et n'a pas été lue.</translation>
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
        <translation>Cette version d'API ne propose pas cette opération.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Rien n'a été envoyé : %1</translation>
    </message>
    <message>
        <source>The server refused the request as invalid (HTTP 400).</source>
        <translation>Le serveur a refusé la requête comme invalide (HTTP 400).</translation>
    </message>
    <message>
        <source>The server did not accept Passdesk's credentials (HTTP 401).</source>
        <translation>Le serveur n'a pas accepté les identifiants de Passdesk (HTTP 401).</translation>
    </message>
    <message>
        <source>This API client is not allowed to do that (HTTP 403).</source>
        <translation>Ce client API n'est pas autorisé à faire cela (HTTP 403).</translation>
    </message>
    <message>
        <source>The server does not have what was asked for (HTTP 404).</source>
        <translation>Le serveur n'a pas ce qui a été demandé (HTTP 404).</translation>
    </message>
    <message>
        <source>The request conflicts with the server's current state (HTTP 409).</source>
        <translation>La requête est en conflit avec l'état actuel du serveur (HTTP 409).</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests: the server asks Passdesk to wait %n second(s).</source>
        <translation><numerusform>Trop de requêtes : le serveur demande à Passdesk d'attendre %n seconde.</numerusform><numerusform>Trop de requêtes : le serveur demande à Passdesk d'attendre %n secondes.</numerusform></translation>
    </message>
    <message>
        <source>Too many requests: the server asks Passdesk to wait a moment.</source>
        <translation>Trop de requêtes : le serveur demande à Passdesk d'attendre un instant.</translation>
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
        <translation>Code d'erreur : %1</translation>
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
        <translation>Valable jusqu'au : %1</translation>
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
        <translation>Non pris en charge par cette version d'API</translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation>Saisie invalide</translation>
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
    <name>Passdesk::ConfigDialogs</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation><numerusform>%n minute</numerusform><numerusform>%n minutes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s)</source>
        <translation><numerusform>%n chiffre</numerusform><numerusform>%n chiffres</numerusform></translation>
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
        <source>&lt;p style="color:#b71c1c"&gt;&lt;b&gt;This is a production tenant.&lt;/b&gt; The change applies to every user and helpdesk agent at once.&lt;/p&gt;</source>
        <translation>&lt;p style="color:#b71c1c"&gt;&lt;b&gt;Ceci est un locataire de production.&lt;/b&gt; La modification s'applique immédiatement à tous les utilisateurs et agents du support.&lt;/p&gt;</translation>
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
        <source>&lt;p&gt;Someone changed the password org config on the server since you loaded it. Changes made there are in bold.&lt;/p&gt;&lt;table cellspacing="6"&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;Your version&lt;/th&gt;&lt;th&gt;Server's version&lt;/th&gt;&lt;/tr&gt;%1&lt;/table&gt;</source>
        <translation>&lt;p&gt;Quelqu'un a modifié la configuration des mots de passe sur le serveur depuis son chargement. Les changements faits là-bas sont en gras.&lt;/p&gt;&lt;table cellspacing="6"&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;Votre version&lt;/th&gt;&lt;th&gt;Version du serveur&lt;/th&gt;&lt;/tr&gt;%1&lt;/table&gt;</translation>
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
        <source>&amp;Take server's</source>
        <translation>&amp;Prendre la version du serveur</translation>
    </message>
    <message>
        <source>Reload the config?</source>
        <translation>Recharger la configuration ?</translation>
    </message>
    <message>
        <source>&lt;p&gt;Reloading replaces your unsaved changes with the server's values.&lt;/p&gt;</source>
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
    <name>Passdesk::ConfigPage</name>
    <message>
        <source>The org config has not been loaded yet.</source>
        <translation>La configuration n'a pas encore été chargée.</translation>
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
        <translation>Ce locataire n'a pas encore de configuration des mots de passe. Le formulaire montre les valeurs par défaut ; « Créer la configuration » les enregistre pour le locataire.</translation>
    </message>
    <message>
        <source>The config could not be reloaded; the form shows what was loaded before.</source>
        <translation>La configuration n'a pas pu être rechargée ; le formulaire montre ce qui avait été chargé.</translation>
    </message>
    <message>
        <source>The password org config could not be loaded.</source>
        <translation>La configuration des mots de passe n'a pas pu être chargée.</translation>
    </message>
    <message>
        <source>Saved value: %1</source>
        <translation>Valeur enregistrée : %1</translation>
    </message>
    <message>
        <source>This tenant is locked read-only in Passdesk: you can read the settings, and Passdesk sends no change.</source>
        <translation>Ce locataire est verrouillé en lecture seule dans Passdesk : vous pouvez lire les paramètres, et Passdesk n'envoie aucune modification.</translation>
    </message>
    <message>
        <source>This API client may read the settings but not change them: it lacks the scope %1.</source>
        <translation>Ce client API peut lire les paramètres mais pas les modifier : il lui manque la portée %1.</translation>
    </message>
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
    <message>
        <source>Checking the server's current values…</source>
        <translation>Vérification des valeurs actuelles du serveur…</translation>
    </message>
    <message>
        <source>Not saved: the server's current values could not be read. Your changes are still here.</source>
        <translation>Non enregistré : les valeurs actuelles du serveur n'ont pas pu être lues. Vos modifications sont toujours là.</translation>
    </message>
    <message>
        <source>Loaded the server's newer values at %1.</source>
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
        <translation>La configuration n'a pas été créée. Le formulaire garde vos valeurs.</translation>
    </message>
    <message>
        <source>The server refused the change (403): this API client is not allowed to change the org config. It needs the scope %1. Your changes are still in the form.</source>
        <translation>Le serveur a refusé la modification (403) : ce client API n'a pas le droit de modifier la configuration. Il lui faut la portée %1. Vos modifications sont toujours dans le formulaire.</translation>
    </message>
    <message>
        <source>Not saved: this API client may not change the org config. Your changes are still here.</source>
        <translation>Non enregistré : ce client API ne peut pas modifier la configuration. Vos modifications sont toujours là.</translation>
    </message>
    <message>
        <source>The server already has these values (checked at %1).</source>
        <translation>Le serveur a déjà ces valeurs (vérifié à %1).</translation>
    </message>
</context>
<context>
    <name>Passdesk::ConnectionSettings</name>
    <message>
        <source>Enter a tenant name (such as acme) or the API base URL.</source>
        <translation>Saisissez un nom de locataire (par exemple acme) ou l'URL de base de l'API.</translation>
    </message>
    <message>
        <source>The address is too long.</source>
        <translation>L'adresse est trop longue.</translation>
    </message>
    <message>
        <source>The address must not contain spaces or control characters.</source>
        <translation>L'adresse ne doit contenir ni espaces ni caractères de contrôle.</translation>
    </message>
    <message>
        <source>A tenant name has only letters, digits and inner hyphens (at most 63).</source>
        <translation>Un nom de locataire ne contient que des lettres, des chiffres et des tirets intérieurs (63 au plus).</translation>
    </message>
    <message>
        <source>This is neither a tenant name nor a valid URL.</source>
        <translation>Ce n'est ni un nom de locataire ni une URL valide.</translation>
    </message>
    <message>
        <source>Passdesk only connects over https; plain http is allowed only for this computer (loopback).</source>
        <translation>Passdesk ne se connecte qu'en https ; le http simple n'est permis que pour cet ordinateur (loopback).</translation>
    </message>
    <message>
        <source>The address must not contain a user name or password; Passdesk asks for credentials separately.</source>
        <translation>L'adresse ne doit contenir ni nom d'utilisateur ni mot de passe ; Passdesk demande les identifiants séparément.</translation>
    </message>
    <message>
        <source>The address must not have a query (?) or fragment (#).</source>
        <translation>L'adresse ne doit avoir ni requête (?) ni fragment (#).</translation>
    </message>
    <message>
        <source>The address must be the API base (such as https://acme.api.identitynow.com), without a path.</source>
        <translation>L'adresse doit être la base de l'API (par exemple https://acme.api.identitynow.com), sans chemin.</translation>
    </message>
</context>
<context>
    <name>Passdesk::DigitToken</name>
    <message>
        <source>The digit token answer is not a JSON object.</source>
        <translation>La réponse du jeton numérique n'est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The digit token from the server is not made of digits.</source>
        <translation>Le jeton numérique du serveur n'est pas composé de chiffres.</translation>
    </message>
    <message>
        <source>The server's answer has no digit token.</source>
        <translation>La réponse du serveur ne contient pas de jeton numérique.</translation>
    </message>
    <message>
        <source>The digit token from the server is a number that is not a whole, positive token.</source>
        <translation>Le jeton numérique du serveur est un nombre qui n'est pas un jeton entier et positif.</translation>
    </message>
    <message>
        <source>Enter the user's uid (their username).</source>
        <translation>Saisissez l'uid (le nom d'utilisateur) de l'utilisateur.</translation>
    </message>
    <message>
        <source>A uid is at most 128 characters long.</source>
        <translation>Un uid compte au plus 128 caractères.</translation>
    </message>
    <message>
        <source>The uid contains control characters; paste it again or pick the user from the list.</source>
        <translation>L'uid contient des caractères de contrôle ; collez-le à nouveau ou choisissez l'utilisateur dans la liste.</translation>
    </message>
    <message>
        <source>The token length must be between %1 and %2 digits.</source>
        <translation>La longueur du jeton doit être comprise entre %1 et %2 chiffres.</translation>
    </message>
    <message>
        <source>The token duration must be between %1 and %2 minutes.</source>
        <translation>La durée du jeton doit être comprise entre %1 et %2 minutes.</translation>
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
        <translation><numerusform>Vous pourrez réessayer dans %n seconde.</numerusform><numerusform>Vous pourrez réessayer dans %n secondes.</numerusform></translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Vous pouvez réessayer maintenant.</translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %n second(s). The server asked for a longer wait; Passdesk waits at most an hour.</source>
        <translation><numerusform>Vous pourrez réessayer dans %n seconde. Le serveur a demandé une attente plus longue ; Passdesk attend au plus une heure.</numerusform><numerusform>Vous pourrez réessayer dans %n secondes. Le serveur a demandé une attente plus longue ; Passdesk attend au plus une heure.</numerusform></translation>
    </message>
    <message>
        <source>Passdesk error report
Time: %1 (%2)
Tenant: %3
%4</source>
        <translation>Rapport d'erreur Passdesk
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
        <translation>Trop de requêtes : le serveur a demandé à Passdesk d'attendre avant de réessayer.</translation>
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
    <name>Passdesk::MainWindow</name>
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
        <translation>&lt;b&gt;Passdesk %1&lt;/b&gt; (build %2)&lt;br&gt;Configuration des mots de passe de l'organisation et jetons numériques du support pour Identity Security Cloud.&lt;br&gt;Compilé avec Qt %3, exécuté avec Qt %4.&lt;br&gt;Licence : MIT&lt;br&gt;Paramètres : %5</translation>
    </message>
</context>
<context>
    <name>Passdesk::NetworkErrors</name>
    <message>
        <source>The server refused the connection. Is the address right and the service running?</source>
        <translation>Le serveur a refusé la connexion. L'adresse est-elle correcte et le service démarré ?</translation>
    </message>
    <message>
        <source>The server closed the connection before the answer was complete.</source>
        <translation>Le serveur a fermé la connexion avant la fin de la réponse.</translation>
    </message>
    <message>
        <source>The server's name could not be found. Check the tenant name and your network.</source>
        <translation>Le nom du serveur est introuvable. Vérifiez le nom du locataire et votre réseau.</translation>
    </message>
    <message>
        <source>The server took too long to answer, so Passdesk stopped waiting.</source>
        <translation>Le serveur a mis trop de temps à répondre ; Passdesk a cessé d'attendre.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>A secure (TLS) connection could not be established; the server's certificate was not accepted.</source>
        <translation>Impossible d'établir une connexion sécurisée (TLS) ; le certificat du serveur n'a pas été accepté.</translation>
    </message>
    <message>
        <source>The network is not available right now.</source>
        <translation>Le réseau n'est pas disponible pour le moment.</translation>
    </message>
    <message>
        <source>The system does not allow network access in the background.</source>
        <translation>Le système n'autorise pas l'accès au réseau en arrière-plan.</translation>
    </message>
    <message>
        <source>The server redirected the request; Passdesk does not follow redirects.</source>
        <translation>Le serveur a redirigé la requête ; Passdesk ne suit pas les redirections.</translation>
    </message>
    <message>
        <source>The proxy server did not pass the request on. Check the system's proxy settings.</source>
        <translation>Le serveur proxy n'a pas transmis la requête. Vérifiez les paramètres de proxy du système.</translation>
    </message>
    <message>
        <source>The server's answer broke the HTTP protocol.</source>
        <translation>La réponse du serveur ne respectait pas le protocole HTTP.</translation>
    </message>
    <message>
        <source>An unknown network error occurred.</source>
        <translation>Une erreur réseau inconnue s'est produite.</translation>
    </message>
    <message>
        <source>A network error occurred (code %1).</source>
        <translation>Une erreur réseau s'est produite (code %1).</translation>
    </message>
    <message>
        <source>The server refused to hand out or change the requested content (code %1).</source>
        <translation>Le serveur a refusé de fournir ou de modifier le contenu demandé (code %1).</translation>
    </message>
    <message>
        <source>The server could not handle the request (code %1).</source>
        <translation>Le serveur n'a pas pu traiter la requête (code %1).</translation>
    </message>
</context>
<context>
    <name>Passdesk::OrgConfig</name>
    <message>
        <source>The password org config from the server is not a JSON object.</source>
        <translation>La configuration des mots de passe du serveur n'est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The server sent %1 as something other than true or false.</source>
        <translation>Le serveur a envoyé %1 sous une autre forme que true ou false.</translation>
    </message>
    <message>
        <source>The server sent %1 as something other than a whole number.</source>
        <translation>Le serveur a envoyé %1 sous une autre forme qu'un nombre entier.</translation>
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
    <name>Passdesk::PublicIdentity</name>
    <message>
        <source>The identity list from the server is not a JSON array.</source>
        <translation>La liste d'identités du serveur n'est pas un tableau JSON.</translation>
    </message>
    <message>
        <source>The identity list holds an entry that is not an identity.</source>
        <translation>La liste d'identités contient une entrée qui n'est pas une identité.</translation>
    </message>
</context>
<context>
    <name>Passdesk::ReplyErrors</name>
    <message>
        <source>The answer was larger than 1 MiB and was not read.</source>
        <translation>La réponse dépassait 1 Mio et n'a pas été lue.</translation>
    </message>
    <message>
        <source>The server redirected to %1; Passdesk does not follow redirects.</source>
        <translation>Le serveur a redirigé vers %1 ; Passdesk ne suit pas les redirections.</translation>
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
        <translation>Passdesk : la configuration des mots de passe de l'organisation et les jetons numériques du support d'Identity Security Cloud.</translation>
    </message>
    <message>
        <source>Start on the embedded sandbox tenant.</source>
        <translation>Démarrer sur le locataire bac à sable intégré.</translation>
    </message>
    <message>
        <source>Sign in to the sandbox as this built-in client: admin, helpdesk or readonly.</source>
        <translation>Se connecter au bac à sable avec ce client intégré : admin, helpdesk ou readonly.</translation>
    </message>
    <message>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <source>Use this user interface language (e.g. de).</source>
        <translation>Utiliser cette langue pour l'interface (par ex. de).</translation>
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
        <source>Unknown sandbox client "%1"; use admin, helpdesk or readonly.</source>
        <translation>Client bac à sable inconnu « %1 » ; utilisez admin, helpdesk ou readonly.</translation>
    </message>
    <message>
        <source>Unexpected argument "%1".</source>
        <translation>Argument inattendu « %1 ».</translation>
    </message>
    <message>
        <source>Passdesk needs a graphical display, and none was found (DISPLAY is not set). Run it on a desktop, or without one as: xvfb-run -a passdesk --sandbox</source>
        <translation>Passdesk a besoin d'un affichage graphique et n'en a trouvé aucun (DISPLAY n'est pas défini). Lancez-le sur un bureau, ou sans affichage ainsi : xvfb-run -a passdesk --sandbox</translation>
    </message>
</context>
<context>
    <name>Passdesk::TokenDialog</name>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>%1 · %2 · inactive (%3): check before resetting</source>
        <translation>%1 · %2 · inactif (%3) : à vérifier avant la réinitialisation</translation>
    </message>
    <message>
        <source>%1 · %2 · active</source>
        <translation>%1 · %2 · actif</translation>
    </message>
    <message>
        <source>The lookup failed (%1); you can still type the exact uid.</source>
        <translation>La recherche a échoué (%1) ; vous pouvez quand même saisir l'uid exact.</translation>
    </message>
    <message>
        <source>Generate digit token – %1</source>
        <translation>Générer un jeton numérique – %1</translation>
    </message>
    <message>
        <source>Digit tokens are turned off for this tenant, so the server will refuse to generate one. An org admin can turn them on in the Password Org Config.</source>
        <translation>Les jetons numériques sont désactivés pour ce locataire : le serveur refusera d'en générer. Un administrateur de l'organisation peut les activer dans la configuration des mots de passe.</translation>
    </message>
    <message>
        <source>This connection uses API %1, which has no digit tokens. Use v2025, v2024, v2026, beta or the per-service v1 API.</source>
        <translation>Cette connexion utilise l'API %1, qui n'a pas de jetons numériques. Utilisez v2025, v2024, v2026, beta ou l'API v1 par service.</translation>
    </message>
    <message>
        <source>Verify the caller's identity first.</source>
        <translation>Vérifiez d'abord l'identité de l'appelant.</translation>
    </message>
    <message>
        <source>Save token history</source>
        <translation>Enregistrer l'historique des jetons</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The history could not be saved to %1: %2</source>
        <translation>L'historique n'a pas pu être enregistré dans %1 : %2</translation>
    </message>
    <message>
        <source>Expires in %1 (at %2).</source>
        <translation>Expire dans %1 (à %2).</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>This token expired at %1 and is hidden. Generate a new one if the caller still needs it.</source>
        <translation>Ce jeton a expiré à %1 et est masqué. Générez-en un nouveau si l'appelant en a encore besoin.</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n second(s).</source>
        <translation><numerusform>Copié. Le presse-papiers sera vidé dans %n seconde.</numerusform><numerusform>Copié. Le presse-papiers sera vidé dans %n secondes.</numerusform></translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared when Passdesk quits.</source>
        <translation>Copié. Le presse-papiers sera vidé à la fermeture de Passdesk.</translation>
    </message>
    <message>
        <source>Generate digit token</source>
        <translation>Générer un jeton numérique</translation>
    </message>
    <message>
        <source>The server asked Passdesk to wait before the next request.</source>
        <translation>Le serveur a demandé à Passdesk d'attendre avant la prochaine requête.</translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s), read out in groups</source>
        <translation><numerusform>%n chiffre, lu par groupes</numerusform><numerusform>%n chiffres, lus par groupes</numerusform></translation>
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
        <translation><numerusform>Longueur : %n chiffre</numerusform><numerusform>Longueur : %n chiffres</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Valid for: %n minute(s)</source>
        <translation><numerusform>Valable : %n minute</numerusform><numerusform>Valable : %n minutes</numerusform></translation>
    </message>
    <message>
        <source>Generated: %1</source>
        <translation>Généré : %1</translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation>Expire : %1</translation>
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
        <translation><numerusform>%n chiffre, valable %1 minutes</numerusform><numerusform>%n chiffres, valable %1 minutes</numerusform></translation>
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
        <translation>Langue de l'interface</translation>
    </message>
    <message>
        <source>Also the language Passdesk asks the server to answer in</source>
        <translation>C'est aussi la langue dans laquelle Passdesk demande au serveur de répondre</translation>
    </message>
    <message>
        <source>Helpdesk staff must confirm they &amp;verified the caller</source>
        <translation>Le support doit confirmer avoir &amp;vérifié l'appelant</translation>
    </message>
    <message>
        <source>Require caller verification</source>
        <translation>Exiger la vérification de l'appelant</translation>
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
        <translation>Secondes avant l'effacement d'un jeton copié</translation>
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
        <translation>Remarque sur la version d'API</translation>
    </message>
    <message>
        <source>Caller's &amp;user:</source>
        <translation>&amp;Utilisateur appelant :</translation>
    </message>
    <message>
        <source>Type a name, email or uid</source>
        <translation>Saisissez un nom, un e-mail ou un uid</translation>
    </message>
    <message>
        <source>Caller's user</source>
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
        <translation>Problème d'utilisateur</translation>
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
        <source>I have &amp;verified the caller's identity</source>
        <translation>J'ai &amp;vérifié l'identité de l'appelant</translation>
    </message>
    <message>
        <source>Caller identity verified</source>
        <translation>Identité de l'appelant vérifiée</translation>
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
        <source>Token to read out</source>
        <translation>Jeton à lire</translation>
    </message>
    <message>
        <source>Digit token</source>
        <translation>Jeton numérique</translation>
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
        <source>Copy token</source>
        <translation>Copier le jeton</translation>
    </message>
    <message>
        <source>Session &amp;history</source>
        <translation>&amp;Historique de la session</translation>
    </message>
    <message>
        <source>Tokens generated in this session. The digits are never kept.</source>
        <translation>Jetons générés pendant cette session. Les chiffres ne sont jamais conservés.</translation>
    </message>
    <message>
        <source>About the history</source>
        <translation>À propos de l'historique</translation>
    </message>
    <message>
        <source>Tokens generated in this session</source>
        <translation>Jetons générés pendant cette session</translation>
    </message>
    <message>
        <source>Copy history as text</source>
        <translation>Copier l'historique en texte</translation>
    </message>
    <message>
        <source>&amp;Save as CSV…</source>
        <translation>&amp;Enregistrer en CSV…</translation>
    </message>
    <message>
        <source>Save history as CSV</source>
        <translation>Enregistrer l'historique en CSV</translation>
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
        <source>Clipboard status</source>
        <translation>État du presse-papiers</translation>
    </message>
    <message>
        <source>Session history</source>
        <translation>Historique de la session</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Boutons de la boîte de dialogue</translation>
    </message>
    <message>
        <source>C&amp;opy token</source>
        <translation>C&amp;opier le jeton</translation>
    </message>
    <message>
        <source>Cop&amp;y as text</source>
        <translation>Copier en te&amp;xte</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Sandbox tenant</source>
        <translation>Locataire bac à sable</translation>
    </message>
    <message>
        <source>The sandbox tenant could not listen on a loopback port.</source>
        <translation>Le locataire bac à sable n'a pu écouter sur aucun port loopback.</translation>
    </message>
</context>
</TS>