#pragma once

// Shared steps of the config page tests: a page on the sandbox, typing, and what the sandbox saw.

#include "configpage.h"
#include "guihelpers.h"
#include "sandboxfixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

#include <memory>

namespace Passdesk::Testing {

inline constexpr int configWaitMs = 10000;
inline const QString configPath = QStringLiteral("/password-org-config");

// Shows a page for the fixture's client and loads it; true once the config (or its absence)
// is known.
inline bool showLoadedPage(SandboxFixture &fixture, std::unique_ptr<ConfigPage> &page)
{
    page = std::make_unique<ConfigPage>(&fixture.client);
    page->resize(720, 640);
    page->show();
    if (!QTest::qWaitForWindowExposed(page.get()))
        return false;
    page->load();
    const bool expectConfig = fixture.server.orgConfig().has_value();
    auto *create = page->findChild<QPushButton *>(QStringLiteral("configCreateButton"));
    return QTest::qWaitFor([&] { return expectConfig ? page->loadedConfig().has_value() : create->isVisible(); },
                           configWaitMs);
}

// Replaces a spin box's text the way a user does: focus, select all, type.
inline void typeInto(QSpinBox *box, const QString &typed)
{
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, typed);
}

inline QJsonObject lastRequestBody(const Sandbox::SandboxServer &server, const QByteArray &method)
{
    const auto requests = server.requests();
    for (auto it = requests.crbegin(); it != requests.crend(); ++it) {
        if (it->method == method)
            return QJsonDocument::fromJson(it->body).object();
    }
    return {};
}

} // namespace Passdesk::Testing
