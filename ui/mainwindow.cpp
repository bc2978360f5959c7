#include "mainwindow.h"

#include "ui_mainwindow.h"

namespace Passdesk {

MainWindow::MainWindow(ApiClient *client, AppSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_client(client)
    , m_settings(settings)
{
    m_ui->setupUi(this);
}

MainWindow::~MainWindow() = default;

} // namespace Passdesk
