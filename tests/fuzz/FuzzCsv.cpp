// Fuzz target: the scores readers (CSV in any encoding, and the pasted-cells parser).
// Built with libFuzzer by scripts/fuzz, and replayed with mutations by the test suite.
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
    return 0;
}
