#pragma once

#include "ReportDocument.h"

#include <QByteArray>
#include <QString>

namespace ita::report {

/// The report as an OpenDocument text, written directly (Qt's ODF writer cannot express
/// page orientation, column widths, repeated header rows or footers): portrait and landscape
/// master pages, tables with the PDF's column widths, header rows that repeat and rows kept
/// whole, the Gantt as pictures from the one renderer, outline headings, page number and
/// count in the footer, named styles (Thai and English) and the Sarabun font embedded.
/// Bytes, or the reason in `error`. Needs a QGuiApplication (the charts are drawn with fonts).
QByteArray writeOdtPackage(const Document &document, QString *error);

} // namespace ita::report
