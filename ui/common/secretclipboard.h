#pragma once

#include <QObject>
#include <QString>

class QTimer;

namespace Passdesk {

// Puts a secret on the clipboard marked so that clipboard managers do not keep it, and takes
// it off again after a while or at quit, but only if the clipboard still holds what we put
// there: a text the user copied since is theirs.
class SecretClipboard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretClipboard)

public:
    explicit SecretClipboard(QObject *parent = nullptr);
    ~SecretClipboard() override;

    // clearAfterSeconds 0 keeps it until quit.
    void copy(const QString &secret, int clearAfterSeconds);
    void clearNow(); // clears only what we copied
    bool holdsOurCopy() const;

signals:
    void cleared();

private:
    QTimer *m_timer;
    QString m_copied;
};

} // namespace Passdesk
