#include "LibraryEntryDialog.h"

#include "io/FrameworkReader.h"
#include "io/LibraryJson.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace ita::gui {

namespace {
enum StepColumn { ColumnText, ColumnTiming, ColumnRoles };

QStringList parts(const QString &text, const QString &separators = QStringLiteral(";,")) {
    QStringList out;
    QString current;
    for (const QChar c : text) {
        if (separators.contains(c)) {
            if (!current.trimmed().isEmpty())
                out << current.trimmed();
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

/// A unit role named by its Thai or English title or its key.
std::optional<UnitRole> roleNamed(const QString &name) {
    for (UnitRole role : allUnitRoles()) {
        const LocalizedText title = unitRoleTitle(role);
        if (name.compare(title.th, Qt::CaseInsensitive) == 0 ||
            name.compare(title.en, Qt::CaseInsensitive) == 0)
            return role;
    }
    return unitRoleFromKey(name);
}
} // namespace

LibraryEntryDialog::LibraryEntryDialog(const LibraryEntry &entry,
                                       const FrameworkRegistry &frameworks, bool thai,
                                       QWidget *parent)
    : QDialog(parent)
    , m_frameworks(frameworks)
    , m_thai(thai)
    , m_original(entry)
    , m_id(new QLineEdit(entry.id, this))
    , m_title(new QLineEdit(entry.title.th, this))
    , m_titleEn(new QLineEdit(entry.title.en, this))
    , m_themes(new QLineEdit(this))
    , m_subIndicators(new QLineEdit(entry.targets.subIndicators.join(QStringLiteral("; ")), this))
    , m_keywords(new QLineEdit(entry.targets.keywords.join(QStringLiteral("; ")), this))
    , m_analysis(new QCheckBox(roleTitle(Role::Analysis).in(thai), this))
    , m_implementation(new QCheckBox(roleTitle(Role::Implementation).in(thai), this))
    , m_urgent(new QCheckBox(tr("Urgent"), this))
    , m_improve(new QCheckBox(tr("Improve"), this))
    , m_maintain(new QCheckBox(tr("Maintain"), this))
    , m_steps(new QTableWidget(0, 3, this))
    , m_monitoring(new QPlainTextEdit(entry.monitoring.join(u'\n'), this))
    , m_cadence(new QComboBox(this))
    , m_reportTo(new QLineEdit(entry.reportTo, this))
    , m_notes(new QPlainTextEdit(entry.notes, this))
    , m_problems(new QLabel(this)) {
    setObjectName(QStringLiteral("libraryEntryDialog"));
    setWindowTitle(tr("Library Entry"));
    m_id->setObjectName(QStringLiteral("entryId"));
    m_title->setObjectName(QStringLiteral("entryTitle"));
    m_titleEn->setObjectName(QStringLiteral("entryTitleEn"));
    m_themes->setObjectName(QStringLiteral("entryThemes"));
    m_keywords->setObjectName(QStringLiteral("entryKeywords"));
    m_steps->setObjectName(QStringLiteral("entrySteps"));
    m_monitoring->setObjectName(QStringLiteral("entryMonitoring"));
    m_problems->setObjectName(QStringLiteral("entryProblems"));
    QStringList themes;
    for (int t : entry.targets.themes)
        themes << QString::number(t);
    m_themes->setText(themes.join(QStringLiteral("; ")));
    m_themes->setPlaceholderText(tr("indicator themes 1–10, e.g. 2; 5"));
    m_subIndicators->setPlaceholderText(tr("OIT sub-indicators, e.g. 9.1; 10.2"));
    m_keywords->setPlaceholderText(tr("words matched in item titles, e.g. ร้องเรียน; No Gift"));
    const auto hasRole = [&entry](Role r) {
        return std::find(entry.targets.roles.begin(), entry.targets.roles.end(), r) !=
               entry.targets.roles.end();
    };
    m_analysis->setChecked(hasRole(Role::Analysis));
    m_implementation->setChecked(hasRole(Role::Implementation));
    m_urgent->setChecked(entry.suitsUrgent);
    m_improve->setChecked(entry.suitsImprove);
    m_maintain->setChecked(entry.suitsMaintain);
    for (Cadence c : {Cadence::Quarterly, Cadence::SemiAnnual, Cadence::Yearly})
        m_cadence->addItem(cadenceLabel(c, thai), int(c));
    m_cadence->setCurrentIndex(m_cadence->findData(int(entry.cadence)));

    m_steps->setHorizontalHeaderLabels({tr("Step"), tr("Timing"), tr("Responsible (roles)")});
    m_steps->horizontalHeader()->setSectionResizeMode(ColumnText, QHeaderView::Stretch);
    m_steps->setColumnWidth(ColumnTiming, 130);
    m_steps->setColumnWidth(ColumnRoles, 220);
    m_steps->setWordWrap(true);
    // Rows as tall as their wrapped text at the width the step column really gets (known only
    // once the dialog is laid out, and again whenever it is resized).
    connect(m_steps->horizontalHeader(), &QHeaderView::sectionResized, m_steps,
            &QTableWidget::resizeRowsToContents);
    connect(m_steps, &QTableWidget::itemChanged, m_steps, &QTableWidget::resizeRowsToContents);
    // The first layout, when the dialog is shown (a stretched column's width comes then).
    QTimer::singleShot(0, m_steps, &QTableWidget::resizeRowsToContents);
    m_steps->setToolTip(tr("Timing: Q1–Q4, a span such as Q1-Q2 or M3-M5 (fiscal months, 1 = "
                           "October), before_oit_window, after_approval or whole_year. "
                           "Responsible: role names separated by \";\"."));
    for (const LibraryStep &step : entry.steps)
        addStepRow(step);
    auto *addStep = new QPushButton(tr("Add a Step"), this);
    addStep->setObjectName(QStringLiteral("entryAddStep"));
    auto *removeStep = new QPushButton(tr("Remove the Step"), this);
    removeStep->setObjectName(QStringLiteral("entryRemoveStep"));
    connect(addStep, &QPushButton::clicked, this, [this] {
        addStepRow({QString(), StepTiming{StepTiming::Kind::Months, 1, 3}, {}});
        m_steps->setCurrentCell(m_steps->rowCount() - 1, ColumnText);
        m_steps->editItem(m_steps->item(m_steps->rowCount() - 1, ColumnText));
    });
    connect(removeStep, &QPushButton::clicked, this, [this] {
        if (m_steps->currentRow() >= 0)
            m_steps->removeRow(m_steps->currentRow());
    });

    m_monitoring->setPlaceholderText(tr("one monitoring line per line"));
    m_monitoring->setMaximumHeight(72);
    m_notes->setMaximumHeight(48);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #a01818"));
    m_problems->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Id"), m_id);
    form->addRow(tr("Title (Thai)"), m_title);
    form->addRow(tr("Title (English)"), m_titleEn);
    form->addRow(tr("Indicator themes"), m_themes);
    form->addRow(tr("Sub-indicators"), m_subIndicators);
    form->addRow(tr("Keywords"), m_keywords);
    auto *roles = new QHBoxLayout;
    roles->addWidget(m_analysis);
    roles->addWidget(m_implementation);
    roles->addStretch(1);
    form->addRow(tr("Item roles"), roles);
    auto *buckets = new QHBoxLayout;
    buckets->addWidget(m_urgent);
    buckets->addWidget(m_improve);
    buckets->addWidget(m_maintain);
    buckets->addStretch(1);
    form->addRow(tr("Suits"), buckets);
    auto *stepButtons = new QHBoxLayout;
    stepButtons->addWidget(addStep);
    stepButtons->addWidget(removeStep);
    stepButtons->addStretch(1);
    auto *lower = new QFormLayout;
    lower->addRow(tr("Monitoring"), m_monitoring);
    lower->addRow(tr("Reporting"), m_cadence);
    lower->addRow(tr("Report to"), m_reportTo);
    lower->addRow(tr("Notes"), m_notes);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    box->button(QDialogButtonBox::Ok)->setText(tr("Save to the File's Library"));
    box->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(box, &QDialogButtonBox::accepted, this, &LibraryEntryDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_steps, 1);
    layout->addLayout(stepButtons);
    layout->addLayout(lower);
    layout->addWidget(m_problems);
    layout->addWidget(box);
    resize(960, 700); // a laptop's 1366×768 shows it whole, with four or five steps
}

void LibraryEntryDialog::resizeEvent(QResizeEvent *event) {
    QDialog::resizeEvent(event);
    QTimer::singleShot(0, m_steps, &QTableWidget::resizeRowsToContents);
}

void LibraryEntryDialog::addStepRow(const LibraryStep &step) {
    const int row = m_steps->rowCount();
    m_steps->insertRow(row);
    QStringList roles;
    for (UnitRole r : step.roles)
        roles << unitRoleTitle(r).in(m_thai);
    m_steps->setItem(row, ColumnText, new QTableWidgetItem(step.text));
    m_steps->setItem(row, ColumnTiming, new QTableWidgetItem(stepTimingText(step.timing)));
    m_steps->setItem(row, ColumnRoles, new QTableWidgetItem(roles.join(QStringLiteral("; "))));
}

Result<LibraryEntry> LibraryEntryDialog::entry() const {
    QStringList problems;
    LibraryEntry e = m_original;
    e.id = m_id->text().trimmed();
    e.title = {m_title->text().trimmed(), m_titleEn->text().trimmed()};
    e.targets.themes.clear();
    for (const QString &t : parts(m_themes->text())) {
        bool ok = false;
        const int theme = t.toInt(&ok);
        if (!ok || theme < 1 || theme > 10)
            problems << tr("theme \"%1\" is not an indicator theme 1–10").arg(t);
        else
            e.targets.themes.push_back(theme);
    }
    e.targets.subIndicators = parts(m_subIndicators->text());
    e.targets.keywords = parts(m_keywords->text(), QStringLiteral(";"));
    e.targets.roles.clear();
    if (m_analysis->isChecked())
        e.targets.roles.push_back(Role::Analysis);
    if (m_implementation->isChecked())
        e.targets.roles.push_back(Role::Implementation);
    e.suitsUrgent = m_urgent->isChecked();
    e.suitsImprove = m_improve->isChecked();
    e.suitsMaintain = m_maintain->isChecked();
    e.steps.clear();
    for (int r = 0; r < m_steps->rowCount(); ++r) {
        const auto cell = [&](int c) {
            return m_steps->item(r, c) ? m_steps->item(r, c)->text().trimmed() : QString();
        };
        if (cell(ColumnText).isEmpty() && cell(ColumnRoles).isEmpty())
            continue; // a row added and left empty
        LibraryStep step;
        step.text = cell(ColumnText);
        if (auto t = parseStepTiming(cell(ColumnTiming)))
            step.timing = *t;
        else
            problems << tr("step %1: timing \"%2\" is not within the fiscal year (Q1–Q4, Q1-Q2, "
                           "M3-M5, before_oit_window, after_approval or whole_year)")
                            .arg(r + 1)
                            .arg(cell(ColumnTiming));
        for (const QString &name : parts(cell(ColumnRoles))) {
            if (auto role = roleNamed(name))
                step.roles.push_back(*role);
            else {
                QStringList names;
                for (UnitRole u : allUnitRoles())
                    names << unitRoleTitle(u).in(m_thai);
                problems << tr("step %1: \"%2\" is not one of the library's roles (%3)")
                                .arg(r + 1)
                                .arg(name, names.join(QStringLiteral(", ")));
            }
        }
        e.steps.push_back(step);
    }
    e.monitoring = parts(m_monitoring->toPlainText(), QStringLiteral("\n"));
    e.cadence = Cadence(m_cadence->currentData().toInt());
    e.reportTo = m_reportTo->text().trimmed();
    e.notes = m_notes->toPlainText().trimmed();
    if (e.source == LibrarySource::Example || e.source == LibrarySource::SamplePlan ||
        e.source == LibrarySource::Nacc)
        if (!(e == m_original))
            e.source = LibrarySource::Group; // the group's own version now
    // Every check a library file's entry gets (steps, roles, texts' length, codes…).
    if (problems.isEmpty())
        if (auto checked = readLibraryEntryJson(writeLibraryEntryJson(e), e.id, m_frameworks);
            !checked)
            problems << checked.error().split(QStringLiteral("; "));
    if (!problems.isEmpty())
        return Result<LibraryEntry>::failure(problems.join(u'\n'));
    return e;
}

void LibraryEntryDialog::accept() {
    const auto checked = entry();
    if (!checked) {
        m_problems->setText(checked.error());
        m_problems->show();
        return;
    }
    QDialog::accept();
}

} // namespace ita::gui
