#pragma once

#include "busyindicator.h"
#include "core/model/digittoken.h"
#include "core/model/orgconfig.h"

#include <QDateTime>
#include <QDialog>
#include <QPointer>
#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class TokenDialog;
}

class QLabel;
class QTimer;

namespace Passdesk {

class ApiClient;
class AppSettings;
class CallerDetails;
class DigitTokenReply;
class ErrorView;
class IdentityLookup;
class SecretClipboard;
class TokenHistory;
class TokenView;
struct ApiError;

// From "who is calling?" to a digit token read out: find the user, check the caller was
// verified, generate one token, show it for reading aloud until it expires, and leave no
// secret behind (the clipboard copy clears itself, the digits are wiped when hidden).
class TokenDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenDialog)

public:
    static constexpr int busyDelayMs = busyIndicatorDelayMs;

    TokenDialog(
        ApiClient *client, AppSettings *settings, TokenHistory *history, QWidget *parent = nullptr);
    ~TokenDialog() override;

    void setOrgConfig(const std::optional<OrgConfig> &config);
    void setClock(std::function<QDateTime()> now);
    // How long an answer may take before the busy state shows (busyDelayMs unless changed;
    // profiling under valgrind, where every answer is slow, raises it).
    void setBusyDelay(int milliseconds);
    void setUiLanguages(const QStringList &languages);
    void setTenantName(const QString &tenant);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void done(int result) override;

private:
    void setUpLook();
    void generate();
    void cancelRequest();
    void onGenerated(DigitTokenReply *reply);
    void showFieldErrors(const ApiError &error, const QString &userId);
    void clearFieldErrors();
    void updateState();
    void updateBanners();

    std::unique_ptr<Ui::TokenDialog> m_ui;
    ApiClient *m_client;
    AppSettings *m_settings;
    TokenHistory *m_history;
    ErrorView *m_errorView;
    IdentityLookup *m_lookup;
    CallerDetails *m_callerDetails = nullptr; // who the caller is, under the user field
    SecretClipboard *m_clipboard;
    TokenView *m_tokenView = nullptr;
    QTimer *m_busyDelay; // shows the busy state only when an answer is slow
    QTimer *m_tokenRenewal; // while open: the access token is renewed before a click needs it
    std::optional<OrgConfig> m_orgConfig;
    QPointer<DigitTokenReply> m_pending;
    QString m_tenant;
    QStringList m_uiLanguages;
};

} // namespace Passdesk
