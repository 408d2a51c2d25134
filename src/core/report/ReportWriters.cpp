#include "ReportWriters.h"

#include "ReportLayout.h"
#include "domain/ThaiDigits.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace ita::report {

namespace {

QPageLayout a4(bool landscape) {
    return QPageLayout(QPageSize(QPageSize::A4),
                       landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                       QMarginsF(0, 0, 0, 0));
}

bool haveGui() {
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

} // namespace

QString paintTo(const ReportLayout &layout, QPagedPaintDevice &device) {
    const auto &pages = layout.pages();
    device.setPageLayout(a4(pages.front().landscape));
    QPainter painter;
    if (!painter.begin(&device))
        return QStringLiteral("cannot start painting on the output device");
    for (int i = 0; i < layout.pageCount(); ++i) {
        if (i > 0) {
            // The next page's orientation must be set before it is started.
            device.setPageLayout(a4(pages[size_t(i)].landscape));
            if (!device.newPage()) {
                painter.end();
                return QStringLiteral("cannot start page %1").arg(i + 1);
            }
        }
        painter.save();
        // Layout units → device pixels. The page's paint rect starts at the sheet's corner
        // because the device's margins are zero.
        const double scale = device.logicalDpiX() / 72.0 / kUnitsPerPoint;
        painter.scale(scale, scale);
        layout.paintPage(painter, i);
        painter.restore();
    }
    if (!painter.end())
        return QStringLiteral("the output device failed while writing");
    return {};
}

QString writePdf(const Document &document, QIODevice *device) {
    if (!haveGui())
        return QStringLiteral("writing a PDF needs a QGuiApplication (fonts)");
    const ReportLayout layout(document);
    QPdfWriter pdf(device);
    pdf.setResolution(1200);
    pdf.setTitle(document.title);
    pdf.setCreator(QStringLiteral("ITA Planner"));
    pdf.setPdfVersion(QPagedPaintDevice::PdfVersion_1_6);
    return paintTo(layout, pdf);
}

QImage renderPage(const ReportLayout &layout, int page, double dpi, double devicePixelRatio) {
    // On a 2× screen the page is painted with twice the pixels and keeps its size on screen,
    // so the preview stays sharp.
    const PageSetup setup = pageSetup(layout.pages().at(size_t(page)).landscape);
    const double scale = dpi / 72.0 / kUnitsPerPoint; // layout units → logical pixels
    const QSize logical = (setup.size * scale).toSize();
    QImage image(logical * devicePixelRatio, QImage::Format_RGB32);
    image.setDevicePixelRatio(devicePixelRatio); // QPainter adds the ratio itself
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(scale, scale);
    layout.paintPage(painter, page);
    return image;
}

QImage renderArea(const ReportLayout &layout, int page, const QRectF &area, double dpi) {
    const double scale = dpi / 72.0 / kUnitsPerPoint;
    const QRect pixels(QPointF(area.left() * scale, area.top() * scale).toPoint(),
                       QPointF(area.right() * scale, area.bottom() * scale).toPoint());
    QImage image(pixels.size().expandedTo(QSize(1, 1)), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.translate(-pixels.topLeft());
    painter.scale(scale, scale);
    layout.paintPage(painter, page);
    return image;
}

} // namespace ita::report
