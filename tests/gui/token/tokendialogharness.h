// Shared by the token dialog suites: a sandbox tenant, a history, the real dialog on it, and
// the moves an agent makes (type and pick a caller, fill the request, generate).

#pragma once

#include "errorview.h"
#include "guihelpers.h"
#include "identitylookup.h"
#include "sandboxfixture.h"
#include "tokendialog.h"
#include "tokenhistory.h"

#include <QListView>
#include <QAbstractItemView>
#include <QCheckBox>
#include <QClipboard>
#include <QCompleter>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

#include <memory>

namespace Passdesk::Testing {

inline constexpr int waitMs = 10000;
inline const QString digitPath = QStringLiteral("/generate-password-reset-token/digit");

class TokenDialogHarness
{
protected:
    // Called from each suite's init() and cleanup() slots.
    void setUp()
    {
        m_fixture = std::make_unique<SandboxFixture>();
        m_history = std::make_unique<TokenHistory>();
        m_now = QDateTime::currentDateTimeUtc();
    }

    void tearDown()
    {
        m_dialog.reset();
        m_history.reset();
        m_fixture.reset();
        QGuiApplication::clipboard()->clear();
    }

    void start(const QString &clientId = QStringLiteral("sandbox-helpdesk"), ApiVersion version = ApiVersion::V2025)
    {
        QVERIFY(m_fixture->start(clientId, version));
        m_dialog = std::make_unique<TokenDialog>(&m_fixture->client, &m_fixture->settings, m_history.get());
        m_dialog->setClock([this] { return m_now; });
        m_dialog->setTenantName(QStringLiteral("Sandbox"));
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }

    void fillRequest(const QString &userId, int length, int duration = 5)
    {
        find<QLineEdit>("userIdLineEdit")->setText(userId);
        find<QSpinBox>("tokenLengthSpinBox")->setValue(length);
        find<QSpinBox>("tokenDurationSpinBox")->setValue(duration);
        find<QCheckBox>("callerVerifiedCheckBox")->setChecked(true);
    }

    void generateAndWait()
    {
        QVERIFY(find<QPushButton>("generateButton")->isEnabled());
        find<QPushButton>("generateButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(find<QWidget>("tokenGroupBox")->isVisible() || find<ErrorView>("tokenErrorView")->hasError(),
                                 waitMs);
    }

    // Types into the user field and picks the entry for `alias` from the lookup list.
    void pick(const QString &typed, const QString &alias)
    {
        auto *lineEdit = find<QLineEdit>("userIdLineEdit");
        lineEdit->setFocus();
        QTest::keyClicks(lineEdit, typed);
        QAbstractItemView *popup = m_dialog->findChild<IdentityLookup *>()->suggestions();
        QTRY_VERIFY_WITH_TIMEOUT(popup->isVisible(), waitMs);
        const QAbstractItemModel *model = popup->model();
        int row = -1;
        for (int i = 0; i < model->rowCount(); ++i) {
            if (model->index(i, 0).data().toString().contains(QStringLiteral("(%1)").arg(isolated(alias))))
                row = i;
        }
        QVERIFY2(row >= 0, qPrintable(alias));
        popup->setCurrentIndex(model->index(row, 0));
        QTest::keyClick(popup, Qt::Key_Return);
        QTRY_COMPARE(lineEdit->text(), alias);
    }

    template<typename T>
    T *find(const char *name) { return child<T>(m_dialog.get(), name); }
    QString shownDigits() { return find<QLabel>("tokenDigitsLabel")->text().remove(u' '); }

    std::unique_ptr<SandboxFixture> m_fixture;
    std::unique_ptr<TokenHistory> m_history;
    std::unique_ptr<TokenDialog> m_dialog;
    QDateTime m_now;
};

} // namespace Passdesk::Testing
