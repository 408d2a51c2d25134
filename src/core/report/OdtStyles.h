#pragma once

#include "OfficeCommon.h"

#include <QByteArray>
#include <QString>
#include <QXmlStreamWriter>

// The OpenDocument package's parts that do not depend on the report's body: the named
// paragraph and list styles (English and Thai), the two page layouts with their footers, the
// font declarations with Sarabun embedded, the metadata.
namespace ita::report::odt {

/// The bundled Sarabun files embedded in the package: resource path, style, weight.
extern const char *const kFontFiles[2][3];

/// A length as ODF writes it: "12.00pt".
QString pt(double points);
/// The namespaces every part declares.
void namespaces(QXmlStreamWriter &x);
/// office:font-face-decls; `embed` adds the package's Sarabun files (styles.xml).
void fontFaces(QXmlStreamWriter &x, bool embed);
/// styles.xml for the document's language and digits.
QByteArray stylesXml(const Document &document);
/// meta.xml: title, language, generator.
QByteArray metaXml(const Document &document);

} // namespace ita::report::odt
