#pragma once

// Writes a synthetic Python project of a given number of modules, deterministic from a seed
// (tests/tools/genproject.cpp is its command line; tst_genproject checks it).

#include <QString>

#include <cstdint>

namespace genproject {

inline constexpr int kMinModules = 1;
inline constexpr int kMaxModules = 200000;

struct GenerateOptions
{
    int modules = 1000;
    std::uint64_t seed = 1;
    QString outDir;
    bool force = false; // write into a folder that is not empty
    int threads = 0;    // 0: one per core
    QString shape;      // "django" or "stdlib": every sub-project so; "": each draws one
};

struct GenerateResult
{
    QString error; // empty when the project was written
    int files = 0;
    int packages = 0;
    int subprojects = 0;
    int cycles = 0; // import cycles made on purpose
    int importStatements = 0;
    qint64 bytes = 0;
    qint64 lines = 0;

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

[[nodiscard]] GenerateResult generateProject(const GenerateOptions &options);

// The shapes --shape accepts ("django", "stdlib"), for messages.
[[nodiscard]] QString shapeNames();

} // namespace genproject
