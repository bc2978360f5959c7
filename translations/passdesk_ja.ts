<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>BrowserSignInDialog</name>
    <message>
        <source>Sign in with the browser</source>
        <translation>ブラウザーでサインイン</translation>
    </message>
    <message>
        <source>Sign in to the tenant with the browser</source>
        <translation>ブラウザーでテナントにサインイン</translation>
    </message>
    <message>
        <source>Why Passdesk asks</source>
        <translation>Passdesk が入力を求める理由</translation>
    </message>
    <message>
        <source>Sign in with the &amp;browser</source>
        <translation>ブラウザーでサインイン(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Copy the sign-in address</source>
        <translation>サインインアドレスをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>For a browser Passdesk could not open itself</source>
        <translation>Passdesk が自分で開けなかったブラウザー用</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>サインインの状態</translation>
    </message>
    <message>
        <source>Or &amp;paste the code:</source>
        <translation>またはコードを貼り付け(&amp;P):</translation>
    </message>
    <message>
        <source>The code, or the whole address the browser shows</source>
        <translation>コード、またはブラウザーに表示されるアドレス全体</translation>
    </message>
    <message>
        <source>Sign-in code or redirect address</source>
        <translation>サインインコードまたはリダイレクトアドレス</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>使用(&amp;U)</translation>
    </message>
    <message>
        <source>Use the pasted code</source>
        <translation>貼り付けたコードを使用</translation>
    </message>
    <message>
        <source>Where the sign-in is kept</source>
        <translation>サインインの保存場所</translation>
    </message>
</context>
<context>
    <name>ConfigPage</name>
    <message>
        <source>Password org config</source>
        <translation>パスワード組織設定</translation>
    </message>
    <message>
        <source>Config status</source>
        <translation>設定の状態</translation>
    </message>
    <message>
        <source>Request in progress</source>
        <translation>要求を処理中</translation>
    </message>
    <message>
        <source>Read-only notice</source>
        <translation>読み取り専用の通知</translation>
    </message>
    <message>
        <source>Password instructions</source>
        <translation>パスワードの説明</translation>
    </message>
    <message>
        <source>Show custom password instructions</source>
        <translation>独自のパスワード説明を表示する</translation>
    </message>
    <message>
        <source>Custom password instructions</source>
        <translation>独自のパスワード説明</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>変更あり</translation>
    </message>
    <message>
        <source>Changed since loaded</source>
        <translation>読み込み後に変更</translation>
    </message>
    <message>
        <source>When on, users see your organization&apos;s own instructions whenever they change or reset their password.</source>
        <translation>オンにすると、ユーザーはパスワードの変更やリセットのたびに組織独自の説明を目にします。</translation>
    </message>
    <message>
        <source>About custom password instructions</source>
        <translation>独自のパスワード説明について</translation>
    </message>
    <message>
        <source>Digit tokens for helpdesk resets</source>
        <translation>ヘルプデスクによるリセット用の数字トークン</translation>
    </message>
    <message>
        <source>Allow helpdesk staff to generate digit tokens</source>
        <translation>ヘルプデスク担当者に数字トークンの生成を許可する</translation>
    </message>
    <message>
        <source>Digit tokens enabled</source>
        <translation>数字トークン有効</translation>
    </message>
    <message>
        <source>A digit token is a one-time numeric code that the helpdesk reads out to a locked-out user, who types it to reset their password.</source>
        <translation>数字トークンは、ヘルプデスクがロックされたユーザーに読み上げる 1 回限りの数字コードです。ユーザーはこれを入力してパスワードをリセットします。</translation>
    </message>
    <message>
        <source>About digit tokens</source>
        <translation>数字トークンについて</translation>
    </message>
    <message>
        <source>Token &amp;lifetime:</source>
        <translation>トークンの有効期間(&amp;L):</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Digit token lifetime in minutes</source>
        <translation>トークンの有効期間 (分)</translation>
    </message>
    <message>
        <source>From 1 to 60 minutes</source>
        <translation>1 ～ 60 分</translation>
    </message>
    <message>
        <source>How long a code stays valid after the helpdesk generates it. Shorter is safer; the caller must use it in time.</source>
        <translation>生成後にコードが有効な期間です。短いほど安全ですが、発信者は期限内に使う必要があります。</translation>
    </message>
    <message>
        <source>About the token lifetime</source>
        <translation>トークンの有効期間について</translation>
    </message>
    <message>
        <source>Token le&amp;ngth:</source>
        <translation>トークンの長さ(&amp;N):</translation>
    </message>
    <message>
        <source> digits</source>
        <translation> 桁</translation>
    </message>
    <message>
        <source>Digit token length in digits</source>
        <translation>トークンの長さ (桁)</translation>
    </message>
    <message>
        <source>From 6 to 18 digits</source>
        <translation>6 ～ 18 桁</translation>
    </message>
    <message>
        <source>How many digits a code has. Longer codes are harder to guess and take longer to read out.</source>
        <translation>コードの桁数です。長いほど推測されにくくなりますが、読み上げに時間がかかります。</translation>
    </message>
    <message>
        <source>About the token length</source>
        <translation>トークンの長さについて</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>&amp;Create config</source>
        <translation>設定を作成(&amp;C)</translation>
    </message>
    <message>
        <source>Create config</source>
        <translation>設定を作成</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>元に戻す(&amp;V)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Config error</source>
        <translation>設定エラー</translation>
    </message>
    <message>
        <source>Values the server stored differently</source>
        <translation>サーバーが異なる値で保存した項目</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>リクエストをキャンセル</translation>
    </message>
    <message>
        <source>Stop waiting for the server; your changes stay in the form</source>
        <translation>サーバーを待つのをやめます。変更はフォームに残ります</translation>
    </message>
</context>
<context>
    <name>ErrorView</name>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Error summary</source>
        <translation>エラーの概要</translation>
    </message>
    <message>
        <source>Server messages</source>
        <translation>サーバーのメッセージ</translation>
    </message>
    <message>
        <source>The server has no text in your language, so it answered in its default language.</source>
        <translation>サーバーにはあなたの言語のテキストがないため、既定の言語で応答しました。</translation>
    </message>
    <message>
        <source>Language note</source>
        <translation>言語に関する注意</translation>
    </message>
    <message>
        <source>Detail code</source>
        <translation>詳細コード</translation>
    </message>
    <message>
        <source>Tracking ID</source>
        <translation>追跡 ID</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>要求 ID</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>証明書:</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>証明書の詳細</translation>
    </message>
    <message>
        <source>Retry countdown</source>
        <translation>再試行までのカウントダウン</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>詳細をコピー</translation>
    </message>
    <message>
        <source>Copy error details</source>
        <translation>エラーの詳細をコピー</translation>
    </message>
    <message>
        <source>Copy everything a support ticket needs to the clipboard</source>
        <translation>サポート チケットに必要な情報をすべてクリップボードにコピーします</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
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
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Org config</source>
        <translation>組織設定(&amp;O)</translation>
    </message>
    <message>
        <source>H&amp;elpdesk</source>
        <translation>ヘルプデスク(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>メイン ツール バー</translation>
    </message>
    <message>
        <source>&amp;Generate digit token…</source>
        <translation>数字トークンを生成(&amp;G)…</translation>
    </message>
    <message>
        <source>Generate a digit token for a caller (Ctrl+G)</source>
        <translation>発信者の数字トークンを生成します (Ctrl+G)</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Passdesk</source>
        <translation>Passdesk について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Tenant</source>
        <translation>テナント(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Tenants…</source>
        <translation>テナント(&amp;T)…</translation>
    </message>
    <message>
        <source>Add, edit, remove and test tenants (Ctrl+T)</source>
        <translation>テナントの追加、編集、削除、テスト (Ctrl+T)</translation>
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
        <translation>アクセス トークンを貼り付けてください。</translation>
    </message>
    <message>
        <source>This is too long to be an access token.</source>
        <translation>アクセス トークンとしては長すぎます。</translation>
    </message>
    <message>
        <source>An access token has only letters, digits and - . _ ~ + / =; check what was pasted.</source>
        <translation>アクセス トークンに使えるのは英字、数字、- . _ ~ + / = のみです。貼り付けた内容を確認してください。</translation>
    </message>
    <message>
        <source>This access token expired on %1.</source>
        <translation>このアクセス トークンは %1 に期限切れになりました。</translation>
    </message>
</context>
<context>
    <name>Passdesk::AccessTokenProvider</name>
    <message>
        <source>The pasted access token expired at %1. Paste a new one to go on.</source>
        <translation>貼り付けたアクセス トークンは %1 に期限切れになりました。続けるには新しいトークンを貼り付けてください。</translation>
    </message>
    <message>
        <source>Paste an access token for this tenant.</source>
        <translation>このテナントのアクセス トークンを貼り付けてください。</translation>
    </message>
    <message>
        <source>The pasted access token has expired. Paste a new one to go on.</source>
        <translation>貼り付けたアクセス トークンは期限切れです。続けるには新しいトークンを貼り付けてください。</translation>
    </message>
    <message>
        <source>Passdesk has no client secret for this tenant. Enter it to sign in.</source>
        <translation>Passdesk にはこのテナントのクライアント シークレットがありません。サインインするには入力してください。</translation>
    </message>
    <message>
        <source>The server refused the pasted access token (it may have expired or been revoked). Paste a new one to go on.</source>
        <translation>サーバーは貼り付けたアクセス トークンを拒否しました (期限切れか取り消された可能性があります)。続けるには新しいトークンを貼り付けてください。</translation>
    </message>
    <message>
        <source>You signed out. Paste an access token to sign in again.</source>
        <translation>サインアウトしました。再びサインインするにはアクセス トークンを貼り付けてください。</translation>
    </message>
    <message>
        <source>The pasted access token has characters an access token cannot have; nothing was sent with it. Paste it again.</source>
        <translation>貼り付けたアクセストークンに、アクセストークンに使えない文字が含まれています。このトークンでは何も送信していません。もう一度貼り付けてください。</translation>
    </message>
    <message>
        <source>the %1 header would have carried characters a header cannot have.</source>
        <translation>%1 ヘッダーに、ヘッダーに使えない文字が入るところでした。</translation>
    </message>
    <message>
        <source>Sign in with the browser to use this tenant.</source>
        <translation>このテナントを使うには、ブラウザーでサインインしてください。</translation>
    </message>
    <message>
        <source>You signed out. Sign in with the browser to go on.</source>
        <translation>サインアウトしました。続けるにはブラウザーでサインインしてください。</translation>
    </message>
    <message>
        <source>Your browser sign-in has ended (the tenant said: %1). Sign in with the browser again; what you typed stays where it is.</source>
        <translation>ブラウザーでのサインインが終了しました（テナントの応答: %1）。もう一度ブラウザーでサインインしてください。入力した内容はそのまま残ります。</translation>
    </message>
</context>
<context>
    <name>Passdesk::ApiClient</name>
    <message>
        <source>Load password org config</source>
        <translation>パスワード組織設定の読み込み</translation>
    </message>
    <message>
        <source>Save password org config</source>
        <translation>パスワード組織設定の保存</translation>
    </message>
    <message>
        <source>This tenant is locked read-only in Passdesk; nothing was sent.</source>
        <translation>このテナントは Passdesk で読み取り専用にロックされています。何も送信されていません。</translation>
    </message>
    <message>
        <source>There are no changes to save.</source>
        <translation>保存する変更はありません。</translation>
    </message>
    <message>
        <source>Create password org config</source>
        <translation>パスワード組織設定を作成</translation>
    </message>
    <message>
        <source>Generate digit token</source>
        <translation>数字トークンの生成</translation>
    </message>
    <message>
        <source>Look up identities</source>
        <translation>アイデンティティの検索</translation>
    </message>
    <message>
        <source>API version %1 has no digit token operation. Choose v2025, v2024, v2026, beta or the per-service v1 API for this tenant.</source>
        <translation>API バージョン %1 には数字トークンの操作がありません。このテナントには v2025、v2024、v2026、beta、またはサービス別 v1 API を選んでください。</translation>
    </message>
</context>
<context>
    <name>Passdesk::ApiError</name>
    <message>
        <source>Passdesk could not reach the server.</source>
        <translation>Passdesk はサーバーに接続できませんでした。</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>サーバーが時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>The secure connection was refused: the server&apos;s certificate could not be verified.</source>
        <translation>安全な接続が拒否されました: サーバーの証明書を検証できませんでした。</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>サーバーの応答を読み取れませんでした。</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large (over 1 MiB) and was not read.</source>
        <translation>サーバーの応答が大きすぎた (1 MiB 超) ため読み取りませんでした。</translation>
    </message>
    <message>
        <source>The server sent Passdesk elsewhere (HTTP %1); Passdesk does not follow redirects.</source>
        <translation>サーバーが Passdesk を別の場所に転送しました (HTTP %1)。Passdesk はリダイレクトに従いません。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>要求は取り消されました。</translation>
    </message>
    <message>
        <source>This API version does not offer that operation.</source>
        <translation>この API バージョンにはその操作がありません。</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>何も送信されていません: %1</translation>
    </message>
    <message>
        <source>The server refused the request as invalid (HTTP 400).</source>
        <translation>サーバーは要求を無効として拒否しました (HTTP 400)。</translation>
    </message>
    <message>
        <source>The server did not accept Passdesk&apos;s credentials (HTTP 401).</source>
        <translation>サーバーは Passdesk の資格情報を受け入れませんでした (HTTP 401)。</translation>
    </message>
    <message>
        <source>This API client is not allowed to do that (HTTP 403).</source>
        <translation>この API クライアントにはその操作が許可されていません (HTTP 403)。</translation>
    </message>
    <message>
        <source>The server does not have what was asked for (HTTP 404).</source>
        <translation>要求されたものはサーバーにありません (HTTP 404)。</translation>
    </message>
    <message>
        <source>The request conflicts with the server&apos;s current state (HTTP 409).</source>
        <translation>要求がサーバーの現在の状態と競合しています (HTTP 409)。</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests: the server asks Passdesk to wait %n second(s).</source>
        <translation>
            <numerusform>要求が多すぎます: サーバーは Passdesk に %n 秒待つよう求めています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests: the server asks Passdesk to wait a moment.</source>
        <translation>要求が多すぎます: サーバーは Passdesk に少し待つよう求めています。</translation>
    </message>
    <message>
        <source>The server had an internal problem (HTTP %1).</source>
        <translation>サーバーで内部の問題が発生しました (HTTP %1)。</translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP %1).</source>
        <translation>サーバーがエラーを返しました (HTTP %1)。</translation>
    </message>
    <message>
        <source>Operation: %1</source>
        <translation>操作: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>種類: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP ステータス: %1</translation>
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
        <translation>エラー コード: %1</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>説明: %1</translation>
    </message>
    <message>
        <source>Messages:
%1</source>
        <translation>メッセージ:
%1</translation>
    </message>
    <message>
        <source>Causes:
%1</source>
        <translation>原因:
%1</translation>
    </message>
    <message>
        <source>Response: %1</source>
        <translation>応答: %1</translation>
    </message>
    <message>
        <source>Retry-After: %1 s</source>
        <translation>Retry-After: %1 秒</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>詳細: %1</translation>
    </message>
    <message>
        <source>Certificate subject: %1</source>
        <translation>証明書のサブジェクト: %1</translation>
    </message>
    <message>
        <source>Certificate issuer: %1</source>
        <translation>証明書の発行者: %1</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256 フィンガープリント: %1</translation>
    </message>
    <message>
        <source>Valid from: %1</source>
        <translation>有効期間の開始: %1</translation>
    </message>
    <message>
        <source>Valid until: %1</source>
        <translation>有効期間の終了: %1</translation>
    </message>
    <message>
        <source>Certificate problems: %1</source>
        <translation>証明書の問題: %1</translation>
    </message>
    <message>
        <source>No error</source>
        <translation>エラーなし</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>ネットワーク エラー</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>タイムアウト</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>TLS エラー</translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation>HTTP エラー</translation>
    </message>
    <message>
        <source>Unreadable answer</source>
        <translation>読み取れない応答</translation>
    </message>
    <message>
        <source>Answer too large</source>
        <translation>応答が大きすぎます</translation>
    </message>
    <message>
        <source>Redirect refused</source>
        <translation>リダイレクトを拒否</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>取り消し済み</translation>
    </message>
    <message>
        <source>Not supported by this API version</source>
        <translation>この API バージョンでは非対応</translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation>無効な入力</translation>
    </message>
    <message>
        <source>Sign in again: %1</source>
        <translation>再度サインインしてください: %1</translation>
    </message>
    <message>
        <source>Credentials needed</source>
        <translation>資格情報が必要です</translation>
    </message>
    <message>
        <source>The server&apos;s headers were too large (over 64 KiB) and were not read.</source>
        <translation>サーバーのヘッダーが大きすぎたため（64 KiB 超）、読み込みませんでした。</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be unpacked.</source>
        <translation>サーバーの応答を展開できませんでした。</translation>
    </message>
    <message>
        <source>Headers too large</source>
        <translation>ヘッダーが大きすぎます</translation>
    </message>
    <message>
        <source>Answer could not be unpacked</source>
        <translation>応答を展開できません</translation>
    </message>
</context>
<context>
    <name>Passdesk::ApiVersion</name>
    <message>
        <source>v2025 (current)</source>
        <translation>v2025 (最新)</translation>
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
        <translation>v3 (設定のみ、数字トークンなし)</translation>
    </message>
    <message>
        <source>per-service v1</source>
        <translation>サービス別 v1</translation>
    </message>
</context>
<context>
    <name>Passdesk::BrowserSignIn</name>
    <message>
        <source>This tenant has no usable OAuth client ID for the browser sign-in. Enter the one the org admin registered in the tenant&apos;s settings.</source>
        <translation>このテナントには、ブラウザーでのサインインに使える OAuth クライアント ID がありません。組織管理者が登録した ID をテナントの設定に入力してください。</translation>
    </message>
    <message>
        <source>Passdesk could not find this tenant&apos;s sign-in page: %1/oauth/info did not name one (%2).</source>
        <translation>Passdesk はこのテナントのサインインページを見つけられませんでした: %1/oauth/info にページが示されていません（%2）。</translation>
    </message>
    <message>
        <source>The pasted address is not the one the sign-in sends the browser to (%1).</source>
        <translation>貼り付けたアドレスは、サインイン後にブラウザーが送られるアドレス（%1）ではありません。</translation>
    </message>
    <message>
        <source>The pasted address belongs to another sign-in (its state does not match), so Passdesk refused it. Sign in again.</source>
        <translation>貼り付けたアドレスは別のサインインのものです（state が一致しません）。Passdesk は受け付けませんでした。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The sign-in was refused in the browser (%1).</source>
        <translation>ブラウザーでサインインが拒否されました（%1）。</translation>
    </message>
    <message>
        <source>This is neither a sign-in code nor the address the browser shows after signing in.</source>
        <translation>これはサインインコードでも、サインイン後にブラウザーが表示するアドレスでもありません。</translation>
    </message>
    <message>
        <source>The tenant did not accept the sign-in: %1</source>
        <translation>テナントはサインインを受け付けませんでした: %1</translation>
    </message>
</context>
<context>
    <name>Passdesk::BrowserSignInDialog</name>
    <message>
        <source>Waiting for the browser: sign in there, and Passdesk goes on by itself. If the browser cannot come back, paste the code or the address it shows below.</source>
        <translation>ブラウザーを待っています。ブラウザーでサインインすると、Passdesk は自動的に続行します。ブラウザーが戻れない場合は、表示されるコードまたはアドレスを下に貼り付けてください。</translation>
    </message>
    <message>
        <source>Passdesk could not open a browser. Copy the sign-in address, open it in a browser, and sign in there; Passdesk waits for it.</source>
        <translation>Passdesk はブラウザーを開けませんでした。サインインアドレスをコピーしてブラウザーで開き、そこでサインインしてください。Passdesk は待機しています。</translation>
    </message>
    <message>
        <source>The browser came back; finishing the sign-in…</source>
        <translation>ブラウザーが戻りました。サインインを完了しています…</translation>
    </message>
    <message>
        <source>Finding the tenant&apos;s sign-in page…</source>
        <translation>テナントのサインインページを探しています…</translation>
    </message>
    <message>
        <source>Sign in &amp;again</source>
        <translation>もう一度サインイン(&amp;A)</translation>
    </message>
    <message>
        <source>Sign in with the &amp;browser</source>
        <translation>ブラウザーでサインイン(&amp;B)</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>%1 にサインイン</translation>
    </message>
    <message>
        <source>Passdesk opens your browser at the tenant&apos;s sign-in page. Sign in there as yourself; Passdesk then works with your user level.</source>
        <translation>Passdesk はブラウザーでテナントのサインインページを開きます。そこでご自身としてサインインしてください。以後 Passdesk はあなたのユーザーレベルで動作します。</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Passdesk keeps the sign-in (a refresh token, never the access token) in the system keychain, so it lasts a working day; Sign out deletes it.</source>
        <translation>Passdesk はサインイン（リフレッシュトークン。アクセストークンは保存しません）をシステムのキーチェーンに保存するので、1 日の業務中は有効です。サインアウトすると削除されます。</translation>
    </message>
    <message>
        <source>No system keychain is available: the sign-in lives in memory only and ends when Passdesk quits.</source>
        <translation>システムのキーチェーンを使えません。サインインはメモリ内にだけ保持され、Passdesk を終了すると終わります。</translation>
    </message>
</context>
<context>
    <name>Passdesk::CallerDetails</name>
    <message>
        <source>%1 · %2 · inactive (%3): check before resetting</source>
        <translation>%1 · %2 · 無効 (%3): リセット前に確認してください</translation>
    </message>
    <message>
        <source>%1 · %2 · active</source>
        <translation>%1 · %2 · 有効</translation>
    </message>
    <message>
        <source>Looking callers up is off: %1. Only a user&apos;s token may look people up; type the caller&apos;s exact uid.</source>
        <translation>発信者の検索はオフです: %1。人物を検索できるのはユーザーのトークンだけです。発信者の正確な uid を入力してください。</translation>
    </message>
    <message>
        <source>The lookup failed (%1); you can still type the exact uid.</source>
        <translation>検索に失敗しました (%1)。正確な uid を入力することはできます。</translation>
    </message>
</context>
<context>
    <name>Passdesk::ConfigAccessNotice</name>
    <message>
        <source>This tenant is locked read-only in Passdesk: you can read the settings, and Passdesk sends no change.</source>
        <translation>このテナントは Passdesk で読み取り専用にロックされています: 設定を読み取ることはできますが、Passdesk は変更を送信しません。</translation>
    </message>
    <message>
        <source>The server refused the change (403): this API client is not allowed to change the org config. It needs the scope %1. Your changes are still in the form.</source>
        <translation>サーバーは変更を拒否しました (403): この API クライアントには組織設定を変更する権限がありません。スコープ %1 が必要です。変更はフォームに残っています。</translation>
    </message>
    <message>
        <source>You are signed in as %1 with the user level %2, which may read the settings but not change them (it lacks the scope %3). Someone with the user level Org admin can change them.</source>
        <translation>%1 としてユーザーレベル %2 でサインインしています。このレベルでは設定を読めますが変更できません（スコープ %3 がありません）。ユーザーレベルが組織管理者の人なら変更できます。</translation>
    </message>
    <message>
        <source>This API client may read the settings but not change them: it lacks the scope %1.</source>
        <translation>この API クライアントは設定を読み取れますが変更できません: スコープ %1 がありません。</translation>
    </message>
</context>
<context>
    <name>Passdesk::ConfigActions</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>Read the org config from the server again (F5)</source>
        <translation>サーバーから組織設定を読み直します (F5)</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Send the changed settings to the server (Ctrl+S)</source>
        <translation>変更した設定をサーバーに送信します (Ctrl+S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>元に戻す(&amp;V)</translation>
    </message>
    <message>
        <source>Go back to the values loaded from the server (Ctrl+R)</source>
        <translation>サーバーから読み込んだ値に戻します (Ctrl+R)</translation>
    </message>
</context>
<context>
    <name>Passdesk::ConfigDialogs</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s)</source>
        <translation>
            <numerusform>%n 桁</numerusform>
        </translation>
    </message>
    <message>
        <source>Custom password instructions</source>
        <translation>独自のパスワード説明</translation>
    </message>
    <message>
        <source>Digit tokens</source>
        <translation>数字トークン</translation>
    </message>
    <message>
        <source>Digit token lifetime</source>
        <translation>数字トークンの有効期間</translation>
    </message>
    <message>
        <source>Digit token length</source>
        <translation>数字トークンの長さ</translation>
    </message>
    <message>
        <source>on</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>&lt;li&gt;%1: %2 → &lt;b&gt;%3&lt;/b&gt;&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1: %2 → &lt;b&gt;%3&lt;/b&gt;&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Save these changes to the password org config of &lt;b&gt;%1&lt;/b&gt;?&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; のパスワード組織設定にこの変更を保存しますか?&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:#b71c1c&quot;&gt;&lt;b&gt;This is a production tenant.&lt;/b&gt; The change applies to every user and helpdesk agent at once.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:#b71c1c&quot;&gt;&lt;b&gt;これは本番テナントです。&lt;/b&gt; 変更はすべてのユーザーとヘルプデスク担当者に直ちに適用されます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Save password org config</source>
        <translation>パスワード組織設定の保存</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>&lt;p&gt;Someone changed the password org config on the server since you loaded it. Changes made there are in bold.&lt;/p&gt;&lt;table cellspacing=&quot;6&quot;&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;Your version&lt;/th&gt;&lt;th&gt;Server&apos;s version&lt;/th&gt;&lt;/tr&gt;%1&lt;/table&gt;</source>
        <translation>&lt;p&gt;読み込んだ後に、誰かがサーバー上のパスワード組織設定を変更しました。サーバー側の変更は太字です。&lt;/p&gt;&lt;table cellspacing=&quot;6&quot;&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;あなたの版&lt;/th&gt;&lt;th&gt;サーバーの版&lt;/th&gt;&lt;/tr&gt;%1&lt;/table&gt;</translation>
    </message>
    <message>
        <source>The config changed on the server</source>
        <translation>サーバー上で設定が変更されました</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>自分の版を残す(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Take server&apos;s</source>
        <translation>サーバーの版を使う(&amp;T)</translation>
    </message>
    <message>
        <source>Reload the config?</source>
        <translation>設定を再読み込みしますか?</translation>
    </message>
    <message>
        <source>&lt;p&gt;Reloading replaces your unsaved changes with the server&apos;s values.&lt;/p&gt;</source>
        <translation>&lt;p&gt;再読み込みすると、保存していない変更はサーバーの値で置き換えられます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Discard and reload</source>
        <translation>破棄して再読み込み(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>編集を続ける(&amp;K)</translation>
    </message>
    <message>
        <source>&lt;li&gt;%1: &lt;b&gt;%2&lt;/b&gt;&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1: &lt;b&gt;%2&lt;/b&gt;&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Create the password org config of &lt;b&gt;%1&lt;/b&gt; with these values?&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;</source>
        <translation>&lt;p&gt;この値で &lt;b&gt;%1&lt;/b&gt; のパスワード組織設定を作成しますか?&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Create password org config</source>
        <translation>パスワード組織設定を作成</translation>
    </message>
</context>
<context>
    <name>Passdesk::ConfigFields</name>
    <message>
        <source>Saved value: %1</source>
        <translation>保存済みの値: %1</translation>
    </message>
</context>
<context>
    <name>Passdesk::ConfigPage</name>
    <message>
        <source>The org config has not been loaded yet.</source>
        <translation>組織設定はまだ読み込まれていません。</translation>
    </message>
    <message>
        <source>Loading the password org config…</source>
        <translation>パスワード組織設定を読み込んでいます…</translation>
    </message>
    <message>
        <source>Loaded at %1.</source>
        <translation>%1 に読み込みました。</translation>
    </message>
    <message>
        <source>This tenant has no password org config yet. The form shows the defaults; Create config saves them to the tenant.</source>
        <translation>このテナントにはまだパスワード組織設定がありません。フォームには既定値が表示されています。「設定を作成」でテナントに保存します。</translation>
    </message>
    <message>
        <source>The config could not be reloaded; the form shows what was loaded before.</source>
        <translation>設定を再読み込みできませんでした。フォームには以前読み込んだ内容が表示されています。</translation>
    </message>
    <message>
        <source>The password org config could not be loaded.</source>
        <translation>パスワード組織設定を読み込めませんでした。</translation>
    </message>
    <message>
        <source>No tenant is open. Add one with Tenants… or choose one in the tool bar.</source>
        <translation>開いているテナントはありません。「テナント…」で追加するか、ツール バーで選んでください。</translation>
    </message>
    <message>
        <source>Cancelled. Your changes are still in the form.</source>
        <translation>キャンセルしました。変更はフォームに残っています。</translation>
    </message>
    <message>
        <source>Cancelled. The form shows what was loaded before.</source>
        <translation>キャンセルしました。フォームには以前に読み込んだ内容が表示されています。</translation>
    </message>
    <message>
        <source>Cancelled. Refresh loads the config.</source>
        <translation>キャンセルしました。「再読み込み」で設定を読み込みます。</translation>
    </message>
</context>
<context>
    <name>Passdesk::ConfigSaveFlow</name>
    <message>
        <source>Checking the server&apos;s current values…</source>
        <translation>サーバーの現在の値を確認しています…</translation>
    </message>
    <message>
        <source>Not saved: the server&apos;s current values could not be read. Your changes are still here.</source>
        <translation>保存されていません: サーバーの現在の値を読み取れませんでした。変更はそのまま残っています。</translation>
    </message>
    <message>
        <source>Not saved: this API client may not change the org config. Your changes are still here.</source>
        <translation>保存されていません: この API クライアントは組織設定を変更できません。変更はそのまま残っています。</translation>
    </message>
    <message>
        <source>The server already has these values (checked at %1).</source>
        <translation>サーバーには既にこの値があります (%1 に確認)。</translation>
    </message>
    <message>
        <source>Loaded the server&apos;s newer values at %1.</source>
        <translation>サーバーの新しい値を %1 に読み込みました。</translation>
    </message>
    <message>
        <source>Not saved. The server has newer values; your changes are still here.</source>
        <translation>保存されていません。サーバーに新しい値があります。変更はそのまま残っています。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存しています…</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>%1 に保存しました。</translation>
    </message>
    <message>
        <source>Not saved. Your changes are still in the form.</source>
        <translation>保存されていません。変更はフォームに残っています。</translation>
    </message>
    <message>
        <source>Creating the password org config…</source>
        <translation>パスワード組織設定を作成しています…</translation>
    </message>
    <message>
        <source>Created at %1.</source>
        <translation>%1 に作成しました。</translation>
    </message>
    <message>
        <source>The config was not created. The form keeps your values.</source>
        <translation>設定は作成されませんでした。フォームの値はそのまま残っています。</translation>
    </message>
    <message>
        <source>The server created the config with other values than you confirmed (asked → stored):</source>
        <translation>サーバーは、確認した値とは異なる値で構成を作成しました（要求 → 保存）:</translation>
    </message>
    <message>
        <source>The server stored other values than you confirmed (before → asked → stored):</source>
        <translation>サーバーは、確認した値とは異なる値を保存しました（変更前 → 要求 → 保存）:</translation>
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
        <translation>%1: %2 → （変更なし） → %3</translation>
    </message>
</context>
<context>
    <name>Passdesk::ConnectionSettings</name>
    <message>
        <source>Enter a tenant name (such as acme) or the API base URL.</source>
        <translation>テナント名 (例: acme) または API のベース URL を入力してください。</translation>
    </message>
    <message>
        <source>The address is too long.</source>
        <translation>アドレスが長すぎます。</translation>
    </message>
    <message>
        <source>The address must not contain spaces or control characters.</source>
        <translation>アドレスに空白や制御文字を含めないでください。</translation>
    </message>
    <message>
        <source>A tenant name has only letters, digits and inner hyphens (at most 63).</source>
        <translation>テナント名に使えるのは英字、数字、途中のハイフンのみです (最大 63 文字)。</translation>
    </message>
    <message>
        <source>This is neither a tenant name nor a valid URL.</source>
        <translation>テナント名でも有効な URL でもありません。</translation>
    </message>
    <message>
        <source>Passdesk only connects over https; plain http is allowed only for this computer (loopback).</source>
        <translation>Passdesk は https でのみ接続します。平文の http はこのコンピューター (ループバック) に対してのみ許可されます。</translation>
    </message>
    <message>
        <source>The address must not contain a user name or password; Passdesk asks for credentials separately.</source>
        <translation>アドレスにユーザー名やパスワードを含めないでください。Passdesk は資格情報を別途尋ねます。</translation>
    </message>
    <message>
        <source>The address must not have a query (?) or fragment (#).</source>
        <translation>アドレスにクエリ (?) やフラグメント (#) を含めないでください。</translation>
    </message>
    <message>
        <source>The address must be the API base (such as https://acme.api.identitynow.com), without a path.</source>
        <translation>アドレスは API のベース (例: https://acme.api.identitynow.com) で、パスを含めないでください。</translation>
    </message>
</context>
<context>
    <name>Passdesk::ConnectionTestPanel</name>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>%1 への接続をテストしています…</translation>
    </message>
    <message>
        <source>Paste the access token first: none is kept for this tenant.</source>
        <translation>まずアクセス トークンを貼り付けてください: このテナントには保持されているトークンがありません。</translation>
    </message>
    <message>
        <source>Type the client secret first: none is stored for this tenant.</source>
        <translation>まずクライアント シークレットを入力してください: このテナントには保存されていません。</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>接続は正常です。</translation>
    </message>
    <message>
        <source>The connection failed.</source>
        <translation>接続に失敗しました。</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>接続テストの結果</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>接続をテスト(&amp;T)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>接続をテスト</translation>
    </message>
    <message>
        <source>Signs in with the values shown, saved or not, reads the org config and lists what the client may do</source>
        <translation>表示中の値 (保存済みかどうかを問わず) でサインインし、組織設定を読み取り、クライアントにできることを一覧表示します</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>接続をテストしています</translation>
    </message>
    <message>
        <source>The connection test was cancelled.</source>
        <translation>接続テストをキャンセルしました。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel the connection test</source>
        <translation>接続テストをキャンセル</translation>
    </message>
    <message>
        <source>A browser sign-in is checked when you sign in: the tenant bar then says who you are, and each feature says what your user level allows.</source>
        <translation>ブラウザーでのサインインはサインイン時に確認されます。その後テナントバーにあなたが誰かが表示され、各機能はあなたのユーザーレベルで何ができるかを示します。</translation>
    </message>
</context>
<context>
    <name>Passdesk::ConnectionTester</name>
    <message>
        <source>the server did not say which scopes the token has; it decides on each request</source>
        <translation>トークンのスコープをサーバーが示しませんでした。要求ごとにサーバーが判断します</translation>
    </message>
    <message>
        <source>needs the scope %1</source>
        <translation>スコープ %1 が必要です</translation>
    </message>
    <message>
        <source>Read the org config</source>
        <translation>組織設定の読み取り</translation>
    </message>
    <message>
        <source>Change the org config</source>
        <translation>組織設定の変更</translation>
    </message>
    <message>
        <source>the tenant is locked read-only in Passdesk</source>
        <translation>テナントは Passdesk で読み取り専用にロックされています</translation>
    </message>
    <message>
        <source>Generate digit tokens</source>
        <translation>数字トークンの生成</translation>
    </message>
    <message>
        <source>API version %1 has no digit token operation</source>
        <translation>API バージョン %1 には数字トークンの操作がありません</translation>
    </message>
    <message>
        <source>Look up callers</source>
        <translation>発信者の検索</translation>
    </message>
    <message>
        <source>✔ Signed in.</source>
        <translation>✔ サインインしました。</translation>
    </message>
    <message>
        <source>✘ Could not sign in: %1</source>
        <translation>✘ サインインできませんでした: %1</translation>
    </message>
    <message>
        <source>✔ Read the password org config.</source>
        <translation>✔ パスワード組織設定を読み取りました。</translation>
    </message>
    <message>
        <source>✔ The tenant has no password org config yet (it can be created).</source>
        <translation>✔ テナントにはまだパスワード組織設定がありません (作成できます)。</translation>
    </message>
    <message>
        <source>✘ Could not read the password org config: %1</source>
        <translation>✘ パスワード組織設定を読み取れませんでした: %1</translation>
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
        <translation>サーバーが拒否しました (HTTP 403)</translation>
    </message>
    <message>
        <source>needs a user token (a personal access token or the browser sign-in); an API client&apos;s token has no user</source>
        <translation>ユーザートークン（個人用アクセストークンまたはブラウザーでのサインイン）が必要です。API クライアントのトークンにはユーザーがありません</translation>
    </message>
    <message>
        <source>✔ Signed in as %1 (%2).</source>
        <translation>✔ %1 としてサインインしました（%2）。</translation>
    </message>
    <message>
        <source>✔ Signed in as the API client %1, without a user.</source>
        <translation>✔ API クライアント %1 としてサインインしました（ユーザーなし）。</translation>
    </message>
</context>
<context>
    <name>Passdesk::DigitToken</name>
    <message>
        <source>The digit token answer is not a JSON object.</source>
        <translation>数字トークンの応答が JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>The digit token from the server is not made of digits.</source>
        <translation>サーバーの数字トークンが数字だけでできていません。</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no digit token.</source>
        <translation>サーバーの応答に数字トークンがありません。</translation>
    </message>
    <message>
        <source>The digit token from the server is a number that is not a whole, positive token.</source>
        <translation>サーバーの数字トークンは、正の整数のトークンではない数値です。</translation>
    </message>
    <message>
        <source>Enter the user&apos;s uid (their username).</source>
        <translation>ユーザーの uid (ユーザー名) を入力してください。</translation>
    </message>
    <message>
        <source>A uid is at most 128 characters long.</source>
        <translation>uid は最大 128 文字です。</translation>
    </message>
    <message>
        <source>The uid contains control characters; paste it again or pick the user from the list.</source>
        <translation>uid に制御文字が含まれています。貼り付け直すか、一覧からユーザーを選んでください。</translation>
    </message>
    <message>
        <source>The token length must be between %1 and %2 digits.</source>
        <translation>トークンの長さは %1 ～ %2 桁でなければなりません。</translation>
    </message>
    <message>
        <source>The token duration must be between %1 and %2 minutes.</source>
        <translation>トークンの有効期間は %1 ～ %2 分でなければなりません。</translation>
    </message>
    <message>
        <source>The digit token from the server has more than %1 digits.</source>
        <translation>サーバーの数字トークンが %1 桁を超えています。</translation>
    </message>
</context>
<context>
    <name>Passdesk::DisplayText</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>他 %n 件</numerusform>
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
        <translation>サブジェクト: %1
発行者: %2
SHA-256: %3
有効期間: %4 ～ %5
問題: %6</translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %n second(s).</source>
        <translation>
            <numerusform>%n 秒後に再試行できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>今すぐ再試行できます。</translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %n second(s). The server asked for a longer wait; Passdesk waits at most an hour.</source>
        <translation>
            <numerusform>%n 秒後に再試行できます。サーバーはより長い待機を求めましたが、Passdesk が待つのは最長 1 時間です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Passdesk error report
Time: %1 (%2)
Tenant: %3
%4</source>
        <translation>Passdesk エラー レポート
時刻: %1 (%2)
テナント: %3
%4</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
    <message>
        <source>Too many requests: the server asked Passdesk to wait before trying again.</source>
        <translation>要求が多すぎます: サーバーは再試行の前に待つよう Passdesk に求めました。</translation>
    </message>
</context>
<context>
    <name>Passdesk::FirstRunAssistant</name>
    <message>
        <source>Leave without a tenant?</source>
        <translation>テナントなしで終了しますか?</translation>
    </message>
    <message>
        <source>&lt;p&gt;The tenant you entered is not saved. Passdesk starts without a tenant; you can add one later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;入力したテナントは保存されていません。Passdesk はテナントなしで起動します。テナントは後で追加できます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Discard and close</source>
        <translation>破棄して閉じる(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>編集を続ける(&amp;K)</translation>
    </message>
    <message>
        <source>Welcome to Passdesk</source>
        <translation>Passdesk へようこそ</translation>
    </message>
    <message>
        <source>Password administration for Identity Security Cloud</source>
        <translation>Identity Security Cloud のパスワード管理</translation>
    </message>
    <message>
        <source>&amp;Add the tenant I work with</source>
        <translation>作業用のテナントを追加する(&amp;A)</translation>
    </message>
    <message>
        <source>Add the tenant I work with</source>
        <translation>作業用のテナントを追加する</translation>
    </message>
    <message>
        <source>&amp;Explore Passdesk on the built-in sandbox tenant first</source>
        <translation>まず組み込みのサンドボックス テナントで Passdesk を試す(&amp;E)</translation>
    </message>
    <message>
        <source>Explore Passdesk on the built-in sandbox tenant first</source>
        <translation>まず組み込みのサンドボックス テナントで Passdesk を試す</translation>
    </message>
    <message>
        <source>A tenant inside Passdesk with sample users; nothing you do there reaches a real tenant</source>
        <translation>サンプル ユーザーを含む Passdesk 内のテナントです。そこでの操作は実際のテナントには届きません</translation>
    </message>
    <message>
        <source>Add the tenant you work with</source>
        <translation>作業用のテナントを追加</translation>
    </message>
    <message>
        <source>Test the connection before you finish: Passdesk shows what the client may do. You can add more tenants later under Tenants.</source>
        <translation>完了する前に接続をテストしてください: クライアントにできることを Passdesk が表示します。テナントは後で「テナント」から追加できます。</translation>
    </message>
    <message>
        <source>Passdesk lets org admins view and change the password org config of an Identity Security Cloud tenant, and helpdesk staff generate digit tokens so that a caller can reset a password.

It signs in with the browser as you, or with an API client or a personal access token. What lets it sign in again is kept in the system keychain, never in a file.

How do you want to start?</source>
        <translation>Passdesk を使うと、組織管理者は Identity Security Cloud テナントのパスワード組織設定を表示・変更でき、ヘルプデスク担当者は発信者がパスワードをリセットするための数字トークンを生成できます。

ブラウザーでご本人としてサインインするか、API クライアントまたは個人用アクセス トークンでサインインします。再サインインに使う情報はシステムのキーチェーンに保存され、ファイルには書き込まれません。

どのように始めますか?</translation>
    </message>
    <message>
        <source>How to sign in to the sandbox</source>
        <translation>サンドボックスへのサインイン方法</translation>
    </message>
    <message>
        <source>Sign in with the &amp;browser as one of the sandbox&apos;s people</source>
        <translation>ブラウザーでサンドボックスの人物としてサインイン(&amp;B)</translation>
    </message>
    <message>
        <source>The sandbox&apos;s sign-in page lets you choose the org admin, the helpdesk agent or a plain user.</source>
        <translation>サンドボックスのサインインページで、組織管理者、ヘルプデスク担当者、一般ユーザーのいずれかを選べます。</translation>
    </message>
    <message>
        <source>Use the sandbox&apos;s built-in &amp;client</source>
        <translation>サンドボックスの組み込みクライアントを使用(&amp;C)</translation>
    </message>
    <message>
        <source>The org admin&apos;s personal access token: no browser and no sign-in page.</source>
        <translation>組織管理者の個人用アクセストークン: ブラウザーもサインインページも使いません。</translation>
    </message>
</context>
<context>
    <name>Passdesk::IdentityLookup</name>
    <message>
        <source>Matching people</source>
        <translation>一致する人</translation>
    </message>
    <message>
        <source>This identity is inactive (%1).</source>
        <translation>このアイデンティティは無効です (%1)。</translation>
    </message>
    <message>
        <source>%1 — %2 (%3) — inactive: %4</source>
        <translation>%1 — %2 (%3) — 無効: %4</translation>
    </message>
    <message>
        <source>%1 — %2 (%3) — %4</source>
        <translation>%1 — %2 (%3) — %4</translation>
    </message>
    <message>
        <source>active</source>
        <translation>有効</translation>
    </message>
</context>
<context>
    <name>Passdesk::LoopbackRedirectListener</name>
    <message numerus="yes">
        <source>The browser did not come back within %n minute(s). Sign in again, or paste the code or the address the browser shows.</source>
        <translation>
            <numerusform>%n 分以内にブラウザーが戻りませんでした。もう一度サインインするか、ブラウザーに表示されるコードまたはアドレスを貼り付けてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Passdesk cannot wait for the browser on port %1 of this computer (%2). Another program may be using it. Paste the code or the address the browser shows instead, or choose another port for this tenant (its OAuth client must list that redirect URI too).</source>
        <translation>Passdesk はこのコンピューターのポート %1 でブラウザーを待てません（%2）。別のプログラムが使っている可能性があります。代わりにブラウザーに表示されるコードまたはアドレスを貼り付けるか、このテナントに別のポートを選んでください（その OAuth クライアントにもそのリダイレクト URI を登録する必要があります）。</translation>
    </message>
    <message>
        <source>This request is too long.</source>
        <translation>この要求は長すぎます。</translation>
    </message>
    <message>
        <source>This is not an HTTP request.</source>
        <translation>これは HTTP 要求ではありません。</translation>
    </message>
    <message>
        <source>This sign-in is over. Go back to Passdesk.</source>
        <translation>このサインインは終了しました。Passdesk に戻ってください。</translation>
    </message>
    <message>
        <source>Passdesk waits for the sign-in at /callback only.</source>
        <translation>Passdesk がサインインを待つのは /callback だけです。</translation>
    </message>
    <message>
        <source>Passdesk takes the sign-in redirect as GET only.</source>
        <translation>Passdesk はサインインのリダイレクトを GET でのみ受け付けます。</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in Passdesk started (its state does not match). Passdesk ignored it; start the sign-in again.</source>
        <translation>この応答は Passdesk が開始したサインインのものではありません（state が一致しません）。Passdesk は無視しました。サインインをやり直してください。</translation>
    </message>
    <message>
        <source>The browser came back with an answer that does not belong to this sign-in (the state does not match), so Passdesk refused it. Sign in again.</source>
        <translation>ブラウザーはこのサインインのものではない応答を持って戻りました（state が一致しません）。Passdesk は受け付けませんでした。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The sign-in did not happen. Go back to Passdesk.</source>
        <translation>サインインは行われませんでした。Passdesk に戻ってください。</translation>
    </message>
    <message>
        <source>The sign-in was denied in the browser (%1).</source>
        <translation>ブラウザーでサインインが拒否されました（%1）。</translation>
    </message>
    <message>
        <source>The tenant refused the sign-in: %1 (%2).</source>
        <translation>テナントがサインインを拒否しました: %1（%2）。</translation>
    </message>
    <message>
        <source>The answer has no sign-in code. Go back to Passdesk.</source>
        <translation>応答にサインインコードがありません。Passdesk に戻ってください。</translation>
    </message>
    <message>
        <source>The browser came back without a sign-in code. Sign in again.</source>
        <translation>ブラウザーがサインインコードなしで戻りました。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>You are signed in to Passdesk. You can close this page and go back to Passdesk.</source>
        <translation>Passdesk にサインインしました。このページを閉じて Passdesk に戻ってください。</translation>
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
        <translation>保存していない変更</translation>
    </message>
    <message>
        <source>The password org config has changes that are not saved. Discard them and close Passdesk?</source>
        <translation>パスワード組織設定に保存していない変更があります。破棄して Passdesk を閉じますか?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>変更を破棄</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>編集を続ける</translation>
    </message>
    <message>
        <source>About Passdesk</source>
        <translation>Passdesk について</translation>
    </message>
    <message>
        <source>&lt;b&gt;Passdesk %1&lt;/b&gt; (build %2)&lt;br&gt;Password Org Config and helpdesk digit tokens for Identity Security Cloud.&lt;br&gt;Built with Qt %3, running on Qt %4.&lt;br&gt;License: MIT&lt;br&gt;Settings: %5</source>
        <translation>&lt;b&gt;Passdesk %1&lt;/b&gt; (ビルド %2)&lt;br&gt;Identity Security Cloud のパスワード組織設定とヘルプデスク用数字トークン。&lt;br&gt;Qt %3 でビルド、Qt %4 で実行中。&lt;br&gt;ライセンス: MIT&lt;br&gt;設定ファイル: %5</translation>
    </message>
    <message>
        <source>Passdesk [*]</source>
        <translation>Passdesk [*]</translation>
    </message>
    <message>
        <source>Signed out. Passdesk signs in again on the next request.</source>
        <translation>サインアウトしました。次の要求で Passdesk が再びサインインします。</translation>
    </message>
    <message>
        <source>The password org config of %1 has changes that are not saved. Discard them and switch to %2?</source>
        <translation>%1 のパスワード組織設定に保存していない変更があります。破棄して %2 に切り替えますか?</translation>
    </message>
    <message>
        <source>Discard and switch</source>
        <translation>破棄して切り替え</translation>
    </message>
</context>
<context>
    <name>Passdesk::NetworkErrors</name>
    <message>
        <source>The server refused the connection. Is the address right and the service running?</source>
        <translation>サーバーが接続を拒否しました。アドレスは正しく、サービスは動作していますか?</translation>
    </message>
    <message>
        <source>The server closed the connection before the answer was complete.</source>
        <translation>応答が完了する前にサーバーが接続を閉じました。</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found. Check the tenant name and your network.</source>
        <translation>サーバー名が見つかりませんでした。テナント名とネットワークを確認してください。</translation>
    </message>
    <message>
        <source>The server took too long to answer, so Passdesk stopped waiting.</source>
        <translation>サーバーの応答が遅すぎたため、Passdesk は待機をやめました。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>要求は取り消されました。</translation>
    </message>
    <message>
        <source>A secure (TLS) connection could not be established; the server&apos;s certificate was not accepted.</source>
        <translation>安全な (TLS) 接続を確立できませんでした。サーバーの証明書が受け入れられませんでした。</translation>
    </message>
    <message>
        <source>The network is not available right now.</source>
        <translation>現在ネットワークを利用できません。</translation>
    </message>
    <message>
        <source>The system does not allow network access in the background.</source>
        <translation>システムがバックグラウンドでのネットワーク アクセスを許可していません。</translation>
    </message>
    <message>
        <source>The server redirected the request; Passdesk does not follow redirects.</source>
        <translation>サーバーが要求をリダイレクトしました。Passdesk はリダイレクトに従いません。</translation>
    </message>
    <message>
        <source>The proxy server did not pass the request on. Check the system&apos;s proxy settings.</source>
        <translation>プロキシ サーバーが要求を転送しませんでした。システムのプロキシ設定を確認してください。</translation>
    </message>
    <message>
        <source>The server&apos;s answer broke the HTTP protocol.</source>
        <translation>サーバーの応答が HTTP プロトコルに違反していました。</translation>
    </message>
    <message>
        <source>An unknown network error occurred.</source>
        <translation>不明なネットワーク エラーが発生しました。</translation>
    </message>
    <message>
        <source>A network error occurred (code %1).</source>
        <translation>ネットワーク エラーが発生しました (コード %1)。</translation>
    </message>
    <message>
        <source>The server refused to hand out or change the requested content (code %1).</source>
        <translation>サーバーは要求された内容の提供または変更を拒否しました (コード %1)。</translation>
    </message>
    <message>
        <source>The server could not handle the request (code %1).</source>
        <translation>サーバーは要求を処理できませんでした (コード %1)。</translation>
    </message>
</context>
<context>
    <name>Passdesk::OrgConfig</name>
    <message>
        <source>The password org config from the server is not a JSON object.</source>
        <translation>サーバーのパスワード組織設定が JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>The server sent %1 as something other than true or false.</source>
        <translation>サーバーが %1 を true / false 以外の形で送りました。</translation>
    </message>
    <message>
        <source>The server sent %1 as something other than a whole number.</source>
        <translation>サーバーが %1 を整数以外の形で送りました。</translation>
    </message>
    <message>
        <source>The server sent %1 = %2, outside the allowed %3 to %4.</source>
        <translation>サーバーが送った %1 = %2 は、許可された範囲 %3 ～ %4 の外です。</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3, not %4.</source>
        <translation>%1 は %2 から %3 の間でなければなりません (%4 ではありません)。</translation>
    </message>
</context>
<context>
    <name>Passdesk::PassdeskApp</name>
    <message>
        <source>The sandbox tenant could not listen on a loopback port.</source>
        <translation>サンドボックス テナントがループバック ポートで待ち受けできませんでした。</translation>
    </message>
    <message>
        <source>There is no tenant &quot;%1&quot;: no tenant is set up yet.</source>
        <translation>テナント「%1」はありません: まだテナントが設定されていません。</translation>
    </message>
    <message>
        <source>There is no tenant &quot;%1&quot;. Set up are: %2.</source>
        <translation>テナント「%1」はありません。設定済みのテナント: %2。</translation>
    </message>
</context>
<context>
    <name>Passdesk::ProductionLock</name>
    <message>
        <source>&lt;p&gt;Unlocking lets Passdesk change the password org config of &lt;b&gt;%1&lt;/b&gt;, a production tenant. A change applies to every user and helpdesk agent at once.&lt;/p&gt;&lt;p&gt;Unlock it?&lt;/p&gt;</source>
        <translation>&lt;p&gt;ロックを解除すると、Passdesk は本番テナント &lt;b&gt;%1&lt;/b&gt; のパスワード組織設定を変更できるようになります。変更はすべてのユーザーとヘルプデスク担当者に直ちに適用されます。&lt;/p&gt;&lt;p&gt;ロックを解除しますか?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>this tenant</source>
        <translation>このテナント</translation>
    </message>
    <message>
        <source>Unlock a production tenant?</source>
        <translation>本番テナントのロックを解除しますか?</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>ロック解除(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Keep locked</source>
        <translation>ロックしたままにする(&amp;K)</translation>
    </message>
</context>
<context>
    <name>Passdesk::PublicIdentity</name>
    <message>
        <source>The identity list from the server is not a JSON array.</source>
        <translation>サーバーのアイデンティティ一覧が JSON 配列ではありません。</translation>
    </message>
    <message>
        <source>The identity list holds an entry that is not an identity.</source>
        <translation>アイデンティティ一覧にアイデンティティではない項目があります。</translation>
    </message>
</context>
<context>
    <name>Passdesk::ReplyErrors</name>
    <message>
        <source>The answer was larger than 1 MiB and was not read.</source>
        <translation>応答が 1 MiB を超えたため読み取りませんでした。</translation>
    </message>
    <message>
        <source>The server redirected to %1; Passdesk does not follow redirects.</source>
        <translation>サーバーが %1 へリダイレクトしました。Passdesk はリダイレクトに従いません。</translation>
    </message>
    <message numerus="yes">
        <source>The request did not finish within %n second(s), so Passdesk stopped it.</source>
        <translation>
            <numerusform>リクエストが %n 秒以内に終わらなかったため、Passdesk が停止しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s headers were larger than %1 KiB.</source>
        <translation>サーバーのヘッダーが %1 KiB を超えていました。</translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s headers did not end within %n second(s) of the request; they were too large or never ended.</source>
        <translation>
            <numerusform>リクエストから %n 秒以内にサーバーのヘッダーが終わりませんでした。大きすぎるか、終わりがありません。</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer came compressed and did not unpack: the data was broken, or it would have unpacked to far more than any answer needs.</source>
        <translation>応答は圧縮されていましたが展開できませんでした。データが壊れているか、応答に必要な量をはるかに超える大きさに展開されるところでした。</translation>
    </message>
</context>
<context>
    <name>Passdesk::RequestRunner</name>
    <message>
        <source>the access token has characters an access token cannot have.</source>
        <translation>アクセストークンに、アクセストークンに使えない文字が含まれています。</translation>
    </message>
    <message>
        <source>the %1 header would have carried characters a header cannot have.</source>
        <translation>%1 ヘッダーに、ヘッダーに使えない文字が入るところでした。</translation>
    </message>
</context>
<context>
    <name>Passdesk::SecretFieldHints</name>
    <message>
        <source>Pasted earlier in this session — leave empty to keep it</source>
        <translation>このセッションで貼り付け済み — 変更しない場合は空のままにします</translation>
    </message>
    <message>
        <source>Stored in the keychain — leave empty to keep it</source>
        <translation>キーチェーンに保存済み — 変更しない場合は空のままにします</translation>
    </message>
    <message>
        <source>Kept for this session — leave empty to keep it</source>
        <translation>このセッションの間保持 — 変更しない場合は空のままにします</translation>
    </message>
    <message>
        <source>Paste the access token here</source>
        <translation>ここにアクセス トークンを貼り付けます</translation>
    </message>
    <message>
        <source>Not stored — Passdesk asks for it when it connects</source>
        <translation>保存されていません — 接続時に Passdesk が入力を求めます</translation>
    </message>
    <message>
        <source>The token expires at %1. It cannot be renewed: Passdesk asks for a new one then.</source>
        <translation>このトークンは %1 に期限切れになります。更新できないため、そのときに Passdesk が新しいトークンを求めます。</translation>
    </message>
    <message>
        <source>The token does not say when it expires. It cannot be renewed: Passdesk asks for a new one when the server refuses it.</source>
        <translation>このトークンには有効期限が示されていません。更新できないため、サーバーが拒否したときに Passdesk が新しいトークンを求めます。</translation>
    </message>
    <message>
        <source>A pasted access token is kept in memory for this session only, never stored.</source>
        <translation>貼り付けたアクセス トークンはこのセッションの間だけメモリに保持され、保存されることはありません。</translation>
    </message>
    <message>
        <source>Passdesk opens the browser when it needs you to sign in, and keeps the sign-in for a working day.</source>
        <translation>Passdesk はサインインが必要になるとブラウザーを開き、サインインを 1 日の業務中保持します。</translation>
    </message>
</context>
<context>
    <name>Passdesk::SecretPromptDialog</name>
    <message>
        <source>The secret contains control characters; paste it again.</source>
        <translation>シークレットに制御文字が含まれています。もう一度貼り付けてください。</translation>
    </message>
    <message>
        <source>This is too long to be a client secret.</source>
        <translation>クライアント シークレットとしては長すぎます。</translation>
    </message>
    <message>
        <source>This token is valid until %1. Passdesk keeps it in memory only and cannot renew it.</source>
        <translation>このトークンは %1 まで有効です。Passdesk はメモリ内にだけ保持し、更新できません。</translation>
    </message>
    <message>
        <source>Passdesk keeps a pasted token in memory only and cannot renew it.</source>
        <translation>Passdesk は貼り付けたトークンをメモリ内にだけ保持し、更新できません。</translation>
    </message>
    <message>
        <source>No system keychain is available: the secret is kept in memory for this session only, and Passdesk asks again next time.</source>
        <translation>システムのキーチェーンを利用できません: シークレットはこのセッションの間だけメモリに保持され、次回また入力を求めます。</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>%1 にサインイン</translation>
    </message>
    <message>
        <source>&amp;Access token:</source>
        <translation>アクセス トークン(&amp;A):</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>クライアント シークレット(&amp;S):</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>アクセス トークン</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>クライアント シークレット</translation>
    </message>
    <message>
        <source>Paste a new access token for %1.</source>
        <translation>%1 の新しいアクセス トークンを貼り付けてください。</translation>
    </message>
    <message>
        <source>Enter the client secret of %1 for %2.</source>
        <translation>%2 用の %1 のクライアント シークレットを入力してください。</translation>
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
        <translation>このテストではキーチェーンを利用できません。</translation>
    </message>
</context>
<context>
    <name>Passdesk::SecretVault</name>
    <message>
        <source>The system keychain cannot be used (%1). Passdesk keeps secrets in memory for this session only and will ask for them again next time; it never writes them to a file.</source>
        <translation>システムのキーチェーンを使用できません (%1)。Passdesk はこのセッションの間だけシークレットをメモリに保持し、次回また入力を求めます。ファイルに書き込むことはありません。</translation>
    </message>
    <message>
        <source>no keychain service answered</source>
        <translation>キーチェーン サービスが応答しませんでした</translation>
    </message>
</context>
<context>
    <name>Passdesk::SettingsDialog</name>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
</context>
<context>
    <name>Passdesk::StartupOptions</name>
    <message>
        <source>Passdesk: the Password Org Config and helpdesk digit tokens of Identity Security Cloud.</source>
        <translation>Passdesk: Identity Security Cloud のパスワード組織設定とヘルプデスク用数字トークン。</translation>
    </message>
    <message>
        <source>Start on the embedded sandbox tenant.</source>
        <translation>組み込みのサンドボックス テナントで起動します。</translation>
    </message>
    <message>
        <source>client</source>
        <translation>クライアント</translation>
    </message>
    <message>
        <source>Use this user interface language (e.g. de).</source>
        <translation>このユーザー インターフェイス言語を使います (例: de)。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Keep settings in this directory.</source>
        <translation>設定をこのディレクトリに保存します。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>ディレクトリ</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>想定外の引数「%1」。</translation>
    </message>
    <message>
        <source>Passdesk needs a graphical display, and none was found (DISPLAY is not set). Run it on a desktop, or without one as: xvfb-run -a passdesk --sandbox</source>
        <translation>Passdesk にはグラフィカルな画面が必要ですが、見つかりませんでした (DISPLAY が未設定)。デスクトップで実行するか、画面なしでは次のように実行してください: xvfb-run -a passdesk --sandbox</translation>
    </message>
    <message>
        <source>Start on this tenant (its display name or tenant name).</source>
        <translation>このテナントで起動します (表示名またはテナント名)。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Use either --tenant or --sandbox, not both.</source>
        <translation>--tenant と --sandbox はどちらか一方だけを使ってください。</translation>
    </message>
    <message>
        <source>--tenant needs the name of a tenant.</source>
        <translation>--tenant にはテナント名が必要です。</translation>
    </message>
    <message>
        <source>Sign in to the sandbox as this built-in client: admin, helpdesk, readonly, app (no user) or browser (sign in with the browser as a person of your choice).</source>
        <translation>この組み込みクライアントとしてサンドボックスにサインインします: admin、helpdesk、readonly、app（ユーザーなし）、browser（ブラウザーで任意の人物としてサインイン）。</translation>
    </message>
    <message>
        <source>Unknown sandbox client &quot;%1&quot;; use admin, helpdesk, readonly, app or browser.</source>
        <translation>不明なサンドボックスクライアント「%1」です。admin、helpdesk、readonly、app、browser のいずれかを使ってください。</translation>
    </message>
</context>
<context>
    <name>Passdesk::Tenant</name>
    <message>
        <source>Give the tenant a display name.</source>
        <translation>テナントに表示名を付けてください。</translation>
    </message>
    <message numerus="yes">
        <source>The display name must be at most %n characters, without control characters.</source>
        <translation>
            <numerusform>表示名は %n 文字以内で、制御文字を含めないでください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the client ID of the API client (or personal access token).</source>
        <translation>API クライアント (または個人用アクセス トークン) のクライアント ID を入力してください。</translation>
    </message>
    <message numerus="yes">
        <source>The client ID must be at most %n characters, without spaces or control characters.</source>
        <translation>
            <numerusform>クライアント ID は %n 文字以内で、空白や制御文字を含めないでください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The port must be a number from 1024 to 65535.</source>
        <translation>ポートは 1024 から 65535 までの数値にしてください。</translation>
    </message>
    <message>
        <source>Enter the client ID of the OAuth client the org admin registered for Passdesk.</source>
        <translation>組織管理者が Passdesk 用に登録した OAuth クライアントのクライアント ID を入力してください。</translation>
    </message>
</context>
<context>
    <name>Passdesk::TenantBar</name>
    <message>
        <source>No tenant open</source>
        <translation>テナントが開かれていません</translation>
    </message>
    <message>
        <source>API %1</source>
        <translation>API %1</translation>
    </message>
    <message>
        <source>Client %1</source>
        <translation>クライアント %1</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>サンドボックス</translation>
    </message>
    <message>
        <source>Test tenant</source>
        <translation>テスト テナント</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>本番</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>環境: %1</translation>
    </message>
    <message>
        <source>Pasted access token: expired or refused</source>
        <translation>貼り付けたアクセス トークン: 期限切れまたは拒否</translation>
    </message>
    <message>
        <source>Pasted access token, valid until %1</source>
        <translation>貼り付けたアクセス トークン (%1 まで有効)</translation>
    </message>
    <message>
        <source>Pasted access token</source>
        <translation>貼り付けたアクセス トークン</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>サインインしていません</translation>
    </message>
    <message>
        <source>Copy Tenant &amp;Address</source>
        <translation>テナントのアドレスをコピー(&amp;A)</translation>
    </message>
    <message>
        <source>Copy &amp;Client ID</source>
        <translation>クライアント ID をコピー(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Passdesk::TenantForm</name>
    <message>
        <source>API client or personal access token (client ID and secret)</source>
        <translation>API クライアント/個人用アクセス トークン (ID とシークレット)</translation>
    </message>
    <message>
        <source>Pasted access token (short sessions)</source>
        <translation>貼り付けたアクセス トークン (短いセッション向け)</translation>
    </message>
    <message>
        <source>API root: %1</source>
        <translation>API ルート: %1</translation>
    </message>
    <message>
        <source>A tenant name such as acme stands for https://acme.api.identitynow.com.</source>
        <translation>acme のようなテナント名は https://acme.api.identitynow.com を表します。</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>アクセス トークン(&amp;T):</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>クライアント シークレット(&amp;S):</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>アクセス トークン</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>クライアント シークレット</translation>
    </message>
    <message>
        <source>The system keychain cannot be used, so the secret is kept for this session only and Passdesk asks for it again next time. The keychain said: %1</source>
        <translation>システムのキーチェーンを使用できないため、シークレットはこのセッションの間だけ保持され、次回また入力を求めます。キーチェーンの応答: %1</translation>
    </message>
    <message>
        <source>Otherwise Passdesk keeps the secret for this session only and asks for it again next time</source>
        <translation>オフの場合、シークレットはこのセッションの間だけ保持され、次回また入力を求めます</translation>
    </message>
    <message>
        <source>Sign in with the browser (your own user level)</source>
        <translation>ブラウザーでサインイン（自分のユーザーレベル）</translation>
    </message>
    <message>
        <source>The org admin registers Passdesk as an OAuth client of the tenant with this redirect URI, exactly: %1</source>
        <translation>組織管理者は、このリダイレクト URI をそのまま使って Passdesk をテナントの OAuth クライアントとして登録します: %1</translation>
    </message>
    <message>
        <source>The client ID of the OAuth client the org admin registered for Passdesk</source>
        <translation>組織管理者が Passdesk 用に登録した OAuth クライアントのクライアント ID</translation>
    </message>
    <message>
        <source>The client ID of the API client or personal access token</source>
        <translation>API クライアントまたは個人用アクセス トークンのクライアント ID</translation>
    </message>
</context>
<context>
    <name>Passdesk::TenantSession</name>
    <message>
        <source>Sandbox tenant</source>
        <translation>サンドボックス テナント</translation>
    </message>
    <message>
        <source>The sandbox tenant is not available.</source>
        <translation>サンドボックス テナントを利用できません。</translation>
    </message>
    <message>
        <source>There is no such tenant.</source>
        <translation>そのテナントはありません。</translation>
    </message>
</context>
<context>
    <name>Passdesk::TenantSwitcher</name>
    <message>
        <source>sandbox</source>
        <translation>サンドボックス</translation>
    </message>
    <message>
        <source>production</source>
        <translation>本番</translation>
    </message>
    <message>
        <source>test tenant</source>
        <translation>テスト テナント</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>%1 に切り替え</translation>
    </message>
    <message>
        <source>Active tenant</source>
        <translation>使用中のテナント</translation>
    </message>
    <message>
        <source>Switch to another tenant (Ctrl+1 to Ctrl+9)</source>
        <translation>別のテナントに切り替えます (Ctrl+1～Ctrl+9)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>サインアウト(&amp;O)</translation>
    </message>
    <message>
        <source>Forget the access token and the looked-up callers of this tenant</source>
        <translation>このテナントのアクセス トークンと検索した発信者を破棄します</translation>
    </message>
    <message>
        <source>Switch to tenant %1 (none set up)</source>
        <translation>テナント %1 に切り替え（未設定）</translation>
    </message>
    <message>
        <source>Sandbox sign-&amp;in</source>
        <translation>サンドボックスへのサインイン(&amp;I)</translation>
    </message>
    <message>
        <source>With the &amp;browser, as one of the sandbox&apos;s people (org admin, helpdesk agent, plain user)</source>
        <translation>ブラウザーで、サンドボックスの人物として（組織管理者、ヘルプデスク担当者、一般ユーザー）(&amp;B)</translation>
    </message>
    <message>
        <source>As the sandbox&apos;s built-in &amp;client (the org admin&apos;s personal access token)</source>
        <translation>サンドボックスの組み込みクライアントで（組織管理者の個人用アクセス トークン）(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Passdesk::TenantsDialog</name>
    <message>
        <source>Production · locked read-only</source>
        <translation>本番 · 読み取り専用</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>本番</translation>
    </message>
    <message>
        <source>Test tenant · locked read-only</source>
        <translation>テスト · 読み取り専用</translation>
    </message>
    <message>
        <source>Test tenant</source>
        <translation>テスト テナント</translation>
    </message>
    <message>
        <source>%1 · in use</source>
        <translation>%1 · 使用中</translation>
    </message>
    <message>
        <source>&lt;p&gt;Your changes to &lt;b&gt;%1&lt;/b&gt; are not saved.&lt;/p&gt;&lt;p&gt;Save them, discard them, or keep editing?&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; への変更は保存されていません。&lt;/p&gt;&lt;p&gt;保存、破棄、編集の続行のどれにしますか?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>the new tenant</source>
        <translation>新しいテナント</translation>
    </message>
    <message>
        <source>Unsaved tenant changes</source>
        <translation>保存していないテナントの変更</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>変更を破棄(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>編集を続ける(&amp;K)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>Saved. The secret is kept for this session only.</source>
        <translation>保存しました。シークレットはこのセッションの間だけ保持されます。</translation>
    </message>
    <message>
        <source>&lt;p&gt;Remove &lt;b&gt;%1&lt;/b&gt; from Passdesk?&lt;/p&gt;&lt;p&gt;Its secret is deleted from the system keychain. Nothing changes on the tenant itself.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Passdesk から &lt;b&gt;%1&lt;/b&gt; を削除しますか?&lt;/p&gt;&lt;p&gt;そのシークレットはシステムのキーチェーンから削除されます。テナント自体は何も変わりません。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Your unsaved changes to it are lost.&lt;/p&gt;</source>
        <translation>&lt;p&gt;保存していない変更は失われます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Remove tenant?</source>
        <translation>テナントを削除しますか?</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>残す(&amp;K)</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 を削除しました。</translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation>保存していない変更があります。</translation>
    </message>
    <message>
        <source>New tenant</source>
        <translation>新しいテナント</translation>
    </message>
    <message>
        <source>New tenant: %1</source>
        <translation>新しいテナント: %1</translation>
    </message>
</context>
<context>
    <name>Passdesk::TokenAnswer</name>
    <message>
        <source>The token endpoint answered without an access token.</source>
        <translation>トークン エンドポイントがアクセス トークンなしで応答しました。</translation>
    </message>
    <message>
        <source>The token endpoint answered with an access token that has characters no access token has; Passdesk does not use it.</source>
        <translation>トークンエンドポイントが、アクセストークンには含まれない文字を含むアクセストークンを返しました。Passdesk はこれを使いません。</translation>
    </message>
    <message>
        <source>The token endpoint answered with a refresh token that has characters no refresh token has; Passdesk does not use it.</source>
        <translation>トークンエンドポイントが、リフレッシュトークンには含まれない文字を含むリフレッシュトークンを返しました。Passdesk はこれを使いません。</translation>
    </message>
</context>
<context>
    <name>Passdesk::TokenClaims</name>
    <message>
        <source>Org admin</source>
        <translation>組織管理者</translation>
    </message>
    <message>
        <source>Helpdesk</source>
        <translation>ヘルプデスク</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>%1 としてサインイン中（%2）</translation>
    </message>
    <message>
        <source>API client %1, no user</source>
        <translation>API クライアント %1（ユーザーなし）</translation>
    </message>
</context>
<context>
    <name>Passdesk::TokenDialog</name>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Generate digit token – %1</source>
        <translation>数字トークンの生成 – %1</translation>
    </message>
    <message>
        <source>Digit tokens are turned off for this tenant, so the server will refuse to generate one. An org admin can turn them on in the Password Org Config.</source>
        <translation>このテナントでは数字トークンが無効になっているため、サーバーは生成を拒否します。組織管理者がパスワード組織設定で有効にできます。</translation>
    </message>
    <message>
        <source>This connection uses API %1, which has no digit tokens. Use v2025, v2024, v2026, beta or the per-service v1 API.</source>
        <translation>この接続は数字トークンのない API %1 を使っています。v2025、v2024、v2026、beta、またはサービス別 v1 API を使ってください。</translation>
    </message>
    <message>
        <source>Verify the caller&apos;s identity first.</source>
        <translation>まず発信者の本人確認をしてください。</translation>
    </message>
    <message>
        <source>Generate digit token</source>
        <translation>数字トークンの生成</translation>
    </message>
    <message>
        <source>The server asked Passdesk to wait before the next request.</source>
        <translation>サーバーは次の要求まで待つよう Passdesk に求めました。</translation>
    </message>
</context>
<context>
    <name>Passdesk::TokenHistory</name>
    <message>
        <source>Live</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s), valid %1 minutes</source>
        <translation>
            <numerusform>%n 桁、有効期間 %1 分</numerusform>
        </translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>生成日時</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>要求 ID</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>not given by the server</source>
        <translation>サーバーから提供されていません</translation>
    </message>
</context>
<context>
    <name>Passdesk::TokenHistoryPanel</name>
    <message>
        <source>Save token history</source>
        <translation>トークン履歴の保存</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>The history could not be saved to %1: %2</source>
        <translation>履歴を %1 に保存できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>Passdesk::TokenView</name>
    <message numerus="yes">
        <source>%n digit(s), read out in groups</source>
        <translation>
            <numerusform>%n 桁 (区切って読み上げ)</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>ユーザー: %1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>要求 ID: %1</translation>
    </message>
    <message numerus="yes">
        <source>Length: %n digit(s)</source>
        <translation>
            <numerusform>長さ: %n 桁</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Valid for: %n minute(s)</source>
        <translation>
            <numerusform>有効期間: %n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>Generated: %1</source>
        <translation>生成日時: %1</translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation>有効期限: %1</translation>
    </message>
    <message>
        <source>This token expired at %1 and is hidden. Generate a new one if the caller still needs it.</source>
        <translation>このトークンは %1 に期限切れになったため非表示にしました。発信者がまだ必要な場合は新しく生成してください。</translation>
    </message>
    <message>
        <source>Expires in %1 (at %2).</source>
        <translation>あと %1 で期限切れ (%2)。</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>コピーしました。クリップボードは %n 秒後に消去されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared when Passdesk quits.</source>
        <translation>コピーしました。クリップボードは Passdesk の終了時に消去されます。</translation>
    </message>
    <message numerus="yes">
        <source>The server sent %n digit(s) although %1 were asked for. Check before reading it out.</source>
        <translation>
            <numerusform>%1 桁を要求しましたが、サーバーが送ってきたのは %n 桁です。読み上げる前に確認してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Request ID: not given by the server</source>
        <translation>要求 ID: サーバーから提供されていません</translation>
    </message>
</context>
<context>
    <name>SecretPromptDialog</name>
    <message>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Sign in to the tenant</source>
        <translation>テナントにサインイン</translation>
    </message>
    <message>
        <source>Why Passdesk asks</source>
        <translation>Passdesk が入力を求める理由</translation>
    </message>
    <message>
        <source>Problem with what was entered</source>
        <translation>入力内容の問題</translation>
    </message>
    <message>
        <source>&amp;Remember the secret in the system keychain</source>
        <translation>シークレットをシステムのキーチェーンに保存する(&amp;R)</translation>
    </message>
    <message>
        <source>Remember the secret in the system keychain</source>
        <translation>シークレットをシステムのキーチェーンに保存する</translation>
    </message>
    <message>
        <source>Where the secret is kept</source>
        <translation>シークレットの保存場所</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Passdesk settings</source>
        <translation>Passdesk の設定</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>User interface language</source>
        <translation>ユーザー インターフェイスの言語</translation>
    </message>
    <message>
        <source>Also the language Passdesk asks the server to answer in</source>
        <translation>Passdesk がサーバーに応答を求める言語にもなります</translation>
    </message>
    <message>
        <source>Helpdesk staff must confirm they &amp;verified the caller</source>
        <translation>ヘルプデスク担当者に発信者の本人確認を必須にする(&amp;V)</translation>
    </message>
    <message>
        <source>Require caller verification</source>
        <translation>発信者の本人確認を必須にする</translation>
    </message>
    <message>
        <source>Clear a copied &amp;token after:</source>
        <translation>コピーしたトークンを消去するまで(&amp;T):</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>when Passdesk quits</source>
        <translation>Passdesk の終了時</translation>
    </message>
    <message>
        <source>Seconds until a copied token is cleared</source>
        <translation>コピーしたトークンを消去するまでの秒数</translation>
    </message>
</context>
<context>
    <name>TenantBar</name>
    <message>
        <source>Active tenant</source>
        <translation>使用中のテナント</translation>
    </message>
    <message>
        <source>Tenant name</source>
        <translation>テナント名</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API アドレス</translation>
    </message>
    <message>
        <source>Sign-in state</source>
        <translation>サインインの状態</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API バージョン</translation>
    </message>
    <message>
        <source>API client</source>
        <translation>API クライアント</translation>
    </message>
    <message>
        <source>Keychain notice</source>
        <translation>キーチェーンに関する通知</translation>
    </message>
    <message>
        <source>Who Passdesk works as</source>
        <translation>Passdesk が誰として動作しているか</translation>
    </message>
</context>
<context>
    <name>TenantForm</name>
    <message>
        <source>Tenant settings</source>
        <translation>テナントの設定</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>表示名(&amp;D):</translation>
    </message>
    <message>
        <source>e.g. Acme production</source>
        <translation>例: Acme 本番</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>表示名</translation>
    </message>
    <message>
        <source>How the tenant is named in Passdesk&apos;s tool bar and window</source>
        <translation>Passdesk のツール バーとウィンドウでのテナントの名前</translation>
    </message>
    <message>
        <source>Tenant &amp;name or API URL:</source>
        <translation>テナント名または API URL(&amp;N):</translation>
    </message>
    <message>
        <source>acme or https://acme.api.identitynow.com</source>
        <translation>acme または https://acme.api.identitynow.com</translation>
    </message>
    <message>
        <source>Tenant name or API base URL</source>
        <translation>テナント名または API のベース URL</translation>
    </message>
    <message>
        <source>A tenant name such as acme, or the full https address of the tenant&apos;s API</source>
        <translation>acme のようなテナント名、またはテナントの API の完全な https アドレス</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>API バージョン(&amp;V):</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API バージョン</translation>
    </message>
    <message>
        <source>The version of the Identity Security Cloud API Passdesk speaks with this tenant</source>
        <translation>Passdesk がこのテナントと通信するときの Identity Security Cloud API のバージョン</translation>
    </message>
    <message>
        <source>Sign in &amp;with:</source>
        <translation>サインイン方法(&amp;W):</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation>認証方法</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>クライアント ID(&amp;C):</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>クライアント ID</translation>
    </message>
    <message>
        <source>The client ID of the API client or personal access token</source>
        <translation>API クライアントまたは個人用アクセス トークンのクライアント ID</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>クライアント シークレット(&amp;S):</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>クライアント シークレット</translation>
    </message>
    <message>
        <source>&amp;Remember the secret in the system keychain</source>
        <translation>シークレットをシステムのキーチェーンに保存する(&amp;R)</translation>
    </message>
    <message>
        <source>Remember the secret in the system keychain</source>
        <translation>シークレットをシステムのキーチェーンに保存する</translation>
    </message>
    <message>
        <source>Otherwise Passdesk keeps the secret for this session only and asks for it again next time</source>
        <translation>オフの場合、シークレットはこのセッションの間だけ保持され、次回また入力を求めます</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>環境:</translation>
    </message>
    <message>
        <source>&amp;Production</source>
        <translation>本番(&amp;P)</translation>
    </message>
    <message>
        <source>Production tenant</source>
        <translation>本番テナント</translation>
    </message>
    <message>
        <source>Shown in red; new production tenants start locked read-only</source>
        <translation>赤で表示されます。新しい本番テナントは読み取り専用にロックされた状態で始まります</translation>
    </message>
    <message>
        <source>&amp;Test tenant</source>
        <translation>テスト テナント(&amp;T)</translation>
    </message>
    <message>
        <source>Test tenant</source>
        <translation>テスト テナント</translation>
    </message>
    <message>
        <source>A sandbox or development tenant where changes do no harm</source>
        <translation>変更しても害のないサンドボックスまたは開発用のテナント</translation>
    </message>
    <message>
        <source>&amp;Locked read-only</source>
        <translation>読み取り専用にロック(&amp;L)</translation>
    </message>
    <message>
        <source>Locked read-only</source>
        <translation>読み取り専用にロック</translation>
    </message>
    <message>
        <source>While locked, Passdesk sends no config changes to this tenant, whatever the client may do</source>
        <translation>ロック中は、クライアントの権限にかかわらず Passdesk はこのテナントに設定の変更を送信しません</translation>
    </message>
    <message>
        <source>Passdesk sends no config changes to a locked tenant, whatever the client may do. New production tenants start locked.</source>
        <translation>ロックされたテナントには、クライアントの権限にかかわらず Passdesk は設定の変更を送信しません。新しい本番テナントはロックされた状態で始まります。</translation>
    </message>
    <message>
        <source>Redirect &amp;port:</source>
        <translation>リダイレクトポート(&amp;P):</translation>
    </message>
    <message>
        <source>Redirect port</source>
        <translation>リダイレクトポート</translation>
    </message>
    <message>
        <source>The port on this computer where the browser brings you back after signing in</source>
        <translation>サインイン後にブラウザーが戻ってくる、このコンピューターのポート</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>コピー(&amp;Y)</translation>
    </message>
    <message>
        <source>Copy the redirect URI</source>
        <translation>リダイレクト URI をコピー</translation>
    </message>
</context>
<context>
    <name>TenantsDialog</name>
    <message>
        <source>Tenants</source>
        <translation>テナント</translation>
    </message>
    <message>
        <source>&amp;Tenants:</source>
        <translation>テナント(&amp;T):</translation>
    </message>
    <message>
        <source>Stored tenants</source>
        <translation>保存済みのテナント</translation>
    </message>
    <message>
        <source>Each entry says whether the tenant is production or a test tenant and whether it is locked</source>
        <translation>各項目には、テナントが本番かテストか、ロックされているかが示されます</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>Add a tenant</source>
        <translation>テナントを追加</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>削除(&amp;R)…</translation>
    </message>
    <message>
        <source>Remove the selected tenant</source>
        <translation>選択したテナントを削除</translation>
    </message>
    <message>
        <source>Asks first; the tenant&apos;s secret is deleted from the keychain as well</source>
        <translation>先に確認します。テナントのシークレットもキーチェーンから削除されます</translation>
    </message>
    <message>
        <source>The built-in sandbox tenant is not listed here: it is always available from the tool bar.</source>
        <translation>組み込みのサンドボックス テナントはここには表示されません。ツール バーからいつでも使えます。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the tenant</source>
        <translation>テナントを保存</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Close the tenants dialog</source>
        <translation>テナント ダイアログを閉じる</translation>
    </message>
</context>
<context>
    <name>TokenDialog</name>
    <message>
        <source>Generate digit token</source>
        <translation>数字トークンの生成</translation>
    </message>
    <message>
        <source>Token and history</source>
        <translation>トークンと履歴</translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation>トークン(&amp;T)</translation>
    </message>
    <message>
        <source>Digit tokens disabled</source>
        <translation>数字トークン無効</translation>
    </message>
    <message>
        <source>API version note</source>
        <translation>API バージョンに関する注意</translation>
    </message>
    <message>
        <source>Caller&apos;s &amp;user:</source>
        <translation>発信者のユーザー(&amp;U):</translation>
    </message>
    <message>
        <source>Type a name, email or uid</source>
        <translation>名前、メール、または uid を入力</translation>
    </message>
    <message>
        <source>Caller&apos;s user</source>
        <translation>発信者のユーザー</translation>
    </message>
    <message>
        <source>Type a name, email or uid and pick the person from the list</source>
        <translation>名前、メール、または uid を入力し、一覧から人を選んでください</translation>
    </message>
    <message>
        <source>Picked identity</source>
        <translation>選択したアイデンティティ</translation>
    </message>
    <message>
        <source>User problem</source>
        <translation>ユーザーの問題</translation>
    </message>
    <message>
        <source>Token &amp;length:</source>
        <translation>トークンの長さ(&amp;L):</translation>
    </message>
    <message>
        <source> digits</source>
        <translation> 桁</translation>
    </message>
    <message>
        <source>Token length in digits</source>
        <translation>トークンの長さ (桁)</translation>
    </message>
    <message>
        <source>From 6 to 18 digits</source>
        <translation>6 ～ 18 桁</translation>
    </message>
    <message>
        <source>Length problem</source>
        <translation>長さの問題</translation>
    </message>
    <message>
        <source>Valid &amp;for:</source>
        <translation>有効期間(&amp;F):</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Token lifetime in minutes</source>
        <translation>トークンの有効期間 (分)</translation>
    </message>
    <message>
        <source>From 1 to 60 minutes</source>
        <translation>1 ～ 60 分</translation>
    </message>
    <message>
        <source>I have &amp;verified the caller&apos;s identity</source>
        <translation>発信者の本人確認を行いました(&amp;V)</translation>
    </message>
    <message>
        <source>Caller identity verified</source>
        <translation>発信者の本人確認済み</translation>
    </message>
    <message>
        <source>Required before a token can be generated</source>
        <translation>トークンを生成する前に必要です</translation>
    </message>
    <message>
        <source>Generating the token</source>
        <translation>トークンを生成しています</translation>
    </message>
    <message>
        <source>Ca&amp;ncel request</source>
        <translation>要求を取り消す(&amp;N)</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>要求を取り消す</translation>
    </message>
    <message>
        <source>&amp;Generate token</source>
        <translation>トークンを生成(&amp;G)</translation>
    </message>
    <message>
        <source>Generate token</source>
        <translation>トークンを生成</translation>
    </message>
    <message>
        <source>Session &amp;history</source>
        <translation>セッション履歴(&amp;H)</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>Lifetime problem</source>
        <translation>有効期間の問題</translation>
    </message>
    <message>
        <source>Session history</source>
        <translation>セッション履歴</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>ダイアログのボタン</translation>
    </message>
</context>
<context>
    <name>TokenHistoryPanel</name>
    <message>
        <source>Tokens generated in this session. The digits are never kept.</source>
        <translation>このセッションで生成したトークンです。数字は保存されません。</translation>
    </message>
    <message>
        <source>About the history</source>
        <translation>履歴について</translation>
    </message>
    <message>
        <source>Tokens generated in this session</source>
        <translation>このセッションで生成したトークン</translation>
    </message>
    <message>
        <source>Cop&amp;y as text</source>
        <translation>テキストとしてコピー(&amp;Y)</translation>
    </message>
    <message>
        <source>Copy history as text</source>
        <translation>履歴をテキストとしてコピー</translation>
    </message>
    <message>
        <source>&amp;Save as CSV…</source>
        <translation>CSV として保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Save history as CSV</source>
        <translation>履歴を CSV として保存</translation>
    </message>
</context>
<context>
    <name>TokenView</name>
    <message>
        <source>Token to read out</source>
        <translation>読み上げるトークン</translation>
    </message>
    <message>
        <source>The server sent this token as a number; Passdesk restored its leading zeros.</source>
        <translation>サーバーがこのトークンを数値として送ったため、Passdesk が先頭のゼロを復元しました。</translation>
    </message>
    <message>
        <source>Token repaired note</source>
        <translation>トークン修復の注意</translation>
    </message>
    <message>
        <source>Clipboard status</source>
        <translation>クリップボードの状態</translation>
    </message>
    <message>
        <source>Token expiry</source>
        <translation>トークンの有効期限</translation>
    </message>
    <message>
        <source>Token details</source>
        <translation>トークンの詳細</translation>
    </message>
    <message>
        <source>Copy &amp;details</source>
        <translation>詳細をコピー(&amp;D)</translation>
    </message>
    <message>
        <source>Copy token details for the ticket</source>
        <translation>チケット用にトークンの詳細をコピー</translation>
    </message>
    <message>
        <source>C&amp;opy token</source>
        <translation>トークンをコピー(&amp;O)</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>トークンをコピー</translation>
    </message>
    <message>
        <source>Token length warning</source>
        <translation>トークン桁数の警告</translation>
    </message>
</context>
</TS>
