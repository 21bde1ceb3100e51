#pragma once

#include <QColor>
#include <QString>

namespace headroom {

// One colour scale shared by every view and by its legend. Sequential scales (viridis)
// show magnitudes; the diverging scale shows distance from a threshold (blue under,
// orange-red over). Both are readable by people with the common colour-vision deficiencies.
class HeatScale
{
public:
    enum class Kind
    {
        Sequential,
        Diverging
    };

    HeatScale() = default;
    HeatScale(Kind kind, double minimum, double maximum, double threshold = 0.0);

    [[nodiscard]] QColor colorAt(double value) const;
    // A text colour that stays legible on colorAt(value).
    [[nodiscard]] QColor textColorAt(double value) const;

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] double minimum() const { return m_min; }
    [[nodiscard]] double maximum() const { return m_max; }
    [[nodiscard]] double threshold() const { return m_threshold; }

    // t in [0, 1] on the raw palettes.
    [[nodiscard]] static QColor viridis(double t);
    [[nodiscard]] static QColor diverging(double t);

private:
    Kind m_kind = Kind::Sequential;
    double m_min = 0.0;
    double m_max = 1.0;
    double m_threshold = 0.0;
};

} // namespace headroom
