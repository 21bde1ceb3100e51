#include "frozencolumnview.h"

#include "dottedname.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHeaderView>
#include <QScrollBar>

#include <algorithm>

namespace headroom {

FrozenColumnView::FrozenColumnView(QWidget *parent)
    : QTableView(parent), m_frozen(new QTableView(this))
{
    // Pixel scrolling in both views keeps their vertical ranges equal whatever the last row.
    setHorizontalScrollMode(ScrollPerPixel);
    setVerticalScrollMode(ScrollPerPixel);
    // Unwrapped, so that a long text loses its middle ("contrib/adm…ks.py:146"); wrapped at
    // its slashes it would lose its end instead.
    setWordWrap(false);
    setTextElideMode(Qt::ElideMiddle);
    setSelectionBehavior(SelectRows);
    setSelectionMode(SingleSelection);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);

    m_frozen->setObjectName(QStringLiteral("frozenColumn"));
    m_frozen->setFrameShape(QFrame::NoFrame);
    m_frozen->setFocusProxy(this);
    m_frozen->verticalHeader()->hide();
    m_frozen->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollMode(ScrollPerPixel);
    m_frozen->setWordWrap(false);
    m_frozen->setTextElideMode(Qt::ElideMiddle);
    // The names: a long one loses whole components from its start, not its middle.
    m_frozen->setItemDelegateForColumn(0, new DottedNameDelegate(m_frozen));
    m_frozen->setSelectionBehavior(SelectRows);
    m_frozen->setSelectionMode(SingleSelection);
    m_frozen->horizontalHeader()->setSortIndicatorShown(true);
    m_frozen->horizontalHeader()->setSectionsClickable(true);
    m_frozen->horizontalHeader()->setHighlightSections(false);
    viewport()->stackUnder(m_frozen);
    applyRowHeight();

    QHeaderView *header = horizontalHeader();
    QHeaderView *frozenHeader = m_frozen->horizontalHeader();
    // The name column is one width in both: resized in either, the other follows.
    connect(header, &QHeaderView::sectionResized, this, [this](int section, int, int size) {
        if (section != 0)
            return;
        if (m_frozen->columnWidth(0) != size) {
            m_syncing = true;
            m_frozen->setColumnWidth(0, size);
            m_syncing = false;
        }
        placeFrozen();
    });
    connect(frozenHeader, &QHeaderView::sectionResized, this, [this](int section, int, int size) {
        if (section != 0 || m_syncing)
            return;
        m_nameWidth = -1; // sized by hand: kept as it is
        if (columnWidth(0) != size)
            setColumnWidth(0, size);
    });
    connect(verticalHeader(), &QHeaderView::sectionResized, this,
            [this](int row, int, int size) { m_frozen->setRowHeight(row, size); });
    connect(verticalScrollBar(), &QAbstractSlider::valueChanged, m_frozen->verticalScrollBar(),
            &QAbstractSlider::setValue);
    connect(m_frozen->verticalScrollBar(), &QAbstractSlider::valueChanged, verticalScrollBar(),
            &QAbstractSlider::setValue);
    // Sorting by name from the overlay's header; the overlay shows the table's indicator.
    connect(frozenHeader, &QHeaderView::sectionClicked, this, [this](int section) {
        if (section != 0 || !isSortingEnabled())
            return;
        const QHeaderView *h = horizontalHeader();
        const bool ascending =
            h->sortIndicatorSection() == 0 && h->sortIndicatorOrder() == Qt::AscendingOrder;
        sortByColumn(0, ascending ? Qt::DescendingOrder : Qt::AscendingOrder);
    });
    connect(header, &QHeaderView::sortIndicatorChanged, this,
            [this](int section, Qt::SortOrder order) {
                m_frozen->horizontalHeader()->setSortIndicator(section == 0 ? 0 : -1, order);
            });
}

void FrozenColumnView::setModel(QAbstractItemModel *model)
{
    if (QAbstractItemModel *old = this->model())
        disconnect(old, nullptr, this, nullptr);
    QTableView::setModel(model);
    m_frozen->setModel(model);
    // One selection: a row picked in either view is the table's current row.
    QItemSelectionModel *own = m_frozen->selectionModel();
    m_frozen->setSelectionModel(selectionModel());
    delete own;
    if (!model)
        return;
    // A reset or new columns give the overlay's header all its sections back.
    connect(model, &QAbstractItemModel::modelReset, this, &FrozenColumnView::showNameColumnOnly);
    connect(model, &QAbstractItemModel::layoutChanged, this, &FrozenColumnView::showNameColumnOnly);
    connect(model, &QAbstractItemModel::columnsInserted, this,
            &FrozenColumnView::showNameColumnOnly);
    showNameColumnOnly();
}

void FrozenColumnView::showNameColumnOnly()
{
    if (!model())
        return;
    for (int c = 1; c < model()->columnCount(); ++c)
        m_frozen->setColumnHidden(c, true);
    m_frozen->setColumnWidth(0, columnWidth(0));
    placeFrozen();
}

int FrozenColumnView::compactRowHeight(const QFontMetrics &metrics)
{
    return metrics.height() + 4;
}

void FrozenColumnView::applyRowHeight()
{
    const int height = compactRowHeight(fontMetrics());
    for (QTableView *view : {static_cast<QTableView *>(this), m_frozen}) {
        view->verticalHeader()->setMinimumSectionSize(height);
        view->verticalHeader()->setDefaultSectionSize(height);
        view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    }
}

void FrozenColumnView::fitColumns(double nameShare)
{
    resizeColumnsToContents();
    const int widest = fontMetrics().averageCharWidth() * 30;
    for (int c = 1; model() && c < model()->columnCount(); ++c) {
        if (columnWidth(c) > widest)
            setColumnWidth(c, widest);
    }
    m_nameWidth = columnWidth(0);
    m_nameShare = nameShare;
    capNameColumn();
}

void FrozenColumnView::capNameColumn()
{
    if (m_nameWidth < 0)
        return;
    const int widest =
        std::max(fontMetrics().averageCharWidth() * 20, int(viewport()->width() * m_nameShare));
    setColumnWidth(0, std::min(m_nameWidth, widest));
}

void FrozenColumnView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    capNameColumn();
}

void FrozenColumnView::placeFrozen()
{
    const QHeaderView *header = horizontalHeader();
    m_frozen->horizontalHeader()->setFixedHeight(header->height());
    const int top = header->isVisible() ? header->y() : viewport()->y();
    m_frozen->setGeometry(viewport()->x(), top, columnWidth(0),
                          viewport()->y() + viewport()->height() - top);
    m_frozen->verticalScrollBar()->setValue(verticalScrollBar()->value());
}

void FrozenColumnView::updateGeometries()
{
    QTableView::updateGeometries();
    placeFrozen();
}

void FrozenColumnView::changeEvent(QEvent *event)
{
    QTableView::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        applyRowHeight();
}

void FrozenColumnView::uncover(const QModelIndex &index)
{
    if (!index.isValid() || index.column() == 0)
        return;
    const int left = visualRect(index).left();
    if (left < columnWidth(0))
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + left - columnWidth(0));
}

void FrozenColumnView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    // The names never scroll away, so a name asks for vertical scrolling only.
    const int sideways = horizontalScrollBar()->value();
    QTableView::scrollTo(index, hint);
    if (index.column() == 0)
        horizontalScrollBar()->setValue(sideways);
    else
        uncover(index);
}

QModelIndex FrozenColumnView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex current = QTableView::moveCursor(cursorAction, modifiers);
    if (cursorAction == MoveLeft)
        uncover(current);
    return current;
}

} // namespace headroom
