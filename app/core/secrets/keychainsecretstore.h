#pragma once

#include "core/secrets/secretstore.h"

namespace Passdesk {

// The operating system's keychain through QtKeychain: Secret Service on Linux, Keychain on
// macOS, Credential Manager on Windows. Never falls back to a plain-text file.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    explicit KeychainSecretStore(
        const QString &service = QStringLiteral("Passdesk"), QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    void read(const QString &key, QObject *context, Callback callback) override;
    void write(
        const QString &key, const QString &secret, QObject *context, Callback callback) override;
    void remove(const QString &key, QObject *context, Callback callback) override;

private:
    QString m_service;
};

} // namespace Passdesk
