#pragma once

#include <QFontMetricsF>
#include <QStringList>
#include <QStyledItemDelegate>

#include <vector>

namespace headroom {

// A dotted name in `width`: whole where it fits, else without whole components from its
// start ("…deletion.Collector"): its end says what it is, its start is what it shares with
// the names around it. A last component too long alone, or a text that is not one dotted name
// (it holds a space), is cut in the middle.
// `keep`: the last components that tell the name apart from the others it is shown with
// (uniqueSuffixLengths()). Where they do not fit whole, the first of them stays beside the
// last ("…mysql…DatabaseOperations", or cut at its end: "…postg…DatabaseOperations"), so
// that names alike at their end still differ.
[[nodiscard]] QString elideDottedName(const QFontMetricsF &metrics, const QString &text,
                                      double width, int keep = 1);

// For each name, how many of its last dotted components tell it apart from every other name
// of the list: 1 where its last component is its own, 3 for each of
// "backends.mysql.operations.DatabaseOperations" and
// "backends.oracle.operations.DatabaseOperations". A name listed twice needs all of its own.
[[nodiscard]] std::vector<int> uniqueSuffixLengths(const QStringList &names);

// Prints the dotted names of a view's column so: "…models.sql.query.Query" in a narrow dock,
// not "django.db.mode…ql.query.Query". The tooltip keeps the whole name.
class DottedNameDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // The item's uniqueSuffixLengths() among the names of its column (an int); none: 1.
    static constexpr int UniqueSuffixRole = Qt::UserRole + 0x100;

    using QStyledItemDelegate::QStyledItemDelegate;
    // The text the item at `index` shows in `option`'s rectangle.
    [[nodiscard]] QString shownText(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace headroom
