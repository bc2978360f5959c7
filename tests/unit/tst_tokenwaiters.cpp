// TokenWaiters: each waiter is answered once, in order, never after its context is gone.

#include "core/auth/tokenwaiters.h"

#include <QTest>

#include <memory>

using namespace Passdesk;

class TestTokenWaiters final : public QObject
{
    Q_OBJECT

private slots:
    void answersEachOnceInOrderThePrependedFirst()
    {
        TokenWaiters waiters;
        QObject context;
        QStringList heard;
        waiters.append(&context, [&](const QString &token, const ApiError &) { heard << QStringLiteral("a:") + token; });
        waiters.append(&context, [&](const QString &token, const ApiError &) { heard << QStringLiteral("b:") + token; });
        waiters.prepend(&context, [&](const QString &token, const ApiError &) { heard << QStringLiteral("first:") + token; });
        waiters.answer(QStringLiteral("t1"), {});
        waiters.answer(QStringLiteral("t2"), {});
        QCOMPARE(heard, (QStringList { QStringLiteral("first:t1"), QStringLiteral("a:t1"), QStringLiteral("b:t1") }));
    }

    void anErrorCarriesNoToken()
    {
        TokenWaiters waiters;
        QObject context;
        QString heardToken = QStringLiteral("unset");
        ApiError heardError;
        waiters.append(&context, [&](const QString &token, const ApiError &error) {
            heardToken = token;
            heardError = error;
        });
        waiters.answer(QStringLiteral("secret"), ApiError::credentialsNeeded(QStringLiteral("sign in")));
        QVERIFY(heardToken.isEmpty());
        QVERIFY(heardError.isError());
    }

    void aGoneContextIsSkipped()
    {
        TokenWaiters waiters;
        auto context = std::make_unique<QObject>();
        bool called = false;
        waiters.append(context.get(), [&](const QString &, const ApiError &) { called = true; });
        context.reset();
        waiters.answer(QStringLiteral("t"), {});
        QVERIFY(!called);
    }

    void aWaiterAddedWhileAnsweringWaitsForTheNextAnswer()
    {
        TokenWaiters waiters;
        QObject context;
        QStringList heard;
        waiters.append(&context, [&](const QString &token, const ApiError &) {
            heard << QStringLiteral("outer:") + token;
            waiters.append(&context, [&](const QString &again, const ApiError &) { heard << QStringLiteral("inner:") + again; });
        });
        waiters.answer(QStringLiteral("t1"), {});
        QCOMPARE(heard, (QStringList { QStringLiteral("outer:t1") }));
        waiters.answer(QStringLiteral("t2"), {});
        QCOMPARE(heard, (QStringList { QStringLiteral("outer:t1"), QStringLiteral("inner:t2") }));
    }

    void cancelAndClear()
    {
        TokenWaiters waiters;
        QObject context;
        ApiError::Kind kind = ApiError::Kind::None;
        waiters.append(&context, [&](const QString &, const ApiError &error) { kind = error.kind; });
        waiters.cancel();
        QCOMPARE(kind, ApiError::Kind::Canceled);
        bool called = false;
        waiters.append(&context, [&](const QString &, const ApiError &) { called = true; });
        waiters.clear();
        waiters.answer(QStringLiteral("t"), {});
        QVERIFY(!called);
    }
};

QTEST_APPLESS_MAIN(TestTokenWaiters)
#include "tst_tokenwaiters.moc"
