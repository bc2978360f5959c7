<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de">
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
        <source>When on, users see your organization's own instructions whenever they change or reset their password.</source>
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
        <source>API version</source>
        <translation>API-Version</translation>
    </message>
    <message>
        <source>API client</source>
        <translation>API-Client</translation>
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
</context>
<context>
    <name>Passdesk::AccessTokenProvider</name>
    <message>
        <source>The token endpoint answered without an access token.</source>
        <translation>Der Token-Endpunkt hat ohne Zugriffstoken geantwortet.</translation>
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
        <source>The secure connection was refused: the server's certificate could not be verified.</source>
        <translation>Die sichere Verbindung wurde abgelehnt: Das Zertifikat des Servers konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The server's answer could not be read.</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The server's answer was too large (over 1 MiB) and was not read.</source>
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
        <source>The server did not accept Passdesk's credentials (HTTP 401).</source>
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
        <source>The request conflicts with the server's current state (HTTP 409).</source>
        <translation>Die Anfrage steht im Widerspruch zum aktuellen Stand des Servers (HTTP 409).</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests: the server asks Passdesk to wait %n second(s).</source>
        <translation><numerusform>Zu viele Anfragen: Der Server bittet Passdesk, %n Sekunde zu warten.</numerusform><numerusform>Zu viele Anfragen: Der Server bittet Passdesk, %n Sekunden zu warten.</numerusform></translation>
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
    <name>Passdesk::ConfigDialogs</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation><numerusform>%n Minute</numerusform><numerusform>%n Minuten</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s)</source>
        <translation><numerusform>%n Ziffer</numerusform><numerusform>%n Ziffern</numerusform></translation>
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
        <source>&lt;p style="color:#b71c1c"&gt;&lt;b&gt;This is a production tenant.&lt;/b&gt; The change applies to every user and helpdesk agent at once.&lt;/p&gt;</source>
        <translation>&lt;p style="color:#b71c1c"&gt;&lt;b&gt;Dies ist ein Produktivmandant.&lt;/b&gt; Die Änderung gilt sofort für alle Benutzer und Helpdesk-Mitarbeiter.&lt;/p&gt;</translation>
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
        <source>&lt;p&gt;Someone changed the password org config on the server since you loaded it. Changes made there are in bold.&lt;/p&gt;&lt;table cellspacing="6"&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;Your version&lt;/th&gt;&lt;th&gt;Server's version&lt;/th&gt;&lt;/tr&gt;%1&lt;/table&gt;</source>
        <translation>&lt;p&gt;Seit dem Laden hat jemand die Passwort-Organisationskonfiguration auf dem Server geändert. Dort geänderte Werte sind fett.&lt;/p&gt;&lt;table cellspacing="6"&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;Ihre Fassung&lt;/th&gt;&lt;th&gt;Fassung des Servers&lt;/th&gt;&lt;/tr&gt;%1&lt;/table&gt;</translation>
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
        <source>&amp;Take server's</source>
        <translation>&amp;Serverstand übernehmen</translation>
    </message>
    <message>
        <source>Reload the config?</source>
        <translation>Konfiguration neu laden?</translation>
    </message>
    <message>
        <source>&lt;p&gt;Reloading replaces your unsaved changes with the server's values.&lt;/p&gt;</source>
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
        <source>Saved value: %1</source>
        <translation>Gespeicherter Wert: %1</translation>
    </message>
    <message>
        <source>This tenant is locked read-only in Passdesk: you can read the settings, and Passdesk sends no change.</source>
        <translation>Dieser Mandant ist in Passdesk schreibgeschützt: Sie können die Einstellungen lesen, und Passdesk sendet keine Änderung.</translation>
    </message>
    <message>
        <source>This API client may read the settings but not change them: it lacks the scope %1.</source>
        <translation>Dieser API-Client darf die Einstellungen lesen, aber nicht ändern: Ihm fehlt der Geltungsbereich %1.</translation>
    </message>
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
    <message>
        <source>Checking the server's current values…</source>
        <translation>Aktuelle Werte des Servers werden geprüft…</translation>
    </message>
    <message>
        <source>Not saved: the server's current values could not be read. Your changes are still here.</source>
        <translation>Nicht gespeichert: Die aktuellen Werte des Servers konnten nicht gelesen werden. Ihre Änderungen sind noch da.</translation>
    </message>
    <message>
        <source>Loaded the server's newer values at %1.</source>
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
        <source>The server refused the change (403): this API client is not allowed to change the org config. It needs the scope %1. Your changes are still in the form.</source>
        <translation>Der Server hat die Änderung abgelehnt (403): Dieser API-Client darf die Organisationskonfiguration nicht ändern. Er braucht den Geltungsbereich %1. Ihre Änderungen stehen noch im Formular.</translation>
    </message>
    <message>
        <source>Not saved: this API client may not change the org config. Your changes are still here.</source>
        <translation>Nicht gespeichert: Dieser API-Client darf die Organisationskonfiguration nicht ändern. Ihre Änderungen sind noch da.</translation>
    </message>
    <message>
        <source>The server already has these values (checked at %1).</source>
        <translation>Der Server hat diese Werte bereits (geprüft um %1).</translation>
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
        <source>The server's answer has no digit token.</source>
        <translation>Die Antwort des Servers enthält kein Zifferntoken.</translation>
    </message>
    <message>
        <source>The digit token from the server is a number that is not a whole, positive token.</source>
        <translation>Das Zifferntoken des Servers ist eine Zahl, aber kein ganzes, positives Token.</translation>
    </message>
    <message>
        <source>Enter the user's uid (their username).</source>
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
        <translation><numerusform>Sie können es in %n Sekunde erneut versuchen.</numerusform><numerusform>Sie können es in %n Sekunden erneut versuchen.</numerusform></translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Sie können es jetzt erneut versuchen.</translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %n second(s). The server asked for a longer wait; Passdesk waits at most an hour.</source>
        <translation><numerusform>Sie können es in %n Sekunde erneut versuchen. Der Server bat um eine längere Wartezeit; Passdesk wartet höchstens eine Stunde.</numerusform><numerusform>Sie können es in %n Sekunden erneut versuchen. Der Server bat um eine längere Wartezeit; Passdesk wartet höchstens eine Stunde.</numerusform></translation>
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
        <source>The server's name could not be found. Check the tenant name and your network.</source>
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
        <source>A secure (TLS) connection could not be established; the server's certificate was not accepted.</source>
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
        <source>The proxy server did not pass the request on. Check the system's proxy settings.</source>
        <translation>Der Proxyserver hat die Anfrage nicht weitergegeben. Prüfen Sie die Proxy-Einstellungen des Systems.</translation>
    </message>
    <message>
        <source>The server's answer broke the HTTP protocol.</source>
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
        <source>Sign in to the sandbox as this built-in client: admin, helpdesk or readonly.</source>
        <translation>Als dieser eingebaute Client an der Sandbox anmelden: admin, helpdesk oder readonly.</translation>
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
        <source>Unknown sandbox client "%1"; use admin, helpdesk or readonly.</source>
        <translation>Unbekannter Sandbox-Client „%1“; verwenden Sie admin, helpdesk oder readonly.</translation>
    </message>
    <message>
        <source>Unexpected argument "%1".</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>Passdesk needs a graphical display, and none was found (DISPLAY is not set). Run it on a desktop, or without one as: xvfb-run -a passdesk --sandbox</source>
        <translation>Passdesk benötigt eine grafische Anzeige, und es wurde keine gefunden (DISPLAY ist nicht gesetzt). Starten Sie es auf einem Desktop oder ohne Anzeige so: xvfb-run -a passdesk --sandbox</translation>
    </message>
</context>
<context>
    <name>Passdesk::TokenDialog</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>%1 · %2 · inactive (%3): check before resetting</source>
        <translation>%1 · %2 · inaktiv (%3): vor dem Zurücksetzen prüfen</translation>
    </message>
    <message>
        <source>%1 · %2 · active</source>
        <translation>%1 · %2 · aktiv</translation>
    </message>
    <message>
        <source>The lookup failed (%1); you can still type the exact uid.</source>
        <translation>Die Suche ist fehlgeschlagen (%1); Sie können die genaue UID trotzdem eingeben.</translation>
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
        <source>Verify the caller's identity first.</source>
        <translation>Prüfen Sie zuerst die Identität des Anrufers.</translation>
    </message>
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
    <message>
        <source>Expires in %1 (at %2).</source>
        <translation>Läuft ab in %1 (um %2).</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>This token expired at %1 and is hidden. Generate a new one if the caller still needs it.</source>
        <translation>Dieses Token ist um %1 abgelaufen und wird ausgeblendet. Erzeugen Sie ein neues, falls der Anrufer es noch braucht.</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n second(s).</source>
        <translation><numerusform>Kopiert. Die Zwischenablage wird in %n Sekunde geleert.</numerusform><numerusform>Kopiert. Die Zwischenablage wird in %n Sekunden geleert.</numerusform></translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared when Passdesk quits.</source>
        <translation>Kopiert. Die Zwischenablage wird beim Beenden von Passdesk geleert.</translation>
    </message>
    <message>
        <source>Generate digit token</source>
        <translation>Zifferntoken erzeugen</translation>
    </message>
    <message>
        <source>The server asked Passdesk to wait before the next request.</source>
        <translation>Der Server bat Passdesk, vor der nächsten Anfrage zu warten.</translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s), read out in groups</source>
        <translation><numerusform>%n Ziffer, in Gruppen vorgelesen</numerusform><numerusform>%n Ziffern, in Gruppen vorgelesen</numerusform></translation>
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
        <translation><numerusform>Länge: %n Ziffer</numerusform><numerusform>Länge: %n Ziffern</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Valid for: %n minute(s)</source>
        <translation><numerusform>Gültig für: %n Minute</numerusform><numerusform>Gültig für: %n Minuten</numerusform></translation>
    </message>
    <message>
        <source>Generated: %1</source>
        <translation>Erzeugt: %1</translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation>Läuft ab: %1</translation>
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
        <translation><numerusform>%n Ziffer, gültig %1 Minuten</numerusform><numerusform>%n Ziffern, gültig %1 Minuten</numerusform></translation>
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
        <source>Caller's &amp;user:</source>
        <translation>&amp;Benutzer des Anrufers:</translation>
    </message>
    <message>
        <source>Type a name, email or uid</source>
        <translation>Namen, E-Mail oder UID eingeben</translation>
    </message>
    <message>
        <source>Caller's user</source>
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
        <source>I have &amp;verified the caller's identity</source>
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
        <source>Token to read out</source>
        <translation>Vorzulesendes Token</translation>
    </message>
    <message>
        <source>Digit token</source>
        <translation>Zifferntoken</translation>
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
        <source>Copy token</source>
        <translation>Token kopieren</translation>
    </message>
    <message>
        <source>Session &amp;history</source>
        <translation>Sitzungs&amp;verlauf</translation>
    </message>
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
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Lifetime problem</source>
        <translation>Problem mit der Gültigkeit</translation>
    </message>
    <message>
        <source>Clipboard status</source>
        <translation>Status der Zwischenablage</translation>
    </message>
    <message>
        <source>Session history</source>
        <translation>Sitzungsverlauf</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
    <message>
        <source>C&amp;opy token</source>
        <translation>T&amp;oken kopieren</translation>
    </message>
    <message>
        <source>Cop&amp;y as text</source>
        <translation>Als Te&amp;xt kopieren</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Sandbox tenant</source>
        <translation>Sandbox-Mandant</translation>
    </message>
    <message>
        <source>The sandbox tenant could not listen on a loopback port.</source>
        <translation>Der Sandbox-Mandant konnte an keinem Loopback-Port lauschen.</translation>
    </message>
</context>
</TS>