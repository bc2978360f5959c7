// The startup floor: a bare Qt Widgets program that shows one window with a label, measured
// exactly as bench_startup measures Passdesk (process start to the first painted frame).
// `--size WxH` shows the window at that size instead of its own (a label's): the runner passes
// Passdesk's main window size, so both pay the same for their window's pixels.

#include "benchcommon.h"
#include "paintprobe.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <cstdio>
#include <cstring>

using namespace Passdesk::Bench;

int main(int argc, char *argv[])
{
    phase("main");
    int width = 0;
    int height = 0;
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--size") == 0
            && std::sscanf(argv[i + 1], "%dx%d", &width, &height) != 2) {
            std::fprintf(stderr, "bench_floor: --size takes WIDTHxHEIGHT\n");
            return 2;
        }
    }
    QApplication app(argc, argv);
    phase("QApplication");
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("Hello"), &window));
    if (width > 0 && height > 0)
        window.resize(width, height);
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
        { QStringLiteral("peakRssKb"), double(peakRssKb()) },
        { QStringLiteral("windowWidth"), window.width() },
        { QStringLiteral("windowHeight"), window.height() } });
    return paintedNs > 0 ? 0 : 1;
}
