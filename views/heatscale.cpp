#include "heatscale.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace headroom {

namespace {

struct Stop
{
    double r, g, b;
};

// Viridis sampled at nine evenly spaced points (published colour map values).
constexpr std::array<Stop, 9> ViridisStops{{{0.267, 0.005, 0.329},
                                            {0.283, 0.141, 0.458},
                                            {0.254, 0.265, 0.530},
                                            {0.207, 0.372, 0.553},
                                            {0.164, 0.471, 0.558},
                                            {0.128, 0.567, 0.551},
                                            {0.135, 0.659, 0.518},
                                            {0.267, 0.749, 0.441},
                                            {0.478, 0.821, 0.318}}};
// ...continued to the yellow end so that the top of the scale is light.
constexpr Stop ViridisEnd{0.993, 0.906, 0.144};

// Blue - light grey - orange-red: a diverging scale safe for red-green deficiencies.
constexpr std::array<Stop, 5> DivergingStops{{{0.129, 0.400, 0.674},
                                              {0.573, 0.773, 0.871},
                                              {0.969, 0.969, 0.969},
                                              {0.957, 0.647, 0.510},
                                              {0.698, 0.094, 0.169}}};

template <std::size_t N> QColor interpolate(const std::array<Stop, N> &stops, double t)
{
    t = std::clamp(std::isfinite(t) ? t : 0.0, 0.0, 1.0);
    const double pos = t * double(N - 1);
    const auto i = std::min<std::size_t>(std::size_t(pos), N - 2);
    const double f = pos - double(i);
    const Stop &a = stops[i];
    const Stop &b = stops[i + 1];
    return QColor::fromRgbF(float(a.r + (b.r - a.r) * f), float(a.g + (b.g - a.g) * f),
                            float(a.b + (b.b - a.b) * f));
}

} // namespace

HeatScale::HeatScale(Kind kind, double minimum, double maximum, double threshold)
    : m_kind(kind), m_min(minimum), m_max(std::max(minimum, maximum)), m_threshold(threshold)
{
}

QColor HeatScale::viridis(double t)
{
    static const auto stops = [] {
        std::array<Stop, 10> s{};
        std::copy(ViridisStops.begin(), ViridisStops.end(), s.begin());
        s.back() = ViridisEnd;
        return s;
    }();
    return interpolate(stops, t);
}

QColor HeatScale::diverging(double t)
{
    return interpolate(DivergingStops, t);
}

QColor HeatScale::colorAt(double value) const
{
    if (m_kind == Kind::Sequential) {
        const double span = m_max - m_min;
        return viridis(span > 0 ? (value - m_min) / span : 0.0);
    }
    // Diverging: the threshold maps to the neutral middle, each side scaled on its own.
    if (value <= m_threshold) {
        const double span = m_threshold - m_min;
        return diverging(span > 0 ? 0.5 * (value - m_min) / span : 0.5);
    }
    const double span = m_max - m_threshold;
    return diverging(span > 0 ? 0.5 + 0.5 * (value - m_threshold) / span : 1.0);
}

QColor HeatScale::textColorAt(double value) const
{
    const QColor c = colorAt(value);
    // Relative luminance (sRGB weights); dark text on light fills, white on dark ones.
    const double y = 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF();
    return y > 0.45 ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace headroom
