#pragma once

#include "core/model/apierror.h"
#include "core/net/requestlimits.h"

#include <QByteArray>
#include <QList>

class QNetworkReply;
class QSslError;

namespace Passdesk {

// Why Passdesk itself stopped a reply; the network layer reports all of these as
// OperationCanceledError, so the caller has to say which it was.
enum class StopReason { None, User, SizeCap, Deadline, HeadersTooLarge };

// Builds the error model for a finished QNetworkReply whose outcome is not a 2xx answer;
// `limits` are the ones the request ran under (for the words of a deadline).
ApiError apiErrorFromReply(QNetworkReply *reply, const QByteArray &body, StopReason stopReason,
                           const QList<QSslError> &sslErrors, const RequestLimits &limits);

// A request that passed its overall deadline (also while it waited for its token).
ApiError deadlineError(const RequestLimits &limits);

// Whether Qt could not unpack the reply's compressed body (broken gzip or deflate, or a
// decompression bomb caught by Qt's ratio check), whatever the status said.
bool failedToUnpack(QNetworkReply *reply);

// Whether the reply carries a 2xx HTTP status.
bool isHttpSuccess(QNetworkReply *reply);
int httpStatus(QNetworkReply *reply);

} // namespace Passdesk
