#include "latencydesk.h"

#include "configpage.h"
#include "core/api/apiclient.h"
#include "core/auth/accesstokenprovider.h"
#include "core/secrets/memorysecretstore.h"
#include "core/settings/appsettings.h"
#include "core/tenants/tenantstore.h"
#include "linkrig.h"
#include "mainwindow.h"
#include "passdeskapp.h"
#include "sandboxclients.h"
#include "startupoptions.h"
#include "tenantswitcher.h"
#include "tokendialog.h"
#include "tokenhistory.h"
#include "identitylookup.h"

#include <QListView>
#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QEventLoop>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTest>
#include <QTimer>
#include <chrono>

namespace Passdesk::Bench {

namespace {

const QString clientId = QStringLiteral("sandbox-admin");

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
        std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

struct TenantPlace
{
    const char *id;
    QString name;
    const char *host; // another host name is another connection to the client
};

const TenantPlace places[] = {
    { "bench", LatencyDesk::firstTenant, "127.0.0.1" },
    { "other", LatencyDesk::secondTenant, "localhost" },
};

// Stops the clock at the end of the first frame painted by a matching widget after arm(): the
// frame is flushed when the event loop comes round again, so the paint counts.
class FrameWait final : public QObject
{
    Q_DISABLE_COPY_MOVE(FrameWait)

public:
    explicit FrameWait(std::function<bool(const QWidget *)> match)
        : m_match(std::move(match))
    {
        qApp->installEventFilter(this);
    }

    void arm() { m_armed = true; }
    // What was awaited is there without a new frame.
    void finishNow()
    {
        m_endNs = nowNs();
        m_loop.quit();
    }

    // Runs `before` (not timed: the keys before the last one), starts the clock, acts, and
    // returns the nanoseconds to the frame (-1: none in time).
    qint64 run(const std::function<void()> &act) { return run({}, act); }
    qint64 run(const std::function<void()> &before, const std::function<void()> &act)
    {
        QTimer::singleShot(LatencyDesk::giveUpMs, &m_loop, &QEventLoop::quit);
        if (before)
            before();
        m_startNs = nowNs();
        act();
        if (m_endNs < 0)
            m_loop.exec();
        return m_endNs < 0 ? -1 : m_endNs - m_startNs;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (m_armed && !m_seen && event->type() == QEvent::Paint && watched->isWidgetType()
            && m_match(static_cast<QWidget *>(watched))) {
            m_seen = true;
            QTimer::singleShot(0, this, [this] {
                m_endNs = nowNs();
                m_loop.quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<bool(const QWidget *)> m_match;
    QEventLoop m_loop;
    bool m_armed = false;
    bool m_seen = false;
    qint64 m_startNs = 0;
    qint64 m_endNs = -1;
};

std::function<bool(const QWidget *)> inWindow(const QWidget *window)
{
    return [window](const QWidget *widget) { return widget->window() == window; };
}

// The suggestions are a list inside the dialog: its own paint (or its viewport's) is the one.
std::function<bool(const QWidget *)> listPaint(const QListView *list)
{
    return [list](const QWidget *widget) { return widget == list || widget == list->viewport(); };
}

QStringList listedTexts(const QListView *list)
{
    QStringList texts;
    for (int row = 0; row < list->model()->rowCount(); ++row)
        texts.append(list->model()->index(row, 0).data().toString());
    return texts;
}

template<typename T> T *find(QWidget *parent, const char *name)
{
    return parent ? parent->findChild<T *>(QLatin1String(name)) : nullptr;
}

QWidget *visibleTopLevel(const QString &name)
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->isVisible() && widget->objectName() == name)
            return widget;
    }
    return nullptr;
}

} // namespace

LatencyDesk::LatencyDesk(LinkRig *rig, const QString &configDir)
    : m_rig(rig)
    , m_configDir(configDir)
{
    AppSettings settings(configDir);
    TenantStore store(settings.backend());
    for (const TenantPlace &place : places) {
        Tenant tenant;
        tenant.id = QString::fromLatin1(place.id);
        tenant.displayName = place.name;
        tenant.address = rig->url(QString::fromLatin1(place.host)).toString();
        tenant.clientId = clientId;
        tenant.testTenant = true;
        store.save(tenant);
    }
    store.setLastUsedId(QString::fromLatin1(places[0].id));
    settings.backend()->sync();
}

LatencyDesk::~LatencyDesk()
{
    if (MainWindow *main = window())
        main->configPage()->startOver(false); // no question about unsaved edits on the way out
}

MainWindow *LatencyDesk::window() const
{
    return m_app ? m_app->mainWindow() : nullptr;
}

qint64 LatencyDesk::startToConfigShown()
{
    FrameWait shown([](const QWidget *widget) {
        return qobject_cast<const MainWindow *>(widget->window()) != nullptr;
    });
    return shown.run([&] {
        auto keychain = std::make_unique<MemorySecretStore>();
        for (const TenantPlace &place : places) {
            Tenant tenant;
            tenant.id = QString::fromLatin1(place.id);
            keychain->write(tenant.secretKey(), Sandbox::builtInSecret(clientId), keychain.get(),
                [](const SecretStore::Result &) {});
        }
        StartupOptions options;
        options.configDir = m_configDir;
        m_app = std::make_unique<PassdeskApp>(options, std::move(keychain));
        if (!m_app->start().isEmpty() || !window())
            return;
        QObject::connect(window()->configPage(), &ConfigPage::configLoaded, &shown,
            [&shown] { shown.arm(); });
    });
}

void LatencyDesk::openTenantList()
{
    QComboBox *combo = window()->tenantSwitcher()->comboBox();
    QTest::mouseClick(combo, Qt::LeftButton); // the press opens the list
    if (!combo->view()->isVisible())
        combo->showPopup();
}

qint64 LatencyDesk::pickTenant(const QString &name)
{
    QComboBox *combo = window()->tenantSwitcher()->comboBox();
    const int index = combo->findText(name);
    if (index < 0)
        return -1;
    if (!combo->view()->isVisible())
        combo->showPopup(); // offscreen popups may close when the window loses focus
    QAbstractItemView *view = combo->view();
    if (!QTest::qWaitForWindowExposed(view->window()))
        return -1;
    view->setCurrentIndex(view->model()->index(index, 0)); // the agent moved to it
    FrameWait shown(inWindow(window()));
    QObject::connect(window()->configPage(), &ConfigPage::configLoaded, &shown,
        [&shown] { shown.arm(); });
    // Return rather than a click: the list ignores a click that comes within a double-click
    // interval of its opening (the request-count test does not wait that long).
    return shown.run([&] { QTest::keyClick(view, Qt::Key_Return); });
}

TokenDialog *LatencyDesk::openTokenDialog()
{
    TokenDialog *dialog = window()->openTokenDialog();
    if (!QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

void LatencyDesk::closeTokenDialog()
{
    QPointer<TokenDialog> dialog = window()->findChild<TokenDialog *>();
    if (dialog)
        dialog->reject();
    waitFor([&] { return !dialog || !dialog->isVisible(); });
}

qint64 LatencyDesk::suggestions(const QString &typed)
{
    auto *dialog = window()->findChild<TokenDialog *>();
    auto *lineEdit = find<QLineEdit>(dialog, "userIdLineEdit");
    auto *lookup = dialog ? dialog->findChild<IdentityLookup *>() : nullptr;
    if (!lineEdit || !lookup || typed.isEmpty())
        return -1;
    QListView *popup = lookup->suggestions();
    popup->hide();
    lineEdit->clear();
    lookup->forgetResults(); // a new caller: the lookup the clearing started, and the pace
    lineEdit->setFocus();
    FrameWait shown(listPaint(popup));
    shown.arm(); // the list paints only once it shows
    return shown.run([&] { QTest::keyClicks(lineEdit, typed.chopped(1)); },
        [&] { QTest::keyClicks(lineEdit, typed.right(1)); });
}

qint64 LatencyDesk::suggestionsTypedOn(const QString &more)
{
    auto *dialog = window()->findChild<TokenDialog *>();
    auto *lineEdit = find<QLineEdit>(dialog, "userIdLineEdit");
    auto *lookup = dialog ? dialog->findChild<IdentityLookup *>() : nullptr;
    if (!lineEdit || !lookup || more.isEmpty() || suggestions() < 0)
        return -1;
    // The answer for the whole text is in the list: at once when its entries are those the list
    // already shows (narrowed as the keys came), else at the list's next paint.
    const QString whole = lineEdit->text() + more;
    QListView *popup = lookup->suggestions();
    FrameWait listed(listPaint(popup));
    const QStringList before = listedTexts(popup);
    QObject::connect(lookup, &IdentityLookup::answerListed, &listed,
        [&listed, &before, popup, whole](const QString &prefix) {
            if (prefix != whole)
                return;
            if (listedTexts(popup) == before)
                listed.finishNow();
            else
                listed.arm();
        });
    return listed.run([&] { QTest::keyClicks(lineEdit, more.chopped(1)); },
        [&] { QTest::keyClicks(lineEdit, more.right(1)); });
}

qint64 LatencyDesk::clickToToken()
{
    auto *dialog = window()->findChild<TokenDialog *>();
    auto *digits = find<QLabel>(dialog, "tokenDigitsLabel");
    auto *generate = find<QPushButton>(dialog, "generateButton");
    if (!digits || !generate)
        return -1;
    auto *lookup = dialog->findChild<IdentityLookup *>();
    lookup->suggestions()->hide();
    find<QLineEdit>(dialog, "userIdLineEdit")->setText(QStringLiteral("Abby.Smith"));
    lookup->forgetResults(); // set, not typed and picked: no lookup for it
    find<QSpinBox>(dialog, "tokenLengthSpinBox")->setValue(8);
    find<QSpinBox>(dialog, "tokenDurationSpinBox")->setValue(5);
    find<QCheckBox>(dialog, "callerVerifiedCheckBox")->setChecked(true);
    FrameWait shown([digits](const QWidget *widget) { return widget == digits; });
    QObject::connect(window()->tokenHistory(), &QAbstractItemModel::rowsInserted, &shown,
        [&shown] { shown.arm(); });
    const qint64 ns = shown.run([&] { QTest::mouseClick(generate, Qt::LeftButton); });
    QCoreApplication::processEvents(); // the history and countdown settle between runs
    return ns;
}

void LatencyDesk::expireAccessToken()
{
    AccessTokenProvider *tokens = m_app->client()->accessTokens();
    if (!tokens->hasToken())
        return;
    QString current;
    bool answered = false;
    QObject context;
    tokens->withToken(&context, [&](const QString &token, const ApiError &) {
        current = token;
        answered = true;
    });
    waitFor([&] { return answered; });
    tokens->invalidate(current);
}

qint64 LatencyDesk::saveToSaved()
{
    ConfigPage *page = window()->configPage();
    auto *length = find<QSpinBox>(page, "digitTokenLengthSpinBox");
    auto *save = find<QPushButton>(page, "configSaveButton");
    if (!length || !save)
        return -1;
    const int value = length->value() == 9 ? 10 : 9;
    length->setFocus();
    length->selectAll();
    QTest::keyClicks(length, QString::number(value));
    if (!page->hasUnsavedChanges())
        return -1;

    FrameWait asked([](const QWidget *widget) {
        return widget->window()->objectName() == QLatin1String("saveConfirmationDialog");
    });
    asked.arm();
    const qint64 toQuestion = asked.run([&] { QTest::mouseClick(save, Qt::LeftButton); });
    QWidget *question = visibleTopLevel(QStringLiteral("saveConfirmationDialog"));
    auto *confirm = find<QPushButton>(question, "saveConfirmButton");
    if (toQuestion < 0 || !confirm)
        return -1;

    FrameWait saved(inWindow(window()));
    QObject::connect(page, &ConfigPage::dirtyChanged, &saved, [&saved](bool dirty) {
        if (!dirty)
            saved.arm();
    });
    const qint64 toSaved = saved.run([&] { QTest::mouseClick(confirm, Qt::LeftButton); });
    return toSaved < 0 ? -1 : toQuestion + toSaved;
}

void LatencyDesk::dwell(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

bool LatencyDesk::waitFor(const std::function<bool()> &done)
{
    return QTest::qWaitFor(done, giveUpMs);
}

} // namespace Passdesk::Bench
