#pragma once

#include <QObject>
#include <QString>
#include <functional>

namespace Passdesk {

// Where secrets are kept between sessions: the operating system's keychain in the program
// (KeychainSecretStore), an in-memory store in tests. Every operation is asynchronous and
// calls back from the event loop, never synchronously and never through a nested event loop.
class SecretStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    enum class Status
    {
        Ok,
        NotFound, // no secret under that key
        Unavailable, // no keychain here (headless box, no Secret Service) or it is locked
        Failed, // the keychain refused or failed; message says why
    };
    struct Result
    {
        Status status = Status::Ok;
        QString secret; // read: the secret when Ok
        QString message; // the keychain's own words when not Ok
    };
    using Callback = std::function<void(const Result &result)>;

    using QObject::QObject;
    ~SecretStore() override;

    // The callback is dropped when context is destroyed first.
    virtual void read(const QString &key, QObject *context, Callback callback) = 0;
    virtual void write(
        const QString &key, const QString &secret, QObject *context, Callback callback)
        = 0;
    virtual void remove(const QString &key, QObject *context, Callback callback) = 0;
};

} // namespace Passdesk
