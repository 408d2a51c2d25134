#include "ReportDialog.h"

#include "ScreenFit.h"
#include "Settings.h"
#include "domain/FiscalCalendar.h"
#include "io/ExportCsv.h"
#include "report/ReportExport.h"
#include "report/ReportLayout.h"
#include "report/ReportWriters.h"
#include "storage/Database.h"
#include "storage/ReportTextRepository.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace ita::gui {

namespace {
constexpr double kPreviewDpi = 62;
} // namespace

ReportDialog::ReportDialog(Database &database, qint64 assessmentId, const QString &agency,
                           int fiscalYear, Settings &settings, bool thai, QWidget *parent)
    : QDialog(parent)
    , m_db(database)
    , m_assessmentId(assessmentId)
    , m_agency(agency)
    , m_year(fiscalYear)
    , m_settings(settings) {
    setWindowTitle(tr("Reports and Export"));
    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(200);
    connect(&m_previewTimer, &QTimer::timeout, this, &ReportDialog::updatePreview);
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(600);
    connect(&m_saveTimer, &QTimer::timeout, this, &ReportDialog::saveTexts);
    reload();
    buildUi(thai);
    updatePreview();
    fitToScreen(this, {1180, 820});
}

ReportDialog::~ReportDialog() {
    saveTexts(); // nothing typed is lost, however the dialog goes
}

void ReportDialog::reload() {
    auto source = report::loadSource(m_db, m_agency, m_year);
    if (source) {
        m_source = *source;
        m_loadError.clear();
    } else {
        m_loadError = source.error();
    }
}

void ReportDialog::buildUi(bool thai) {
    auto *options = new QWidget;
    auto *form = new QFormLayout(options);
    m_kind = new QComboBox;
    // Named by the items that play these roles in this year's framework (O42/O43 in
    // FY2564, O25/O26 in later lists), never by fixed codes.
    const Framework *fw = m_source ? m_source->input().framework : nullptr;
    const auto withCode = [fw](const QString &text, Role role) {
        const QString code = fw ? fw->codeFor(role) : QString();
        return code.isEmpty() ? text : QStringLiteral("%1 (%2)").arg(text, code);
    };
    m_kind->addItem(withCode(tr("Analysis and measures"), Role::Analysis));
    m_kind->addItem(withCode(tr("Progress of the measures"), Role::Implementation));
    form->addRow(tr("Report:"), m_kind);
    m_language = new QComboBox;
    m_language->addItem(QStringLiteral("ไทย"), QStringLiteral("th"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(thai ? 0 : 1);
    form->addRow(tr("Language:"), m_language);
    m_digits = new QComboBox;
    m_digits->addItem(tr("Arabic digits (0–9)"));
    m_digits->addItem(tr("Thai digits (๐–๙)"));
    form->addRow(tr("Digits:"), m_digits);
    auto *asOfRow = new QHBoxLayout;
    // Progress is judged today, or at the end of the plan's year once that is over.
    QDate asOf = QDate::currentDate();
    if (m_source && m_source->plan)
        asOf = std::min(asOf, fiscal::endOf(m_source->plan->fiscalYear));
    m_asOf = new QDateEdit(asOf);
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_asOfBE = new QLabel;
    asOfRow->addWidget(m_asOf);
    asOfRow->addWidget(m_asOfBE, 1);
    form->addRow(tr("As of:"), asOfRow);

    auto *sections = new QGroupBox(tr("Sections"));
    auto *sectionsLayout = new QVBoxLayout(sections);
    for (int i = 0; i < report::kSectionCount; ++i) {
        m_sections[i] = new QCheckBox(report::sectionTitle(report::Section(i)).in(thai));
        m_sections[i]->setChecked(true);
        sectionsLayout->addWidget(m_sections[i]);
        connect(m_sections[i], &QCheckBox::toggled, this, &ReportDialog::schedulePreview);
    }
    form->addRow(sections);

    m_fullName = new QLineEdit;
    m_fullName->setPlaceholderText(m_agency);
    form->addRow(tr("Agency's full name:"), m_fullName);
    m_objectives = new QPlainTextEdit;
    m_objectives->setPlaceholderText(tr("The objectives of the report. Left empty, the report "
                                        "uses a standard text."));
    m_objectives->setMinimumHeight(140);
    form->addRow(tr("Objectives:"), m_objectives);
    m_readOnlyNote = new QLabel(tr("The file is open read-only: the texts cannot be changed, "
                                   "everything can be exported."));
    m_readOnlyNote->setWordWrap(true);
    m_readOnlyNote->setVisible(m_db.isReadOnly());
    form->addRow(m_readOnlyNote);
    if (m_source) {
        m_fullName->setText(m_source->agencyFullName);
        m_objectives->setPlainText(m_source->objectives);
    }
    m_fullName->setReadOnly(m_db.isReadOnly());
    m_objectives->setReadOnly(m_db.isReadOnly());

    auto *buttons = new QHBoxLayout;
    auto addButton = [&](const QString &text, auto slot) {
        auto *b = new QPushButton(text);
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
        return b;
    };
    addButton(tr("PDF…"), [this] {
        exportWithDialog(Format::Pdf);
    })->setToolTip(tr("To publish: exactly these pages"));
    addButton(tr("Word (DOCX)…"), [this] {
        exportWithDialog(Format::Docx);
    })->setToolTip(tr("To finish by hand in Word: styles, sections and tables as in the PDF"));
    addButton(tr("LibreOffice (ODT)…"), [this] {
        exportWithDialog(Format::Odt);
    })->setToolTip(tr("To finish by hand in LibreOffice, with the Sarabun font inside"));
    addButton(tr("Scores CSV…"), [this] { exportWithDialog(Format::ScoresCsv); });
    addButton(tr("Plan CSV…"), [this] { exportWithDialog(Format::PlanCsv); });
    addButton(tr("Print Preview…"), [this] { printPreview(); });
    addButton(tr("Print…"), [this] { print(); });
    buttons->addStretch();
    addButton(tr("Close"), [this] { reject(); });

    auto *pagesHost = new QWidget;
    m_pages = new QVBoxLayout(pagesHost);
    m_pages->setSpacing(12);
    auto *scroll = new QScrollArea;
    scroll->setWidget(pagesHost);
    scroll->setWidgetResizable(true);
    scroll->setAlignment(Qt::AlignHCenter);
    scroll->setBackgroundRole(QPalette::Dark);
    m_pageCount = new QLabel;
    auto *previewSide = new QWidget;
    auto *previewLayout = new QVBoxLayout(previewSide);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_pageCount);
    previewLayout->addWidget(scroll, 1);

    auto *optionsScroll = new QScrollArea;
    optionsScroll->setWidget(options);
    optionsScroll->setWidgetResizable(true);
    auto *splitter = new QSplitter;
    splitter->addWidget(optionsScroll);
    splitter->addWidget(previewSide);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({420, 760});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportDialog::schedulePreview);
    connect(m_language, &QComboBox::currentIndexChanged, this, &ReportDialog::schedulePreview);
    connect(m_digits, &QComboBox::currentIndexChanged, this, &ReportDialog::schedulePreview);
    connect(m_asOf, &QDateEdit::dateChanged, this, &ReportDialog::schedulePreview);
    auto textEdited = [this] {
        m_textsDirty = true;
        m_saveTimer.start();
        schedulePreview();
    };
    connect(m_objectives, &QPlainTextEdit::textChanged, this, textEdited);
    connect(m_fullName, &QLineEdit::textEdited, this, textEdited);
}

report::Options ReportDialog::options() const {
    report::Options o;
    o.thai = m_language->currentData().toString() == u"th";
    o.thaiDigits = m_digits->currentIndex() == 1;
    o.asOf = m_asOf->date();
    for (int i = 0; i < report::kSectionCount; ++i)
        o.sections[i] = m_sections[i]->isChecked();
    return o;
}

report::Input ReportDialog::typedInput() const {
    report::Input input = m_source->input();
    // What is typed counts at once, before it is stored.
    input.objectives = m_objectives->toPlainText();
    input.agencyFullName = m_fullName->text().trimmed();
    return input;
}

report::Document ReportDialog::document() const {
    if (!m_source)
        return {};
    const report::Input input = typedInput();
    return m_kind->currentIndex() == int(report::ReportKind::Progress)
               ? report::buildProgressReport(input, options())
               : report::buildAnalysisReport(input, options());
}

void ReportDialog::schedulePreview() {
    m_previewTimer.start();
}

void ReportDialog::updatePreview() {
    m_asOfBE->setText(fiscal::formatDate(m_asOf->date(), m_language->currentIndex() == 0));
    while (QLayoutItem *item = m_pages->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!m_source) {
        m_pageCount->setText(tr("The report cannot be made: %1").arg(m_loadError));
        m_previewPages = 0;
        return;
    }
    const report::Document doc = document();
    const report::ReportLayout layout(doc);
    for (int p = 0; p < layout.pageCount(); ++p) {
        auto *page = new QLabel;
        page->setPixmap(
            QPixmap::fromImage(report::renderPage(layout, p, kPreviewDpi, devicePixelRatioF())));
        page->setFrameShape(QFrame::Box);
        m_pages->addWidget(page, 0, Qt::AlignHCenter);
    }
    m_pages->addStretch();
    m_previewPages = layout.pageCount();
    m_pageCount->setText(tr("%n page(s), A4", nullptr, layout.pageCount()));
}

void ReportDialog::saveTexts() {
    m_saveTimer.stop();
    if (!m_textsDirty || m_db.isReadOnly() || !m_objectives)
        return;
    ReportTextRepository texts(m_db);
    QString error =
        texts.setText(m_assessmentId, QStringLiteral("objectives"), m_objectives->toPlainText());
    if (error.isEmpty())
        error = texts.setAgencyFullName(m_agency, m_fullName->text().trimmed());
    if (!error.isEmpty()) {
        // Keep the text in the editor and say so; the next keystroke tries again.
        m_pageCount->setText(tr("The objectives could not be stored: %1").arg(error));
        return;
    }
    m_textsDirty = false;
}

void ReportDialog::done(int result) {
    saveTexts();
    QDialog::done(result);
}

QString ReportDialog::exportTo(Format format, const QString &path) {
    if (!m_source)
        return m_loadError;
    QSaveFile file(path); // whole or not at all
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    // The one formats table and dispatch the command line uses too.
    const auto bytes = report::exportBytes(typedInput(), exportFormat(format), options());
    QString error = bytes ? QString() : bytes.error();
    if (bytes)
        file.write(*bytes);
    if (!error.isEmpty()) {
        file.cancelWriting();
        return error;
    }
    return file.commit() ? QString() : file.errorString();
}

report::ExportFormat ReportDialog::exportFormat(Format format) const {
    return report::exportFormat(format, report::ReportKind(m_kind->currentIndex()));
}

QString ReportDialog::suggestedPath(Format format) const {
    const report::ExportFormat chosen = exportFormat(format);
    return QStringLiteral("%1/%2-%3-%4.%5")
        .arg(m_settings.lastExportFolder(), QString::fromLatin1(chosen.stem), m_agency)
        .arg(m_year)
        .arg(chosen.suffix());
}

QString ReportDialog::exportChosen(Format format, const QString &path) {
    m_settings.setLastExportFolder(QFileInfo(path).absolutePath());
    return exportTo(format, path);
}

int ReportDialog::unreviewedDrafts() const {
    return m_source && m_source->plan ? unreviewedDraftFields(*m_source->plan) : 0;
}

bool ReportDialog::confirmDrafts() {
    const int drafts = unreviewedDrafts();
    if (drafts == 0)
        return true;
    QMessageBox ask(
        QMessageBox::Question, tr("Drafts not reviewed"),
        tr("The plan still has %n drafted cell(s) that nobody has reviewed. A published "
           "plan is scored: review them first, or export as it is?",
           nullptr, drafts),
        QMessageBox::NoButton, this);
    ask.setObjectName(QStringLiteral("draftsNotReviewed"));
    QPushButton *go = ask.addButton(tr("Go to the Drafts"), QMessageBox::AcceptRole);
    go->setObjectName(QStringLiteral("goToDrafts"));
    QPushButton *anyway = ask.addButton(tr("Export Anyway"), QMessageBox::DestructiveRole);
    anyway->setObjectName(QStringLiteral("exportAnyway"));
    ask.addButton(QMessageBox::Cancel);
    ask.exec();
    if (ask.clickedButton() == go) {
        emit goToDrafts();
        reject();
        return false;
    }
    return ask.clickedButton() == anyway;
}

void ReportDialog::exportWithDialog(Format format) {
    const report::ExportFormat chosen = exportFormat(format);
    if (chosen.isReport() && !confirmDrafts())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"), suggestedPath(format),
                                                      chosen.nameFilter());
    if (path.isEmpty())
        return;
    if (QString e = exportChosen(format, path); !e.isEmpty())
        QMessageBox::warning(this, tr("Export"), tr("Nothing was written: %1").arg(e));
    else
        m_pageCount->setText(tr("Written to %1").arg(path));
}

QString ReportDialog::printTo(QPrinter &printer) {
    const report::Document doc = document();
    const report::ReportLayout layout(doc);
    printer.setFullPage(true); // the layout keeps its own margins
    printer.setDocName(doc.title);
    return report::paintTo(layout, printer);
}

void ReportDialog::print() {
    if (!confirmDrafts())
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (QString e = printTo(printer); !e.isEmpty())
        QMessageBox::warning(this, tr("Print"), e);
}

void ReportDialog::printPreview() {
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, this);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [this](QPrinter *p) { printTo(*p); });
    fitToScreen(&preview, {1000, 800});
    preview.exec();
}

} // namespace ita::gui
