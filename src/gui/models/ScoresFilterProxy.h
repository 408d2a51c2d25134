#pragma once

#include <QSortFilterProxyModel>

namespace ita {

/// Filters the scores tree by bucket, tool and text (code or title); parents of a match
/// stay visible so the tree keeps its shape. Sorts on the model's SortRole.
class ScoresFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ScoresFilterProxy(QObject *parent = nullptr);

    void setBucket(int bucket);        ///< int(ita::Bucket); None = any
    void setTool(const QString &tool); ///< "" = any
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_bucket = 0;
    QString m_tool;
    QString m_text;
};

} // namespace ita
