#include "core/auth/tokenwaiters.h"

#include <utility>

namespace Passdesk {

void TokenWaiters::append(QObject *context, Callback callback)
{
    m_waiters.append({ QPointer<QObject>(context), std::move(callback) });
}

void TokenWaiters::prepend(QObject *context, Callback callback)
{
    m_waiters.prepend({ QPointer<QObject>(context), std::move(callback) });
}

void TokenWaiters::answer(const QString &token, const ApiError &error)
{
    // Taken first: a callback may ask for a token again, and that one waits for the next answer.
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &waiter : waiters) {
        if (waiter.context)
            waiter.callback(error.isError() ? QString() : token, error);
    }
}

void TokenWaiters::cancel()
{
    ApiError canceled;
    canceled.kind = ApiError::Kind::Canceled;
    answer({}, canceled);
}

void TokenWaiters::clear()
{
    m_waiters.clear();
}

} // namespace Passdesk
