<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>BrowserSignInDialog</name>
    <message>
        <source>Sign in with the browser</source>
        <translation>Im Browser anmelden</translation>
    </message>
    <message>
        <source>Sign in to the tenant with the browser</source>
        <translation>Im Browser beim Mandanten anmelden</translation>
    </message>
    <message>
        <source>Why Passdesk asks</source>
        <translation>Warum Passdesk fragt</translation>
    </message>
    <message>
        <source>Sign in with the &amp;browser</source>
        <translation>Im &amp;Browser anmelden</translation>
    </message>
    <message>
        <source>&amp;Copy the sign-in address</source>
        <translation>Anmeldeadresse &amp;kopieren</translation>
    </message>
    <message>
        <source>For a browser Passdesk could not open itself</source>
        <translation>Für einen Browser, den Passdesk nicht selbst öffnen konnte</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Anmeldestatus</translation>
    </message>
    <message>
        <source>Or &amp;paste the code:</source>
        <translation>Oder Code &amp;einfügen:</translation>
    </message>
    <message>
        <source>The code, or the whole address the browser shows</source>
        <translation>Der Code oder die ganze Adresse, die der Browser zeigt</translation>
    </message>
    <message>
        <source>Sign-in code or redirect address</source>
        <translation>Anmeldecode oder Umleitungsadresse</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>&amp;Verwenden</translation>
    </message>
    <message>
        <source>Use the pasted code</source>
        <translation>Eingefügten Code verwenden</translation>
    </message>
    <message>
        <source>Where the sign-in is kept</source>
        <translation>Wo die Anmeldung aufbewahrt wird</translation>
    </message>
</context>
<context>
    <name>ConfigPage</name>
    <message>
        <source>Password org config</source>
        <translation>Passwort-Organisationskonfiguration</translation>
    </message>
    <message>
        <source>Config status</source>
        <translation>Status der Konfiguration</translation>
    </message>
    <message>
        <source>Request in progress</source>
        <translation>Anfrage läuft</translation>
    </message>
    <message>
        <source>Read-only notice</source>
        <translation>Hinweis: nur lesen</translation>
    </message>
    <message>
        <source>Password instructions</source>
        <translation>Passworthinweise</translation>
    </message>
    <message>
        <source>Show custom password instructions</source>
        <translation>Eigene Passworthinweise anzeigen</translation>
    </message>
    <message>
        <source>Custom password instructions</source>
        <translation>Eigene Passworthinweise</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Changed since loaded</source>
        <translation>Seit dem Laden geändert</translation>
    </message>
    <message>
        <source>When on, users see your organization&apos;s own instructions whenever they change or reset their password.</source>
        <translation>Wenn eingeschaltet, sehen Benutzer beim Ändern oder Zurücksetzen ihres Passworts die eigenen Hinweise Ihrer Organisation.</translation>
    </message>
    <message>
        <source>About custom password instructions</source>
        <translation>Über eigene Passworthinweise</translation>
    </message>
    <message>
        <source>Digit tokens for helpdesk resets</source>
        <translation>Zifferntoken für das Zurücksetzen durch den Helpdesk</translation>
    </message>
    <message>
        <source>Allow helpdesk staff to generate digit tokens</source>
        <translation>Helpdesk-Mitarbeitern das Erzeugen von Zifferntoken erlauben</translation>
    </message>
    <message>
        <source>Digit tokens enabled</source>
        <translation>Zifferntoken aktiviert</translation>
    </message>
    <message>
        <source>A digit token is a one-time numeric code that the helpdesk reads out to a locked-out user, who types it to reset their password.</source>
        <translation>Ein Zifferntoken ist ein einmaliger Zahlencode, den der Helpdesk einem gesperrten Benutzer vorliest; dieser gibt ihn ein, um sein Passwort zurückzusetzen.</translation>
    </message>
    <message>
        <source>About digit tokens</source>
        <translation>Über Zifferntoken</translation>
    </message>
    <message>
        <source>Token &amp;lifetime:</source>
        <translation>Token-&amp;Gültigkeit:</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>Digit token lifetime in minutes</source>
        <translation>Token-Gültigkeit in Minuten</translation>
    </message>
    <message>
        <source>From 1 to 60 minutes</source>
        <translation>Von 1 bis 60 Minuten</translation>
    </message>
    <message>
        <source>How long a code stays valid after the helpdesk generates it. Shorter is safer; the caller must use it in time.</source>
        <translation>Wie lange ein Code nach dem Erzeugen gültig bleibt. Kürzer ist sicherer; der Anrufer muss ihn rechtzeitig verwenden.</translation>
    </message>
    <message>
        <source>About the token lifetime</source>
        <translation>Über die Token-Gültigkeit</translation>
    </message>
    <message>
        <source>Token le&amp;ngth:</source>
        <translation>Token&amp;länge:</translation>
    </message>
    <message>
        <source> digits</source>
        <translation> Ziffern</translation>
    </message>
    <message>
        <source>Digit token length in digits</source>
        <translation>Tokenlänge in Ziffern</translation>
    </message>
    <message>
        <source>From 6 to 18 digits</source>
        <translation>Von 6 bis 18 Ziffern</translation>
    </message>
    <message>
        <source>How many digits a code has. Longer codes are harder to guess and take longer to read out.</source>
        <translation>Wie viele Ziffern ein Code hat. Längere Codes sind schwerer zu erraten, aber länger vorzulesen.</translation>
    </message>
    <message>
        <source>About the token length</source>
        <translation>Über die Tokenlänge</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Create config</source>
        <translation>Konfiguration &amp;anlegen</translation>
    </message>
    <message>
        <source>Create config</source>
        <translation>Konfiguration anlegen</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Config error</source>
        <translation>Konfigurationsfehler</translation>
    </message>
    <message>
        <source>Values the server stored differently</source>
        <translation>Vom Server anders gespeicherte Werte</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>Anfrage abbrechen</translation>
    </message>
    <message>
        <source>Stop waiting for the server; your changes stay in the form</source>
        <translation>Nicht länger auf den Server warten; Ihre Änderungen bleiben im Formular</translation>
    </message>
</context>
<context>
    <name>ErrorView</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Error summary</source>
        <translation>Fehlerzusammenfassung</translation>
    </message>
    <message>
        <source>Server messages</source>
        <translation>Meldungen des Servers</translation>
    </message>
    <message>
        <source>The server has no text in your language, so it answered in its default language.</source>
        <translation>Der Server hat keinen Text in Ihrer Sprache und hat daher in seiner Standardsprache geantwortet.</translation>
    </message>
    <message>
        <source>Language note</source>
        <translation>Sprachhinweis</translation>
    </message>
    <message>
        <source>Detail code</source>
        <translation>Detailcode</translation>
    </message>
    <message>
        <source>Tracking ID</source>
        <translation>Tracking-ID</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Anfrage-ID</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Zertifikat:</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>Zertifikatsdetails</translation>
    </message>
    <message>
        <source>Retry countdown</source>
        <translation>Countdown bis zur Wiederholung</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <source>Copy error details</source>
        <translation>Fehlerdetails kopieren</translation>
    </message>
    <message>
        <source>Copy everything a support ticket needs to the clipboard</source>
        <translation>Alles, was ein Support-Ticket braucht, in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
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
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Org config</source>
        <translation>&amp;Organisationskonfiguration</translation>
    </message>
    <message>
        <source>H&amp;elpdesk</source>
        <translation>H&amp;elpdesk</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Generate digit token…</source>
        <translation>Ziffern&amp;token erzeugen…</translation>
    </message>
    <message>
        <source>Generate a digit token for a caller (Ctrl+G)</source>
        <translation>Ein Zifferntoken für einen Anrufer erzeugen (Strg+G)</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Passdesk</source>
        <translation>&amp;Über Passdesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Tenant</source>
        <translation>&amp;Mandant</translation>
    </message>
    <message>
        <source>&amp;Tenants…</source>
        <translation>&amp;Mandanten…</translation>
    </message>
    <message>
        <source>Add, edit, remove and test tenants (Ctrl+T)</source>
        <translation>Mandanten hinzufügen, bearbeiten, entfernen und testen (Strg+T)</translation>
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
        <translation>Fügen Sie ein Zugriffstoken ein.</translation>
    </message>
    <message>
        <source>This is too long to be an access token.</source>
        <translation>Das ist zu lang für ein Zugriffstoken.</translation>
    </message>
    <message>
        <source>An access token has only letters, digits and - . _ ~ + / =; check what was pasted.</source>
        <translation>Ein Zugriffstoken besteht nur aus Buchstaben, Ziffern und - . _ ~ + / =; prüfen Sie, was eingefügt wurde.</translation>
    </message>
    <message>
        <source>This access token expired on %1.</source>
        <translation>Dieses Zugriffstoken ist seit %1 abgelaufen.</translation>
    </message>
</context>
<context>
    <name>Passdesk::AccessTokenProvider</name>
    <message>
        <source>The pasted access token expired at %1. Paste a new one to go on.</source>
        <translation>Das eingefügte Zugriffstoken ist seit %1 abgelaufen. Fügen Sie ein neues ein, um fortzufahren.</translation>
    </message>
    <message>
        <source>Paste an access token for this tenant.</source>
        <translation>Fügen Sie ein Zugriffstoken für diesen Mandanten ein.</translation>
    </message>
    <message>
        <source>The pasted access token has expired. Paste a new one to go on.</source>
        <translation>Das eingefügte Zugriffstoken ist abgelaufen. Fügen Sie ein neues ein, um fortzufahren.</translation>
    </message>
    <message>
        <source>Passdesk has no client secret for this tenant. Enter it to sign in.</source>
        <translation>Passdesk hat kein Client-Geheimnis für diesen Mandanten. Geben Sie es ein, um sich anzumelden.</translation>
    </message>
    <message>
        <source>The server refused the pasted access token (it may have expired or been revoked). Paste a new one to go on.</source>
        <translation>Der Server hat das eingefügte Zugriffstoken abgelehnt (es ist vielleicht abgelaufen oder widerrufen). Fügen Sie ein neues ein, um fortzufahren.</translation>
    </message>
    <message>
        <source>You signed out. Paste an access token to sign in again.</source>
        <translation>Sie haben sich abgemeldet. Fügen Sie ein Zugriffstoken ein, um sich wieder anzumelden.</translation>
    </message>
    <message>
        <source>The pasted access token has characters an access token cannot have; nothing was sent with it. Paste it again.</source>
        <translation>Das eingefügte Zugriffstoken enthält Zeichen, die ein Zugriffstoken nicht haben kann; damit wurde nichts gesendet. Fügen Sie es erneut ein.</translation>
    </message>
    <message>
        <source>the %1 header would have carried characters a header cannot have.</source>
        <translation>der Header %1 hätte Zeichen enthalten, die ein Header nicht enthalten kann.</translation>
    </message>
    <message>
        <source>Sign in with the browser to use this tenant.</source>
        <translation>Melden Sie sich im Browser an, um diesen Mandanten zu nutzen.</translation>
    </message>
    <message>
        <source>You signed out. Sign in with the browser to go on.</source>
        <translation>Sie haben sich abgemeldet. Melden Sie sich im Browser an, um fortzufahren.</translation>
    </message>
    <message>
        <source>Your browser sign-in has ended (the tenant said: %1). Sign in with the browser again; what you typed stays where it is.</source>
        <translation>Ihre Browser-Anmeldung ist beendet (der Mandant meldete: %1). Melden Sie sich erneut im Browser an; was Sie eingegeben haben, bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>Passdesk::ApiClient</name>
    <message>
        <source>Load password org config</source>
        <translation>Passwort-Organisationskonfiguration laden</translation>
    </message>
    <message>
        <source>Save password org config</source>
        <translation>Passwort-Organisationskonfiguration speichern</translation>
    </message>
    <message>
        <source>This tenant is locked read-only in Passdesk; nothing was sent.</source>
        <translation>Dieser Mandant ist in Passdesk schreibgeschützt; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>There are no changes to save.</source>
        <translation>Es gibt keine Änderungen zu speichern.</translation>
    </message>
    <message>
        <source>Create password org config</source>
        <translation>Passwort-Organisationskonfiguration anlegen</translation>
    </message>
    <message>
        <source>Generate digit token</source>
        <translation>Zifferntoken erzeugen</translation>
    </message>
    <message>
        <source>Look up identities</source>
        <translation>Identitäten suchen</translation>
    </message>
    <message>
        <source>API version %1 has no digit token operation. Choose v2025, v2024, v2026, beta or the per-service v1 API for this tenant.</source>
        <translation>Die API-Version %1 bietet keine Zifferntoken. Wählen Sie für diesen Mandanten v2025, v2024, v2026, beta oder die v1-API pro Dienst.</translation>
    </message>
</context>
<context>
    <name>Passdesk::ApiError</name>
    <message>
        <source>Passdesk could not reach the server.</source>
        <translation>Passdesk konnte den Server nicht erreichen.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The secure connection was refused: the server&apos;s certificate could not be verified.</source>
        <translation>Die sichere Verbindung wurde abgelehnt: Das Zertifikat des Servers konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large (over 1 MiB) and was not read.</source>
        <translation>Die Antwort des Servers war zu groß (über 1 MiB) und wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The server sent Passdesk elsewhere (HTTP %1); Passdesk does not follow redirects.</source>
        <translation>Der Server hat Passdesk anderswohin geschickt (HTTP %1); Passdesk folgt keinen Umleitungen.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>This API version does not offer that operation.</source>
        <translation>Diese API-Version bietet diesen Vorgang nicht an.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Nichts wurde gesendet: %1</translation>
    </message>
    <message>
        <source>The server refused the request as invalid (HTTP 400).</source>
        <translation>Der Server hat die Anfrage als ungültig abgelehnt (HTTP 400).</translation>
    </message>
    <message>
        <source>The server did not accept Passdesk&apos;s credentials (HTTP 401).</source>
        <translation>Der Server hat die Zugangsdaten von Passdesk nicht akzeptiert (HTTP 401).</translation>
    </message>
    <message>
        <source>This API client is not allowed to do that (HTTP 403).</source>
        <translation>Dieser API-Client darf das nicht (HTTP 403).</translation>
    </message>
    <message>
        <source>The server does not have what was asked for (HTTP 404).</source>
        <translation>Der Server hat das Angefragte nicht (HTTP 404).</translation>
    </message>
    <message>
        <source>The request conflicts with the server&apos;s current state (HTTP 409).</source>
        <translation>Die Anfrage steht im Widerspruch zum aktuellen Stand des Servers (HTTP 409).</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests: the server asks Passdesk to wait %n second(s).</source>
        <translation>
            <numerusform>Zu viele Anfragen: Der Server bittet Passdesk, %n Sekunde zu warten.</numerusform>
            <numerusform>Zu viele Anfragen: Der Server bittet Passdesk, %n Sekunden zu warten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests: the server asks Passdesk to wait a moment.</source>
        <translation>Zu viele Anfragen: Der Server bittet Passdesk, einen Moment zu warten.</translation>
    </message>
    <message>
        <source>The server had an internal problem (HTTP %1).</source>
        <translation>Der Server hatte ein internes Problem (HTTP %1).</translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP %1).</source>
        <translation>Der Server hat mit einem Fehler geantwortet (HTTP %1).</translation>
    </message>
    <message>
        <source>Operation: %1</source>
        <translation>Vorgang: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Art: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP-Status: %1</translation>
    </message>
    <message>
        <source>detailCode: %1</source>
        <translation>detailCode: %1</translation>
    </message>
    <message>
        <source>trackingId: %1</source>
        <translation>trackingId: %1</translation>
    </message>
    <message>
        <source>SLPT-Request-ID: %1</source>
        <translation>SLPT-Request-ID: %1</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Fehlercode: %1</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Beschreibung: %1</translation>
    </message>
    <message>
        <source>Messages:
%1</source>
        <translation>Meldungen:
%1</translation>
    </message>
    <message>
        <source>Causes:
%1</source>
        <translation>Ursachen:
%1</translation>
    </message>
    <message>
        <source>Response: %1</source>
        <translation>Antwort: %1</translation>
    </message>
    <message>
        <source>Retry-After: %1 s</source>
        <translation>Retry-After: %1 s</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Detail: %1</translation>
    </message>
    <message>
        <source>Certificate subject: %1</source>
        <translation>Zertifikatsinhaber: %1</translation>
    </message>
    <message>
        <source>Certificate issuer: %1</source>
        <translation>Zertifikatsaussteller: %1</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256-Fingerabdruck: %1</translation>
    </message>
    <message>
        <source>Valid from: %1</source>
        <translation>Gültig ab: %1</translation>
    </message>
    <message>
        <source>Valid until: %1</source>
        <translation>Gültig bis: %1</translation>
    </message>
    <message>
        <source>Certificate problems: %1</source>
        <translation>Zertifikatsprobleme: %1</translation>
    </message>
    <message>
        <source>No error</source>
        <translation>Kein Fehler</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>TLS-Fehler</translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation>HTTP-Fehler</translation>
    </message>
    <message>
        <source>Unreadable answer</source>
        <translation>Unlesbare Antwort</translation>
    </message>
    <message>
        <source>Answer too large</source>
        <translation>Antwort zu groß</translation>
    </message>
    <message>
        <source>Redirect refused</source>
        <translation>Umleitung abgelehnt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Not supported by this API version</source>
        <translation>Von dieser API-Version nicht unterstützt</translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation>Ungültige Eingabe</translation>
    </message>
    <message>
        <source>Sign in again: %1</source>
        <translation>Erneut anmelden: %1</translation>
    </message>
    <message>
        <source>Credentials needed</source>
        <translation>Zugangsdaten erforderlich</translation>
    </message>
    <message>
        <source>The server&apos;s headers were too large (over 64 KiB) and were not read.</source>
        <translation>Die Header des Servers waren zu groß (über 64 KiB) und wurden nicht gelesen.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be unpacked.</source>
        <translation>Die Antwort des Servers ließ sich nicht entpacken.</translation>
    </message>
    <message>
        <source>Headers too large</source>
        <translation>Header zu groß</translation>
    </message>
    <message>
        <source>Answer could not be unpacked</source>
        <translation>Antwort nicht entpackbar</translation>
    </message>
</context>
<context>
    <name>Passdesk::ApiVersion</name>
    <message>
        <source>v2025 (current)</source>
        <translation>v2025 (aktuell)</translation>
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
        <translation>v3 (nur Konfiguration, keine Zifferntoken)</translation>
    </message>
    <message>
        <source>per-service v1</source>
        <translation>v1 pro Dienst</translation>
    </message>
</context>
<context>
    <name>Passdesk::BrowserSignIn</name>
    <message>
        <source>This tenant has no usable OAuth client ID for the browser sign-in. Enter the one the org admin registered in the tenant&apos;s settings.</source>
        <translation>Dieser Mandant hat keine verwendbare OAuth-Client-ID für die Browser-Anmeldung. Tragen Sie die vom Org-Admin registrierte in den Einstellungen des Mandanten ein.</translation>
    </message>
    <message>
        <source>Passdesk could not find this tenant&apos;s sign-in page: %1/oauth/info did not name one (%2).</source>
        <translation>Passdesk hat die Anmeldeseite dieses Mandanten nicht gefunden: %1/oauth/info hat keine genannt (%2).</translation>
    </message>
    <message>
        <source>The pasted address is not the one the sign-in sends the browser to (%1).</source>
        <translation>Die eingefügte Adresse ist nicht die, zu der die Anmeldung den Browser schickt (%1).</translation>
    </message>
    <message>
        <source>The pasted address belongs to another sign-in (its state does not match), so Passdesk refused it. Sign in again.</source>
        <translation>Die eingefügte Adresse gehört zu einer anderen Anmeldung (ihr state passt nicht), daher hat Passdesk sie abgelehnt. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The sign-in was refused in the browser (%1).</source>
        <translation>Die Anmeldung wurde im Browser abgelehnt (%1).</translation>
    </message>
    <message>
        <source>This is neither a sign-in code nor the address the browser shows after signing in.</source>
        <translation>Das ist weder ein Anmeldecode noch die Adresse, die der Browser nach der Anmeldung zeigt.</translation>
    </message>
    <message>
        <source>The tenant did not accept the sign-in: %1</source>
        <translation>Der Mandant hat die Anmeldung nicht angenommen: %1</translation>
    </message>
</context>
<context>
    <name>Passdesk::BrowserSignInDialog</name>
    <message>
        <source>Waiting for the browser: sign in there, and Passdesk goes on by itself. If the browser cannot come back, paste the code or the address it shows below.</source>
        <translation>Warten auf den Browser: Melden Sie sich dort an, Passdesk macht dann von selbst weiter. Kann der Browser nicht zurückkehren, fügen Sie unten den Code oder die Adresse ein, die er zeigt.</translation>
    </message>
    <message>
        <source>Passdesk could not open a browser. Copy the sign-in address, open it in a browser, and sign in there; Passdesk waits for it.</source>
        <translation>Passdesk konnte keinen Browser öffnen. Kopieren Sie die Anmeldeadresse, öffnen Sie sie in einem Browser und melden Sie sich dort an; Passdesk wartet darauf.</translation>
    </message>
    <message>
        <source>The browser came back; finishing the sign-in…</source>
        <translation>Der Browser ist zurück; die Anmeldung wird abgeschlossen…</translation>
    </message>
    <message>
        <source>Finding the tenant&apos;s sign-in page…</source>
        <translation>Anmeldeseite des Mandanten wird gesucht…</translation>
    </message>
    <message>
        <source>Sign in &amp;again</source>
        <translation>&amp;Erneut anmelden</translation>
    </message>
    <message>
        <source>Sign in with the &amp;browser</source>
        <translation>Im &amp;Browser anmelden</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <source>Passdesk opens your browser at the tenant&apos;s sign-in page. Sign in there as yourself; Passdesk then works with your user level.</source>
        <translation>Passdesk öffnet Ihren Browser mit der Anmeldeseite des Mandanten. Melden Sie sich dort als Sie selbst an; Passdesk arbeitet dann mit Ihrer Benutzerstufe.</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Passdesk keeps the sign-in (a refresh token, never the access token) in the system keychain, so it lasts a working day; Sign out deletes it.</source>
        <translation>Passdesk bewahrt die Anmeldung (ein Aktualisierungstoken, nie das Zugriffstoken) im Schlüsselbund des Systems auf, damit sie einen Arbeitstag hält; Abmelden löscht sie.</translation>
    </message>
    <message>
        <source>No system keychain is available: the sign-in lives in memory only and ends when Passdesk quits.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar: Die Anmeldung liegt nur im Arbeitsspeicher und endet, wenn Passdesk beendet wird.</translation>
    </message>
</context>
<context>
    <name>Passdesk::CallerDetails</name>
    <message>
        <source>%1 · %2 · inactive (%3): check before resetting</source>
        <translation>%1 · %2 · inaktiv (%3): vor dem Zurücksetzen prüfen</translation>
    </message>
    <message>
        <source>%1 · %2 · active</source>
        <translation>%1 · %2 · aktiv</translation>
    </message>
    <message>
        <source>Looking callers up is off: %1. Only a user&apos;s token may look people up; type the caller&apos;s exact uid.</source>
        <translation>Die Suche nach Anrufern ist aus: %1. Nur das Token eines Benutzers darf Personen suchen; geben Sie die genaue uid des Anrufers ein.</translation>
    </message>
    <message>
        <source>The lookup failed (%1); you can still type the exact uid.</source>
        <translation>Die Suche ist fehlgeschlagen (%1); Sie können die genaue UID trotzdem eingeben.</translation>
    </message>
</context>
<context>
    <name>Passdesk::ConfigAccessNotice</name>
    <message>
        <source>This tenant is locked read-only in Passdesk: you can read the settings, and Passdesk sends no change.</source>
        <translation>Dieser Mandant ist in Passdesk schreibgeschützt: Sie können die Einstellungen lesen, und Passdesk sendet keine Änderung.</translation>
    </message>
    <message>
        <source>The server refused the change (403): this API client is not allowed to change the org config. It needs the scope %1. Your changes are still in the form.</source>
        <translation>Der Server hat die Änderung abgelehnt (403): Dieser API-Client darf die Organisationskonfiguration nicht ändern. Er braucht den Geltungsbereich %1. Ihre Änderungen stehen noch im Formular.</translation>
    </message>
    <message>
        <source>You are signed in as %1 with the user level %2, which may read the settings but not change them (it lacks the scope %3). Someone with the user level Org admin can change them.</source>
        <translation>Sie sind als %1 mit der Benutzerstufe %2 angemeldet, die die Einstellungen lesen, aber nicht ändern darf (ihr fehlt der Scope %3). Jemand mit der Benutzerstufe Org-Admin kann sie ändern.</translation>
    </message>
    <message>
        <source>This API client may read the settings but not change them: it lacks the scope %1.</source>
        <translation>Dieser API-Client darf die Einstellungen lesen, aber nicht ändern: Ihm fehlt der Geltungsbereich %1.</translation>
    </message>
</context>
<context>
    <name>Passdesk::ConfigActions</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read the org config from the server again (F5)</source>
        <translation>Die Organisationskonfiguration erneut vom Server lesen (F5)</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Send the changed settings to the server (Ctrl+S)</source>
        <translation>Die geänderten Einstellungen an den Server senden (Strg+S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Go back to the values loaded from the server (Ctrl+R)</source>
        <translation>Zu den vom Server geladenen Werten zurückkehren (Strg+R)</translation>
    </message>
</context>
<context>
    <name>Passdesk::ConfigDialogs</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s)</source>
        <translation>
            <numerusform>%n Ziffer</numerusform>
            <numerusform>%n Ziffern</numerusform>
        </translation>
    </message>
    <message>
        <source>Custom password instructions</source>
        <translation>Eigene Passworthinweise</translation>
    </message>
    <message>
        <source>Digit tokens</source>
        <translation>Zifferntoken</translation>
    </message>
    <message>
        <source>Digit token lifetime</source>
        <translation>Gültigkeit der Zifferntoken</translation>
    </message>
    <message>
        <source>Digit token length</source>
        <translation>Länge der Zifferntoken</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>&lt;li&gt;%1: %2 → &lt;b&gt;%3&lt;/b&gt;&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1: %2 → &lt;b&gt;%3&lt;/b&gt;&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Save these changes to the password org config of &lt;b&gt;%1&lt;/b&gt;?&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Diese Änderungen an der Passwort-Organisationskonfiguration von &lt;b&gt;%1&lt;/b&gt; speichern?&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:#b71c1c&quot;&gt;&lt;b&gt;This is a production tenant.&lt;/b&gt; The change applies to every user and helpdesk agent at once.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:#b71c1c&quot;&gt;&lt;b&gt;Dies ist ein Produktivmandant.&lt;/b&gt; Die Änderung gilt sofort für alle Benutzer und Helpdesk-Mitarbeiter.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Save password org config</source>
        <translation>Passwort-Organisationskonfiguration speichern</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Someone changed the password org config on the server since you loaded it. Changes made there are in bold.&lt;/p&gt;&lt;table cellspacing=&quot;6&quot;&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;Your version&lt;/th&gt;&lt;th&gt;Server&apos;s version&lt;/th&gt;&lt;/tr&gt;%1&lt;/table&gt;</source>
        <translation>&lt;p&gt;Seit dem Laden hat jemand die Passwort-Organisationskonfiguration auf dem Server geändert. Dort geänderte Werte sind fett.&lt;/p&gt;&lt;table cellspacing=&quot;6&quot;&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;Ihre Fassung&lt;/th&gt;&lt;th&gt;Fassung des Servers&lt;/th&gt;&lt;/tr&gt;%1&lt;/table&gt;</translation>
    </message>
    <message>
        <source>The config changed on the server</source>
        <translation>Die Konfiguration wurde auf dem Server geändert</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>&amp;Take server&apos;s</source>
        <translation>&amp;Serverstand übernehmen</translation>
    </message>
    <message>
        <source>Reload the config?</source>
        <translation>Konfiguration neu laden?</translation>
    </message>
    <message>
        <source>&lt;p&gt;Reloading replaces your unsaved changes with the server&apos;s values.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Beim Neuladen werden Ihre ungespeicherten Änderungen durch die Werte des Servers ersetzt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Discard and reload</source>
        <translation>&amp;Verwerfen und neu laden</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
        <source>&lt;li&gt;%1: &lt;b&gt;%2&lt;/b&gt;&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1: &lt;b&gt;%2&lt;/b&gt;&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Create the password org config of &lt;b&gt;%1&lt;/b&gt; with these values?&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Die Passwort-Organisationskonfiguration von &lt;b&gt;%1&lt;/b&gt; mit diesen Werten anlegen?&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Create password org config</source>
        <translation>Passwort-Organisationskonfiguration anlegen</translation>
    </message>
</context>
<context>
    <name>Passdesk::ConfigFields</name>
    <message>
        <source>Saved value: %1</source>
        <translation>Gespeicherter Wert: %1</translation>
    </message>
</context>
<context>
    <name>Passdesk::ConfigPage</name>
    <message>
        <source>The org config has not been loaded yet.</source>
        <translation>Die Organisationskonfiguration wurde noch nicht geladen.</translation>
    </message>
    <message>
        <source>Loading the password org config…</source>
        <translation>Passwort-Organisationskonfiguration wird geladen…</translation>
    </message>
    <message>
        <source>Loaded at %1.</source>
        <translation>Geladen um %1.</translation>
    </message>
    <message>
        <source>This tenant has no password org config yet. The form shows the defaults; Create config saves them to the tenant.</source>
        <translation>Dieser Mandant hat noch keine Passwort-Organisationskonfiguration. Das Formular zeigt die Standardwerte; „Konfiguration anlegen“ speichert sie beim Mandanten.</translation>
    </message>
    <message>
        <source>The config could not be reloaded; the form shows what was loaded before.</source>
        <translation>Die Konfiguration konnte nicht neu geladen werden; das Formular zeigt den zuvor geladenen Stand.</translation>
    </message>
    <message>
        <source>The password org config could not be loaded.</source>
        <translation>Die Passwort-Organisationskonfiguration konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>No tenant is open. Add one with Tenants… or choose one in the tool bar.</source>
        <translation>Kein Mandant geöffnet. Fügen Sie einen unter „Mandanten…“ hinzu oder wählen Sie einen in der Symbolleiste.</translation>
    </message>
    <message>
        <source>Cancelled. Your changes are still in the form.</source>
        <translation>Abgebrochen. Ihre Änderungen stehen noch im Formular.</translation>
    </message>
    <message>
        <source>Cancelled. The form shows what was loaded before.</source>
        <translation>Abgebrochen. Das Formular zeigt, was zuvor geladen wurde.</translation>
    </message>
    <message>
        <source>Cancelled. Refresh loads the config.</source>
        <translation>Abgebrochen. „Aktualisieren“ lädt die Konfiguration.</translation>
    </message>
</context>
<context>
    <name>Passdesk::ConfigSaveFlow</name>
    <message>
        <source>Checking the server&apos;s current values…</source>
        <translation>Aktuelle Werte des Servers werden geprüft…</translation>
    </message>
    <message>
        <source>Not saved: the server&apos;s current values could not be read. Your changes are still here.</source>
        <translation>Nicht gespeichert: Die aktuellen Werte des Servers konnten nicht gelesen werden. Ihre Änderungen sind noch da.</translation>
    </message>
    <message>
        <source>Not saved: this API client may not change the org config. Your changes are still here.</source>
        <translation>Nicht gespeichert: Dieser API-Client darf die Organisationskonfiguration nicht ändern. Ihre Änderungen sind noch da.</translation>
    </message>
    <message>
        <source>The server already has these values (checked at %1).</source>
        <translation>Der Server hat diese Werte bereits (geprüft um %1).</translation>
    </message>
    <message>
        <source>Loaded the server&apos;s newer values at %1.</source>
        <translation>Neuere Werte des Servers um %1 geladen.</translation>
    </message>
    <message>
        <source>Not saved. The server has newer values; your changes are still here.</source>
        <translation>Nicht gespeichert. Der Server hat neuere Werte; Ihre Änderungen sind noch da.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>Gespeichert um %1.</translation>
    </message>
    <message>
        <source>Not saved. Your changes are still in the form.</source>
        <translation>Nicht gespeichert. Ihre Änderungen stehen noch im Formular.</translation>
    </message>
    <message>
        <source>Creating the password org config…</source>
        <translation>Passwort-Organisationskonfiguration wird angelegt…</translation>
    </message>
    <message>
        <source>Created at %1.</source>
        <translation>Angelegt um %1.</translation>
    </message>
    <message>
        <source>The config was not created. The form keeps your values.</source>
        <translation>Die Konfiguration wurde nicht angelegt. Das Formular behält Ihre Werte.</translation>
    </message>
    <message>
        <source>The server created the config with other values than you confirmed (asked → stored):</source>
        <translation>Der Server hat die Konfiguration mit anderen Werten angelegt, als Sie bestätigt haben (angefordert → gespeichert):</translation>
    </message>
    <message>
        <source>The server stored other values than you confirmed (before → asked → stored):</source>
        <translation>Der Server hat andere Werte gespeichert, als Sie bestätigt haben (vorher → angefordert → gespeichert):</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1: %2 → %3 → %4</source>
        <translation>%1: %2 → %3 → %4</translation>
    </message>
    <message>
        <source>%1: %2 → (not changed) → %3</source>
        <translation>%1: %2 → (nicht geändert) → %3</translation>
    </message>
</context>
<context>
    <name>Passdesk::ConnectionSettings</name>
    <message>
        <source>Enter a tenant name (such as acme) or the API base URL.</source>
        <translation>Geben Sie einen Mandantennamen (etwa acme) oder die API-Basis-URL ein.</translation>
    </message>
    <message>
        <source>The address is too long.</source>
        <translation>Die Adresse ist zu lang.</translation>
    </message>
    <message>
        <source>The address must not contain spaces or control characters.</source>
        <translation>Die Adresse darf keine Leerzeichen oder Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>A tenant name has only letters, digits and inner hyphens (at most 63).</source>
        <translation>Ein Mandantenname besteht nur aus Buchstaben, Ziffern und inneren Bindestrichen (höchstens 63).</translation>
    </message>
    <message>
        <source>This is neither a tenant name nor a valid URL.</source>
        <translation>Dies ist weder ein Mandantenname noch eine gültige URL.</translation>
    </message>
    <message>
        <source>Passdesk only connects over https; plain http is allowed only for this computer (loopback).</source>
        <translation>Passdesk verbindet sich nur über https; einfaches http ist nur für diesen Computer (Loopback) erlaubt.</translation>
    </message>
    <message>
        <source>The address must not contain a user name or password; Passdesk asks for credentials separately.</source>
        <translation>Die Adresse darf keinen Benutzernamen und kein Passwort enthalten; Passdesk fragt die Zugangsdaten getrennt ab.</translation>
    </message>
    <message>
        <source>The address must not have a query (?) or fragment (#).</source>
        <translation>Die Adresse darf keine Abfrage (?) und kein Fragment (#) haben.</translation>
    </message>
    <message>
        <source>The address must be the API base (such as https://acme.api.identitynow.com), without a path.</source>
        <translation>Die Adresse muss die API-Basis sein (etwa https://acme.api.identitynow.com), ohne Pfad.</translation>
    </message>
</context>
<context>
    <name>Passdesk::ConnectionTestPanel</name>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Verbindung zu %1 wird getestet…</translation>
    </message>
    <message>
        <source>Paste the access token first: none is kept for this tenant.</source>
        <translation>Fügen Sie zuerst das Zugriffstoken ein: Für diesen Mandanten ist keines gespeichert.</translation>
    </message>
    <message>
        <source>Type the client secret first: none is stored for this tenant.</source>
        <translation>Geben Sie zuerst das Client-Geheimnis ein: Für diesen Mandanten ist keines gespeichert.</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>Die Verbindung funktioniert.</translation>
    </message>
    <message>
        <source>The connection failed.</source>
        <translation>Die Verbindung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Ver&amp;bindung testen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Signs in with the values shown, saved or not, reads the org config and lists what the client may do</source>
        <translation>Meldet sich mit den angezeigten Werten an, ob gespeichert oder nicht, liest die Organisationskonfiguration und listet auf, was der Client darf</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Verbindung wird getestet</translation>
    </message>
    <message>
        <source>The connection test was cancelled.</source>
        <translation>Der Verbindungstest wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the connection test</source>
        <translation>Verbindungstest abbrechen</translation>
    </message>
    <message>
        <source>A browser sign-in is checked when you sign in: the tenant bar then says who you are, and each feature says what your user level allows.</source>
        <translation>Eine Browser-Anmeldung wird beim Anmelden geprüft: Die Mandantenleiste zeigt dann, wer Sie sind, und jede Funktion sagt, was Ihre Benutzerstufe erlaubt.</translation>
    </message>
</context>
<context>
    <name>Passdesk::ConnectionTester</name>
    <message>
        <source>the server did not say which scopes the token has; it decides on each request</source>
        <translation>der Server hat nicht gesagt, welche Geltungsbereiche das Token hat; er entscheidet bei jeder Anfrage</translation>
    </message>
    <message>
        <source>needs the scope %1</source>
        <translation>braucht den Geltungsbereich %1</translation>
    </message>
    <message>
        <source>Read the org config</source>
        <translation>Organisationskonfiguration lesen</translation>
    </message>
    <message>
        <source>Change the org config</source>
        <translation>Organisationskonfiguration ändern</translation>
    </message>
    <message>
        <source>the tenant is locked read-only in Passdesk</source>
        <translation>der Mandant ist in Passdesk schreibgeschützt</translation>
    </message>
    <message>
        <source>Generate digit tokens</source>
        <translation>Zifferntoken erzeugen</translation>
    </message>
    <message>
        <source>API version %1 has no digit token operation</source>
        <translation>die API-Version %1 bietet keine Zifferntoken</translation>
    </message>
    <message>
        <source>Look up callers</source>
        <translation>Anrufer suchen</translation>
    </message>
    <message>
        <source>✔ Signed in.</source>
        <translation>✔ Angemeldet.</translation>
    </message>
    <message>
        <source>✘ Could not sign in: %1</source>
        <translation>✘ Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>✔ Read the password org config.</source>
        <translation>✔ Passwort-Organisationskonfiguration gelesen.</translation>
    </message>
    <message>
        <source>✔ The tenant has no password org config yet (it can be created).</source>
        <translation>✔ Der Mandant hat noch keine Passwort-Organisationskonfiguration (sie kann angelegt werden).</translation>
    </message>
    <message>
        <source>✘ Could not read the password org config: %1</source>
        <translation>✘ Passwort-Organisationskonfiguration nicht lesbar: %1</translation>
    </message>
    <message>
        <source>✔ %1</source>
        <translation>✔ %1</translation>
    </message>
    <message>
        <source>✘ %1: %2</source>
        <translation>✘ %1: %2</translation>
    </message>
    <message>
        <source>? %1: %2</source>
        <translation>? %1: %2</translation>
    </message>
    <message>
        <source>the server refused it (HTTP 403)</source>
        <translation>der Server hat es abgelehnt (HTTP 403)</translation>
    </message>
    <message>
        <source>needs a user token (a personal access token or the browser sign-in); an API client&apos;s token has no user</source>
        <translation>braucht ein Benutzertoken (ein persönliches Zugriffstoken oder die Browser-Anmeldung); das Token eines API-Clients hat keinen Benutzer</translation>
    </message>
    <message>
        <source>✔ Signed in as %1 (%2).</source>
        <translation>✔ Angemeldet als %1 (%2).</translation>
    </message>
    <message>
        <source>✔ Signed in as the API client %1, without a user.</source>
        <translation>✔ Angemeldet als der API-Client %1, ohne Benutzer.</translation>
    </message>
</context>
<context>
    <name>Passdesk::DigitToken</name>
    <message>
        <source>The digit token answer is not a JSON object.</source>
        <translation>Die Zifferntoken-Antwort ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The digit token from the server is not made of digits.</source>
        <translation>Das Zifferntoken des Servers besteht nicht aus Ziffern.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no digit token.</source>
        <translation>Die Antwort des Servers enthält kein Zifferntoken.</translation>
    </message>
    <message>
        <source>The digit token from the server is a number that is not a whole, positive token.</source>
        <translation>Das Zifferntoken des Servers ist eine Zahl, aber kein ganzes, positives Token.</translation>
    </message>
    <message>
        <source>Enter the user&apos;s uid (their username).</source>
        <translation>Geben Sie die UID (den Benutzernamen) des Benutzers ein.</translation>
    </message>
    <message>
        <source>A uid is at most 128 characters long.</source>
        <translation>Eine UID ist höchstens 128 Zeichen lang.</translation>
    </message>
    <message>
        <source>The uid contains control characters; paste it again or pick the user from the list.</source>
        <translation>Die UID enthält Steuerzeichen; fügen Sie sie erneut ein oder wählen Sie den Benutzer aus der Liste.</translation>
    </message>
    <message>
        <source>The token length must be between %1 and %2 digits.</source>
        <translation>Die Tokenlänge muss zwischen %1 und %2 Ziffern liegen.</translation>
    </message>
    <message>
        <source>The token duration must be between %1 and %2 minutes.</source>
        <translation>Die Token-Gültigkeit muss zwischen %1 und %2 Minuten liegen.</translation>
    </message>
    <message>
        <source>The digit token from the server has more than %1 digits.</source>
        <translation>Das Zifferntoken des Servers hat mehr als %1 Ziffern.</translation>
    </message>
</context>
<context>
    <name>Passdesk::DisplayText</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
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
        <translation>Inhaber: %1
Aussteller: %2
SHA-256: %3
Gültig: %4 bis %5
Probleme: %6</translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %n second(s).</source>
        <translation>
            <numerusform>Sie können es in %n Sekunde erneut versuchen.</numerusform>
            <numerusform>Sie können es in %n Sekunden erneut versuchen.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Sie können es jetzt erneut versuchen.</translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %n second(s). The server asked for a longer wait; Passdesk waits at most an hour.</source>
        <translation>
            <numerusform>Sie können es in %n Sekunde erneut versuchen. Der Server bat um eine längere Wartezeit; Passdesk wartet höchstens eine Stunde.</numerusform>
            <numerusform>Sie können es in %n Sekunden erneut versuchen. Der Server bat um eine längere Wartezeit; Passdesk wartet höchstens eine Stunde.</numerusform>
        </translation>
    </message>
    <message>
        <source>Passdesk error report
Time: %1 (%2)
Tenant: %3
%4</source>
        <translation>Passdesk-Fehlerbericht
Zeit: %1 (%2)
Mandant: %3
%4</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Too many requests: the server asked Passdesk to wait before trying again.</source>
        <translation>Zu viele Anfragen: Der Server bat Passdesk, vor einem neuen Versuch zu warten.</translation>
    </message>
</context>
<context>
    <name>Passdesk::FirstRunAssistant</name>
    <message>
        <source>Leave without a tenant?</source>
        <translation>Ohne Mandant beenden?</translation>
    </message>
    <message>
        <source>&lt;p&gt;The tenant you entered is not saved. Passdesk starts without a tenant; you can add one later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der eingegebene Mandant ist nicht gespeichert. Passdesk startet ohne Mandant; Sie können später einen hinzufügen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Discard and close</source>
        <translation>&amp;Verwerfen und schließen</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Welcome to Passdesk</source>
        <translation>Willkommen bei Passdesk</translation>
    </message>
    <message>
        <source>Password administration for Identity Security Cloud</source>
        <translation>Passwortverwaltung für Identity Security Cloud</translation>
    </message>
    <message>
        <source>&amp;Add the tenant I work with</source>
        <translation>Meinen &amp;Arbeitsmandanten hinzufügen</translation>
    </message>
    <message>
        <source>Add the tenant I work with</source>
        <translation>Meinen Arbeitsmandanten hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Explore Passdesk on the built-in sandbox tenant first</source>
        <translation>Passdesk zuerst auf dem eingebauten Sandbox-Mandanten &amp;erkunden</translation>
    </message>
    <message>
        <source>Explore Passdesk on the built-in sandbox tenant first</source>
        <translation>Passdesk zuerst auf dem eingebauten Sandbox-Mandanten erkunden</translation>
    </message>
    <message>
        <source>A tenant inside Passdesk with sample users; nothing you do there reaches a real tenant</source>
        <translation>Ein Mandant in Passdesk mit Beispielbenutzern; nichts, was Sie dort tun, erreicht einen echten Mandanten</translation>
    </message>
    <message>
        <source>Add the tenant you work with</source>
        <translation>Ihren Arbeitsmandanten hinzufügen</translation>
    </message>
    <message>
        <source>Test the connection before you finish: Passdesk shows what the client may do. You can add more tenants later under Tenants.</source>
        <translation>Testen Sie die Verbindung, bevor Sie abschließen: Passdesk zeigt, was der Client darf. Weitere Mandanten fügen Sie später unter „Mandanten“ hinzu.</translation>
    </message>
    <message>
        <source>Passdesk lets org admins view and change the password org config of an Identity Security Cloud tenant, and helpdesk staff generate digit tokens so that a caller can reset a password.

It signs in with the browser as you, or with an API client or a personal access token. What lets it sign in again is kept in the system keychain, never in a file.

How do you want to start?</source>
        <translation>Mit Passdesk sehen und ändern Organisationsadministratoren die Passwort-Organisationskonfiguration eines Identity-Security-Cloud-Mandanten, und Helpdesk-Mitarbeiter erzeugen Zifferntoken, mit denen ein Anrufer sein Passwort zurücksetzen kann.

Passdesk meldet Sie im Browser an, oder es meldet sich mit einem API-Client oder einem persönlichen Zugriffstoken an. Was die erneute Anmeldung erlaubt, liegt im Schlüsselbund des Systems, nie in einer Datei.

Wie möchten Sie beginnen?</translation>
    </message>
    <message>
        <source>How to sign in to the sandbox</source>
        <translation>Wie Sie sich bei der Sandbox anmelden</translation>
    </message>
    <message>
        <source>Sign in with the &amp;browser as one of the sandbox&apos;s people</source>
        <translation>Im &amp;Browser als eine Person der Sandbox anmelden</translation>
    </message>
    <message>
        <source>The sandbox&apos;s sign-in page lets you choose the org admin, the helpdesk agent or a plain user.</source>
        <translation>Auf der Anmeldeseite der Sandbox wählen Sie den Organisationsadministrator, den Helpdesk-Mitarbeiter oder einen normalen Benutzer.</translation>
    </message>
    <message>
        <source>Use the sandbox&apos;s built-in &amp;client</source>
        <translation>Den eingebauten &amp;Client der Sandbox verwenden</translation>
    </message>
    <message>
        <source>The org admin&apos;s personal access token: no browser and no sign-in page.</source>
        <translation>Das persönliche Zugriffstoken des Organisationsadministrators: kein Browser und keine Anmeldeseite.</translation>
    </message>
</context>
<context>
    <name>Passdesk::IdentityLookup</name>
    <message>
        <source>Matching people</source>
        <translation>Passende Personen</translation>
    </message>
    <message>
        <source>This identity is inactive (%1).</source>
        <translation>Diese Identität ist inaktiv (%1).</translation>
    </message>
    <message>
        <source>%1 — %2 (%3) — inactive: %4</source>
        <translation>%1 — %2 (%3) — inaktiv: %4</translation>
    </message>
    <message>
        <source>%1 — %2 (%3) — %4</source>
        <translation>%1 — %2 (%3) — %4</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
</context>
<context>
    <name>Passdesk::LoopbackRedirectListener</name>
    <message numerus="yes">
        <source>The browser did not come back within %n minute(s). Sign in again, or paste the code or the address the browser shows.</source>
        <translation>
            <numerusform>Der Browser ist nicht innerhalb von %n Minute zurückgekehrt. Melden Sie sich erneut an oder fügen Sie den Code oder die Adresse ein, die der Browser zeigt.</numerusform>
            <numerusform>Der Browser ist nicht innerhalb von %n Minuten zurückgekehrt. Melden Sie sich erneut an oder fügen Sie den Code oder die Adresse ein, die der Browser zeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Passdesk cannot wait for the browser on port %1 of this computer (%2). Another program may be using it. Paste the code or the address the browser shows instead, or choose another port for this tenant (its OAuth client must list that redirect URI too).</source>
        <translation>Passdesk kann auf Port %1 dieses Computers nicht auf den Browser warten (%2). Vielleicht nutzt ihn ein anderes Programm. Fügen Sie stattdessen den Code oder die Adresse ein, die der Browser zeigt, oder wählen Sie einen anderen Port für diesen Mandanten (sein OAuth-Client muss auch diese Umleitungs-URI führen).</translation>
    </message>
    <message>
        <source>This request is too long.</source>
        <translation>Diese Anfrage ist zu lang.</translation>
    </message>
    <message>
        <source>This is not an HTTP request.</source>
        <translation>Das ist keine HTTP-Anfrage.</translation>
    </message>
    <message>
        <source>This sign-in is over. Go back to Passdesk.</source>
        <translation>Diese Anmeldung ist vorbei. Kehren Sie zu Passdesk zurück.</translation>
    </message>
    <message>
        <source>Passdesk waits for the sign-in at /callback only.</source>
        <translation>Passdesk wartet nur unter /callback auf die Anmeldung.</translation>
    </message>
    <message>
        <source>Passdesk takes the sign-in redirect as GET only.</source>
        <translation>Passdesk nimmt die Anmelde-Umleitung nur als GET an.</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in Passdesk started (its state does not match). Passdesk ignored it; start the sign-in again.</source>
        <translation>Diese Antwort gehört nicht zu der Anmeldung, die Passdesk begonnen hat (ihr state passt nicht). Passdesk hat sie ignoriert; starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>The browser came back with an answer that does not belong to this sign-in (the state does not match), so Passdesk refused it. Sign in again.</source>
        <translation>Der Browser kam mit einer Antwort zurück, die nicht zu dieser Anmeldung gehört (der state passt nicht), daher hat Passdesk sie abgelehnt. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The sign-in did not happen. Go back to Passdesk.</source>
        <translation>Die Anmeldung hat nicht stattgefunden. Kehren Sie zu Passdesk zurück.</translation>
    </message>
    <message>
        <source>The sign-in was denied in the browser (%1).</source>
        <translation>Die Anmeldung wurde im Browser verweigert (%1).</translation>
    </message>
    <message>
        <source>The tenant refused the sign-in: %1 (%2).</source>
        <translation>Der Mandant hat die Anmeldung abgelehnt: %1 (%2).</translation>
    </message>
    <message>
        <source>The answer has no sign-in code. Go back to Passdesk.</source>
        <translation>Die Antwort enthält keinen Anmeldecode. Kehren Sie zu Passdesk zurück.</translation>
    </message>
    <message>
        <source>The browser came back without a sign-in code. Sign in again.</source>
        <translation>Der Browser kam ohne Anmeldecode zurück. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>You are signed in to Passdesk. You can close this page and go back to Passdesk.</source>
        <translation>Sie sind bei Passdesk angemeldet. Sie können diese Seite schließen und zu Passdesk zurückkehren.</translation>
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
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The password org config has changes that are not saved. Discard them and close Passdesk?</source>
        <translation>Die Passwort-Organisationskonfiguration hat ungespeicherte Änderungen. Verwerfen und Passdesk schließen?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <source>About Passdesk</source>
        <translation>Über Passdesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Passdesk %1&lt;/b&gt; (build %2)&lt;br&gt;Password Org Config and helpdesk digit tokens for Identity Security Cloud.&lt;br&gt;Built with Qt %3, running on Qt %4.&lt;br&gt;License: MIT&lt;br&gt;Settings: %5</source>
        <translation>&lt;b&gt;Passdesk %1&lt;/b&gt; (Build %2)&lt;br&gt;Passwort-Organisationskonfiguration und Helpdesk-Zifferntoken für Identity Security Cloud.&lt;br&gt;Erstellt mit Qt %3, läuft mit Qt %4.&lt;br&gt;Lizenz: MIT&lt;br&gt;Einstellungen: %5</translation>
    </message>
    <message>
        <source>Passdesk [*]</source>
        <translation>Passdesk [*]</translation>
    </message>
    <message>
        <source>Signed out. Passdesk signs in again on the next request.</source>
        <translation>Abgemeldet. Passdesk meldet sich bei der nächsten Anfrage wieder an.</translation>
    </message>
    <message>
        <source>The password org config of %1 has changes that are not saved. Discard them and switch to %2?</source>
        <translation>Die Passwort-Organisationskonfiguration von %1 hat ungespeicherte Änderungen. Verwerfen und zu %2 wechseln?</translation>
    </message>
    <message>
        <source>Discard and switch</source>
        <translation>Verwerfen und wechseln</translation>
    </message>
</context>
<context>
    <name>Passdesk::NetworkErrors</name>
    <message>
        <source>The server refused the connection. Is the address right and the service running?</source>
        <translation>Der Server hat die Verbindung abgelehnt. Stimmt die Adresse, und läuft der Dienst?</translation>
    </message>
    <message>
        <source>The server closed the connection before the answer was complete.</source>
        <translation>Der Server hat die Verbindung geschlossen, bevor die Antwort vollständig war.</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found. Check the tenant name and your network.</source>
        <translation>Der Name des Servers wurde nicht gefunden. Prüfen Sie den Mandantennamen und Ihr Netzwerk.</translation>
    </message>
    <message>
        <source>The server took too long to answer, so Passdesk stopped waiting.</source>
        <translation>Der Server hat zu lange gebraucht, daher hat Passdesk aufgehört zu warten.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>A secure (TLS) connection could not be established; the server&apos;s certificate was not accepted.</source>
        <translation>Es konnte keine sichere (TLS-)Verbindung aufgebaut werden; das Zertifikat des Servers wurde nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The network is not available right now.</source>
        <translation>Das Netzwerk ist gerade nicht verfügbar.</translation>
    </message>
    <message>
        <source>The system does not allow network access in the background.</source>
        <translation>Das System erlaubt keinen Netzwerkzugriff im Hintergrund.</translation>
    </message>
    <message>
        <source>The server redirected the request; Passdesk does not follow redirects.</source>
        <translation>Der Server hat die Anfrage umgeleitet; Passdesk folgt keinen Umleitungen.</translation>
    </message>
    <message>
        <source>The proxy server did not pass the request on. Check the system&apos;s proxy settings.</source>
        <translation>Der Proxyserver hat die Anfrage nicht weitergegeben. Prüfen Sie die Proxy-Einstellungen des Systems.</translation>
    </message>
    <message>
        <source>The server&apos;s answer broke the HTTP protocol.</source>
        <translation>Die Antwort des Servers verletzte das HTTP-Protokoll.</translation>
    </message>
    <message>
        <source>An unknown network error occurred.</source>
        <translation>Ein unbekannter Netzwerkfehler ist aufgetreten.</translation>
    </message>
    <message>
        <source>A network error occurred (code %1).</source>
        <translation>Ein Netzwerkfehler ist aufgetreten (Code %1).</translation>
    </message>
    <message>
        <source>The server refused to hand out or change the requested content (code %1).</source>
        <translation>Der Server hat sich geweigert, den angefragten Inhalt herauszugeben oder zu ändern (Code %1).</translation>
    </message>
    <message>
        <source>The server could not handle the request (code %1).</source>
        <translation>Der Server konnte die Anfrage nicht bearbeiten (Code %1).</translation>
    </message>
</context>
<context>
    <name>Passdesk::OrgConfig</name>
    <message>
        <source>The password org config from the server is not a JSON object.</source>
        <translation>Die Passwort-Organisationskonfiguration des Servers ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The server sent %1 as something other than true or false.</source>
        <translation>Der Server hat %1 nicht als true oder false gesendet.</translation>
    </message>
    <message>
        <source>The server sent %1 as something other than a whole number.</source>
        <translation>Der Server hat %1 nicht als ganze Zahl gesendet.</translation>
    </message>
    <message>
        <source>The server sent %1 = %2, outside the allowed %3 to %4.</source>
        <translation>Der Server hat %1 = %2 gesendet, außerhalb des erlaubten Bereichs %3 bis %4.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3, not %4.</source>
        <translation>%1 muss zwischen %2 und %3 liegen, nicht %4.</translation>
    </message>
</context>
<context>
    <name>Passdesk::PassdeskApp</name>
    <message>
        <source>The sandbox tenant could not listen on a loopback port.</source>
        <translation>Der Sandbox-Mandant konnte an keinem Loopback-Port lauschen.</translation>
    </message>
    <message>
        <source>There is no tenant &quot;%1&quot;: no tenant is set up yet.</source>
        <translation>Es gibt keinen Mandanten „%1“: Es ist noch kein Mandant eingerichtet.</translation>
    </message>
    <message>
        <source>There is no tenant &quot;%1&quot;. Set up are: %2.</source>
        <translation>Es gibt keinen Mandanten „%1“. Eingerichtet sind: %2.</translation>
    </message>
</context>
<context>
    <name>Passdesk::ProductionLock</name>
    <message>
        <source>&lt;p&gt;Unlocking lets Passdesk change the password org config of &lt;b&gt;%1&lt;/b&gt;, a production tenant. A change applies to every user and helpdesk agent at once.&lt;/p&gt;&lt;p&gt;Unlock it?&lt;/p&gt;</source>
        <translation>&lt;p&gt;Durch das Entsperren kann Passdesk die Passwort-Organisationskonfiguration von &lt;b&gt;%1&lt;/b&gt; ändern, einem Produktivmandanten. Eine Änderung gilt sofort für alle Benutzer und Helpdesk-Mitarbeiter.&lt;/p&gt;&lt;p&gt;Entsperren?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>this tenant</source>
        <translation>diesen Mandanten</translation>
    </message>
    <message>
        <source>Unlock a production tenant?</source>
        <translation>Produktivmandanten entsperren?</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>&amp;Keep locked</source>
        <translation>&amp;Gesperrt lassen</translation>
    </message>
</context>
<context>
    <name>Passdesk::PublicIdentity</name>
    <message>
        <source>The identity list from the server is not a JSON array.</source>
        <translation>Die Identitätsliste des Servers ist kein JSON-Array.</translation>
    </message>
    <message>
        <source>The identity list holds an entry that is not an identity.</source>
        <translation>Die Identitätsliste enthält einen Eintrag, der keine Identität ist.</translation>
    </message>
</context>
<context>
    <name>Passdesk::ReplyErrors</name>
    <message>
        <source>The answer was larger than 1 MiB and was not read.</source>
        <translation>Die Antwort war größer als 1 MiB und wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The server redirected to %1; Passdesk does not follow redirects.</source>
        <translation>Der Server hat auf %1 umgeleitet; Passdesk folgt keinen Umleitungen.</translation>
    </message>
    <message numerus="yes">
        <source>The request did not finish within %n second(s), so Passdesk stopped it.</source>
        <translation>
            <numerusform>Die Anfrage war nicht innerhalb von %n Sekunde fertig, daher hat Passdesk sie beendet.</numerusform>
            <numerusform>Die Anfrage war nicht innerhalb von %n Sekunden fertig, daher hat Passdesk sie beendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s headers were larger than %1 KiB.</source>
        <translation>Die Header des Servers waren größer als %1 KiB.</translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s headers did not end within %n second(s) of the request; they were too large or never ended.</source>
        <translation>
            <numerusform>Die Header des Servers endeten nicht innerhalb von %n Sekunde nach der Anfrage; sie waren zu groß oder endeten nie.</numerusform>
            <numerusform>Die Header des Servers endeten nicht innerhalb von %n Sekunden nach der Anfrage; sie waren zu groß oder endeten nie.</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer came compressed and did not unpack: the data was broken, or it would have unpacked to far more than any answer needs.</source>
        <translation>Die Antwort kam komprimiert und ließ sich nicht entpacken: Die Daten waren beschädigt, oder sie hätten sich zu weit mehr entpackt, als eine Antwort je braucht.</translation>
    </message>
</context>
<context>
    <name>Passdesk::RequestRunner</name>
    <message>
        <source>the access token has characters an access token cannot have.</source>
        <translation>das Zugriffstoken enthält Zeichen, die ein Zugriffstoken nicht haben kann.</translation>
    </message>
    <message>
        <source>the %1 header would have carried characters a header cannot have.</source>
        <translation>der Header %1 hätte Zeichen enthalten, die ein Header nicht enthalten kann.</translation>
    </message>
</context>
<context>
    <name>Passdesk::SecretFieldHints</name>
    <message>
        <source>Pasted earlier in this session — leave empty to keep it</source>
        <translation>In dieser Sitzung eingefügt – leer lassen zum Behalten</translation>
    </message>
    <message>
        <source>Stored in the keychain — leave empty to keep it</source>
        <translation>Im Schlüsselbund gespeichert – leer lassen zum Behalten</translation>
    </message>
    <message>
        <source>Kept for this session — leave empty to keep it</source>
        <translation>Für diese Sitzung gehalten – leer lassen zum Behalten</translation>
    </message>
    <message>
        <source>Paste the access token here</source>
        <translation>Zugriffstoken hier einfügen</translation>
    </message>
    <message>
        <source>Not stored — Passdesk asks for it when it connects</source>
        <translation>Nicht gespeichert – Passdesk fragt beim Verbinden danach</translation>
    </message>
    <message>
        <source>The token expires at %1. It cannot be renewed: Passdesk asks for a new one then.</source>
        <translation>Das Token läuft am %1 ab. Es kann nicht erneuert werden: Passdesk fragt dann nach einem neuen.</translation>
    </message>
    <message>
        <source>The token does not say when it expires. It cannot be renewed: Passdesk asks for a new one when the server refuses it.</source>
        <translation>Das Token sagt nicht, wann es abläuft. Es kann nicht erneuert werden: Passdesk fragt nach einem neuen, wenn der Server es ablehnt.</translation>
    </message>
    <message>
        <source>A pasted access token is kept in memory for this session only, never stored.</source>
        <translation>Ein eingefügtes Zugriffstoken wird nur für diese Sitzung im Arbeitsspeicher gehalten, nie gespeichert.</translation>
    </message>
    <message>
        <source>Passdesk opens the browser when it needs you to sign in, and keeps the sign-in for a working day.</source>
        <translation>Passdesk öffnet den Browser, wenn Sie sich anmelden müssen, und behält die Anmeldung einen Arbeitstag lang.</translation>
    </message>
</context>
<context>
    <name>Passdesk::SecretPromptDialog</name>
    <message>
        <source>The secret contains control characters; paste it again.</source>
        <translation>Das Geheimnis enthält Steuerzeichen; fügen Sie es erneut ein.</translation>
    </message>
    <message>
        <source>This is too long to be a client secret.</source>
        <translation>Das ist zu lang für ein Client-Geheimnis.</translation>
    </message>
    <message>
        <source>This token is valid until %1. Passdesk keeps it in memory only and cannot renew it.</source>
        <translation>Dieses Token ist gültig bis %1. Passdesk hält es nur im Arbeitsspeicher und kann es nicht erneuern.</translation>
    </message>
    <message>
        <source>Passdesk keeps a pasted token in memory only and cannot renew it.</source>
        <translation>Passdesk hält ein eingefügtes Token nur im Arbeitsspeicher und kann es nicht erneuern.</translation>
    </message>
    <message>
        <source>No system keychain is available: the secret is kept in memory for this session only, and Passdesk asks again next time.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar: Das Geheimnis wird nur für diese Sitzung im Arbeitsspeicher gehalten, und Passdesk fragt beim nächsten Mal erneut.</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <source>&amp;Access token:</source>
        <translation>Zu&amp;griffstoken:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>Paste a new access token for %1.</source>
        <translation>Fügen Sie ein neues Zugriffstoken für %1 ein.</translation>
    </message>
    <message>
        <source>Enter the client secret of %1 for %2.</source>
        <translation>Geben Sie das Client-Geheimnis von %1 für %2 ein.</translation>
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
        <translation>In diesem Test ist kein Schlüsselbund verfügbar.</translation>
    </message>
</context>
<context>
    <name>Passdesk::SecretVault</name>
    <message>
        <source>The system keychain cannot be used (%1). Passdesk keeps secrets in memory for this session only and will ask for them again next time; it never writes them to a file.</source>
        <translation>Der Schlüsselbund des Systems ist nicht nutzbar (%1). Passdesk hält Geheimnisse nur für diese Sitzung im Arbeitsspeicher und fragt beim nächsten Mal erneut; es schreibt sie nie in eine Datei.</translation>
    </message>
    <message>
        <source>no keychain service answered</source>
        <translation>kein Schlüsselbund-Dienst hat geantwortet</translation>
    </message>
</context>
<context>
    <name>Passdesk::SettingsDialog</name>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
</context>
<context>
    <name>Passdesk::StartupOptions</name>
    <message>
        <source>Passdesk: the Password Org Config and helpdesk digit tokens of Identity Security Cloud.</source>
        <translation>Passdesk: Passwort-Organisationskonfiguration und Helpdesk-Zifferntoken von Identity Security Cloud.</translation>
    </message>
    <message>
        <source>Start on the embedded sandbox tenant.</source>
        <translation>Auf dem eingebetteten Sandbox-Mandanten starten.</translation>
    </message>
    <message>
        <source>client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Use this user interface language (e.g. de).</source>
        <translation>Diese Sprache für die Oberfläche verwenden (z. B. de).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Keep settings in this directory.</source>
        <translation>Einstellungen in diesem Verzeichnis ablegen.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>Passdesk needs a graphical display, and none was found (DISPLAY is not set). Run it on a desktop, or without one as: xvfb-run -a passdesk --sandbox</source>
        <translation>Passdesk benötigt eine grafische Anzeige, und es wurde keine gefunden (DISPLAY ist nicht gesetzt). Starten Sie es auf einem Desktop oder ohne Anzeige so: xvfb-run -a passdesk --sandbox</translation>
    </message>
    <message>
        <source>Start on this tenant (its display name or tenant name).</source>
        <translation>Auf diesem Mandanten starten (Anzeigename oder Mandantenname).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Use either --tenant or --sandbox, not both.</source>
        <translation>Verwenden Sie entweder --tenant oder --sandbox, nicht beides.</translation>
    </message>
    <message>
        <source>--tenant needs the name of a tenant.</source>
        <translation>--tenant braucht den Namen eines Mandanten.</translation>
    </message>
    <message>
        <source>Sign in to the sandbox as this built-in client: admin, helpdesk, readonly, app (no user) or browser (sign in with the browser as a person of your choice).</source>
        <translation>Als dieser eingebaute Client an der Sandbox anmelden: admin, helpdesk, readonly, app (kein Benutzer) oder browser (im Browser als eine Person Ihrer Wahl anmelden).</translation>
    </message>
    <message>
        <source>Unknown sandbox client &quot;%1&quot;; use admin, helpdesk, readonly, app or browser.</source>
        <translation>Unbekannter Sandbox-Client „%1“; verwenden Sie admin, helpdesk, readonly, app oder browser.</translation>
    </message>
</context>
<context>
    <name>Passdesk::Tenant</name>
    <message>
        <source>Give the tenant a display name.</source>
        <translation>Geben Sie dem Mandanten einen Anzeigenamen.</translation>
    </message>
    <message numerus="yes">
        <source>The display name must be at most %n characters, without control characters.</source>
        <translation>
            <numerusform>Der Anzeigename darf höchstens %n Zeichen lang sein, ohne Steuerzeichen.</numerusform>
            <numerusform>Der Anzeigename darf höchstens %n Zeichen lang sein, ohne Steuerzeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the client ID of the API client (or personal access token).</source>
        <translation>Geben Sie die Client-ID des API-Clients (oder persönlichen Zugriffstokens) ein.</translation>
    </message>
    <message numerus="yes">
        <source>The client ID must be at most %n characters, without spaces or control characters.</source>
        <translation>
            <numerusform>Die Client-ID darf höchstens %n Zeichen lang sein, ohne Leer- oder Steuerzeichen.</numerusform>
            <numerusform>Die Client-ID darf höchstens %n Zeichen lang sein, ohne Leer- oder Steuerzeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The port must be a number from 1024 to 65535.</source>
        <translation>Der Port muss eine Zahl von 1024 bis 65535 sein.</translation>
    </message>
    <message>
        <source>Enter the client ID of the OAuth client the org admin registered for Passdesk.</source>
        <translation>Geben Sie die Client-ID des OAuth-Clients ein, den der Org-Admin für Passdesk registriert hat.</translation>
    </message>
</context>
<context>
    <name>Passdesk::TenantBar</name>
    <message>
        <source>No tenant open</source>
        <translation>Kein Mandant geöffnet</translation>
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
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Test tenant</source>
        <translation>Testmandant</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktiv</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Umgebung: %1</translation>
    </message>
    <message>
        <source>Pasted access token: expired or refused</source>
        <translation>Eingefügtes Zugriffstoken: abgelaufen oder abgelehnt</translation>
    </message>
    <message>
        <source>Pasted access token, valid until %1</source>
        <translation>Eingefügtes Zugriffstoken, gültig bis %1</translation>
    </message>
    <message>
        <source>Pasted access token</source>
        <translation>Eingefügtes Zugriffstoken</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Copy Tenant &amp;Address</source>
        <translation>&amp;Adresse des Mandanten kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Client ID</source>
        <translation>&amp;Client-ID kopieren</translation>
    </message>
</context>
<context>
    <name>Passdesk::TenantForm</name>
    <message>
        <source>API client or personal access token (client ID and secret)</source>
        <translation>API-Client oder persönliches Token (ID und Geheimnis)</translation>
    </message>
    <message>
        <source>Pasted access token (short sessions)</source>
        <translation>Eingefügtes Zugriffstoken (kurze Sitzungen)</translation>
    </message>
    <message>
        <source>API root: %1</source>
        <translation>API-Basis: %1</translation>
    </message>
    <message>
        <source>A tenant name such as acme stands for https://acme.api.identitynow.com.</source>
        <translation>Ein Mandantenname wie acme steht für https://acme.api.identitynow.com.</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>Zu&amp;griffstoken:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>The system keychain cannot be used, so the secret is kept for this session only and Passdesk asks for it again next time. The keychain said: %1</source>
        <translation>Der Schlüsselbund des Systems ist nicht nutzbar, daher wird das Geheimnis nur für diese Sitzung gehalten, und Passdesk fragt beim nächsten Mal erneut. Der Schlüsselbund meldete: %1</translation>
    </message>
    <message>
        <source>Otherwise Passdesk keeps the secret for this session only and asks for it again next time</source>
        <translation>Sonst hält Passdesk das Geheimnis nur für diese Sitzung und fragt beim nächsten Mal erneut</translation>
    </message>
    <message>
        <source>Sign in with the browser (your own user level)</source>
        <translation>Im Browser anmelden (Ihre eigene Benutzerstufe)</translation>
    </message>
    <message>
        <source>The org admin registers Passdesk as an OAuth client of the tenant with this redirect URI, exactly: %1</source>
        <translation>Der Org-Admin registriert Passdesk als OAuth-Client des Mandanten mit genau dieser Umleitungs-URI: %1</translation>
    </message>
    <message>
        <source>The client ID of the OAuth client the org admin registered for Passdesk</source>
        <translation>Die Client-ID des OAuth-Clients, den der Org-Admin für Passdesk registriert hat</translation>
    </message>
    <message>
        <source>The client ID of the API client or personal access token</source>
        <translation>Die Client-ID des API-Clients oder persönlichen Zugriffstokens</translation>
    </message>
</context>
<context>
    <name>Passdesk::TenantSession</name>
    <message>
        <source>Sandbox tenant</source>
        <translation>Sandbox-Mandant</translation>
    </message>
    <message>
        <source>The sandbox tenant is not available.</source>
        <translation>Der Sandbox-Mandant ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>There is no such tenant.</source>
        <translation>Diesen Mandanten gibt es nicht.</translation>
    </message>
</context>
<context>
    <name>Passdesk::TenantSwitcher</name>
    <message>
        <source>sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>production</source>
        <translation>Produktiv</translation>
    </message>
    <message>
        <source>test tenant</source>
        <translation>Testmandant</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>Zu %1 wechseln</translation>
    </message>
    <message>
        <source>Active tenant</source>
        <translation>Aktiver Mandant</translation>
    </message>
    <message>
        <source>Switch to another tenant (Ctrl+1 to Ctrl+9)</source>
        <translation>Zu einem anderen Mandanten wechseln (Strg+1 bis Strg+9)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>Forget the access token and the looked-up callers of this tenant</source>
        <translation>Zugriffstoken und gesuchte Anrufer dieses Mandanten vergessen</translation>
    </message>
    <message>
        <source>Switch to tenant %1 (none set up)</source>
        <translation>Zu Mandant %1 wechseln (keiner eingerichtet)</translation>
    </message>
    <message>
        <source>Sandbox sign-&amp;in</source>
        <translation>Sandbox-&amp;Anmeldung</translation>
    </message>
    <message>
        <source>With the &amp;browser, as one of the sandbox&apos;s people (org admin, helpdesk agent, plain user)</source>
        <translation>Im &amp;Browser, als eine Person der Sandbox (Organisationsadministrator, Helpdesk-Mitarbeiter, normaler Benutzer)</translation>
    </message>
    <message>
        <source>As the sandbox&apos;s built-in &amp;client (the org admin&apos;s personal access token)</source>
        <translation>Als eingebauter &amp;Client der Sandbox (das persönliche Zugriffstoken des Organisationsadministrators)</translation>
    </message>
</context>
<context>
    <name>Passdesk::TenantsDialog</name>
    <message>
        <source>Production · locked read-only</source>
        <translation>Produktiv · schreibgeschützt</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktiv</translation>
    </message>
    <message>
        <source>Test tenant · locked read-only</source>
        <translation>Testmandant · schreibgeschützt</translation>
    </message>
    <message>
        <source>Test tenant</source>
        <translation>Testmandant</translation>
    </message>
    <message>
        <source>%1 · in use</source>
        <translation>%1 · aktiv</translation>
    </message>
    <message>
        <source>&lt;p&gt;Your changes to &lt;b&gt;%1&lt;/b&gt; are not saved.&lt;/p&gt;&lt;p&gt;Save them, discard them, or keep editing?&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ihre Änderungen an &lt;b&gt;%1&lt;/b&gt; sind nicht gespeichert.&lt;/p&gt;&lt;p&gt;Speichern, verwerfen oder weiter bearbeiten?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>the new tenant</source>
        <translation>den neuen Mandanten</translation>
    </message>
    <message>
        <source>Unsaved tenant changes</source>
        <translation>Ungespeicherte Mandantenänderungen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Saved. The secret is kept for this session only.</source>
        <translation>Gespeichert. Das Geheimnis wird nur für diese Sitzung gehalten.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Remove &lt;b&gt;%1&lt;/b&gt; from Passdesk?&lt;/p&gt;&lt;p&gt;Its secret is deleted from the system keychain. Nothing changes on the tenant itself.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; aus Passdesk entfernen?&lt;/p&gt;&lt;p&gt;Sein Geheimnis wird aus dem Schlüsselbund des Systems gelöscht. Am Mandanten selbst ändert sich nichts.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Your unsaved changes to it are lost.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ihre ungespeicherten Änderungen daran gehen verloren.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Remove tenant?</source>
        <translation>Mandanten entfernen?</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation>Ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>New tenant</source>
        <translation>Neuer Mandant</translation>
    </message>
    <message>
        <source>New tenant: %1</source>
        <translation>Neuer Mandant: %1</translation>
    </message>
</context>
<context>
    <name>Passdesk::TokenAnswer</name>
    <message>
        <source>The token endpoint answered without an access token.</source>
        <translation>Der Token-Endpunkt hat ohne Zugriffstoken geantwortet.</translation>
    </message>
    <message>
        <source>The token endpoint answered with an access token that has characters no access token has; Passdesk does not use it.</source>
        <translation>Der Token-Endpunkt hat mit einem Zugriffstoken geantwortet, das Zeichen enthält, die kein Zugriffstoken hat; Passdesk verwendet es nicht.</translation>
    </message>
    <message>
        <source>The token endpoint answered with a refresh token that has characters no refresh token has; Passdesk does not use it.</source>
        <translation>Der Token-Endpunkt hat mit einem Aktualisierungstoken geantwortet, das Zeichen enthält, die kein Aktualisierungstoken hat; Passdesk verwendet es nicht.</translation>
    </message>
</context>
<context>
    <name>Passdesk::TokenClaims</name>
    <message>
        <source>Org admin</source>
        <translation>Org-Admin</translation>
    </message>
    <message>
        <source>Helpdesk</source>
        <translation>Helpdesk</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Angemeldet als %1 (%2)</translation>
    </message>
    <message>
        <source>API client %1, no user</source>
        <translation>API-Client %1, kein Benutzer</translation>
    </message>
</context>
<context>
    <name>Passdesk::TokenDialog</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Generate digit token – %1</source>
        <translation>Zifferntoken erzeugen – %1</translation>
    </message>
    <message>
        <source>Digit tokens are turned off for this tenant, so the server will refuse to generate one. An org admin can turn them on in the Password Org Config.</source>
        <translation>Zifferntoken sind für diesen Mandanten ausgeschaltet, daher wird der Server keines erzeugen. Ein Organisationsadministrator kann sie in der Passwort-Organisationskonfiguration einschalten.</translation>
    </message>
    <message>
        <source>This connection uses API %1, which has no digit tokens. Use v2025, v2024, v2026, beta or the per-service v1 API.</source>
        <translation>Diese Verbindung nutzt die API %1, die keine Zifferntoken kennt. Verwenden Sie v2025, v2024, v2026, beta oder die v1-API pro Dienst.</translation>
    </message>
    <message>
        <source>Verify the caller&apos;s identity first.</source>
        <translation>Prüfen Sie zuerst die Identität des Anrufers.</translation>
    </message>
    <message>
        <source>Generate digit token</source>
        <translation>Zifferntoken erzeugen</translation>
    </message>
    <message>
        <source>The server asked Passdesk to wait before the next request.</source>
        <translation>Der Server bat Passdesk, vor der nächsten Anfrage zu warten.</translation>
    </message>
</context>
<context>
    <name>Passdesk::TokenHistory</name>
    <message>
        <source>Live</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s), valid %1 minutes</source>
        <translation>
            <numerusform>%n Ziffer, gültig %1 Minuten</numerusform>
            <numerusform>%n Ziffern, gültig %1 Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erzeugt</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Anfrage-ID</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>not given by the server</source>
        <translation>vom Server nicht angegeben</translation>
    </message>
</context>
<context>
    <name>Passdesk::TokenHistoryPanel</name>
    <message>
        <source>Save token history</source>
        <translation>Tokenverlauf speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The history could not be saved to %1: %2</source>
        <translation>Der Verlauf konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>Passdesk::TokenView</name>
    <message numerus="yes">
        <source>%n digit(s), read out in groups</source>
        <translation>
            <numerusform>%n Ziffer, in Gruppen vorgelesen</numerusform>
            <numerusform>%n Ziffern, in Gruppen vorgelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Benutzer: %1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
    <message numerus="yes">
        <source>Length: %n digit(s)</source>
        <translation>
            <numerusform>Länge: %n Ziffer</numerusform>
            <numerusform>Länge: %n Ziffern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Valid for: %n minute(s)</source>
        <translation>
            <numerusform>Gültig für: %n Minute</numerusform>
            <numerusform>Gültig für: %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Generated: %1</source>
        <translation>Erzeugt: %1</translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation>Läuft ab: %1</translation>
    </message>
    <message>
        <source>This token expired at %1 and is hidden. Generate a new one if the caller still needs it.</source>
        <translation>Dieses Token ist um %1 abgelaufen und wird ausgeblendet. Erzeugen Sie ein neues, falls der Anrufer es noch braucht.</translation>
    </message>
    <message>
        <source>Expires in %1 (at %2).</source>
        <translation>Läuft ab in %1 (um %2).</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Kopiert. Die Zwischenablage wird in %n Sekunde geleert.</numerusform>
            <numerusform>Kopiert. Die Zwischenablage wird in %n Sekunden geleert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared when Passdesk quits.</source>
        <translation>Kopiert. Die Zwischenablage wird beim Beenden von Passdesk geleert.</translation>
    </message>
    <message numerus="yes">
        <source>The server sent %n digit(s) although %1 were asked for. Check before reading it out.</source>
        <translation>
            <numerusform>Der Server hat %n Ziffer gesendet, obwohl %1 angefordert wurden. Vor dem Vorlesen prüfen.</numerusform>
            <numerusform>Der Server hat %n Ziffern gesendet, obwohl %1 angefordert wurden. Vor dem Vorlesen prüfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Request ID: not given by the server</source>
        <translation>Anfrage-ID: vom Server nicht angegeben</translation>
    </message>
</context>
<context>
    <name>SecretPromptDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign in to the tenant</source>
        <translation>Beim Mandanten anmelden</translation>
    </message>
    <message>
        <source>Why Passdesk asks</source>
        <translation>Warum Passdesk fragt</translation>
    </message>
    <message>
        <source>Problem with what was entered</source>
        <translation>Problem mit der Eingabe</translation>
    </message>
    <message>
        <source>&amp;Remember the secret in the system keychain</source>
        <translation>Geheimnis im Schlüsselbund des Systems mer&amp;ken</translation>
    </message>
    <message>
        <source>Remember the secret in the system keychain</source>
        <translation>Geheimnis im Schlüsselbund des Systems merken</translation>
    </message>
    <message>
        <source>Where the secret is kept</source>
        <translation>Wo das Geheimnis aufbewahrt wird</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Passdesk settings</source>
        <translation>Passdesk-Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>User interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>Also the language Passdesk asks the server to answer in</source>
        <translation>Auch die Sprache, in der Passdesk den Server um Antworten bittet</translation>
    </message>
    <message>
        <source>Helpdesk staff must confirm they &amp;verified the caller</source>
        <translation>Helpdesk-Mitarbeiter müssen die &amp;Prüfung des Anrufers bestätigen</translation>
    </message>
    <message>
        <source>Require caller verification</source>
        <translation>Prüfung des Anrufers verlangen</translation>
    </message>
    <message>
        <source>Clear a copied &amp;token after:</source>
        <translation>Kopiertes &amp;Token löschen nach:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>when Passdesk quits</source>
        <translation>beim Beenden von Passdesk</translation>
    </message>
    <message>
        <source>Seconds until a copied token is cleared</source>
        <translation>Sekunden, bis ein kopiertes Token gelöscht wird</translation>
    </message>
</context>
<context>
    <name>TenantBar</name>
    <message>
        <source>Active tenant</source>
        <translation>Aktiver Mandant</translation>
    </message>
    <message>
        <source>Tenant name</source>
        <translation>Mandantenname</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API-Adresse</translation>
    </message>
    <message>
        <source>Sign-in state</source>
        <translation>Anmeldestatus</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API-Version</translation>
    </message>
    <message>
        <source>API client</source>
        <translation>API-Client</translation>
    </message>
    <message>
        <source>Keychain notice</source>
        <translation>Hinweis zum Schlüsselbund</translation>
    </message>
    <message>
        <source>Who Passdesk works as</source>
        <translation>Als wer Passdesk arbeitet</translation>
    </message>
</context>
<context>
    <name>TenantForm</name>
    <message>
        <source>Tenant settings</source>
        <translation>Mandanteneinstellungen</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
        <source>e.g. Acme production</source>
        <translation>z. B. Acme Produktion</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>How the tenant is named in Passdesk&apos;s tool bar and window</source>
        <translation>Wie der Mandant in der Symbolleiste und im Fenster von Passdesk heißt</translation>
    </message>
    <message>
        <source>Tenant &amp;name or API URL:</source>
        <translation>Mandantenname oder API-&amp;URL:</translation>
    </message>
    <message>
        <source>acme or https://acme.api.identitynow.com</source>
        <translation>acme oder https://acme.api.identitynow.com</translation>
    </message>
    <message>
        <source>Tenant name or API base URL</source>
        <translation>Mandantenname oder API-Basis-URL</translation>
    </message>
    <message>
        <source>A tenant name such as acme, or the full https address of the tenant&apos;s API</source>
        <translation>Ein Mandantenname wie acme oder die vollständige https-Adresse der API des Mandanten</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>API-&amp;Version:</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API-Version</translation>
    </message>
    <message>
        <source>The version of the Identity Security Cloud API Passdesk speaks with this tenant</source>
        <translation>Die Version der Identity-Security-Cloud-API, die Passdesk mit diesem Mandanten spricht</translation>
    </message>
    <message>
        <source>Sign in &amp;with:</source>
        <translation>Anmel&amp;den mit:</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation>Anmeldeverfahren</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>The client ID of the API client or personal access token</source>
        <translation>Die Client-ID des API-Clients oder persönlichen Zugriffstokens</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>&amp;Remember the secret in the system keychain</source>
        <translation>Geheimnis im Schlüsselbund des Systems mer&amp;ken</translation>
    </message>
    <message>
        <source>Remember the secret in the system keychain</source>
        <translation>Geheimnis im Schlüsselbund des Systems merken</translation>
    </message>
    <message>
        <source>Otherwise Passdesk keeps the secret for this session only and asks for it again next time</source>
        <translation>Sonst hält Passdesk das Geheimnis nur für diese Sitzung und fragt beim nächsten Mal erneut</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <source>&amp;Production</source>
        <translation>&amp;Produktiv</translation>
    </message>
    <message>
        <source>Production tenant</source>
        <translation>Produktivmandant</translation>
    </message>
    <message>
        <source>Shown in red; new production tenants start locked read-only</source>
        <translation>Rot angezeigt; neue Produktivmandanten starten schreibgeschützt</translation>
    </message>
    <message>
        <source>&amp;Test tenant</source>
        <translation>&amp;Testmandant</translation>
    </message>
    <message>
        <source>Test tenant</source>
        <translation>Testmandant</translation>
    </message>
    <message>
        <source>A sandbox or development tenant where changes do no harm</source>
        <translation>Ein Sandbox- oder Entwicklungsmandant, in dem Änderungen keinen Schaden anrichten</translation>
    </message>
    <message>
        <source>&amp;Locked read-only</source>
        <translation>Sch&amp;reibgeschützt</translation>
    </message>
    <message>
        <source>Locked read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>While locked, Passdesk sends no config changes to this tenant, whatever the client may do</source>
        <translation>Solange gesperrt, sendet Passdesk keine Konfigurationsänderungen an diesen Mandanten, egal was der Client darf</translation>
    </message>
    <message>
        <source>Passdesk sends no config changes to a locked tenant, whatever the client may do. New production tenants start locked.</source>
        <translation>Passdesk sendet keine Konfigurationsänderungen an einen gesperrten Mandanten, egal was der Client darf. Neue Produktivmandanten starten gesperrt.</translation>
    </message>
    <message>
        <source>Redirect &amp;port:</source>
        <translation>Umleitungs-&amp;Port:</translation>
    </message>
    <message>
        <source>Redirect port</source>
        <translation>Umleitungs-Port</translation>
    </message>
    <message>
        <source>The port on this computer where the browser brings you back after signing in</source>
        <translation>Der Port auf diesem Computer, über den der Browser Sie nach der Anmeldung zurückbringt</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Kop&amp;ieren</translation>
    </message>
    <message>
        <source>Copy the redirect URI</source>
        <translation>Umleitungs-URI kopieren</translation>
    </message>
</context>
<context>
    <name>TenantsDialog</name>
    <message>
        <source>Tenants</source>
        <translation>Mandanten</translation>
    </message>
    <message>
        <source>&amp;Tenants:</source>
        <translation>&amp;Mandanten:</translation>
    </message>
    <message>
        <source>Stored tenants</source>
        <translation>Gespeicherte Mandanten</translation>
    </message>
    <message>
        <source>Each entry says whether the tenant is production or a test tenant and whether it is locked</source>
        <translation>Jeder Eintrag sagt, ob der Mandant produktiv oder ein Testmandant ist und ob er gesperrt ist</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add a tenant</source>
        <translation>Einen Mandanten hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Remove the selected tenant</source>
        <translation>Den ausgewählten Mandanten entfernen</translation>
    </message>
    <message>
        <source>Asks first; the tenant&apos;s secret is deleted from the keychain as well</source>
        <translation>Fragt zuerst; das Geheimnis des Mandanten wird auch aus dem Schlüsselbund gelöscht</translation>
    </message>
    <message>
        <source>The built-in sandbox tenant is not listed here: it is always available from the tool bar.</source>
        <translation>Der eingebaute Sandbox-Mandant steht nicht in dieser Liste: Er ist immer über die Symbolleiste erreichbar.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the tenant</source>
        <translation>Den Mandanten speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the tenants dialog</source>
        <translation>Den Mandantendialog schließen</translation>
    </message>
</context>
<context>
    <name>TokenDialog</name>
    <message>
        <source>Generate digit token</source>
        <translation>Zifferntoken erzeugen</translation>
    </message>
    <message>
        <source>Token and history</source>
        <translation>Token und Verlauf</translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation>&amp;Token</translation>
    </message>
    <message>
        <source>Digit tokens disabled</source>
        <translation>Zifferntoken deaktiviert</translation>
    </message>
    <message>
        <source>API version note</source>
        <translation>Hinweis zur API-Version</translation>
    </message>
    <message>
        <source>Caller&apos;s &amp;user:</source>
        <translation>&amp;Benutzer des Anrufers:</translation>
    </message>
    <message>
        <source>Type a name, email or uid</source>
        <translation>Namen, E-Mail oder UID eingeben</translation>
    </message>
    <message>
        <source>Caller&apos;s user</source>
        <translation>Benutzer des Anrufers</translation>
    </message>
    <message>
        <source>Type a name, email or uid and pick the person from the list</source>
        <translation>Namen, E-Mail oder UID eingeben und die Person aus der Liste wählen</translation>
    </message>
    <message>
        <source>Picked identity</source>
        <translation>Gewählte Identität</translation>
    </message>
    <message>
        <source>User problem</source>
        <translation>Problem mit dem Benutzer</translation>
    </message>
    <message>
        <source>Token &amp;length:</source>
        <translation>Token&amp;länge:</translation>
    </message>
    <message>
        <source> digits</source>
        <translation> Ziffern</translation>
    </message>
    <message>
        <source>Token length in digits</source>
        <translation>Tokenlänge in Ziffern</translation>
    </message>
    <message>
        <source>From 6 to 18 digits</source>
        <translation>Von 6 bis 18 Ziffern</translation>
    </message>
    <message>
        <source>Length problem</source>
        <translation>Problem mit der Länge</translation>
    </message>
    <message>
        <source>Valid &amp;for:</source>
        <translation>&amp;Gültig für:</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>Token lifetime in minutes</source>
        <translation>Token-Gültigkeit in Minuten</translation>
    </message>
    <message>
        <source>From 1 to 60 minutes</source>
        <translation>Von 1 bis 60 Minuten</translation>
    </message>
    <message>
        <source>I have &amp;verified the caller&apos;s identity</source>
        <translation>Ich habe die Identität des Anrufers &amp;geprüft</translation>
    </message>
    <message>
        <source>Caller identity verified</source>
        <translation>Identität des Anrufers geprüft</translation>
    </message>
    <message>
        <source>Required before a token can be generated</source>
        <translation>Nötig, bevor ein Token erzeugt werden kann</translation>
    </message>
    <message>
        <source>Generating the token</source>
        <translation>Token wird erzeugt</translation>
    </message>
    <message>
        <source>Ca&amp;ncel request</source>
        <translation>Anfrage a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Anfrage abbrechen</translation>
    </message>
    <message>
        <source>&amp;Generate token</source>
        <translation>Token &amp;erzeugen</translation>
    </message>
    <message>
        <source>Generate token</source>
        <translation>Token erzeugen</translation>
    </message>
    <message>
        <source>Session &amp;history</source>
        <translation>Sitzungs&amp;verlauf</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Lifetime problem</source>
        <translation>Problem mit der Gültigkeit</translation>
    </message>
    <message>
        <source>Session history</source>
        <translation>Sitzungsverlauf</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
</context>
<context>
    <name>TokenHistoryPanel</name>
    <message>
        <source>Tokens generated in this session. The digits are never kept.</source>
        <translation>In dieser Sitzung erzeugte Token. Die Ziffern werden nie gespeichert.</translation>
    </message>
    <message>
        <source>About the history</source>
        <translation>Über den Verlauf</translation>
    </message>
    <message>
        <source>Tokens generated in this session</source>
        <translation>In dieser Sitzung erzeugte Token</translation>
    </message>
    <message>
        <source>Cop&amp;y as text</source>
        <translation>Als Te&amp;xt kopieren</translation>
    </message>
    <message>
        <source>Copy history as text</source>
        <translation>Verlauf als Text kopieren</translation>
    </message>
    <message>
        <source>&amp;Save as CSV…</source>
        <translation>Als CSV &amp;speichern…</translation>
    </message>
    <message>
        <source>Save history as CSV</source>
        <translation>Verlauf als CSV speichern</translation>
    </message>
</context>
<context>
    <name>TokenView</name>
    <message>
        <source>Token to read out</source>
        <translation>Vorzulesendes Token</translation>
    </message>
    <message>
        <source>The server sent this token as a number; Passdesk restored its leading zeros.</source>
        <translation>Der Server hat dieses Token als Zahl gesendet; Passdesk hat die führenden Nullen wiederhergestellt.</translation>
    </message>
    <message>
        <source>Token repaired note</source>
        <translation>Hinweis: Token repariert</translation>
    </message>
    <message>
        <source>Clipboard status</source>
        <translation>Status der Zwischenablage</translation>
    </message>
    <message>
        <source>Token expiry</source>
        <translation>Ablauf des Tokens</translation>
    </message>
    <message>
        <source>Token details</source>
        <translation>Tokendetails</translation>
    </message>
    <message>
        <source>Copy &amp;details</source>
        <translation>&amp;Details kopieren</translation>
    </message>
    <message>
        <source>Copy token details for the ticket</source>
        <translation>Tokendetails für das Ticket kopieren</translation>
    </message>
    <message>
        <source>C&amp;opy token</source>
        <translation>T&amp;oken kopieren</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>Token kopieren</translation>
    </message>
    <message>
        <source>Token length warning</source>
        <translation>Warnung: Tokenlänge</translation>
    </message>
</context>
</TS>
