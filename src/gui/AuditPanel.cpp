#include "AuditPanel.h"
#include "Language.h"

#include "Settings.h"
#include "document/Workspace.h"
#include "io/ExportCsv.h"
#include "storage/AuditLog.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QShowEvent>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace ita::gui {

namespace {
constexpr int kRecordRole = Qt::UserRole + 1;
}

AuditPanel::AuditPanel(Workspace &workspace, Settings &settings, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_settings(settings)
    , m_scope(new QComboBox(this))
    , m_filter(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_export(new QPushButton(this)) {
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_proxy);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_status->setWordWrap(true);
    m_scope->addItems({QString(), QString(), QString()});

    auto *top = new QHBoxLayout;
    top->addWidget(m_scope);
    top->addWidget(m_filter, 1);
    top->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);

    connect(m_scope, &QComboBox::currentIndexChanged, this, &AuditPanel::reload);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_export, &QPushButton::clicked, this, &AuditPanel::exportWithDialog);
    // Every stored change of the open assessment and its plan shows at once.
    connect(&m_workspace, &Workspace::documentChanged, this, [this] {
        if (AssessmentDocument *doc = m_workspace.document())
            connect(doc, &AssessmentDocument::changed, this, &AuditPanel::reloadWhenShown,
                    Qt::UniqueConnection);
        if (PlanDocument *plan = m_workspace.planDocument())
            connect(plan, &PlanDocument::changed, this, &AuditPanel::reloadWhenShown,
                    Qt::UniqueConnection);
        reloadWhenShown();
    });
    connect(&m_workspace, &Workspace::fileChanged, this, &AuditPanel::reloadWhenShown);
    connect(&m_workspace, &Workspace::verificationChanged, this, &AuditPanel::reloadWhenShown);
    retranslate();
    setThai(uiIsThai());
}

void AuditPanel::setScope(Scope scope) {
    m_scope->setCurrentIndex(int(scope));
    reload();
}

void AuditPanel::setFilter(const QString &text) {
    m_filter->setText(text);
}

int AuditPanel::visibleRows() {
    if (m_stale)
        reload();
    return m_proxy->rowCount();
}

void AuditPanel::reloadWhenShown() {
    if (isVisible())
        reload();
    else
        m_stale = true;
}

void AuditPanel::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

QString AuditPanel::scopePrefix() const {
    const AssessmentDocument *doc = m_workspace.document();
    if (!doc)
        return {};
    const Assessment &a = doc->assessment();
    switch (Scope(m_scope->currentIndex())) {
    case Scope::Assessment:
        return QStringLiteral("%1 %2").arg(a.agency).arg(a.fiscalYear);
    case Scope::Plan:
        return QStringLiteral("%1 plan %2").arg(a.agency).arg(a.fiscalYear + 1);
    case Scope::File:
        break;
    }
    return {};
}

void AuditPanel::reload() {
    m_stale = false;
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("When (UTC)"), tr("Who"), tr("Where"), tr("What"),
                                        tr("Field"), tr("Before"), tr("After")});
    Database *db = m_workspace.database();
    if (!db) {
        m_status->clear();
        return;
    }
    if (Scope(m_scope->currentIndex()) != Scope::File && !m_workspace.document())
        return;
    auto records = AuditLog(*db).list(scopePrefix());
    if (!records) {
        m_status->setText(records.error());
        return;
    }
    // Newest first: what a reviewer looks for.
    for (auto it = records->rbegin(); it != records->rend(); ++it) {
        const AuditRecord &r = *it;
        QList<QStandardItem *> row;
        const QString when = QDateTime::fromString(r.at, Qt::ISODateWithMs)
                                 .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        for (const QString &text : {when, r.who, r.change.scope, r.change.target, r.change.field,
                                    r.change.before, r.change.after}) {
            auto *item = new QStandardItem(QString(text).replace(u'\n', QStringLiteral(" ¶ ")));
            item->setToolTip(text);
            row << item;
        }
        row.front()->setData(r.id, kRecordRole);
        m_model->appendRow(row);
    }
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 260));
    const auto &v = m_workspace.auditVerification();
    const bool broken = !v.ok && !v.cancelled && !m_workspace.isVerifying();
    m_status->setText(
        m_workspace.isVerifying()
            ? tr("%n record(s) here. The file is being checked.", nullptr, int(records->size()))
        : v.cancelled ? tr("%n record(s) here. The check of the file was stopped: not checked "
                           "this time.",
                           nullptr, int(records->size()))
        : v.ok        ? tr("%n record(s) here. The trail's hash chain was intact when the file was "
                                  "opened.",
                           nullptr, int(records->size()))
                      : tr("The audit trail is broken: %1").arg(v.message));
    m_status->setStyleSheet(broken ? QStringLiteral("color: #b00000; font-weight: bold")
                                   : QString());
}

QString AuditPanel::exportCsv(const QString &path) {
    if (m_stale)
        reload();
    Database *db = m_workspace.database();
    if (!db)
        return tr("no file is open");
    auto records = AuditLog(*db).list(scopePrefix());
    if (!records)
        return records.error();
    // Exactly the rows shown: the filter applies to the export too.
    QSet<qint64> shown;
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        shown.insert(m_proxy->index(r, 0).data(kRecordRole).toLongLong());
    std::vector<AuditRecord> out;
    for (const AuditRecord &r : *records)
        if (shown.contains(r.id))
            out.push_back(r);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    file.write(exports::auditCsv(out, m_thai));
    return file.commit() ? QString() : file.errorString();
}

void AuditPanel::exportWithDialog() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the audit trail"),
                                                      m_settings.lastExportFolder() +
                                                          QStringLiteral("/audit-trail.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    m_settings.setLastExportFolder(QFileInfo(path).absolutePath());
    if (QString e = exportCsv(path); !e.isEmpty())
        QMessageBox::warning(this, tr("Export the audit trail"), e);
}

void AuditPanel::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        setThai(uiIsThai());
    }
    QWidget::changeEvent(event);
}

void AuditPanel::retranslate() {
    m_scope->setItemText(0, tr("This assessment"));
    m_scope->setItemText(1, tr("Its plan (type \"measure 2\" for one measure)"));
    m_scope->setItemText(2, tr("The whole file"));
    m_filter->setPlaceholderText(tr("Filter: a code, a measure, a name, a value"));
    m_export->setText(tr("Export CSV…"));
    reload();
}

} // namespace ita::gui
