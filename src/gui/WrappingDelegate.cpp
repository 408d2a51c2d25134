#include "WrappingDelegate.h"

#include <QHeaderView>
#include <QTreeView>

namespace ita::gui {

WrappingDelegate::WrappingDelegate(QTreeView *view, QSet<int> columns)
    : QStyledItemDelegate(view)
    , m_view(view)
    , m_columns(std::move(columns)) {}

QSize WrappingDelegate::sizeHint(const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const {
    if (!m_columns.contains(index.column()))
        return QStyledItemDelegate::sizeHint(option, index);
    QStyleOptionViewItem wrapped = option;
    // The style wraps only within a valid rect, so it needs a height as well.
    int width = m_view->header()->sectionSize(index.column());
    if (index.column() == 0) { // the tree's indentation and branches eat into the first column
        for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
            width -= m_view->indentation();
        if (m_view->rootIsDecorated())
            width -= m_view->indentation();
    }
    wrapped.rect = QRect(0, 0, std::max(width, 20), QWIDGETSIZE_MAX);
    wrapped.features |= QStyleOptionViewItem::WrapText;
    return QStyledItemDelegate::sizeHint(wrapped, index);
}

void wrapColumnsOf(QTreeView *view) {
    view->setWordWrap(true);
    view->setTextElideMode(Qt::ElideNone); // long Thai text wraps; nothing is cut off
    view->setUniformRowHeights(false);
    // QTreeView keeps row heights from before a column was resized; measure them again.
    QObject::connect(view->header(), &QHeaderView::sectionResized, view,
                     [view] { view->doItemsLayout(); });
}

} // namespace ita::gui
