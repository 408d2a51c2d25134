// Fuzz target: every JSON reader (assessment, plan, recommendations, framework). The first
// byte picks the reader, so one corpus serves all four.
#include "io/FrameworkReader.h"
#include "io/PlanJson.h"
#include "io/ScoresIo.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    using namespace ita;
    if (size == 0)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QString name = QStringLiteral("fuzz.json");
    switch (data[0] % 4) {
    case 0: {
        ImportOptions options;
        options.agency = QStringLiteral("กรมทดสอบ");
        options.fiscalYear = 2564;
        (void)readAssessmentJson(bytes, name, FrameworkRegistry::builtIn(), options);
        break;
    }
    case 1:
        (void)readPlanJson(bytes, name, FrameworkRegistry::builtIn());
        break;
    case 2:
        (void)readRecommendationsJson(bytes, name, FrameworkRegistry::builtIn());
        break;
    default:
        (void)readFramework(bytes, name);
        break;
    }
    return 0;
}
