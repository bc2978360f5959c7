#include "core/api/apireply.h"

#include <QCoreApplication>

namespace Passdesk {

ApiReply::ApiReply(const QString &operation, QObject *parent)
    : QObject(parent)
    , m_operation(operation)
{
}

ApiReply::~ApiReply() = default;

void ApiReply::abort()
{
    if (m_finished)
        return;
    if (m_abortHandler) {
        // The handler finishes the reply itself once the network side has stopped.
        const auto handler = std::move(m_abortHandler);
        m_abortHandler = {};
        handler();
    }
    if (!m_finished) {
        ApiError canceled;
        canceled.kind = ApiError::Kind::Canceled;
        finish(canceled);
    }
}

void ApiReply::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_abortHandler = {};
    m_error = error;
    if (m_error.isError() && m_error.operation.isEmpty())
        m_error.operation = m_operation;
    emit finished();
    deleteLater();
}

} // namespace Passdesk
