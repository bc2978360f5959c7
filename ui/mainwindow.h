#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace Passdesk {

class ApiClient;
class AppSettings;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(ApiClient *client, AppSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

private:
    std::unique_ptr<Ui::MainWindow> m_ui;
    ApiClient *m_client;
    AppSettings *m_settings;
};

} // namespace Passdesk
