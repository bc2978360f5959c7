// The token side of the dialog: show it for reading aloud, count down to expiry, copy it as a
// secret, wipe it when it is no longer shown, and keep the history of tokens readable.

#include "core/settings/appsettings.h"
#include "passdeskcolours.h"
#include "secretclipboard.h"
#include "tokendialog.h"
#include "tokenhistory.h"
#include "ui_tokendialog.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLocale>
#include <QTableView>
#include <QTimer>
#include <algorithm>

namespace Passdesk {

void TokenDialog::setUpLook()
{
    for (PanelLabel *banner : { m_ui->digitTokensDisabledLabel, m_ui->unsupportedVersionLabel }) {
        banner->setPanelStyle(warningNoticeStyle());
        banner->setPadding(6, 6);
    }
    for (QLabel *error :
        { m_ui->userIdErrorLabel, m_ui->tokenLengthErrorLabel, m_ui->tokenDurationErrorLabel })
        setTextColour(error, errorTextColour());
    setTextColour(m_ui->tokenRepairedLabel, attentionTextColour());
    // What a click repaints, kept small. The lines that change with each token and each second
    // paint over the card themselves, and the page paints its own background, so neither the
    // card nor the tab frame and the dialog are painted again under them.
    for (QWidget *changing : std::initializer_list<QWidget *> { m_ui->tokenExpiryLabel,
             m_ui->tokenDetailsLabel, m_ui->tokenCopyStatusLabel, m_ui->tokenRepairedLabel })
        changing->setAutoFillBackground(true); // in the card's colour
    m_ui->generateTab->setAutoFillBackground(true);
    // A click on Generate leaves the keyboard focus where it is (Tab still reaches the button and
    // Enter presses it from any field): the token takes the focus when it arrives, and moving it
    // to the button and back repainted both with every click.
    m_ui->generateButton->setFocusPolicy(Qt::TabFocus);
}

void TokenDialog::showToken(
    const DigitToken &token, const QString &userId, int length, int duration)
{
    m_generatedAt = m_now();
    m_expiresAt = m_generatedAt.addSecs(qint64(duration) * 60);
    m_digits = token.digits;
    m_tokenUser = userId;
    m_requestId = token.requestId;
    m_tokenLength = int(token.digits.size()) > 0 ? int(token.digits.size()) : length;
    m_tokenDuration = duration;
    m_expired = false;
    m_history->add(
        { m_generatedAt, userId, token.requestId, m_tokenLength, duration, m_expiresAt });

    // The label's size does not depend on the token, so the box keeps its size while the next
    // token is fetched and a new token repaints the digits only.
    m_ui->tokenDigitsLabel->showText(groupDigitsForReading(m_digits));
    m_ui->tokenRepairedLabel->setVisible(token.repaired);
    m_ui->tokenCopyButton->setEnabled(true);
    m_ui->tokenDetailsCopyButton->setEnabled(true);
    const bool boxWasShown
        = m_ui->tokenGroupBox->isVisible(); // the last token's, kept during the request
    m_ui->tokenGroupBox->show();
    m_countdown->start();
    renderDetails(); // and the countdown line
    // Grow to show every line of the token view; never shrink what the agent sized. When the
    // box was shown already the dialog has grown for it, and the layout's minimum size keeps
    // every line in view, so this full layout pass is needed only the first time.
    if (!boxWasShown) {
        layout()->activate();
        resize(size().expandedTo(sizeHint()));
    }
    m_ui->tokenDigitsLabel->setFocus(); // Ctrl+C copies it straight away
}

void TokenDialog::holdSize(QLabel *label)
{
    // A line that changes with every token or every second keeps a fixed size that only grows:
    // Qt lays nothing out when a fixed-size widget's text changes, so only the line repaints.
    const bool held = label->minimumSize() == label->maximumSize();
    const QSize hint = label->sizeHint();
    const QSize target(std::max(hint.width(), held ? label->minimumWidth() : 0), hint.height());
    if (!held || target != label->minimumSize())
        label->setFixedSize(target);
}

void TokenDialog::releaseSize(QLabel *label)
{
    label->setMinimumSize(0, 0);
    label->setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
}

void TokenDialog::refitHeldLines()
{
    for (QLabel *held :
        std::initializer_list<QLabel *> { m_ui->tokenDetailsLabel, m_ui->tokenExpiryLabel }) {
        if (held->minimumSize() == held->maximumSize()) {
            releaseSize(held);
            holdSize(held);
        }
    }
}

// Texts that depend on the UI language; re-rendered on LanguageChange.
void TokenDialog::renderDetails()
{
    if (m_requestId.isEmpty() && m_tokenUser.isEmpty())
        return;
    m_ui->tokenDigitsLabel->setAccessibleDescription(m_digits.isEmpty()
            ? QString()
            : tr("%n digit(s), read out in groups", nullptr, m_tokenLength));
    if (m_expired)
        m_ui->tokenDigitsLabel->showText(tr("Expired"));
    // ISO-like times with the zone: they go into tickets, read by people in other places.
    const auto stamp = [](const QDateTime &time) {
        return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t"));
    };
    const QLocale locale;
    const QStringList lines {
        tr("User: %1").arg(m_tokenUser),
        tr("Request ID: %1").arg(m_requestId),
        tr("Length: %n digit(s)", nullptr, m_tokenLength),
        tr("Valid for: %n minute(s)", nullptr, m_tokenDuration),
        tr("Generated: %1").arg(stamp(m_generatedAt)),
        tr("Expires: %1").arg(stamp(m_expiresAt)),
    };
    m_ui->tokenDetailsLabel->setText(lines.join(QLatin1Char('\n')));
    holdSize(m_ui->tokenDetailsLabel);
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

void TokenDialog::setExpiryWraps(bool wraps)
{
    // The countdown is one short line that changes every second and with each token; as a
    // word-wrapped label each change cost three text layouts for its minimum size, and every
    // layout pass a height-for-width one.
    if (m_ui->tokenExpiryLabel->wordWrap() == wraps)
        return;
    m_ui->tokenExpiryLabel->setWordWrap(wraps);
    if (wraps)
        releaseSize(m_ui->tokenExpiryLabel); // its height follows the width again
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
    const QString remaining
        = QStringLiteral("%1:%2").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0'));
    setExpiryWraps(false);
    m_ui->tokenExpiryLabel->setText(
        tr("Expires in %1 (at %2).")
            .arg(remaining,
                QLocale().toString(m_expiresAt.toLocalTime().time(), QLocale::ShortFormat)));
    holdSize(m_ui->tokenExpiryLabel);
}

void TokenDialog::wipeSecret()
{
    m_countdown->stop();
    // Overwrite our copy of the secret, not just drop it.
    m_digits.fill(QLatin1Char('0'));
    m_digits.clear();
}

void TokenDialog::wipeDigits()
{
    wipeSecret();
    m_ui->tokenDigitsLabel->clear();
    m_ui->tokenDigitsLabel->setAccessibleDescription(QString());
}

void TokenDialog::hideToken(bool expired)
{
    wipeDigits();
    m_ui->tokenCopyButton->setEnabled(false);
    if (expired) {
        m_expired = true;
        renderDetails();
        m_history->refreshStatus();
    } else {
        m_tokenUser.clear();
        m_requestId.clear();
        m_ui->tokenDetailsLabel->clear();
        m_ui->tokenGroupBox->hide();
    }
}

void TokenDialog::copyToken()
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

void TokenDialog::copyDetails()
{
    // The ticket gets everything but the digits.
    QGuiApplication::clipboard()->setText(m_ui->tokenDetailsLabel->text());
}

void TokenDialog::fitHistoryColumns(int first, int last)
{
    // Sized when the history is in view: a token generated on the other tab costs nothing here.
    if (m_ui->tokenTabWidget->currentWidget() != m_ui->historyTab) {
        m_historyUnfittedFrom
            = m_historyUnfittedFrom < 0 ? first : std::min(m_historyUnfittedFrom, first);
        return;
    }
    // Each column (but the stretched last one) as wide as its header and the new rows need;
    // never narrower than before, so what the agent widened stays.
    QTableView *view = m_ui->tokenHistoryTableView;
    QHeaderView *header = view->horizontalHeader();
    const int grid = view->showGrid() ? 1 : 0;
    for (int column = 0; column < m_history->columnCount() - 1; ++column) {
        int width = header->sectionSizeHint(column);
        for (int row = first; row <= last; ++row)
            width = std::max(
                width, view->sizeHintForIndex(m_history->index(row, column)).width() + grid);
        if (width > header->sectionSize(column))
            header->resizeSection(column, width);
    }
}

void TokenDialog::fitUnfittedHistoryColumns()
{
    if (m_historyUnfittedFrom < 0 || m_ui->tokenTabWidget->currentWidget() != m_ui->historyTab)
        return;
    const int first = m_historyUnfittedFrom;
    m_historyUnfittedFrom = -1;
    fitHistoryColumns(first, m_history->rowCount() - 1);
}

} // namespace Passdesk
