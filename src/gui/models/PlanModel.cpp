#include "PlanModel.h"

#include "analysis/PlanAnalysis.h"

#include "domain/FiscalCalendar.h"
#include "io/FrameworkReader.h"
#include "io/ScoreRows.h"
#include "models/ScoresTreeModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QRegularExpression>

namespace ita {

namespace {
// internalId: measure rows carry 0, step rows carry measure + 1.
constexpr quintptr kMeasureRow = 0;

QColor bucketColour(Bucket b) {
    switch (b) {
    case Bucket::Urgent:
        return QColor(0xf8, 0xd0, 0xd0);
    case Bucket::Improve:
        return QColor(0xff, 0xf0, 0xc0);
    case Bucket::Maintain:
        return QColor(0xd8, 0xf0, 0xd8);
    case Bucket::None:
        break;
    }
    return {};
}
} // namespace

PlanModel::PlanModel(QObject *parent)
    : QAbstractItemModel(parent) {}

QString PlanModel::statusLabel(StepStatus status, bool thai) {
    return ita::statusLabel(status, thai);
}

QString PlanModel::cadenceLabel(Cadence cadence, bool thai) {
    return ita::cadenceLabel(cadence, thai);
}

void PlanModel::setDocument(PlanDocument *document) {
    beginResetModel();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &PlanDocument::changed, this, &PlanModel::onChanged);
    m_shape.clear();
    m_shown = m_document ? m_document->plan() : Plan();
    for (const auto &m : m_shown.measures)
        m_shape.push_back(m.steps.size());
    endResetModel();
}

void PlanModel::setThai(bool thai) {
    m_thai = thai;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void PlanModel::setToday(const QDate &today) {
    m_today = today;
    onChanged();
}

void PlanModel::onChanged() {
    Plan shown = m_document ? m_document->plan() : Plan();
    std::swap(shown, m_shown); // `shown` is now the plan as it was shown until now
    std::vector<size_t> shape;
    for (const auto &m : m_shown.measures)
        shape.push_back(m.steps.size());
    if (shape != m_shape) {
        beginResetModel();
        m_shape = shape;
        endResetModel();
        return;
    }
    // Only some measures' or steps' fields changed (a Gantt bar dragged, a cell typed): only
    // their measures' rows can show anything new, and telling the views no more spares them
    // laying out every row of a 500-step plan again. A measure's row shows its steps' spans
    // and its steps show its bucket, so a changed measure is redrawn with all its steps. Any
    // other change (the analysis, the units, the day) may touch every row.
    const bool onlyMeasures =
        shown.agency == m_shown.agency && shown.fiscalYear == m_shown.fiscalYear &&
        shown.basedOnYear == m_shown.basedOnYear && shown.units == m_shown.units &&
        shown.publications == m_shown.publications;
    if (onlyMeasures && shown.measures != m_shown.measures) {
        for (size_t m = 0; m < m_shown.measures.size(); ++m) {
            if (shown.measures[m] == m_shown.measures[m])
                continue;
            const QModelIndex parent = index(int(m), 0);
            emit dataChanged(parent, index(int(m), ColumnCount - 1));
            if (const int steps = rowCount(parent); steps > 0)
                emit dataChanged(index(0, 0, parent), index(steps - 1, ColumnCount - 1, parent));
        }
        return;
    }
    emitAllChanged();
}

void PlanModel::emitAllChanged() {
    if (rowCount() == 0)
        return;
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    for (int m = 0; m < rowCount(); ++m) {
        const QModelIndex parent = index(m, 0);
        if (rowCount(parent) > 0)
            emit dataChanged(index(0, 0, parent),
                             index(rowCount(parent) - 1, ColumnCount - 1, parent));
    }
}

QModelIndex PlanModel::stepIndex(int measure, int step, int column) const {
    return index(step, column, index(measure, 0));
}

QModelIndex PlanModel::index(int row, int column, const QModelIndex &parent) const {
    if (!m_document || row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < int(m_shape.size()) ? createIndex(row, column, kMeasureRow) : QModelIndex();
    if (parent.internalId() != kMeasureRow || parent.row() >= int(m_shape.size()))
        return {};
    if (row >= int(m_shape[size_t(parent.row())]))
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex PlanModel::parent(const QModelIndex &child) const {
    if (!child.isValid() || child.internalId() == kMeasureRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kMeasureRow);
}

int PlanModel::rowCount(const QModelIndex &parent) const {
    if (!m_document)
        return 0;
    if (!parent.isValid())
        return int(m_shape.size());
    if (parent.internalId() != kMeasureRow || parent.column() != 0)
        return 0;
    return int(m_shape[size_t(parent.row())]);
}

int PlanModel::columnCount(const QModelIndex &) const {
    return ColumnCount;
}

Bucket PlanModel::measureBucket(const Measure &measure) const {
    return ita::measureBucket(m_document->analysis(), measure);
}

bool PlanModel::isOverdue(const Step &step) const {
    if (!step.isScheduled() || step.status == StepStatus::Done ||
        step.status == StepStatus::Cancelled)
        return false;
    return fiscal::monthEnd(m_document->plan().fiscalYear, step.endMonth) < m_today;
}

const char16_t *PlanModel::draftFieldOf(int column, bool measureRow) {
    if (measureRow) {
        switch (column) {
        case StepColumn:
            return draftField::title;
        case ItemsColumn:
            return draftField::codes;
        case MonitoringColumn:
            return draftField::monitoring;
        case ReportingColumn:
            return draftField::reporting;
        default:
            return nullptr;
        }
    }
    switch (column) {
    case StepColumn:
        return draftField::text;
    case UnitsColumn:
        return draftField::units;
    case Q1Column:
    case Q2Column:
    case Q3Column:
    case Q4Column:
        return draftField::span;
    default:
        return nullptr;
    }
}

namespace {
/// A drafted cell's look: a pale yellow ground, italics, a tooltip; what `role` gives for it,
/// or nothing when the role is not one the mark uses.
QVariant draftMark(int role, bool thai, const QVariant &otherwise) {
    switch (role) {
    case PlanModel::DraftRole:
        return true;
    case Qt::BackgroundRole:
        return otherwise.isValid() ? otherwise : QVariant(QBrush(QColor(0xff, 0xf4, 0xc2)));
    case Qt::FontRole: {
        QFont f = otherwise.isValid() ? otherwise.value<QFont>() : QFont();
        f.setItalic(true);
        return f;
    }
    case Qt::ToolTipRole:
        return thai ? QStringLiteral("ร่างที่ยังไม่ได้ตรวจทาน: แก้ไขช่องนี้ หรือกด ยอมรับร่าง เมื่อเห็นชอบ")
                    : QStringLiteral("Draft, not reviewed yet: edit the cell, or Accept Drafts "
                                     "when it is right");
    default:
        return otherwise;
    }
}
} // namespace

QVariant PlanModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || !m_document)
        return {};
    if (role == DraftRole || role == Qt::BackgroundRole || role == Qt::FontRole ||
        role == Qt::ToolTipRole) {
        const bool measureRow = index.internalId() == kMeasureRow;
        if (const char16_t *field = draftFieldOf(index.column(), measureRow)) {
            const Measure &m =
                m_document->plan()
                    .measures[size_t(measureRow ? index.row() : int(index.internalId() - 1))];
            const QStringList &draft = measureRow ? m.draft : m.steps[size_t(index.row())].draft;
            if (draft.contains(QString::fromUtf16(field))) {
                const QVariant otherwise =
                    role == DraftRole ? QVariant()
                    : measureRow
                        ? measureData(index.row(), index.column(), role)
                        : stepData(int(index.internalId() - 1), index.row(), index.column(), role);
                // The span's mark goes on the quarters the step covers, not on empty ones.
                if (!(field == draftField::span && role == Qt::BackgroundRole && !measureRow))
                    return draftMark(role, m_thai, otherwise);
                if (otherwise.isValid())
                    return otherwise;
            }
        }
        if (role == DraftRole)
            return false;
    }
    if (index.internalId() == kMeasureRow)
        return measureData(index.row(), index.column(), role);
    return stepData(int(index.internalId() - 1), index.row(), index.column(), role);
}

QVariant PlanModel::measureData(int m, int column, int role) const {
    const Measure &measure = m_document->plan().measures[size_t(m)];
    switch (role) {
    case MeasureRole:
        return m;
    case StepRole:
        return -1;
    case BucketRole:
        return int(measureBucket(measure));
    case ReportingMonthsRole: {
        QVariantList months;
        for (int month : reportingMonths(measure.cadence))
            months << month;
        return months;
    }
    case StartMonthRole:
    case EndMonthRole: {
        int start = 0;
        int end = 0;
        for (const Step &s : measure.steps) {
            if (!s.isScheduled())
                continue;
            start = start == 0 ? s.startMonth : std::min(start, s.startMonth);
            end = std::max(end, s.endMonth);
        }
        return role == StartMonthRole ? start : end;
    }
    case Qt::FontRole: {
        QFont f;
        f.setBold(true);
        return f;
    }
    case Qt::BackgroundRole:
        return column == ItemsColumn ? QVariant(QBrush(bucketColour(measureBucket(measure))))
                                     : QVariant();
    case Qt::EditRole:
        switch (column) {
        case StepColumn:
            return measure.title;
        case ItemsColumn:
            return measure.codes.join(QStringLiteral(", "));
        case MonitoringColumn:
            return measure.monitoring.join(u'\n');
        case ReportingColumn:
            return reportingText(measure, m_thai);
        default:
            return data(this->index(m, column), Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case ItemsColumn: {
        // The bucket heads the cell, as the seed heads its tables with the bucket's name.
        QStringList lines;
        if (const Bucket b = measureBucket(measure); b != Bucket::None)
            lines << ScoresTreeModel::bucketLabel(int(b), m_thai);
        for (const QString &code : measure.codes) {
            const NodeResult *n = m_document->analysis().find(code);
            lines << (n && n->used
                          ? QStringLiteral("%1 (%2 %3)").arg(code, n->used->toString(), n->grade)
                          : code);
        }
        return lines.join(u'\n');
    }
    case StepColumn:
        return measure.title;
    case MonitoringColumn: {
        QStringList lines;
        for (int i = 0; i < measure.monitoring.size(); ++i)
            lines << QStringLiteral("%1) %2").arg(i + 1).arg(measure.monitoring[i]);
        return lines.join(u'\n');
    }
    case ReportingColumn: {
        const QString cadence = cadenceLabel(measure.cadence, m_thai);
        return measure.reportTo.isEmpty()
                   ? cadence
                   : QStringLiteral("%1 %2 %3")
                         .arg(m_thai ? QStringLiteral("รายงานต่อ") : QStringLiteral("to"),
                              measure.reportTo, cadence);
    }
    default:
        return {};
    }
}

QVariant PlanModel::stepData(int m, int s, int column, int role) const {
    const Step &step = m_document->plan().measures[size_t(m)].steps[size_t(s)];
    switch (role) {
    case MeasureRole:
        return m;
    case StepRole:
        return s;
    case StartMonthRole:
        return step.startMonth;
    case EndMonthRole:
        return step.endMonth;
    case PercentRole:
        return step.percent;
    case StatusRole:
        return int(step.status);
    case OverdueRole:
        return isOverdue(step);
    case BucketRole:
        return int(measureBucket(m_document->plan().measures[size_t(m)]));
    case Qt::ForegroundRole:
        // Overdue marks the status (and the Gantt bar), not the whole row.
        return column == StatusColumn && isOverdue(step) ? QVariant(QBrush(QColor(0xb0, 0, 0)))
                                                         : QVariant();
    case Qt::ToolTipRole:
        if (isOverdue(step))
            return m_thai ? QStringLiteral("เลยกำหนด: สิ้นสุดตามแผน %1")
                                .arg(fiscal::formatDate(
                                    fiscal::monthEnd(m_document->plan().fiscalYear, step.endMonth),
                                    true))
                          : QStringLiteral("Overdue: planned to end %1")
                                .arg(fiscal::formatDate(
                                    fiscal::monthEnd(m_document->plan().fiscalYear, step.endMonth),
                                    false));
        return {};
    case Qt::TextAlignmentRole:
        if (column >= Q1Column && column <= Q4Column)
            return int(Qt::AlignCenter);
        return {};
    case Qt::EditRole:
        switch (column) {
        case StepColumn:
            return step.text;
        case UnitsColumn:
            return step.units.join(QStringLiteral(", "));
        case StatusColumn:
            return statusKey(step.status);
        case PercentColumn:
            return step.percent;
        case ActualStartColumn:
            return step.actualStart.isValid() ? step.actualStart.toString(Qt::ISODate) : QString();
        case ActualFinishColumn:
            return step.actualFinish.isValid() ? step.actualFinish.toString(Qt::ISODate)
                                               : QString();
        case EvidenceColumn:
            return step.evidence.join(u'\n');
        default:
            return {};
        }
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case StepColumn:
        return QStringLiteral("%1) %2").arg(s + 1).arg(step.text);
    case Q1Column:
    case Q2Column:
    case Q3Column:
    case Q4Column: {
        if (!step.isScheduled())
            return {};
        const int q = column - Q1Column + 1;
        const int from = fiscal::quarterOf(step.startMonth);
        const int to = step.endMonth > 12 ? 4 : fiscal::quarterOf(step.endMonth);
        if (q < from || q > to)
            return {};
        // The seed's arrows: ← at the start, → at the end, a line between.
        if (from == to)
            return QStringLiteral("←→");
        return q == from ? QStringLiteral("←──")
               : q == to ? QStringLiteral("──→")
                         : QStringLiteral("────");
    }
    case UnitsColumn:
        return step.units.join(u'\n');
    case StatusColumn:
        return isOverdue(step)
                   ? statusLabel(step.status, m_thai) +
                         (m_thai ? QStringLiteral(" (เลยกำหนด)") : QStringLiteral(" (overdue)"))
                   : statusLabel(step.status, m_thai);
    case PercentColumn:
        return QStringLiteral("%1%").arg(step.percent);
    case ActualStartColumn:
        return fiscal::formatDate(step.actualStart, m_thai);
    case ActualFinishColumn:
        return fiscal::formatDate(step.actualFinish, m_thai);
    case EvidenceColumn:
        return step.evidence.join(u'\n');
    default:
        return {};
    }
}

QVariant PlanModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ItemsColumn:
        return tr("Items (score, grade)");
    case StepColumn:
        return tr("Measure / steps");
    case Q1Column:
        return tr("Q1");
    case Q2Column:
        return tr("Q2");
    case Q3Column:
        return tr("Q3");
    case Q4Column:
        return tr("Q4");
    case UnitsColumn:
        return tr("Responsible units");
    case StatusColumn:
        return tr("Status");
    case PercentColumn:
        return tr("Done %");
    case ActualStartColumn:
        return tr("Started");
    case ActualFinishColumn:
        return tr("Finished");
    case EvidenceColumn:
        return tr("Evidence (links)");
    case MonitoringColumn:
        return tr("Monitoring");
    case ReportingColumn:
        return tr("Reporting");
    }
    return {};
}

Qt::ItemFlags PlanModel::flags(const QModelIndex &index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!m_document || m_document->isReadOnly())
        return f;
    const bool step = index.internalId() != kMeasureRow;
    const int c = index.column();
    const bool measureField =
        c == StepColumn || c == ItemsColumn || c == MonitoringColumn || c == ReportingColumn;
    const bool stepField = c == StepColumn || c == UnitsColumn || c == StatusColumn ||
                           c == PercentColumn || c == ActualStartColumn ||
                           c == ActualFinishColumn || c == EvidenceColumn;
    if ((!step && measureField) || (step && stepField))
        f |= Qt::ItemIsEditable;
    return f;
}

bool PlanModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    // The rules for each field live in the document and the domain; the table passes text.
    const bool measureRow = index.internalId() == kMeasureRow;
    static const QHash<int, PlanField> measureFields{
        {StepColumn, PlanField::MeasureTitle},
        {ItemsColumn, PlanField::MeasureItems},
        {MonitoringColumn, PlanField::Monitoring},
        {ReportingColumn, PlanField::Reporting},
    };
    static const QHash<int, PlanField> stepFields{
        {StepColumn, PlanField::StepText},           {UnitsColumn, PlanField::StepUnits},
        {StatusColumn, PlanField::StepStatus},       {PercentColumn, PlanField::StepPercent},
        {ActualStartColumn, PlanField::ActualStart}, {ActualFinishColumn, PlanField::ActualFinish},
        {EvidenceColumn, PlanField::Evidence},
    };
    const auto &fields = measureRow ? measureFields : stepFields;
    const auto field = fields.constFind(index.column());
    if (field == fields.constEnd())
        return false;
    const int measure = measureRow ? index.row() : int(index.internalId() - 1);
    const int step = measureRow ? -1 : index.row();
    const QString error = m_document->editField(*field, measure, step, value.toString(), m_thai);
    if (!error.isEmpty()) {
        emit editRejected(error);
        return false;
    }
    return true;
}

} // namespace ita
