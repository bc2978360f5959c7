#include "secretclipboard.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QMimeData>
#include <QTimer>

namespace Passdesk {

SecretClipboard::SecretClipboard(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SecretClipboard::clearNow);
    connect(qApp, &QCoreApplication::aboutToQuit, this, &SecretClipboard::clearNow);
}

SecretClipboard::~SecretClipboard()
{
    clearNow();
}

void SecretClipboard::copy(const QString &secret, int clearAfterSeconds)
{
    auto *mime = new QMimeData;
    mime->setText(secret);
    // KDE Klipper, Windows clipboard history and macOS pasteboard managers skip marked data.
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    mime->setData(QStringLiteral("ExcludeClipboardContentFromMonitorProcessing"), QByteArrayLiteral("1"));
    mime->setData(QStringLiteral("application/x-nspasteboard-concealed-type"), secret.toUtf8());
    QGuiApplication::clipboard()->setMimeData(mime);
    m_copied = secret;
    if (clearAfterSeconds > 0)
        m_timer->start(clearAfterSeconds * 1000);
    else
        m_timer->stop();
}

bool SecretClipboard::holdsOurCopy() const
{
    return !m_copied.isEmpty() && QGuiApplication::clipboard()->text() == m_copied;
}

void SecretClipboard::clearNow()
{
    m_timer->stop();
    if (m_copied.isEmpty())
        return;
    if (holdsOurCopy())
        QGuiApplication::clipboard()->clear();
    m_copied.fill(QLatin1Char('0'));
    m_copied.clear();
    emit cleared();
}

} // namespace Passdesk
