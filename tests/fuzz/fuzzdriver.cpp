// The bounded-time runner of a fuzz target for the ordinary (GCC) build, registered with CTest.
// libFuzzer needs clang; this program calls the same LLVMFuzzerTestOneInput so that every build
// fuzzes a little:
//   1. it replays the seed corpus (every file of the target's corpus folder, in name order);
//   2. it then mutates corpus entries with a seeded generator (bit flips, byte edits, insertions
//      of dictionary tokens and boundary numbers, deletions, duplications, splices) until the
//      time is up, and keeps as a new base every input whose outcome (noteOutcome) is new.
// Environment: COOP_FUZZ_SECONDS (20), COOP_SEED (replays a run; printed at the start),
// COOP_FUZZ_RUNS (stop after that many mutated inputs), COOP_FUZZ_CORPUS and COOP_FUZZ_DICT
// (default: the target's folder and dictionary in the source tree), COOP_FUZZ_INPUT_SECONDS (60:
// one input running longer is reported as a hang), COOP_FUZZ_LIST_OUTCOMES (set: list the
// outcomes seen at the end). Files given as arguments are run once each
// instead, as libFuzzer does, to replay a saved input.
// A crash, a broken invariant or a hang prints the input in hexadecimal with the seed and the
// input's number.

#include "fuzz.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include <unistd.h>

namespace {

using Bytes = std::vector<uint8_t>;
using Clock = std::chrono::steady_clock;

constexpr size_t kMaxInput = 64 * 1024;
constexpr size_t kMaxCorpus = 20000;

// What the crash handler prints: plain globals, read from a signal handler.
const uint8_t *volatile g_input = nullptr;
volatile size_t g_inputSize = 0;
volatile uint64_t g_seed = 0;
volatile uint64_t g_number = 0;
volatile bool g_fromFiles = false;
std::atomic<int64_t> g_startedMs{-1};

void writeAll(const char *text, size_t size)
{
    while (size > 0) {
        const ssize_t n = ::write(STDERR_FILENO, text, size);
        if (n <= 0)
            return;
        text += n;
        size -= static_cast<size_t>(n);
    }
}

void writeText(const char *text)
{
    writeAll(text, std::strlen(text));
}

void writeNumber(uint64_t n)
{
    char digits[24];
    size_t i = sizeof digits;
    do {
        digits[--i] = static_cast<char>('0' + n % 10);
        n /= 10;
    } while (n > 0);
    writeAll(digits + i, sizeof digits - i);
}

// Only async-signal-safe calls: write(2) and our own formatting.
void printCurrentInput()
{
    const uint8_t *data = g_input;
    const size_t size = g_inputSize;
    writeText("\n*** fuzz driver: the failing input, ");
    writeNumber(size);
    if (g_fromFiles) {
        writeText(" bytes, file number ");
        writeNumber(g_number);
        writeText(" of the command line\n");
    } else {
        writeText(" bytes, number ");
        writeNumber(g_number);
        writeText(" of the run with seed ");
        writeNumber(g_seed);
        writeText(" (replay: COOP_SEED=");
        writeNumber(g_seed);
        writeText(", or save the hex below to a file: xxd -r -p hex > input; then run this program with it)\n");
    }
    static const char hex[] = "0123456789abcdef";
    char line[129];
    for (size_t i = 0; data != nullptr && i < size; i += 64) {
        size_t n = 0;
        for (size_t j = i; j < size && j < i + 64; ++j) {
            line[n++] = hex[data[j] >> 4];
            line[n++] = hex[data[j] & 0xf];
        }
        line[n++] = '\n';
        writeAll(line, n);
    }
}

void onFatalSignal(int sig)
{
    printCurrentInput();
    std::signal(sig, SIG_DFL);
    std::raise(sig);
}

int64_t nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now().time_since_epoch()).count();
}

// splitmix64: small, and the same sequence on every platform (std distributions are not).
class Random
{
public:
    explicit Random(uint64_t seed) : m_state(seed) {}
    uint64_t next()
    {
        uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    size_t below(size_t n) { return n == 0 ? 0 : static_cast<size_t>(next() % n); }

private:
    uint64_t m_state;
};

// A libFuzzer dictionary: lines `name="value"` or `"value"`, with \\, \" and \xNN escapes.
std::vector<Bytes> readDictionary(const std::string &path)
{
    std::vector<Bytes> tokens;
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line)) {
        const size_t open = line.find('"');
        const size_t close = line.rfind('"');
        if (line.empty() || line.front() == '#' || open == std::string::npos || close <= open)
            continue;
        Bytes token;
        for (size_t i = open + 1; i < close; ++i) {
            if (line[i] == '\\' && i + 1 < close) {
                if (line[i + 1] == 'x' && i + 3 < close) {
                    token.push_back(static_cast<uint8_t>(std::stoi(line.substr(i + 2, 2), nullptr, 16)));
                    i += 3;
                } else {
                    token.push_back(static_cast<uint8_t>(line[i + 1]));
                    ++i;
                }
            } else {
                token.push_back(static_cast<uint8_t>(line[i]));
            }
        }
        if (!token.empty())
            tokens.push_back(std::move(token));
    }
    return tokens;
}

Bytes readFile(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    return Bytes(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

const char *const kNumbers[] = {
    "0", "1", "-1", "2", "255", "256", "65536", "2147483647", "2147483648", "4294967296",
    "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
    "18446744073709551616", "1e308", "1e400", "-1e400", "0.5", "-0", "1.0", "0x10", "NaN",
};

class Mutator
{
public:
    Mutator(Random &random, std::vector<Bytes> dictionary)
        : m_random(random), m_dictionary(std::move(dictionary)) {}

    Bytes mutate(const std::vector<Bytes> &corpus)
    {
        Bytes data = corpus.empty() ? Bytes{} : corpus[m_random.below(corpus.size())];
        const size_t rounds = 1 + m_random.below(m_random.below(4) == 0 ? 16 : 4);
        for (size_t i = 0; i < rounds; ++i)
            step(data, corpus);
        if (data.size() > kMaxInput)
            data.resize(kMaxInput);
        return data;
    }

private:
    void insert(Bytes &data, const Bytes &what)
    {
        const size_t at = m_random.below(data.size() + 1);
        data.insert(data.begin() + static_cast<std::ptrdiff_t>(at), what.begin(), what.end());
    }

    // Overwrites a run of digits (or inserts, when there is none) with a boundary number.
    void replaceNumber(Bytes &data)
    {
        const std::string number = kNumbers[m_random.below(std::size(kNumbers))];
        const Bytes value(number.begin(), number.end());
        std::vector<size_t> starts;
        for (size_t i = 0; i < data.size(); ++i) {
            if (std::isdigit(data[i]) && (i == 0 || !std::isdigit(data[i - 1])))
                starts.push_back(i);
        }
        if (starts.empty()) {
            insert(data, value);
            return;
        }
        const size_t begin = starts[m_random.below(starts.size())];
        size_t end = begin;
        while (end < data.size() && std::isdigit(data[end]))
            ++end;
        data.erase(data.begin() + static_cast<std::ptrdiff_t>(begin), data.begin() + static_cast<std::ptrdiff_t>(end));
        data.insert(data.begin() + static_cast<std::ptrdiff_t>(begin), value.begin(), value.end());
    }

    void step(Bytes &data, const std::vector<Bytes> &corpus)
    {
        const size_t kind = m_random.below(data.empty() ? 3 : 11);
        switch (kind) {
        case 0: // a dictionary token
            if (!m_dictionary.empty()) {
                insert(data, m_dictionary[m_random.below(m_dictionary.size())]);
                return;
            }
            [[fallthrough]];
        case 1: // a few random bytes
        {
            Bytes bytes(1 + m_random.below(4));
            for (uint8_t &b : bytes)
                b = static_cast<uint8_t>(m_random.next());
            insert(data, bytes);
            return;
        }
        case 2:
            replaceNumber(data);
            return;
        case 3: // flip a bit
            data[m_random.below(data.size())] ^= static_cast<uint8_t>(1u << m_random.below(8));
            return;
        case 4: // a byte from the interesting ones
        {
            static const uint8_t special[] = {0, 0x7f, 0x80, 0xff, '"', '\\', '{', '}', '[', ']', ':', ',',
                                              '\n', '\r', ' ', '%', '?', '&', '=', '/', 0xc3, 0xed};
            data[m_random.below(data.size())] = special[m_random.below(std::size(special))];
            return;
        }
        case 5: // delete a range
        {
            const size_t at = m_random.below(data.size());
            const size_t n = 1 + m_random.below(std::min<size_t>(data.size() - at, 32));
            data.erase(data.begin() + static_cast<std::ptrdiff_t>(at), data.begin() + static_cast<std::ptrdiff_t>(at + n));
            return;
        }
        case 6: // duplicate a range (long strings, repeated keys, deep nesting)
        {
            const size_t at = m_random.below(data.size());
            const size_t n = 1 + m_random.below(std::min<size_t>(data.size() - at, 64));
            const Bytes piece(data.begin() + static_cast<std::ptrdiff_t>(at), data.begin() + static_cast<std::ptrdiff_t>(at + n));
            const size_t times = 1 + m_random.below(m_random.below(8) == 0 ? 200 : 3);
            for (size_t t = 0; t < times && data.size() < kMaxInput; ++t)
                insert(data, piece);
            return;
        }
        case 7: // splice: our head, another entry's tail
        {
            if (corpus.empty())
                return;
            const Bytes &other = corpus[m_random.below(corpus.size())];
            const size_t cut = m_random.below(data.size() + 1);
            const size_t from = m_random.below(other.size() + 1);
            data.resize(cut);
            data.insert(data.end(), other.begin() + static_cast<std::ptrdiff_t>(from), other.end());
            return;
        }
        case 8: // truncate
            data.resize(m_random.below(data.size()));
            return;
        case 9: // swap two bytes
            std::swap(data[m_random.below(data.size())], data[m_random.below(data.size())]);
            return;
        default:
            replaceNumber(data);
            return;
        }
    }

    Random &m_random;
    std::vector<Bytes> m_dictionary;
};

// Inputs whose outcome was new: the driver's feedback.
std::set<std::string> g_outcomes;
bool g_newOutcome = false;

void recordOutcome(std::string_view key)
{
    if (g_outcomes.emplace(key).second)
        g_newOutcome = true;
}

void runOne(const Bytes &input, uint64_t number)
{
    g_input = input.data();
    g_inputSize = input.size();
    g_number = number;
    g_startedMs.store(nowMs());
    LLVMFuzzerTestOneInput(input.data(), input.size());
    g_startedMs.store(-1);
}

uint64_t envNumber(const char *name, uint64_t fallback)
{
    const char *value = std::getenv(name);
    if (value == nullptr || *value == '\0')
        return fallback;
    return std::strtoull(value, nullptr, 10);
}

std::string envText(const char *name, const char *fallback)
{
    const char *value = std::getenv(name);
    return value != nullptr && *value != '\0' ? value : fallback;
}

} // namespace

#ifndef COOP_FUZZ_CORPUS_DIR
#define COOP_FUZZ_CORPUS_DIR ""
#endif
#ifndef COOP_FUZZ_DICT_FILE
#define COOP_FUZZ_DICT_FILE ""
#endif

int main(int argc, char **argv)
{
    for (const int sig : {SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL})
        std::signal(sig, onFatalSignal);
    setvbuf(stdout, nullptr, _IOLBF, 0);

    std::vector<std::string> files(argv + 1, argv + argc);
    LLVMFuzzerInitialize(&argc, &argv);

    // A hang is a failure too: a watchdog reports an input that runs too long.
    const int64_t hangMs = static_cast<int64_t>(envNumber("COOP_FUZZ_INPUT_SECONDS", 60)) * 1000;
    std::thread([hangMs] {
        for (;;) {
            std::this_thread::sleep_for(std::chrono::milliseconds(500));
            const int64_t started = g_startedMs.load();
            if (started >= 0 && nowMs() - started > hangMs) {
                writeText("\n*** fuzz driver: one input ran longer than COOP_FUZZ_INPUT_SECONDS\n");
                std::abort();
            }
        }
    }).detach();

    if (!files.empty()) {
        g_fromFiles = true;
        uint64_t n = 0;
        for (const std::string &file : files) {
            runOne(readFile(file), n++);
            std::printf("ran %s\n", file.c_str());
        }
        std::printf("%llu inputs ran without failure\n", static_cast<unsigned long long>(n));
        return 0;
    }

    const uint64_t seed = envNumber("COOP_SEED", static_cast<uint64_t>(nowMs()) ^ static_cast<uint64_t>(::getpid()));
    const double seconds = static_cast<double>(envNumber("COOP_FUZZ_SECONDS", 20));
    const uint64_t maxRuns = envNumber("COOP_FUZZ_RUNS", UINT64_MAX);
    const std::string corpusDir = envText("COOP_FUZZ_CORPUS", COOP_FUZZ_CORPUS_DIR);
    const std::string dictFile = envText("COOP_FUZZ_DICT", COOP_FUZZ_DICT_FILE);
    g_seed = seed;
    std::printf("fuzz driver: seed %llu (COOP_SEED=%llu replays this run), %.0f s, corpus %s\n",
                static_cast<unsigned long long>(seed), static_cast<unsigned long long>(seed), seconds,
                corpusDir.c_str());

    std::vector<std::filesystem::path> paths;
    std::error_code ec;
    for (const auto &entry : std::filesystem::directory_iterator(corpusDir, ec)) {
        if (entry.is_regular_file())
            paths.push_back(entry.path());
    }
    if (ec || paths.empty()) {
        std::fprintf(stderr, "fuzz driver: no seed corpus in \"%s\" (COOP_FUZZ_CORPUS)\n", corpusDir.c_str());
        return 1;
    }
    std::sort(paths.begin(), paths.end());

    coop::fuzz::setOutcomeSink(recordOutcome);
    std::vector<Bytes> corpus;
    uint64_t number = 0;
    for (const auto &path : paths) {
        corpus.push_back(readFile(path));
        runOne(corpus.back(), number++);
    }
    std::printf("replayed %zu seed inputs, %zu distinct outcomes\n", corpus.size(), g_outcomes.size());

    Random random(seed);
    Mutator mutator(random, readDictionary(dictFile));
    const auto start = Clock::now();
    const auto deadline = start + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds));
    uint64_t mutated = 0;
    while (mutated < maxRuns && Clock::now() < deadline) {
        Bytes input = mutator.mutate(corpus);
        g_newOutcome = false;
        runOne(input, number++);
        ++mutated;
        if (g_newOutcome && corpus.size() < kMaxCorpus)
            corpus.push_back(std::move(input));
    }
    const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
    std::printf("fuzz driver: seed %llu, %llu mutated inputs in %.1f s (%.0f/s), %zu distinct outcomes, "
                "corpus grew to %zu; no failure\n",
                static_cast<unsigned long long>(seed), static_cast<unsigned long long>(mutated), elapsed,
                elapsed > 0 ? static_cast<double>(mutated) / elapsed : 0.0, g_outcomes.size(), corpus.size());
    if (std::getenv("COOP_FUZZ_LIST_OUTCOMES") != nullptr) {
        for (const std::string &outcome : g_outcomes)
            std::printf("  outcome: %s\n", outcome.c_str());
    }
    std::fflush(stdout);
    // Leave at once: the target's process-wide state (a database, an application object) is torn
    // down by the exit handlers it registered.
    std::exit(0);
}
