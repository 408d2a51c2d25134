// The Qt item models the scores view shows: presentation over the documents of core.
#include "../core/TestSupport.h"

#include "document/AssessmentDocument.h"
#include "models/ScoresFilterProxy.h"
#include "models/ScoresTreeModel.h"
#include "storage/AssessmentRepository.h"
#include "storage/Database.h"
#include "storage/SampleStore.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace ita;

namespace {

using Fixture = test::SampleDocument;

} // namespace

TEST_CASE("the scores tree model passes QAbstractItemModelTester and edits by undo", "[model]") {
    Fixture f;
    ScoresTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDocument(f.doc.get());
    REQUIRE(model.rowCount() == 4); // ITA, IIT, EIT, OIT
    const QModelIndex eit = model.index(2, 0);
    CHECK(model.codeAt(eit) == QStringLiteral("EIT"));
    CHECK(model.rowCount(eit) == 3);
    const QModelIndex e8 = model.indexOfCode(QStringLiteral("E8"), ScoresTreeModel::StatedColumn);
    REQUIRE(e8.isValid());
    CHECK(e8.parent() == model.indexOfCode(QStringLiteral("7")));
    CHECK(e8.data().toString() == QStringLiteral("72.46"));
    CHECK(model.index(e8.row(), ScoresTreeModel::BucketColumn, e8.parent()).data().toString() ==
          QStringLiteral("! แก้ไขเร่งด่วน"));
    const QModelIndex e13 = model.indexOfCode(QStringLiteral("E13"), ScoresTreeModel::GradeColumn);
    CHECK(e13.data().toString() == QStringLiteral("C ≠ B"));
    CHECK(e13.data(ScoresTreeModel::FindingsRole).toStringList().size() == 1);
    CHECK(e13.data(Qt::DecorationRole).canConvert<QImage>());
    CHECK(e13.data(Qt::ToolTipRole).toString().contains(QStringLiteral("74.64")));
    CHECK_FALSE(e8.data(Qt::DecorationRole).isValid()); // no finding, no mark

    QSignalSpy rejected(&model, &ScoresTreeModel::editRejected);
    CHECK_FALSE(model.setData(e8, QStringLiteral("abc")));
    CHECK_FALSE(model.setData(e8, QStringLiteral("100.5")));
    CHECK(rejected.count() == 2);
    CHECK(rejected.at(0).at(0).toString().contains(QStringLiteral("0 to 100")));
    CHECK(f.doc->undoStack()->count() == 0);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    CHECK(model.setData(e8, QStringLiteral("90")));
    CHECK(changed.count() > 0);
    CHECK(e8.data().toString() == QStringLiteral("90.00"));
    CHECK(f.doc->undoStack()->count() == 1);

    QString created;
    REQUIRE(f.doc->addSubItem(QStringLiteral("E8"), &created).isEmpty()); // a structural change
    CHECK(model.rowCount(model.indexOfCode(QStringLiteral("E8"))) == 1);
    f.doc->undoStack()->undo();
    CHECK(model.rowCount(model.indexOfCode(QStringLiteral("E8"))) == 0);

    model.setThai(false);
    CHECK(model.indexOfCode(QStringLiteral("O1"), ScoresTreeModel::TitleColumn).data().toString() ==
          QStringLiteral("Organisation chart"));
}

TEST_CASE("the filter keeps matches and their parents, sorting is numeric", "[model]") {
    Fixture f;
    ScoresTreeModel model;
    model.setDocument(f.doc.get());
    ScoresFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    proxy.setBucket(int(Bucket::Improve));
    proxy.setTool(QStringLiteral("IIT"));
    REQUIRE(proxy.rowCount() == 1); // IIT only
    const QModelIndex iit = proxy.index(0, 0);
    QStringList indicators;
    for (int r = 0; r < proxy.rowCount(iit); ++r)
        indicators << proxy.index(r, 0, iit).data().toString();
    // Indicators 2–5 hold improve items (I7, I12, I14, I20, I27) and sub-items; 1 holds I3.2.
    CHECK(indicators == QStringList({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                                     QStringLiteral("4"), QStringLiteral("5")}));
    proxy.setBucket(0);
    proxy.setTool(QString());
    proxy.setText(QStringLiteral("เทคโนโลยี"));
    const QModelIndex eit = proxy.index(0, 0);
    CHECK(eit.data().toString() == QStringLiteral("EIT"));
    const QModelIndex eight = proxy.index(0, 0, eit);
    REQUIRE(proxy.rowCount(eight) == 1);
    CHECK(proxy.index(0, 0, eight).data().toString() == QStringLiteral("E13"));

    proxy.setText(QString());
    proxy.sort(ScoresTreeModel::StatedColumn, Qt::AscendingOrder);
    const QModelIndex seven = proxy.mapFromSource(model.indexOfCode(QStringLiteral("7")));
    CHECK(proxy.index(0, 0, seven).data().toString() == QStringLiteral("E10")); // 69.57 lowest
}
