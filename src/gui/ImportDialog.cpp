#include "ImportDialog.h"

#include "ScreenFit.h"
#include "domain/FiscalCalendar.h"
#include "storage/AgencyRepository.h"
#include "storage/ScoresFileImport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace ita::gui {

ImportDialog::ImportDialog(const QString &agency, int fiscalYear, const QString &folder,
                           FrameworkRegistry frameworks, QWidget *parent)
    : QDialog(parent)
    , m_path(new QLineEdit(this))
    , m_agency(new QLineEdit(agency, this))
    , m_year(new QSpinBox(this))
    , m_encoding(new QComboBox(this))
    , m_replace(
          new QCheckBox(tr("Replace scores already stored for the same agency and year"), this))
    , m_rows(new QTableWidget(this))
    , m_problems(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_createFramework(new QPushButton(this))
    , m_folder(folder)
    , m_frameworks(std::move(frameworks)) {
    setWindowTitle(tr("Import scores"));
    // Typed or pasted as well as chosen (issue 25): read when the field is left or Enter.
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setPlaceholderText(tr("Type or paste a path, or choose the file"));
    m_year->setObjectName(QStringLiteral("importYear"));
    m_year->setRange(2560, 2700);
    m_year->setValue(defaultImportYear(fiscalYear, QDate::currentDate()));
    m_encoding->addItem(tr("Detect (UTF-8 or Thai Windows-874)"), QStringLiteral("auto"));
    m_encoding->addItem(QStringLiteral("UTF-8"), QStringLiteral("utf-8"));
    m_encoding->addItem(QStringLiteral("Windows-874 / TIS-620"), QStringLiteral("windows-874"));
    m_rows->setColumnCount(6);
    m_rows->setHorizontalHeaderLabels(
        {tr("Agency"), tr("Year"), tr("Code"), tr("Title"), tr("Score"), tr("Grade")});
    m_rows->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->setWordWrap(true); // a problem is a sentence: wrapped, never cut at the edge

    auto *browse = new QPushButton(tr("Choose file…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("File:"), pathRow);
    form->addRow(tr("Agency (when the file has no agency column):"), m_agency);
    form->addRow(tr("Fiscal year, BE (when the file has no year column):"), m_year);
    form->addRow(tr("Encoding:"), m_encoding);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_rows);
    split->addWidget(m_problems);
    split->setStretchFactor(0, 3);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_createFramework, 0, Qt::AlignLeft);
    m_createFramework->setVisible(false);
    connect(m_createFramework, &QPushButton::clicked, this, [this] {
        if (!m_read.yearsWithoutFramework.empty())
            emit frameworkNeeded(m_read.yearsWithoutFramework.front());
    });
    layout->addWidget(m_replace);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        const QString typed = m_path->text().trimmed();
        if (!typed.isEmpty() && typed != m_previewed)
            preview(typed);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto again = [this] {
        if (!m_path->text().isEmpty())
            preview(m_path->text());
    };
    connect(m_agency, &QLineEdit::editingFinished, this, again);
    connect(m_year, &QSpinBox::valueChanged, this, again);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, again);
    fitToScreen(this, {900, 600});
}

ImportDialog::~ImportDialog() {
    // A field losing focus while the dialog is destroyed must not preview again over members
    // already gone.
    for (QObject *field : {static_cast<QObject *>(m_path), static_cast<QObject *>(m_agency),
                           static_cast<QObject *>(m_year), static_cast<QObject *>(m_encoding)})
        disconnect(field, nullptr, this, nullptr);
}

void ImportDialog::setFrameworks(FrameworkRegistry frameworks) {
    m_frameworks = std::move(frameworks);
    if (!m_path->text().isEmpty())
        preview(m_path->text());
}

bool ImportDialog::replace() const {
    return m_replace->isChecked();
}

void ImportDialog::browse() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Import scores"), m_folder,
                                                      tr("Scores (*.csv *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    m_folder = QFileInfo(path).absolutePath();
    preview(path);
}

int defaultImportYear(int shownYear, const QDate &today) {
    // The results published last are the fiscal year before today's: in December 2569
    // (fiscal year 2570) they are FY2569's.
    return std::clamp(std::max(shownYear, fiscal::yearOf(today) - 1), 2560, 2700);
}

namespace {

/// What the preview keeps of a file read through: the first rows for the table, and how many
/// assessments the file holds. Every row is checked all the same; nothing else is kept, so a
/// national file is previewed in the memory of a few thousand rows.
class PreviewSink final : public ScoreSink {
public:
    explicit PreviewSink(int keep)
        : m_keep(keep) {}
    QString take(const Assessment &run, bool first, int line) override {
        Q_UNUSED(line);
        if (first)
            ++assessments;
        for (const ScoreEntry &e : run.entries) {
            if (int(rows.size()) >= m_keep)
                break;
            rows.push_back({run.agency, QString::number(run.fiscalYear), e.code, e.title,
                            e.stated ? e.stated->toString() : QString(), e.statedGrade});
        }
        return {};
    }
    /// A preview shows what a file holds, errors and all.
    bool wantsRunsAfterErrors() const override { return true; }

    std::vector<QStringList> rows;
    qint64 assessments = 0;

private:
    int m_keep;
};

} // namespace

bool ImportDialog::sameAgencies() {
    if (!m_database)
        return true;
    const auto conflicts = AgencyRepository(*m_database).conflicts(m_read.attributes);
    if (!conflicts) { // the file could not be asked: import nothing rather than guess
        QMessageBox::warning(this, tr("Import scores"),
                             tr("Nothing was imported: %1").arg(conflicts.error()));
        return false;
    }
    if (conflicts->empty())
        return true;
    const auto describe = [this](const AgencyAttributes &a) {
        QStringList parts{a.province, a.group, a.parent};
        parts.removeAll(QString());
        return parts.isEmpty() ? tr("no details") : parts.join(QStringLiteral(" · "));
    };
    QStringList lines;
    for (const auto &c : *conflicts)
        lines << tr("%1: in this file %2; in the import %3")
                     .arg(c.agency, describe(c.stored), describe(c.incoming));
    QMessageBox ask(QMessageBox::Question, tr("Import scores"),
                    tr("%n agency name(s) of the import are already in this file with other "
                       "details. Is each the same agency?",
                       nullptr, int(conflicts->size())),
                    QMessageBox::NoButton, this);
    ask.setInformativeText(lines.mid(0, 12).join(u'\n') +
                           (lines.size() > 12 ? QStringLiteral("\n…") : QString()));
    ask.setObjectName(QStringLiteral("agencyQuestion"));
    QPushButton *same =
        ask.addButton(tr("The same agencies: update their details"), QMessageBox::AcceptRole);
    same->setObjectName(QStringLiteral("sameAgencies"));
    ask.addButton(tr("Different agencies: cancel, and rename them in the file"),
                  QMessageBox::RejectRole)
        ->setObjectName(QStringLiteral("differentAgencies"));
    ask.exec();
    if (ask.clickedButton() == same)
        return true;
    m_status->setText(tr("Nothing was imported: give the other agencies names of their own (with "
                         "the province, for example) and import again."));
    return false;
}

void ImportDialog::accept() {
    if (sameAgencies())
        QDialog::accept();
}

ImportOptions ImportDialog::options() const {
    ImportOptions options;
    options.agency = m_agency->text();
    options.fiscalYear = m_year->value();
    options.encoding =
        encodingFromName(m_encoding->currentData().toString()).value_or(TextEncoding::Auto);
    return options;
}

void ImportDialog::preview(const QString &path) {
    m_path->setText(path);
    m_previewed = path;
    m_rows->setRowCount(0);
    m_problems->clear();
    m_read = {};
    m_assessments = 0;
    // The first rows are shown, enough to see that the columns were read right; a file of a
    // thousand agencies has a hundred thousand, which a table of items would take seconds and
    // hundreds of megabytes to hold. Every row is checked all the same, streamed through as
    // the import will read it again.
    PreviewSink sink(kPreviewRows);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_read.diagnostics.push_back({Diagnostic::Severity::Error, path, 0, file.errorString()});
        ++m_read.errors;
    } else {
        m_read = readScoresInto(sink, file, QFileInfo(path).fileName(), isAssessmentJson(file),
                                m_frameworks, options());
        m_assessments = sink.assessments;
    }
    const qint64 total = m_read.rows;
    m_rows->setUpdatesEnabled(false);
    m_rows->setRowCount(int(sink.rows.size()));
    for (int r = 0; r < int(sink.rows.size()); ++r)
        for (int c = 0; c < sink.rows[size_t(r)].size(); ++c)
            m_rows->setItem(r, c, new QTableWidgetItem(sink.rows[size_t(r)][c]));
    m_rows->setUpdatesEnabled(true);
    // A year no framework serves is worded for the window: the button below is the fix (the
    // reader's own words name the command-line program's commands).
    QHash<QString, int> missingYear;
    for (int year : m_read.yearsWithoutFramework)
        missingYear.insert(resolveFramework(m_frameworks, year, {}).error(), year);
    for (const auto &d : m_read.diagnostics) {
        QString text = d.toString();
        if (const auto it = missingYear.constFind(d.message); it != missingYear.constEnd())
            text = Diagnostic{d.severity, d.file, d.line,
                              tr("no framework serves fiscal year %1 yet: create it with the "
                                 "button below, as a copy of the latest one to edit from the "
                                 "NACC's manual")
                                  .arg(*it)}
                       .toString();
        auto *item = new QListWidgetItem(text, m_problems);
        if (d.severity == Diagnostic::Severity::Error)
            item->setForeground(Qt::darkRed);
    }
    if (m_read.leftOut() > 0)
        new QListWidgetItem(leftOutNote(m_read, QFileInfo(path).fileName()).toString(), m_problems);
    m_import->setEnabled(m_read.ok() && m_assessments > 0);
    m_status->setText(
        m_read.errors > 0
            ? tr("%n error(s): fix the file and choose it again; nothing will be "
                 "stored.",
                 nullptr, int(std::min<qint64>(m_read.errors, INT_MAX)))
            : tr("%n row(s) ready in %1 assessment(s).", nullptr, int(total)).arg(m_assessments) +
                  (total > m_rows->rowCount()
                       ? u' ' + tr("The first %1 are shown.").arg(m_rows->rowCount())
                       : QString()));
    // A new year is not a dead end: the group builds its framework from the latest one.
    const bool missing = !m_read.yearsWithoutFramework.empty();
    m_createFramework->setVisible(missing);
    if (missing)
        m_createFramework->setText(
            tr("Create the framework for fiscal year %1 from the latest one…")
                .arg(m_read.yearsWithoutFramework.front()));
}

} // namespace ita::gui
