#pragma once

#include <QTableView>

class QFontMetrics;

namespace headroom {

// A table whose first column (the name) stays in place while the others scroll sideways:
// a second view over the same model and selection model lies over the first column and
// shows that column alone, with the same row heights, scrolled up and down with the table
// (the pattern of Qt's "frozen column" example). Rows are compact: a line of the font and
// a little air, so that a screen shows as many as it can.
class FrozenColumnView : public QTableView
{
    Q_OBJECT

public:
    explicit FrozenColumnView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;

    // The overlay that shows column 0.
    [[nodiscard]] QTableView *frozenView() const { return m_frozen; }
    // Sizes the columns to their contents, none wider than 30 characters, and the names
    // never wider than `nameShare` of the viewport (kept so as the view is resized, until
    // the user sizes the name column), so that figures always show beside them. Longer
    // texts lose their middle.
    void fitColumns(double nameShare = 0.4);
    // Height of a row for text of these metrics: the line and two pixels above and below.
    [[nodiscard]] static int compactRowHeight(const QFontMetrics &metrics);

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    void updateGeometries() override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyRowHeight();
    void showNameColumnOnly();
    void placeFrozen();
    void capNameColumn();
    // Scrolls sideways so that a cell of a later column is not hidden under the names.
    void uncover(const QModelIndex &index);

    QTableView *m_frozen = nullptr;
    int m_nameWidth = -1; // the names' own width while fitted, -1 once the user sized them
    double m_nameShare = 0.4;
    bool m_syncing = false; // the overlay's name column follows the table's
};

} // namespace headroom
