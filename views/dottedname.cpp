#include "dottedname.h"

#include <QApplication>
#include <QStyle>

namespace headroom {

QString elideDottedName(const QFontMetricsF &metrics, const QString &text, double width)
{
    if (metrics.horizontalAdvance(text) <= width)
        return text;
    if (text.contains(u' '))
        return metrics.elidedText(text, Qt::ElideMiddle, width);
    const QString ellipsis(QChar(0x2026));
    for (qsizetype dot = text.indexOf(u'.'); dot >= 0; dot = text.indexOf(u'.', dot + 1)) {
        const QString shorter = ellipsis + text.mid(dot + 1);
        if (metrics.horizontalAdvance(shorter) <= width)
            return shorter;
    }
    return metrics.elidedText(text.mid(text.lastIndexOf(u'.') + 1), Qt::ElideMiddle, width);
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
    option->text =
        elideDottedName(QFontMetricsF(option->font), option->text, room.width() - 2 * margin);
}

QString DottedNameDelegate::shownText(const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    QStyleOptionViewItem copy = option;
    initStyleOption(&copy, index);
    return copy.text;
}

} // namespace headroom
