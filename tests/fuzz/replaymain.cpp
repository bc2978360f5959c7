// Runs a fuzz target's LLVMFuzzerTestOneInput over files and directories without libFuzzer,
// so the ordinary build (and the sanitizer build) replays the seed corpus as a regression test.

#include "fuzzcheck.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <vector>

namespace {

bool replay(const std::filesystem::path &file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return false;
    const std::vector<char> content { std::istreambuf_iterator<char>(in),
        std::istreambuf_iterator<char>() };
    // A heap copy of exactly the file's size, as libFuzzer passes it.
    const auto data = std::make_unique<uint8_t[]>(std::max<size_t>(content.size(), 1));
    std::copy(content.cbegin(), content.cend(), data.get());
    LLVMFuzzerTestOneInput(data.get(), content.size());
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    int count = 0;
    for (int i = 1; i < argc; ++i) {
        const std::filesystem::path path(argv[i]);
        std::vector<std::filesystem::path> files;
        if (std::filesystem::is_directory(path)) {
            for (const auto &entry : std::filesystem::directory_iterator(path)) {
                if (entry.is_regular_file())
                    files.push_back(entry.path());
            }
            std::sort(files.begin(), files.end());
        } else {
            files.push_back(path);
        }
        for (const auto &file : files) {
            if (!replay(file)) {
                std::fprintf(stderr, "cannot read %s\n", file.c_str());
                return 1;
            }
            ++count;
        }
    }
    std::printf("replayed %d inputs\n", count);
    return count > 0 ? 0 : 1; // an empty corpus would make the test prove nothing
}
