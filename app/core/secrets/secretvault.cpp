#include "core/secrets/secretvault.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

namespace Passdesk {

namespace {
// lupdate reads this context; the strings below are translated in it.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Passdesk::SecretVault)
};

void wipe(QString &text)
{
    text.fill(QLatin1Char('\0'));
    text.clear();
}
} // namespace

SecretVault::SecretVault(SecretStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{ }

SecretVault::~SecretVault()
{
    for (QString &secret : m_session)
        wipe(secret);
}

void SecretVault::read(
    const QString &key, QObject *context, std::function<void(const QString &)> callback)
{
    if (const auto found = m_session.constFind(key); found != m_session.constEnd()) {
        QTimer::singleShot(
            0, context, [callback = std::move(callback), secret = *found] { callback(secret); });
        return;
    }
    if (m_unusable) {
        // Said once already; asking the keychain again would only fail again.
        QTimer::singleShot(0, context, [callback = std::move(callback)] { callback({}); });
        return;
    }
    QPointer<QObject> guard(context);
    m_store->read(key, this,
        [this, guard, callback = std::move(callback)](const SecretStore::Result &result) {
            if (result.status == SecretStore::Status::Unavailable
                || result.status == SecretStore::Status::Failed)
                noteUnavailable(result);
            if (guard)
                callback(result.status == SecretStore::Status::Ok ? result.secret : QString());
        });
}

void SecretVault::store(const QString &key, const QString &secret, bool remember, QObject *context,
    std::function<void(bool)> callback)
{
    keepForSession(key, secret);
    QPointer<QObject> guard(context);
    auto done = [this, guard, remember, callback = std::move(callback)](
                    const SecretStore::Result &result) {
        const bool ok = result.status == SecretStore::Status::Ok;
        if (!ok)
            noteUnavailable(result);
        if (guard && callback)
            callback(remember && ok);
    };
    if (m_unusable) {
        QTimer::singleShot(0, this, [done] { done({ SecretStore::Status::Unavailable, {}, {} }); });
        return;
    }
    if (remember)
        m_store->write(key, secret, this, std::move(done));
    else
        m_store->remove(key, this, std::move(done));
}

void SecretVault::checkKeychain()
{
    if (m_checked || m_unusable)
        return;
    m_checked = true;
    m_store->read(
        QStringLiteral("passdesk/keychain-check"), this, [this](const SecretStore::Result &result) {
            if (result.status == SecretStore::Status::Unavailable
                || result.status == SecretStore::Status::Failed)
                noteUnavailable(result);
        });
}

void SecretVault::readSession(
    const QString &key, QObject *context, std::function<void(const QString &)> callback)
{
    QTimer::singleShot(0, context,
        [callback = std::move(callback), secret = m_session.value(key)] { callback(secret); });
}

void SecretVault::keepForSession(const QString &key, const QString &secret)
{
    if (auto existing = m_session.find(key); existing != m_session.end())
        wipe(*existing);
    m_session.insert(key, secret);
}

void SecretVault::forgetSession(const QString &key)
{
    if (auto existing = m_session.find(key); existing != m_session.end()) {
        wipe(*existing);
        m_session.erase(existing);
    }
}

void SecretVault::forget(const QString &key)
{
    forgetSession(key);
    if (!m_unusable)
        m_store->remove(key, this, [this](const SecretStore::Result &result) {
            if (result.status != SecretStore::Status::Ok)
                noteUnavailable(result);
        });
}

void SecretVault::noteUnavailable(const SecretStore::Result &result)
{
    if (m_unusable)
        return;
    m_unusable = true;
    // QtKeychain's own words are often empty or "Unknown error" when no Secret Service runs.
    const QString raw = result.message.trimmed();
    m_problem
        = raw.isEmpty() || raw.compare(QLatin1String("Unknown error"), Qt::CaseInsensitive) == 0
        ? Texts::tr("no keychain service answered")
        : raw;
    emit keychainUnavailable(Texts::tr(
        "The system keychain cannot be used (%1). Passdesk keeps secrets in memory for this "
        "session only and will ask for them again next time; it never writes them to a file.")
                                 .arg(m_problem));
}

} // namespace Passdesk
