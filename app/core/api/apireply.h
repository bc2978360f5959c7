#pragma once

#include "core/api/replytransport.h"
#include "core/model/apierror.h"

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

} // namespace Passdesk
