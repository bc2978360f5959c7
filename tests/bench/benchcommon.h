#pragma once

// Shared by the benchmark drivers: when the process started, peak memory, the longest
// event-loop stall, and results as one JSON object per line on stdout (the runner reads them).

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>
#include <vector>

namespace Passdesk::Bench {

inline qint64 clockNs(clockid_t clock)
{
    timespec now {};
    clock_gettime(clock, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

// Nanoseconds since this process was started. The runner passes the CLOCK_MONOTONIC time at
// which it spawned us (PASSDESK_BENCH_T0_NS), so exec and dynamic loading count. Without it,
// /proc/self/stat's start time is used (clock ticks, 10 ms resolution).
inline qint64 nsSinceProcessStart()
{
    if (const char *t0 = std::getenv("PASSDESK_BENCH_T0_NS"); t0 && *t0)
        return clockNs(CLOCK_MONOTONIC) - std::strtoll(t0, nullptr, 10);
    FILE *stat = std::fopen("/proc/self/stat", "r");
    if (!stat)
        return -1;
    char buffer[1024] = {};
    const size_t read = std::fread(buffer, 1, sizeof buffer - 1, stat);
    std::fclose(stat);
    buffer[read] = 0;
    // The command name may contain spaces; fields are counted after its closing parenthesis.
    const char *field = std::strrchr(buffer, ')');
    if (!field)
        return -1;
    int index = 2; // the field after ')' is field 3 (state)
    unsigned long long startTicks = 0;
    for (const char *p = field + 1; *p; ++p) {
        if (*p == ' ' && ++index == 22) {
            startTicks = std::strtoull(p + 1, nullptr, 10);
            break;
        }
    }
    const qint64 startNs = qint64(startTicks) * 1000000000 / sysconf(_SC_CLK_TCK);
    return clockNs(CLOCK_BOOTTIME) - startNs;
}

inline long peakRssKb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // kilobytes on Linux
}

inline double toMs(qint64 ns)
{
    return double(ns) / 1e6;
}

// With PASSDESK_BENCH_PHASES set, prints to stderr when a start-up phase ended, in ms since
// process start, and the calling thread's CPU time so far (for profiling where the time goes:
// a thread that waits shows less CPU than wall time; the runner does not set it).
inline void phase(const char *name)
{
    static const bool enabled = qEnvironmentVariableIsSet("PASSDESK_BENCH_PHASES");
    if (enabled)
        std::fprintf(stderr, "phase %-16s %8.2f ms  (this thread's CPU %6.2f ms)\n", name,
            toMs(nsSinceProcessStart()), toMs(clockNs(CLOCK_THREAD_CPUTIME_ID)));
}

inline void printResult(const QJsonObject &result)
{
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

inline double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

// The largest gap between two iterations of the event loop: a zero-interval timer fires once
// per iteration, so a long gap is time the loop spent in one piece of work (or the thread was
// not scheduled at all: the UI thread's CPU time over the gap tells the two apart).
class StallWatchdog final : public QObject
{
    Q_DISABLE_COPY_MOVE(StallWatchdog)

public:
    static constexpr qint64 frameNs = 16'000'000;

    StallWatchdog()
    {
        m_timer.setInterval(0);
        QObject::connect(&m_timer, &QTimer::timeout, this, &StallWatchdog::tick);
    }

    void start()
    {
        m_maxGapNs = m_maxGapCpuNs = m_maxCpuNs = 0;
        m_overFrame = 0;
        m_iterations = 0;
        m_lastNs = clockNs(CLOCK_MONOTONIC);
        m_lastCpuNs = clockNs(CLOCK_THREAD_CPUTIME_ID);
        m_timer.start();
    }

    void stop()
    {
        tick();
        m_timer.stop();
    }

    qint64 maxGapNs() const { return m_maxGapNs; } // wall time
    qint64 maxGapCpuNs() const { return m_maxGapCpuNs; } // UI-thread CPU during that gap
    qint64 maxCpuNs() const { return m_maxCpuNs; } // the most CPU any one gap took
    int overFrame() const { return m_overFrame; } // gaps longer than a 16 ms frame
    qint64 iterations() const { return m_iterations; }

private:
    void tick()
    {
        const qint64 now = clockNs(CLOCK_MONOTONIC);
        const qint64 cpu = clockNs(CLOCK_THREAD_CPUTIME_ID);
        const qint64 gap = now - m_lastNs;
        const qint64 gapCpu = cpu - m_lastCpuNs;
        if (gap > m_maxGapNs) {
            m_maxGapNs = gap;
            m_maxGapCpuNs = gapCpu;
        }
        m_maxCpuNs = std::max(m_maxCpuNs, gapCpu);
        if (gap > frameNs)
            ++m_overFrame;
        ++m_iterations;
        m_lastNs = now;
        m_lastCpuNs = cpu;
    }

    QTimer m_timer;
    qint64 m_lastNs = 0;
    qint64 m_lastCpuNs = 0;
    qint64 m_maxGapNs = 0;
    qint64 m_maxGapCpuNs = 0;
    qint64 m_maxCpuNs = 0;
    int m_overFrame = 0;
    qint64 m_iterations = 0;
};

} // namespace Passdesk::Bench
