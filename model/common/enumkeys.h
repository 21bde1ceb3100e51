#pragma once
// One table per enum names its values wherever they are written or read as words: JSON,
// DOT, pyproject.toml, command-line flags, saved views. Both directions read the same table.
//
// An enum with keys declares its table beside itself, found by argument-dependent lookup:
//     constexpr std::array<EnumKey<Origin>, 3> keyTable(Origin)
//     { return {{{Origin::Internal, "internal"}, ...}}; }
// then keyOf(Origin::Stdlib) is "stdlib" and enumFromKey<Origin>(u"stdlib") is Stdlib.
#include <QLatin1StringView>
#include <QStringView>

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace headroom {

template <typename E> struct EnumKey
{
    E value;
    const char *key;
};

// The key of `value`; "" for a value its table leaves out (tests check that none is).
template <typename E> [[nodiscard]] constexpr const char *keyOf(E value)
{
    for (const EnumKey<E> &k : keyTable(E{})) {
        if (k.value == value)
            return k.key;
    }
    return "";
}

// The value whose key is `key`, exactly (no trimming, case-sensitive).
template <typename E> [[nodiscard]] std::optional<E> enumFromKey(QStringView key)
{
    for (const EnumKey<E> &k : keyTable(E{})) {
        if (key == QLatin1StringView(k.key))
            return k.value;
    }
    return std::nullopt;
}

// Every value 0..count-1 has exactly one entry and no two keys are equal: for
// static_assert beside each table.
template <typename E> [[nodiscard]] constexpr bool keyTableIsComplete(std::size_t count)
{
    const auto table = keyTable(E{});
    if (table.size() != count)
        return false;
    for (std::size_t i = 0; i < table.size(); ++i) {
        if (std::size_t(table[i].value) >= count)
            return false;
        for (std::size_t j = 0; j < i; ++j) {
            if (table[j].value == table[i].value ||
                std::string_view(table[j].key) == std::string_view(table[i].key))
                return false;
        }
    }
    return true;
}

} // namespace headroom
