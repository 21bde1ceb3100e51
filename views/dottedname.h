#pragma once

#include <QFontMetricsF>
#include <QStyledItemDelegate>

namespace headroom {

// A dotted name in `width`: whole where it fits, else without whole components from its
// start ("…deletion.Collector"): its end says what it is, its start is what it shares with
// the names around it. A last component too long alone, or a text that is not one dotted name
// (it holds a space), is cut in the middle.
[[nodiscard]] QString elideDottedName(const QFontMetricsF &metrics, const QString &text,
                                      double width);

// Prints the dotted names of a view's column so: "…models.sql.query.Query" in a narrow dock,
// not "django.db.mode…ql.query.Query". The tooltip keeps the whole name.
class DottedNameDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    // The text the item at `index` shows in `option`'s rectangle.
    [[nodiscard]] QString shownText(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace headroom
