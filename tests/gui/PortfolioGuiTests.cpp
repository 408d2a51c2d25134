// The portfolio view and its report. Expected values are worked out by hand from the
// scores below (see the comments).
#include "analysis/Analysis.h"

#include <catch2/catch.hpp>

#include "document/Workspace.h"
#include "gui/AgencyDialog.h"
#include "gui/Language.h"
#include "gui/NavigatorWidget.h"
#include "gui/PortfolioView.h"
#include "io/PortfolioWriters.h"
#include "render/PortfolioRenderer.h"
#include "report/PortfolioReport.h"
#include "report/ReportLayout.h"
#include "report/ReportWriters.h"
#include "storage/AssessmentRepository.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace ita;

namespace {

Assessment scored(const QString &agency, int year, qint64 overall, const QString &province) {
    Assessment a;
    a.agency = agency;
    a.fiscalYear = year;
    a.frameworkId = QStringLiteral("ITA-2564");
    a.attributes.province = province;
    ScoreEntry e;
    e.code = QStringLiteral("ITA");
    e.stated = Score::fromHundredths(overall);
    a.entries.push_back(e);
    return a;
}

/// ก 90.00 and ข 80.01 in เชียงใหม่, ค 95.50 in ตรัง; FY2564 ก had 85.00.
QString portfolioFile(const QTemporaryDir &dir) {
    const QString path = dir.filePath(QStringLiteral("p.itadb"));
    auto db = Database::open(path);
    REQUIRE(db.ok());
    REQUIRE(AssessmentRepository(**db)
                .save({scored(QStringLiteral("ก"), 2565, 9000, QStringLiteral("เชียงใหม่")),
                       scored(QStringLiteral("ข"), 2565, 8001, QStringLiteral("เชียงใหม่")),
                       scored(QStringLiteral("ค"), 2565, 9550, QStringLiteral("ตรัง")),
                       scored(QStringLiteral("ก"), 2564, 8500, QString())},
                      FrameworkRegistry::builtIn(), false)
                .isEmpty());
    return path;
}

bool waitLoaded(gui::PortfolioView &view) {
    QSignalSpy spy(&view, &gui::PortfolioView::loaded);
    return spy.wait(10000) && view.portfolio();
}

} // namespace

TEST_CASE("gui: the portfolio view loads off the window thread and ranks searches and groups",
          "[gui][portfolio]") {
    QTemporaryDir dir;
    Workspace workspace;
    REQUIRE(workspace.openFile(portfolioFile(dir)).isEmpty());
    gui::PortfolioView view(workspace);
    view.resize(1200, 800);
    // Nothing is read until the view is shown; then the worker reads the newest year.
    CHECK_FALSE(view.portfolio());
    view.show();
    // show() returned with the read still under way on the worker: the window is not held.
    CHECK(view.isLoading());
    CHECK_FALSE(view.portfolio());
    REQUIRE(waitLoaded(view));
    CHECK_FALSE(view.isLoading());
    CHECK(view.yearBox()->currentData().toInt() == 2565);
    // The agencies give only their overall: all three miss the tools and indicators, which
    // the view says instead of averaging them in as zero.
    CHECK_FALSE(view.notes()->isHidden());
    CHECK(view.notes()->text().contains(QStringLiteral("3")));
    const Portfolio &p = *view.portfolio();
    CHECK(p.count() == 3);
    QAbstractItemModel *ranking = view.ranking()->model();
    // The table model over the portfolio's rows keeps Qt's rules through every reload below.
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(ranking);
    REQUIRE(proxy);
    QAbstractItemModelTester tester(proxy->sourceModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(ranking->rowCount() == 3);
    CHECK(ranking->columnCount() == 7 + int(p.codes.size()));
    CHECK(ranking->headerData(7, Qt::Horizontal).toString() == p.codes.front());
    CHECK(ranking->index(0, 7).data(Qt::TextAlignmentRole).toInt() ==
          int(Qt::AlignRight | Qt::AlignVCenter));
    // Highest overall first: ค 95.50, ก 90.00 (+5.00 on 85.00), ข 80.01.
    CHECK(ranking->index(0, 1).data().toString() == QStringLiteral("ค"));
    CHECK(ranking->index(1, 1).data().toString() == QStringLiteral("ก"));
    CHECK(ranking->index(1, 6).data().toString() == QStringLiteral("+5.00"));
    CHECK(ranking->index(0, 2).data().toString() == QStringLiteral("ตรัง"));

    // The search looks at every column: the province finds its agencies.
    view.search()->setText(QStringLiteral("เชียงใหม่"));
    CHECK(ranking->rowCount() == 2);
    view.search()->clear();
    CHECK(ranking->rowCount() == 3);
    // Sorting by the overall column, lowest first, puts ข on top.
    view.ranking()->sortByColumn(7, Qt::AscendingOrder);
    CHECK(ranking->index(0, 1).data().toString() == QStringLiteral("ข"));

    // Subgroups by province: เชียงใหม่ (90.00 + 80.01) / 2 = 85.005 → 85.01; ตรัง 95.50.
    view.groupByBox()->setCurrentIndex(view.groupByBox()->findData(int(AgencyField::Province)));
    view.refresh();
    REQUIRE(waitLoaded(view));
    QTableWidget *groups = view.groups();
    REQUIRE(groups->rowCount() == 2);
    CHECK(groups->item(0, 0)->text() == QStringLiteral("เชียงใหม่"));
    CHECK(groups->item(0, 1)->text() == QStringLiteral("2"));
    CHECK(groups->item(0, 2)->text() == QStringLiteral("85.01"));
    CHECK(groups->item(1, 2)->text() == QStringLiteral("95.50"));

    // A selection: only ตรัง.
    view.fieldBox()->setCurrentIndex(view.fieldBox()->findData(int(AgencyField::Province)));
    QTest::qWait(0);
    view.valueBox()->clear();
    view.valueBox()->addItem(QStringLiteral("ตรัง"));
    view.refresh();
    REQUIRE(waitLoaded(view));
    CHECK(view.portfolio()->count() == 1);

    // A double-click on an agency asks to open its assessment of the year.
    view.fieldBox()->setCurrentIndex(0);
    view.refresh();
    REQUIRE(waitLoaded(view));
    QSignalSpy chosen(&view, &gui::PortfolioView::assessmentChosen);
    const QModelIndex first = view.ranking()->model()->index(0, 1);
    const QString agency = first.data().toString();
    view.ranking()->doubleClicked(first);
    REQUIRE(chosen.size() == 1);
    qint64 expected = 0;
    for (const AssessmentSummary &s : workspace.assessments())
        if (s.agency == agency && s.fiscalYear == 2565)
            expected = s.id;
    CHECK(chosen.front().front().toLongLong() == expected);

    // The report of what is shown.
    CHECK(view.pdf().startsWith("%PDF"));
}

TEST_CASE("gui: the portfolio's change is measured from the year chosen", "[gui][portfolio]") {
    QTemporaryDir dir;
    const QString path = portfolioFile(dir);
    {
        // ก 80.00 in FY2563 as well: 90.00 − 80.00 = +10.00 since then.
        auto db = Database::open(path);
        REQUIRE(db.ok());
        REQUIRE(AssessmentRepository(**db)
                    .save({scored(QStringLiteral("ก"), 2563, 8000, QString())},
                          FrameworkRegistry::builtIn(), false)
                    .isEmpty());
    }
    Workspace workspace;
    REQUIRE(workspace.openFile(path).isEmpty());
    gui::PortfolioView view(workspace);
    view.resize(1366, 700);
    view.show();
    REQUIRE(waitLoaded(view));
    QComboBox *since = view.sinceBox();
    // The year before, or 2563: 2564 is the year before 2565.
    REQUIRE(since->count() == 2);
    CHECK(since->isEnabled());
    CHECK(since->itemData(1).toInt() == 2563);
    QAbstractItemModel *ranking = view.ranking()->model();
    CHECK(ranking->index(1, 1).data().toString() == QStringLiteral("ก"));
    CHECK(ranking->index(1, 6).data().toString() == QStringLiteral("+5.00"));
    since->setCurrentIndex(1);
    view.refresh();
    REQUIRE(waitLoaded(view));
    CHECK(view.portfolio()->since == 2563);
    CHECK(ranking->index(1, 1).data().toString() == QStringLiteral("ก"));
    CHECK(ranking->index(1, 6).data().toString() == QStringLiteral("+10.00"));
    // ค and ข have no FY2563: no change, rather than one from another year.
    CHECK(ranking->index(0, 6).data().toString() == QStringLiteral("–"));
    // The oldest year has nothing before it to compare with.
    view.yearBox()->setCurrentIndex(view.yearBox()->findData(2563));
    view.yearBox()->activated(view.yearBox()->currentIndex());
    CHECK(since->count() == 1);
    CHECK_FALSE(since->isEnabled());
}

TEST_CASE("portfolio renderer: five-point bins of passing and not passing agencies",
          "[gui][portfolio][render]") {
    Portfolio p;
    const auto row = [](qint64 overall, bool pass) {
        PortfolioRow r;
        r.overall = Score::fromHundredths(overall);
        r.pass = pass;
        return r;
    };
    // 42.00 goes to the first bin (below 55), 54.99 too; 85.00 to the 85 bin, passing;
    // 84.99 to the 80 bin; 100.00 to the last bin (95–100).
    p.rows = {row(4200, false), row(5499, false), row(8500, true), row(8499, false),
              row(10000, true)};
    const auto bins = PortfolioRenderer::distribution(p);
    REQUIRE(bins.size() == 10);
    CHECK(bins.front().lower == 50);
    CHECK(bins[0].failing == 2);
    CHECK(bins[6].lower == 80);
    CHECK(bins[6].failing == 1);
    CHECK(bins[7].lower == 85);
    CHECK(bins[7].passing == 1);
    CHECK(bins[9].passing == 1);
    int total = 0;
    for (const auto &b : bins)
        total += b.passing + b.failing;
    CHECK(total == 5);
}

TEST_CASE("portfolio report: the summary figure the view paints is on the first page",
          "[gui][portfolio][report]") {
    QTemporaryDir dir;
    auto db = Database::open(portfolioFile(dir));
    REQUIRE(db.ok());
    const Framework &fw = *FrameworkRegistry::builtIn().byId(QStringLiteral("ITA-2564"));
    std::vector<PortfolioMember> members;
    const auto list = AssessmentRepository(**db).list(); // kept: the loop reads into it
    for (const AssessmentSummary &s : *list)
        if (s.fiscalYear == 2565) {
            const auto a = AssessmentRepository(**db).load(s.id);
            members.push_back({s.agency, &fw, analyse(fw, *a), std::nullopt, s.attributes});
        }
    auto portfolio =
        std::make_shared<Portfolio>(summarisePortfolio(2565, members, AgencyField::Province));
    const report::Document doc =
        report::portfolioDocument(portfolio, QStringLiteral("ทุกหน่วยงาน"), true);
    const report::ReportLayout layout(doc);
    REQUIRE(layout.pageCount() >= 1);
    const auto &first = layout.pages().front();
    CHECK(first.landscape);
    bool figure = false;
    for (const auto &f : first.fragments)
        figure = figure || f.kind == report::Fragment::Kind::Figure;
    CHECK(figure);
    // The figure on the page is the renderer's picture: the page has the pass green of the
    // distribution where the renderer draws it, and the same pixels as the renderer painted
    // alone into the figure's rectangle.
    const QImage page = report::renderPage(layout, 0, 72);
    int green = 0;
    for (int y = 0; y < page.height(); ++y)
        for (int x = 0; x < page.width(); ++x)
            green += page.pixelColor(x, y) == QColor(0x2e, 0x7d, 0x32);
    CHECK(green > 50);
    // The subgroup table lists both provinces.
    QStringList cells;
    for (const auto &b : doc.blocks)
        for (const auto &r : b.table.rows)
            if (!r.cells.empty())
                cells << r.cells.front().text;
    CHECK(cells.contains(QStringLiteral("เชียงใหม่")));
    CHECK(cells.contains(QStringLiteral("ตรัง")));
}

TEST_CASE("gui: a large file's navigator is read on its own connection while the window goes on",
          "[gui][navigator]") {
    QTemporaryDir dir;
    const QString path = portfolioFile(dir);
    Workspace workspace;
    REQUIRE(workspace.openFile(path).isEmpty());
    auto navigator = std::make_unique<gui::NavigatorWidget>(workspace);
    navigator->setBackgroundFrom(1); // four assessments count as large here
    QSignalSpy loaded(navigator.get(), &gui::NavigatorWidget::loaded);
    navigator->reload();
    // reload() returned before the list was read: the tree says so and offers nothing to open.
    REQUIRE(navigator->isLoading());
    CHECK(loaded.isEmpty());
    QAbstractItemModel *model = navigator->tree()->model();
    REQUIRE(model->rowCount() == 1);
    CHECK(model->index(0, 0).data().toString().contains(QStringLiteral("4")));
    CHECK_FALSE(model->index(0, 0).flags().testFlag(Qt::ItemIsEnabled));
    REQUIRE(loaded.wait(10000));
    CHECK(loaded.front().front().toString().isEmpty());
    CHECK_FALSE(navigator->isLoading());
    REQUIRE(model->rowCount() == 3);
    CHECK(model->index(0, 0).data().toString() == QStringLiteral("ก"));
    CHECK(model->rowCount(model->index(0, 0)) == 2);

    // The open assessment is selected when the tree arrives.
    const qint64 khor = workspace.findAssessment(QStringLiteral("ค"), 2565);
    REQUIRE(workspace.openAssessment(khor).isEmpty());
    loaded.clear();
    navigator->grouping()->setCurrentIndex(
        navigator->grouping()->findData(int(AgencyField::Province)));
    navigator->reload();
    // The same file: its tree stays usable until the new one comes.
    CHECK(model->rowCount() == 3);
    // A second reload before the first ends: only the last one's tree is shown.
    navigator->grouping()->setCurrentIndex(navigator->grouping()->findData(-1));
    navigator->reload();
    QTRY_VERIFY_WITH_TIMEOUT(!navigator->isLoading(), 10000);
    CHECK(loaded.size() == 1);
    REQUIRE(model->rowCount() == 3); // ungrouped, as asked last
    CHECK(navigator->tree()->currentIndex().data().toString().contains(QStringLiteral("2565")));
    CHECK(navigator->tree()->currentIndex().parent().data().toString() == QStringLiteral("ค"));

    // The file closes while a read is under way: the empty tree stays, the old read is
    // dropped; and a navigator destroyed mid-read waits for its thread.
    navigator->reload();
    REQUIRE(navigator->isLoading());
    workspace.closeFile(); // fileChanged is not connected here: reload as the window does
    navigator->reload();
    CHECK(model->rowCount() == 0);
    QTRY_VERIFY_WITH_TIMEOUT(!navigator->isLoading(), 10000);
    CHECK(navigator->tree()->model()->rowCount() == 0);
    REQUIRE(workspace.openFile(path).isEmpty());
    navigator->reload();
    REQUIRE(navigator->isLoading());
    navigator.reset();
}

TEST_CASE("gui: the navigator searches and groups agencies by province and parent",
          "[gui][navigator][portfolio]") {
    QTemporaryDir dir;
    Workspace workspace;
    REQUIRE(workspace.openFile(portfolioFile(dir)).isEmpty());
    gui::NavigatorWidget navigator(workspace);
    navigator.reload();
    QAbstractItemModel *model = navigator.tree()->model();
    // Ungrouped: the three agencies, ก with its two years.
    REQUIRE(model->rowCount() == 3);
    CHECK(model->index(0, 0).data().toString() == QStringLiteral("ก"));
    CHECK(model->rowCount(model->index(0, 0)) == 2);

    // By province, in Thai dictionary order (เชียงใหม่ before ตรัง although เ sorts after ต by
    // code point), each with its agencies.
    navigator.grouping()->setCurrentIndex(
        navigator.grouping()->findData(int(AgencyField::Province)));
    navigator.reload();
    REQUIRE(model->rowCount() == 2);
    CHECK(model->index(0, 0).data().toString() == QStringLiteral("เชียงใหม่"));
    CHECK(model->rowCount(model->index(0, 0)) == 2);
    CHECK(model->index(1, 0).data().toString() == QStringLiteral("ตรัง"));

    // The search matches a name or an attribute and keeps the years of what it finds.
    navigator.search()->setText(QStringLiteral("ตรัง"));
    navigator.applySearch();
    REQUIRE(model->rowCount() == 1);
    const QModelIndex trang = model->index(0, 0);
    REQUIRE(model->rowCount(trang) == 1);
    const QModelIndex agency = model->index(0, 0, trang);
    CHECK(agency.data().toString() == QStringLiteral("ค"));
    CHECK(model->rowCount(agency) == 1); // its FY2565
    navigator.search()->setText(QStringLiteral("ข"));
    navigator.applySearch();
    REQUIRE(model->rowCount() == 1);
    CHECK(model->index(0, 0, model->index(0, 0)).data().toString() == QStringLiteral("ข"));
    navigator.search()->clear();
    navigator.applySearch();

    // Agency details: ค moves to ลำพูน under a parent; the navigator follows, and the trail
    // has the change.
    QSignalSpy changed(&workspace, &Workspace::fileChanged);
    REQUIRE(workspace
                .setAgencyAttributes(QStringLiteral("ค"),
                                     {QStringLiteral("ลำพูน"), QString(), QStringLiteral("กรม ก")})
                .isEmpty());
    CHECK(changed.size() == 1);
    navigator.reload();
    QStringList provinces;
    for (int r = 0; r < model->rowCount(); ++r)
        provinces << model->index(r, 0).data().toString();
    CHECK(provinces == QStringList{QStringLiteral("เชียงใหม่"), QStringLiteral("ลำพูน")});
    navigator.grouping()->setCurrentIndex(navigator.grouping()->findData(int(AgencyField::Parent)));
    navigator.reload();
    REQUIRE(model->rowCount() == 2);
    CHECK(model->index(0, 0).data().toString() == QStringLiteral("กรม ก"));
    // No parent: last, as "(ไม่ระบุ)" or "(none)" in the language the tests run in.
    CHECK(model->index(1, 0).data().toString() == results::groupLabel(QString(), gui::uiIsThai()));
    const auto trail = AuditLog(*workspace.database()).list(QStringLiteral("ค"));
    REQUIRE_FALSE(trail->empty());
    CHECK(trail->back().change.field == QStringLiteral("parent"));
    CHECK(trail->back().change.after == QStringLiteral("กรม ก"));

    // The dialog offers what is stored.
    gui::AgencyDialog dialog(*workspace.database(), QStringLiteral("ค"));
    CHECK(dialog.provinceEdit()->text() == QStringLiteral("ลำพูน"));
    CHECK(dialog.parentEdit()->text() == QStringLiteral("กรม ก"));
    CHECK(dialog.groupEdit()->text().isEmpty());
}

TEST_CASE("gui: a newer portfolio request supersedes a running one, and Cancel stops a read",
          "[gui][portfolio]") {
    QTemporaryDir dir;
    Workspace workspace;
    REQUIRE(workspace.openFile(portfolioFile(dir)).isEmpty());
    gui::PortfolioView view(workspace);
    view.resize(1200, 800);
    QSignalSpy loaded(&view, &gui::PortfolioView::loaded);
    view.show(); // reads the newest year, 2565
    // Asked for 2564 before that read ends: only the newer request is shown, once.
    const int older = view.yearBox()->findData(2564);
    REQUIRE(older >= 0);
    view.yearBox()->setCurrentIndex(older);
    view.refresh();
    REQUIRE(loaded.wait(10000));
    QTest::qWait(300); // the superseded read has ended too by now, unseen
    CHECK(loaded.count() == 1);
    REQUIRE(view.portfolio());
    CHECK(view.portfolio()->year == 2564);
    CHECK(view.portfolio()->count() == 1);

    // Cancel, pressed while the read is under way, ends it without a portfolio.
    view.yearBox()->setCurrentIndex(view.yearBox()->findData(2565));
    view.refresh();
    CHECK(view.isLoading());
    auto *cancel = view.findChild<QPushButton *>(QStringLiteral("portfolioCancel"));
    REQUIRE(cancel);
    cancel->click();
    REQUIRE(loaded.wait(10000));
    CHECK_FALSE(view.isLoading());
    CHECK_FALSE(view.portfolio());
    // And the next request reads again.
    view.refresh();
    REQUIRE(waitLoaded(view));
    CHECK(view.portfolio()->count() == 3);
}
