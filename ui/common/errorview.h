#pragma once

#include "core/model/apierror.h"

#include <QDateTime>
#include <QWidget>

#include <memory>

class QTimer;

namespace Ui {
class ErrorView;
}

namespace Passdesk {

class TextScrollArea;

// Shows one failure as the server sent it: a summary in the UI language, the server's own
// messages and causes in the best locale it offered, the codes a support ticket needs, and a
// countdown before a rate-limited action may be retried.
class ErrorView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorView)

public:
    static constexpr int defaultRetryAfterSeconds = 10;
    // The server's messages scroll beyond this many lines.
    static constexpr int maxMessageLines = 12;

    explicit ErrorView(QWidget *parent = nullptr);
    ~ErrorView() override;

    void setTenantName(const QString &tenant);
    void setUiLanguages(const QStringList &uiLanguages);
    void showError(const ApiError &error);
    void clear();
    bool hasError() const { return m_error.isError(); }
    const ApiError &error() const { return m_error; }
    bool isRetryBlocked() const { return m_secondsLeft > 0; }
    void setRetryVisible(bool visible);

signals:
    void retryRequested();
    void retryBlockedChanged(bool blocked);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void tick();
    void copyDetails();

    std::unique_ptr<Ui::ErrorView> m_ui;
    TextScrollArea *m_messagesArea; // holds errorMessagesLabel
    ApiError m_error;
    QDateTime m_occurredAt;
    QString m_tenant;
    QStringList m_uiLanguages;
    QTimer *m_countdown;
    QTimer *m_copiedReset;
    int m_secondsLeft = 0;
    bool m_retryVisible = true;
};

} // namespace Passdesk
