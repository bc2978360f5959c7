#include "core/secrets/secretstore.h"

namespace Passdesk {

SecretStore::~SecretStore() = default;

} // namespace Passdesk
