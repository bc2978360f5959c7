// Fuzzes PublicIdentity::listFromJson, which reads the 200 body of GET /public-identities.
// Invariants: a list is accepted exactly when the body is a JSON array of objects, with one
// identity per entry; a refusal always carries a reason; the list narrowing (publicIdentityMay-
// MatchPrefix) keeps every entry for its own alias.

#include "fuzzcheck.h"
#include "core/model/publicidentity.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

using namespace Passdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = PassdeskFuzz::bytes(data, size);
    QString error;
    const auto list = PublicIdentity::listFromJson(body, &error);

    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonArray array = document.array();
    const bool arrayOfObjects = document.isArray()
        && std::all_of(
            array.begin(), array.end(), [](const QJsonValue &v) { return v.isObject(); });
    PASSDESK_FUZZ_CHECK(list.has_value() == arrayOfObjects);
    if (!list) {
        PASSDESK_FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    PASSDESK_FUZZ_CHECK(list->size() == array.size());
    for (qsizetype i = 0; i < list->size(); ++i) {
        const PublicIdentity &identity = list->at(i);
        const QJsonObject object = array.at(i).toObject();
        // String fields come through unchanged; any other type reads as empty.
        const QJsonValue alias = object.value(QLatin1String("alias"));
        PASSDESK_FUZZ_CHECK(identity.alias == (alias.isString() ? alias.toString() : QString()));
        const QJsonValue id = object.value(QLatin1String("id"));
        PASSDESK_FUZZ_CHECK(identity.id == (id.isString() ? id.toString() : QString()));
        // The token dialog asks this of every row it shows.
        static_cast<void>(identity.isInactive());
        // Narrowing the list as the agent types on: an entry may match its own alias and any
        // start of it, and every entry may match the empty text.
        PASSDESK_FUZZ_CHECK(publicIdentityMayMatchPrefix(identity, QString()));
        PASSDESK_FUZZ_CHECK(publicIdentityMayMatchPrefix(identity, identity.alias));
        PASSDESK_FUZZ_CHECK(publicIdentityMayMatchPrefix(identity, identity.alias.left(2)));
        static_cast<void>(publicIdentityMayMatchPrefix(identity, identity.name));
    }
    return 0;
}
