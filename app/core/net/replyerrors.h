#pragma once

#include "core/model/apierror.h"

#include <QByteArray>
#include <QList>

class QNetworkReply;
class QSslError;

namespace Passdesk {

// Why Passdesk itself stopped a reply; the network layer reports all of these as
// OperationCanceledError, so the caller has to say which it was.
enum class StopReason { None, User, SizeCap };

// Builds the error model for a finished QNetworkReply whose outcome is not a 2xx answer.
ApiError apiErrorFromReply(QNetworkReply *reply, const QByteArray &body, StopReason stopReason,
                           const QList<QSslError> &sslErrors);

// Whether the reply carries a 2xx HTTP status.
bool isHttpSuccess(QNetworkReply *reply);
int httpStatus(QNetworkReply *reply);

} // namespace Passdesk
