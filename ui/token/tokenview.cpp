#include "tokenview.h"

#include "core/model/displaytext.h"
#include "core/settings/appsettings.h"
#include "passdeskcolours.h"
#include "secretclipboard.h"
#include "tokenhistory.h"
#include "ui_tokenview.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLocale>
#include <QShortcut>
#include <QTimer>
#include <algorithm>

namespace Passdesk {

TokenView::TokenView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TokenView>())
    , m_countdown(new QTimer(this))
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    m_ui->setupUi(this);
    // The user's uid and the server's request ID are shown here: no label reads markup.
    for (QLabel *label : findChildren<QLabel *>())
        label->setTextFormat(Qt::PlainText);
    setTextColour(m_ui->tokenRepairedLabel, attentionTextColour());
    setTextColour(m_ui->tokenLengthWarningLabel, errorTextColour());
    // What a click repaints, kept small. The lines that change with each token and each second
    // paint over the card themselves, so the card is not painted again under them.
    for (QWidget *changing : std::initializer_list<QWidget *> { m_ui->tokenExpiryLabel,
             m_ui->tokenDetailsLabel, m_ui->tokenCopyStatusLabel, m_ui->tokenRepairedLabel,
             m_ui->tokenLengthWarningLabel })
        changing->setAutoFillBackground(true); // in the card's colour
    m_ui->tokenCopyButton->setAutoDefault(false);
    m_ui->tokenDetailsCopyButton->setAutoDefault(false);
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &TokenView::tick);
    connect(m_ui->tokenCopyButton, &QPushButton::clicked, this, &TokenView::copyToken);
    connect(m_ui->tokenDetailsCopyButton, &QPushButton::clicked, this, &TokenView::copyDetails);
    auto *copyShortcut = new QShortcut(QKeySequence::Copy, m_ui->tokenDigitsLabel, this,
        &TokenView::copyToken, Qt::WidgetShortcut);
    copyShortcut->setObjectName(QStringLiteral("tokenCopyShortcut"));
    m_ui->tokenCopyStatusLabel->hide();
    m_ui->tokenLengthWarningLabel->hide();
    hide();
}

TokenView::~TokenView()
{
    if (m_clipboard)
        disconnect(m_clipboard, nullptr, this, nullptr);
    wipeSecret();
}

void TokenView::attach(AppSettings *settings, TokenHistory *history, SecretClipboard *clipboard)
{
    m_settings = settings;
    m_history = history;
    m_clipboard = clipboard;
    connect(m_clipboard, &SecretClipboard::cleared, this,
        [this] { m_ui->tokenCopyStatusLabel->hide(); });
}

void TokenView::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
}

void TokenView::showToken(
    const DigitToken &token, const QString &userId, int length, int duration)
{
    m_generatedAt = m_now();
    m_expiresAt = m_generatedAt.addSecs(qint64(duration) * 60);
    m_digits = token.digits;
    m_tokenUser = userId;
    m_requestId = token.requestId;
    m_tokenLength = int(token.digits.size()) > 0 ? int(token.digits.size()) : length;
    m_askedLength = token.lengthDiffers() ? *token.askedLength : 0;
    m_tokenDuration = duration;
    m_expired = false;
    m_history->add(
        { m_generatedAt, userId, token.requestId, m_tokenLength, duration, m_expiresAt });

    // The label's size does not depend on the token, so the box keeps its size while the next
    // token is fetched and a new token repaints the digits only.
    m_ui->tokenDigitsLabel->showText(groupDigitsForReading(m_digits));
    // Only when zeros were put back: a number of the asked length or longer lost none.
    m_ui->tokenRepairedLabel->setVisible(token.restoredZeros > 0);
    m_ui->tokenLengthWarningLabel->setVisible(m_askedLength > 0);
    m_ui->tokenCopyButton->setEnabled(true);
    m_ui->tokenDetailsCopyButton->setEnabled(true);
    show();
    m_countdown->start();
    renderDetails(); // and the countdown line
    m_ui->tokenDigitsLabel->setFocus(); // Ctrl+C copies it straight away
}

void TokenView::holdSize(QLabel *label)
{
    // A line that changes with every token or every second keeps a fixed size that only grows:
    // Qt lays nothing out when a fixed-size widget's text changes, so only the line repaints.
    const bool held = label->minimumSize() == label->maximumSize();
    const QSize hint = label->sizeHint();
    const QSize target(std::max(hint.width(), held ? label->minimumWidth() : 0), hint.height());
    if (!held || target != label->minimumSize())
        label->setFixedSize(target);
}

void TokenView::releaseSize(QLabel *label)
{
    label->setMinimumSize(0, 0);
    label->setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
}

void TokenView::refitHeldLines()
{
    for (QLabel *held :
        std::initializer_list<QLabel *> { m_ui->tokenDetailsLabel, m_ui->tokenExpiryLabel }) {
        if (held->minimumSize() == held->maximumSize()) {
            releaseSize(held);
            holdSize(held);
        }
    }
}

QStringList TokenView::detailLines(bool shown) const
{
    // ISO-like times with the zone: they go into tickets, read by people in other places.
    const auto stamp = [](const QDateTime &time) {
        return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t"));
    };
    return {
        tr("User: %1").arg(shown ? DisplayText::unbrokenField(m_tokenUser, maxDetailLength) : m_tokenUser),
        m_requestId.isEmpty()
            ? tr("Request ID: not given by the server")
            : tr("Request ID: %1")
                  .arg(shown ? DisplayText::unbrokenField(m_requestId, maxDetailLength) : m_requestId),
        tr("Length: %n digit(s)", nullptr, m_tokenLength),
        tr("Valid for: %n minute(s)", nullptr, m_tokenDuration),
        tr("Generated: %1").arg(stamp(m_generatedAt)),
        tr("Expires: %1").arg(stamp(m_expiresAt)),
    };
}

// Texts that depend on the UI language; re-rendered on LanguageChange.
void TokenView::renderDetails()
{
    if (m_requestId.isEmpty() && m_tokenUser.isEmpty())
        return;
    m_ui->tokenDigitsLabel->setAccessibleDescription(m_digits.isEmpty()
            ? QString()
            : tr("%n digit(s), read out in groups", nullptr, m_tokenLength));
    if (m_expired)
        m_ui->tokenDigitsLabel->showText(tr("Expired"));
    if (m_askedLength > 0)
        m_ui->tokenLengthWarningLabel->setText(
            tr("The server sent %n digit(s) although %1 were asked for. Check before reading it "
               "out.", nullptr, m_tokenLength)
                .arg(m_askedLength));
    m_ui->tokenDetailsLabel->setText(detailLines(true).join(QLatin1Char('\n')));
    holdSize(m_ui->tokenDetailsLabel);
    const QLocale locale;
    if (m_expired) {
        setExpiryWraps(true); // a sentence that may need two lines
        m_ui->tokenExpiryLabel->setText(
            tr("This token expired at %1 and is hidden. Generate a new one if the caller still "
               "needs it.")
                .arg(locale.toString(m_expiresAt.toLocalTime().time(), QLocale::ShortFormat)));
    } else {
        tick();
    }
}

void TokenView::setExpiryWraps(bool wraps)
{
    // The countdown is one short line that changes every second and with each token: unwrapped,
    // so a change lays out one line (a word-wrapped label lays its text out for its minimum
    // size and for each height-for-width question). Only the expiry sentence wraps.
    if (m_ui->tokenExpiryLabel->wordWrap() == wraps)
        return;
    m_ui->tokenExpiryLabel->setWordWrap(wraps);
    if (wraps)
        releaseSize(m_ui->tokenExpiryLabel); // its height follows the width again
}

void TokenView::tick()
{
    if (m_digits.isEmpty()) {
        m_countdown->stop();
        return;
    }
    const qint64 left = m_now().secsTo(m_expiresAt);
    m_history->refreshStatus();
    if (left <= 0) {
        expire();
        return;
    }
    const QString remaining
        = QStringLiteral("%1:%2").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0'));
    setExpiryWraps(false);
    m_ui->tokenExpiryLabel->setText(
        tr("Expires in %1 (at %2).")
            .arg(remaining,
                QLocale().toString(m_expiresAt.toLocalTime().time(), QLocale::ShortFormat)));
    holdSize(m_ui->tokenExpiryLabel);
}

void TokenView::wipeSecret()
{
    m_countdown->stop();
    // Overwrite our copy of the secret, not just drop it.
    m_digits.fill(QLatin1Char('0'));
    m_digits.clear();
}

void TokenView::wipeDigits()
{
    wipeSecret();
    m_ui->tokenDigitsLabel->showText(QString()); // its accessible name (the digits) goes too
    m_ui->tokenDigitsLabel->setAccessibleDescription(QString());
}

void TokenView::wipeSecretKeepShown()
{
    m_ui->tokenCopyStatusLabel->hide();
    wipeSecret();
}

void TokenView::expire()
{
    wipeDigits();
    m_ui->tokenCopyButton->setEnabled(false);
    m_expired = true;
    renderDetails();
    m_history->refreshStatus();
}

void TokenView::hideToken()
{
    wipeDigits();
    m_ui->tokenCopyButton->setEnabled(false);
    m_tokenUser.clear();
    m_requestId.clear();
    m_askedLength = 0;
    m_ui->tokenLengthWarningLabel->hide();
    m_ui->tokenDetailsLabel->clear();
    hide();
}

void TokenView::copyToken()
{
    if (m_digits.isEmpty())
        return;
    const int seconds = m_settings->clipboardClearSeconds();
    m_clipboard->copy(m_digits, seconds);
    m_ui->tokenCopyStatusLabel->setText(seconds > 0
            ? tr("Copied. The clipboard is cleared in %n second(s).", nullptr, seconds)
            : tr("Copied. The clipboard is cleared when Passdesk quits."));
    m_ui->tokenCopyStatusLabel->show();
}

void TokenView::copyDetails()
{
    // The ticket gets everything but the digits, the user and the request ID whole.
    QGuiApplication::clipboard()->setText(m_ui->tokenDetailsLabel->text().isEmpty()
            ? QString()
            : detailLines(false).join(QLatin1Char('\n')));
}

void TokenView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        if (hasToken()) // retranslateUi does not touch it, but be sure the digits survive
            m_ui->tokenDigitsLabel->showText(groupDigitsForReading(m_digits));
        renderDetails();
        refitHeldLines(); // the new words may be shorter
    }
    QWidget::changeEvent(event);
}

} // namespace Passdesk
