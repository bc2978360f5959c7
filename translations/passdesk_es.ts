<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>BrowserSignInDialog</name>
    <message>
        <source>Sign in with the browser</source>
        <translation>Iniciar sesión en el navegador</translation>
    </message>
    <message>
        <source>Sign in to the tenant with the browser</source>
        <translation>Iniciar sesión en el inquilino con el navegador</translation>
    </message>
    <message>
        <source>Why Passdesk asks</source>
        <translation>Por qué lo pide Passdesk</translation>
    </message>
    <message>
        <source>Sign in with the &amp;browser</source>
        <translation>Iniciar sesión en el &amp;navegador</translation>
    </message>
    <message>
        <source>&amp;Copy the sign-in address</source>
        <translation>&amp;Copiar la dirección de inicio de sesión</translation>
    </message>
    <message>
        <source>For a browser Passdesk could not open itself</source>
        <translation>Para un navegador que Passdesk no pudo abrir por sí mismo</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Estado del inicio de sesión</translation>
    </message>
    <message>
        <source>Or &amp;paste the code:</source>
        <translation>O &amp;pegue el código:</translation>
    </message>
    <message>
        <source>The code, or the whole address the browser shows</source>
        <translation>El código, o la dirección completa que muestra el navegador</translation>
    </message>
    <message>
        <source>Sign-in code or redirect address</source>
        <translation>Código de inicio de sesión o dirección de redirección</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>&amp;Usar</translation>
    </message>
    <message>
        <source>Use the pasted code</source>
        <translation>Usar el código pegado</translation>
    </message>
    <message>
        <source>Where the sign-in is kept</source>
        <translation>Dónde se guarda el inicio de sesión</translation>
    </message>
</context>
<context>
    <name>ConfigPage</name>
    <message>
        <source>Password org config</source>
        <translation>Configuración de contraseñas de la organización</translation>
    </message>
    <message>
        <source>Config status</source>
        <translation>Estado de la configuración</translation>
    </message>
    <message>
        <source>Request in progress</source>
        <translation>Solicitud en curso</translation>
    </message>
    <message>
        <source>Read-only notice</source>
        <translation>Aviso de solo lectura</translation>
    </message>
    <message>
        <source>Password instructions</source>
        <translation>Instrucciones de contraseña</translation>
    </message>
    <message>
        <source>Show custom password instructions</source>
        <translation>Mostrar instrucciones de contraseña propias</translation>
    </message>
    <message>
        <source>Custom password instructions</source>
        <translation>Instrucciones de contraseña propias</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambiado</translation>
    </message>
    <message>
        <source>Changed since loaded</source>
        <translation>Cambiado desde la carga</translation>
    </message>
    <message>
        <source>When on, users see your organization&apos;s own instructions whenever they change or reset their password.</source>
        <translation>Si está activado, los usuarios ven las instrucciones propias de su organización al cambiar o restablecer su contraseña.</translation>
    </message>
    <message>
        <source>About custom password instructions</source>
        <translation>Acerca de las instrucciones de contraseña propias</translation>
    </message>
    <message>
        <source>Digit tokens for helpdesk resets</source>
        <translation>Tokens numéricos para restablecimientos del soporte</translation>
    </message>
    <message>
        <source>Allow helpdesk staff to generate digit tokens</source>
        <translation>Permitir que el soporte genere tokens numéricos</translation>
    </message>
    <message>
        <source>Digit tokens enabled</source>
        <translation>Tokens numéricos activados</translation>
    </message>
    <message>
        <source>A digit token is a one-time numeric code that the helpdesk reads out to a locked-out user, who types it to reset their password.</source>
        <translation>Un token numérico es un código de un solo uso que el soporte lee a un usuario bloqueado, que lo escribe para restablecer su contraseña.</translation>
    </message>
    <message>
        <source>About digit tokens</source>
        <translation>Acerca de los tokens numéricos</translation>
    </message>
    <message>
        <source>Token &amp;lifetime:</source>
        <translation>&amp;Validez del token:</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>Digit token lifetime in minutes</source>
        <translation>Validez del token en minutos</translation>
    </message>
    <message>
        <source>From 1 to 60 minutes</source>
        <translation>De 1 a 60 minutos</translation>
    </message>
    <message>
        <source>How long a code stays valid after the helpdesk generates it. Shorter is safer; the caller must use it in time.</source>
        <translation>Cuánto tiempo sigue siendo válido un código tras generarlo. Más corto es más seguro; quien llama debe usarlo a tiempo.</translation>
    </message>
    <message>
        <source>About the token lifetime</source>
        <translation>Acerca de la validez del token</translation>
    </message>
    <message>
        <source>Token le&amp;ngth:</source>
        <translation>&amp;Longitud del token:</translation>
    </message>
    <message>
        <source> digits</source>
        <translation> dígitos</translation>
    </message>
    <message>
        <source>Digit token length in digits</source>
        <translation>Longitud del token en dígitos</translation>
    </message>
    <message>
        <source>From 6 to 18 digits</source>
        <translation>De 6 a 18 dígitos</translation>
    </message>
    <message>
        <source>How many digits a code has. Longer codes are harder to guess and take longer to read out.</source>
        <translation>Cuántos dígitos tiene un código. Los códigos largos son más difíciles de adivinar y más lentos de leer.</translation>
    </message>
    <message>
        <source>About the token length</source>
        <translation>Acerca de la longitud del token</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>&amp;Create config</source>
        <translation>&amp;Crear configuración</translation>
    </message>
    <message>
        <source>Create config</source>
        <translation>Crear configuración</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Config error</source>
        <translation>Error de configuración</translation>
    </message>
    <message>
        <source>Values the server stored differently</source>
        <translation>Valores que el servidor guardó de otra forma</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>Cancelar la solicitud</translation>
    </message>
    <message>
        <source>Stop waiting for the server; your changes stay in the form</source>
        <translation>Dejar de esperar al servidor; sus cambios se quedan en el formulario</translation>
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
        <translation>Resumen del error</translation>
    </message>
    <message>
        <source>Server messages</source>
        <translation>Mensajes del servidor</translation>
    </message>
    <message>
        <source>The server has no text in your language, so it answered in its default language.</source>
        <translation>El servidor no tiene texto en su idioma, así que respondió en su idioma predeterminado.</translation>
    </message>
    <message>
        <source>Language note</source>
        <translation>Nota sobre el idioma</translation>
    </message>
    <message>
        <source>Detail code</source>
        <translation>Código de detalle</translation>
    </message>
    <message>
        <source>Tracking ID</source>
        <translation>ID de seguimiento</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>ID de solicitud</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificado:</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>Detalles del certificado</translation>
    </message>
    <message>
        <source>Retry countdown</source>
        <translation>Cuenta atrás para reintentar</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
    <message>
        <source>Copy error details</source>
        <translation>Copiar los detalles del error</translation>
    </message>
    <message>
        <source>Copy everything a support ticket needs to the clipboard</source>
        <translation>Copiar al portapapeles todo lo que necesita una incidencia de soporte</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
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
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Org config</source>
        <translation>Configuración de la &amp;organización</translation>
    </message>
    <message>
        <source>H&amp;elpdesk</source>
        <translation>&amp;Soporte</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>&amp;Generate digit token…</source>
        <translation>&amp;Generar token numérico…</translation>
    </message>
    <message>
        <source>Generate a digit token for a caller (Ctrl+G)</source>
        <translation>Generar un token numérico para quien llama (Ctrl+G)</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Passdesk</source>
        <translation>&amp;Acerca de Passdesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Tenant</source>
        <translation>&amp;Inquilino</translation>
    </message>
    <message>
        <source>&amp;Tenants…</source>
        <translation>&amp;Inquilinos…</translation>
    </message>
    <message>
        <source>Add, edit, remove and test tenants (Ctrl+T)</source>
        <translation>Añadir, editar, quitar y probar inquilinos (Ctrl+T)</translation>
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
        <translation>Pegue un token de acceso.</translation>
    </message>
    <message>
        <source>This is too long to be an access token.</source>
        <translation>Es demasiado largo para ser un token de acceso.</translation>
    </message>
    <message>
        <source>An access token has only letters, digits and - . _ ~ + / =; check what was pasted.</source>
        <translation>Un token de acceso solo tiene letras, dígitos y - . _ ~ + / =; compruebe lo que pegó.</translation>
    </message>
    <message>
        <source>This access token expired on %1.</source>
        <translation>Este token de acceso caducó el %1.</translation>
    </message>
</context>
<context>
    <name>Passdesk::AccessTokenProvider</name>
    <message>
        <source>The pasted access token expired at %1. Paste a new one to go on.</source>
        <translation>El token de acceso pegado caducó el %1. Pegue uno nuevo para continuar.</translation>
    </message>
    <message>
        <source>Paste an access token for this tenant.</source>
        <translation>Pegue un token de acceso para este inquilino.</translation>
    </message>
    <message>
        <source>The pasted access token has expired. Paste a new one to go on.</source>
        <translation>El token de acceso pegado ha caducado. Pegue uno nuevo para continuar.</translation>
    </message>
    <message>
        <source>Passdesk has no client secret for this tenant. Enter it to sign in.</source>
        <translation>Passdesk no tiene el secreto de cliente de este inquilino. Escríbalo para iniciar sesión.</translation>
    </message>
    <message>
        <source>The server refused the pasted access token (it may have expired or been revoked). Paste a new one to go on.</source>
        <translation>El servidor rechazó el token de acceso pegado (puede haber caducado o haberse revocado). Pegue uno nuevo para continuar.</translation>
    </message>
    <message>
        <source>You signed out. Paste an access token to sign in again.</source>
        <translation>Ha cerrado la sesión. Pegue un token de acceso para volver a iniciarla.</translation>
    </message>
    <message>
        <source>The pasted access token has characters an access token cannot have; nothing was sent with it. Paste it again.</source>
        <translation>El token de acceso pegado tiene caracteres que un token de acceso no puede tener; no se envió nada con él. Péguelo de nuevo.</translation>
    </message>
    <message>
        <source>the %1 header would have carried characters a header cannot have.</source>
        <translation>la cabecera %1 habría llevado caracteres que una cabecera no puede llevar.</translation>
    </message>
    <message>
        <source>Sign in with the browser to use this tenant.</source>
        <translation>Inicie sesión en el navegador para usar este inquilino.</translation>
    </message>
    <message>
        <source>You signed out. Sign in with the browser to go on.</source>
        <translation>Ha cerrado la sesión. Inicie sesión en el navegador para continuar.</translation>
    </message>
    <message>
        <source>Your browser sign-in has ended (the tenant said: %1). Sign in with the browser again; what you typed stays where it is.</source>
        <translation>Su inicio de sesión en el navegador ha terminado (el inquilino respondió: %1). Vuelva a iniciar sesión en el navegador; lo que escribió se conserva.</translation>
    </message>
</context>
<context>
    <name>Passdesk::ApiClient</name>
    <message>
        <source>Load password org config</source>
        <translation>Cargar la configuración de contraseñas</translation>
    </message>
    <message>
        <source>Save password org config</source>
        <translation>Guardar la configuración de contraseñas</translation>
    </message>
    <message>
        <source>This tenant is locked read-only in Passdesk; nothing was sent.</source>
        <translation>Este inquilino está bloqueado como solo lectura en Passdesk; no se envió nada.</translation>
    </message>
    <message>
        <source>There are no changes to save.</source>
        <translation>No hay cambios que guardar.</translation>
    </message>
    <message>
        <source>Create password org config</source>
        <translation>Crear la configuración de contraseñas</translation>
    </message>
    <message>
        <source>Generate digit token</source>
        <translation>Generar token numérico</translation>
    </message>
    <message>
        <source>Look up identities</source>
        <translation>Buscar identidades</translation>
    </message>
    <message>
        <source>API version %1 has no digit token operation. Choose v2025, v2024, v2026, beta or the per-service v1 API for this tenant.</source>
        <translation>La versión de API %1 no tiene la operación de token numérico. Elija v2025, v2024, v2026, beta o la API v1 por servicio para este inquilino.</translation>
    </message>
</context>
<context>
    <name>Passdesk::ApiError</name>
    <message>
        <source>Passdesk could not reach the server.</source>
        <translation>Passdesk no pudo conectar con el servidor.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>El servidor no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The secure connection was refused: the server&apos;s certificate could not be verified.</source>
        <translation>Se rechazó la conexión segura: no se pudo verificar el certificado del servidor.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>No se pudo leer la respuesta del servidor.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large (over 1 MiB) and was not read.</source>
        <translation>La respuesta del servidor era demasiado grande (más de 1 MiB) y no se leyó.</translation>
    </message>
    <message>
        <source>The server sent Passdesk elsewhere (HTTP %1); Passdesk does not follow redirects.</source>
        <translation>El servidor envió a Passdesk a otro sitio (HTTP %1); Passdesk no sigue redirecciones.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Se canceló la solicitud.</translation>
    </message>
    <message>
        <source>This API version does not offer that operation.</source>
        <translation>Esta versión de API no ofrece esa operación.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>No se envió nada: %1</translation>
    </message>
    <message>
        <source>The server refused the request as invalid (HTTP 400).</source>
        <translation>El servidor rechazó la solicitud por no ser válida (HTTP 400).</translation>
    </message>
    <message>
        <source>The server did not accept Passdesk&apos;s credentials (HTTP 401).</source>
        <translation>El servidor no aceptó las credenciales de Passdesk (HTTP 401).</translation>
    </message>
    <message>
        <source>This API client is not allowed to do that (HTTP 403).</source>
        <translation>Este cliente de API no puede hacer eso (HTTP 403).</translation>
    </message>
    <message>
        <source>The server does not have what was asked for (HTTP 404).</source>
        <translation>El servidor no tiene lo solicitado (HTTP 404).</translation>
    </message>
    <message>
        <source>The request conflicts with the server&apos;s current state (HTTP 409).</source>
        <translation>La solicitud entra en conflicto con el estado actual del servidor (HTTP 409).</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests: the server asks Passdesk to wait %n second(s).</source>
        <translation>
            <numerusform>Demasiadas solicitudes: el servidor pide a Passdesk que espere %n segundo.</numerusform>
            <numerusform>Demasiadas solicitudes: el servidor pide a Passdesk que espere %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests: the server asks Passdesk to wait a moment.</source>
        <translation>Demasiadas solicitudes: el servidor pide a Passdesk que espere un momento.</translation>
    </message>
    <message>
        <source>The server had an internal problem (HTTP %1).</source>
        <translation>El servidor tuvo un problema interno (HTTP %1).</translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP %1).</source>
        <translation>El servidor respondió con un error (HTTP %1).</translation>
    </message>
    <message>
        <source>Operation: %1</source>
        <translation>Operación: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Tipo: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>Estado HTTP: %1</translation>
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
        <translation>Código de error: %1</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Descripción: %1</translation>
    </message>
    <message>
        <source>Messages:
%1</source>
        <translation>Mensajes:
%1</translation>
    </message>
    <message>
        <source>Causes:
%1</source>
        <translation>Causas:
%1</translation>
    </message>
    <message>
        <source>Response: %1</source>
        <translation>Respuesta: %1</translation>
    </message>
    <message>
        <source>Retry-After: %1 s</source>
        <translation>Retry-After: %1 s</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Detalle: %1</translation>
    </message>
    <message>
        <source>Certificate subject: %1</source>
        <translation>Sujeto del certificado: %1</translation>
    </message>
    <message>
        <source>Certificate issuer: %1</source>
        <translation>Emisor del certificado: %1</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Huella SHA-256: %1</translation>
    </message>
    <message>
        <source>Valid from: %1</source>
        <translation>Válido desde: %1</translation>
    </message>
    <message>
        <source>Valid until: %1</source>
        <translation>Válido hasta: %1</translation>
    </message>
    <message>
        <source>Certificate problems: %1</source>
        <translation>Problemas del certificado: %1</translation>
    </message>
    <message>
        <source>No error</source>
        <translation>Sin error</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Error de red</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Tiempo agotado</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>Error de TLS</translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation>Error HTTP</translation>
    </message>
    <message>
        <source>Unreadable answer</source>
        <translation>Respuesta ilegible</translation>
    </message>
    <message>
        <source>Answer too large</source>
        <translation>Respuesta demasiado grande</translation>
    </message>
    <message>
        <source>Redirect refused</source>
        <translation>Redirección rechazada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Not supported by this API version</source>
        <translation>No admitido por esta versión de API</translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation>Entrada no válida</translation>
    </message>
    <message>
        <source>Sign in again: %1</source>
        <translation>Vuelva a iniciar sesión: %1</translation>
    </message>
    <message>
        <source>Credentials needed</source>
        <translation>Se necesitan credenciales</translation>
    </message>
    <message>
        <source>The server&apos;s headers were too large (over 64 KiB) and were not read.</source>
        <translation>Las cabeceras del servidor eran demasiado grandes (más de 64 KiB) y no se leyeron.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be unpacked.</source>
        <translation>No se pudo descomprimir la respuesta del servidor.</translation>
    </message>
    <message>
        <source>Headers too large</source>
        <translation>Cabeceras demasiado grandes</translation>
    </message>
    <message>
        <source>Answer could not be unpacked</source>
        <translation>Respuesta imposible de descomprimir</translation>
    </message>
</context>
<context>
    <name>Passdesk::ApiVersion</name>
    <message>
        <source>v2025 (current)</source>
        <translation>v2025 (actual)</translation>
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
        <translation>v3 (solo configuración, sin tokens numéricos)</translation>
    </message>
    <message>
        <source>per-service v1</source>
        <translation>v1 por servicio</translation>
    </message>
</context>
<context>
    <name>Passdesk::BrowserSignIn</name>
    <message>
        <source>This tenant has no usable OAuth client ID for the browser sign-in. Enter the one the org admin registered in the tenant&apos;s settings.</source>
        <translation>Este inquilino no tiene un ID de cliente OAuth utilizable para iniciar sesión en el navegador. Introduzca el que registró el administrador de la organización en la configuración del inquilino.</translation>
    </message>
    <message>
        <source>Passdesk could not find this tenant&apos;s sign-in page: %1/oauth/info did not name one (%2).</source>
        <translation>Passdesk no encontró la página de inicio de sesión de este inquilino: %1/oauth/info no indicó ninguna (%2).</translation>
    </message>
    <message>
        <source>The pasted address is not the one the sign-in sends the browser to (%1).</source>
        <translation>La dirección pegada no es aquella a la que el inicio de sesión envía al navegador (%1).</translation>
    </message>
    <message>
        <source>The pasted address belongs to another sign-in (its state does not match), so Passdesk refused it. Sign in again.</source>
        <translation>La dirección pegada pertenece a otro inicio de sesión (su state no coincide), por lo que Passdesk la rechazó. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The sign-in was refused in the browser (%1).</source>
        <translation>El inicio de sesión se rechazó en el navegador (%1).</translation>
    </message>
    <message>
        <source>This is neither a sign-in code nor the address the browser shows after signing in.</source>
        <translation>Esto no es ni un código de inicio de sesión ni la dirección que muestra el navegador después de iniciar sesión.</translation>
    </message>
    <message>
        <source>The tenant did not accept the sign-in: %1</source>
        <translation>El inquilino no aceptó el inicio de sesión: %1</translation>
    </message>
</context>
<context>
    <name>Passdesk::BrowserSignInDialog</name>
    <message>
        <source>Waiting for the browser: sign in there, and Passdesk goes on by itself. If the browser cannot come back, paste the code or the address it shows below.</source>
        <translation>Esperando al navegador: inicie sesión allí y Passdesk continuará por sí solo. Si el navegador no puede volver, pegue abajo el código o la dirección que muestra.</translation>
    </message>
    <message>
        <source>Passdesk could not open a browser. Copy the sign-in address, open it in a browser, and sign in there; Passdesk waits for it.</source>
        <translation>Passdesk no pudo abrir un navegador. Copie la dirección de inicio de sesión, ábrala en un navegador e inicie sesión allí; Passdesk la espera.</translation>
    </message>
    <message>
        <source>The browser came back; finishing the sign-in…</source>
        <translation>El navegador ha vuelto; terminando el inicio de sesión…</translation>
    </message>
    <message>
        <source>Finding the tenant&apos;s sign-in page…</source>
        <translation>Buscando la página de inicio de sesión del inquilino…</translation>
    </message>
    <message>
        <source>Sign in &amp;again</source>
        <translation>Volver a &amp;iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in with the &amp;browser</source>
        <translation>Iniciar sesión en el &amp;navegador</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Iniciar sesión en %1</translation>
    </message>
    <message>
        <source>Passdesk opens your browser at the tenant&apos;s sign-in page. Sign in there as yourself; Passdesk then works with your user level.</source>
        <translation>Passdesk abre su navegador en la página de inicio de sesión del inquilino. Inicie sesión allí con su propia cuenta; Passdesk trabajará entonces con su nivel de usuario.</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Passdesk keeps the sign-in (a refresh token, never the access token) in the system keychain, so it lasts a working day; Sign out deletes it.</source>
        <translation>Passdesk guarda el inicio de sesión (un token de actualización, nunca el token de acceso) en el llavero del sistema, para que dure una jornada laboral; Cerrar sesión lo elimina.</translation>
    </message>
    <message>
        <source>No system keychain is available: the sign-in lives in memory only and ends when Passdesk quits.</source>
        <translation>No hay llavero del sistema disponible: el inicio de sesión solo se guarda en memoria y termina al cerrar Passdesk.</translation>
    </message>
</context>
<context>
    <name>Passdesk::CallerDetails</name>
    <message>
        <source>%1 · %2 · inactive (%3): check before resetting</source>
        <translation>%1 · %2 · inactivo (%3): compruébelo antes de restablecer</translation>
    </message>
    <message>
        <source>%1 · %2 · active</source>
        <translation>%1 · %2 · activo</translation>
    </message>
    <message>
        <source>Looking callers up is off: %1. Only a user&apos;s token may look people up; type the caller&apos;s exact uid.</source>
        <translation>La búsqueda de personas que llaman está desactivada: %1. Solo el token de un usuario puede buscar personas; escriba el uid exacto de quien llama.</translation>
    </message>
    <message>
        <source>The lookup failed (%1); you can still type the exact uid.</source>
        <translation>La búsqueda falló (%1); aún puede escribir el uid exacto.</translation>
    </message>
</context>
<context>
    <name>Passdesk::ConfigAccessNotice</name>
    <message>
        <source>This tenant is locked read-only in Passdesk: you can read the settings, and Passdesk sends no change.</source>
        <translation>Este inquilino está bloqueado como solo lectura en Passdesk: puede leer los ajustes y Passdesk no envía cambios.</translation>
    </message>
    <message>
        <source>The server refused the change (403): this API client is not allowed to change the org config. It needs the scope %1. Your changes are still in the form.</source>
        <translation>El servidor rechazó el cambio (403): este cliente de API no puede cambiar la configuración. Necesita el ámbito %1. Sus cambios siguen en el formulario.</translation>
    </message>
    <message>
        <source>You are signed in as %1 with the user level %2, which may read the settings but not change them (it lacks the scope %3). Someone with the user level Org admin can change them.</source>
        <translation>Ha iniciado sesión como %1 con el nivel de usuario %2, que puede leer la configuración pero no cambiarla (le falta el scope %3). Alguien con el nivel de usuario Administrador de la organización puede cambiarla.</translation>
    </message>
    <message>
        <source>This API client may read the settings but not change them: it lacks the scope %1.</source>
        <translation>Este cliente de API puede leer los ajustes pero no cambiarlos: le falta el ámbito %1.</translation>
    </message>
</context>
<context>
    <name>Passdesk::ConfigActions</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Read the org config from the server again (F5)</source>
        <translation>Volver a leer la configuración del servidor (F5)</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <source>Send the changed settings to the server (Ctrl+S)</source>
        <translation>Enviar al servidor los ajustes cambiados (Ctrl+S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <source>Go back to the values loaded from the server (Ctrl+R)</source>
        <translation>Volver a los valores cargados del servidor (Ctrl+R)</translation>
    </message>
</context>
<context>
    <name>Passdesk::ConfigDialogs</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s)</source>
        <translation>
            <numerusform>%n dígito</numerusform>
            <numerusform>%n dígitos</numerusform>
        </translation>
    </message>
    <message>
        <source>Custom password instructions</source>
        <translation>Instrucciones de contraseña propias</translation>
    </message>
    <message>
        <source>Digit tokens</source>
        <translation>Tokens numéricos</translation>
    </message>
    <message>
        <source>Digit token lifetime</source>
        <translation>Validez de los tokens numéricos</translation>
    </message>
    <message>
        <source>Digit token length</source>
        <translation>Longitud de los tokens numéricos</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>&lt;li&gt;%1: %2 → &lt;b&gt;%3&lt;/b&gt;&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1: %2 → &lt;b&gt;%3&lt;/b&gt;&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Save these changes to the password org config of &lt;b&gt;%1&lt;/b&gt;?&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;</source>
        <translation>&lt;p&gt;¿Guardar estos cambios en la configuración de contraseñas de &lt;b&gt;%1&lt;/b&gt;?&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:#b71c1c&quot;&gt;&lt;b&gt;This is a production tenant.&lt;/b&gt; The change applies to every user and helpdesk agent at once.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:#b71c1c&quot;&gt;&lt;b&gt;Este es un inquilino de producción.&lt;/b&gt; El cambio se aplica de inmediato a todos los usuarios y agentes de soporte.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Save password org config</source>
        <translation>Guardar la configuración de contraseñas</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&lt;p&gt;Someone changed the password org config on the server since you loaded it. Changes made there are in bold.&lt;/p&gt;&lt;table cellspacing=&quot;6&quot;&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;Your version&lt;/th&gt;&lt;th&gt;Server&apos;s version&lt;/th&gt;&lt;/tr&gt;%1&lt;/table&gt;</source>
        <translation>&lt;p&gt;Alguien cambió la configuración de contraseñas en el servidor desde que la cargó. Los cambios hechos allí están en negrita.&lt;/p&gt;&lt;table cellspacing=&quot;6&quot;&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;Su versión&lt;/th&gt;&lt;th&gt;Versión del servidor&lt;/th&gt;&lt;/tr&gt;%1&lt;/table&gt;</translation>
    </message>
    <message>
        <source>The config changed on the server</source>
        <translation>La configuración cambió en el servidor</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Conservar la mía</translation>
    </message>
    <message>
        <source>&amp;Take server&apos;s</source>
        <translation>&amp;Usar la del servidor</translation>
    </message>
    <message>
        <source>Reload the config?</source>
        <translation>¿Recargar la configuración?</translation>
    </message>
    <message>
        <source>&lt;p&gt;Reloading replaces your unsaved changes with the server&apos;s values.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Al recargar, sus cambios sin guardar se sustituyen por los valores del servidor.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Discard and reload</source>
        <translation>&amp;Descartar y recargar</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Seguir editando</translation>
    </message>
    <message>
        <source>&lt;li&gt;%1: &lt;b&gt;%2&lt;/b&gt;&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1: &lt;b&gt;%2&lt;/b&gt;&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Create the password org config of &lt;b&gt;%1&lt;/b&gt; with these values?&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;</source>
        <translation>&lt;p&gt;¿Crear la configuración de contraseñas de &lt;b&gt;%1&lt;/b&gt; con estos valores?&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Create password org config</source>
        <translation>Crear la configuración de contraseñas</translation>
    </message>
</context>
<context>
    <name>Passdesk::ConfigFields</name>
    <message>
        <source>Saved value: %1</source>
        <translation>Valor guardado: %1</translation>
    </message>
</context>
<context>
    <name>Passdesk::ConfigPage</name>
    <message>
        <source>The org config has not been loaded yet.</source>
        <translation>La configuración aún no se ha cargado.</translation>
    </message>
    <message>
        <source>Loading the password org config…</source>
        <translation>Cargando la configuración de contraseñas…</translation>
    </message>
    <message>
        <source>Loaded at %1.</source>
        <translation>Cargada a las %1.</translation>
    </message>
    <message>
        <source>This tenant has no password org config yet. The form shows the defaults; Create config saves them to the tenant.</source>
        <translation>Este inquilino aún no tiene configuración de contraseñas. El formulario muestra los valores predeterminados; «Crear configuración» los guarda en el inquilino.</translation>
    </message>
    <message>
        <source>The config could not be reloaded; the form shows what was loaded before.</source>
        <translation>No se pudo recargar la configuración; el formulario muestra lo que se cargó antes.</translation>
    </message>
    <message>
        <source>The password org config could not be loaded.</source>
        <translation>No se pudo cargar la configuración de contraseñas.</translation>
    </message>
    <message>
        <source>No tenant is open. Add one with Tenants… or choose one in the tool bar.</source>
        <translation>No hay ningún inquilino abierto. Añada uno con «Inquilinos…» o elija uno en la barra de herramientas.</translation>
    </message>
    <message>
        <source>Cancelled. Your changes are still in the form.</source>
        <translation>Cancelado. Sus cambios siguen en el formulario.</translation>
    </message>
    <message>
        <source>Cancelled. The form shows what was loaded before.</source>
        <translation>Cancelado. El formulario muestra lo que se cargó antes.</translation>
    </message>
    <message>
        <source>Cancelled. Refresh loads the config.</source>
        <translation>Cancelado. «Actualizar» carga la configuración.</translation>
    </message>
</context>
<context>
    <name>Passdesk::ConfigSaveFlow</name>
    <message>
        <source>Checking the server&apos;s current values…</source>
        <translation>Comprobando los valores actuales del servidor…</translation>
    </message>
    <message>
        <source>Not saved: the server&apos;s current values could not be read. Your changes are still here.</source>
        <translation>No guardado: no se pudieron leer los valores actuales del servidor. Sus cambios siguen aquí.</translation>
    </message>
    <message>
        <source>Not saved: this API client may not change the org config. Your changes are still here.</source>
        <translation>No guardado: este cliente de API no puede cambiar la configuración. Sus cambios siguen aquí.</translation>
    </message>
    <message>
        <source>The server already has these values (checked at %1).</source>
        <translation>El servidor ya tiene estos valores (comprobado a las %1).</translation>
    </message>
    <message>
        <source>Loaded the server&apos;s newer values at %1.</source>
        <translation>Valores más recientes del servidor cargados a las %1.</translation>
    </message>
    <message>
        <source>Not saved. The server has newer values; your changes are still here.</source>
        <translation>No guardado. El servidor tiene valores más recientes; sus cambios siguen aquí.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>Guardada a las %1.</translation>
    </message>
    <message>
        <source>Not saved. Your changes are still in the form.</source>
        <translation>No guardado. Sus cambios siguen en el formulario.</translation>
    </message>
    <message>
        <source>Creating the password org config…</source>
        <translation>Creando la configuración de contraseñas…</translation>
    </message>
    <message>
        <source>Created at %1.</source>
        <translation>Creada a las %1.</translation>
    </message>
    <message>
        <source>The config was not created. The form keeps your values.</source>
        <translation>No se creó la configuración. El formulario conserva sus valores.</translation>
    </message>
    <message>
        <source>The server created the config with other values than you confirmed (asked → stored):</source>
        <translation>El servidor creó la configuración con valores distintos de los que confirmó (solicitado → guardado):</translation>
    </message>
    <message>
        <source>The server stored other values than you confirmed (before → asked → stored):</source>
        <translation>El servidor guardó valores distintos de los que confirmó (antes → solicitado → guardado):</translation>
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
        <translation>%1: %2 → (sin cambiar) → %3</translation>
    </message>
</context>
<context>
    <name>Passdesk::ConnectionSettings</name>
    <message>
        <source>Enter a tenant name (such as acme) or the API base URL.</source>
        <translation>Escriba un nombre de inquilino (como acme) o la URL base de la API.</translation>
    </message>
    <message>
        <source>The address is too long.</source>
        <translation>La dirección es demasiado larga.</translation>
    </message>
    <message>
        <source>The address must not contain spaces or control characters.</source>
        <translation>La dirección no debe contener espacios ni caracteres de control.</translation>
    </message>
    <message>
        <source>A tenant name has only letters, digits and inner hyphens (at most 63).</source>
        <translation>Un nombre de inquilino solo tiene letras, dígitos y guiones interiores (63 como máximo).</translation>
    </message>
    <message>
        <source>This is neither a tenant name nor a valid URL.</source>
        <translation>No es ni un nombre de inquilino ni una URL válida.</translation>
    </message>
    <message>
        <source>Passdesk only connects over https; plain http is allowed only for this computer (loopback).</source>
        <translation>Passdesk solo se conecta por https; http sin cifrar solo se permite para este equipo (loopback).</translation>
    </message>
    <message>
        <source>The address must not contain a user name or password; Passdesk asks for credentials separately.</source>
        <translation>La dirección no debe contener usuario ni contraseña; Passdesk pide las credenciales por separado.</translation>
    </message>
    <message>
        <source>The address must not have a query (?) or fragment (#).</source>
        <translation>La dirección no debe tener consulta (?) ni fragmento (#).</translation>
    </message>
    <message>
        <source>The address must be the API base (such as https://acme.api.identitynow.com), without a path.</source>
        <translation>La dirección debe ser la base de la API (como https://acme.api.identitynow.com), sin ruta.</translation>
    </message>
</context>
<context>
    <name>Passdesk::ConnectionTestPanel</name>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Probando la conexión con %1…</translation>
    </message>
    <message>
        <source>Paste the access token first: none is kept for this tenant.</source>
        <translation>Pegue primero el token de acceso: no se guarda ninguno para este inquilino.</translation>
    </message>
    <message>
        <source>Type the client secret first: none is stored for this tenant.</source>
        <translation>Escriba primero el secreto de cliente: no hay ninguno guardado para este inquilino.</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>La conexión funciona.</translation>
    </message>
    <message>
        <source>The connection failed.</source>
        <translation>La conexión falló.</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultado de la prueba de conexión</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Probar cone&amp;xión</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Signs in with the values shown, saved or not, reads the org config and lists what the client may do</source>
        <translation>Inicia sesión con los valores mostrados, guardados o no, lee la configuración y enumera lo que puede hacer el cliente</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Probando la conexión</translation>
    </message>
    <message>
        <source>The connection test was cancelled.</source>
        <translation>Se canceló la prueba de conexión.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the connection test</source>
        <translation>Cancelar la prueba de conexión</translation>
    </message>
    <message>
        <source>A browser sign-in is checked when you sign in: the tenant bar then says who you are, and each feature says what your user level allows.</source>
        <translation>Un inicio de sesión en el navegador se comprueba al iniciar sesión: la barra del inquilino muestra entonces quién es usted y cada función indica lo que permite su nivel de usuario.</translation>
    </message>
</context>
<context>
    <name>Passdesk::ConnectionTester</name>
    <message>
        <source>the server did not say which scopes the token has; it decides on each request</source>
        <translation>el servidor no indicó qué ámbitos tiene el token; decide en cada solicitud</translation>
    </message>
    <message>
        <source>needs the scope %1</source>
        <translation>necesita el ámbito %1</translation>
    </message>
    <message>
        <source>Read the org config</source>
        <translation>Leer la configuración</translation>
    </message>
    <message>
        <source>Change the org config</source>
        <translation>Cambiar la configuración</translation>
    </message>
    <message>
        <source>the tenant is locked read-only in Passdesk</source>
        <translation>el inquilino está bloqueado como solo lectura en Passdesk</translation>
    </message>
    <message>
        <source>Generate digit tokens</source>
        <translation>Generar tokens numéricos</translation>
    </message>
    <message>
        <source>API version %1 has no digit token operation</source>
        <translation>la versión de API %1 no tiene la operación de token numérico</translation>
    </message>
    <message>
        <source>Look up callers</source>
        <translation>Buscar a quien llama</translation>
    </message>
    <message>
        <source>✔ Signed in.</source>
        <translation>✔ Sesión iniciada.</translation>
    </message>
    <message>
        <source>✘ Could not sign in: %1</source>
        <translation>✘ No se pudo iniciar sesión: %1</translation>
    </message>
    <message>
        <source>✔ Read the password org config.</source>
        <translation>✔ Configuración de contraseñas leída.</translation>
    </message>
    <message>
        <source>✔ The tenant has no password org config yet (it can be created).</source>
        <translation>✔ El inquilino aún no tiene configuración de contraseñas (se puede crear).</translation>
    </message>
    <message>
        <source>✘ Could not read the password org config: %1</source>
        <translation>✘ No se pudo leer la configuración de contraseñas: %1</translation>
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
        <translation>el servidor lo rechazó (HTTP 403)</translation>
    </message>
    <message>
        <source>needs a user token (a personal access token or the browser sign-in); an API client&apos;s token has no user</source>
        <translation>necesita un token de usuario (un token de acceso personal o el inicio de sesión en el navegador); el token de un cliente de API no tiene usuario</translation>
    </message>
    <message>
        <source>✔ Signed in as %1 (%2).</source>
        <translation>✔ Sesión iniciada como %1 (%2).</translation>
    </message>
    <message>
        <source>✔ Signed in as the API client %1, without a user.</source>
        <translation>✔ Sesión iniciada como el cliente de API %1, sin usuario.</translation>
    </message>
</context>
<context>
    <name>Passdesk::DigitToken</name>
    <message>
        <source>The digit token answer is not a JSON object.</source>
        <translation>La respuesta del token numérico no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The digit token from the server is not made of digits.</source>
        <translation>El token numérico del servidor no está formado por dígitos.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no digit token.</source>
        <translation>La respuesta del servidor no contiene un token numérico.</translation>
    </message>
    <message>
        <source>The digit token from the server is a number that is not a whole, positive token.</source>
        <translation>El token numérico del servidor es un número que no es un token entero y positivo.</translation>
    </message>
    <message>
        <source>Enter the user&apos;s uid (their username).</source>
        <translation>Escriba el uid (nombre de usuario) del usuario.</translation>
    </message>
    <message>
        <source>A uid is at most 128 characters long.</source>
        <translation>Un uid tiene como máximo 128 caracteres.</translation>
    </message>
    <message>
        <source>The uid contains control characters; paste it again or pick the user from the list.</source>
        <translation>El uid contiene caracteres de control; péguelo de nuevo o elija al usuario de la lista.</translation>
    </message>
    <message>
        <source>The token length must be between %1 and %2 digits.</source>
        <translation>La longitud del token debe estar entre %1 y %2 dígitos.</translation>
    </message>
    <message>
        <source>The token duration must be between %1 and %2 minutes.</source>
        <translation>La validez del token debe estar entre %1 y %2 minutos.</translation>
    </message>
    <message>
        <source>The digit token from the server has more than %1 digits.</source>
        <translation>El token numérico del servidor tiene más de %1 dígitos.</translation>
    </message>
</context>
<context>
    <name>Passdesk::DisplayText</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
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
        <translation>Sujeto: %1
Emisor: %2
SHA-256: %3
Válido: del %4 al %5
Problemas: %6</translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %n second(s).</source>
        <translation>
            <numerusform>Puede volver a intentarlo en %n segundo.</numerusform>
            <numerusform>Puede volver a intentarlo en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Ya puede volver a intentarlo.</translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %n second(s). The server asked for a longer wait; Passdesk waits at most an hour.</source>
        <translation>
            <numerusform>Puede volver a intentarlo en %n segundo. El servidor pidió una espera más larga; Passdesk espera como máximo una hora.</numerusform>
            <numerusform>Puede volver a intentarlo en %n segundos. El servidor pidió una espera más larga; Passdesk espera como máximo una hora.</numerusform>
        </translation>
    </message>
    <message>
        <source>Passdesk error report
Time: %1 (%2)
Tenant: %3
%4</source>
        <translation>Informe de error de Passdesk
Hora: %1 (%2)
Inquilino: %3
%4</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Too many requests: the server asked Passdesk to wait before trying again.</source>
        <translation>Demasiadas solicitudes: el servidor pidió a Passdesk que espere antes de volver a intentarlo.</translation>
    </message>
</context>
<context>
    <name>Passdesk::FirstRunAssistant</name>
    <message>
        <source>Leave without a tenant?</source>
        <translation>¿Salir sin inquilino?</translation>
    </message>
    <message>
        <source>&lt;p&gt;The tenant you entered is not saved. Passdesk starts without a tenant; you can add one later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;El inquilino que escribió no está guardado. Passdesk se inicia sin inquilino; puede añadir uno más tarde.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Discard and close</source>
        <translation>&amp;Descartar y cerrar</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Seguir editando</translation>
    </message>
    <message>
        <source>Welcome to Passdesk</source>
        <translation>Bienvenido a Passdesk</translation>
    </message>
    <message>
        <source>Password administration for Identity Security Cloud</source>
        <translation>Administración de contraseñas para Identity Security Cloud</translation>
    </message>
    <message>
        <source>&amp;Add the tenant I work with</source>
        <translation>&amp;Añadir el inquilino con el que trabajo</translation>
    </message>
    <message>
        <source>Add the tenant I work with</source>
        <translation>Añadir el inquilino con el que trabajo</translation>
    </message>
    <message>
        <source>&amp;Explore Passdesk on the built-in sandbox tenant first</source>
        <translation>&amp;Explorar primero Passdesk en el inquilino de pruebas integrado</translation>
    </message>
    <message>
        <source>Explore Passdesk on the built-in sandbox tenant first</source>
        <translation>Explorar primero Passdesk en el inquilino de pruebas integrado</translation>
    </message>
    <message>
        <source>A tenant inside Passdesk with sample users; nothing you do there reaches a real tenant</source>
        <translation>Un inquilino dentro de Passdesk con usuarios de ejemplo; nada de lo que haga allí llega a un inquilino real</translation>
    </message>
    <message>
        <source>Add the tenant you work with</source>
        <translation>Añadir el inquilino con el que trabaja</translation>
    </message>
    <message>
        <source>Test the connection before you finish: Passdesk shows what the client may do. You can add more tenants later under Tenants.</source>
        <translation>Pruebe la conexión antes de terminar: Passdesk muestra lo que puede hacer el cliente. Puede añadir más inquilinos después en «Inquilinos».</translation>
    </message>
    <message>
        <source>Passdesk lets org admins view and change the password org config of an Identity Security Cloud tenant, and helpdesk staff generate digit tokens so that a caller can reset a password.

It signs in with the browser as you, or with an API client or a personal access token. What lets it sign in again is kept in the system keychain, never in a file.

How do you want to start?</source>
        <translation>Passdesk permite a los administradores de la organización ver y cambiar la configuración de contraseñas de un inquilino de Identity Security Cloud, y al soporte generar tokens numéricos para que quien llama pueda restablecer su contraseña.

Inicia su sesión en el navegador, o inicia sesión con un cliente de API o un token de acceso personal. Lo que permite volver a iniciar sesión se guarda en el llavero del sistema, nunca en un archivo.

¿Cómo quiere empezar?</translation>
    </message>
    <message>
        <source>How to sign in to the sandbox</source>
        <translation>Cómo iniciar sesión en el entorno de pruebas</translation>
    </message>
    <message>
        <source>Sign in with the &amp;browser as one of the sandbox&apos;s people</source>
        <translation>Iniciar sesión en el &amp;navegador como una de las personas del entorno de pruebas</translation>
    </message>
    <message>
        <source>The sandbox&apos;s sign-in page lets you choose the org admin, the helpdesk agent or a plain user.</source>
        <translation>La página de inicio de sesión del entorno de pruebas le permite elegir al administrador de la organización, al agente de soporte o a un usuario normal.</translation>
    </message>
    <message>
        <source>Use the sandbox&apos;s built-in &amp;client</source>
        <translation>Usar el &amp;cliente integrado del entorno de pruebas</translation>
    </message>
    <message>
        <source>The org admin&apos;s personal access token: no browser and no sign-in page.</source>
        <translation>El token de acceso personal del administrador de la organización: sin navegador ni página de inicio de sesión.</translation>
    </message>
</context>
<context>
    <name>Passdesk::IdentityLookup</name>
    <message>
        <source>Matching people</source>
        <translation>Personas que coinciden</translation>
    </message>
    <message>
        <source>This identity is inactive (%1).</source>
        <translation>Esta identidad está inactiva (%1).</translation>
    </message>
    <message>
        <source>%1 — %2 (%3) — inactive: %4</source>
        <translation>%1 — %2 (%3) — inactivo: %4</translation>
    </message>
    <message>
        <source>%1 — %2 (%3) — %4</source>
        <translation>%1 — %2 (%3) — %4</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
</context>
<context>
    <name>Passdesk::LoopbackRedirectListener</name>
    <message numerus="yes">
        <source>The browser did not come back within %n minute(s). Sign in again, or paste the code or the address the browser shows.</source>
        <translation>
            <numerusform>El navegador no volvió en %n minuto. Vuelva a iniciar sesión, o pegue el código o la dirección que muestra el navegador.</numerusform>
            <numerusform>El navegador no volvió en %n minutos. Vuelva a iniciar sesión, o pegue el código o la dirección que muestra el navegador.</numerusform>
        </translation>
    </message>
    <message>
        <source>Passdesk cannot wait for the browser on port %1 of this computer (%2). Another program may be using it. Paste the code or the address the browser shows instead, or choose another port for this tenant (its OAuth client must list that redirect URI too).</source>
        <translation>Passdesk no puede esperar al navegador en el puerto %1 de este equipo (%2). Puede que otro programa lo esté usando. Pegue en su lugar el código o la dirección que muestra el navegador, o elija otro puerto para este inquilino (su cliente OAuth también debe incluir esa URI de redirección).</translation>
    </message>
    <message>
        <source>This request is too long.</source>
        <translation>Esta solicitud es demasiado larga.</translation>
    </message>
    <message>
        <source>This is not an HTTP request.</source>
        <translation>Esto no es una solicitud HTTP.</translation>
    </message>
    <message>
        <source>This sign-in is over. Go back to Passdesk.</source>
        <translation>Este inicio de sesión ha terminado. Vuelva a Passdesk.</translation>
    </message>
    <message>
        <source>Passdesk waits for the sign-in at /callback only.</source>
        <translation>Passdesk solo espera el inicio de sesión en /callback.</translation>
    </message>
    <message>
        <source>Passdesk takes the sign-in redirect as GET only.</source>
        <translation>Passdesk solo acepta la redirección del inicio de sesión como GET.</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in Passdesk started (its state does not match). Passdesk ignored it; start the sign-in again.</source>
        <translation>Esta respuesta no pertenece al inicio de sesión que inició Passdesk (su state no coincide). Passdesk la ignoró; vuelva a iniciar la sesión.</translation>
    </message>
    <message>
        <source>The browser came back with an answer that does not belong to this sign-in (the state does not match), so Passdesk refused it. Sign in again.</source>
        <translation>El navegador volvió con una respuesta que no pertenece a este inicio de sesión (el state no coincide), por lo que Passdesk la rechazó. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The sign-in did not happen. Go back to Passdesk.</source>
        <translation>El inicio de sesión no se realizó. Vuelva a Passdesk.</translation>
    </message>
    <message>
        <source>The sign-in was denied in the browser (%1).</source>
        <translation>El inicio de sesión se denegó en el navegador (%1).</translation>
    </message>
    <message>
        <source>The tenant refused the sign-in: %1 (%2).</source>
        <translation>El inquilino rechazó el inicio de sesión: %1 (%2).</translation>
    </message>
    <message>
        <source>The answer has no sign-in code. Go back to Passdesk.</source>
        <translation>La respuesta no tiene código de inicio de sesión. Vuelva a Passdesk.</translation>
    </message>
    <message>
        <source>The browser came back without a sign-in code. Sign in again.</source>
        <translation>El navegador volvió sin código de inicio de sesión. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>You are signed in to Passdesk. You can close this page and go back to Passdesk.</source>
        <translation>Ha iniciado sesión en Passdesk. Puede cerrar esta página y volver a Passdesk.</translation>
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
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>The password org config has changes that are not saved. Discard them and close Passdesk?</source>
        <translation>La configuración de contraseñas tiene cambios sin guardar. ¿Descartarlos y cerrar Passdesk?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <source>About Passdesk</source>
        <translation>Acerca de Passdesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Passdesk %1&lt;/b&gt; (build %2)&lt;br&gt;Password Org Config and helpdesk digit tokens for Identity Security Cloud.&lt;br&gt;Built with Qt %3, running on Qt %4.&lt;br&gt;License: MIT&lt;br&gt;Settings: %5</source>
        <translation>&lt;b&gt;Passdesk %1&lt;/b&gt; (compilación %2)&lt;br&gt;Configuración de contraseñas de la organización y tokens numéricos del soporte para Identity Security Cloud.&lt;br&gt;Compilado con Qt %3, ejecutándose con Qt %4.&lt;br&gt;Licencia: MIT&lt;br&gt;Preferencias: %5</translation>
    </message>
    <message>
        <source>Passdesk [*]</source>
        <translation>Passdesk [*]</translation>
    </message>
    <message>
        <source>Signed out. Passdesk signs in again on the next request.</source>
        <translation>Sesión cerrada. Passdesk volverá a iniciarla en la próxima solicitud.</translation>
    </message>
    <message>
        <source>The password org config of %1 has changes that are not saved. Discard them and switch to %2?</source>
        <translation>La configuración de contraseñas de %1 tiene cambios sin guardar. ¿Descartarlos y cambiar a %2?</translation>
    </message>
    <message>
        <source>Discard and switch</source>
        <translation>Descartar y cambiar</translation>
    </message>
</context>
<context>
    <name>Passdesk::NetworkErrors</name>
    <message>
        <source>The server refused the connection. Is the address right and the service running?</source>
        <translation>El servidor rechazó la conexión. ¿Es correcta la dirección y está en marcha el servicio?</translation>
    </message>
    <message>
        <source>The server closed the connection before the answer was complete.</source>
        <translation>El servidor cerró la conexión antes de completar la respuesta.</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found. Check the tenant name and your network.</source>
        <translation>No se encontró el nombre del servidor. Compruebe el nombre del inquilino y su red.</translation>
    </message>
    <message>
        <source>The server took too long to answer, so Passdesk stopped waiting.</source>
        <translation>El servidor tardó demasiado en responder, así que Passdesk dejó de esperar.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Se canceló la solicitud.</translation>
    </message>
    <message>
        <source>A secure (TLS) connection could not be established; the server&apos;s certificate was not accepted.</source>
        <translation>No se pudo establecer una conexión segura (TLS); no se aceptó el certificado del servidor.</translation>
    </message>
    <message>
        <source>The network is not available right now.</source>
        <translation>La red no está disponible en este momento.</translation>
    </message>
    <message>
        <source>The system does not allow network access in the background.</source>
        <translation>El sistema no permite el acceso a la red en segundo plano.</translation>
    </message>
    <message>
        <source>The server redirected the request; Passdesk does not follow redirects.</source>
        <translation>El servidor redirigió la solicitud; Passdesk no sigue redirecciones.</translation>
    </message>
    <message>
        <source>The proxy server did not pass the request on. Check the system&apos;s proxy settings.</source>
        <translation>El servidor proxy no reenvió la solicitud. Revise la configuración de proxy del sistema.</translation>
    </message>
    <message>
        <source>The server&apos;s answer broke the HTTP protocol.</source>
        <translation>La respuesta del servidor incumplió el protocolo HTTP.</translation>
    </message>
    <message>
        <source>An unknown network error occurred.</source>
        <translation>Se produjo un error de red desconocido.</translation>
    </message>
    <message>
        <source>A network error occurred (code %1).</source>
        <translation>Se produjo un error de red (código %1).</translation>
    </message>
    <message>
        <source>The server refused to hand out or change the requested content (code %1).</source>
        <translation>El servidor se negó a entregar o cambiar el contenido solicitado (código %1).</translation>
    </message>
    <message>
        <source>The server could not handle the request (code %1).</source>
        <translation>El servidor no pudo atender la solicitud (código %1).</translation>
    </message>
</context>
<context>
    <name>Passdesk::OrgConfig</name>
    <message>
        <source>The password org config from the server is not a JSON object.</source>
        <translation>La configuración de contraseñas del servidor no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The server sent %1 as something other than true or false.</source>
        <translation>El servidor envió %1 como algo distinto de true o false.</translation>
    </message>
    <message>
        <source>The server sent %1 as something other than a whole number.</source>
        <translation>El servidor envió %1 como algo distinto de un número entero.</translation>
    </message>
    <message>
        <source>The server sent %1 = %2, outside the allowed %3 to %4.</source>
        <translation>El servidor envió %1 = %2, fuera del intervalo permitido de %3 a %4.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3, not %4.</source>
        <translation>%1 debe estar entre %2 y %3, no %4.</translation>
    </message>
</context>
<context>
    <name>Passdesk::PassdeskApp</name>
    <message>
        <source>The sandbox tenant could not listen on a loopback port.</source>
        <translation>El inquilino de pruebas no pudo escuchar en ningún puerto loopback.</translation>
    </message>
    <message>
        <source>There is no tenant &quot;%1&quot;: no tenant is set up yet.</source>
        <translation>No hay ningún inquilino «%1»: aún no se ha configurado ninguno.</translation>
    </message>
    <message>
        <source>There is no tenant &quot;%1&quot;. Set up are: %2.</source>
        <translation>No hay ningún inquilino «%1». Configurados: %2.</translation>
    </message>
</context>
<context>
    <name>Passdesk::ProductionLock</name>
    <message>
        <source>&lt;p&gt;Unlocking lets Passdesk change the password org config of &lt;b&gt;%1&lt;/b&gt;, a production tenant. A change applies to every user and helpdesk agent at once.&lt;/p&gt;&lt;p&gt;Unlock it?&lt;/p&gt;</source>
        <translation>&lt;p&gt;Al desbloquearlo, Passdesk puede cambiar la configuración de contraseñas de &lt;b&gt;%1&lt;/b&gt;, un inquilino de producción. Un cambio se aplica de inmediato a todos los usuarios y agentes de soporte.&lt;/p&gt;&lt;p&gt;¿Desbloquearlo?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>this tenant</source>
        <translation>este inquilino</translation>
    </message>
    <message>
        <source>Unlock a production tenant?</source>
        <translation>¿Desbloquear un inquilino de producción?</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>&amp;Keep locked</source>
        <translation>&amp;Mantener bloqueado</translation>
    </message>
</context>
<context>
    <name>Passdesk::PublicIdentity</name>
    <message>
        <source>The identity list from the server is not a JSON array.</source>
        <translation>La lista de identidades del servidor no es una matriz JSON.</translation>
    </message>
    <message>
        <source>The identity list holds an entry that is not an identity.</source>
        <translation>La lista de identidades contiene una entrada que no es una identidad.</translation>
    </message>
</context>
<context>
    <name>Passdesk::ReplyErrors</name>
    <message>
        <source>The answer was larger than 1 MiB and was not read.</source>
        <translation>La respuesta superaba 1 MiB y no se leyó.</translation>
    </message>
    <message>
        <source>The server redirected to %1; Passdesk does not follow redirects.</source>
        <translation>El servidor redirigió a %1; Passdesk no sigue redirecciones.</translation>
    </message>
    <message numerus="yes">
        <source>The request did not finish within %n second(s), so Passdesk stopped it.</source>
        <translation>
            <numerusform>La solicitud no terminó en %n segundo, así que Passdesk la detuvo.</numerusform>
            <numerusform>La solicitud no terminó en %n segundos, así que Passdesk la detuvo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s headers were larger than %1 KiB.</source>
        <translation>Las cabeceras del servidor superaban los %1 KiB.</translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s headers did not end within %n second(s) of the request; they were too large or never ended.</source>
        <translation>
            <numerusform>Las cabeceras del servidor no terminaron en %n segundo desde la solicitud; eran demasiado grandes o no terminaban nunca.</numerusform>
            <numerusform>Las cabeceras del servidor no terminaron en %n segundos desde la solicitud; eran demasiado grandes o no terminaban nunca.</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer came compressed and did not unpack: the data was broken, or it would have unpacked to far more than any answer needs.</source>
        <translation>La respuesta llegó comprimida y no se pudo descomprimir: los datos estaban dañados o se habrían descomprimido en mucho más de lo que necesita cualquier respuesta.</translation>
    </message>
</context>
<context>
    <name>Passdesk::RequestRunner</name>
    <message>
        <source>the access token has characters an access token cannot have.</source>
        <translation>el token de acceso tiene caracteres que un token de acceso no puede tener.</translation>
    </message>
    <message>
        <source>the %1 header would have carried characters a header cannot have.</source>
        <translation>la cabecera %1 habría llevado caracteres que una cabecera no puede llevar.</translation>
    </message>
</context>
<context>
    <name>Passdesk::SecretFieldHints</name>
    <message>
        <source>Pasted earlier in this session — leave empty to keep it</source>
        <translation>Pegado en esta sesión; déjelo vacío para conservarlo</translation>
    </message>
    <message>
        <source>Stored in the keychain — leave empty to keep it</source>
        <translation>En el llavero; déjelo vacío para conservarlo</translation>
    </message>
    <message>
        <source>Kept for this session — leave empty to keep it</source>
        <translation>Guardado en esta sesión; déjelo vacío para conservarlo</translation>
    </message>
    <message>
        <source>Paste the access token here</source>
        <translation>Pegue aquí el token de acceso</translation>
    </message>
    <message>
        <source>Not stored — Passdesk asks for it when it connects</source>
        <translation>No guardado: Passdesk lo pide al conectarse</translation>
    </message>
    <message>
        <source>The token expires at %1. It cannot be renewed: Passdesk asks for a new one then.</source>
        <translation>El token caduca el %1. No se puede renovar: Passdesk pedirá entonces uno nuevo.</translation>
    </message>
    <message>
        <source>The token does not say when it expires. It cannot be renewed: Passdesk asks for a new one when the server refuses it.</source>
        <translation>El token no indica cuándo caduca. No se puede renovar: Passdesk pedirá uno nuevo cuando el servidor lo rechace.</translation>
    </message>
    <message>
        <source>A pasted access token is kept in memory for this session only, never stored.</source>
        <translation>Un token de acceso pegado se guarda en memoria solo durante esta sesión, nunca se almacena.</translation>
    </message>
    <message>
        <source>Passdesk opens the browser when it needs you to sign in, and keeps the sign-in for a working day.</source>
        <translation>Passdesk abre el navegador cuando necesita que inicie sesión y conserva el inicio de sesión durante una jornada laboral.</translation>
    </message>
</context>
<context>
    <name>Passdesk::SecretPromptDialog</name>
    <message>
        <source>The secret contains control characters; paste it again.</source>
        <translation>El secreto contiene caracteres de control; péguelo de nuevo.</translation>
    </message>
    <message>
        <source>This is too long to be a client secret.</source>
        <translation>Es demasiado largo para ser un secreto de cliente.</translation>
    </message>
    <message>
        <source>This token is valid until %1. Passdesk keeps it in memory only and cannot renew it.</source>
        <translation>Este token es válido hasta el %1. Passdesk solo lo guarda en memoria y no puede renovarlo.</translation>
    </message>
    <message>
        <source>Passdesk keeps a pasted token in memory only and cannot renew it.</source>
        <translation>Passdesk solo guarda en memoria un token pegado y no puede renovarlo.</translation>
    </message>
    <message>
        <source>No system keychain is available: the secret is kept in memory for this session only, and Passdesk asks again next time.</source>
        <translation>No hay llavero del sistema disponible: el secreto se guarda en memoria solo durante esta sesión y Passdesk lo volverá a pedir la próxima vez.</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Iniciar sesión en %1</translation>
    </message>
    <message>
        <source>&amp;Access token:</source>
        <translation>Tok&amp;en de acceso:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Secreto de client&amp;e:</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <source>Paste a new access token for %1.</source>
        <translation>Pegue un nuevo token de acceso para %1.</translation>
    </message>
    <message>
        <source>Enter the client secret of %1 for %2.</source>
        <translation>Escriba el secreto de cliente de %1 para %2.</translation>
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
        <translation>No hay llavero disponible en esta prueba.</translation>
    </message>
</context>
<context>
    <name>Passdesk::SecretVault</name>
    <message>
        <source>The system keychain cannot be used (%1). Passdesk keeps secrets in memory for this session only and will ask for them again next time; it never writes them to a file.</source>
        <translation>No se puede usar el llavero del sistema (%1). Passdesk guarda los secretos en memoria solo durante esta sesión y los volverá a pedir la próxima vez; nunca los escribe en un archivo.</translation>
    </message>
    <message>
        <source>no keychain service answered</source>
        <translation>ningún servicio de llavero respondió</translation>
    </message>
</context>
<context>
    <name>Passdesk::SettingsDialog</name>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
</context>
<context>
    <name>Passdesk::StartupOptions</name>
    <message>
        <source>Passdesk: the Password Org Config and helpdesk digit tokens of Identity Security Cloud.</source>
        <translation>Passdesk: la configuración de contraseñas de la organización y los tokens numéricos del soporte de Identity Security Cloud.</translation>
    </message>
    <message>
        <source>Start on the embedded sandbox tenant.</source>
        <translation>Empezar en el inquilino de pruebas integrado.</translation>
    </message>
    <message>
        <source>client</source>
        <translation>cliente</translation>
    </message>
    <message>
        <source>Use this user interface language (e.g. de).</source>
        <translation>Usar este idioma para la interfaz (p. ej., de).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>Keep settings in this directory.</source>
        <translation>Guardar las preferencias en este directorio.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>directorio</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>Passdesk needs a graphical display, and none was found (DISPLAY is not set). Run it on a desktop, or without one as: xvfb-run -a passdesk --sandbox</source>
        <translation>Passdesk necesita una pantalla gráfica y no encontró ninguna (DISPLAY no está definido). Ejecútelo en un escritorio o, sin pantalla, así: xvfb-run -a passdesk --sandbox</translation>
    </message>
    <message>
        <source>Start on this tenant (its display name or tenant name).</source>
        <translation>Empezar en este inquilino (su nombre visible o su nombre de inquilino).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Use either --tenant or --sandbox, not both.</source>
        <translation>Use --tenant o --sandbox, no ambos.</translation>
    </message>
    <message>
        <source>--tenant needs the name of a tenant.</source>
        <translation>--tenant necesita el nombre de un inquilino.</translation>
    </message>
    <message>
        <source>Sign in to the sandbox as this built-in client: admin, helpdesk, readonly, app (no user) or browser (sign in with the browser as a person of your choice).</source>
        <translation>Iniciar sesión en el entorno de pruebas como este cliente integrado: admin, helpdesk, readonly, app (sin usuario) o browser (iniciar sesión en el navegador como la persona que elija).</translation>
    </message>
    <message>
        <source>Unknown sandbox client &quot;%1&quot;; use admin, helpdesk, readonly, app or browser.</source>
        <translation>Cliente del entorno de pruebas desconocido «%1»; use admin, helpdesk, readonly, app o browser.</translation>
    </message>
</context>
<context>
    <name>Passdesk::Tenant</name>
    <message>
        <source>Give the tenant a display name.</source>
        <translation>Dé un nombre visible al inquilino.</translation>
    </message>
    <message numerus="yes">
        <source>The display name must be at most %n characters, without control characters.</source>
        <translation>
            <numerusform>El nombre visible debe tener como máximo %n carácter, sin caracteres de control.</numerusform>
            <numerusform>El nombre visible debe tener como máximo %n caracteres, sin caracteres de control.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the client ID of the API client (or personal access token).</source>
        <translation>Escriba el ID de cliente del cliente de API (o del token de acceso personal).</translation>
    </message>
    <message numerus="yes">
        <source>The client ID must be at most %n characters, without spaces or control characters.</source>
        <translation>
            <numerusform>El ID de cliente debe tener como máximo %n carácter, sin espacios ni caracteres de control.</numerusform>
            <numerusform>El ID de cliente debe tener como máximo %n caracteres, sin espacios ni caracteres de control.</numerusform>
        </translation>
    </message>
    <message>
        <source>The port must be a number from 1024 to 65535.</source>
        <translation>El puerto debe ser un número de 1024 a 65535.</translation>
    </message>
    <message>
        <source>Enter the client ID of the OAuth client the org admin registered for Passdesk.</source>
        <translation>Introduzca el ID de cliente del cliente OAuth que el administrador de la organización registró para Passdesk.</translation>
    </message>
</context>
<context>
    <name>Passdesk::TenantBar</name>
    <message>
        <source>No tenant open</source>
        <translation>Ningún inquilino abierto</translation>
    </message>
    <message>
        <source>API %1</source>
        <translation>API %1</translation>
    </message>
    <message>
        <source>Client %1</source>
        <translation>Cliente %1</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Entorno de pruebas</translation>
    </message>
    <message>
        <source>Test tenant</source>
        <translation>Inquilino de prueba</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Producción</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Entorno: %1</translation>
    </message>
    <message>
        <source>Pasted access token: expired or refused</source>
        <translation>Token de acceso pegado: caducado o rechazado</translation>
    </message>
    <message>
        <source>Pasted access token, valid until %1</source>
        <translation>Token de acceso pegado, válido hasta el %1</translation>
    </message>
    <message>
        <source>Pasted access token</source>
        <translation>Token de acceso pegado</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Sin sesión iniciada</translation>
    </message>
    <message>
        <source>Copy Tenant &amp;Address</source>
        <translation>Copiar la &amp;dirección del inquilino</translation>
    </message>
    <message>
        <source>Copy &amp;Client ID</source>
        <translation>Copiar el ID de &amp;cliente</translation>
    </message>
</context>
<context>
    <name>Passdesk::TenantForm</name>
    <message>
        <source>API client or personal access token (client ID and secret)</source>
        <translation>Cliente de API o token personal (ID y secreto)</translation>
    </message>
    <message>
        <source>Pasted access token (short sessions)</source>
        <translation>Token de acceso pegado (sesiones cortas)</translation>
    </message>
    <message>
        <source>API root: %1</source>
        <translation>Raíz de la API: %1</translation>
    </message>
    <message>
        <source>A tenant name such as acme stands for https://acme.api.identitynow.com.</source>
        <translation>Un nombre de inquilino como acme equivale a https://acme.api.identitynow.com.</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>Tok&amp;en de acceso:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Secreto de client&amp;e:</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <source>The system keychain cannot be used, so the secret is kept for this session only and Passdesk asks for it again next time. The keychain said: %1</source>
        <translation>No se puede usar el llavero del sistema, así que el secreto se guarda solo durante esta sesión y Passdesk lo volverá a pedir la próxima vez. El llavero dijo: %1</translation>
    </message>
    <message>
        <source>Otherwise Passdesk keeps the secret for this session only and asks for it again next time</source>
        <translation>Si no, Passdesk guarda el secreto solo durante esta sesión y lo volverá a pedir la próxima vez</translation>
    </message>
    <message>
        <source>Sign in with the browser (your own user level)</source>
        <translation>Iniciar sesión en el navegador (su propio nivel de usuario)</translation>
    </message>
    <message>
        <source>The org admin registers Passdesk as an OAuth client of the tenant with this redirect URI, exactly: %1</source>
        <translation>El administrador de la organización registra Passdesk como cliente OAuth del inquilino con exactamente esta URI de redirección: %1</translation>
    </message>
    <message>
        <source>The client ID of the OAuth client the org admin registered for Passdesk</source>
        <translation>El ID de cliente del cliente OAuth que el administrador de la organización registró para Passdesk</translation>
    </message>
    <message>
        <source>The client ID of the API client or personal access token</source>
        <translation>El ID de cliente del cliente de API o del token de acceso personal</translation>
    </message>
</context>
<context>
    <name>Passdesk::TenantSession</name>
    <message>
        <source>Sandbox tenant</source>
        <translation>Inquilino de pruebas</translation>
    </message>
    <message>
        <source>The sandbox tenant is not available.</source>
        <translation>El inquilino de pruebas no está disponible.</translation>
    </message>
    <message>
        <source>There is no such tenant.</source>
        <translation>Ese inquilino no existe.</translation>
    </message>
</context>
<context>
    <name>Passdesk::TenantSwitcher</name>
    <message>
        <source>sandbox</source>
        <translation>pruebas</translation>
    </message>
    <message>
        <source>production</source>
        <translation>producción</translation>
    </message>
    <message>
        <source>test tenant</source>
        <translation>inquilino de prueba</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>Cambiar a %1</translation>
    </message>
    <message>
        <source>Active tenant</source>
        <translation>Inquilino activo</translation>
    </message>
    <message>
        <source>Switch to another tenant (Ctrl+1 to Ctrl+9)</source>
        <translation>Cambiar a otro inquilino (Ctrl+1 a Ctrl+9)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>Forget the access token and the looked-up callers of this tenant</source>
        <translation>Olvidar el token de acceso y las personas buscadas de este inquilino</translation>
    </message>
    <message>
        <source>Switch to tenant %1 (none set up)</source>
        <translation>Cambiar al inquilino %1 (ninguno configurado)</translation>
    </message>
    <message>
        <source>Sandbox sign-&amp;in</source>
        <translation>&amp;Inicio de sesión en el entorno de pruebas</translation>
    </message>
    <message>
        <source>With the &amp;browser, as one of the sandbox&apos;s people (org admin, helpdesk agent, plain user)</source>
        <translation>En el &amp;navegador, como una de las personas del entorno de pruebas (administrador de la organización, agente de soporte, usuario normal)</translation>
    </message>
    <message>
        <source>As the sandbox&apos;s built-in &amp;client (the org admin&apos;s personal access token)</source>
        <translation>Con el &amp;cliente integrado del entorno de pruebas (el token de acceso personal del administrador de la organización)</translation>
    </message>
</context>
<context>
    <name>Passdesk::TenantsDialog</name>
    <message>
        <source>Production · locked read-only</source>
        <translation>Producción · solo lectura</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Producción</translation>
    </message>
    <message>
        <source>Test tenant · locked read-only</source>
        <translation>Prueba · solo lectura</translation>
    </message>
    <message>
        <source>Test tenant</source>
        <translation>Inquilino de prueba</translation>
    </message>
    <message>
        <source>%1 · in use</source>
        <translation>%1 · en uso</translation>
    </message>
    <message>
        <source>&lt;p&gt;Your changes to &lt;b&gt;%1&lt;/b&gt; are not saved.&lt;/p&gt;&lt;p&gt;Save them, discard them, or keep editing?&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sus cambios en &lt;b&gt;%1&lt;/b&gt; no están guardados.&lt;/p&gt;&lt;p&gt;¿Guardarlos, descartarlos o seguir editando?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>the new tenant</source>
        <translation>el nuevo inquilino</translation>
    </message>
    <message>
        <source>Unsaved tenant changes</source>
        <translation>Cambios del inquilino sin guardar</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Descartar cambios</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Seguir editando</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Saved. The secret is kept for this session only.</source>
        <translation>Guardado. El secreto se guarda solo durante esta sesión.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Remove &lt;b&gt;%1&lt;/b&gt; from Passdesk?&lt;/p&gt;&lt;p&gt;Its secret is deleted from the system keychain. Nothing changes on the tenant itself.&lt;/p&gt;</source>
        <translation>&lt;p&gt;¿Quitar &lt;b&gt;%1&lt;/b&gt; de Passdesk?&lt;/p&gt;&lt;p&gt;Su secreto se borra del llavero del sistema. No cambia nada en el propio inquilino.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Your unsaved changes to it are lost.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Se perderán sus cambios sin guardar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Remove tenant?</source>
        <translation>¿Quitar el inquilino?</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Conservar</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 quitado.</translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation>Cambios sin guardar.</translation>
    </message>
    <message>
        <source>New tenant</source>
        <translation>Nuevo inquilino</translation>
    </message>
    <message>
        <source>New tenant: %1</source>
        <translation>Nuevo inquilino: %1</translation>
    </message>
</context>
<context>
    <name>Passdesk::TokenAnswer</name>
    <message>
        <source>The token endpoint answered without an access token.</source>
        <translation>El punto final de tokens respondió sin token de acceso.</translation>
    </message>
    <message>
        <source>The token endpoint answered with an access token that has characters no access token has; Passdesk does not use it.</source>
        <translation>El punto de conexión de tokens respondió con un token de acceso que tiene caracteres que ningún token de acceso tiene; Passdesk no lo usa.</translation>
    </message>
    <message>
        <source>The token endpoint answered with a refresh token that has characters no refresh token has; Passdesk does not use it.</source>
        <translation>El punto de conexión de tokens respondió con un token de actualización que tiene caracteres que ningún token de actualización tiene; Passdesk no lo usa.</translation>
    </message>
</context>
<context>
    <name>Passdesk::TokenClaims</name>
    <message>
        <source>Org admin</source>
        <translation>Administrador de la organización</translation>
    </message>
    <message>
        <source>Helpdesk</source>
        <translation>Soporte técnico</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Sesión iniciada como %1 (%2)</translation>
    </message>
    <message>
        <source>API client %1, no user</source>
        <translation>Cliente de API %1, sin usuario</translation>
    </message>
</context>
<context>
    <name>Passdesk::TokenDialog</name>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Generate digit token – %1</source>
        <translation>Generar token numérico – %1</translation>
    </message>
    <message>
        <source>Digit tokens are turned off for this tenant, so the server will refuse to generate one. An org admin can turn them on in the Password Org Config.</source>
        <translation>Los tokens numéricos están desactivados para este inquilino, así que el servidor se negará a generarlos. Un administrador de la organización puede activarlos en la configuración de contraseñas.</translation>
    </message>
    <message>
        <source>This connection uses API %1, which has no digit tokens. Use v2025, v2024, v2026, beta or the per-service v1 API.</source>
        <translation>Esta conexión usa la API %1, que no tiene tokens numéricos. Use v2025, v2024, v2026, beta o la API v1 por servicio.</translation>
    </message>
    <message>
        <source>Verify the caller&apos;s identity first.</source>
        <translation>Verifique primero la identidad de quien llama.</translation>
    </message>
    <message>
        <source>Generate digit token</source>
        <translation>Generar token numérico</translation>
    </message>
    <message>
        <source>The server asked Passdesk to wait before the next request.</source>
        <translation>El servidor pidió a Passdesk que espere antes de la próxima solicitud.</translation>
    </message>
</context>
<context>
    <name>Passdesk::TokenHistory</name>
    <message>
        <source>Live</source>
        <translation>Vigente</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s), valid %1 minutes</source>
        <translation>
            <numerusform>%n dígito, válido %1 minutos</numerusform>
            <numerusform>%n dígitos, válido %1 minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generado</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>ID de solicitud</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>not given by the server</source>
        <translation>no indicado por el servidor</translation>
    </message>
</context>
<context>
    <name>Passdesk::TokenHistoryPanel</name>
    <message>
        <source>Save token history</source>
        <translation>Guardar el historial de tokens</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The history could not be saved to %1: %2</source>
        <translation>No se pudo guardar el historial en %1: %2</translation>
    </message>
</context>
<context>
    <name>Passdesk::TokenView</name>
    <message numerus="yes">
        <source>%n digit(s), read out in groups</source>
        <translation>
            <numerusform>%n dígito, leído en grupos</numerusform>
            <numerusform>%n dígitos, leídos en grupos</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Usuario: %1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>ID de solicitud: %1</translation>
    </message>
    <message numerus="yes">
        <source>Length: %n digit(s)</source>
        <translation>
            <numerusform>Longitud: %n dígito</numerusform>
            <numerusform>Longitud: %n dígitos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Valid for: %n minute(s)</source>
        <translation>
            <numerusform>Válido durante: %n minuto</numerusform>
            <numerusform>Válido durante: %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Generated: %1</source>
        <translation>Generado: %1</translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation>Caduca: %1</translation>
    </message>
    <message>
        <source>This token expired at %1 and is hidden. Generate a new one if the caller still needs it.</source>
        <translation>Este token caducó a las %1 y está oculto. Genere uno nuevo si quien llama aún lo necesita.</translation>
    </message>
    <message>
        <source>Expires in %1 (at %2).</source>
        <translation>Caduca en %1 (a las %2).</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Copiado. El portapapeles se vaciará en %n segundo.</numerusform>
            <numerusform>Copiado. El portapapeles se vaciará en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared when Passdesk quits.</source>
        <translation>Copiado. El portapapeles se vaciará al cerrar Passdesk.</translation>
    </message>
    <message numerus="yes">
        <source>The server sent %n digit(s) although %1 were asked for. Check before reading it out.</source>
        <translation>
            <numerusform>El servidor envió %n dígito aunque se pidieron %1. Compruébelo antes de leerlo en voz alta.</numerusform>
            <numerusform>El servidor envió %n dígitos aunque se pidieron %1. Compruébelo antes de leerlo en voz alta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Request ID: not given by the server</source>
        <translation>ID de solicitud: no indicado por el servidor</translation>
    </message>
</context>
<context>
    <name>SecretPromptDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in to the tenant</source>
        <translation>Iniciar sesión en el inquilino</translation>
    </message>
    <message>
        <source>Why Passdesk asks</source>
        <translation>Por qué lo pide Passdesk</translation>
    </message>
    <message>
        <source>Problem with what was entered</source>
        <translation>Problema con lo escrito</translation>
    </message>
    <message>
        <source>&amp;Remember the secret in the system keychain</source>
        <translation>&amp;Recordar el secreto en el llavero del sistema</translation>
    </message>
    <message>
        <source>Remember the secret in the system keychain</source>
        <translation>Recordar el secreto en el llavero del sistema</translation>
    </message>
    <message>
        <source>Where the secret is kept</source>
        <translation>Dónde se guarda el secreto</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Passdesk settings</source>
        <translation>Preferencias de Passdesk</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>User interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>Also the language Passdesk asks the server to answer in</source>
        <translation>También el idioma en que Passdesk pide al servidor que responda</translation>
    </message>
    <message>
        <source>Helpdesk staff must confirm they &amp;verified the caller</source>
        <translation>El soporte debe confirmar que ha &amp;verificado a quien llama</translation>
    </message>
    <message>
        <source>Require caller verification</source>
        <translation>Exigir la verificación de quien llama</translation>
    </message>
    <message>
        <source>Clear a copied &amp;token after:</source>
        <translation>Borrar un &amp;token copiado tras:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>when Passdesk quits</source>
        <translation>al cerrar Passdesk</translation>
    </message>
    <message>
        <source>Seconds until a copied token is cleared</source>
        <translation>Segundos hasta que se borra un token copiado</translation>
    </message>
</context>
<context>
    <name>TenantBar</name>
    <message>
        <source>Active tenant</source>
        <translation>Inquilino activo</translation>
    </message>
    <message>
        <source>Tenant name</source>
        <translation>Nombre del inquilino</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Dirección de la API</translation>
    </message>
    <message>
        <source>Sign-in state</source>
        <translation>Estado de la sesión</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Versión de la API</translation>
    </message>
    <message>
        <source>API client</source>
        <translation>Cliente de API</translation>
    </message>
    <message>
        <source>Keychain notice</source>
        <translation>Aviso sobre el llavero</translation>
    </message>
    <message>
        <source>Who Passdesk works as</source>
        <translation>Con qué identidad trabaja Passdesk</translation>
    </message>
</context>
<context>
    <name>TenantForm</name>
    <message>
        <source>Tenant settings</source>
        <translation>Ajustes del inquilino</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Nombre visible:</translation>
    </message>
    <message>
        <source>e.g. Acme production</source>
        <translation>p. ej., Acme producción</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <source>How the tenant is named in Passdesk&apos;s tool bar and window</source>
        <translation>Cómo se llama el inquilino en la barra de herramientas y la ventana de Passdesk</translation>
    </message>
    <message>
        <source>Tenant &amp;name or API URL:</source>
        <translation>Inquilino o &amp;URL de la API:</translation>
    </message>
    <message>
        <source>acme or https://acme.api.identitynow.com</source>
        <translation>acme o https://acme.api.identitynow.com</translation>
    </message>
    <message>
        <source>Tenant name or API base URL</source>
        <translation>Nombre del inquilino o URL base de la API</translation>
    </message>
    <message>
        <source>A tenant name such as acme, or the full https address of the tenant&apos;s API</source>
        <translation>Un nombre de inquilino como acme, o la dirección https completa de la API del inquilino</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>&amp;Versión de la API:</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Versión de la API</translation>
    </message>
    <message>
        <source>The version of the Identity Security Cloud API Passdesk speaks with this tenant</source>
        <translation>La versión de la API de Identity Security Cloud que Passdesk usa con este inquilino</translation>
    </message>
    <message>
        <source>Sign in &amp;with:</source>
        <translation>Iniciar sesión &amp;con:</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation>Método de autenticación</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>ID de c&amp;liente:</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>The client ID of the API client or personal access token</source>
        <translation>El ID de cliente del cliente de API o del token de acceso personal</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Secreto de client&amp;e:</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <source>&amp;Remember the secret in the system keychain</source>
        <translation>&amp;Recordar el secreto en el llavero del sistema</translation>
    </message>
    <message>
        <source>Remember the secret in the system keychain</source>
        <translation>Recordar el secreto en el llavero del sistema</translation>
    </message>
    <message>
        <source>Otherwise Passdesk keeps the secret for this session only and asks for it again next time</source>
        <translation>Si no, Passdesk guarda el secreto solo durante esta sesión y lo volverá a pedir la próxima vez</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Entorno:</translation>
    </message>
    <message>
        <source>&amp;Production</source>
        <translation>&amp;Producción</translation>
    </message>
    <message>
        <source>Production tenant</source>
        <translation>Inquilino de producción</translation>
    </message>
    <message>
        <source>Shown in red; new production tenants start locked read-only</source>
        <translation>Se muestra en rojo; los nuevos inquilinos de producción empiezan bloqueados como solo lectura</translation>
    </message>
    <message>
        <source>&amp;Test tenant</source>
        <translation>Inquilino de prue&amp;ba</translation>
    </message>
    <message>
        <source>Test tenant</source>
        <translation>Inquilino de prueba</translation>
    </message>
    <message>
        <source>A sandbox or development tenant where changes do no harm</source>
        <translation>Un inquilino de pruebas o de desarrollo donde los cambios no hacen daño</translation>
    </message>
    <message>
        <source>&amp;Locked read-only</source>
        <translation>Bloqueado como solo lec&amp;tura</translation>
    </message>
    <message>
        <source>Locked read-only</source>
        <translation>Bloqueado como solo lectura</translation>
    </message>
    <message>
        <source>While locked, Passdesk sends no config changes to this tenant, whatever the client may do</source>
        <translation>Mientras esté bloqueado, Passdesk no envía cambios de configuración a este inquilino, tenga el cliente los permisos que tenga</translation>
    </message>
    <message>
        <source>Passdesk sends no config changes to a locked tenant, whatever the client may do. New production tenants start locked.</source>
        <translation>Passdesk no envía cambios de configuración a un inquilino bloqueado, tenga el cliente los permisos que tenga. Los nuevos inquilinos de producción empiezan bloqueados.</translation>
    </message>
    <message>
        <source>Redirect &amp;port:</source>
        <translation>&amp;Puerto de redirección:</translation>
    </message>
    <message>
        <source>Redirect port</source>
        <translation>Puerto de redirección</translation>
    </message>
    <message>
        <source>The port on this computer where the browser brings you back after signing in</source>
        <translation>El puerto de este equipo por el que el navegador le devuelve después de iniciar sesión</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;iar</translation>
    </message>
    <message>
        <source>Copy the redirect URI</source>
        <translation>Copiar la URI de redirección</translation>
    </message>
</context>
<context>
    <name>TenantsDialog</name>
    <message>
        <source>Tenants</source>
        <translation>Inquilinos</translation>
    </message>
    <message>
        <source>&amp;Tenants:</source>
        <translation>&amp;Inquilinos:</translation>
    </message>
    <message>
        <source>Stored tenants</source>
        <translation>Inquilinos guardados</translation>
    </message>
    <message>
        <source>Each entry says whether the tenant is production or a test tenant and whether it is locked</source>
        <translation>Cada entrada indica si el inquilino es de producción o de prueba y si está bloqueado</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Aña&amp;dir</translation>
    </message>
    <message>
        <source>Add a tenant</source>
        <translation>Añadir un inquilino</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>Remove the selected tenant</source>
        <translation>Quitar el inquilino seleccionado</translation>
    </message>
    <message>
        <source>Asks first; the tenant&apos;s secret is deleted from the keychain as well</source>
        <translation>Pregunta primero; el secreto del inquilino también se borra del llavero</translation>
    </message>
    <message>
        <source>The built-in sandbox tenant is not listed here: it is always available from the tool bar.</source>
        <translation>El inquilino de pruebas integrado no aparece aquí: siempre está disponible en la barra de herramientas.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the tenant</source>
        <translation>Guardar el inquilino</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the tenants dialog</source>
        <translation>Cerrar el diálogo de inquilinos</translation>
    </message>
</context>
<context>
    <name>TokenDialog</name>
    <message>
        <source>Generate digit token</source>
        <translation>Generar token numérico</translation>
    </message>
    <message>
        <source>Token and history</source>
        <translation>Token e historial</translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation>&amp;Token</translation>
    </message>
    <message>
        <source>Digit tokens disabled</source>
        <translation>Tokens numéricos desactivados</translation>
    </message>
    <message>
        <source>API version note</source>
        <translation>Nota sobre la versión de API</translation>
    </message>
    <message>
        <source>Caller&apos;s &amp;user:</source>
        <translation>&amp;Usuario que llama:</translation>
    </message>
    <message>
        <source>Type a name, email or uid</source>
        <translation>Escriba un nombre, correo o uid</translation>
    </message>
    <message>
        <source>Caller&apos;s user</source>
        <translation>Usuario que llama</translation>
    </message>
    <message>
        <source>Type a name, email or uid and pick the person from the list</source>
        <translation>Escriba un nombre, correo o uid y elija a la persona de la lista</translation>
    </message>
    <message>
        <source>Picked identity</source>
        <translation>Identidad elegida</translation>
    </message>
    <message>
        <source>User problem</source>
        <translation>Problema con el usuario</translation>
    </message>
    <message>
        <source>Token &amp;length:</source>
        <translation>&amp;Longitud del token:</translation>
    </message>
    <message>
        <source> digits</source>
        <translation> dígitos</translation>
    </message>
    <message>
        <source>Token length in digits</source>
        <translation>Longitud del token en dígitos</translation>
    </message>
    <message>
        <source>From 6 to 18 digits</source>
        <translation>De 6 a 18 dígitos</translation>
    </message>
    <message>
        <source>Length problem</source>
        <translation>Problema de longitud</translation>
    </message>
    <message>
        <source>Valid &amp;for:</source>
        <translation>&amp;Válido durante:</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>Token lifetime in minutes</source>
        <translation>Validez del token en minutos</translation>
    </message>
    <message>
        <source>From 1 to 60 minutes</source>
        <translation>De 1 a 60 minutos</translation>
    </message>
    <message>
        <source>I have &amp;verified the caller&apos;s identity</source>
        <translation>He &amp;verificado la identidad de quien llama</translation>
    </message>
    <message>
        <source>Caller identity verified</source>
        <translation>Identidad del llamante verificada</translation>
    </message>
    <message>
        <source>Required before a token can be generated</source>
        <translation>Obligatorio antes de poder generar un token</translation>
    </message>
    <message>
        <source>Generating the token</source>
        <translation>Generando el token</translation>
    </message>
    <message>
        <source>Ca&amp;ncel request</source>
        <translation>Ca&amp;ncelar solicitud</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Cancelar solicitud</translation>
    </message>
    <message>
        <source>&amp;Generate token</source>
        <translation>&amp;Generar token</translation>
    </message>
    <message>
        <source>Generate token</source>
        <translation>Generar token</translation>
    </message>
    <message>
        <source>Session &amp;history</source>
        <translation>&amp;Historial de la sesión</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Lifetime problem</source>
        <translation>Problema de validez</translation>
    </message>
    <message>
        <source>Session history</source>
        <translation>Historial de la sesión</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Botones del diálogo</translation>
    </message>
</context>
<context>
    <name>TokenHistoryPanel</name>
    <message>
        <source>Tokens generated in this session. The digits are never kept.</source>
        <translation>Tokens generados en esta sesión. Los dígitos nunca se guardan.</translation>
    </message>
    <message>
        <source>About the history</source>
        <translation>Acerca del historial</translation>
    </message>
    <message>
        <source>Tokens generated in this session</source>
        <translation>Tokens generados en esta sesión</translation>
    </message>
    <message>
        <source>Cop&amp;y as text</source>
        <translation>Copiar como te&amp;xto</translation>
    </message>
    <message>
        <source>Copy history as text</source>
        <translation>Copiar el historial como texto</translation>
    </message>
    <message>
        <source>&amp;Save as CSV…</source>
        <translation>&amp;Guardar como CSV…</translation>
    </message>
    <message>
        <source>Save history as CSV</source>
        <translation>Guardar el historial como CSV</translation>
    </message>
</context>
<context>
    <name>TokenView</name>
    <message>
        <source>Token to read out</source>
        <translation>Token para leer en voz alta</translation>
    </message>
    <message>
        <source>The server sent this token as a number; Passdesk restored its leading zeros.</source>
        <translation>El servidor envió este token como número; Passdesk restauró sus ceros iniciales.</translation>
    </message>
    <message>
        <source>Token repaired note</source>
        <translation>Nota: token reparado</translation>
    </message>
    <message>
        <source>Clipboard status</source>
        <translation>Estado del portapapeles</translation>
    </message>
    <message>
        <source>Token expiry</source>
        <translation>Caducidad del token</translation>
    </message>
    <message>
        <source>Token details</source>
        <translation>Detalles del token</translation>
    </message>
    <message>
        <source>Copy &amp;details</source>
        <translation>Copiar &amp;detalles</translation>
    </message>
    <message>
        <source>Copy token details for the ticket</source>
        <translation>Copiar los detalles del token para la incidencia</translation>
    </message>
    <message>
        <source>C&amp;opy token</source>
        <translation>C&amp;opiar token</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>Copiar token</translation>
    </message>
    <message>
        <source>Token length warning</source>
        <translation>Advertencia: longitud del token</translation>
    </message>
</context>
</TS>
