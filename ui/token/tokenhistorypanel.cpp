#include "tokenhistorypanel.h"

#include "tokenhistory.h"
#include "ui_tokenhistorypanel.h"

#include <QClipboard>
#include <QDate>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHeaderView>
#include <QSaveFile>

#include <algorithm>

namespace Passdesk {

TokenHistoryPanel::TokenHistoryPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TokenHistoryPanel>())
{
    m_ui->setupUi(this);
    connect(m_ui->historyCopyButton, &QPushButton::clicked, this,
        [this] { QGuiApplication::clipboard()->setText(m_history->toText()); });
    connect(m_ui->historySaveCsvButton, &QPushButton::clicked, this, &TokenHistoryPanel::saveAsCsv);
}

TokenHistoryPanel::~TokenHistoryPanel() = default;

void TokenHistoryPanel::setHistory(TokenHistory *history)
{
    m_history = history;
    m_ui->tokenHistoryTableView->setModel(history);
    // Sized once per new row, not ResizeToContents: that measured every row again on each new
    // token and each countdown second, so a click grew dearer with the session.
    m_ui->tokenHistoryTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->tokenHistoryTableView->horizontalHeader()->setStretchLastSection(true);
    m_ui->tokenHistoryTableView->verticalHeader()->setVisible(false);
    connect(history, &QAbstractItemModel::rowsInserted, this,
        [this](const QModelIndex &, int first, int last) { fitColumns(first, last); });
    connect(history, &QAbstractItemModel::modelReset, this,
        [this] { fitColumns(0, m_history->rowCount() - 1); });
    fitColumns(0, history->rowCount() - 1);
}

void TokenHistoryPanel::setInView(bool inView)
{
    m_inView = inView;
    fitUnfittedColumns();
}

void TokenHistoryPanel::saveAsCsv()
{
    // The dialog's window owns the file dialog, as it did when the dialog opened it.
    auto *fileDialog
        = new QFileDialog(window(), tr("Save token history"), QString(), tr("CSV files (*.csv)"));
    fileDialog->setObjectName(QStringLiteral("historySaveFileDialog"));
    fileDialog->setAttribute(Qt::WA_DeleteOnClose);
    fileDialog->setAcceptMode(QFileDialog::AcceptSave);
    fileDialog->setDefaultSuffix(QStringLiteral("csv"));
    fileDialog->selectFile(
        QStringLiteral("passdesk-tokens-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)));
    connect(fileDialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(m_history->toCsv().toUtf8()) < 0
            || !file.commit())
            emit saveFailed(
                tr("The history could not be saved to %1: %2").arg(path, file.errorString()));
    });
    fileDialog->open();
}

void TokenHistoryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        if (m_history)
            fitColumns(0, m_history->rowCount() - 1); // the headers' words changed
    }
    QWidget::changeEvent(event);
}

void TokenHistoryPanel::fitColumns(int first, int last)
{
    // Sized when the history is in view: a token generated on the other tab costs nothing here.
    if (!m_inView) {
        m_unfittedFrom = m_unfittedFrom < 0 ? first : std::min(m_unfittedFrom, first);
        return;
    }
    // Each column (but the stretched last one) as wide as its header and the new rows need;
    // never narrower than before, so what the agent widened stays.
    QTableView *view = m_ui->tokenHistoryTableView;
    QHeaderView *header = view->horizontalHeader();
    const int grid = view->showGrid() ? 1 : 0;
    for (int column = 0; column < m_history->columnCount() - 1; ++column) {
        int width = header->sectionSizeHint(column);
        for (int row = first; row <= last; ++row)
            width = std::max(
                width, view->sizeHintForIndex(m_history->index(row, column)).width() + grid);
        if (width > header->sectionSize(column))
            header->resizeSection(column, width);
    }
}

void TokenHistoryPanel::fitUnfittedColumns()
{
    if (m_unfittedFrom < 0 || !m_inView)
        return;
    const int first = m_unfittedFrom;
    m_unfittedFrom = -1;
    fitColumns(first, m_history->rowCount() - 1);
}

} // namespace Passdesk
