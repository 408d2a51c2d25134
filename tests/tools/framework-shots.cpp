// Pictures of a new year's framework for docs/: the framework editor (in Thai) after a
// working group pasted one agency's FY2569 OIT list O1–O26 over FY2564's and chose the NACC's
// pass scheme, and a file holding that framework with an FY2569 assessment, from which
// scripts/screenshots exports the report. Usage: framework-shots SCREENSHOT_DIR DB_FILE
#include "gui/FrameworkEditor.h"
#include "gui/Language.h"
#include "io/FrameworkReader.h"
#include "io/Sample.h"
#include "storage/SampleStore.h"
#include "io/ScoresIo.h"
#include "storage/AssessmentRepository.h"
#include "storage/Database.h"
#include "storage/FrameworkRepository.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

#include <cstdio>

using namespace ita;

namespace {

QByteArray read(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("%s: %s", qPrintable(path), qPrintable(f.errorString()));
    return f.readAll();
}

} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: framework-shots SCREENSHOT_DIR DB_FILE\n");
        return 2;
    }
    const QString shots = QString::fromLocal8Bit(argv[1]);
    const QString dbPath = QString::fromLocal8Bit(argv[2]);
    const QString data = QStringLiteral(TEST_DATA_DIR "/fy2569/");
    gui::Language language;
    language.apply(QStringLiteral("th"));
    QFile::remove(dbPath);
    auto db = Database::open(dbPath);
    if (!db || !writeSample(**db).isEmpty())
        qFatal("cannot write the sample into %s", qPrintable(dbPath));
    FrameworkRepository frameworks(**db);

    gui::FrameworkEditor editor(
        copyForYear(*FrameworkRegistry::builtIn().byId(QStringLiteral("ITA-2564")), 2569),
        [&](const Framework &fw) { return frameworks.problems(fw); },
        [&](const Framework &fw) { return frameworks.save(fw); }, true, nullptr);
    QString e = editor.pasteRows(QString::fromUtf8(read(data + QStringLiteral("oit-items.tsv"))),
                                 true);
    if (e.isEmpty())
        e = editor.setNodeField(QStringLiteral("O25"), 3, QStringLiteral("analysis"));
    if (e.isEmpty())
        e = editor.setNodeField(QStringLiteral("O26"), 3, QStringLiteral("implementation"));
    if (!e.isEmpty() || !editor.usePreset(QStringLiteral("nacc-pass-fy2566")))
        qFatal("editing failed: %s", qPrintable(e));
    editor.resize(1366, 728);
    editor.show();
    QTest::qWait(300);
    // The OIT items in view: the tree scrolled to O25.
    auto *tree = editor.findChild<QTreeWidget *>(QStringLiteral("frameworkTree"));
    const auto o25 = tree->findItems(QStringLiteral("O25"), Qt::MatchExactly | Qt::MatchRecursive);
    if (!o25.isEmpty()) {
        tree->setCurrentItem(o25.front());
        tree->scrollToItem(o25.front(), QAbstractItemView::PositionAtCenter);
    }
    QTest::qWait(200);
    editor.grab().save(shots + QStringLiteral("/framework-editor-th.png"));
    editor.findChild<QTabWidget *>()->setCurrentIndex(1);
    QTest::qWait(200);
    editor.grab().save(shots + QStringLiteral("/framework-rating-th.png"));
    if (QString saved = editor.save(); !saved.isEmpty())
        qFatal("saving failed: %s", qPrintable(saved));

    auto registry = frameworks.registry();
    const auto imported = readScoresCsv(read(data + QStringLiteral("scores.csv")),
                                        QStringLiteral("scores.csv"), *registry, ImportOptions());
    if (!imported.ok() ||
        !AssessmentRepository(**db).save(imported.assessments, *registry, false).isEmpty())
        qFatal("importing the FY2569 scores failed");
    std::printf("wrote %s/framework-editor-th.png, framework-rating-th.png and %s\n",
                qPrintable(shots), qPrintable(dbPath));
    return 0;
}
