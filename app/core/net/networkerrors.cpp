#include "core/net/networkerrors.h"

#include <QCoreApplication>

namespace Passdesk {

QString describeNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::NoError:
        return {};
    case QNetworkReply::ConnectionRefusedError:
        return QCoreApplication::translate("Passdesk::NetworkErrors",
            "The server refused the connection. Is the address right and the service running?");
    case QNetworkReply::RemoteHostClosedError:
        return QCoreApplication::translate("Passdesk::NetworkErrors",
            "The server closed the connection before the answer was complete.");
    case QNetworkReply::HostNotFoundError:
        return QCoreApplication::translate("Passdesk::NetworkErrors",
            "The server's name could not be found. Check the tenant name and your network.");
    case QNetworkReply::TimeoutError:
        return QCoreApplication::translate("Passdesk::NetworkErrors",
            "The server took too long to answer, so Passdesk stopped waiting.");
    case QNetworkReply::OperationCanceledError:
        return QCoreApplication::translate("Passdesk::NetworkErrors", "The request was cancelled.");
    case QNetworkReply::SslHandshakeFailedError:
        return QCoreApplication::translate("Passdesk::NetworkErrors",
            "A secure (TLS) connection could not be established; the server's certificate was not "
            "accepted.");
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return QCoreApplication::translate(
            "Passdesk::NetworkErrors", "The network is not available right now.");
    case QNetworkReply::BackgroundRequestNotAllowedError:
        return QCoreApplication::translate("Passdesk::NetworkErrors",
            "The system does not allow network access in the background.");
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        return QCoreApplication::translate("Passdesk::NetworkErrors",
            "The server redirected the request; Passdesk does not follow redirects.");
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
        return QCoreApplication::translate("Passdesk::NetworkErrors",
            "The proxy server did not pass the request on. Check the system's proxy settings.");
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return QCoreApplication::translate(
            "Passdesk::NetworkErrors", "The server's answer broke the HTTP protocol.");
    // Content and server errors stand for HTTP statuses; Passdesk reads the status itself, so
    // these only show when Qt reports one without a status. The code helps support.
    case QNetworkReply::ContentAccessDenied:
    case QNetworkReply::ContentOperationNotPermittedError:
    case QNetworkReply::ContentNotFoundError:
    case QNetworkReply::AuthenticationRequiredError:
    case QNetworkReply::ContentReSendError:
    case QNetworkReply::ContentConflictError:
    case QNetworkReply::ContentGoneError:
    case QNetworkReply::UnknownContentError:
        return QCoreApplication::translate("Passdesk::NetworkErrors",
            "The server refused to hand out or change the requested content (code %1).")
            .arg(int(error));
    case QNetworkReply::InternalServerError:
    case QNetworkReply::OperationNotImplementedError:
    case QNetworkReply::ServiceUnavailableError:
    case QNetworkReply::UnknownServerError:
        return QCoreApplication::translate(
            "Passdesk::NetworkErrors", "The server could not handle the request (code %1).")
            .arg(int(error));
    case QNetworkReply::UnknownNetworkError:
        return QCoreApplication::translate(
            "Passdesk::NetworkErrors", "An unknown network error occurred.");
    default:
        return QCoreApplication::translate(
            "Passdesk::NetworkErrors", "A network error occurred (code %1).")
            .arg(int(error));
    }
}

} // namespace Passdesk
