#pragma once

#include "OfficeCommon.h"

#include <QByteArray>
#include <QString>

#include <QtGlobal>

// The Word package's parts that do not depend on the report's content: the styles (one per
// kind of paragraph and table, named in English and Thai), the bullet numbering and the font
// table, with the units and namespaces the DOCX writer shares with them.
namespace ita::report::docx {

extern const QString W; ///< WordprocessingML's namespace
extern const QString R; ///< the relationships' namespace

int twips(double points);
int halfPoints(double points);
qint64 emu(double points);
QByteArray xmlHead();

/// word/styles.xml; `thai` sets the documents' language.
QByteArray stylesXml(bool thai);
/// word/numbering.xml: bullets as a real list, so Word continues and restyles them.
QByteArray numberingXml();
/// word/fontTable.xml: TH Sarabun New with Sarabun as its alternative name.
QByteArray fontTableXml();

} // namespace ita::report::docx
