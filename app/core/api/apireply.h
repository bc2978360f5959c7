#pragma once

#include "core/api/replytransport.h"
#include "core/model/apierror.h"
#include "core/model/digittoken.h"
#include "core/model/orgconfig.h"
#include "core/model/publicidentity.h"

#include <QObject>

#include <functional>

namespace Passdesk {

// One API operation in flight. Emits finished() exactly once (also after abort(), with
// ApiError::Kind::Canceled) and deletes itself afterwards, so receivers must not keep the
// pointer past their finished() slot.
class ApiReply : public QObject, public ReplyTransport
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiReply)

public:
    ~ApiReply() override;

    bool isFinished() const { return m_finished; }
    bool isSuccess() const { return m_finished && !m_error.isError(); }
    const ApiError &error() const { return m_error; }
    QString operation() const { return m_operation; }

    // Cancels the request; finished() follows with a Canceled error. No-op when finished.
    void abort();

signals:
    void finished();

protected:
    explicit ApiReply(const QString &operation, QObject *parent);

private:
    void finish(const ApiError &error) final;
    void setAbortHandler(std::function<void()> handler) final { m_abortHandler = std::move(handler); }

    QString m_operation;
    ApiError m_error;
    bool m_finished = false;
    std::function<void()> m_abortHandler;
};

class OrgConfigReply final : public ApiReply
{
    Q_OBJECT

public:
    explicit OrgConfigReply(const QString &operation, QObject *parent = nullptr)
        : ApiReply(operation, parent) { }
    const OrgConfig &config() const { return m_config; }
    // The server says the tenant has no org config yet (404 on GET): offer Create.
    bool configMissing() const { return error().kind == ApiError::Kind::Http && error().httpStatus == 404; }

private:
    QString acceptBody(const QByteArray &body) override;
    OrgConfig m_config;
};

class DigitTokenReply final : public ApiReply
{
    Q_OBJECT

public:
    DigitTokenReply(const DigitTokenRequest &request, const QString &operation, QObject *parent = nullptr)
        : ApiReply(operation, parent), m_request(request) { }
    ~DigitTokenReply() override;
    const DigitTokenRequest &request() const { return m_request; }
    const DigitToken &token() const { return m_token; }

private:
    QString acceptBody(const QByteArray &body) override;
    DigitTokenRequest m_request;
    DigitToken m_token;
};

class IdentitiesReply final : public ApiReply
{
    Q_OBJECT

public:
    IdentitiesReply(const QString &prefix, const QString &operation, QObject *parent = nullptr)
        : ApiReply(operation, parent), m_prefix(prefix) { }
    const QString &prefix() const { return m_prefix; }
    const QList<PublicIdentity> &identities() const { return m_identities; }

private:
    QString acceptBody(const QByteArray &body) override;
    QString m_prefix;
    QList<PublicIdentity> m_identities;
};

} // namespace Passdesk
