#pragma once

// Keeps what an ApiReply delivered, because the reply deletes itself after finished().

#include "core/api/digittokenreply.h"
#include "core/api/identitiesreply.h"
#include "core/api/orgconfigreply.h"

#include <QObject>

#include <memory>

namespace Passdesk::Testing {

struct ReplyOutcome
{
    bool done = false;
    ApiError error;
    OrgConfig config;
    bool configMissing = false;
    DigitToken token;
    QList<PublicIdentity> identities;
};

inline std::shared_ptr<ReplyOutcome> capture(ApiReply *reply)
{
    auto outcome = std::make_shared<ReplyOutcome>();
    QObject::connect(reply, &ApiReply::finished, reply, [reply, outcome] {
        outcome->error = reply->error();
        if (auto *config = qobject_cast<OrgConfigReply *>(reply)) {
            outcome->config = config->config();
            outcome->configMissing = config->configMissing();
        } else if (auto *token = qobject_cast<DigitTokenReply *>(reply)) {
            outcome->token = token->token();
        } else if (auto *identities = qobject_cast<IdentitiesReply *>(reply)) {
            outcome->identities = identities->identities();
        }
        outcome->done = true;
    });
    return outcome;
}

} // namespace Passdesk::Testing
