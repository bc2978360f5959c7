#pragma once

#include "core/model/apierror.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace Passdesk {

// The callers waiting for an access token. Each is answered once, with the token or why there is
// none, in the order they came (one may go first); a caller whose context object is gone by then
// is skipped, so an answer never reaches a destroyed object.
class TokenWaiters final
{
    Q_DISABLE_COPY_MOVE(TokenWaiters)

public:
    using Callback = std::function<void(const QString &accessToken, const ApiError &error)>;

    TokenWaiters() = default;
    ~TokenWaiters() = default;

    void append(QObject *context, Callback callback);
    void prepend(QObject *context, Callback callback); // answered before the others
    // Answers and forgets every waiter: `token` when `error` is none, else the error.
    void answer(const QString &token, const ApiError &error);
    void cancel(); // answers every waiter with a Canceled error
    void clear();  // forgets them unanswered

private:
    struct Waiter
    {
        QPointer<QObject> context;
        Callback callback;
    };
    QList<Waiter> m_waiters;
};

} // namespace Passdesk
