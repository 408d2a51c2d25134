#pragma once

#include <QByteArray>
#include <QString>

namespace ita {

/// What readPdfText found in a PDF.
struct PdfText {
    enum class Outcome {
        Read,      ///< the text of its pages is in `text`
        NoText,    ///< a PDF whose pages show no text (a scan): nothing to search
        Encrypted, ///< its text cannot be read without decrypting it
        NotPdf,    ///< not a PDF at all (no %PDF- header, no page)
    };
    Outcome outcome = Outcome::NotPdf;
    QString text; ///< the pages' text, a line break where a line or a text block ends
};

/// The bounds that keep a hostile or broken file from costing more than a large honest one.
struct PdfTextLimits {
    qint64 maxInflated = 64 * 1024 * 1024; ///< bytes all streams together may inflate to
    qsizetype maxText = 4 * 1024 * 1024;   ///< characters of text kept
    int maxFormDepth = 8;                  ///< forms drawn within forms
    /// Bytes of page and form content run, together: a form drawn many times counts each time
    /// (forms that draw each other twice, eight deep, would run one form 256 times).
    qint64 maxContent = 32 * 1024 * 1024;
};

/// The text a PDF's pages show, read well enough to search it for a year: the small reader the
/// OIT link check uses on documents the agency publishes (issue 27). It reads the objects as
/// they stand in the file and inside object streams (PDF 1.5), inflates Flate streams (other
/// filters are skipped), walks each page's content and the forms it draws, and turns the
/// shown strings into text through each font's ToUnicode map (bfchar and bfrange), or, for a
/// simple font without one, byte for byte. What it does not do: decrypt, lay text out, read
/// text drawn as pictures. Never throws; anything malformed is skipped.
PdfText readPdfText(const QByteArray &pdf, const PdfTextLimits &limits = {});

} // namespace ita
