#pragma once

#include <QByteArrayView>

class QNetworkRequest;

namespace Passdesk {

// What may go into a request header. Qt writes header values as they are given, so a CR or LF
// in one would end the header there and let the rest be read as another header, or as another
// request on the same connection. Every value is checked against these before it is sent.

// An access token as RFC 6750 writes it (b64token, which also covers token68 and JWTs): one or
// more of ALPHA DIGIT - . _ ~ + / and then only "=" to the end.
bool isBearerToken(QByteArrayView token);

// A field value as RFC 9110 allows it, limited to what Passdesk sends: visible ASCII, spaces
// and tabs inside, no CR, LF, NUL or other control characters, no bytes over 0x7E.
bool isSafeHeaderValue(QByteArrayView value);

// The name of the first header of `request` whose value is not safe, or empty when all are.
QByteArray firstUnsafeHeader(const QNetworkRequest &request);

} // namespace Passdesk
