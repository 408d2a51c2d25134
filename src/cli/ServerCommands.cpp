// server and copy: setting up a PostgreSQL database, and moving a store's data between a file
// and a server.
#include "Commands.h"
#include "Input.h"
#include "Skeleton.h"

#include "storage/Database.h"
#include "storage/ServerLocation.h"
#include "storage/StoreCopy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace ita::cli {

namespace {
/// The messages of this file, under one context for lupdate and the program alike.
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(ita::cli::ServerCommands)
};
} // namespace

int runServer(const QStringList &args) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("init"),
                                 Messages::tr("Set up an empty server database: the schema "
                                              "ita_planner, its tables and the roles "
                                              "ita_planner_admin, ita_planner_editor and "
                                              "ita_planner_reader."));
    const QCommandLineOption script(
        {QStringLiteral("script")},
        Messages::tr("Also write the SQL statements run to FILE (what scripts/server-setup.sql "
                     "holds)."),
        QStringLiteral("FILE"));
    parser.addOptions({common().db, script, common().lang});
    int code = Success;
    if (!parse(parser, args,
               Messages::tr("Set up a PostgreSQL database for ITA Planner (run once, by a login "
                            "that may create roles)."),
               &code))
        return code;
    if (parser.positionalArguments() != QStringList{QStringLiteral("init")} ||
        !parser.isSet(common().db))
        return usageError(parser, Messages::tr("use: server init --db postgresql://…"));
    const QString location = parser.value(common().db);
    if (!ServerLocation::isServer(location))
        return usageError(parser, Messages::tr("server init needs a server database "
                                               "(postgresql://…); a file is set up when it is "
                                               "first written"));
    QStringList statements;
    Database::Options options;
    options.initialise = true;
    options.setupScript = &statements;
    auto db = Database::open(location, options);
    if (!db) {
        err(db.error());
        return BadInput;
    }
    if (statements.isEmpty()) {
        out(Messages::tr("%1 is already set up (schema %2); nothing was changed\n")
                .arg((*db)->path())
                .arg((*db)->version()));
        return Success;
    }
    if (parser.isSet(script)) {
        QByteArray text;
        for (const QString &s : statements)
            text += s.toUtf8() + ";\n";
        if (!writeOutput(parser.value(script), text))
            return BadInput;
    }
    out(Messages::tr("%1 is set up (schema %2). Make logins members of ita_planner_editor to "
                     "edit, ita_planner_reader to read, ita_planner_admin to upgrade.\n")
            .arg((*db)->path())
            .arg((*db)->version()));
    return Success;
}

int runCopy(const QStringList &args) {
    QCommandLineParser parser;
    const QCommandLineOption from({QStringLiteral("from")},
                                  Messages::tr("The store to copy: an .itadb file or a server "
                                               "database (postgresql://…)."),
                                  QStringLiteral("DB"));
    const QCommandLineOption to({QStringLiteral("to")},
                                Messages::tr("Where to: a new .itadb file or an empty server "
                                             "database."),
                                QStringLiteral("DB"));
    parser.addOptions({from, to, common().lang});
    int code = Success;
    if (!parse(parser, args,
               Messages::tr("Copy everything a store holds into a new file or an empty server "
                            "database, all or nothing, and check the copy (row counts, the "
                            "audit chain, every assessment's classification)."),
               &code))
        return code;
    if (!parser.isSet(from) || !parser.isSet(to))
        return usageError(parser, Messages::tr("copy needs --from DB and --to DB"));
    const QString target = parser.value(to);
    const bool serverTarget = ServerLocation::isServer(target);
    if (!serverTarget && QFileInfo::exists(target)) {
        err(Messages::tr("%1 exists; copy writes a new file (remove it or choose another name)")
                .arg(target));
        return BadInput;
    }
    auto source = openDatabase(parser.value(from), true, &code);
    if (!source)
        return code;
    auto report = StoreCopy::copyTo(*source, target); // no new file is left behind on failure
    if (!report) {
        err(report.error());
        return BadInput;
    }
    out(Messages::tr("copied %1 rows (%2 assessments, %3 audit records) from %4 to %5; the copy "
                     "was checked: row counts, audit chain, classifications\n")
            .arg(report->rows)
            .arg(report->assessments)
            .arg(report->auditRecords)
            .arg(source->path(), ServerLocation::display(target)));
    return Success;
}

} // namespace ita::cli
