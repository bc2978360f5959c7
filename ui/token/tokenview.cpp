// The token side of the dialog: show it for reading aloud, count down to expiry, copy it as a
// secret, and wipe it when it is no longer shown.

#include "appsettings.h"
#include "secretclipboard.h"
#include "tokendialog.h"
#include "tokenhistory.h"
#include "ui_tokendialog.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLocale>
#include <QTimer>

namespace Passdesk {

void TokenDialog::showToken(const DigitToken &token, const QString &userId, int length, int duration)
{
    const QDateTime generatedAt = m_now();
    m_digits = token.digits;
    m_expiresAt = generatedAt.addSecs(qint64(duration) * 60);
    m_history->add({generatedAt, userId, token.requestId, length, duration, m_expiresAt});

    m_ui->tokenDigitsLabel->setText(groupDigitsForReading(m_digits));
    m_ui->tokenDigitsLabel->setAccessibleDescription(tr("%n digit(s)", nullptr, int(m_digits.size())));
    m_ui->tokenRepairedLabel->setVisible(token.repaired);
    const QLocale locale;
    m_detailsText = tr("User: %1\nRequest ID: %2\nLength: %n digit(s)\nValid for: %3 minutes\nGenerated: %4\nExpires: %5",
                       nullptr, length)
                        .arg(userId, token.requestId)
                        .arg(duration)
                        .arg(locale.toString(generatedAt.toLocalTime(), QLocale::LongFormat),
                             locale.toString(m_expiresAt.toLocalTime(), QLocale::LongFormat));
    m_ui->tokenDetailsLabel->setText(m_detailsText);
    m_ui->tokenCopyButton->setEnabled(true);
    m_ui->tokenGroupBox->show();
    m_ui->tokenDigitsLabel->setFocus(); // Ctrl+C copies it straight away
    m_countdown->start();
    tick();
}

void TokenDialog::tick()
{
    if (m_digits.isEmpty()) {
        m_countdown->stop();
        return;
    }
    const qint64 left = m_now().secsTo(m_expiresAt);
    m_history->refreshStatus();
    if (left <= 0) {
        hideToken(true);
        return;
    }
    const QString remaining = QStringLiteral("%1:%2").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0'));
    m_ui->tokenExpiryLabel->setText(tr("Expires in %1 (at %2).")
                                        .arg(remaining, QLocale().toString(m_expiresAt.toLocalTime().time(), QLocale::ShortFormat)));
}

void TokenDialog::hideToken(bool expired)
{
    m_countdown->stop();
    // Overwrite our copies of the secret, not just drop them.
    m_digits.fill(QLatin1Char('0'));
    m_digits.clear();
    m_ui->tokenDigitsLabel->setText(expired ? tr("Expired") : QString());
    m_ui->tokenCopyButton->setEnabled(false);
    if (expired) {
        m_ui->tokenExpiryLabel->setText(
            tr("This token expired at %1 and is hidden. Generate a new one if the caller still needs it.")
                .arg(QLocale().toString(m_expiresAt.toLocalTime().time(), QLocale::ShortFormat)));
        m_history->refreshStatus();
    } else {
        m_ui->tokenGroupBox->hide();
    }
}

void TokenDialog::copyToken()
{
    if (m_digits.isEmpty())
        return;
    m_clipboard->copy(m_digits, m_settings->clipboardClearSeconds());
    const int seconds = m_settings->clipboardClearSeconds();
    m_ui->tokenExpiryLabel->setToolTip(seconds > 0 ? tr("Copied. The clipboard is cleared in %n second(s).", nullptr, seconds)
                                                   : tr("Copied. The clipboard is cleared when Passdesk quits."));
}

void TokenDialog::copyDetails()
{
    QGuiApplication::clipboard()->setText(m_detailsText);
}

} // namespace Passdesk
