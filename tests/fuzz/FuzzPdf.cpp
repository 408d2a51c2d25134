// Fuzz target: the PDF reader of the OIT link check (net/PdfText), which reads whatever an
// address on the web answers with. The seeds (corpus/pdf) are written by tests/core/TestPdf.cpp:
// a simple font, a Type0 font with its ToUnicode map in an object stream, a form that draws
// itself and an inline image.
#include "domain/LinkCheck.h"
#include "net/PdfText.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    using namespace ita;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    PdfTextLimits limits;
    limits.maxInflated = 1024 * 1024; // what inflates past it is cut, as in a real check
    limits.maxContent = 1024 * 1024;
    const PdfText read = readPdfText(bytes, limits);
    (void)yearsMentioned(read.text);
    return 0;
}
