<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ConfigPage</name>
    <message>
        <source>Password org config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show custom password instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom password instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When on, users see your organization&apos;s own instructions whenever they change or reset their password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About custom password instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digit tokens for helpdesk resets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow helpdesk staff to generate digit tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digit tokens enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A digit token is a one-time numeric code that the helpdesk reads out to a locked-out user, who types it to reset their password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About digit tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token &amp;lifetime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digit token lifetime in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From 1 to 60 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a code stays valid after the helpdesk generates it. Shorter is safer; the caller must use it in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the token lifetime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token le&amp;ngth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digit token length in digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From 6 to 18 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many digits a code has. Longer codes are harder to guess and take longer to read out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the token length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorView</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no text in your language, so it answered in its default language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy everything a support ticket needs to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Passdesk [*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Org config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;elpdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate digit token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a digit token for a caller (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Passdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Passdesk::AccessTokenProvider</name>
    <message>
        <source>The token endpoint answered without an access token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Passdesk::ApiClient</name>
    <message>
        <source>Load password org config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save password org config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tenant is locked read-only in Passdesk; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no changes to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create password org config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate digit token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API version %1 has no digit token operation. Choose v2025, v2024, v2026, beta or the per-service v1 API for this tenant.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Passdesk::ApiError</name>
    <message>
        <source>Passdesk could not reach the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection was refused: the server&apos;s certificate could not be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large (over 1 MiB) and was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent Passdesk elsewhere (HTTP %1); Passdesk does not follow redirects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This API version does not offer that operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request as invalid (HTTP 400).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept Passdesk&apos;s credentials (HTTP 401).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This API client is not allowed to do that (HTTP 403).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not have what was asked for (HTTP 404).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request conflicts with the server&apos;s current state (HTTP 409).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many requests: the server asks Passdesk to wait %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests: the server asks Passdesk to wait a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had an internal problem (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detailCode: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trackingId: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLPT-Request-ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Causes:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry-After: %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate issuer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate problems: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not supported by this API version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Passdesk::ApiVersion</name>
    <message>
        <source>v2025 (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v2024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v3 (config only, no digit tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per-service v1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Passdesk::ConfigDialogs</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Custom password instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digit tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digit token lifetime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digit token length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;%1: %2 → &lt;b&gt;%3&lt;/b&gt;&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Save these changes to the password org config of &lt;b&gt;%1&lt;/b&gt;?&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:#b71c1c&quot;&gt;&lt;b&gt;This is a production tenant.&lt;/b&gt; The change applies to every user and helpdesk agent at once.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save password org config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Someone changed the password org config on the server since you loaded it. Changes made there are in bold.&lt;/p&gt;&lt;table cellspacing=&quot;6&quot;&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;Your version&lt;/th&gt;&lt;th&gt;Server&apos;s version&lt;/th&gt;&lt;/tr&gt;%1&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The config changed on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take server&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the config?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Reloading replaces your unsaved changes with the server&apos;s values.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard and reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Passdesk::ConfigPage</name>
    <message>
        <source>The org config has not been loaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the password org config…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tenant has no password org config yet. The form shows the defaults; Create config saves them to the tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The config could not be reloaded; the form shows what was loaded before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password org config could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tenant is locked read-only in Passdesk: you can read the settings, and Passdesk sends no change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This API client may read the settings but not change them: it lacks the scope %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the org config from the server again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the changed settings to the server (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the values loaded from the server (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the server&apos;s current values…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the server&apos;s current values could not be read. Your changes are still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded the server&apos;s newer values at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved. The server has newer values; your changes are still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved. Your changes are still in the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the password org config…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The config was not created. The form keeps your values.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Passdesk::ConnectionSettings</name>
    <message>
        <source>Enter a tenant name (such as acme) or the API base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must not contain spaces or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tenant name has only letters, digits and inner hyphens (at most 63).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is neither a tenant name nor a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passdesk only connects over https; plain http is allowed only for this computer (loopback).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must not contain a user name or password; Passdesk asks for credentials separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must not have a query (?) or fragment (#).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must be the API base (such as https://acme.api.identitynow.com), without a path.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Passdesk::DigitToken</name>
    <message>
        <source>The digit token answer is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The digit token from the server is not made of digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer has no digit token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The digit token from the server is a number that is not a whole, positive token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user&apos;s uid (their username).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A uid is at most 128 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The uid contains control characters; paste it again or pick the user from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token length must be between %1 and %2 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token duration must be between %1 and %2 minutes.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The server asked for a longer wait; Passdesk waits at most an hour.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passdesk error report
Time: %1
Tenant: %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Passdesk::IdentityLookup</name>
    <message>
        <source>Matching people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3) — inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This identity is inactive (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Passdesk::MainWindow</name>
    <message>
        <source>API %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – Passdesk [*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password org config has changes that are not saved. Discard them and close Passdesk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Passdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Passdesk %1&lt;/b&gt;&lt;br&gt;Password Org Config and helpdesk digit tokens for Identity Security Cloud.&lt;br&gt;Built with Qt %2, running on Qt %3.&lt;br&gt;Settings: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Passdesk::NetworkErrors</name>
    <message>
        <source>The server refused the connection. Is the address right and the service running?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection before the answer was complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found. Check the tenant name and your network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server took too long to answer, so Passdesk stopped waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure (TLS) connection could not be established; the server&apos;s certificate was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network is not available right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system does not allow network access in the background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected the request; Passdesk does not follow redirects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy server did not pass the request on. Check the system&apos;s proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer broke the HTTP protocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unknown network error occurred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network error occurred (code %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Passdesk::OrgConfig</name>
    <message>
        <source>The password org config from the server is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent %1 as something other than true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent %1 as something other than a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent %1 = %2, outside the allowed %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3, not %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Passdesk::PublicIdentity</name>
    <message>
        <source>The identity list from the server is not a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity list holds an entry that is not an identity.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Passdesk::ReplyErrors</name>
    <message>
        <source>The answer was larger than 1 MiB and was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected to %1; Passdesk does not follow redirects.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Passdesk::SettingsDialog</name>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Passdesk::StartupOptions</name>
    <message>
        <source>Passdesk: the Password Org Config and helpdesk digit tokens of Identity Security Cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start on the embedded sandbox tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the sandbox as this built-in client: admin, helpdesk or readonly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this user interface language (e.g. de).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep settings in this directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown sandbox client &quot;%1&quot;; use admin, helpdesk or readonly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passdesk needs a graphical display, and none was found (DISPLAY is not set). Run it on a desktop, or without one as: xvfb-run -a passdesk --sandbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Passdesk::TokenDialog</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · inactive (%3): check before resetting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lookup failed (%1); you can still type the exact uid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate digit token – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digit tokens are turned off for this tenant, so the server will refuse to generate one. An org admin can turn them on in the Password Org Config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection uses API %1, which has no digit tokens. Use v2025, v2024, v2026, beta or the per-service v1 API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the caller&apos;s identity first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save token history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires in %1 (at %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token expired at %1 and is hidden. Generate a new one if the caller still needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared when Passdesk quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate digit token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asked Passdesk to wait before the next request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s), read out in groups</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Length: %n digit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Valid for: %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Generated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Passdesk::TokenHistory</name>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s), valid %1 minutes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Passdesk settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also the language Passdesk asks the server to answer in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helpdesk staff must confirm they &amp;verified the caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require caller verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear a copied &amp;token after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when Passdesk quits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds until a copied token is cleared</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenDialog</name>
    <message>
        <source>Generate digit token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token and history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digit tokens disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API version note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller&apos;s &amp;user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, email or uid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller&apos;s user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, email or uid and pick the person from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token &amp;length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token length in digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From 6 to 18 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid &amp;for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token lifetime in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From 1 to 60 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;verified the caller&apos;s identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller identity verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required before a token can be generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncel request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token to read out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digit token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent this token as a number; Passdesk restored its leading zeros.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token repaired note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy token details for the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session &amp;history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens generated in this session. The digits are never kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens generated in this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy history as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save history as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipboard status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Sandbox tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox tenant could not listen on a loopback port.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
