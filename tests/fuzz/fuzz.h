#pragma once

// What the fuzz targets of CoopDesk share with the two programs that run them: libFuzzer (a
// clang build with COOP_BUILD_FUZZERS=ON) and the bounded-time driver the test suite runs
// (fuzzdriver.cpp). A target defines the two libFuzzer entry points below and reports a broken
// invariant with violation(); both runners keep the input that caused it.

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace coop::fuzz {

// Prints what went wrong (and the detail: the request, the answer…) and aborts; the driver's
// handler then prints the input in hexadecimal with the seed, libFuzzer writes it to a file.
[[noreturn]] void violation(std::string_view what, std::string_view detail = {});

// A coarse name for what one input led to (e.g. "POST push 400 ops[].fields"). The driver keeps
// an input whose outcome it had not seen yet as a base for later mutations, a poor man's coverage
// feedback for the GCC build; under libFuzzer nothing listens.
void noteOutcome(std::string_view key);

using OutcomeSink = void (*)(std::string_view key);
void setOutcomeSink(OutcomeSink sink);

// Called by violation() before it aborts: a target releases what would outlive the process
// (fuzz_api drops its test database).
void setBeforeAbort(void (*cleanup)());

} // namespace coop::fuzz
