#pragma once

#include "document/AssessmentDocument.h"
#include "document/Workspace.h"
#include "gui/Language.h"
#include "gui/MainWindow.h"
#include "gui/Settings.h"
#include "io/Sample.h"
#include "storage/Database.h"
#include "storage/SampleStore.h"

#include <QAction>
#include <QCoreApplication>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

#include <memory>

namespace ita::test {

/// The bundled sample copied into a temporary folder, and the real main window on it, in
/// Thai. open() closes the window and opens the file again, as a user restarting would.
struct SampleWindow {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("sample.itadb"));
    gui::Settings settings;
    gui::Language language;
    std::unique_ptr<gui::MainWindow> window;

    SampleWindow() {
        {
            auto db = Database::open(path);
            REQUIRE(db.ok());
            REQUIRE(writeSample(**db).isEmpty());
        }
        language.apply(QStringLiteral("th"));
    }
    void open(const QSize &size = QSize()) {
        window.reset();
        window = std::make_unique<gui::MainWindow>(settings, language);
        if (size.isValid())
            window->resize(size);
        REQUIRE(window->openFile(path).isEmpty());
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }
    /// Lets the file's integrity check (off the window's thread) end, through the event loop
    /// as the window sees it end.
    void waitVerified() const {
        for (int i = 0; i < 400 && window->workspace().isVerifying(); ++i)
            QTest::qWait(50);
        REQUIRE_FALSE(window->workspace().isVerifying());
    }
};

/// What every read-only window shows, whatever made it read-only: the banner, a document that
/// refuses an edit, and Import off. Each caller checks its own reason and actions besides.
inline void checkReadOnlyWindow(gui::MainWindow &window) {
    window.show();
    QCoreApplication::processEvents();
    CHECK(window.banner()->isVisible());
    CHECK(window.banner()->text().contains(QStringLiteral("อ่านอย่างเดียว")));
    AssessmentDocument *doc = window.workspace().document();
    REQUIRE(doc);
    CHECK(doc->isReadOnly());
    CHECK_FALSE(doc->editScore(QStringLiteral("E8"), Score::fromWhole(90)).isEmpty());
    for (QAction *a : window.findChildren<QAction *>())
        if (a->text().contains(QStringLiteral("นำเข้าคะแนน")))
            CHECK_FALSE(a->isEnabled());
}

} // namespace ita::test
