#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace Passdesk {

class AppSettings;
class LanguageManager;

// Passdesk's preferences: the user interface language (takes effect at once, no restart),
// whether helpdesk staff must confirm they verified the caller, and how long a copied token
// stays on the clipboard. Applies only what changed, in accept().
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    SettingsDialog(AppSettings *settings, LanguageManager *languages, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillLanguages();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    AppSettings *m_settings;
    LanguageManager *m_languages;
};

} // namespace Passdesk
