#pragma once

#include <QWidget>
#include <memory>

namespace Ui {
class TokenHistoryPanel;
}

namespace Passdesk {

class TokenHistory;

// The token dialog's "Session history" tab: the tokens generated in this session (never their
// digits), copied as text or saved as CSV. The columns are fitted to the rows as they arrive, but
// only while the tab is in view (setInView): a token generated on the other tab costs nothing
// here, and the rows added meanwhile are fitted when the tab comes back. Columns only ever grow,
// so what the agent widened stays.
class TokenHistoryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenHistoryPanel)

public:
    explicit TokenHistoryPanel(QWidget *parent = nullptr);
    ~TokenHistoryPanel() override;

    void setHistory(TokenHistory *history);
    // Whether this tab is the one shown; rows added while it was not are fitted when it is.
    void setInView(bool inView);

signals:
    // Saving as CSV failed; reason is translated and names the file.
    void saveFailed(const QString &reason);

protected:
    void changeEvent(QEvent *event) override;

private:
    void saveAsCsv();
    void fitColumns(int first, int last);
    void fitUnfittedColumns();

    std::unique_ptr<Ui::TokenHistoryPanel> m_ui;
    TokenHistory *m_history = nullptr;
    bool m_inView = false;
    int m_unfittedFrom = -1; // rows added while the history was out of view
};

} // namespace Passdesk
