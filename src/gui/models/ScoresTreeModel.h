#pragma once

#include "document/AssessmentDocument.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>

namespace ita {

/// The scores of one assessment as a tree: ITA and the tools at the top, then indicator →
/// (sub-indicator) → item → sub-item. Edits go through the document as undo commands; the
/// model never writes data itself.
class ScoresTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column {
        CodeColumn,
        TitleColumn,
        StatedColumn,
        ComputedColumn,
        GradeColumn,
        BucketColumn,
        ColumnCount
    };
    enum Role {
        CodeRole = Qt::UserRole + 1, ///< QString
        LevelRole,                   ///< int(ita::Level)
        BucketRole,                  ///< int(ita::Bucket)
        FindingsRole,                ///< QStringList of messages in the current language
        SortRole,                    ///< numeric for scores, tree order for codes
        ToolRole,                    ///< QString: IIT, EIT, OIT ("" for ITA)
    };

    explicit ScoresTreeModel(QObject *parent = nullptr);

    void setDocument(AssessmentDocument *document);
    AssessmentDocument *document() const { return m_document; }
    /// Thai (default) or English for titles the data does not give, and for labels.
    void setThai(bool thai);
    bool isThai() const { return m_thai; }

    QModelIndex indexOfCode(const QString &code, int column = CodeColumn) const;
    QString codeAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /// Bucket label in the current language, with the seed's mark ("★ รักษาระดับ").
    static QString bucketLabel(int bucket, bool thai);

signals:
    /// An edit was refused; the message says why and what is expected.
    void editRejected(const QString &message);

private:
    void rebuild();
    void onDocumentChanged(bool structure);
    int nodeOf(const QModelIndex &index) const;
    QModelIndex indexOfNode(int node, int column) const;

    QPointer<AssessmentDocument> m_document;
    bool m_thai = true;
    std::vector<int> m_topLevel;    ///< node indices shown at the top
    std::vector<int> m_row;         ///< node → row under its shown parent
    std::vector<int> m_shownParent; ///< node → shown parent node (-1 = top)
    std::vector<QString> m_tool;    ///< node → its tool's code
    QHash<QString, QStringList> m_findings;
};

} // namespace ita
