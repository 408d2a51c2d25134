// Fuzz target: the CSV readers: scores (in any encoding), the pasted-cells parser, and a
// framework's structure and rating CSVs and pasted rows, built into a framework and checked.
// Built with libFuzzer by scripts/fuzz, and replayed with mutations by the test suite.
#include "domain/FrameworkCheck.h"
#include "io/FrameworkCsv.h"
#include "io/FrameworkReader.h"
#include "io/PasteParser.h"
#include "io/ScoresIo.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    using namespace ita;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    ImportOptions options;
    options.agency = QStringLiteral("กรมทดสอบ");
    options.fiscalYear = 2564;
    (void)readScoresFile(bytes, QStringLiteral("fuzz.csv"), FrameworkRegistry::builtIn(), options);
    options.encoding = TextEncoding::Windows874;
    options.requireAgency = false;
    (void)readScoresCsv(bytes, QStringLiteral("fuzz.csv"), FrameworkRegistry::builtIn(), options);
    if (const Framework *fw = FrameworkRegistry::builtIn().byId(QStringLiteral("ITA-2564")))
        (void)parsePastedScores(QString::fromUtf8(bytes), *fw);
    (void)readStructureCsv(bytes, QStringLiteral("fuzz.csv"));
    (void)readRatingCsv(bytes, QStringLiteral("fuzz.csv"));
    // The same bytes as both files of a framework, and as rows pasted over FY2564's.
    if (auto built = readFrameworkCsv(bytes, QStringLiteral("s.csv"), bytes,
                                      QStringLiteral("r.csv"), QStringLiteral("FUZZ"), {2599}))
        (void)checkFramework(*built);
    if (const Framework *fw = FrameworkRegistry::builtIn().byId(QStringLiteral("ITA-2564")))
        if (auto pasted = parsePastedRows(QString::fromUtf8(bytes)))
            if (auto merged =
                    buildFromRows(*fw, mergeRows(*fw, *pasted, true), QStringLiteral("p")))
                (void)checkFramework(*merged);
    return 0;
}
