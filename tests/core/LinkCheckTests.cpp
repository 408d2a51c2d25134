// The OIT link check against a server on 127.0.0.1 (TestHttpServer.h): nothing in these tests
// sends anything off the machine.

#include "TestHttpServer.h"
#include "TestSupport.h"

#include "net/BackgroundLinkCheck.h"
#include "net/LinkChecker.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

using namespace ita;

namespace {

/// Short enough for the slow answer to time out soon, long enough that a loaded CI machine never
/// takes an ordinary local answer for one.
LinkChecker::Options quick() {
    LinkChecker::Options o;
    o.timeoutMs = 4000;
    return o;
}

const LinkCheck &resultFor(const std::vector<LinkCheck> &results, const QString &url) {
    for (const LinkCheck &c : results)
        if (c.url == url)
            return c;
    FAIL("no result for " << url.toStdString());
    static LinkCheck none;
    return none;
}

} // namespace

TEST_CASE("link check: pages, errors, redirects, loops, timeouts and a login page for a PDF",
          "[oit][links]") {
    test::HttpServer server;
    REQUIRE(server.isListening());
    const QStringList paths{QStringLiteral("/ok-2569"),    QStringLiteral("/ok-2567"),
                            QStringLiteral("/thai-2569"),  QStringLiteral("/missing"),
                            QStringLiteral("/error"),      QStringLiteral("/r1"),
                            QStringLiteral("/loop"),       QStringLiteral("/slow"),
                            QStringLiteral("/report.pdf"), QStringLiteral("/real.pdf")};
    QStringList urls;
    for (const QString &p : paths)
        urls << server.url(p);
    int lastDone = 0, lastTotal = 0;
    const auto results = LinkChecker::checkAll(urls, quick(), [&](int done, int total) {
        lastDone = done;
        lastTotal = total;
    });
    REQUIRE(results.size() == size_t(urls.size()));
    CHECK(lastDone == urls.size());
    CHECK(lastTotal == urls.size());

    const LinkCheck &ok = resultFor(results, server.url(QStringLiteral("/ok-2569")));
    CHECK(ok.reached());
    CHECK(ok.httpStatus == 200);
    CHECK(ok.textSearched);
    CHECK(ok.years == QList<int>{2569});
    CHECK(ok.contentType.startsWith(QStringLiteral("text/html")));
    CHECK(ok.checkedAt.isValid());
    CHECK(resultFor(results, server.url(QStringLiteral("/ok-2567"))).years == QList<int>{2567});
    CHECK(resultFor(results, server.url(QStringLiteral("/thai-2569"))).years == QList<int>{2569});

    const LinkCheck &missing = resultFor(results, server.url(QStringLiteral("/missing")));
    CHECK(missing.failure == LinkCheck::Failure::None);
    CHECK(missing.httpStatus == 404);
    CHECK_FALSE(missing.reached());
    CHECK(resultFor(results, server.url(QStringLiteral("/error"))).httpStatus == 500);

    const LinkCheck &chain = resultFor(results, server.url(QStringLiteral("/r1")));
    CHECK(chain.httpStatus == 200);
    CHECK(chain.finalUrl == server.url(QStringLiteral("/ok-2569")));
    CHECK(chain.years == QList<int>{2569});

    const LinkCheck &loop = resultFor(results, server.url(QStringLiteral("/loop")));
    CHECK(loop.failure == LinkCheck::Failure::TooManyRedirects);
    CHECK_FALSE(loop.reached());

    const LinkCheck &slow = resultFor(results, server.url(QStringLiteral("/slow")));
    CHECK(slow.failure == LinkCheck::Failure::Timeout);
    CHECK(slow.httpStatus == 0);

    const LinkCheck &login = resultFor(results, server.url(QStringLiteral("/report.pdf")));
    CHECK(login.httpStatus == 200);
    CHECK(login.contentType.startsWith(QStringLiteral("text/html")));

    const LinkCheck &pdf = resultFor(results, server.url(QStringLiteral("/real.pdf")));
    CHECK(pdf.reached());
    CHECK(pdf.contentType == QStringLiteral("application/pdf"));
    CHECK(pdf.size == 4096 + 9);
    CHECK(pdf.lastModified == QDateTime(QDate(2025, 11, 4), QTime(8, 0), Qt::UTC));
    CHECK_FALSE(pdf.textSearched); // read, but a PDF without a page has no text to search
}

TEST_CASE("link check: a PDF's text is read for the years it mentions, within a size limit",
          "[oit][links][pdf]") {
    test::HttpServer server;
    REQUIRE(server.isListening());
    LinkChecker::Options options = quick();
    options.maxPdfBytes = 4096;
    const QStringList paths{QStringLiteral("/plan-2569.pdf"),     QStringLiteral("/plan-2567.pdf"),
                            QStringLiteral("/download.php?id=7"), QStringLiteral("/big.pdf"),
                            QStringLiteral("/unsized.pdf"),       QStringLiteral("/slow.pdf")};
    QStringList urls;
    for (const QString &p : paths)
        urls << server.url(p);
    const auto results = LinkChecker::checkAll(urls, options);
    REQUIRE(results.size() == size_t(urls.size()));

    const LinkCheck &plan = resultFor(results, urls[0]);
    CHECK(plan.reached());
    CHECK(plan.textSearched);
    CHECK(plan.years == QList<int>{2569});
    CHECK(resultFor(results, urls[1]).years == QList<int>{2567});

    // Sent as application/octet-stream by a download script, named .pdf: read all the same;
    // its Thai digits are Thai only through the font's ToUnicode map.
    const LinkCheck &download = resultFor(results, urls[2]);
    CHECK(download.contentType == QStringLiteral("application/octet-stream"));
    CHECK(download.textSearched);
    CHECK(download.years == QList<int>{2568});

    // Longer than the limit, by its Content-Length or by what came: reached, not searched.
    for (const QString &url : {urls[3], urls[4]}) {
        INFO(url.toStdString());
        const LinkCheck &big = resultFor(results, url);
        CHECK(big.reached());
        CHECK(big.httpStatus == 200);
        CHECK_FALSE(big.textSearched);
        CHECK(big.years.isEmpty());
    }
    CHECK(resultFor(results, urls[3]).size > options.maxPdfBytes);

    // A document still coming when the time is up: the server answered, so no failure.
    const LinkCheck &slow = resultFor(results, urls[5]);
    CHECK(slow.failure == LinkCheck::Failure::None);
    CHECK(slow.reached());
    CHECK_FALSE(slow.textSearched);
}

TEST_CASE("link check: a closed port, addresses that are not web pages, IDN and very long ones",
          "[oit][links]") {
    const QString closed = QStringLiteral("http://127.0.0.1:%1/o1").arg(test::closedPort());
    const QString script = QStringLiteral("javascript:alert(1)");
    const QString file = QStringLiteral("file:///C:/ITA/o1.pdf");
    const QString malformed = QStringLiteral("http//www.example.go.th/o1");
    const QString noHost = QStringLiteral("https:///o1");
    CHECK(classifyAddress(script) == LinkCheck::Failure::NotWeb);
    CHECK(classifyAddress(file) == LinkCheck::Failure::NotWeb);
    CHECK(classifyAddress(malformed) == LinkCheck::Failure::Malformed);
    CHECK(classifyAddress(noHost) == LinkCheck::Failure::Malformed);
    CHECK(classifyAddress(QStringLiteral("https://กรมตัวอย่าง.ไทย/ita/o1")) ==
          LinkCheck::Failure::None);
    CHECK(classifyAddress(QStringLiteral("https://www.example.go.th/o1?a=1#x")) ==
          LinkCheck::Failure::None);

    test::HttpServer server;
    const QString longUrl = server.url(QStringLiteral("/page/") + QString(20000, u'ก'));
    const auto results = LinkChecker::checkAll({closed, script, file, malformed, longUrl}, quick());
    REQUIRE(results.size() == 5);
    CHECK(resultFor(results, closed).failure == LinkCheck::Failure::Refused);
    CHECK(resultFor(results, script).failure == LinkCheck::Failure::NotWeb);
    CHECK(resultFor(results, file).failure == LinkCheck::Failure::NotWeb);
    CHECK(resultFor(results, malformed).failure == LinkCheck::Failure::Malformed);
    // Nothing was requested for the addresses that are not web pages.
    for (const QString &r : server.requests)
        CHECK(r.startsWith(QStringLiteral("/page/")));
    // A 20,000-character address is fetched (percent-encoded) and answered like any other.
    CHECK(resultFor(results, longUrl).httpStatus == 200);
}

TEST_CASE("link check: 10,000 links are checked a few at a time and cancel stops them",
          "[oit][links]") {
    test::HttpServer server;
    QStringList urls;
    for (int i = 0; i < 10000; ++i)
        urls << server.url(QStringLiteral("/page/%1").arg(i));
    // Each address once: a list that repeats itself checks nothing twice.
    urls << urls.first() << urls.last();

    SECTION("all of them") {
        int calls = 0;
        const auto results = LinkChecker::checkAll(urls, quick(), [&](int, int total) {
            ++calls;
            CHECK(total == 10000);
        });
        CHECK(results.size() == 10000);
        CHECK(calls == 10000);
        CHECK(server.requests.size() == 10000);
        int reached = 0;
        for (const LinkCheck &c : results)
            reached += c.reached() && c.years.contains(2569);
        CHECK(reached == 10000);
    }
    SECTION("cancelled after 200") {
        const auto results =
            LinkChecker::checkAll(urls, quick(), {}, [&] { return server.requests.size() >= 200; });
        // What was running when it was cancelled (at most four) stops too; no result is kept
        // for it.
        CHECK(results.size() >= 196);
        CHECK(results.size() < 220);
        CHECK(server.requests.size() < 220);
    }
}

TEST_CASE("link check in the background: results come to the caller's thread, and cancel ends "
          "it",
          "[oit][links]") {
    test::HttpServer server;
    BackgroundLinkCheck check(quick());
    std::vector<LinkCheck> results;
    QList<QThread *> threads;
    QObject::connect(&check, &BackgroundLinkCheck::checked, [&](const LinkCheck &c) {
        results.push_back(c);
        threads << QThread::currentThread();
    });
    QSignalSpy finished(&check, &BackgroundLinkCheck::finished);
    check.start({server.url(QStringLiteral("/ok-2569")), server.url(QStringLiteral("/missing"))});
    CHECK(check.isRunning());
    REQUIRE(finished.wait(10000));
    CHECK_FALSE(check.isRunning());
    CHECK(finished.at(0).at(0).toBool() == false);
    CHECK(results.size() == 2);
    for (QThread *t : threads)
        CHECK(t == QThread::currentThread());

    // A slow address is cut short by Cancel: finished(true) well before its time limit.
    results.clear();
    LinkChecker::Options patient = quick();
    patient.timeoutMs = 60000;
    BackgroundLinkCheck slow(patient);
    QSignalSpy slowFinished(&slow, &BackgroundLinkCheck::finished);
    QObject::connect(&slow, &BackgroundLinkCheck::checked,
                     [&](const LinkCheck &c) { results.push_back(c); });
    slow.start({server.url(QStringLiteral("/slow"))});
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 200 && !server.requests.contains(QStringLiteral("/slow")); ++i)
        QTest::qWait(25);
    REQUIRE(server.requests.contains(QStringLiteral("/slow")));
    slow.cancel();
    REQUIRE(slowFinished.wait(10000));
    CHECK(slowFinished.at(0).at(0).toBool() == true);
    CHECK(results.empty());
    CHECK(timer.elapsed() < 30000);
}

TEST_CASE("link check: years found in text, Thai digits and Christian Era included",
          "[oit][links]") {
    CHECK(yearsMentioned(u"แผนปี 2569 และ ๒๕๖๘") == QList<int>{2568, 2569});
    CHECK(yearsMentioned(u"fiscal year 2025, tel. 025690000, 12569") == QList<int>{2568});
    CHECK(yearsMentioned(u"ไม่มีปี").isEmpty());
}

TEST_CASE("link check: Check again asks for failures and checks older than a day only",
          "[oit][links]") {
    const QDateTime now(QDate(2026, 2, 1), QTime(9, 0), Qt::UTC);
    LinkCheck fresh;
    fresh.httpStatus = 200;
    fresh.checkedAt = now.addSecs(-3600);
    CHECK_FALSE(needsCheck(&fresh, now));
    LinkCheck old = fresh;
    old.checkedAt = now.addDays(-2);
    CHECK(needsCheck(&old, now));
    LinkCheck failed = fresh;
    failed.httpStatus = 404;
    CHECK(needsCheck(&failed, now));
    LinkCheck unreachable = fresh;
    unreachable.httpStatus = 0;
    unreachable.failure = LinkCheck::Failure::Timeout;
    CHECK(needsCheck(&unreachable, now));
    CHECK(needsCheck(nullptr, now));
}
