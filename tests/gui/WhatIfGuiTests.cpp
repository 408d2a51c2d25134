#include "SampleWindow.h"

#include "document/Workspace.h"
#include "gui/WhatIfView.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>

using namespace ita;

namespace {

struct WhatIf : test::SampleWindow {
    WhatIf() {
        open(QSize(1400, 900));
        window->tabs()->setCurrentWidget(window->whatIfView());
    }
    gui::WhatIfView *view() const { return window->whatIfView(); }
    /// Stored scores, read straight from the file.
    QString storedScores() const {
        QString out;
        const QString name = QStringLiteral("peek");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            REQUIRE(db.open());
            QSqlQuery q(db);
            REQUIRE(
                q.exec(QStringLiteral("SELECT code, stated_score FROM score_nodes ORDER BY code")));
            while (q.next())
                out += q.value(0).toString() + u'=' + q.value(1).toString() + u';';
        }
        QSqlDatabase::removeDatabase(name);
        return out;
    }
};

} // namespace

TEST_CASE(
    "gui: a what-if scenario shows the new overall and buckets, saved by name, scores untouched",
    "[gui][whatif]") {
    WhatIf f;
    const QString before = f.storedScores();
    f.view()->setOverride(QStringLiteral("e8"), 90.0);
    CHECK(f.view()->result().scenario.overall == Score::fromHundredths(9290));
    CHECK(f.view()->result().changes.size() == 7);
    CHECK(f.storedScores() == before);

    REQUIRE(f.view()->saveScenario(QStringLiteral("E8 ดีขึ้น")).isEmpty());
    CHECK(f.view()->saveScenario(QString()).isEmpty() == false);
    f.open(QSize(1400, 900)); // the scenario is in the file
    CHECK(f.view()->scenarios()->findText(QStringLiteral("E8 ดีขึ้น")) >= 0);
    CHECK(f.view()->overrides().empty());
    f.view()->loadScenario(QStringLiteral("E8 ดีขึ้น"));
    REQUIRE(f.view()->overrides().size() == 1);
    CHECK(f.view()->overrides()[0].second == Score::fromHundredths(9000));
    CHECK(f.view()->result().scenario.overall == Score::fromHundredths(9290));
    REQUIRE(f.view()->deleteScenario(QStringLiteral("E8 ดีขึ้น")).isEmpty());
    CHECK(f.view()->scenarios()->findText(QStringLiteral("E8 ดีขึ้น")) < 0);
    CHECK(f.storedScores() == before);
}

TEST_CASE("gui: sensitivity ranks the items, target finds the rise", "[gui][whatif]") {
    WhatIf f;
    QTableWidget *sens = f.view()->sensitivityTable();
    REQUIRE(sens->rowCount() == 15);
    CHECK(sens->item(0, 0)->text() == QStringLiteral("O42"));
    CHECK(sens->item(0, 2)->text() == QStringLiteral("0.0500"));
    f.view()->targetOverall()->setValue(95.0);
    f.view()->targetItems()->setText(
        QStringLiteral("E1, E2, E3, E5, E6, E7, E8, E9, E10, E11, E12, "
                       "E13, E14, E15"));
    CHECK(f.view()->computeTarget().contains(QStringLiteral("8.73")));
    f.view()->targetItems()->setText(QStringLiteral("E8"));
    CHECK(f.view()->computeTarget().contains(QStringLiteral("100.00")));
}
