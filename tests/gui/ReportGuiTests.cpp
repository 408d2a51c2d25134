#include "SampleWindow.h"

#include "../core/TestSupport.h"

#include "document/PlanDocument.h"
#include "document/Workspace.h"
#include "gui/ReportDialog.h"
#include "report/ReportLayout.h"
#include "storage/AssessmentRepository.h"
#include "storage/ReportTextRepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QPushButton>
#include <QTimer>

using namespace ita;

namespace {

struct Reports : test::SampleWindow {
    std::unique_ptr<gui::ReportDialog> dialog;
    Reports() {
        open();
        const AssessmentDocument *doc = window->workspace().document();
        REQUIRE(doc);
        dialog = std::make_unique<gui::ReportDialog>(*window->workspace().database(), doc->id(),
                                                     doc->assessment().agency,
                                                     doc->assessment().fiscalYear, settings, true);
    }
    void settle() {
        QTest::qWait(260); // the preview follows options after a short pause
    }
};

} // namespace

TEST_CASE("gui: the report dialog previews the pages the PDF will have", "[gui][report]") {
    Reports f;
    const int all = f.dialog->previewPageCount();
    {
        const report::Document doc = f.dialog->document();
        CHECK(all == report::ReportLayout(doc).pageCount());
    }
    CHECK(all >= 15);
    // Leaving out the measures and the Gantt chart leaves fewer pages.
    f.dialog->sectionBox(report::Section::Measures)->setChecked(false);
    f.dialog->sectionBox(report::Section::Gantt)->setChecked(false);
    f.settle();
    CHECK(f.dialog->previewPageCount() < all);
    // The progress report is its own document.
    f.dialog->kindBox()->setCurrentIndex(int(report::ReportKind::Progress));
    f.settle();
    const report::Document progress = f.dialog->document();
    CHECK(progress.title.contains(QStringLiteral("2565")));
    CHECK(f.dialog->previewPageCount() == report::ReportLayout(progress).pageCount());
}

TEST_CASE("gui: objectives typed in the report dialog are stored in the file", "[gui][report]") {
    Reports f;
    f.dialog->objectivesEditor()->setPlainText(QStringLiteral("วัตถุประสงค์ใหม่ของคณะทำงาน"));
    f.dialog->accept(); // closing stores what was typed, even within the typing pause
    f.dialog.reset();
    f.window.reset(); // and a restart finds it
    auto db = Database::open(f.path);
    REQUIRE(db);
    const auto id = AssessmentRepository(**db).find(QStringLiteral("สำนักงาน กกพ."), 2564);
    REQUIRE(id);
    const auto text = ReportTextRepository(**db).text(*id, QStringLiteral("objectives"));
    REQUIRE(text);
    CHECK(*text == QStringLiteral("วัตถุประสงค์ใหม่ของคณะทำงาน"));
}

TEST_CASE("gui: export writes PDF, ODT and CSV files, printing uses the same layout",
          "[gui][report]") {
    Reports f;
    using Format = gui::ReportDialog::Format;
    const QString pdf = f.dir.filePath(QStringLiteral("r.pdf"));
    REQUIRE(f.dialog->exportTo(Format::Pdf, pdf).isEmpty());
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");
    const QString odt = f.dir.filePath(QStringLiteral("r.odt"));
    REQUIRE(f.dialog->exportTo(Format::Odt, odt).isEmpty());
    CHECK(QFileInfo(odt).size() > 1000);
    const QString csv = f.dir.filePath(QStringLiteral("p.csv"));
    REQUIRE(f.dialog->exportTo(Format::PlanCsv, csv).isEmpty());
    QFile plan(csv);
    REQUIRE(plan.open(QIODevice::ReadOnly));
    CHECK(plan.read(3) == "\xEF\xBB\xBF");

    // A PDF-file printer gets exactly the pages of the export.
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString printed = f.dir.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(printed);
    REQUIRE(f.dialog->printTo(printer).isEmpty());
    auto pages = [](const QString &path) {
        QFile in(path);
        REQUIRE(in.open(QIODevice::ReadOnly));
        return in.readAll().count("/Type /Page\n") + 0;
    };
    const auto printedPages = pages(printed);
    CHECK(printedPages == f.dialog->previewPageCount());
    CHECK(printedPages == pages(pdf));

    // The folder of an export is remembered: the next save dialog starts there.
    QDir(f.dir.path()).mkdir(QStringLiteral("out"));
    const QString chosen = f.dir.filePath(QStringLiteral("out/scores.csv"));
    REQUIRE(f.dialog->exportChosen(Format::ScoresCsv, chosen).isEmpty());
    CHECK(QFile::exists(chosen));
    CHECK(gui::Settings().lastExportFolder() == QFileInfo(chosen).absolutePath());
    CHECK(f.dialog->suggestedPath(Format::Pdf)
              .startsWith(QFileInfo(chosen).absolutePath() + QStringLiteral("/ita-")));
}

TEST_CASE("gui: Reports and Export and the command line write the same bytes", "[gui][report]") {
    Reports f;
    using Format = gui::ReportDialog::Format;
    const struct {
        Format format;
        const char *cliFormat;
    } cases[] = {{Format::ScoresCsv, "csv"},
                 {Format::PlanCsv, "plan-csv"},
                 {Format::Docx, "docx"},
                 {Format::Odt, "odt"}};
    // One day for both: the Gantt's today line depends on it.
    f.dialog->asOfEdit()->setDate(QDate(2022, 3, 31));
    for (const auto &c : cases) {
        INFO(c.cliFormat);
        const QString fromDialog = f.dir.filePath(QStringLiteral("dialog.out"));
        const QString fromCli = f.dir.filePath(QStringLiteral("cli.out"));
        REQUIRE(f.dialog->exportTo(c.format, fromDialog).isEmpty());
        const auto run = test::runCli(
            {QStringLiteral("export"), QStringLiteral("--db"), f.path, QStringLiteral("--agency"),
             QStringLiteral("สำนักงาน กกพ."), QStringLiteral("--year"), QStringLiteral("2564"),
             QStringLiteral("--format"), QString::fromLatin1(c.cliFormat), QStringLiteral("--lang"),
             QStringLiteral("th"), QStringLiteral("--as-of"), QStringLiteral("2022-03-31"),
             QStringLiteral("--out"), fromCli});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        const QByteArray a = test::readFile(fromDialog);
        const QByteArray b = test::readFile(fromCli);
        CHECK(a.size() > 100);
        INFO("dialog " << a.size() << " bytes, command line " << b.size() << " bytes");
        const bool same = a == b; // not CHECK(a == b): a megabyte does not print usefully
        CHECK(same);
        if (!same) {
            QFile::copy(fromDialog, QDir::temp().filePath(QStringLiteral("ita-dialog-") +
                                                          QString::fromLatin1(c.cliFormat)));
            QFile::copy(fromCli, QDir::temp().filePath(QStringLiteral("ita-cli-") +
                                                       QString::fromLatin1(c.cliFormat)));
        }
    }
}

TEST_CASE("gui: before exporting, unreviewed drafts are counted and can be gone to",
          "[gui][report][draft]") {
    test::SampleWindow f;
    f.open(QSize(1366, 768));
    PlanDocument *plan = f.window->workspace().planDocument();
    REQUIRE(plan);
    int added = 0;
    REQUIRE(plan->addDrafts(&added).isEmpty()); // I3.2 and I3.3: one measure
    REQUIRE(added >= 1);
    const AssessmentDocument *doc = f.window->workspace().document();
    gui::ReportDialog dialog(*f.window->workspace().database(), doc->id(), doc->assessment().agency,
                             doc->assessment().fiscalYear, f.settings, true);
    // Each drafted measure: its title, items, monitoring and reporting, and each step's text,
    // span and units.
    int expected = 0;
    for (const Measure &m : plan->plan().measures)
        if (!m.origin.isEmpty())
            expected += 4 + 3 * int(m.steps.size());
    CHECK(expected > 0);
    CHECK(dialog.unreviewedDrafts() == expected);
    QString asked;
    QTimer::singleShot(0, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        asked = box->text();
        box->findChild<QPushButton *>(QStringLiteral("goToDrafts"))->click();
    });
    bool went = false;
    QObject::connect(&dialog, &gui::ReportDialog::goToDrafts, [&] { went = true; });
    CHECK_FALSE(dialog.confirmDrafts()); // nothing is exported
    CHECK(asked.contains(QString::number(dialog.unreviewedDrafts())));
    CHECK(went);
    // Once accepted, nothing is asked.
    REQUIRE(plan->acceptDrafts(-1).isEmpty());
    gui::ReportDialog after(*f.window->workspace().database(), doc->id(), doc->assessment().agency,
                            doc->assessment().fiscalYear, f.settings, true);
    CHECK(after.unreviewedDrafts() == 0);
    CHECK(after.confirmDrafts());
}
