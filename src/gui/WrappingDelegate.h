#pragma once

#include <QSet>
#include <QStyledItemDelegate>

class QTreeView;

namespace ita::gui {

/// Measures the text of chosen columns wrapped at the column's width. QTreeView (Qt 6.4)
/// asks for row heights with no width, so long Thai text would be measured as one line and
/// then cut off. Pair with wrapColumnsOf().
class WrappingDelegate : public QStyledItemDelegate {
public:
    WrappingDelegate(QTreeView *view, QSet<int> columns);
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QTreeView *m_view;
    QSet<int> m_columns;
};

/// Sets up a tree view for wrapped rows: word wrap on, no eliding, rows measured again when
/// a column is resized.
void wrapColumnsOf(QTreeView *view);

} // namespace ita::gui
