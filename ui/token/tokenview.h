#pragma once

#include "core/model/digittoken.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

namespace Ui {
class TokenView;
}

class QLabel;
class QTimer;

namespace Passdesk {

class AppSettings;
class SecretClipboard;
class TokenHistory;

// The token side of the digit token dialog: shows one token for reading aloud, counts down to
// its expiry, copies it as a secret, records it in the session history (never the digits), and
// wipes the digits when they are no longer shown. Hidden until the first token arrives.
class TokenView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenView)

public:
    // The details lines do not wrap: the user and the server's request ID are cut to this many
    // characters there (Copy details has them whole).
    static constexpr int maxDetailLength = 64;

    explicit TokenView(QWidget *parent = nullptr);
    ~TokenView() override; // wipes the digits

    // Called once before the first token. The clipboard helper may outlive this view.
    void attach(AppSettings *settings, TokenHistory *history, SecretClipboard *clipboard);
    void setClock(std::function<QDateTime()> now);

    void showToken(const DigitToken &token, const QString &userId, int length, int duration);
    // Our copy of the digits goes at once; the label keeps them until the next answer replaces
    // them (one paint, not two) or hideToken() clears them.
    void wipeSecretKeepShown();
    // Clears the digits and the details and hides the view.
    void hideToken();
    bool hasToken() const { return !m_digits.isEmpty(); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void renderDetails();
    // The details as shown (user and request ID isolated and cut) or whole, for a ticket.
    QStringList detailLines(bool shown) const;
    void tick();
    void setExpiryWraps(bool wraps);
    static void holdSize(QLabel *label);
    static void releaseSize(QLabel *label);
    void refitHeldLines();
    void wipeSecret(); // overwrites m_digits and stops the countdown; the label keeps its text
    void wipeDigits(); // wipeSecret() and clears the label
    void expire();
    void copyToken();
    void copyDetails();

    std::unique_ptr<Ui::TokenView> m_ui;
    AppSettings *m_settings = nullptr;
    TokenHistory *m_history = nullptr;
    // The main window owns it and may delete it first (its children go in order of making).
    QPointer<SecretClipboard> m_clipboard;
    QTimer *m_countdown;
    std::function<QDateTime()> m_now;

    // What the view shows. Everything but m_digits may go into the ticket.
    QString m_digits; // the shown token; wiped when hidden
    QString m_tokenUser;
    QString m_requestId;
    int m_tokenLength = 0;
    int m_askedLength = 0; // 0: the request did not say
    int m_tokenDuration = 0;
    QDateTime m_generatedAt;
    QDateTime m_expiresAt;
    bool m_expired = false;
};

} // namespace Passdesk
