#pragma once

// Between QtHttpServer and the sandbox's own types: the parts that differ between Qt 6.4, 6.5
// and 6.8, so that SandboxServer reads the same on each.

#include "sandboxresponses.h"

#include <QByteArray>
#include <QHash>
#include <QHttpServerRequest>
#include <QHttpServerResponder>

namespace Passdesk::Sandbox {

QByteArray methodName(QHttpServerRequest::Method method); // "GET", "POST", ...
QHash<QByteArray, QByteArray> lowerCaseHeaders(const QHttpServerRequest &request);
void writeReply(QHttpServerResponder &&responder, const SandboxReply &reply);

// QtHttpServer's debug output dumps every request with its Authorization header, and the
// sandbox runs inside Passdesk: keeps bearer tokens out of the log even with all categories
// on. Once per process is enough; later calls do nothing.
void installRequestDumpFilter();

} // namespace Passdesk::Sandbox
