#pragma once

// One way of reading pyproject.toml for the scanner, the settings and the import-linter
// contracts. Private to the model: toml++ types stay below it.

#include <QString>

#include <toml++/toml.h>

#include <string_view>

namespace headroom::detail {

struct TomlDocument
{
    toml::table table;
    bool parsed = false; // false: a syntax error, at errorLine, described by error
    int errorLine = 0;
    QString error;
};

// Parses TOML text. An integer beyond 64 bits, which toml++ refuses and Python's tomllib
// reads, is read as a string of its digits: a reader that wants a number then names that
// one setting as mistyped, and the rest of the file is read.
[[nodiscard]] TomlDocument parseToml(std::string_view text);

[[nodiscard]] QString fromStd(std::string_view text);
[[nodiscard]] int lineOf(const toml::node &node);

} // namespace headroom::detail
