#include "core/secrets/keychainsecretstore.h"

#include <QPointer>
#include <qt6keychain/keychain.h>

namespace Passdesk {

namespace {

SecretStore::Result resultOf(const QKeychain::Job &job)
{
    using S = SecretStore::Status;
    switch (job.error()) {
    case QKeychain::NoError:
        return { S::Ok, {}, {} };
    case QKeychain::EntryNotFound:
        return { S::NotFound, {}, {} };
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return { S::Unavailable, {}, job.errorString() };
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    // A locked or unreachable Secret Service reports OtherError; to the user it is the same as
    // having no keychain this time.
    return { S::Failed, {}, job.errorString() };
}

template<typename Job> Job *makeJob(const QString &service, const QString &key)
{
    auto *job = new Job(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file
    job->setKey(key);
    return job;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{ }

KeychainSecretStore::~KeychainSecretStore() = default;

void KeychainSecretStore::read(const QString &key, QObject *context, Callback callback)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, context, [job, callback = std::move(callback)] {
        Result result = resultOf(*job);
        if (result.status == Status::Ok)
            result.secret = job->textData();
        callback(result);
    });
    job->start();
}

void KeychainSecretStore::write(
    const QString &key, const QString &secret, QObject *context, Callback callback)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, context,
        [job, callback = std::move(callback)] { callback(resultOf(*job)); });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, QObject *context, Callback callback)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, context, [job, callback = std::move(callback)] {
        Result result = resultOf(*job);
        if (result.status == Status::NotFound) // already gone is what we wanted
            result.status = Status::Ok;
        callback(result);
    });
    job->start();
}

} // namespace Passdesk
