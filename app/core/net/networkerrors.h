#pragma once

#include <QNetworkReply>
#include <QString>

namespace Passdesk {

// The one place that turns Qt network errors into plain, translated words.
QString describeNetworkError(QNetworkReply::NetworkError error);

} // namespace Passdesk
