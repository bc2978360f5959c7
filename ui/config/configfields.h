#pragma once

#include "core/model/orgconfig.h"

#include <QObject>

#include <optional>

namespace Ui {
class ConfigPage;
}

namespace Passdesk {

// The config form's four fields (two switches, two spin boxes that cannot hold a value out of
// the contract's range) with their "Changed" markers: shows a config, reads back the edited one,
// and marks each field that differs from the saved value (a bold caption and "Changed", whose
// tooltip gives the saved value). The lifetime and length follow the digit-token switch.
class ConfigFields final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigFields)

public:
    ConfigFields(Ui::ConfigPage &ui, QObject *parent);

    void show(const OrgConfig &config);
    OrgConfig edited() const;
    void setEditable(bool editable);
    void markChanges(const std::optional<OrgConfig> &saved);

signals:
    void changed(); // the user (or show()) changed a field

private:
    Ui::ConfigPage &m_ui;
};

} // namespace Passdesk
