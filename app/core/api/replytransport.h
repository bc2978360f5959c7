#pragma once

#include "core/model/apierror.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace Passdesk {

// The side of an ApiReply that the transport drives: it hands over a 2xx body, ends the reply
// and learns when the user aborts. ApiReply implements it privately, so receivers of a reply
// cannot end it; only the code that was given the reply as a ReplyTransport (ApiClient and its
// RequestRunner) can.
class ReplyTransport
{
public:
    virtual ~ReplyTransport() = default;

    // Parses a 2xx body into the typed result; returns a translated error when it cannot.
    virtual QString acceptBody(const QByteArray &body) = 0;
    // Ends the reply with this outcome (no error: success). Only the first call counts.
    virtual void finish(const ApiError &error) = 0;
    // abort() calls this once instead of finishing at once; the handler then stops the network
    // side and finishes the reply.
    virtual void setAbortHandler(std::function<void()> handler) = 0;
};

} // namespace Passdesk
