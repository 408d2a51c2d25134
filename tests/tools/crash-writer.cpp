// crash-writer: a stream of edits (or imports) against an .itadb file, acknowledging each
// one on standard output only after it is committed. The crash test kills it with SIGKILL
// at random moments and then checks the file.
//
//   crash-writer FILE edits [COUNT [AGENCY]]
//                               edit E1…E15 of the first assessment (or AGENCY's) in turn,
//                               forever or COUNT times; prints "ack N CODE VALUE"
// FILE may be a server database (postgresql://…): the server tests run it there too.
//   crash-writer FILE imports   re-import (replace) a 2,000-line assessment, forever;
//                               prints "ack N"
#include "document/AssessmentDocument.h"
#include "io/FrameworkReader.h"
#include "storage/AssessmentRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>

#include <cstdio>

using namespace ita;

namespace {

/// The value edit n writes: 50.00 … 89.99, so every edit changes the score.
Score valueOf(qint64 n) {
    return Score::fromHundredths(5000 + n % 4000);
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return 2;
    auto db = Database::open(QString::fromLocal8Bit(argv[1]));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error()));
        return 1;
    }
    AssessmentRepository repository(**db);
    auto list = repository.list();
    if (!list || list->empty())
        return 1;
    const QByteArray mode(argv[2]);
    if (mode == "edits") {
        const qint64 count = argc > 3 ? QByteArray(argv[3]).toLongLong() : 0;
        qint64 id = list->front().id;
        if (argc > 4)
            for (const auto &s : *list)
                if (s.agency == QString::fromUtf8(argv[4]))
                    id = s.id;
        auto doc = AssessmentDocument::open(**db, id);
        if (!doc)
            return 1;
        for (qint64 n = 1; count == 0 || n <= count; ++n) {
            const QString code = QStringLiteral("E%1").arg(n % 15 + 1);
            if (QString e = (*doc)->editScore(code, valueOf(n)); !e.isEmpty()) {
                std::fprintf(stderr, "edit %lld: %s\n", static_cast<long long>(n), qPrintable(e));
                return 1;
            }
            std::printf("ack %lld %s %s\n", static_cast<long long>(n), qPrintable(code),
                        qPrintable(valueOf(n).toString()));
            std::fflush(stdout);
        }
        return 0;
    }
    // imports: the same assessment stored again and again with other scores.
    auto base = repository.load(list->front().id);
    if (!base)
        return 1;
    for (qint64 n = 1;; ++n) {
        Assessment a = *base;
        a.agency = QStringLiteral("กรมทดสอบ");
        std::erase_if(a.entries, [](const ScoreEntry &e) { return e.code.startsWith(u"I1."); });
        for (int i = 0; i < 2000; ++i) {
            ScoreEntry e;
            e.code = QStringLiteral("I1.%1").arg(i + 1);
            e.stated = valueOf(n + i);
            a.entries.push_back(e);
        }
        if (QString e = repository.save({a}, FrameworkRegistry::builtIn(), true); !e.isEmpty()) {
            std::fprintf(stderr, "import %lld: %s\n", static_cast<long long>(n), qPrintable(e));
            return 1;
        }
        std::printf("ack %lld\n", static_cast<long long>(n));
        std::fflush(stdout);
    }
}
