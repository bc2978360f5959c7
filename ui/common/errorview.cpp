#include "errorview.h"

#include "core/model/displaytext.h"
#include "passdeskcolours.h"
#include "textscrollarea.h"
#include "ui_errorview.h"

#include <QAccessibleWidget>
#include <QClipboard>
#include <QGuiApplication>
#include <QLocale>
#include <QTimer>

namespace Passdesk {

namespace {

// Screen readers announce an alert when it appears, so the error view is one: a failed request
// is heard at once, wherever the focus is (Qt 6.4 has no other announcement).
QAccessibleInterface *accessibleErrorView(const QString &className, QObject *object)
{
    if (className == QLatin1String(ErrorView::staticMetaObject.className()) && object
        && object->isWidgetType())
        return new QAccessibleWidget(static_cast<QWidget *>(object), QAccessible::AlertMessage);
    return nullptr;
}

} // namespace

ErrorView::ErrorView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ErrorView>())
    , m_countdown(new QTimer(this))
    , m_copiedReset(new QTimer(this))
{
    static const bool accessibleAsAlert = [] {
        QAccessible::installFactory(accessibleErrorView);
        return true;
    }();
    Q_UNUSED(accessibleAsAlert)
    m_ui->setupUi(this);
    // Server text is text: no label here interprets markup or loads a resource.
    for (QLabel *label : findChildren<QLabel *>())
        label->setTextFormat(Qt::PlainText);
    // However many or long the messages, the view stays within the screen: they scroll.
    m_messagesArea = new TextScrollArea(maxMessageLines);
    m_messagesArea->setObjectName(QStringLiteral("errorMessagesScrollArea"));
    delete m_ui->frameLayout->replaceWidget(m_ui->errorMessagesLabel, m_messagesArea);
    m_messagesArea->setLabel(m_ui->errorMessagesLabel);
    m_ui->errorFrame->setPanelStyle(errorPanelStyle());
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &ErrorView::tick);
    // The button says "Copied" for a moment so the click is seen to have worked.
    m_copiedReset->setSingleShot(true);
    m_copiedReset->setInterval(2000);
    connect(m_copiedReset, &QTimer::timeout, this, [this] { m_ui->retranslateUi(this); });
    connect(m_ui->errorRetryButton, &QPushButton::clicked, this, &ErrorView::retryRequested);
    connect(m_ui->errorCopyDetailsButton, &QPushButton::clicked, this, &ErrorView::copyDetails);
    setVisible(false);
}

ErrorView::~ErrorView() = default;

void ErrorView::setTenantName(const QString &tenant)
{
    m_tenant = tenant;
}

void ErrorView::setUiLanguages(const QStringList &uiLanguages)
{
    m_uiLanguages = uiLanguages;
    if (hasError())
        render();
}

void ErrorView::setRetryVisible(bool visible)
{
    m_retryVisible = visible;
    m_ui->errorRetryButton->setVisible(visible && hasError());
}

void ErrorView::showError(const ApiError &error)
{
    const bool wasBlocked = isRetryBlocked();
    if (m_copiedReset->isActive()) {
        m_copiedReset->stop();
        m_ui->retranslateUi(this);
    }
    m_error = error;
    m_occurredAt = QDateTime::currentDateTime();
    m_secondsLeft = 0;
    m_countdown->stop();
    if (error.isRateLimited()) {
        m_secondsLeft = qMax(1, error.retryAfterSeconds.value_or(defaultRetryAfterSeconds));
        m_countdown->start();
    }
    render();
    setVisible(true);
    if (wasBlocked != isRetryBlocked())
        emit retryBlockedChanged(isRetryBlocked());
}

void ErrorView::clear()
{
    const bool wasBlocked = isRetryBlocked();
    m_error = {};
    m_secondsLeft = 0;
    m_countdown->stop();
    setVisible(false);
    if (wasBlocked)
        emit retryBlockedChanged(false);
}

void ErrorView::tick()
{
    if (--m_secondsLeft <= 0) {
        m_secondsLeft = 0;
        m_countdown->stop();
        render();
        emit retryBlockedChanged(false);
        return;
    }
    render();
}

void ErrorView::render()
{
    // The countdown line says how long is left; a fixed number here would contradict it.
    m_ui->errorSummaryLabel->setText(m_error.isRateLimited()
                                         ? tr("Too many requests: the server asked Passdesk to wait before trying again.")
                                         : m_error.summary());

    // Every label here is Qt::PlainText; what the server said is isolated, cut and breakable
    // (DisplayText), and at most a few of its messages are listed (Copy details has them all).
    const QString messages = DisplayText::messageLines(m_error.serverTexts(m_uiLanguages));
    m_ui->errorMessagesLabel->setText(messages);
    m_messagesArea->textChanged();
    m_messagesArea->setVisible(!messages.isEmpty());
    m_ui->errorDefaultLocaleNoteLabel->setVisible(m_error.usedDefaultLocale(m_uiLanguages));

    auto showRow = [](QLabel *caption, QLabel *value, const QString &text) {
        value->setText(text);
        caption->setVisible(!text.isEmpty());
        value->setVisible(!text.isEmpty());
    };
    showRow(m_ui->detailCodeCaptionLabel, m_ui->errorDetailCodeLabel,
        DisplayText::field(m_error.detailCode));
    showRow(m_ui->trackingIdCaptionLabel, m_ui->errorTrackingIdLabel,
        DisplayText::field(m_error.trackingId));
    showRow(m_ui->requestIdCaptionLabel, m_ui->errorRequestIdLabel,
        DisplayText::field(m_error.requestId));
    QString certificate;
    if (m_error.certificate) {
        const CertificateInfo &info = *m_error.certificate;
        certificate = tr("Subject: %1\nIssuer: %2\nSHA-256: %3\nValid: %4 to %5\nProblems: %6")
                          .arg(DisplayText::field(info.subject), DisplayText::field(info.issuer),
                               info.sha256Fingerprint,
                               QLocale().toString(info.notBefore, QLocale::ShortFormat),
                               QLocale().toString(info.notAfter, QLocale::ShortFormat),
                               DisplayText::message(info.problems.join(QStringLiteral("; "))));
    }
    showRow(m_ui->certificateCaptionLabel, m_ui->errorCertificateLabel, certificate);

    // Whole sentences per case, so translators never see glued pieces.
    QString countdown;
    if (m_secondsLeft > 0 && m_error.retryAfterCapped)
        countdown = tr("You can try again in %n second(s). The server asked for a longer wait; Passdesk waits at most an hour.",
                       nullptr, m_secondsLeft);
    else if (m_secondsLeft > 0)
        countdown = tr("You can try again in %n second(s).", nullptr, m_secondsLeft);
    else if (m_error.isRateLimited())
        countdown = tr("You can try again now.");
    m_ui->errorRetryCountdownLabel->setText(countdown);
    m_ui->errorRetryCountdownLabel->setVisible(!countdown.isEmpty());
    m_ui->errorRetryButton->setVisible(m_retryVisible && m_error.kind != ApiError::Kind::InvalidInput);
    m_ui->errorRetryButton->setEnabled(m_secondsLeft == 0);
}

void ErrorView::copyDetails()
{
    // Local time for the reader, UTC for matching the tenant's logs.
    const QString text = tr("Passdesk error report\nTime: %1 (%2)\nTenant: %3\n%4")
                             .arg(QLocale().toString(m_occurredAt, QLocale::LongFormat),
                                  m_occurredAt.toUTC().toString(Qt::ISODate), m_tenant,
                                  m_error.detailsText(m_uiLanguages));
    QGuiApplication::clipboard()->setText(text);
    m_ui->errorCopyDetailsButton->setText(tr("Copied"));
    m_copiedReset->start();
}

void ErrorView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_copiedReset->stop();
        if (hasError())
            render();
    }
    QWidget::changeEvent(event);
}

} // namespace Passdesk
