#include "ScoresFilterProxy.h"

#include "ScoresTreeModel.h"

namespace ita {

ScoresFilterProxy::ScoresFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setRecursiveFilteringEnabled(true);
    setSortRole(ScoresTreeModel::SortRole);
}

void ScoresFilterProxy::setBucket(int bucket) {
    m_bucket = bucket;
    invalidateFilter();
}

void ScoresFilterProxy::setTool(const QString &tool) {
    m_tool = tool;
    invalidateFilter();
}

void ScoresFilterProxy::setText(const QString &text) {
    m_text = text.trimmed();
    invalidateFilter();
}

bool ScoresFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    const QModelIndex code =
        sourceModel()->index(sourceRow, ScoresTreeModel::CodeColumn, sourceParent);
    if (!m_tool.isEmpty() && code.data(ScoresTreeModel::ToolRole).toString() != m_tool)
        return false;
    if (m_bucket != 0 && code.data(ScoresTreeModel::BucketRole).toInt() != m_bucket)
        return false;
    if (!m_text.isEmpty()) {
        const QString title = sourceModel()
                                  ->index(sourceRow, ScoresTreeModel::TitleColumn, sourceParent)
                                  .data()
                                  .toString();
        if (!code.data().toString().contains(m_text, Qt::CaseInsensitive) &&
            !title.contains(m_text, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace ita
