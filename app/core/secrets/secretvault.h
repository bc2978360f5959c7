#pragma once

#include "core/secrets/secretstore.h"

#include <QHash>
#include <QObject>
#include <functional>

namespace Passdesk {

// Client secrets for Passdesk: the keychain when there is one, else this session's memory
// only. When the keychain cannot be used it says so once (keychainUnavailable) and never falls
// back to a file. Pasted access tokens are kept for the session only, never in the keychain.
class SecretVault final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretVault)

public:
    explicit SecretVault(SecretStore *store, QObject *parent = nullptr);
    ~SecretVault() override;

    // Calls back (always from the event loop) with the secret, or empty when there is none.
    void read(
        const QString &key, QObject *context, std::function<void(const QString &secret)> callback);
    // Keeps the secret for this session and, when remember is set, in the keychain (kept is false
    // when the keychain could not take it). Without remember, a stored copy is removed.
    void store(const QString &key, const QString &secret, bool remember, QObject *context,
        std::function<void(bool kept)> callback = {});
    void keepForSession(const QString &key, const QString &secret);
    // Reads only this session's memory, never the keychain (pasted access tokens).
    void readSession(
        const QString &key, QObject *context, std::function<void(const QString &secret)> callback);
    // Removes the secret from this session and the keychain (a tenant was removed).
    void forget(const QString &key);
    void forgetSession(const QString &key);

    // Asks the keychain once whether it answers (a read of a key nobody writes), so a form learns
    // before the user types a secret; keychainUnavailable() follows when it does not.
    void checkKeychain();
    bool keychainUsable() const { return !m_unusable; }
    QString keychainProblem() const { return m_problem; }

signals:
    void keychainUnavailable(const QString &message); // once per session

private:
    void noteUnavailable(const SecretStore::Result &result);

    SecretStore *m_store;
    QHash<QString, QString> m_session;
    bool m_unusable = false;
    bool m_checked = false;
    QString m_problem;
};

} // namespace Passdesk
