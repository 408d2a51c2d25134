#pragma once

#include "gui/Language.h"
#include "gui/MainWindow.h"
#include "gui/Settings.h"
#include "io/Sample.h"
#include "storage/SampleStore.h"
#include "storage/Database.h"

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
};

} // namespace ita::test
