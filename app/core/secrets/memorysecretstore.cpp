#include "core/secrets/memorysecretstore.h"

#include <QCoreApplication>
#include <QTimer>

namespace Passdesk {

namespace {
// lupdate reads this context; the strings below are translated in it (SecretStore's, where they
// have always been, so their translations stay).
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Passdesk::SecretStore)
};

void wipe(QString &text)
{
    text.fill(QLatin1Char('\0'));
    text.clear();
}
} // namespace

MemorySecretStore::~MemorySecretStore()
{
    for (QString &secret : m_secrets)
        wipe(secret);
}

void MemorySecretStore::answer(QObject *context, Callback callback, const Result &result)
{
    ++m_operations;
    QTimer::singleShot(0, context, [callback = std::move(callback), result] { callback(result); });
}

void MemorySecretStore::read(const QString &key, QObject *context, Callback callback)
{
    if (!m_available)
        return answer(context, std::move(callback),
            { Status::Unavailable, {}, Texts::tr("No keychain is available in this test.") });
    const auto found = m_secrets.constFind(key);
    if (found == m_secrets.constEnd())
        return answer(context, std::move(callback), { Status::NotFound, {}, {} });
    answer(context, std::move(callback), { Status::Ok, *found, {} });
}

void MemorySecretStore::write(
    const QString &key, const QString &secret, QObject *context, Callback callback)
{
    if (!m_available)
        return answer(context, std::move(callback),
            { Status::Unavailable, {}, Texts::tr("No keychain is available in this test.") });
    if (auto existing = m_secrets.find(key); existing != m_secrets.end())
        wipe(*existing);
    m_secrets.insert(key, secret);
    answer(context, std::move(callback), { Status::Ok, {}, {} });
}

void MemorySecretStore::remove(const QString &key, QObject *context, Callback callback)
{
    if (!m_available)
        return answer(context, std::move(callback),
            { Status::Unavailable, {}, Texts::tr("No keychain is available in this test.") });
    if (auto existing = m_secrets.find(key); existing != m_secrets.end()) {
        wipe(*existing);
        m_secrets.erase(existing);
    }
    answer(context, std::move(callback), { Status::Ok, {}, {} });
}

} // namespace Passdesk
