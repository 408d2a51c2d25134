#pragma once

#include "ReportDocument.h"

#include <QImage>
#include <QString>

class QIODevice;
class QPagedPaintDevice;

namespace ita::report {

class ReportLayout;

/// Paints every page of a laid-out report on a paged device (QPdfWriter, QPrinter), each
/// page in its own orientation. The device's own margins are set to zero: the layout keeps
/// its margins. Returns an error message, empty on success.
QString paintTo(const ReportLayout &layout, QPagedPaintDevice &device);

/// The report as a PDF: A4, Sarabun embedded, title and author metadata. Needs a
/// QGuiApplication (the CLI runs one on the offscreen platform). Error message or empty.
QString writePdf(const Document &document, QIODevice *device);

/// The editable formats, DOCX and ODT, are written by DocxWriter and OdtWriter from the same
/// Document.

/// One page as an image at `dpi`, for previews, tests and the committed sample pages.
QImage renderPage(const ReportLayout &layout, int page, double dpi, double devicePixelRatio = 1.0);
/// Only `area` of page `page` (in layout units), drawn at `dpi`: the same pixels as that part
/// of renderPage's image, without painting and copying the rest of the page.
QImage renderArea(const ReportLayout &layout, int page, const QRectF &area, double dpi);

} // namespace ita::report
