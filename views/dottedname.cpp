#include "dottedname.h"

#include <QApplication>
#include <QStyle>

#include <algorithm>
#include <numeric>

namespace headroom {

QString elideDottedName(const QFontMetricsF &metrics, const QString &text, double width, int keep)
{
    if (metrics.horizontalAdvance(text) <= width)
        return text;
    if (text.contains(u' '))
        return metrics.elidedText(text, Qt::ElideMiddle, width);
    const QString ellipsis(QChar(0x2026));
    const QStringList parts = text.split(u'.');
    keep = std::clamp(keep, 1, int(parts.size()));
    // Whole components off the start, as long as the last `keep` stay.
    qsizetype dot = text.indexOf(u'.');
    for (int dropped = 1; dot >= 0 && parts.size() - dropped >= keep; ++dropped) {
        const QString shorter = ellipsis + text.mid(dot + 1);
        if (metrics.horizontalAdvance(shorter) <= width)
            return shorter;
        dot = text.indexOf(u'.', dot + 1);
    }
    const QString &last = parts.last();
    if (keep > 1) {
        // The component that differs beside the last; cut at its end if need be (down to
        // three letters: "…postg…DatabaseOperations" still says which one).
        const QString &first = parts[parts.size() - keep];
        const QString lead = keep == parts.size() ? QString() : ellipsis;
        for (qsizetype n = first.size(); n >= std::min<qsizetype>(3, first.size()); --n) {
            const QString marked = lead + first.left(n) + ellipsis + last;
            if (metrics.horizontalAdvance(marked) <= width)
                return marked;
        }
    }
    return metrics.elidedText(last, Qt::ElideMiddle, width);
}

std::vector<int> uniqueSuffixLengths(const QStringList &names)
{
    // Names ordered by their components read from the end: a name shares the most trailing
    // components with its neighbours in that order, so they alone say how many it needs.
    std::vector<QList<QStringView>> reversed;
    reversed.reserve(std::size_t(names.size()));
    for (const QString &name : names) {
        QList<QStringView> parts = QStringView(name).split(u'.');
        std::reverse(parts.begin(), parts.end());
        reversed.push_back(std::move(parts));
    }
    std::vector<int> order(reversed.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        return std::lexicographical_compare(
            reversed[std::size_t(a)].begin(), reversed[std::size_t(a)].end(),
            reversed[std::size_t(b)].begin(), reversed[std::size_t(b)].end());
    });
    std::vector<int> needed(reversed.size(), 1);
    for (std::size_t i = 1; i < order.size(); ++i) {
        const QList<QStringView> &a = reversed[std::size_t(order[i - 1])];
        const QList<QStringView> &b = reversed[std::size_t(order[i])];
        const auto [ea, eb] = std::mismatch(a.begin(), a.end(), b.begin(), b.end());
        const int shared = int(ea - a.begin());
        int &na = needed[std::size_t(order[i - 1])];
        int &nb = needed[std::size_t(order[i])];
        na = std::max(na, std::min(shared + 1, int(a.size())));
        nb = std::max(nb, std::min(shared + 1, int(b.size())));
    }
    return needed;
}

void DottedNameDelegate::initStyleOption(QStyleOptionViewItem *option,
                                         const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (option->text.isEmpty() || option->rect.width() <= 0)
        return;
    const QWidget *widget = option->widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    const QRect room = style->subElementRect(QStyle::SE_ItemViewItemText, option, widget);
    // What the style keeps beside the text on each side.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QVariant keep = index.data(UniqueSuffixRole);
    option->text = elideDottedName(QFontMetricsF(option->font), option->text,
                                   room.width() - 2 * margin, keep.isValid() ? keep.toInt() : 1);
}

QString DottedNameDelegate::shownText(const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    QStyleOptionViewItem copy = option;
    initStyleOption(&copy, index);
    return copy.text;
}

} // namespace headroom
