#pragma once

// Shared by the fuzz targets: an invariant that does not hold is a finding, so it stops the
// run at once (libFuzzer then saves the input as a crash artifact).

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#define PASSDESK_FUZZ_CHECK(condition)                                                             \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #condition); \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace PassdeskFuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    // A copy of exactly `size` bytes, so AddressSanitizer sees any read past its end.
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

// UI language lists as LanguageManager hands them to the error model.
inline const QList<QStringList> &uiLanguageLists()
{
    static const QList<QStringList> lists { {}, { QStringLiteral("en-US"), QStringLiteral("en") },
        { QStringLiteral("de-DE"), QStringLiteral("de"), QStringLiteral("en") },
        { QStringLiteral("ja") }, { QStringLiteral("fr_FR"), QStringLiteral("es") } };
    return lists;
}

} // namespace PassdeskFuzz
