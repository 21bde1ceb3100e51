#pragma once

// The generator's own random numbers: xoshiro256** seeded through splitmix64, and integer
// distributions written out here, so that one seed gives the same bytes with any standard
// library (std::uniform_int_distribution and friends differ between them).

#include <array>
#include <cstdint>
#include <span>

namespace genproject {

[[nodiscard]] constexpr std::uint64_t splitmix64(std::uint64_t &state)
{
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

// One value of a seed and a stream number: each module renders from a stream of its own, so
// that the order in which threads take them changes nothing.
[[nodiscard]] constexpr std::uint64_t mixSeed(std::uint64_t seed, std::uint64_t stream)
{
    std::uint64_t s = seed ^ (stream * 0xd1b54a32d192ed03ULL);
    return splitmix64(s);
}

// An empirical distribution as measured quantiles p0, p10, ..., p90, p95, p99, p100
// (tests/tools/measure_shape.py prints them): finer at the top, where sizes have long tails.
using Quantiles = std::array<int, 13>;
// The chance, in thousandths, of each interval between two neighbouring quantiles.
inline constexpr std::array<int, 12> kQuantileSpans{100, 100, 100, 100, 100, 100,
                                                    100, 100, 100, 50,  40,  10};

class Random
{
public:
    explicit Random(std::uint64_t seed)
    {
        std::uint64_t s = seed;
        for (std::uint64_t &word : m_state)
            word = splitmix64(s);
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
        const std::uint64_t t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    // 0 <= result < n (n > 0), by the multiply-high method: no modulo bias worth a thought
    // at these ranges, and the same on every machine.
    int below(int n)
    {
        return int((static_cast<unsigned __int128>(next()) * std::uint64_t(n)) >> 64);
    }

    // lo <= result <= hi
    int between(int lo, int hi) { return hi <= lo ? lo : lo + below(hi - lo + 1); }

    // True with probability perMille / 1000.
    bool chance(int perMille) { return below(1000) < perMille; }

    // A value from measured quantiles: one interval by its chance, then a point inside it;
    // in the top 1%, where a few giants stretch the interval, leaning towards its bottom.
    int sample(const Quantiles &q)
    {
        const auto span = std::size_t(pick(kQuantileSpans));
        if (span + 2 == q.size())
            return between(q[span], between(q[span], q[span + 1]));
        return between(q[span], q[span + 1]);
    }

    // An index into `weights` (any non-negative integers, not all zero), chosen in proportion.
    int pick(std::span<const int> weights)
    {
        int total = 0;
        for (const int w : weights)
            total += w;
        int r = below(total);
        for (std::size_t i = 0; i < weights.size(); ++i) {
            if (r < weights[i])
                return int(i);
            r -= weights[i];
        }
        return int(weights.size()) - 1;
    }

    // One element of a non-empty array or vector.
    template <typename Range> const auto &element(const Range &items)
    {
        return items[std::size_t(below(int(items.size())))];
    }

private:
    static constexpr std::uint64_t rotl(std::uint64_t x, int k)
    {
        return (x << k) | (x >> (64 - k));
    }
    std::array<std::uint64_t, 4> m_state{};
};

} // namespace genproject
