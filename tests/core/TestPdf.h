#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

namespace ita::test {

/// PDFs written by hand for the PDF reader's tests (net/PdfText), so that each test says exactly
/// which of the format's ways of storing text it exercises. Objects are numbered from 1 in the
/// order they are added; build() writes the header, the objects, a cross-reference table and the
/// trailer.
class PdfBuilder {
public:
    /// Adds an object ("<< /Type /Font … >>") and returns its number.
    int add(const QByteArray &body);
    /// Adds a stream object: `entries` go into its dictionary (without /Length, which is added),
    /// `data` is stored as it is, or Flate-compressed with /Filter /FlateDecode.
    int addStream(const QByteArray &entries, const QByteArray &data, bool flate);
    /// Replaces object `number` (for objects that refer forward).
    void set(int number, const QByteArray &body);
    /// An object stream (PDF 1.5) holding `objects` (numbered by the caller, not added here).
    int addObjectStream(const std::vector<std::pair<int, QByteArray>> &objects);
    /// Numbers the next add() will return.
    int next() const { return int(m_objects.size()) + 1; }
    QByteArray build(int catalog, const QByteArray &trailerExtra = {}) const;
    /// One page drawing `contents` (an object reference or an array of them) with `resources`
    /// (a dictionary's entries), its page tree and catalog added, the file built.
    QByteArray buildPage(const QByteArray &contents, const QByteArray &resources);

private:
    std::vector<QByteArray> m_objects;
};

/// "1 0 R".
QByteArray ref(int number);

/// One page in a simple font (Helvetica, no ToUnicode): each line shown with Tj, one line below
/// the other. Latin-1 text only.
QByteArray simplePdf(const QStringList &lines);

/// One page in a composite font (Type0, Identity-H) whose two-byte codes mean Thai characters
/// only through its ToUnicode CMap; the content stream Flate-compressed, the font in an object
/// stream, the resources inherited from the page tree. Any Thai text, Thai digits and ASCII.
QByteArray thaiPdf(const QString &text);

} // namespace ita::test
