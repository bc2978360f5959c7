<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>BrowserSignInDialog</name>
    <message>
        <source>Sign in with the browser</source>
        <translation>Sign in with the browser</translation>
    </message>
    <message>
        <source>Sign in to the tenant with the browser</source>
        <translation>Sign in to the tenant with the browser</translation>
    </message>
    <message>
        <source>Why Passdesk asks</source>
        <translation>Why Passdesk asks</translation>
    </message>
    <message>
        <source>Sign in with the &amp;browser</source>
        <translation>Sign in with the &amp;browser</translation>
    </message>
    <message>
        <source>&amp;Copy the sign-in address</source>
        <translation>&amp;Copy the sign-in address</translation>
    </message>
    <message>
        <source>For a browser Passdesk could not open itself</source>
        <translation>For a browser Passdesk could not open itself</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Sign-in status</translation>
    </message>
    <message>
        <source>Or &amp;paste the code:</source>
        <translation>Or &amp;paste the code:</translation>
    </message>
    <message>
        <source>The code, or the whole address the browser shows</source>
        <translation>The code, or the whole address the browser shows</translation>
    </message>
    <message>
        <source>Sign-in code or redirect address</source>
        <translation>Sign-in code or redirect address</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>&amp;Use</translation>
    </message>
    <message>
        <source>Use the pasted code</source>
        <translation>Use the pasted code</translation>
    </message>
    <message>
        <source>Where the sign-in is kept</source>
        <translation>Where the sign-in is kept</translation>
    </message>
</context>
<context>
    <name>ConfigPage</name>
    <message>
        <source>Password org config</source>
        <translation>Password org config</translation>
    </message>
    <message>
        <source>Config status</source>
        <translation>Config status</translation>
    </message>
    <message>
        <source>Request in progress</source>
        <translation>Request in progress</translation>
    </message>
    <message>
        <source>Read-only notice</source>
        <translation>Read-only notice</translation>
    </message>
    <message>
        <source>Password instructions</source>
        <translation>Password instructions</translation>
    </message>
    <message>
        <source>Show custom password instructions</source>
        <translation>Show custom password instructions</translation>
    </message>
    <message>
        <source>Custom password instructions</source>
        <translation>Custom password instructions</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Changed since loaded</source>
        <translation>Changed since loaded</translation>
    </message>
    <message>
        <source>When on, users see your organization's own instructions whenever they change or reset their password.</source>
        <translation>When on, users see your organization's own instructions whenever they change or reset their password.</translation>
    </message>
    <message>
        <source>About custom password instructions</source>
        <translation>About custom password instructions</translation>
    </message>
    <message>
        <source>Digit tokens for helpdesk resets</source>
        <translation>Digit tokens for helpdesk resets</translation>
    </message>
    <message>
        <source>Allow helpdesk staff to generate digit tokens</source>
        <translation>Allow helpdesk staff to generate digit tokens</translation>
    </message>
    <message>
        <source>Digit tokens enabled</source>
        <translation>Digit tokens enabled</translation>
    </message>
    <message>
        <source>A digit token is a one-time numeric code that the helpdesk reads out to a locked-out user, who types it to reset their password.</source>
        <translation>A digit token is a one-time numeric code that the helpdesk reads out to a locked-out user, who types it to reset their password.</translation>
    </message>
    <message>
        <source>About digit tokens</source>
        <translation>About digit tokens</translation>
    </message>
    <message>
        <source>Token &amp;lifetime:</source>
        <translation>Token &amp;lifetime:</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Digit token lifetime in minutes</source>
        <translation>Digit token lifetime in minutes</translation>
    </message>
    <message>
        <source>From 1 to 60 minutes</source>
        <translation>From 1 to 60 minutes</translation>
    </message>
    <message>
        <source>How long a code stays valid after the helpdesk generates it. Shorter is safer; the caller must use it in time.</source>
        <translation>How long a code stays valid after the helpdesk generates it. Shorter is safer; the caller must use it in time.</translation>
    </message>
    <message>
        <source>About the token lifetime</source>
        <translation>About the token lifetime</translation>
    </message>
    <message>
        <source>Token le&amp;ngth:</source>
        <translation>Token le&amp;ngth:</translation>
    </message>
    <message>
        <source> digits</source>
        <translation> digits</translation>
    </message>
    <message>
        <source>Digit token length in digits</source>
        <translation>Digit token length in digits</translation>
    </message>
    <message>
        <source>From 6 to 18 digits</source>
        <translation>From 6 to 18 digits</translation>
    </message>
    <message>
        <source>How many digits a code has. Longer codes are harder to guess and take longer to read out.</source>
        <translation>How many digits a code has. Longer codes are harder to guess and take longer to read out.</translation>
    </message>
    <message>
        <source>About the token length</source>
        <translation>About the token length</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>&amp;Create config</source>
        <translation>&amp;Create config</translation>
    </message>
    <message>
        <source>Create config</source>
        <translation>Create config</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vert</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Save…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Config error</source>
        <translation>Config error</translation>
    </message>
    <message>
        <source>Values the server stored differently</source>
        <translation>Values the server stored differently</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>Cancel the request</translation>
    </message>
    <message>
        <source>Stop waiting for the server; your changes stay in the form</source>
        <translation>Stop waiting for the server; your changes stay in the form</translation>
    </message>
</context>
<context>
    <name>ErrorView</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Error summary</source>
        <translation>Error summary</translation>
    </message>
    <message>
        <source>Server messages</source>
        <translation>Server messages</translation>
    </message>
    <message>
        <source>The server has no text in your language, so it answered in its default language.</source>
        <translation>The server has no text in your language, so it answered in its default language.</translation>
    </message>
    <message>
        <source>Language note</source>
        <translation>Language note</translation>
    </message>
    <message>
        <source>Detail code</source>
        <translation>Detail code</translation>
    </message>
    <message>
        <source>Tracking ID</source>
        <translation>Tracking ID</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Request ID</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificate:</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>Certificate details</translation>
    </message>
    <message>
        <source>Retry countdown</source>
        <translation>Retry countdown</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <source>Copy error details</source>
        <translation>Copy error details</translation>
    </message>
    <message>
        <source>Copy everything a support ticket needs to the clipboard</source>
        <translation>Copy everything a support ticket needs to the clipboard</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
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
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Org config</source>
        <translation>&amp;Org config</translation>
    </message>
    <message>
        <source>H&amp;elpdesk</source>
        <translation>H&amp;elpdesk</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>Main tool bar</translation>
    </message>
    <message>
        <source>&amp;Generate digit token…</source>
        <translation>&amp;Generate digit token…</translation>
    </message>
    <message>
        <source>Generate a digit token for a caller (Ctrl+G)</source>
        <translation>Generate a digit token for a caller (Ctrl+G)</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Passdesk</source>
        <translation>&amp;About Passdesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Tenant</source>
        <translation>&amp;Tenant</translation>
    </message>
    <message>
        <source>&amp;Tenants…</source>
        <translation>&amp;Tenants…</translation>
    </message>
    <message>
        <source>Add, edit, remove and test tenants (Ctrl+T)</source>
        <translation>Add, edit, remove and test tenants (Ctrl+T)</translation>
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
        <translation>Paste an access token.</translation>
    </message>
    <message>
        <source>This is too long to be an access token.</source>
        <translation>This is too long to be an access token.</translation>
    </message>
    <message>
        <source>An access token has only letters, digits and - . _ ~ + / =; check what was pasted.</source>
        <translation>An access token has only letters, digits and - . _ ~ + / =; check what was pasted.</translation>
    </message>
    <message>
        <source>This access token expired on %1.</source>
        <translation>This access token expired on %1.</translation>
    </message>
</context>
<context>
    <name>Passdesk::AccessTokenProvider</name>
    <message>
        <source>The pasted access token expired at %1. Paste a new one to go on.</source>
        <translation>The pasted access token expired at %1. Paste a new one to go on.</translation>
    </message>
    <message>
        <source>Paste an access token for this tenant.</source>
        <translation>Paste an access token for this tenant.</translation>
    </message>
    <message>
        <source>The pasted access token has expired. Paste a new one to go on.</source>
        <translation>The pasted access token has expired. Paste a new one to go on.</translation>
    </message>
    <message>
        <source>Passdesk has no client secret for this tenant. Enter it to sign in.</source>
        <translation>Passdesk has no client secret for this tenant. Enter it to sign in.</translation>
    </message>
    <message>
        <source>The server refused the pasted access token (it may have expired or been revoked). Paste a new one to go on.</source>
        <translation>The server refused the pasted access token (it may have expired or been revoked). Paste a new one to go on.</translation>
    </message>
    <message>
        <source>You signed out. Paste an access token to sign in again.</source>
        <translation>You signed out. Paste an access token to sign in again.</translation>
    </message>
    <message>
        <source>The pasted access token has characters an access token cannot have; nothing was sent with it. Paste it again.</source>
        <translation>The pasted access token has characters an access token cannot have; nothing was sent with it. Paste it again.</translation>
    </message>
    <message>
        <source>the %1 header would have carried characters a header cannot have.</source>
        <translation>the %1 header would have carried characters a header cannot have.</translation>
    </message>
    <message>
        <source>Sign in with the browser to use this tenant.</source>
        <translation>Sign in with the browser to use this tenant.</translation>
    </message>
    <message>
        <source>You signed out. Sign in with the browser to go on.</source>
        <translation>You signed out. Sign in with the browser to go on.</translation>
    </message>
    <message>
        <source>Your browser sign-in has ended (the tenant said: %1). Sign in with the browser again; what you typed stays where it is.</source>
        <translation>Your browser sign-in has ended (the tenant said: %1). Sign in with the browser again; what you typed stays where it is.</translation>
    </message>
</context>
<context>
    <name>Passdesk::ApiClient</name>
    <message>
        <source>Load password org config</source>
        <translation>Load password org config</translation>
    </message>
    <message>
        <source>Save password org config</source>
        <translation>Save password org config</translation>
    </message>
    <message>
        <source>This tenant is locked read-only in Passdesk; nothing was sent.</source>
        <translation>This tenant is locked read-only in Passdesk; nothing was sent.</translation>
    </message>
    <message>
        <source>There are no changes to save.</source>
        <translation>There are no changes to save.</translation>
    </message>
    <message>
        <source>Create password org config</source>
        <translation>Create password org config</translation>
    </message>
    <message>
        <source>Generate digit token</source>
        <translation>Generate digit token</translation>
    </message>
    <message>
        <source>Look up identities</source>
        <translation>Look up identities</translation>
    </message>
    <message>
        <source>API version %1 has no digit token operation. Choose v2025, v2024, v2026, beta or the per-service v1 API for this tenant.</source>
        <translation>API version %1 has no digit token operation. Choose v2025, v2024, v2026, beta or the per-service v1 API for this tenant.</translation>
    </message>
</context>
<context>
    <name>Passdesk::ApiError</name>
    <message>
        <source>Passdesk could not reach the server.</source>
        <translation>Passdesk could not reach the server.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>The server did not answer in time.</translation>
    </message>
    <message>
        <source>The secure connection was refused: the server's certificate could not be verified.</source>
        <translation>The secure connection was refused: the server's certificate could not be verified.</translation>
    </message>
    <message>
        <source>The server's answer could not be read.</source>
        <translation>The server's answer could not be read.</translation>
    </message>
    <message>
        <source>The server's answer was too large (over 1 MiB) and was not read.</source>
        <translation>The server's answer was too large (over 1 MiB) and was not read.</translation>
    </message>
    <message>
        <source>The server sent Passdesk elsewhere (HTTP %1); Passdesk does not follow redirects.</source>
        <translation>The server sent Passdesk elsewhere (HTTP %1); Passdesk does not follow redirects.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>The request was cancelled.</translation>
    </message>
    <message>
        <source>This API version does not offer that operation.</source>
        <translation>This API version does not offer that operation.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Nothing was sent: %1</translation>
    </message>
    <message>
        <source>The server refused the request as invalid (HTTP 400).</source>
        <translation>The server refused the request as invalid (HTTP 400).</translation>
    </message>
    <message>
        <source>The server did not accept Passdesk's credentials (HTTP 401).</source>
        <translation>The server did not accept Passdesk's credentials (HTTP 401).</translation>
    </message>
    <message>
        <source>This API client is not allowed to do that (HTTP 403).</source>
        <translation>This API client is not allowed to do that (HTTP 403).</translation>
    </message>
    <message>
        <source>The server does not have what was asked for (HTTP 404).</source>
        <translation>The server does not have what was asked for (HTTP 404).</translation>
    </message>
    <message>
        <source>The request conflicts with the server's current state (HTTP 409).</source>
        <translation>The request conflicts with the server's current state (HTTP 409).</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests: the server asks Passdesk to wait %n second(s).</source>
        <translation><numerusform>Too many requests: the server asks Passdesk to wait %n second.</numerusform><numerusform>Too many requests: the server asks Passdesk to wait %n seconds.</numerusform></translation>
    </message>
    <message>
        <source>Too many requests: the server asks Passdesk to wait a moment.</source>
        <translation>Too many requests: the server asks Passdesk to wait a moment.</translation>
    </message>
    <message>
        <source>The server had an internal problem (HTTP %1).</source>
        <translation>The server had an internal problem (HTTP %1).</translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP %1).</source>
        <translation>The server answered with an error (HTTP %1).</translation>
    </message>
    <message>
        <source>Operation: %1</source>
        <translation>Operation: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Kind: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP status: %1</translation>
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
        <translation>Error code: %1</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Description: %1</translation>
    </message>
    <message>
        <source>Messages:
%1</source>
        <translation>Messages:
%1</translation>
    </message>
    <message>
        <source>Causes:
%1</source>
        <translation>Causes:
%1</translation>
    </message>
    <message>
        <source>Response: %1</source>
        <translation>Response: %1</translation>
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
        <translation>Certificate subject: %1</translation>
    </message>
    <message>
        <source>Certificate issuer: %1</source>
        <translation>Certificate issuer: %1</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256 fingerprint: %1</translation>
    </message>
    <message>
        <source>Valid from: %1</source>
        <translation>Valid from: %1</translation>
    </message>
    <message>
        <source>Valid until: %1</source>
        <translation>Valid until: %1</translation>
    </message>
    <message>
        <source>Certificate problems: %1</source>
        <translation>Certificate problems: %1</translation>
    </message>
    <message>
        <source>No error</source>
        <translation>No error</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Network error</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Timeout</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>TLS error</translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation>HTTP error</translation>
    </message>
    <message>
        <source>Unreadable answer</source>
        <translation>Unreadable answer</translation>
    </message>
    <message>
        <source>Answer too large</source>
        <translation>Answer too large</translation>
    </message>
    <message>
        <source>Redirect refused</source>
        <translation>Redirect refused</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Not supported by this API version</source>
        <translation>Not supported by this API version</translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation>Invalid input</translation>
    </message>
    <message>
        <source>Sign in again: %1</source>
        <translation>Sign in again: %1</translation>
    </message>
    <message>
        <source>Credentials needed</source>
        <translation>Credentials needed</translation>
    </message>
    <message>
        <source>The server's headers were too large (over 64 KiB) and were not read.</source>
        <translation>The server's headers were too large (over 64 KiB) and were not read.</translation>
    </message>
    <message>
        <source>The server's answer could not be unpacked.</source>
        <translation>The server's answer could not be unpacked.</translation>
    </message>
    <message>
        <source>Headers too large</source>
        <translation>Headers too large</translation>
    </message>
    <message>
        <source>Answer could not be unpacked</source>
        <translation>Answer could not be unpacked</translation>
    </message>
</context>
<context>
    <name>Passdesk::ApiVersion</name>
    <message>
        <source>v2025 (current)</source>
        <translation>v2025 (current)</translation>
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
        <translation>v3 (config only, no digit tokens)</translation>
    </message>
    <message>
        <source>per-service v1</source>
        <translation>per-service v1</translation>
    </message>
</context>
<context>
    <name>Passdesk::BrowserSignIn</name>
    <message>
        <source>This tenant has no usable OAuth client ID for the browser sign-in. Enter the one the org admin registered in the tenant's settings.</source>
        <translation>This tenant has no usable OAuth client ID for the browser sign-in. Enter the one the org admin registered in the tenant's settings.</translation>
    </message>
    <message>
        <source>Passdesk could not find this tenant's sign-in page: %1/oauth/info did not name one (%2).</source>
        <translation>Passdesk could not find this tenant's sign-in page: %1/oauth/info did not name one (%2).</translation>
    </message>
    <message>
        <source>The pasted address is not the one the sign-in sends the browser to (%1).</source>
        <translation>The pasted address is not the one the sign-in sends the browser to (%1).</translation>
    </message>
    <message>
        <source>The pasted address belongs to another sign-in (its state does not match), so Passdesk refused it. Sign in again.</source>
        <translation>The pasted address belongs to another sign-in (its state does not match), so Passdesk refused it. Sign in again.</translation>
    </message>
    <message>
        <source>The sign-in was refused in the browser (%1).</source>
        <translation>The sign-in was refused in the browser (%1).</translation>
    </message>
    <message>
        <source>This is neither a sign-in code nor the address the browser shows after signing in.</source>
        <translation>This is neither a sign-in code nor the address the browser shows after signing in.</translation>
    </message>
    <message>
        <source>The tenant did not accept the sign-in: %1</source>
        <translation>The tenant did not accept the sign-in: %1</translation>
    </message>
</context>
<context>
    <name>Passdesk::BrowserSignInDialog</name>
    <message>
        <source>Waiting for the browser: sign in there, and Passdesk goes on by itself. If the browser cannot come back, paste the code or the address it shows below.</source>
        <translation>Waiting for the browser: sign in there, and Passdesk goes on by itself. If the browser cannot come back, paste the code or the address it shows below.</translation>
    </message>
    <message>
        <source>Passdesk could not open a browser. Copy the sign-in address, open it in a browser, and sign in there; Passdesk waits for it.</source>
        <translation>Passdesk could not open a browser. Copy the sign-in address, open it in a browser, and sign in there; Passdesk waits for it.</translation>
    </message>
    <message>
        <source>The browser came back; finishing the sign-in…</source>
        <translation>The browser came back; finishing the sign-in…</translation>
    </message>
    <message>
        <source>Finding the tenant's sign-in page…</source>
        <translation>Finding the tenant's sign-in page…</translation>
    </message>
    <message>
        <source>Sign in &amp;again</source>
        <translation>Sign in &amp;again</translation>
    </message>
    <message>
        <source>Sign in with the &amp;browser</source>
        <translation>Sign in with the &amp;browser</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Sign in to %1</translation>
    </message>
    <message>
        <source>Passdesk opens your browser at the tenant's sign-in page. Sign in there as yourself; Passdesk then works with your user level.</source>
        <translation>Passdesk opens your browser at the tenant's sign-in page. Sign in there as yourself; Passdesk then works with your user level.</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Passdesk keeps the sign-in (a refresh token, never the access token) in the system keychain, so it lasts a working day; Sign out deletes it.</source>
        <translation>Passdesk keeps the sign-in (a refresh token, never the access token) in the system keychain, so it lasts a working day; Sign out deletes it.</translation>
    </message>
    <message>
        <source>No system keychain is available: the sign-in lives in memory only and ends when Passdesk quits.</source>
        <translation>No system keychain is available: the sign-in lives in memory only and ends when Passdesk quits.</translation>
    </message>
</context>
<context>
    <name>Passdesk::CallerDetails</name>
    <message>
        <source>%1 · %2 · inactive (%3): check before resetting</source>
        <translation>%1 · %2 · inactive (%3): check before resetting</translation>
    </message>
    <message>
        <source>%1 · %2 · active</source>
        <translation>%1 · %2 · active</translation>
    </message>
    <message>
        <source>Looking callers up is off: %1. Only a user's token may look people up; type the caller's exact uid.</source>
        <translation>Looking callers up is off: %1. Only a user's token may look people up; type the caller's exact uid.</translation>
    </message>
    <message>
        <source>The lookup failed (%1); you can still type the exact uid.</source>
        <translation>The lookup failed (%1); you can still type the exact uid.</translation>
    </message>
</context>
<context>
    <name>Passdesk::ConfigAccessNotice</name>
    <message>
        <source>This tenant is locked read-only in Passdesk: you can read the settings, and Passdesk sends no change.</source>
        <translation>This tenant is locked read-only in Passdesk: you can read the settings, and Passdesk sends no change.</translation>
    </message>
    <message>
        <source>The server refused the change (403): this API client is not allowed to change the org config. It needs the scope %1. Your changes are still in the form.</source>
        <translation>The server refused the change (403): this API client is not allowed to change the org config. It needs the scope %1. Your changes are still in the form.</translation>
    </message>
    <message>
        <source>You are signed in as %1 with the user level %2, which may read the settings but not change them (it lacks the scope %3). Someone with the user level Org admin can change them.</source>
        <translation>You are signed in as %1 with the user level %2, which may read the settings but not change them (it lacks the scope %3). Someone with the user level Org admin can change them.</translation>
    </message>
    <message>
        <source>This API client may read the settings but not change them: it lacks the scope %1.</source>
        <translation>This API client may read the settings but not change them: it lacks the scope %1.</translation>
    </message>
</context>
<context>
    <name>Passdesk::ConfigActions</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Read the org config from the server again (F5)</source>
        <translation>Read the org config from the server again (F5)</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Save…</translation>
    </message>
    <message>
        <source>Send the changed settings to the server (Ctrl+S)</source>
        <translation>Send the changed settings to the server (Ctrl+S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vert</translation>
    </message>
    <message>
        <source>Go back to the values loaded from the server (Ctrl+R)</source>
        <translation>Go back to the values loaded from the server (Ctrl+R)</translation>
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
        <translation><numerusform>%n digit</numerusform><numerusform>%n digits</numerusform></translation>
    </message>
    <message>
        <source>Custom password instructions</source>
        <translation>Custom password instructions</translation>
    </message>
    <message>
        <source>Digit tokens</source>
        <translation>Digit tokens</translation>
    </message>
    <message>
        <source>Digit token lifetime</source>
        <translation>Digit token lifetime</translation>
    </message>
    <message>
        <source>Digit token length</source>
        <translation>Digit token length</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>&lt;li&gt;%1: %2 → &lt;b&gt;%3&lt;/b&gt;&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1: %2 → &lt;b&gt;%3&lt;/b&gt;&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Save these changes to the password org config of &lt;b&gt;%1&lt;/b&gt;?&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Save these changes to the password org config of &lt;b&gt;%1&lt;/b&gt;?&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p style="color:#b71c1c"&gt;&lt;b&gt;This is a production tenant.&lt;/b&gt; The change applies to every user and helpdesk agent at once.&lt;/p&gt;</source>
        <translation>&lt;p style="color:#b71c1c"&gt;&lt;b&gt;This is a production tenant.&lt;/b&gt; The change applies to every user and helpdesk agent at once.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Save password org config</source>
        <translation>Save password org config</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&lt;p&gt;Someone changed the password org config on the server since you loaded it. Changes made there are in bold.&lt;/p&gt;&lt;table cellspacing="6"&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;Your version&lt;/th&gt;&lt;th&gt;Server's version&lt;/th&gt;&lt;/tr&gt;%1&lt;/table&gt;</source>
        <translation>&lt;p&gt;Someone changed the password org config on the server since you loaded it. Changes made there are in bold.&lt;/p&gt;&lt;table cellspacing="6"&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;Your version&lt;/th&gt;&lt;th&gt;Server's version&lt;/th&gt;&lt;/tr&gt;%1&lt;/table&gt;</translation>
    </message>
    <message>
        <source>The config changed on the server</source>
        <translation>The config changed on the server</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Keep mine</translation>
    </message>
    <message>
        <source>&amp;Take server's</source>
        <translation>&amp;Take server's</translation>
    </message>
    <message>
        <source>Reload the config?</source>
        <translation>Reload the config?</translation>
    </message>
    <message>
        <source>&lt;p&gt;Reloading replaces your unsaved changes with the server's values.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Reloading replaces your unsaved changes with the server's values.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Discard and reload</source>
        <translation>&amp;Discard and reload</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Keep editing</translation>
    </message>
    <message>
        <source>&lt;li&gt;%1: &lt;b&gt;%2&lt;/b&gt;&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1: &lt;b&gt;%2&lt;/b&gt;&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Create the password org config of &lt;b&gt;%1&lt;/b&gt; with these values?&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Create the password org config of &lt;b&gt;%1&lt;/b&gt; with these values?&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Create password org config</source>
        <translation>Create password org config</translation>
    </message>
</context>
<context>
    <name>Passdesk::ConfigFields</name>
    <message>
        <source>Saved value: %1</source>
        <translation>Saved value: %1</translation>
    </message>
</context>
<context>
    <name>Passdesk::ConfigPage</name>
    <message>
        <source>The org config has not been loaded yet.</source>
        <translation>The org config has not been loaded yet.</translation>
    </message>
    <message>
        <source>Loading the password org config…</source>
        <translation>Loading the password org config…</translation>
    </message>
    <message>
        <source>Loaded at %1.</source>
        <translation>Loaded at %1.</translation>
    </message>
    <message>
        <source>This tenant has no password org config yet. The form shows the defaults; Create config saves them to the tenant.</source>
        <translation>This tenant has no password org config yet. The form shows the defaults; Create config saves them to the tenant.</translation>
    </message>
    <message>
        <source>The config could not be reloaded; the form shows what was loaded before.</source>
        <translation>The config could not be reloaded; the form shows what was loaded before.</translation>
    </message>
    <message>
        <source>The password org config could not be loaded.</source>
        <translation>The password org config could not be loaded.</translation>
    </message>
    <message>
        <source>No tenant is open. Add one with Tenants… or choose one in the tool bar.</source>
        <translation>No tenant is open. Add one with Tenants… or choose one in the tool bar.</translation>
    </message>
    <message>
        <source>Cancelled. Your changes are still in the form.</source>
        <translation>Cancelled. Your changes are still in the form.</translation>
    </message>
    <message>
        <source>Cancelled. The form shows what was loaded before.</source>
        <translation>Cancelled. The form shows what was loaded before.</translation>
    </message>
    <message>
        <source>Cancelled. Refresh loads the config.</source>
        <translation>Cancelled. Refresh loads the config.</translation>
    </message>
</context>
<context>
    <name>Passdesk::ConfigSaveFlow</name>
    <message>
        <source>Checking the server's current values…</source>
        <translation>Checking the server's current values…</translation>
    </message>
    <message>
        <source>Not saved: the server's current values could not be read. Your changes are still here.</source>
        <translation>Not saved: the server's current values could not be read. Your changes are still here.</translation>
    </message>
    <message>
        <source>Not saved: this API client may not change the org config. Your changes are still here.</source>
        <translation>Not saved: this API client may not change the org config. Your changes are still here.</translation>
    </message>
    <message>
        <source>The server already has these values (checked at %1).</source>
        <translation>The server already has these values (checked at %1).</translation>
    </message>
    <message>
        <source>Loaded the server's newer values at %1.</source>
        <translation>Loaded the server's newer values at %1.</translation>
    </message>
    <message>
        <source>Not saved. The server has newer values; your changes are still here.</source>
        <translation>Not saved. The server has newer values; your changes are still here.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>Saved at %1.</translation>
    </message>
    <message>
        <source>Not saved. Your changes are still in the form.</source>
        <translation>Not saved. Your changes are still in the form.</translation>
    </message>
    <message>
        <source>Creating the password org config…</source>
        <translation>Creating the password org config…</translation>
    </message>
    <message>
        <source>Created at %1.</source>
        <translation>Created at %1.</translation>
    </message>
    <message>
        <source>The config was not created. The form keeps your values.</source>
        <translation>The config was not created. The form keeps your values.</translation>
    </message>
    <message>
        <source>The server created the config with other values than you confirmed (asked → stored):</source>
        <translation>The server created the config with other values than you confirmed (asked → stored):</translation>
    </message>
    <message>
        <source>The server stored other values than you confirmed (before → asked → stored):</source>
        <translation>The server stored other values than you confirmed (before → asked → stored):</translation>
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
        <translation>%1: %2 → (not changed) → %3</translation>
    </message>
</context>
<context>
    <name>Passdesk::ConnectionSettings</name>
    <message>
        <source>Enter a tenant name (such as acme) or the API base URL.</source>
        <translation>Enter a tenant name (such as acme) or the API base URL.</translation>
    </message>
    <message>
        <source>The address is too long.</source>
        <translation>The address is too long.</translation>
    </message>
    <message>
        <source>The address must not contain spaces or control characters.</source>
        <translation>The address must not contain spaces or control characters.</translation>
    </message>
    <message>
        <source>A tenant name has only letters, digits and inner hyphens (at most 63).</source>
        <translation>A tenant name has only letters, digits and inner hyphens (at most 63).</translation>
    </message>
    <message>
        <source>This is neither a tenant name nor a valid URL.</source>
        <translation>This is neither a tenant name nor a valid URL.</translation>
    </message>
    <message>
        <source>Passdesk only connects over https; plain http is allowed only for this computer (loopback).</source>
        <translation>Passdesk only connects over https; plain http is allowed only for this computer (loopback).</translation>
    </message>
    <message>
        <source>The address must not contain a user name or password; Passdesk asks for credentials separately.</source>
        <translation>The address must not contain a user name or password; Passdesk asks for credentials separately.</translation>
    </message>
    <message>
        <source>The address must not have a query (?) or fragment (#).</source>
        <translation>The address must not have a query (?) or fragment (#).</translation>
    </message>
    <message>
        <source>The address must be the API base (such as https://acme.api.identitynow.com), without a path.</source>
        <translation>The address must be the API base (such as https://acme.api.identitynow.com), without a path.</translation>
    </message>
</context>
<context>
    <name>Passdesk::ConnectionTestPanel</name>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Testing the connection to %1…</translation>
    </message>
    <message>
        <source>Paste the access token first: none is kept for this tenant.</source>
        <translation>Paste the access token first: none is kept for this tenant.</translation>
    </message>
    <message>
        <source>Type the client secret first: none is stored for this tenant.</source>
        <translation>Type the client secret first: none is stored for this tenant.</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>The connection works.</translation>
    </message>
    <message>
        <source>The connection failed.</source>
        <translation>The connection failed.</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Connection test result</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Signs in with the values shown, saved or not, reads the org config and lists what the client may do</source>
        <translation>Signs in with the values shown, saved or not, reads the org config and lists what the client may do</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Testing the connection</translation>
    </message>
    <message>
        <source>The connection test was cancelled.</source>
        <translation>The connection test was cancelled.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel the connection test</source>
        <translation>Cancel the connection test</translation>
    </message>
    <message>
        <source>A browser sign-in is checked when you sign in: the tenant bar then says who you are, and each feature says what your user level allows.</source>
        <translation>A browser sign-in is checked when you sign in: the tenant bar then says who you are, and each feature says what your user level allows.</translation>
    </message>
</context>
<context>
    <name>Passdesk::ConnectionTester</name>
    <message>
        <source>the server did not say which scopes the token has; it decides on each request</source>
        <translation>the server did not say which scopes the token has; it decides on each request</translation>
    </message>
    <message>
        <source>needs the scope %1</source>
        <translation>needs the scope %1</translation>
    </message>
    <message>
        <source>Read the org config</source>
        <translation>Read the org config</translation>
    </message>
    <message>
        <source>Change the org config</source>
        <translation>Change the org config</translation>
    </message>
    <message>
        <source>the tenant is locked read-only in Passdesk</source>
        <translation>the tenant is locked read-only in Passdesk</translation>
    </message>
    <message>
        <source>Generate digit tokens</source>
        <translation>Generate digit tokens</translation>
    </message>
    <message>
        <source>API version %1 has no digit token operation</source>
        <translation>API version %1 has no digit token operation</translation>
    </message>
    <message>
        <source>Look up callers</source>
        <translation>Look up callers</translation>
    </message>
    <message>
        <source>✔ Signed in.</source>
        <translation>✔ Signed in.</translation>
    </message>
    <message>
        <source>✘ Could not sign in: %1</source>
        <translation>✘ Could not sign in: %1</translation>
    </message>
    <message>
        <source>✔ Read the password org config.</source>
        <translation>✔ Read the password org config.</translation>
    </message>
    <message>
        <source>✔ The tenant has no password org config yet (it can be created).</source>
        <translation>✔ The tenant has no password org config yet (it can be created).</translation>
    </message>
    <message>
        <source>✘ Could not read the password org config: %1</source>
        <translation>✘ Could not read the password org config: %1</translation>
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
        <translation>the server refused it (HTTP 403)</translation>
    </message>
    <message>
        <source>needs a user token (a personal access token or the browser sign-in); an API client's token has no user</source>
        <translation>needs a user token (a personal access token or the browser sign-in); an API client's token has no user</translation>
    </message>
    <message>
        <source>✔ Signed in as %1 (%2).</source>
        <translation>✔ Signed in as %1 (%2).</translation>
    </message>
    <message>
        <source>✔ Signed in as the API client %1, without a user.</source>
        <translation>✔ Signed in as the API client %1, without a user.</translation>
    </message>
</context>
<context>
    <name>Passdesk::DigitToken</name>
    <message>
        <source>The digit token answer is not a JSON object.</source>
        <translation>The digit token answer is not a JSON object.</translation>
    </message>
    <message>
        <source>The digit token from the server is not made of digits.</source>
        <translation>The digit token from the server is not made of digits.</translation>
    </message>
    <message>
        <source>The server's answer has no digit token.</source>
        <translation>The server's answer has no digit token.</translation>
    </message>
    <message>
        <source>The digit token from the server is a number that is not a whole, positive token.</source>
        <translation>The digit token from the server is a number that is not a whole, positive token.</translation>
    </message>
    <message>
        <source>Enter the user's uid (their username).</source>
        <translation>Enter the user's uid (their username).</translation>
    </message>
    <message>
        <source>A uid is at most 128 characters long.</source>
        <translation>A uid is at most 128 characters long.</translation>
    </message>
    <message>
        <source>The uid contains control characters; paste it again or pick the user from the list.</source>
        <translation>The uid contains control characters; paste it again or pick the user from the list.</translation>
    </message>
    <message>
        <source>The token length must be between %1 and %2 digits.</source>
        <translation>The token length must be between %1 and %2 digits.</translation>
    </message>
    <message>
        <source>The token duration must be between %1 and %2 minutes.</source>
        <translation>The token duration must be between %1 and %2 minutes.</translation>
    </message>
    <message>
        <source>The digit token from the server has more than %1 digits.</source>
        <translation>The digit token from the server has more than %1 digits.</translation>
    </message>
</context>
<context>
    <name>Passdesk::DisplayText</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation><numerusform>and %n more</numerusform><numerusform>and %n more</numerusform></translation>
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
        <translation>Subject: %1
Issuer: %2
SHA-256: %3
Valid: %4 to %5
Problems: %6</translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %n second(s).</source>
        <translation><numerusform>You can try again in %n second.</numerusform><numerusform>You can try again in %n seconds.</numerusform></translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>You can try again now.</translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %n second(s). The server asked for a longer wait; Passdesk waits at most an hour.</source>
        <translation><numerusform>You can try again in %n second. The server asked for a longer wait; Passdesk waits at most an hour.</numerusform><numerusform>You can try again in %n seconds. The server asked for a longer wait; Passdesk waits at most an hour.</numerusform></translation>
    </message>
    <message>
        <source>Passdesk error report
Time: %1 (%2)
Tenant: %3
%4</source>
        <translation>Passdesk error report
Time: %1 (%2)
Tenant: %3
%4</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
    <message>
        <source>Too many requests: the server asked Passdesk to wait before trying again.</source>
        <translation>Too many requests: the server asked Passdesk to wait before trying again.</translation>
    </message>
</context>
<context>
    <name>Passdesk::FirstRunAssistant</name>
    <message>
        <source>Leave without a tenant?</source>
        <translation>Leave without a tenant?</translation>
    </message>
    <message>
        <source>&lt;p&gt;The tenant you entered is not saved. Passdesk starts without a tenant; you can add one later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The tenant you entered is not saved. Passdesk starts without a tenant; you can add one later.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Discard and close</source>
        <translation>&amp;Discard and close</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Keep editing</translation>
    </message>
    <message>
        <source>Welcome to Passdesk</source>
        <translation>Welcome to Passdesk</translation>
    </message>
    <message>
        <source>Password administration for Identity Security Cloud</source>
        <translation>Password administration for Identity Security Cloud</translation>
    </message>
    <message>
        <source>&amp;Add the tenant I work with</source>
        <translation>&amp;Add the tenant I work with</translation>
    </message>
    <message>
        <source>Add the tenant I work with</source>
        <translation>Add the tenant I work with</translation>
    </message>
    <message>
        <source>&amp;Explore Passdesk on the built-in sandbox tenant first</source>
        <translation>&amp;Explore Passdesk on the built-in sandbox tenant first</translation>
    </message>
    <message>
        <source>Explore Passdesk on the built-in sandbox tenant first</source>
        <translation>Explore Passdesk on the built-in sandbox tenant first</translation>
    </message>
    <message>
        <source>A tenant inside Passdesk with sample users; nothing you do there reaches a real tenant</source>
        <translation>A tenant inside Passdesk with sample users; nothing you do there reaches a real tenant</translation>
    </message>
    <message>
        <source>Add the tenant you work with</source>
        <translation>Add the tenant you work with</translation>
    </message>
    <message>
        <source>Test the connection before you finish: Passdesk shows what the client may do. You can add more tenants later under Tenants.</source>
        <translation>Test the connection before you finish: Passdesk shows what the client may do. You can add more tenants later under Tenants.</translation>
    </message>
    <message>
        <source>Passdesk lets org admins view and change the password org config of an Identity Security Cloud tenant, and helpdesk staff generate digit tokens so that a caller can reset a password.

It signs in with the browser as you, or with an API client or a personal access token. What lets it sign in again is kept in the system keychain, never in a file.

How do you want to start?</source>
        <translation>Passdesk lets org admins view and change the password org config of an Identity Security Cloud tenant, and helpdesk staff generate digit tokens so that a caller can reset a password.

It signs in with the browser as you, or with an API client or a personal access token. What lets it sign in again is kept in the system keychain, never in a file.

How do you want to start?</translation>
    </message>
    <message>
        <source>How to sign in to the sandbox</source>
        <translation>How to sign in to the sandbox</translation>
    </message>
    <message>
        <source>Sign in with the &amp;browser as one of the sandbox's people</source>
        <translation>Sign in with the &amp;browser as one of the sandbox's people</translation>
    </message>
    <message>
        <source>The sandbox's sign-in page lets you choose the org admin, the helpdesk agent or a plain user.</source>
        <translation>The sandbox's sign-in page lets you choose the org admin, the helpdesk agent or a plain user.</translation>
    </message>
    <message>
        <source>Use the sandbox's built-in &amp;client</source>
        <translation>Use the sandbox's built-in &amp;client</translation>
    </message>
    <message>
        <source>The org admin's personal access token: no browser and no sign-in page.</source>
        <translation>The org admin's personal access token: no browser and no sign-in page.</translation>
    </message>
</context>
<context>
    <name>Passdesk::IdentityLookup</name>
    <message>
        <source>Matching people</source>
        <translation>Matching people</translation>
    </message>
    <message>
        <source>This identity is inactive (%1).</source>
        <translation>This identity is inactive (%1).</translation>
    </message>
    <message>
        <source>%1 — %2 (%3) — inactive: %4</source>
        <translation>%1 — %2 (%3) — inactive: %4</translation>
    </message>
    <message>
        <source>%1 — %2 (%3) — %4</source>
        <translation>%1 — %2 (%3) — %4</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
</context>
<context>
    <name>Passdesk::LoopbackRedirectListener</name>
    <message numerus="yes">
        <source>The browser did not come back within %n minute(s). Sign in again, or paste the code or the address the browser shows.</source>
        <translation><numerusform>The browser did not come back within %n minute. Sign in again, or paste the code or the address the browser shows.</numerusform><numerusform>The browser did not come back within %n minutes. Sign in again, or paste the code or the address the browser shows.</numerusform></translation>
    </message>
    <message>
        <source>Passdesk cannot wait for the browser on port %1 of this computer (%2). Another program may be using it. Paste the code or the address the browser shows instead, or choose another port for this tenant (its OAuth client must list that redirect URI too).</source>
        <translation>Passdesk cannot wait for the browser on port %1 of this computer (%2). Another program may be using it. Paste the code or the address the browser shows instead, or choose another port for this tenant (its OAuth client must list that redirect URI too).</translation>
    </message>
    <message>
        <source>This request is too long.</source>
        <translation>This request is too long.</translation>
    </message>
    <message>
        <source>This is not an HTTP request.</source>
        <translation>This is not an HTTP request.</translation>
    </message>
    <message>
        <source>This sign-in is over. Go back to Passdesk.</source>
        <translation>This sign-in is over. Go back to Passdesk.</translation>
    </message>
    <message>
        <source>Passdesk waits for the sign-in at /callback only.</source>
        <translation>Passdesk waits for the sign-in at /callback only.</translation>
    </message>
    <message>
        <source>Passdesk takes the sign-in redirect as GET only.</source>
        <translation>Passdesk takes the sign-in redirect as GET only.</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in Passdesk started (its state does not match). Passdesk ignored it; start the sign-in again.</source>
        <translation>This answer does not belong to the sign-in Passdesk started (its state does not match). Passdesk ignored it; start the sign-in again.</translation>
    </message>
    <message>
        <source>The browser came back with an answer that does not belong to this sign-in (the state does not match), so Passdesk refused it. Sign in again.</source>
        <translation>The browser came back with an answer that does not belong to this sign-in (the state does not match), so Passdesk refused it. Sign in again.</translation>
    </message>
    <message>
        <source>The sign-in did not happen. Go back to Passdesk.</source>
        <translation>The sign-in did not happen. Go back to Passdesk.</translation>
    </message>
    <message>
        <source>The sign-in was denied in the browser (%1).</source>
        <translation>The sign-in was denied in the browser (%1).</translation>
    </message>
    <message>
        <source>The tenant refused the sign-in: %1 (%2).</source>
        <translation>The tenant refused the sign-in: %1 (%2).</translation>
    </message>
    <message>
        <source>The answer has no sign-in code. Go back to Passdesk.</source>
        <translation>The answer has no sign-in code. Go back to Passdesk.</translation>
    </message>
    <message>
        <source>The browser came back without a sign-in code. Sign in again.</source>
        <translation>The browser came back without a sign-in code. Sign in again.</translation>
    </message>
    <message>
        <source>You are signed in to Passdesk. You can close this page and go back to Passdesk.</source>
        <translation>You are signed in to Passdesk. You can close this page and go back to Passdesk.</translation>
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
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>The password org config has changes that are not saved. Discard them and close Passdesk?</source>
        <translation>The password org config has changes that are not saved. Discard them and close Passdesk?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <source>About Passdesk</source>
        <translation>About Passdesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Passdesk %1&lt;/b&gt; (build %2)&lt;br&gt;Password Org Config and helpdesk digit tokens for Identity Security Cloud.&lt;br&gt;Built with Qt %3, running on Qt %4.&lt;br&gt;License: MIT&lt;br&gt;Settings: %5</source>
        <translation>&lt;b&gt;Passdesk %1&lt;/b&gt; (build %2)&lt;br&gt;Password Org Config and helpdesk digit tokens for Identity Security Cloud.&lt;br&gt;Built with Qt %3, running on Qt %4.&lt;br&gt;License: MIT&lt;br&gt;Settings: %5</translation>
    </message>
    <message>
        <source>Passdesk [*]</source>
        <translation>Passdesk [*]</translation>
    </message>
    <message>
        <source>Signed out. Passdesk signs in again on the next request.</source>
        <translation>Signed out. Passdesk signs in again on the next request.</translation>
    </message>
    <message>
        <source>The password org config of %1 has changes that are not saved. Discard them and switch to %2?</source>
        <translation>The password org config of %1 has changes that are not saved. Discard them and switch to %2?</translation>
    </message>
    <message>
        <source>Discard and switch</source>
        <translation>Discard and switch</translation>
    </message>
</context>
<context>
    <name>Passdesk::NetworkErrors</name>
    <message>
        <source>The server refused the connection. Is the address right and the service running?</source>
        <translation>The server refused the connection. Is the address right and the service running?</translation>
    </message>
    <message>
        <source>The server closed the connection before the answer was complete.</source>
        <translation>The server closed the connection before the answer was complete.</translation>
    </message>
    <message>
        <source>The server's name could not be found. Check the tenant name and your network.</source>
        <translation>The server's name could not be found. Check the tenant name and your network.</translation>
    </message>
    <message>
        <source>The server took too long to answer, so Passdesk stopped waiting.</source>
        <translation>The server took too long to answer, so Passdesk stopped waiting.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>The request was cancelled.</translation>
    </message>
    <message>
        <source>A secure (TLS) connection could not be established; the server's certificate was not accepted.</source>
        <translation>A secure (TLS) connection could not be established; the server's certificate was not accepted.</translation>
    </message>
    <message>
        <source>The network is not available right now.</source>
        <translation>The network is not available right now.</translation>
    </message>
    <message>
        <source>The system does not allow network access in the background.</source>
        <translation>The system does not allow network access in the background.</translation>
    </message>
    <message>
        <source>The server redirected the request; Passdesk does not follow redirects.</source>
        <translation>The server redirected the request; Passdesk does not follow redirects.</translation>
    </message>
    <message>
        <source>The proxy server did not pass the request on. Check the system's proxy settings.</source>
        <translation>The proxy server did not pass the request on. Check the system's proxy settings.</translation>
    </message>
    <message>
        <source>The server's answer broke the HTTP protocol.</source>
        <translation>The server's answer broke the HTTP protocol.</translation>
    </message>
    <message>
        <source>An unknown network error occurred.</source>
        <translation>An unknown network error occurred.</translation>
    </message>
    <message>
        <source>A network error occurred (code %1).</source>
        <translation>A network error occurred (code %1).</translation>
    </message>
    <message>
        <source>The server refused to hand out or change the requested content (code %1).</source>
        <translation>The server refused to hand out or change the requested content (code %1).</translation>
    </message>
    <message>
        <source>The server could not handle the request (code %1).</source>
        <translation>The server could not handle the request (code %1).</translation>
    </message>
</context>
<context>
    <name>Passdesk::OrgConfig</name>
    <message>
        <source>The password org config from the server is not a JSON object.</source>
        <translation>The password org config from the server is not a JSON object.</translation>
    </message>
    <message>
        <source>The server sent %1 as something other than true or false.</source>
        <translation>The server sent %1 as something other than true or false.</translation>
    </message>
    <message>
        <source>The server sent %1 as something other than a whole number.</source>
        <translation>The server sent %1 as something other than a whole number.</translation>
    </message>
    <message>
        <source>The server sent %1 = %2, outside the allowed %3 to %4.</source>
        <translation>The server sent %1 = %2, outside the allowed %3 to %4.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3, not %4.</source>
        <translation>%1 must be between %2 and %3, not %4.</translation>
    </message>
</context>
<context>
    <name>Passdesk::PassdeskApp</name>
    <message>
        <source>The sandbox tenant could not listen on a loopback port.</source>
        <translation>The sandbox tenant could not listen on a loopback port.</translation>
    </message>
    <message>
        <source>There is no tenant "%1": no tenant is set up yet.</source>
        <translation>There is no tenant "%1": no tenant is set up yet.</translation>
    </message>
    <message>
        <source>There is no tenant "%1". Set up are: %2.</source>
        <translation>There is no tenant "%1". Set up are: %2.</translation>
    </message>
</context>
<context>
    <name>Passdesk::ProductionLock</name>
    <message>
        <source>&lt;p&gt;Unlocking lets Passdesk change the password org config of &lt;b&gt;%1&lt;/b&gt;, a production tenant. A change applies to every user and helpdesk agent at once.&lt;/p&gt;&lt;p&gt;Unlock it?&lt;/p&gt;</source>
        <translation>&lt;p&gt;Unlocking lets Passdesk change the password org config of &lt;b&gt;%1&lt;/b&gt;, a production tenant. A change applies to every user and helpdesk agent at once.&lt;/p&gt;&lt;p&gt;Unlock it?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>this tenant</source>
        <translation>this tenant</translation>
    </message>
    <message>
        <source>Unlock a production tenant?</source>
        <translation>Unlock a production tenant?</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>&amp;Keep locked</source>
        <translation>&amp;Keep locked</translation>
    </message>
</context>
<context>
    <name>Passdesk::PublicIdentity</name>
    <message>
        <source>The identity list from the server is not a JSON array.</source>
        <translation>The identity list from the server is not a JSON array.</translation>
    </message>
    <message>
        <source>The identity list holds an entry that is not an identity.</source>
        <translation>The identity list holds an entry that is not an identity.</translation>
    </message>
</context>
<context>
    <name>Passdesk::ReplyErrors</name>
    <message>
        <source>The answer was larger than 1 MiB and was not read.</source>
        <translation>The answer was larger than 1 MiB and was not read.</translation>
    </message>
    <message>
        <source>The server redirected to %1; Passdesk does not follow redirects.</source>
        <translation>The server redirected to %1; Passdesk does not follow redirects.</translation>
    </message>
    <message numerus="yes">
        <source>The request did not finish within %n second(s), so Passdesk stopped it.</source>
        <translation><numerusform>The request did not finish within %n second, so Passdesk stopped it.</numerusform><numerusform>The request did not finish within %n seconds, so Passdesk stopped it.</numerusform></translation>
    </message>
    <message>
        <source>The server's headers were larger than %1 KiB.</source>
        <translation>The server's headers were larger than %1 KiB.</translation>
    </message>
    <message numerus="yes">
        <source>The server's headers did not end within %n second(s) of the request; they were too large or never ended.</source>
        <translation><numerusform>The server's headers did not end within %n second of the request; they were too large or never ended.</numerusform><numerusform>The server's headers did not end within %n seconds of the request; they were too large or never ended.</numerusform></translation>
    </message>
    <message>
        <source>The answer came compressed and did not unpack: the data was broken, or it would have unpacked to far more than any answer needs.</source>
        <translation>The answer came compressed and did not unpack: the data was broken, or it would have unpacked to far more than any answer needs.</translation>
    </message>
</context>
<context>
    <name>Passdesk::RequestRunner</name>
    <message>
        <source>the access token has characters an access token cannot have.</source>
        <translation>the access token has characters an access token cannot have.</translation>
    </message>
    <message>
        <source>the %1 header would have carried characters a header cannot have.</source>
        <translation>the %1 header would have carried characters a header cannot have.</translation>
    </message>
</context>
<context>
    <name>Passdesk::SecretFieldHints</name>
    <message>
        <source>Pasted earlier in this session — leave empty to keep it</source>
        <translation>Pasted earlier in this session — leave empty to keep it</translation>
    </message>
    <message>
        <source>Stored in the keychain — leave empty to keep it</source>
        <translation>Stored in the keychain — leave empty to keep it</translation>
    </message>
    <message>
        <source>Kept for this session — leave empty to keep it</source>
        <translation>Kept for this session — leave empty to keep it</translation>
    </message>
    <message>
        <source>Paste the access token here</source>
        <translation>Paste the access token here</translation>
    </message>
    <message>
        <source>Not stored — Passdesk asks for it when it connects</source>
        <translation>Not stored — Passdesk asks for it when it connects</translation>
    </message>
    <message>
        <source>The token expires at %1. It cannot be renewed: Passdesk asks for a new one then.</source>
        <translation>The token expires at %1. It cannot be renewed: Passdesk asks for a new one then.</translation>
    </message>
    <message>
        <source>The token does not say when it expires. It cannot be renewed: Passdesk asks for a new one when the server refuses it.</source>
        <translation>The token does not say when it expires. It cannot be renewed: Passdesk asks for a new one when the server refuses it.</translation>
    </message>
    <message>
        <source>A pasted access token is kept in memory for this session only, never stored.</source>
        <translation>A pasted access token is kept in memory for this session only, never stored.</translation>
    </message>
    <message>
        <source>Passdesk opens the browser when it needs you to sign in, and keeps the sign-in for a working day.</source>
        <translation>Passdesk opens the browser when it needs you to sign in, and keeps the sign-in for a working day.</translation>
    </message>
</context>
<context>
    <name>Passdesk::SecretPromptDialog</name>
    <message>
        <source>The secret contains control characters; paste it again.</source>
        <translation>The secret contains control characters; paste it again.</translation>
    </message>
    <message>
        <source>This is too long to be a client secret.</source>
        <translation>This is too long to be a client secret.</translation>
    </message>
    <message>
        <source>This token is valid until %1. Passdesk keeps it in memory only and cannot renew it.</source>
        <translation>This token is valid until %1. Passdesk keeps it in memory only and cannot renew it.</translation>
    </message>
    <message>
        <source>Passdesk keeps a pasted token in memory only and cannot renew it.</source>
        <translation>Passdesk keeps a pasted token in memory only and cannot renew it.</translation>
    </message>
    <message>
        <source>No system keychain is available: the secret is kept in memory for this session only, and Passdesk asks again next time.</source>
        <translation>No system keychain is available: the secret is kept in memory for this session only, and Passdesk asks again next time.</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Sign in to %1</translation>
    </message>
    <message>
        <source>&amp;Access token:</source>
        <translation>&amp;Access token:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client &amp;secret:</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Access token</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client secret</translation>
    </message>
    <message>
        <source>Paste a new access token for %1.</source>
        <translation>Paste a new access token for %1.</translation>
    </message>
    <message>
        <source>Enter the client secret of %1 for %2.</source>
        <translation>Enter the client secret of %1 for %2.</translation>
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
        <translation>No keychain is available in this test.</translation>
    </message>
</context>
<context>
    <name>Passdesk::SecretVault</name>
    <message>
        <source>The system keychain cannot be used (%1). Passdesk keeps secrets in memory for this session only and will ask for them again next time; it never writes them to a file.</source>
        <translation>The system keychain cannot be used (%1). Passdesk keeps secrets in memory for this session only and will ask for them again next time; it never writes them to a file.</translation>
    </message>
    <message>
        <source>no keychain service answered</source>
        <translation>no keychain service answered</translation>
    </message>
</context>
<context>
    <name>Passdesk::SettingsDialog</name>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
</context>
<context>
    <name>Passdesk::StartupOptions</name>
    <message>
        <source>Passdesk: the Password Org Config and helpdesk digit tokens of Identity Security Cloud.</source>
        <translation>Passdesk: the Password Org Config and helpdesk digit tokens of Identity Security Cloud.</translation>
    </message>
    <message>
        <source>Start on the embedded sandbox tenant.</source>
        <translation>Start on the embedded sandbox tenant.</translation>
    </message>
    <message>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <source>Use this user interface language (e.g. de).</source>
        <translation>Use this user interface language (e.g. de).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>Keep settings in this directory.</source>
        <translation>Keep settings in this directory.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Unexpected argument "%1".</source>
        <translation>Unexpected argument "%1".</translation>
    </message>
    <message>
        <source>Passdesk needs a graphical display, and none was found (DISPLAY is not set). Run it on a desktop, or without one as: xvfb-run -a passdesk --sandbox</source>
        <translation>Passdesk needs a graphical display, and none was found (DISPLAY is not set). Run it on a desktop, or without one as: xvfb-run -a passdesk --sandbox</translation>
    </message>
    <message>
        <source>Start on this tenant (its display name or tenant name).</source>
        <translation>Start on this tenant (its display name or tenant name).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Use either --tenant or --sandbox, not both.</source>
        <translation>Use either --tenant or --sandbox, not both.</translation>
    </message>
    <message>
        <source>--tenant needs the name of a tenant.</source>
        <translation>--tenant needs the name of a tenant.</translation>
    </message>
    <message>
        <source>Sign in to the sandbox as this built-in client: admin, helpdesk, readonly, app (no user) or browser (sign in with the browser as a person of your choice).</source>
        <translation>Sign in to the sandbox as this built-in client: admin, helpdesk, readonly, app (no user) or browser (sign in with the browser as a person of your choice).</translation>
    </message>
    <message>
        <source>Unknown sandbox client "%1"; use admin, helpdesk, readonly, app or browser.</source>
        <translation>Unknown sandbox client "%1"; use admin, helpdesk, readonly, app or browser.</translation>
    </message>
</context>
<context>
    <name>Passdesk::Tenant</name>
    <message>
        <source>Give the tenant a display name.</source>
        <translation>Give the tenant a display name.</translation>
    </message>
    <message numerus="yes">
        <source>The display name must be at most %n characters, without control characters.</source>
        <translation><numerusform>The display name must be at most %n characters, without control characters.</numerusform><numerusform>The display name must be at most %n characters, without control characters.</numerusform></translation>
    </message>
    <message>
        <source>Enter the client ID of the API client (or personal access token).</source>
        <translation>Enter the client ID of the API client (or personal access token).</translation>
    </message>
    <message numerus="yes">
        <source>The client ID must be at most %n characters, without spaces or control characters.</source>
        <translation><numerusform>The client ID must be at most %n characters, without spaces or control characters.</numerusform><numerusform>The client ID must be at most %n characters, without spaces or control characters.</numerusform></translation>
    </message>
    <message>
        <source>The port must be a number from 1024 to 65535.</source>
        <translation>The port must be a number from 1024 to 65535.</translation>
    </message>
    <message>
        <source>Enter the client ID of the OAuth client the org admin registered for Passdesk.</source>
        <translation>Enter the client ID of the OAuth client the org admin registered for Passdesk.</translation>
    </message>
</context>
<context>
    <name>Passdesk::TenantBar</name>
    <message>
        <source>No tenant open</source>
        <translation>No tenant open</translation>
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
        <translation>Test tenant</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Environment: %1</translation>
    </message>
    <message>
        <source>Pasted access token: expired or refused</source>
        <translation>Pasted access token: expired or refused</translation>
    </message>
    <message>
        <source>Pasted access token, valid until %1</source>
        <translation>Pasted access token, valid until %1</translation>
    </message>
    <message>
        <source>Pasted access token</source>
        <translation>Pasted access token</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <source>Copy Tenant &amp;Address</source>
        <translation>Copy Tenant &amp;Address</translation>
    </message>
    <message>
        <source>Copy &amp;Client ID</source>
        <translation>Copy &amp;Client ID</translation>
    </message>
</context>
<context>
    <name>Passdesk::TenantForm</name>
    <message>
        <source>API client or personal access token (client ID and secret)</source>
        <translation>API client or personal access token (client ID and secret)</translation>
    </message>
    <message>
        <source>Pasted access token (short sessions)</source>
        <translation>Pasted access token (short sessions)</translation>
    </message>
    <message>
        <source>API root: %1</source>
        <translation>API root: %1</translation>
    </message>
    <message>
        <source>A tenant name such as acme stands for https://acme.api.identitynow.com.</source>
        <translation>A tenant name such as acme stands for https://acme.api.identitynow.com.</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>Access &amp;token:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client &amp;secret:</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Access token</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client secret</translation>
    </message>
    <message>
        <source>The system keychain cannot be used, so the secret is kept for this session only and Passdesk asks for it again next time. The keychain said: %1</source>
        <translation>The system keychain cannot be used, so the secret is kept for this session only and Passdesk asks for it again next time. The keychain said: %1</translation>
    </message>
    <message>
        <source>Otherwise Passdesk keeps the secret for this session only and asks for it again next time</source>
        <translation>Otherwise Passdesk keeps the secret for this session only and asks for it again next time</translation>
    </message>
    <message>
        <source>Sign in with the browser (your own user level)</source>
        <translation>Sign in with the browser (your own user level)</translation>
    </message>
    <message>
        <source>The org admin registers Passdesk as an OAuth client of the tenant with this redirect URI, exactly: %1</source>
        <translation>The org admin registers Passdesk as an OAuth client of the tenant with this redirect URI, exactly: %1</translation>
    </message>
    <message>
        <source>The client ID of the OAuth client the org admin registered for Passdesk</source>
        <translation>The client ID of the OAuth client the org admin registered for Passdesk</translation>
    </message>
    <message>
        <source>The client ID of the API client or personal access token</source>
        <translation>The client ID of the API client or personal access token</translation>
    </message>
</context>
<context>
    <name>Passdesk::TenantSession</name>
    <message>
        <source>Sandbox tenant</source>
        <translation>Sandbox tenant</translation>
    </message>
    <message>
        <source>The sandbox tenant is not available.</source>
        <translation>The sandbox tenant is not available.</translation>
    </message>
    <message>
        <source>There is no such tenant.</source>
        <translation>There is no such tenant.</translation>
    </message>
</context>
<context>
    <name>Passdesk::TenantSwitcher</name>
    <message>
        <source>sandbox</source>
        <translation>sandbox</translation>
    </message>
    <message>
        <source>production</source>
        <translation>production</translation>
    </message>
    <message>
        <source>test tenant</source>
        <translation>test tenant</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>Switch to %1</translation>
    </message>
    <message>
        <source>Active tenant</source>
        <translation>Active tenant</translation>
    </message>
    <message>
        <source>Switch to another tenant (Ctrl+1 to Ctrl+9)</source>
        <translation>Switch to another tenant (Ctrl+1 to Ctrl+9)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>Forget the access token and the looked-up callers of this tenant</source>
        <translation>Forget the access token and the looked-up callers of this tenant</translation>
    </message>
    <message>
        <source>Switch to tenant %1 (none set up)</source>
        <translation>Switch to tenant %1 (none set up)</translation>
    </message>
    <message>
        <source>Sandbox sign-&amp;in</source>
        <translation>Sandbox sign-&amp;in</translation>
    </message>
    <message>
        <source>With the &amp;browser, as one of the sandbox's people (org admin, helpdesk agent, plain user)</source>
        <translation>With the &amp;browser, as one of the sandbox's people (org admin, helpdesk agent, plain user)</translation>
    </message>
    <message>
        <source>As the sandbox's built-in &amp;client (the org admin's personal access token)</source>
        <translation>As the sandbox's built-in &amp;client (the org admin's personal access token)</translation>
    </message>
</context>
<context>
    <name>Passdesk::TenantsDialog</name>
    <message>
        <source>Production · locked read-only</source>
        <translation>Production · locked read-only</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Test tenant · locked read-only</source>
        <translation>Test tenant · locked read-only</translation>
    </message>
    <message>
        <source>Test tenant</source>
        <translation>Test tenant</translation>
    </message>
    <message>
        <source>%1 · in use</source>
        <translation>%1 · in use</translation>
    </message>
    <message>
        <source>&lt;p&gt;Your changes to &lt;b&gt;%1&lt;/b&gt; are not saved.&lt;/p&gt;&lt;p&gt;Save them, discard them, or keep editing?&lt;/p&gt;</source>
        <translation>&lt;p&gt;Your changes to &lt;b&gt;%1&lt;/b&gt; are not saved.&lt;/p&gt;&lt;p&gt;Save them, discard them, or keep editing?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>the new tenant</source>
        <translation>the new tenant</translation>
    </message>
    <message>
        <source>Unsaved tenant changes</source>
        <translation>Unsaved tenant changes</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Discard changes</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Keep editing</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Saved. The secret is kept for this session only.</source>
        <translation>Saved. The secret is kept for this session only.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Remove &lt;b&gt;%1&lt;/b&gt; from Passdesk?&lt;/p&gt;&lt;p&gt;Its secret is deleted from the system keychain. Nothing changes on the tenant itself.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Remove &lt;b&gt;%1&lt;/b&gt; from Passdesk?&lt;/p&gt;&lt;p&gt;Its secret is deleted from the system keychain. Nothing changes on the tenant itself.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Your unsaved changes to it are lost.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Your unsaved changes to it are lost.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Remove tenant?</source>
        <translation>Remove tenant?</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Keep it</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Removed %1.</translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation>Unsaved changes.</translation>
    </message>
    <message>
        <source>New tenant</source>
        <translation>New tenant</translation>
    </message>
    <message>
        <source>New tenant: %1</source>
        <translation>New tenant: %1</translation>
    </message>
</context>
<context>
    <name>Passdesk::TokenAnswer</name>
    <message>
        <source>The token endpoint answered without an access token.</source>
        <translation>The token endpoint answered without an access token.</translation>
    </message>
    <message>
        <source>The token endpoint answered with an access token that has characters no access token has; Passdesk does not use it.</source>
        <translation>The token endpoint answered with an access token that has characters no access token has; Passdesk does not use it.</translation>
    </message>
    <message>
        <source>The token endpoint answered with a refresh token that has characters no refresh token has; Passdesk does not use it.</source>
        <translation>The token endpoint answered with a refresh token that has characters no refresh token has; Passdesk does not use it.</translation>
    </message>
</context>
<context>
    <name>Passdesk::TokenClaims</name>
    <message>
        <source>Org admin</source>
        <translation>Org admin</translation>
    </message>
    <message>
        <source>Helpdesk</source>
        <translation>Helpdesk</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Signed in as %1 (%2)</translation>
    </message>
    <message>
        <source>API client %1, no user</source>
        <translation>API client %1, no user</translation>
    </message>
</context>
<context>
    <name>Passdesk::TokenDialog</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Generate digit token – %1</source>
        <translation>Generate digit token – %1</translation>
    </message>
    <message>
        <source>Digit tokens are turned off for this tenant, so the server will refuse to generate one. An org admin can turn them on in the Password Org Config.</source>
        <translation>Digit tokens are turned off for this tenant, so the server will refuse to generate one. An org admin can turn them on in the Password Org Config.</translation>
    </message>
    <message>
        <source>This connection uses API %1, which has no digit tokens. Use v2025, v2024, v2026, beta or the per-service v1 API.</source>
        <translation>This connection uses API %1, which has no digit tokens. Use v2025, v2024, v2026, beta or the per-service v1 API.</translation>
    </message>
    <message>
        <source>Verify the caller's identity first.</source>
        <translation>Verify the caller's identity first.</translation>
    </message>
    <message>
        <source>Generate digit token</source>
        <translation>Generate digit token</translation>
    </message>
    <message>
        <source>The server asked Passdesk to wait before the next request.</source>
        <translation>The server asked Passdesk to wait before the next request.</translation>
    </message>
</context>
<context>
    <name>Passdesk::TokenHistory</name>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s), valid %1 minutes</source>
        <translation><numerusform>%n digit, valid %1 minutes</numerusform><numerusform>%n digits, valid %1 minutes</numerusform></translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generated</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Request ID</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>not given by the server</source>
        <translation>not given by the server</translation>
    </message>
</context>
<context>
    <name>Passdesk::TokenHistoryPanel</name>
    <message>
        <source>Save token history</source>
        <translation>Save token history</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>The history could not be saved to %1: %2</source>
        <translation>The history could not be saved to %1: %2</translation>
    </message>
</context>
<context>
    <name>Passdesk::TokenView</name>
    <message numerus="yes">
        <source>%n digit(s), read out in groups</source>
        <translation><numerusform>%n digit, read out in groups</numerusform><numerusform>%n digits, read out in groups</numerusform></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>Request ID: %1</translation>
    </message>
    <message numerus="yes">
        <source>Length: %n digit(s)</source>
        <translation><numerusform>Length: %n digit</numerusform><numerusform>Length: %n digits</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Valid for: %n minute(s)</source>
        <translation><numerusform>Valid for: %n minute</numerusform><numerusform>Valid for: %n minutes</numerusform></translation>
    </message>
    <message>
        <source>Generated: %1</source>
        <translation>Generated: %1</translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation>Expires: %1</translation>
    </message>
    <message>
        <source>This token expired at %1 and is hidden. Generate a new one if the caller still needs it.</source>
        <translation>This token expired at %1 and is hidden. Generate a new one if the caller still needs it.</translation>
    </message>
    <message>
        <source>Expires in %1 (at %2).</source>
        <translation>Expires in %1 (at %2).</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n second(s).</source>
        <translation><numerusform>Copied. The clipboard is cleared in %n second.</numerusform><numerusform>Copied. The clipboard is cleared in %n seconds.</numerusform></translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared when Passdesk quits.</source>
        <translation>Copied. The clipboard is cleared when Passdesk quits.</translation>
    </message>
    <message numerus="yes">
        <source>The server sent %n digit(s) although %1 were asked for. Check before reading it out.</source>
        <translation><numerusform>The server sent %n digit although %1 were asked for. Check before reading it out.</numerusform><numerusform>The server sent %n digits although %1 were asked for. Check before reading it out.</numerusform></translation>
    </message>
    <message>
        <source>Request ID: not given by the server</source>
        <translation>Request ID: not given by the server</translation>
    </message>
</context>
<context>
    <name>SecretPromptDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Sign in to the tenant</source>
        <translation>Sign in to the tenant</translation>
    </message>
    <message>
        <source>Why Passdesk asks</source>
        <translation>Why Passdesk asks</translation>
    </message>
    <message>
        <source>Problem with what was entered</source>
        <translation>Problem with what was entered</translation>
    </message>
    <message>
        <source>&amp;Remember the secret in the system keychain</source>
        <translation>&amp;Remember the secret in the system keychain</translation>
    </message>
    <message>
        <source>Remember the secret in the system keychain</source>
        <translation>Remember the secret in the system keychain</translation>
    </message>
    <message>
        <source>Where the secret is kept</source>
        <translation>Where the secret is kept</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Passdesk settings</source>
        <translation>Passdesk settings</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>User interface language</source>
        <translation>User interface language</translation>
    </message>
    <message>
        <source>Also the language Passdesk asks the server to answer in</source>
        <translation>Also the language Passdesk asks the server to answer in</translation>
    </message>
    <message>
        <source>Helpdesk staff must confirm they &amp;verified the caller</source>
        <translation>Helpdesk staff must confirm they &amp;verified the caller</translation>
    </message>
    <message>
        <source>Require caller verification</source>
        <translation>Require caller verification</translation>
    </message>
    <message>
        <source>Clear a copied &amp;token after:</source>
        <translation>Clear a copied &amp;token after:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>when Passdesk quits</source>
        <translation>when Passdesk quits</translation>
    </message>
    <message>
        <source>Seconds until a copied token is cleared</source>
        <translation>Seconds until a copied token is cleared</translation>
    </message>
</context>
<context>
    <name>TenantBar</name>
    <message>
        <source>Active tenant</source>
        <translation>Active tenant</translation>
    </message>
    <message>
        <source>Tenant name</source>
        <translation>Tenant name</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API address</translation>
    </message>
    <message>
        <source>Sign-in state</source>
        <translation>Sign-in state</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API version</translation>
    </message>
    <message>
        <source>API client</source>
        <translation>API client</translation>
    </message>
    <message>
        <source>Keychain notice</source>
        <translation>Keychain notice</translation>
    </message>
    <message>
        <source>Who Passdesk works as</source>
        <translation>Who Passdesk works as</translation>
    </message>
</context>
<context>
    <name>TenantForm</name>
    <message>
        <source>Tenant settings</source>
        <translation>Tenant settings</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Display name:</translation>
    </message>
    <message>
        <source>e.g. Acme production</source>
        <translation>e.g. Acme production</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>How the tenant is named in Passdesk's tool bar and window</source>
        <translation>How the tenant is named in Passdesk's tool bar and window</translation>
    </message>
    <message>
        <source>Tenant &amp;name or API URL:</source>
        <translation>Tenant &amp;name or API URL:</translation>
    </message>
    <message>
        <source>acme or https://acme.api.identitynow.com</source>
        <translation>acme or https://acme.api.identitynow.com</translation>
    </message>
    <message>
        <source>Tenant name or API base URL</source>
        <translation>Tenant name or API base URL</translation>
    </message>
    <message>
        <source>A tenant name such as acme, or the full https address of the tenant's API</source>
        <translation>A tenant name such as acme, or the full https address of the tenant's API</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>API &amp;version:</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API version</translation>
    </message>
    <message>
        <source>The version of the Identity Security Cloud API Passdesk speaks with this tenant</source>
        <translation>The version of the Identity Security Cloud API Passdesk speaks with this tenant</translation>
    </message>
    <message>
        <source>Sign in &amp;with:</source>
        <translation>Sign in &amp;with:</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation>Authentication method</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>&amp;Client ID:</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>The client ID of the API client or personal access token</source>
        <translation>The client ID of the API client or personal access token</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client &amp;secret:</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client secret</translation>
    </message>
    <message>
        <source>&amp;Remember the secret in the system keychain</source>
        <translation>&amp;Remember the secret in the system keychain</translation>
    </message>
    <message>
        <source>Remember the secret in the system keychain</source>
        <translation>Remember the secret in the system keychain</translation>
    </message>
    <message>
        <source>Otherwise Passdesk keeps the secret for this session only and asks for it again next time</source>
        <translation>Otherwise Passdesk keeps the secret for this session only and asks for it again next time</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Environment:</translation>
    </message>
    <message>
        <source>&amp;Production</source>
        <translation>&amp;Production</translation>
    </message>
    <message>
        <source>Production tenant</source>
        <translation>Production tenant</translation>
    </message>
    <message>
        <source>Shown in red; new production tenants start locked read-only</source>
        <translation>Shown in red; new production tenants start locked read-only</translation>
    </message>
    <message>
        <source>&amp;Test tenant</source>
        <translation>&amp;Test tenant</translation>
    </message>
    <message>
        <source>Test tenant</source>
        <translation>Test tenant</translation>
    </message>
    <message>
        <source>A sandbox or development tenant where changes do no harm</source>
        <translation>A sandbox or development tenant where changes do no harm</translation>
    </message>
    <message>
        <source>&amp;Locked read-only</source>
        <translation>&amp;Locked read-only</translation>
    </message>
    <message>
        <source>Locked read-only</source>
        <translation>Locked read-only</translation>
    </message>
    <message>
        <source>While locked, Passdesk sends no config changes to this tenant, whatever the client may do</source>
        <translation>While locked, Passdesk sends no config changes to this tenant, whatever the client may do</translation>
    </message>
    <message>
        <source>Passdesk sends no config changes to a locked tenant, whatever the client may do. New production tenants start locked.</source>
        <translation>Passdesk sends no config changes to a locked tenant, whatever the client may do. New production tenants start locked.</translation>
    </message>
    <message>
        <source>Redirect &amp;port:</source>
        <translation>Redirect &amp;port:</translation>
    </message>
    <message>
        <source>Redirect port</source>
        <translation>Redirect port</translation>
    </message>
    <message>
        <source>The port on this computer where the browser brings you back after signing in</source>
        <translation>The port on this computer where the browser brings you back after signing in</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;y</translation>
    </message>
    <message>
        <source>Copy the redirect URI</source>
        <translation>Copy the redirect URI</translation>
    </message>
</context>
<context>
    <name>TenantsDialog</name>
    <message>
        <source>Tenants</source>
        <translation>Tenants</translation>
    </message>
    <message>
        <source>&amp;Tenants:</source>
        <translation>&amp;Tenants:</translation>
    </message>
    <message>
        <source>Stored tenants</source>
        <translation>Stored tenants</translation>
    </message>
    <message>
        <source>Each entry says whether the tenant is production or a test tenant and whether it is locked</source>
        <translation>Each entry says whether the tenant is production or a test tenant and whether it is locked</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Add a tenant</source>
        <translation>Add a tenant</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <source>Remove the selected tenant</source>
        <translation>Remove the selected tenant</translation>
    </message>
    <message>
        <source>Asks first; the tenant's secret is deleted from the keychain as well</source>
        <translation>Asks first; the tenant's secret is deleted from the keychain as well</translation>
    </message>
    <message>
        <source>The built-in sandbox tenant is not listed here: it is always available from the tool bar.</source>
        <translation>The built-in sandbox tenant is not listed here: it is always available from the tool bar.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save the tenant</source>
        <translation>Save the tenant</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close the tenants dialog</source>
        <translation>Close the tenants dialog</translation>
    </message>
</context>
<context>
    <name>TokenDialog</name>
    <message>
        <source>Generate digit token</source>
        <translation>Generate digit token</translation>
    </message>
    <message>
        <source>Token and history</source>
        <translation>Token and history</translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation>&amp;Token</translation>
    </message>
    <message>
        <source>Digit tokens disabled</source>
        <translation>Digit tokens disabled</translation>
    </message>
    <message>
        <source>API version note</source>
        <translation>API version note</translation>
    </message>
    <message>
        <source>Caller's &amp;user:</source>
        <translation>Caller's &amp;user:</translation>
    </message>
    <message>
        <source>Type a name, email or uid</source>
        <translation>Type a name, email or uid</translation>
    </message>
    <message>
        <source>Caller's user</source>
        <translation>Caller's user</translation>
    </message>
    <message>
        <source>Type a name, email or uid and pick the person from the list</source>
        <translation>Type a name, email or uid and pick the person from the list</translation>
    </message>
    <message>
        <source>Picked identity</source>
        <translation>Picked identity</translation>
    </message>
    <message>
        <source>User problem</source>
        <translation>User problem</translation>
    </message>
    <message>
        <source>Token &amp;length:</source>
        <translation>Token &amp;length:</translation>
    </message>
    <message>
        <source> digits</source>
        <translation> digits</translation>
    </message>
    <message>
        <source>Token length in digits</source>
        <translation>Token length in digits</translation>
    </message>
    <message>
        <source>From 6 to 18 digits</source>
        <translation>From 6 to 18 digits</translation>
    </message>
    <message>
        <source>Length problem</source>
        <translation>Length problem</translation>
    </message>
    <message>
        <source>Valid &amp;for:</source>
        <translation>Valid &amp;for:</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Token lifetime in minutes</source>
        <translation>Token lifetime in minutes</translation>
    </message>
    <message>
        <source>From 1 to 60 minutes</source>
        <translation>From 1 to 60 minutes</translation>
    </message>
    <message>
        <source>I have &amp;verified the caller's identity</source>
        <translation>I have &amp;verified the caller's identity</translation>
    </message>
    <message>
        <source>Caller identity verified</source>
        <translation>Caller identity verified</translation>
    </message>
    <message>
        <source>Required before a token can be generated</source>
        <translation>Required before a token can be generated</translation>
    </message>
    <message>
        <source>Generating the token</source>
        <translation>Generating the token</translation>
    </message>
    <message>
        <source>Ca&amp;ncel request</source>
        <translation>Ca&amp;ncel request</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Cancel request</translation>
    </message>
    <message>
        <source>&amp;Generate token</source>
        <translation>&amp;Generate token</translation>
    </message>
    <message>
        <source>Generate token</source>
        <translation>Generate token</translation>
    </message>
    <message>
        <source>Session &amp;history</source>
        <translation>Session &amp;history</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Lifetime problem</source>
        <translation>Lifetime problem</translation>
    </message>
    <message>
        <source>Session history</source>
        <translation>Session history</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialog buttons</translation>
    </message>
</context>
<context>
    <name>TokenHistoryPanel</name>
    <message>
        <source>Tokens generated in this session. The digits are never kept.</source>
        <translation>Tokens generated in this session. The digits are never kept.</translation>
    </message>
    <message>
        <source>About the history</source>
        <translation>About the history</translation>
    </message>
    <message>
        <source>Tokens generated in this session</source>
        <translation>Tokens generated in this session</translation>
    </message>
    <message>
        <source>Cop&amp;y as text</source>
        <translation>Cop&amp;y as text</translation>
    </message>
    <message>
        <source>Copy history as text</source>
        <translation>Copy history as text</translation>
    </message>
    <message>
        <source>&amp;Save as CSV…</source>
        <translation>&amp;Save as CSV…</translation>
    </message>
    <message>
        <source>Save history as CSV</source>
        <translation>Save history as CSV</translation>
    </message>
</context>
<context>
    <name>TokenView</name>
    <message>
        <source>Token to read out</source>
        <translation>Token to read out</translation>
    </message>
    <message>
        <source>The server sent this token as a number; Passdesk restored its leading zeros.</source>
        <translation>The server sent this token as a number; Passdesk restored its leading zeros.</translation>
    </message>
    <message>
        <source>Token repaired note</source>
        <translation>Token repaired note</translation>
    </message>
    <message>
        <source>Clipboard status</source>
        <translation>Clipboard status</translation>
    </message>
    <message>
        <source>Token expiry</source>
        <translation>Token expiry</translation>
    </message>
    <message>
        <source>Token details</source>
        <translation>Token details</translation>
    </message>
    <message>
        <source>Copy &amp;details</source>
        <translation>Copy &amp;details</translation>
    </message>
    <message>
        <source>Copy token details for the ticket</source>
        <translation>Copy token details for the ticket</translation>
    </message>
    <message>
        <source>C&amp;opy token</source>
        <translation>C&amp;opy token</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>Copy token</translation>
    </message>
    <message>
        <source>Token length warning</source>
        <translation>Token length warning</translation>
    </message>
</context>
</TS>