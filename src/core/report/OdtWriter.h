#pragma once

#include "ReportDocument.h"

#include <QString>

class QIODevice;

namespace ita::report {

/// The report as an OpenDocument text, written directly (Qt's ODF writer cannot express
/// page orientation, column widths, repeated header rows or footers): portrait and landscape
/// master pages, tables with the PDF's column widths, header rows that repeat and rows kept
/// whole, the Gantt as pictures from the one renderer, outline headings, page number and
/// count in the footer, named styles (Thai and English) and the Sarabun font embedded.
/// The reason it failed, or empty. Needs a QGuiApplication (the charts are drawn with fonts).
QString writeOdt(const Document &document, QIODevice *device);

} // namespace ita::report
