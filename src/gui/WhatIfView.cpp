#include "WhatIfView.h"
#include "Language.h"
#include "domain/ItemCodes.h"

#include "document/Workspace.h"
#include "io/ScoreRows.h"
#include "models/ScoresTreeModel.h"
#include "storage/ScenarioRepository.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace ita::gui {

WhatIfView::WhatIfView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_scenarios(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_save(new QPushButton(this))
    , m_delete(new QPushButton(this))
    , m_overrides(new QTableWidget(0, 3, this))
    , m_code(new QLineEdit(this))
    , m_score(new QDoubleSpinBox(this))
    , m_add(new QPushButton(this))
    , m_removeRow(new QPushButton(this))
    , m_outcome(new QLabel(this))
    , m_changes(new QListWidget(this))
    , m_sensitivity(new QTableWidget(0, 4, this))
    , m_target(new QDoubleSpinBox(this))
    , m_targetLevel(new QComboBox(this))
    , m_targetItems(new QLineEdit(this))
    , m_urgentPreset(new QPushButton(this))
    , m_compute(new QPushButton(this))
    , m_targetResult(new QLabel(this)) {
    setObjectName(QStringLiteral("whatIf"));
    for (QLabel *&l : m_labels)
        l = new QLabel(this);
    m_score->setRange(0, 100);
    m_score->setDecimals(2);
    m_score->setValue(85);
    m_target->setRange(0, 100);
    m_target->setDecimals(2);
    m_target->setValue(95);
    m_overrides->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_sensitivity->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_sensitivity->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_sensitivity->setWordWrap(true);
    m_sensitivity->setTextElideMode(Qt::ElideNone); // titles wrap; nothing is cut off
    // Row heights depend on the title column's width: measure again when it changes.
    connect(m_sensitivity->horizontalHeader(), &QHeaderView::sectionResized, m_sensitivity,
            [this] { m_sensitivity->resizeRowsToContents(); });
    m_code->setMinimumWidth(140);
    m_code->setObjectName(QStringLiteral("whatIfCode"));
    m_score->setObjectName(QStringLiteral("whatIfScore"));
    m_sensitivity->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QFont big = m_outcome->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_outcome->setFont(big);
    m_outcome->setWordWrap(true);
    m_targetResult->setWordWrap(true);

    auto *scenarioRow = new QHBoxLayout;
    scenarioRow->addWidget(m_labels[0]);
    scenarioRow->addWidget(m_scenarios, 1);
    scenarioRow->addWidget(m_name, 1);
    scenarioRow->addWidget(m_save);
    scenarioRow->addWidget(m_delete);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_labels[1]);
    addRow->addWidget(m_code);
    addRow->addWidget(m_score);
    addRow->addWidget(m_add);
    addRow->addWidget(m_removeRow);
    auto *left = new QVBoxLayout;
    left->addLayout(addRow);
    left->addWidget(m_overrides, 1);
    auto *right = new QVBoxLayout;
    right->addWidget(m_outcome);
    right->addWidget(m_labels[2]);
    right->addWidget(m_changes, 1);
    auto *top = new QHBoxLayout;
    top->addLayout(left, 1);
    top->addLayout(right, 1);
    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(m_labels[3]);
    targetRow->addWidget(m_target);
    targetRow->addWidget(m_targetLevel);
    targetRow->addWidget(m_labels[4]);
    targetRow->addWidget(m_targetItems, 1);
    targetRow->addWidget(m_urgentPreset);
    targetRow->addWidget(m_compute);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(scenarioRow);
    layout->addLayout(top, 3);
    layout->addWidget(m_labels[5]);
    layout->addWidget(m_sensitivity, 2);
    layout->addLayout(targetRow);
    layout->addWidget(m_targetResult);

    connect(m_add, &QPushButton::clicked, this,
            [this] { setOverride(m_code->text(), m_score->value()); });
    connect(m_removeRow, &QPushButton::clicked, this, [this] {
        if (m_overrides->currentRow() >= 0)
            m_overrides->removeRow(m_overrides->currentRow());
        recompute();
    });
    connect(m_overrides, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            recompute();
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (QString e = saveScenario(m_name->text()); !e.isEmpty())
            emit message(e);
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (QString e = deleteScenario(m_scenarios->currentText()); !e.isEmpty())
            emit message(e);
    });
    connect(m_scenarios, &QComboBox::activated, this,
            [this] { loadScenario(m_scenarios->currentText()); });
    connect(m_urgentPreset, &QPushButton::clicked, this, [this] {
        if (m_workspace.document())
            m_targetItems->setText(m_workspace.document()
                                       ->analysis()
                                       .codesIn(Bucket::Urgent, Level::Item)
                                       .join(QStringLiteral(", ")));
    });
    connect(m_compute, &QPushButton::clicked, this, [this] { computeTarget(); });
    retranslate();
    connect(&workspace, &Workspace::documentChanged, this, [this] {
        refresh();
        if (AssessmentDocument *doc = m_workspace.document())
            connect(doc, &AssessmentDocument::changed, this, &WhatIfView::recompute,
                    Qt::UniqueConnection);
    });
    setThai(uiIsThai());
}

void WhatIfView::setThai(bool thai) {
    m_thai = thai;
    recompute();
    fillSensitivity();
}

void WhatIfView::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (m_sensitivityStale)
        fillSensitivity();
    // Rows filled while the page was hidden were measured at the wrong width.
    QTimer::singleShot(0, m_sensitivity, [this] { m_sensitivity->resizeRowsToContents(); });
}

void WhatIfView::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        setThai(uiIsThai());
    }
    QWidget::changeEvent(event);
}

void WhatIfView::retranslate() {
    m_labels[0]->setText(tr("Scenario:"));
    m_labels[1]->setText(tr("Change a score:"));
    m_labels[2]->setText(tr("Buckets that would change:"));
    m_labels[3]->setText(tr("Target overall:"));
    m_labels[4]->setText(tr("by raising:"));
    m_labels[5]->setText(tr("Where effort pays most: overall points per +1.00 on an item"));
    m_name->setPlaceholderText(tr("Name to save as"));
    m_save->setText(tr("Save"));
    m_delete->setText(tr("Delete"));
    m_code->setPlaceholderText(tr("Code, e.g. E8"));
    m_add->setText(tr("Set"));
    m_removeRow->setText(tr("Remove row"));
    m_urgentPreset->setText(tr("All urgent items"));
    m_compute->setText(tr("Compute"));
    m_targetItems->setPlaceholderText(tr("Item codes, comma-separated"));
    m_targetLevel->setToolTip(tr("Or a rating level: its bound and, for the overall, its "
                                 "condition on every tool"));
    m_overrides->setHorizontalHeaderLabels({tr("Code"), tr("Real score"), tr("Scenario score")});
    m_sensitivity->setHorizontalHeaderLabels(
        {tr("Code"), tr("Title"), tr("+ overall per point"), tr("Score now")});
    recompute();
}

void WhatIfView::refresh() {
    const QSignalBlocker blocker(m_scenarios);
    m_scenarios->clear();
    m_filling = true;
    m_overrides->setRowCount(0);
    m_filling = false;
    if (AssessmentDocument *doc = m_workspace.document()) {
        auto list = ScenarioRepository(*m_workspace.database()).list(doc->id());
        if (list)
            for (const Scenario &s : *list)
                m_scenarios->addItem(s.name);
    }
    m_scenarios->setCurrentIndex(-1);
    fillSensitivity();
    recompute();
}

void WhatIfView::setOverride(const QString &codeText, double score) {
    AssessmentDocument *doc = m_workspace.document();
    if (!doc)
        return;
    const QString code = codes::normalise(codeText);
    QString problem;
    if (!codes::check(doc->framework(), code, &problem)) {
        emit message(problem);
        return;
    }
    const QString value = Score::fromHundredths(qRound64(score * 100)).toString();
    m_filling = true;
    int row = -1;
    for (int r = 0; r < m_overrides->rowCount(); ++r)
        if (m_overrides->item(r, 0)->text() == code)
            row = r;
    if (row < 0) {
        row = m_overrides->rowCount();
        m_overrides->insertRow(row);
        auto *c = new QTableWidgetItem(code);
        c->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_overrides->setItem(row, 0, c);
        const NodeResult *n = doc->analysis().find(code);
        auto *real = new QTableWidgetItem(n && n->used ? n->used->toString() : QString());
        real->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_overrides->setItem(row, 1, real);
    }
    m_overrides->setItem(row, 2, new QTableWidgetItem(value));
    m_filling = false;
    recompute();
}

Overrides WhatIfView::overrides() const {
    Overrides out;
    for (int r = 0; r < m_overrides->rowCount(); ++r) {
        const QTableWidgetItem *value = m_overrides->item(r, 2);
        const auto s = value ? Score::parse(value->text()) : std::nullopt;
        if (s && s->value.inRange())
            out.push_back({m_overrides->item(r, 0)->text(), s->value});
    }
    return out;
}

void WhatIfView::recompute() {
    m_changes->clear();
    AssessmentDocument *doc = m_workspace.document();
    if (!doc) {
        m_outcome->setText(tr("Choose an agency and a fiscal year."));
        m_result = WhatIfResult();
        return;
    }
    m_result = whatIf(doc->framework(), doc->assessment(), overrides());
    const Score delta = m_result.overallDelta();
    m_outcome->setText(
        tr("Overall %1 (%2), %3%4 against the real result")
            .arg(m_result.scenario.overall ? m_result.scenario.overall->toString() : QString(),
                 doc->framework().rating.phrase(m_result.scenario.nodes.empty()
                                                    ? QString()
                                                    : m_result.scenario.nodes.front().grade,
                                                m_thai),
                 delta >= Score() ? QStringLiteral("+") : QString(), delta.toString()));
    for (const BucketChange &c : m_result.changes)
        m_changes->addItem(QStringLiteral("%1: %2 → %3")
                               .arg(c.code, ScoresTreeModel::bucketLabel(int(c.from), m_thai),
                                    ScoresTreeModel::bucketLabel(int(c.to), m_thai)));
}

void WhatIfView::fillSensitivity() {
    m_sensitivity->setRowCount(0);
    AssessmentDocument *doc = m_workspace.document();
    if (!doc)
        return;
    // The target may be a level of this framework's scheme.
    const QString chosen = m_targetLevel->currentData().toString();
    m_targetLevel->clear();
    m_targetLevel->addItem(tr("as a score"), QString());
    for (const auto &level : doc->framework().rating.levels)
        m_targetLevel->addItem(tr("or level %1").arg(level.label.in(m_thai)), level.label.th);
    m_targetLevel->setCurrentIndex(std::max(0, m_targetLevel->findData(chosen)));
    // The table below is for the eye: filled when the page is shown (the window opens
    // without it, issue 28), and again when it changes while shown.
    if (!isVisible()) {
        m_sensitivityStale = true;
        return;
    }
    m_sensitivityStale = false;
    const auto list = sensitivity(doc->framework());
    const int rows = std::min<int>(15, int(list.size()));
    m_sensitivity->setRowCount(rows);
    for (int r = 0; r < rows; ++r) {
        const NodeResult *n = doc->analysis().find(list[size_t(r)].code);
        // The items whose role is the published analysis or its implementation say so:
        // their codes change from year to year (O42/O43 in FY2564, O25/O26 later).
        const Role role = list[size_t(r)].role;
        const QString title =
            (n ? n->title : QString()) +
            (role == Role::None ? QString() : QStringLiteral(" — ") + roleTitle(role).in(m_thai));
        const QStringList cells = {
            list[size_t(r)].code, title, QString::number(list[size_t(r)].perPoint, 'f', 4),
            n && n->used ? QStringLiteral("%1 %2").arg(bucketMark(n->bucket), n->used->toString())
                         : QString()};
        for (int c = 0; c < cells.size(); ++c)
            m_sensitivity->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_sensitivity->resizeRowsToContents();
}

QString WhatIfView::computeTarget() {
    AssessmentDocument *doc = m_workspace.document();
    if (!doc)
        return {};
    const auto parsed = codes::parse(doc->framework(), m_targetItems->text());
    if (!parsed) {
        m_targetResult->setText(parsed.error());
        return parsed.error();
    }
    const QStringList &items = *parsed;
    const QString level = m_targetLevel->currentData().toString();
    const RatingLevel *wanted = doc->framework().rating.find(level);
    const Score target = Score::fromHundredths(qRound64(m_target->value() * 100));
    const auto rise = wanted
                          ? requiredRiseForLevel(doc->framework(), doc->assessment(), items, level)
                          : requiredRise(doc->framework(), doc->assessment(), items, target);
    QString goal = target.toString();
    if (wanted)
        goal =
            wanted->allToolsMinimum
                ? tr("%1 (%2 overall and every tool at least %3)")
                      .arg(wanted->label.in(m_thai), wanted->minimum.toString(),
                           wanted->allToolsMinimum->toString())
                : tr("%1 (%2 overall)").arg(wanted->label.in(m_thai), wanted->minimum.toString());
    const QString text =
        rise ? tr("Raising %1 by %2 points each (capped at 100.00) reaches %3.")
                   .arg(items.join(QStringLiteral(", ")), rise->toString(), goal)
             : tr("%1 cannot be reached by raising %2: even 100.00 on each is not enough.")
                   .arg(goal, items.join(QStringLiteral(", ")));
    m_targetResult->setText(text);
    return text;
}

QString WhatIfView::saveScenario(const QString &name) {
    AssessmentDocument *doc = m_workspace.document();
    if (!doc)
        return tr("Choose an agency and a fiscal year.");
    if (name.trimmed().isEmpty())
        return tr("Give the scenario a name.");
    if (QString e =
            ScenarioRepository(*m_workspace.database()).save(doc->id(), {name, overrides()});
        !e.isEmpty())
        return e;
    if (m_scenarios->findText(name.trimmed()) < 0)
        m_scenarios->addItem(name.trimmed());
    m_scenarios->setCurrentText(name.trimmed());
    return {};
}

QString WhatIfView::deleteScenario(const QString &name) {
    AssessmentDocument *doc = m_workspace.document();
    if (!doc || name.isEmpty())
        return {};
    if (QString e = ScenarioRepository(*m_workspace.database()).remove(doc->id(), name);
        !e.isEmpty())
        return e;
    m_scenarios->removeItem(m_scenarios->findText(name));
    return {};
}

void WhatIfView::loadScenario(const QString &name) {
    AssessmentDocument *doc = m_workspace.document();
    if (!doc)
        return;
    auto list = ScenarioRepository(*m_workspace.database()).list(doc->id());
    if (!list)
        return;
    m_filling = true;
    m_overrides->setRowCount(0);
    m_filling = false;
    for (const Scenario &s : *list)
        if (s.name == name)
            for (const auto &[code, score] : s.overrides)
                setOverride(code, score.toDouble());
    m_name->setText(name);
    recompute();
}

} // namespace ita::gui
