#pragma once

#include "ReportDocument.h"

#include <QString>

class QIODevice;

namespace ita::report {

/// The report as a Word document (Office Open XML), written directly: portrait and landscape
/// sections, tables with the PDF's column widths, header rows that repeat and rows that do
/// not break, the Gantt as pictures from the one renderer, heading styles Word's navigation
/// pane and table of contents use, page numbers as fields, and styles named in Thai and
/// English so a working group restyles the whole document at once. Returns the reason it
/// failed, or empty. Needs a QGuiApplication (the charts are drawn with fonts).
QString writeDocx(const Document &document, QIODevice *device);

} // namespace ita::report
