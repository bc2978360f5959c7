#pragma once

#include <QCoreApplication>
#include <QString>

namespace Passdesk {

class ApiClient;

// Why the config form is read only, said before the user tries: the tenant's lock in Passdesk,
// a 403 the server gave for a change, or what the access token allows (a user level, or an API
// client, without the manage scope). Empty while the form may be edited.
class ConfigAccessNotice final
{
    Q_DECLARE_TR_FUNCTIONS(Passdesk::ConfigAccessNotice)

public:
    static QString text(const ApiClient &client, bool refusedWithForbidden);
};

} // namespace Passdesk
