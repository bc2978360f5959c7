#include "core/model/orgconfig.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <cmath>

namespace Passdesk {

namespace {
// lupdate reads this context; the strings below are translated in it.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Passdesk::OrgConfig)
};
} // namespace

namespace {

const QLatin1String customInstructionsKey("customInstructionsEnabled");
const QLatin1String enabledKey("digitTokenEnabled");
const QLatin1String durationKey("digitTokenDurationMinutes");
const QLatin1String lengthKey("digitTokenLength");

bool readBool(const QJsonObject &object, QLatin1String key, bool &target, QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return true;
    if (!value.isBool()) {
        if (error)
            *error
                = Texts::tr("The server sent %1 as something other than true or false.").arg(key);
        return false;
    }
    target = value.toBool();
    return true;
}

bool readInt(const QJsonObject &object, QLatin1String key, int minimum, int maximum, int &target,
    QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return true;
    const double number = value.toDouble();
    if (!value.isDouble() || std::trunc(number) != number) {
        if (error)
            *error
                = Texts::tr("The server sent %1 as something other than a whole number.").arg(key);
        return false;
    }
    if (number < minimum || number > maximum) {
        if (error)
            *error = Texts::tr("The server sent %1 = %2, outside the allowed %3 to %4.")
                         .arg(key, QString::number(number, 'g', 12))
                         .arg(minimum)
                         .arg(maximum);
        return false;
    }
    target = static_cast<int>(number);
    return true;
}

QString rangeError(const char *field, int value, int minimum, int maximum)
{
    return Texts::tr("%1 must be between %2 and %3, not %4.")
        .arg(QLatin1String(field))
        .arg(minimum)
        .arg(maximum)
        .arg(value);
}

} // namespace

QJsonObject OrgConfig::toJson() const
{
    return QJsonObject { { customInstructionsKey, customInstructionsEnabled },
        { enabledKey, digitTokenEnabled }, { durationKey, digitTokenDurationMinutes },
        { lengthKey, digitTokenLength } };
}

std::optional<OrgConfig> OrgConfig::fromJson(const QByteArray &body, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error)
            *error = Texts::tr("The password org config from the server is not a JSON object.");
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    OrgConfig config;
    if (!readBool(object, customInstructionsKey, config.customInstructionsEnabled, error)
        || !readBool(object, enabledKey, config.digitTokenEnabled, error)
        || !readInt(
            object, durationKey, minDuration, maxDuration, config.digitTokenDurationMinutes, error)
        || !readInt(object, lengthKey, minLength, maxLength, config.digitTokenLength, error))
        return std::nullopt;
    return config;
}

bool OrgConfigChange::isEmpty() const
{
    return !customInstructionsEnabled && !digitTokenEnabled && !digitTokenDurationMinutes
        && !digitTokenLength;
}

QJsonObject OrgConfigChange::toJson() const
{
    QJsonObject object;
    if (customInstructionsEnabled)
        object.insert(customInstructionsKey, *customInstructionsEnabled);
    if (digitTokenEnabled)
        object.insert(enabledKey, *digitTokenEnabled);
    if (digitTokenDurationMinutes)
        object.insert(durationKey, *digitTokenDurationMinutes);
    if (digitTokenLength)
        object.insert(lengthKey, *digitTokenLength);
    return object;
}

OrgConfigChange OrgConfigChange::between(const OrgConfig &loaded, const OrgConfig &edited)
{
    OrgConfigChange change;
    if (loaded.customInstructionsEnabled != edited.customInstructionsEnabled)
        change.customInstructionsEnabled = edited.customInstructionsEnabled;
    if (loaded.digitTokenEnabled != edited.digitTokenEnabled)
        change.digitTokenEnabled = edited.digitTokenEnabled;
    if (loaded.digitTokenDurationMinutes != edited.digitTokenDurationMinutes)
        change.digitTokenDurationMinutes = edited.digitTokenDurationMinutes;
    if (loaded.digitTokenLength != edited.digitTokenLength)
        change.digitTokenLength = edited.digitTokenLength;
    return change;
}

OrgConfigChange OrgConfigChange::allOf(const OrgConfig &config)
{
    return { config.customInstructionsEnabled, config.digitTokenEnabled,
        config.digitTokenDurationMinutes, config.digitTokenLength };
}

OrgConfig OrgConfigChange::appliedTo(OrgConfig base) const
{
    base.customInstructionsEnabled
        = customInstructionsEnabled.value_or(base.customInstructionsEnabled);
    base.digitTokenEnabled = digitTokenEnabled.value_or(base.digitTokenEnabled);
    base.digitTokenDurationMinutes
        = digitTokenDurationMinutes.value_or(base.digitTokenDurationMinutes);
    base.digitTokenLength = digitTokenLength.value_or(base.digitTokenLength);
    return base;
}

QList<OrgConfigStoredDifference> storedDifferently(
    const OrgConfig &old, const OrgConfigChange &sent, const OrgConfig &stored)
{
    QList<OrgConfigStoredDifference> differences;
    auto compare = [&](const char *field, const auto &asked, const auto &before, const auto &now) {
        if (asked ? *asked != now : before != now)
            differences.append({ field, asked.has_value() });
    };
    compare("customInstructionsEnabled", sent.customInstructionsEnabled,
        old.customInstructionsEnabled, stored.customInstructionsEnabled);
    compare("digitTokenEnabled", sent.digitTokenEnabled, old.digitTokenEnabled,
        stored.digitTokenEnabled);
    compare("digitTokenDurationMinutes", sent.digitTokenDurationMinutes,
        old.digitTokenDurationMinutes, stored.digitTokenDurationMinutes);
    compare("digitTokenLength", sent.digitTokenLength, old.digitTokenLength,
        stored.digitTokenLength);
    return differences;
}

QString OrgConfigChange::validationError() const
{
    if (digitTokenDurationMinutes
        && (*digitTokenDurationMinutes < OrgConfig::minDuration
            || *digitTokenDurationMinutes > OrgConfig::maxDuration))
        return rangeError("digitTokenDurationMinutes", *digitTokenDurationMinutes,
            OrgConfig::minDuration, OrgConfig::maxDuration);
    if (digitTokenLength
        && (*digitTokenLength < OrgConfig::minLength || *digitTokenLength > OrgConfig::maxLength))
        return rangeError(
            "digitTokenLength", *digitTokenLength, OrgConfig::minLength, OrgConfig::maxLength);
    return {};
}

} // namespace Passdesk
