#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <cstring>

namespace Passdesk {

// A request body that can be read once and never rewound. Qt sends a request again by itself
// when the server closes the connection before answering, if it can rewind the body; with this
// device it cannot, and reports the failure instead (QNetworkReply::ContentReSendError). Use it
// with QNetworkRequest::DoNotBufferUploadDataAttribute and an explicit Content-Length, so a
// click is never two digit tokens and a sign-in never two token requests.
class OneShotBody final : public QIODevice
{
public:
    OneShotBody(const QByteArray &bytes, QObject *parent)
        : QIODevice(parent)
        , m_bytes(bytes)
    {
        open(QIODevice::ReadOnly);
    }
    ~OneShotBody() override { m_bytes.fill('\0'); } // it may carry a client secret

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override
    {
        return m_bytes.size() - m_position + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = qMin(maxSize, qint64(m_bytes.size()) - m_position);
        std::memcpy(data, m_bytes.constData() + m_position, size_t(count));
        m_position += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_position = 0;
};

// Sends a request whose body Qt can send only once; the body goes with the reply.
inline QNetworkReply *sendOnce(QNetworkAccessManager *network, QNetworkRequest request,
                               const QByteArray &verb, const QByteArray &body)
{
    request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    auto *device = new OneShotBody(body, nullptr);
    QNetworkReply *reply = network->sendCustomRequest(request, verb, device);
    device->setParent(reply);
    return reply;
}

} // namespace Passdesk
