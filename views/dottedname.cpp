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
    const int components = int(text.count(u'.')) + 1;
    keep = std::clamp(keep, 1, components);
    // Whole components off the start, as long as the last `keep` stay.
    qsizetype dot = text.indexOf(u'.');
    for (int dropped = 1; dot >= 0 && components - dropped >= keep; ++dropped) {
        const QString shorter = ellipsis + text.mid(dot + 1);
        if (metrics.horizontalAdvance(shorter) <= width)
            return shorter;
        dot = text.indexOf(u'.', dot + 1);
    }
    const QString last = text.mid(text.lastIndexOf(u'.') + 1);
    if (keep > 1) {
        // The component that differs beside the last; cut at its end if need be (down to
        // three letters: "…postg…DatabaseOperations" still says which one).
        const QString first = text.section(u'.', components - keep, components - keep);
        const QString lead = keep == components ? QString() : ellipsis;
        for (qsizetype n = first.size(); n >= std::min<qsizetype>(3, first.size()); --n) {
            const QString marked = lead + first.left(n) + ellipsis + last;
            if (metrics.horizontalAdvance(marked) <= width)
                return marked;
        }
    }
    return metrics.elidedText(last, Qt::ElideMiddle, width);
}

namespace {

// Orders two dotted names by their components read from the end (as lists, a shorter one
// first where one ends the other) and counts the trailing components they share; no copies,
// so that a table of 200,000 functions is ordered without as many lists made.
int compareFromEnd(QStringView a, QStringView b, int *shared)
{
    for (int n = 0;; ++n) {
        const qsizetype da = a.lastIndexOf(u'.');
        const qsizetype db = b.lastIndexOf(u'.');
        if (const int c = a.mid(da + 1).compare(b.mid(db + 1)); c != 0) {
            *shared = n;
            return c;
        }
        if (da < 0 || db < 0) {
            *shared = n + 1;
            return int(db < 0) - int(da < 0);
        }
        a = a.first(da);
        b = b.first(db);
    }
}

} // namespace

std::vector<int> uniqueSuffixLengths(const QStringList &names)
{
    // Names ordered by their components read from the end: a name shares the most trailing
    // components with its neighbours in that order, so they alone say how many it needs.
    std::vector<int> order(std::size_t(names.size()));
    std::iota(order.begin(), order.end(), 0);
    int ignored = 0;
    std::sort(order.begin(), order.end(),
              [&](int a, int b) { return compareFromEnd(names[a], names[b], &ignored) < 0; });
    std::vector<int> needed(order.size(), 1);
    for (std::size_t i = 1; i < order.size(); ++i) {
        const int a = order[i - 1];
        const int b = order[i];
        int shared = 0;
        compareFromEnd(names[a], names[b], &shared);
        const auto need = [shared](const QString &name) {
            return std::min(shared + 1, int(name.count(u'.')) + 1);
        };
        needed[std::size_t(a)] = std::max(needed[std::size_t(a)], need(names[a]));
        needed[std::size_t(b)] = std::max(needed[std::size_t(b)], need(names[b]));
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
