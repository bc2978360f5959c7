// The startup floor: a bare Qt Widgets program that shows one window with a label, measured
// exactly as bench_startup measures Passdesk (process start to the first painted frame).

#include "benchcommon.h"
#include "paintprobe.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

using namespace Passdesk::Bench;

int main(int argc, char *argv[])
{
    phase("main");
    QApplication app(argc, argv);
    phase("QApplication");
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("Hello"), &window));
    qint64 paintedNs = -1;
    PaintProbe probe(PaintProbe::window(&window), [&](qint64 ns) {
        paintedNs = ns;
        phase("first paint");
        QCoreApplication::quit();
    });
    probe.arm();
    window.show();
    QApplication::exec();
    printResult({ { QStringLiteral("program"), QStringLiteral("floor") },
        { QStringLiteral("firstPaintMs"), toMs(paintedNs) },
        { QStringLiteral("shownMs"), toMs(paintedNs) },
        { QStringLiteral("peakRssKb"), double(peakRssKb()) } });
    return paintedNs > 0 ? 0 : 1;
}
