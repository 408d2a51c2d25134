#pragma once

#include "document/PlanDocument.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QPointer>

namespace ita {

/// A plan laid out like the seed's tables: measures at the top (items with score and grade,
/// title, quarters, monitoring, reporting), their steps below (text, quarters, units,
/// status, percent). The Gantt view and the table share this model and its selection; edits
/// become undo steps of the document.
class PlanModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column {
        ItemsColumn,
        StepColumn,
        Q1Column,
        Q2Column,
        Q3Column,
        Q4Column,
        UnitsColumn,
        StatusColumn,
        PercentColumn,
        ActualStartColumn,
        ActualFinishColumn,
        EvidenceColumn,
        MonitoringColumn,
        ReportingColumn,
        ColumnCount
    };
    enum Role {
        StartMonthRole = Qt::UserRole + 1, ///< int, fiscal month (0 = none)
        EndMonthRole,                      ///< int
        BucketRole,                        ///< int(Bucket): the measure's most pressing item
        PercentRole,                       ///< int
        StatusRole,                        ///< int(StepStatus)
        OverdueRole,                       ///< bool: planned end passed, not done
        MeasureRole,                       ///< int, 0-based
        StepRole,                          ///< int, 0-based; -1 on a measure row
        ReportingMonthsRole,               ///< QVariantList of ints, on measure rows
        /// bool: the cell was filled by a draft and nobody has reviewed it (shown in italics on
        /// a pale yellow ground, with a tooltip, until it is edited or accepted)
        DraftRole,
    };
    /// The draft field a column shows on a measure row or a step row (empty: none).
    static const char16_t *draftFieldOf(int column, bool measureRow);

    explicit PlanModel(QObject *parent = nullptr);
    void setDocument(PlanDocument *document);
    PlanDocument *document() const { return m_document; }
    void setThai(bool thai);
    /// The day overdue is judged against (today unless a test sets it).
    void setToday(const QDate &today);

    QModelIndex stepIndex(int measure, int step, int column = StepColumn) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    static QString statusLabel(StepStatus status, bool thai);
    static QString cadenceLabel(Cadence cadence, bool thai);

signals:
    void editRejected(const QString &message);

private:
    void onChanged();
    void emitAllChanged();
    QVariant measureData(int m, int column, int role) const;
    QVariant stepData(int m, int s, int column, int role) const;
    Bucket measureBucket(const Measure &measure) const;
    bool isOverdue(const Step &step) const;

    QPointer<PlanDocument> m_document;
    bool m_thai = true;
    QDate m_today = QDate::currentDate();
    std::vector<size_t> m_shape; ///< steps per measure, to tell structure changes
    Plan m_shown;                ///< the plan as last shown, to tell which rows changed
};

} // namespace ita
