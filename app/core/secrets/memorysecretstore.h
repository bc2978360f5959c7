#pragma once

#include "core/secrets/secretstore.h"

#include <QHash>
#include <QString>

namespace Passdesk {

// Keeps secrets in this process only. Tests use it as the keychain; setAvailable(false) makes it
// answer like a machine without one. It answers from the event loop like a real keychain (never
// within the call), counts the operations so tests can tell whether the keychain was asked, and
// overwrites every secret it drops or replaces.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemorySecretStore)

public:
    using SecretStore::SecretStore;
    ~MemorySecretStore() override;

    void read(const QString &key, QObject *context, Callback callback) override;
    void write(
        const QString &key, const QString &secret, QObject *context, Callback callback) override;
    void remove(const QString &key, QObject *context, Callback callback) override;

    void setAvailable(bool available) { m_available = available; }
    bool isAvailable() const { return m_available; }
    bool contains(const QString &key) const { return m_secrets.contains(key); }
    int operationCount() const { return m_operations; }

private:
    void answer(QObject *context, Callback callback, const Result &result);

    QHash<QString, QString> m_secrets;
    bool m_available = true;
    int m_operations = 0;
};

} // namespace Passdesk
