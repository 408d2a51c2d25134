#include "ScoresTreeModel.h"

#include "analysis/Analysis.h"
#include "document/AssessmentDocument.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QPainter>
#include <QPolygonF>

namespace ita {

namespace {

/// A warning triangle drawn with shapes only, so it needs no fonts and no QGuiApplication.
const QImage &warningMark() {
    static const QImage image = [] {
        QImage img(16, 16, QImage::Format_ARGB32_Premultiplied);
        img.fill(Qt::transparent);
        QPainter p(&img);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(QColor(0x80, 0x50, 0x00), 1));
        p.setBrush(QColor(0xff, 0xc8, 0x20));
        p.drawPolygon(QPolygonF({QPointF(8, 1), QPointF(15, 15), QPointF(1, 15)}));
        p.setPen(Qt::NoPen);
        p.setBrush(Qt::black);
        p.drawRect(QRectF(7.2, 5.5, 1.8, 5.5));
        p.drawRect(QRectF(7.2, 12, 1.8, 1.8));
        return img;
    }();
    return image;
}

} // namespace

ScoresTreeModel::ScoresTreeModel(QObject *parent)
    : QAbstractItemModel(parent) {}

void ScoresTreeModel::setDocument(AssessmentDocument *document) {
    beginResetModel();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &AssessmentDocument::changed, this,
                &ScoresTreeModel::onDocumentChanged);
    rebuild();
    endResetModel();
}

void ScoresTreeModel::setThai(bool thai) {
    if (m_thai == thai)
        return;
    beginResetModel(); // titles fall back to the other language; messages change
    m_thai = thai;
    rebuild();
    endResetModel();
}

QString ScoresTreeModel::bucketLabel(int bucket, bool thai) {
    return ita::bucketLabel(Bucket(bucket), thai);
}

void ScoresTreeModel::rebuild() {
    m_topLevel.clear();
    m_row.clear();
    m_shownParent.clear();
    m_tool.clear();
    m_findings.clear();
    if (!m_document)
        return;
    const Analysis &a = m_document->analysis();
    const size_t n = a.nodes.size();
    m_row.assign(n, 0);
    m_shownParent.assign(n, -1);
    m_tool.assign(n, QString());
    if (n == 0)
        return;
    m_topLevel.push_back(0); // ITA, then its tools beside it
    for (int tool : a.nodes[0].children)
        m_topLevel.push_back(tool);
    for (size_t r = 0; r < m_topLevel.size(); ++r)
        m_row[size_t(m_topLevel[r])] = int(r);
    for (size_t i = 1; i < n; ++i) {
        const NodeResult &node = a.nodes[i];
        if (node.level == Level::Tool) {
            m_tool[i] = node.code;
            continue;
        }
        m_shownParent[i] = node.parent;
        m_tool[i] = m_tool[size_t(node.parent)];
        const auto &siblings = a.nodes[size_t(node.parent)].children;
        m_row[i] = int(std::find(siblings.begin(), siblings.end(), int(i)) - siblings.begin());
    }
    for (const auto &f : a.findings)
        m_findings[f.code] << f.message.in(m_thai);
}

void ScoresTreeModel::onDocumentChanged(bool structure) {
    if (structure) {
        beginResetModel();
        rebuild();
        endResetModel();
        return;
    }
    rebuild();
    // Values change everywhere (thresholds move buckets); structure is the same.
    const auto emitRange = [this](const QModelIndex &parent) {
        const int rows = rowCount(parent);
        if (rows > 0)
            emit dataChanged(index(0, 0, parent), index(rows - 1, ColumnCount - 1, parent));
    };
    emitRange({});
    const Analysis &a = m_document->analysis();
    for (size_t i = 0; i < a.nodes.size(); ++i)
        if (!a.nodes[i].children.empty() && i != 0)
            emitRange(indexOfNode(int(i), 0));
}

int ScoresTreeModel::nodeOf(const QModelIndex &index) const {
    return index.isValid() ? int(index.internalId()) : -1;
}

QModelIndex ScoresTreeModel::indexOfNode(int node, int column) const {
    if (node < 0 || size_t(node) >= m_row.size())
        return {};
    return createIndex(m_row[size_t(node)], column, quintptr(node));
}

QModelIndex ScoresTreeModel::index(int row, int column, const QModelIndex &parent) const {
    if (!m_document || column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid()) {
        if (size_t(row) >= m_topLevel.size())
            return {};
        return createIndex(row, column, quintptr(m_topLevel[size_t(row)]));
    }
    const int p = nodeOf(parent);
    if (p == 0)
        return {}; // ITA shows no children: its tools sit beside it
    const auto &children = m_document->analysis().nodes[size_t(p)].children;
    if (size_t(row) >= children.size())
        return {};
    return createIndex(row, column, quintptr(children[size_t(row)]));
}

QModelIndex ScoresTreeModel::parent(const QModelIndex &child) const {
    const int node = nodeOf(child);
    if (node < 0 || size_t(node) >= m_shownParent.size())
        return {};
    return indexOfNode(m_shownParent[size_t(node)], 0);
}

int ScoresTreeModel::rowCount(const QModelIndex &parent) const {
    if (!m_document)
        return 0;
    if (!parent.isValid())
        return int(m_topLevel.size());
    if (parent.column() != 0)
        return 0;
    const int p = nodeOf(parent);
    if (p == 0)
        return 0;
    return int(m_document->analysis().nodes[size_t(p)].children.size());
}

int ScoresTreeModel::columnCount(const QModelIndex &) const {
    return ColumnCount;
}

QString ScoresTreeModel::codeAt(const QModelIndex &index) const {
    const int node = nodeOf(index);
    return node < 0 ? QString() : m_document->analysis().nodes[size_t(node)].code;
}

QModelIndex ScoresTreeModel::indexOfCode(const QString &code, int column) const {
    if (!m_document)
        return {};
    return indexOfNode(m_document->analysis().indexOf(code), column);
}

QVariant ScoresTreeModel::data(const QModelIndex &index, int role) const {
    const int node = nodeOf(index);
    if (node < 0 || !m_document)
        return {};
    const Analysis &a = m_document->analysis();
    const NodeResult &n = a.nodes[size_t(node)];
    const QStringList findings = m_findings.value(n.code);
    const auto score = [](const std::optional<Score> &s) {
        return s ? s->toString() : QString();
    };

    switch (role) {
    case CodeRole:
        return n.code;
    case LevelRole:
        return int(n.level);
    case BucketRole:
        return int(n.bucket);
    case FindingsRole:
        return findings;
    case ToolRole:
        return m_tool[size_t(node)];
    case SortRole:
        switch (index.column()) {
        case CodeColumn:
            return node; // tree order: I9 before I10
        case StatedColumn:
            return n.stated ? QVariant(n.stated->hundredths()) : QVariant(qint64(-1));
        case ComputedColumn:
            return n.computed ? QVariant(n.computed->hundredths()) : QVariant(qint64(-1));
        case BucketColumn:
            return int(n.bucket);
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DecorationRole:
        // The mark sits on the code and on the grade, next to what it is about.
        if (!findings.isEmpty() && (index.column() == CodeColumn || index.column() == GradeColumn))
            return warningMark();
        return {};
    case Qt::ToolTipRole:
        if (!findings.isEmpty())
            return findings.join(u'\n');
        return index.column() == TitleColumn ? data(index, Qt::DisplayRole) : QVariant();
    case Qt::FontRole:
        if (n.level == Level::Overall || n.level == Level::Tool || n.level == Level::Indicator) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::BackgroundRole:
        if (index.column() != BucketColumn)
            return {};
        switch (n.bucket) {
        case Bucket::Maintain:
            return QBrush(QColor(0xd8, 0xf0, 0xd8));
        case Bucket::Improve:
            return QBrush(QColor(0xff, 0xf0, 0xc0));
        case Bucket::Urgent:
            return QBrush(QColor(0xf8, 0xd0, 0xd0));
        case Bucket::None:
            return {};
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == StatedColumn || index.column() == ComputedColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == GradeColumn)
            return int(Qt::AlignCenter);
        return {};
    case Qt::EditRole:
        switch (index.column()) {
        case TitleColumn: {
            const ScoreEntry *e = m_document->assessment().find(n.code);
            return e && !e->title.isEmpty() ? e->title : data(index, Qt::DisplayRole);
        }
        case StatedColumn:
            return score(n.stated);
        case GradeColumn:
            return n.statedGrade;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case CodeColumn:
            return n.code;
        case TitleColumn: {
            const ScoreEntry *e = m_document->assessment().find(n.code);
            if (e && !e->title.isEmpty())
                return e->title;
            return n.level == Level::SubItem ? QString() : n.frameworkTitle.in(m_thai);
        }
        case StatedColumn:
            return score(n.stated);
        case ComputedColumn:
            return score(n.computed);
        case GradeColumn:
            if (!n.statedGrade.isEmpty() && n.statedGrade != n.grade)
                return QStringLiteral("%1 ≠ %2").arg(n.grade, n.statedGrade);
            return n.grade;
        case BucketColumn:
            return bucketLabel(int(n.bucket), m_thai);
        }
        return {};
    default:
        return {};
    }
}

QVariant ScoresTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == GradeColumn)
        return tr("Grade from the score; \"C ≠ B\" means the stated grade B does not match");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case TitleColumn:
        return tr("Title");
    case StatedColumn:
        return tr("Stated score");
    case ComputedColumn:
        return tr("Computed");
    case GradeColumn:
        return tr("Grade");
    case BucketColumn:
        return tr("Bucket");
    }
    return {};
}

Qt::ItemFlags ScoresTreeModel::flags(const QModelIndex &index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const bool editable = index.column() == TitleColumn || index.column() == StatedColumn ||
                          index.column() == GradeColumn;
    if (editable && m_document && !m_document->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

bool ScoresTreeModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (role != Qt::EditRole || !m_document || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const QString code = codeAt(index);
    const QString text = value.toString().trimmed();
    QString error;
    switch (index.column()) {
    case StatedColumn: {
        std::optional<Score> score;
        if (!text.isEmpty()) {
            const auto parsed = Score::parse(text);
            if (!parsed || !parsed->value.inRange()) {
                emit editRejected(tr("\"%1\" is not a score for %2: type a number from 0 to 100 "
                                     "with \".\" for decimals, such as 85.00 (leave it empty to "
                                     "compute it from its parts)")
                                      .arg(text, code));
                return false;
            }
            score = parsed->value;
        }
        error = m_document->editScore(code, score);
        break;
    }
    case GradeColumn:
        error = m_document->editGrade(code, text);
        break;
    case TitleColumn:
        error = m_document->editTitle(code, value.toString());
        break;
    default:
        return false;
    }
    if (!error.isEmpty()) {
        emit editRejected(tr("%1 was not changed: %2").arg(code, error));
        return false;
    }
    return true;
}

} // namespace ita
