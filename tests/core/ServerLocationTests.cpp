// ServerLocation: the one parser and composer of server addresses (issue 26: it was parsed in
// storage and again, with another regex, in the Connect to Server dialog).
#include "TestSupport.h"

#include "storage/ServerLocation.h"

using namespace ita;

TEST_CASE("server location: the parts of a libpq address", "[server-location]") {
    auto a = ServerLocation::parse(
        QStringLiteral("postgresql://somchai:p%40ss%2F@db.example.go.th:6543/ita_moph"
                       "?sslmode=verify-full&application_name=ita"));
    REQUIRE(a.ok());
    CHECK(a->user == QStringLiteral("somchai"));
    CHECK(a->password == QStringLiteral("p@ss/"));
    CHECK(a->host == QStringLiteral("db.example.go.th"));
    CHECK(a->port == 6543);
    CHECK(a->database == QStringLiteral("ita_moph"));
    CHECK(a->parameter(QStringLiteral("sslmode")) == QStringLiteral("verify-full"));
    CHECK(a->parameter(QStringLiteral("application_name")) == QStringLiteral("ita"));
    // Put together again: the password only when asked for, and then encoded.
    CHECK(a->compose() == QStringLiteral("postgresql://somchai@db.example.go.th:6543/ita_moph"
                                         "?sslmode=verify-full&application_name=ita"));
    CHECK(a->compose(true).startsWith(QStringLiteral("postgresql://somchai:p%40ss%2F@db.")));

    // Keywords in the query win, as in libpq; a socket folder stays readable.
    a = ServerLocation::parse(
        QStringLiteral("postgres://@/ita?host=/run/postgresql&user=ita&password=secret&port=5433"));
    REQUIRE(a.ok());
    CHECK(a->host == QStringLiteral("/run/postgresql"));
    CHECK(a->user == QStringLiteral("ita"));
    CHECK(a->password == QStringLiteral("secret"));
    CHECK(a->port == 5433);
    CHECK(a->parameters.empty());
    CHECK(a->compose() == QStringLiteral("postgresql://ita@:5433/ita?host=/run/postgresql"));

    // IPv6 and a Thai database name.
    a = ServerLocation::parse(QStringLiteral("postgresql://u@[::1]:5432/%E0%B8%97%E0%B8%94"));
    REQUIRE(a.ok());
    CHECK(a->host == QStringLiteral("::1"));
    CHECK(a->database == QStringLiteral("ทด"));
    CHECK(a->compose() == QStringLiteral("postgresql://u@[::1]:5432/%E0%B8%97%E0%B8%94"));
}

TEST_CASE("server location: a wrong address says how to write it", "[server-location]") {
    CHECK_FALSE(ServerLocation::isServer(QStringLiteral("/home/a/ita.itadb")));
    CHECK(ServerLocation::isServer(QStringLiteral("postgres://h/db")));
    auto a = ServerLocation::parse(QStringLiteral("postgresql://u:pa/ss@h/db"));
    REQUIRE_FALSE(a.ok());
    CHECK(a.error().contains(QStringLiteral("must be written %-encoded")));
    a = ServerLocation::parse(QStringLiteral("postgresql://u@h/db?bad-key=1"));
    REQUIRE_FALSE(a.ok());
    CHECK(a.error().contains(QStringLiteral("\"bad-key\" is not a connection parameter")));
    CHECK_FALSE(ServerLocation::parse(QStringLiteral("mysql://h/db")).ok());
}

TEST_CASE("server location: what is shown never holds the password", "[server-location]") {
    // In the user part, among the parameters, and in an address that does not parse.
    CHECK(ServerLocation::display(QStringLiteral("postgresql://ita:secret@h:5432/db")) ==
          QStringLiteral("postgresql://ita@h:5432/db"));
    CHECK(ServerLocation::display(
              QStringLiteral("postgresql://ita@h/db?password=secret&sslmode=require")) ==
          QStringLiteral("postgresql://ita@h/db?sslmode=require"));
    const QString broken = ServerLocation::display(QStringLiteral("postgresql://ita:se/cret@h/db"));
    CHECK_FALSE(broken.contains(QStringLiteral("se")));
    CHECK_FALSE(broken.contains(QStringLiteral("cret")));
    CHECK(broken.startsWith(QStringLiteral("postgresql://…@")));
    CHECK(ServerLocation::display(QStringLiteral("/home/a/ita.itadb")) ==
          QStringLiteral("/home/a/ita.itadb"));

    // withPassword puts it in for connecting; display takes it out again.
    const QString full = ServerLocation::withPassword(
        QStringLiteral("postgresql://ita@h:5432/db?sslmode=require"), QStringLiteral("p@:/ไทย"));
    CHECK(ServerLocation::parse(full)->password == QStringLiteral("p@:/ไทย"));
    CHECK(ServerLocation::display(full) ==
          QStringLiteral("postgresql://ita@h:5432/db?sslmode=require"));
}

TEST_CASE("cli: a password written in a server address is warned of, never echoed",
          "[cli][server]") {
    // Port 1 refuses at once: the warning comes before the connection is tried.
    const auto with =
        test::runCli({QStringLiteral("list"), QStringLiteral("--db"),
                      QStringLiteral("postgresql://bob:s3cret@127.0.0.1:1/ita?connect_timeout=2")});
    CHECK(with.exitCode == 1);
    CHECK(with.err.contains(QStringLiteral("warning: the password written in "
                                           "postgresql://bob@127.0.0.1:1/ita")));
    CHECK(with.err.contains(QStringLiteral("PGPASSWORD")));
    CHECK_FALSE(with.err.contains(QStringLiteral("s3cret")));
    // The keyword form, and an option written with "=".
    const auto keyword = test::runCli(
        {QStringLiteral("copy"),
         QStringLiteral("--from=postgresql://127.0.0.1:1/ita?password=s3cret&connect_timeout=2"),
         QStringLiteral("--to"), QStringLiteral("/nonexistent/x.itadb")});
    CHECK(keyword.err.contains(QStringLiteral("warning: the password written in")));
    CHECK_FALSE(keyword.err.contains(QStringLiteral("s3cret")));
    const auto without =
        test::runCli({QStringLiteral("list"), QStringLiteral("--db"),
                      QStringLiteral("postgresql://bob@127.0.0.1:1/ita?connect_timeout=2")});
    CHECK(without.exitCode == 1);
    CHECK_FALSE(without.err.contains(QStringLiteral("warning")));
}
