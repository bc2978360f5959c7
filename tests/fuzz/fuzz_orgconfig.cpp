// Fuzzes OrgConfig::fromJson, which reads the 200 body of GET/PUT/POST /password-org-config.
// Invariants: a parsed config is within the contract's ranges (1..60 minutes, 6..18 digits),
// a refusal always carries a reason, and a parsed config survives its own JSON round trip.

#include "fuzzcheck.h"
#include "core/model/orgconfig.h"

#include <QJsonDocument>

using namespace Passdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = PassdeskFuzz::bytes(data, size);
    QString error;
    const auto config = OrgConfig::fromJson(body, &error);
    if (!config) {
        PASSDESK_FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    PASSDESK_FUZZ_CHECK(config->digitTokenDurationMinutes >= OrgConfig::minDuration);
    PASSDESK_FUZZ_CHECK(config->digitTokenDurationMinutes <= OrgConfig::maxDuration);
    PASSDESK_FUZZ_CHECK(config->digitTokenLength >= OrgConfig::minLength);
    PASSDESK_FUZZ_CHECK(config->digitTokenLength <= OrgConfig::maxLength);
    // Passing no error pointer gives the same answer.
    PASSDESK_FUZZ_CHECK(OrgConfig::fromJson(body, nullptr) == config);

    // What the form sends back: the full config, or the change from the defaults.
    QString again;
    const auto roundTrip = OrgConfig::fromJson(
        QJsonDocument(config->toJson()).toJson(QJsonDocument::Compact), &again);
    PASSDESK_FUZZ_CHECK(roundTrip.has_value() && *roundTrip == *config);
    const OrgConfigChange change = OrgConfigChange::between(OrgConfig {}, *config);
    PASSDESK_FUZZ_CHECK(change.validationError().isEmpty());
    PASSDESK_FUZZ_CHECK(change.appliedTo(OrgConfig {}) == *config);
    PASSDESK_FUZZ_CHECK(change.isEmpty() == (*config == OrgConfig {}));
    return 0;
}
