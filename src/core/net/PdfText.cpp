#include "PdfText.h"

#include "PdfSyntax.h"

#include <QHash>

#include <zlib.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <unordered_map>
#include <vector>

// A PDF, as far as this reader needs it (ISO 32000-1):
//   objects      "12 0 obj << /Key value … >> stream …bytes… endstream endobj", and since PDF
//                1.5 also packed into object streams (/Type /ObjStm) that are themselves Flate
//   pages        /Type /Page dictionaries: /Contents (a stream or an array of them) and
//                /Resources (or inherited from a /Parent), which name the fonts and forms
//   content      postfix operators: "BT /F1 12 Tf 72 700 Td (text) Tj [(te) -30 (xt)] TJ ET"
//   fonts        a string's bytes are codes; a font's /ToUnicode CMap says which characters
//                they stand for (Qt, Word and LibreOffice all write one for embedded fonts)
// The cross-reference table is not needed: objects are found by scanning for "N G obj".

namespace ita {

namespace {

using pdf::isRegular;
using pdf::isSpace;
using pdf::Lexer;
using pdf::Object;

struct Indirect {
    Object value;
    QByteArray stream; ///< the stream's bytes as stored (still filtered)
    bool hasStream = false;
    QByteArray decoded; ///< filled on first use
    bool decodedDone = false;
};

/// A font's way from a string's bytes to text.
struct Font {
    struct Range {
        quint32 low = 0, high = 0;
        QString first;              ///< for low; the last character counts up from it
        std::vector<QString> array; ///< or one string per code
    };
    bool composite = false; ///< Type0: two-byte codes unless the CMap says otherwise
    bool hasMap = false;
    int codeBytes = 1;
    QHash<quint32, QString> chars;
    std::vector<Range> ranges;

    QString decode(const QByteArray &s) const {
        QString out;
        if (!hasMap) {
            if (composite)
                return out; // glyph numbers without a map: nothing to say
            for (const char c : s) {
                const uchar u = uchar(c);
                if (u >= 0x20)
                    out += QChar(u); // a standard encoding: the digits and Latin letters hold
            }
            return out;
        }
        const int width = std::clamp(codeBytes, 1, 4);
        for (qsizetype i = 0; i + width <= s.size(); i += width) {
            quint32 code = 0;
            for (int k = 0; k < width; ++k)
                code = (code << 8) | uchar(s[i + k]);
            out += lookup(code);
        }
        return out;
    }

    QString lookup(quint32 code) const {
        if (const auto it = chars.constFind(code); it != chars.constEnd())
            return *it;
        for (const Range &r : ranges) {
            if (code < r.low || code > r.high)
                continue;
            const quint32 offset = code - r.low;
            if (!r.array.empty())
                return offset < r.array.size() ? r.array[offset] : QString();
            QString s = r.first;
            if (!s.isEmpty())
                s[s.size() - 1] = QChar(ushort(s.back().unicode() + offset));
            return s;
        }
        return composite ? QString() : QString(QChar(ushort(code)));
    }
};

quint32 codeOf(const QByteArray &bytes) {
    quint32 code = 0;
    for (qsizetype i = 0; i < std::min<qsizetype>(bytes.size(), 4); ++i)
        code = (code << 8) | uchar(bytes[i]);
    return code;
}

QString utf16be(const QByteArray &bytes) {
    QString s;
    for (qsizetype i = 0; i + 1 < bytes.size(); i += 2)
        s += QChar(ushort((uchar(bytes[i]) << 8) | uchar(bytes[i + 1])));
    return s;
}

/// Reads a ToUnicode CMap's codespace, bfchar and bfrange sections into `font`.
void readToUnicode(const QByteArray &cmap, Font &font) {
    Lexer lex(cmap.constData(), cmap.constData() + cmap.size());
    std::vector<Object> operands;
    int codeBytes = 0;
    Object o;
    while (lex.read(o)) {
        if (o.type != Object::Operator) {
            operands.push_back(std::move(o));
            if (operands.size() > 300000)
                return; // no real CMap is this long
            continue;
        }
        if (o.bytes == "endcodespacerange") {
            if (!operands.empty() && operands.front().type == Object::String)
                codeBytes = int(operands.front().bytes.size());
        } else if (o.bytes == "endbfchar") {
            for (size_t i = 0; i + 1 < operands.size(); i += 2)
                if (operands[i].type == Object::String && operands[i + 1].type == Object::String)
                    font.chars.insert(codeOf(operands[i].bytes), utf16be(operands[i + 1].bytes));
            if (codeBytes == 0 && !operands.empty())
                codeBytes = int(operands.front().bytes.size());
        } else if (o.bytes == "endbfrange") {
            for (size_t i = 0; i + 2 < operands.size(); i += 3) {
                const Object &low = operands[i], &high = operands[i + 1], &dst = operands[i + 2];
                if (low.type != Object::String || high.type != Object::String)
                    continue;
                Font::Range r;
                r.low = codeOf(low.bytes);
                r.high = codeOf(high.bytes);
                if (r.high < r.low)
                    continue;
                if (dst.type == Object::String) {
                    r.first = utf16be(dst.bytes);
                } else if (dst.type == Object::Array) {
                    for (const Object &item : dst.items)
                        r.array.push_back(item.type == Object::String ? utf16be(item.bytes)
                                                                      : QString());
                } else {
                    continue;
                }
                font.ranges.push_back(std::move(r));
                if (codeBytes == 0)
                    codeBytes = int(low.bytes.size());
            }
        }
        operands.clear();
    }
    font.hasMap = !font.chars.isEmpty() || !font.ranges.empty();
    if (codeBytes > 0)
        font.codeBytes = codeBytes;
}

class Reader {
public:
    Reader(const QByteArray &pdf, const PdfTextLimits &limits)
        : m_pdf(pdf)
        , m_limits(limits) {}

    PdfText run() {
        PdfText result;
        if (!m_pdf.left(1024).contains("%PDF-"))
            return result;
        scanObjects();
        unpackObjectStreams();
        if (encrypted()) {
            result.outcome = PdfText::Outcome::Encrypted;
            return result;
        }
        bool anyPage = false;
        for (auto &[number, object] : m_objects) {
            const Object *type = object.value.get("Type");
            if (!type || !type->isName("Page"))
                continue;
            anyPage = true;
            const Object *resources = inherited(object.value, "Resources");
            QByteArray content;
            const Object *contents = resolve(object.value.get("Contents"));
            if (contents && contents->type == Object::Array) {
                for (const Object &part : contents->items) {
                    content += streamOf(part);
                    content += '\n';
                }
            } else if (const Object *c = object.value.get("Contents")) {
                content = streamOf(*c);
            }
            showText(content, resolve(resources), 0);
            m_text += u'\n';
            if (m_text.size() >= m_limits.maxText)
                break;
        }
        if (!anyPage)
            return result;
        m_text.truncate(m_limits.maxText);
        const bool anyText = std::any_of(m_text.cbegin(), m_text.cend(),
                                         [](QChar c) { return c.isLetterOrNumber(); });
        result.outcome = anyText ? PdfText::Outcome::Read : PdfText::Outcome::NoText;
        if (anyText)
            result.text = m_text;
        return result;
    }

private:
    /// Every "N G obj … endobj" in the file; a later definition of a number replaces an
    /// earlier one (an incremental update).
    void scanObjects() {
        const char *begin = m_pdf.constData();
        const char *end = begin + m_pdf.size();
        qsizetype from = 0;
        for (;;) {
            const qsizetype at = m_pdf.indexOf("obj", from);
            if (at < 0)
                break;
            from = at + 3;
            if (at + 3 < m_pdf.size() && isRegular(begin[at + 3]))
                continue; // "objects", "endobj" is caught below
            // Backwards: space, generation digits, space, object number digits.
            qsizetype q = at - 1;
            if (q < 0 || !isSpace(begin[q]))
                continue;
            while (q >= 0 && isSpace(begin[q]))
                --q;
            const qsizetype genEnd = q + 1;
            while (q >= 0 && begin[q] >= '0' && begin[q] <= '9')
                --q;
            if (q + 1 == genEnd || q < 0 || !isSpace(begin[q]))
                continue;
            while (q >= 0 && isSpace(begin[q]))
                --q;
            const qsizetype numEnd = q + 1;
            while (q >= 0 && begin[q] >= '0' && begin[q] <= '9')
                --q;
            if (q + 1 == numEnd || numEnd - (q + 1) > 9 || (q >= 0 && isRegular(begin[q])))
                continue;
            const int number = QByteArray(begin + q + 1, numEnd - (q + 1)).toInt();

            Lexer lex(begin + at + 3, end);
            Indirect object;
            if (!lex.read(object.value))
                break;
            lex.skipSpace();
            const char *p = lex.position();
            if (end - p >= 6 && std::equal(p, p + 6, "stream")) {
                p += 6;
                if (p < end && *p == '\r')
                    ++p;
                if (p < end && *p == '\n')
                    ++p;
                const qsizetype dataStart = p - begin;
                qsizetype dataEnd = -1;
                const Object *length = object.value.get("Length");
                if (length && length->type == Object::Number && length->number >= 0 &&
                    length->number <= double(m_pdf.size() - dataStart)) {
                    const qsizetype candidate = dataStart + qsizetype(length->number);
                    qsizetype k = candidate;
                    while (k < m_pdf.size() && isSpace(begin[k]))
                        ++k;
                    if (m_pdf.mid(k, 9) == "endstream")
                        dataEnd = candidate;
                }
                if (dataEnd < 0) {
                    const qsizetype e = m_pdf.indexOf("endstream", dataStart);
                    dataEnd = e < 0 ? m_pdf.size() : e;
                    while (dataEnd > dataStart &&
                           (begin[dataEnd - 1] == '\n' || begin[dataEnd - 1] == '\r'))
                        --dataEnd;
                }
                object.stream = m_pdf.mid(dataStart, dataEnd - dataStart);
                object.hasStream = true;
                from = dataEnd;
            } else {
                from = std::max<qsizetype>(from, p - begin);
            }
            m_objects[number] = std::move(object);
        }
        // Trailers (a classic cross-reference table) say whether the file is encrypted.
        qsizetype t = 0;
        while ((t = m_pdf.indexOf("trailer", t)) >= 0) {
            t += 7;
            Lexer lex(begin + t, end);
            Object trailer;
            if (lex.read(trailer) && trailer.get("Encrypt"))
                m_encryptedTrailer = true;
        }
    }

    /// The objects packed in object streams, where they are not defined in the open.
    void unpackObjectStreams() {
        std::vector<int> streams;
        for (const auto &[number, object] : m_objects) {
            const Object *type = object.value.get("Type");
            if (object.hasStream && type && type->isName("ObjStm"))
                streams.push_back(number);
        }
        for (const int number : streams) {
            Indirect &holder = m_objects[number];
            const Object *first = holder.value.get("First");
            const Object *count = holder.value.get("N");
            if (!first || first->type != Object::Number || !count || count->type != Object::Number)
                continue;
            const QByteArray data = decoded(holder);
            const qsizetype offset0 =
                qsizetype(std::clamp(first->number, 0.0, double(data.size())));
            Lexer header(data.constData(), data.constData() + offset0);
            std::vector<std::pair<int, qsizetype>> index;
            for (int i = 0; i < int(std::clamp(count->number, 0.0, 1e6)); ++i) {
                Object n, off;
                if (!header.read(n) || !header.read(off) || n.type != Object::Number ||
                    off.type != Object::Number)
                    break;
                index.emplace_back(int(n.number), qsizetype(std::max(0.0, off.number)));
            }
            for (const auto &[objectNumber, offset] : index) {
                if (m_objects.count(objectNumber) || offset0 + offset >= data.size())
                    continue;
                Lexer lex(data.constData() + offset0 + offset, data.constData() + data.size());
                Indirect packed;
                if (lex.read(packed.value))
                    m_objects[objectNumber] = std::move(packed);
            }
        }
    }

    bool encrypted() const {
        if (m_encryptedTrailer)
            return true;
        for (const auto &[number, object] : m_objects) {
            const Object *type = object.value.get("Type");
            if (type && type->isName("XRef") && object.value.get("Encrypt"))
                return true;
        }
        return false;
    }

    const Object *resolve(const Object *o, int hops = 0) {
        while (o && o->type == Object::Reference && hops++ < 16) {
            const auto it = m_objects.find(o->reference);
            o = it == m_objects.end() ? nullptr : &it->second.value;
        }
        return o && o->type == Object::Reference ? nullptr : o;
    }

    const Object *inherited(const Object &dict, const char *key) {
        const Object *node = &dict;
        for (int hops = 0; node && hops < 32; ++hops) {
            if (const Object *v = node->get(key))
                return v;
            node = resolve(node->get("Parent"));
        }
        return nullptr;
    }

    Indirect *indirect(const Object &o) {
        if (o.type != Object::Reference)
            return nullptr;
        const auto it = m_objects.find(o.reference);
        return it == m_objects.end() ? nullptr : &it->second;
    }

    QByteArray streamOf(const Object &ref) {
        Indirect *object = indirect(ref);
        return object && object->hasStream ? decoded(*object) : QByteArray();
    }

    /// The stream's bytes through its filters: Flate only (what every producer of text uses);
    /// a stream with another filter, or with a predictor, gives nothing.
    QByteArray decoded(Indirect &object) {
        if (object.decodedDone)
            return object.decoded;
        object.decodedDone = true;
        const Object *filter = resolve(object.value.get("Filter"));
        std::vector<const Object *> filters;
        if (filter && filter->type == Object::Array) {
            for (const Object &f : filter->items)
                filters.push_back(&f);
        } else if (filter) {
            filters.push_back(filter);
        }
        QByteArray data = object.stream;
        for (const Object *f : filters) {
            if (f->isName("FlateDecode") || f->isName("Fl"))
                data = inflate(data);
            else
                return {};
        }
        object.decoded = data;
        return data;
    }

    QByteArray inflate(const QByteArray &in) {
        QByteArray out;
        z_stream z{};
        if (inflateInit(&z) != Z_OK)
            return out;
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
        z.avail_in = uInt(std::min<qsizetype>(in.size(), 0x7fffffff));
        char chunk[65536];
        for (;;) {
            if (m_inflated >= m_limits.maxInflated)
                break;
            z.next_out = reinterpret_cast<Bytef *>(chunk);
            z.avail_out = sizeof chunk;
            const int rc = ::inflate(&z, Z_NO_FLUSH);
            const qsizetype produced = qsizetype(sizeof chunk - z.avail_out);
            const qsizetype room = qsizetype(m_limits.maxInflated - m_inflated);
            out.append(chunk, std::min(produced, room));
            m_inflated += std::min(produced, room);
            // The end, a broken stream (what came before it is kept) or no progress.
            if (rc != Z_OK || (produced == 0 && z.avail_in == 0))
                break;
        }
        inflateEnd(&z);
        return out;
    }

    const Font &fontFor(const Object *fontDict) {
        static const Font none;
        if (!fontDict)
            return none;
        auto it = m_fonts.find(fontDict);
        if (it != m_fonts.end())
            return *it->second;
        auto font = std::make_unique<Font>();
        const Object *subtype = fontDict->get("Subtype");
        font->composite = subtype && subtype->isName("Type0");
        font->codeBytes = font->composite ? 2 : 1;
        if (const Object *toUnicode = fontDict->get("ToUnicode")) {
            const QByteArray cmap = streamOf(*toUnicode);
            if (!cmap.isEmpty())
                readToUnicode(cmap, *font);
        }
        return *m_fonts.emplace(fontDict, std::move(font)).first->second;
    }

    const Object *resource(const Object *resources, const char *kind, const QByteArray &name) {
        if (!resources)
            return nullptr;
        const Object *group = resolve(resources->get(kind));
        if (!group || group->type != Object::Dictionary)
            return nullptr;
        for (const auto &[k, v] : group->entries)
            if (k == name)
                return &v;
        return nullptr;
    }

    void append(const QString &s) {
        if (m_text.size() < m_limits.maxText)
            m_text += s;
    }
    void separate(QChar c) {
        if (!m_text.isEmpty() && !m_text.back().isSpace())
            append(QString(c));
    }

    /// Runs a content stream's text operators, appending what they show.
    void showText(const QByteArray &content, const Object *resources, int depth) {
        m_contentRun += content.size();
        if (m_contentRun > m_limits.maxContent)
            return;
        Lexer lex(content.constData(), content.constData() + content.size());
        std::vector<Object> operands;
        const Font *font = &fontFor(nullptr);
        double fontSize = 0;
        Object o;
        while (lex.read(o)) {
            if (o.type != Object::Operator) {
                if (operands.size() < 64)
                    operands.push_back(std::move(o));
                continue;
            }
            const QByteArray &op = o.bytes;
            const auto number = [&](size_t fromEnd) {
                return operands.size() >= fromEnd &&
                               operands[operands.size() - fromEnd].type == Object::Number
                           ? operands[operands.size() - fromEnd].number
                           : 0.0;
            };
            if (op == "Tf" && operands.size() >= 2 &&
                operands[operands.size() - 2].type == Object::Name) {
                font = &fontFor(
                    resolve(resource(resources, "Font", operands[operands.size() - 2].bytes)));
                fontSize = std::abs(number(1));
            } else if (op == "Tj" && !operands.empty() && operands.back().type == Object::String) {
                append(font->decode(operands.back().bytes));
            } else if ((op == "'" || op == "\"") && !operands.empty() &&
                       operands.back().type == Object::String) {
                separate(u'\n');
                append(font->decode(operands.back().bytes));
            } else if (op == "TJ" && !operands.empty() && operands.back().type == Object::Array) {
                for (const Object &item : operands.back().items) {
                    if (item.type == Object::String)
                        append(font->decode(item.bytes));
                    else if (item.type == Object::Number && item.number < -200)
                        separate(u' '); // a gap of a fifth of an em or more: a word space
                }
            } else if (op == "Td" || op == "TD") {
                const double tx = number(2), ty = number(1);
                // Qt places every glyph with its own Td; only a move to another line, or far
                // back along it, separates words. A Thai mark's small step back or up does not.
                const double half = fontSize > 0 ? fontSize * 0.5 : 0.0;
                if (std::abs(ty) > half)
                    separate(u'\n');
                else if (tx < -half)
                    separate(u' ');
            } else if (op == "T*" || op == "ET" || op == "Tm") {
                separate(u'\n');
            } else if (op == "Do" && !operands.empty() && operands.back().type == Object::Name &&
                       depth < m_limits.maxFormDepth) {
                const Object *ref = resource(resources, "XObject", operands.back().bytes);
                Indirect *form = ref ? indirect(*ref) : nullptr;
                const Object *subtype = form ? form->value.get("Subtype") : nullptr;
                if (form && form->hasStream && subtype && subtype->isName("Form")) {
                    const Object *own = resolve(form->value.get("Resources"));
                    showText(decoded(*form), own ? own : resources, depth + 1);
                }
            } else if (op == "BI") {
                skipInlineImage(lex, content);
            }
            operands.clear();
        }
    }

    /// Steps over an inline image's binary data ("BI … ID data EI").
    static void skipInlineImage(Lexer &lex, const QByteArray &content) {
        qsizetype at = lex.position() - content.constData();
        const qsizetype id = content.indexOf("ID", at);
        if (id < 0) {
            lex.seek(content.constData() + content.size());
            return;
        }
        at = id + 3;
        for (;;) {
            const qsizetype ei = content.indexOf("EI", at);
            if (ei < 0) {
                lex.seek(content.constData() + content.size());
                return;
            }
            const bool before = ei > 0 && isSpace(content[ei - 1]);
            const bool after = ei + 2 >= content.size() || isSpace(content[ei + 2]);
            if (before && after) {
                lex.seek(content.constData() + ei + 2);
                return;
            }
            at = ei + 2;
        }
    }

    const QByteArray &m_pdf;
    PdfTextLimits m_limits;
    std::map<int, Indirect> m_objects; ///< by number, so pages come in the order they were made
    std::unordered_map<const Object *, std::unique_ptr<Font>> m_fonts;
    qint64 m_inflated = 0;
    qint64 m_contentRun = 0;
    bool m_encryptedTrailer = false;
    QString m_text;
};

} // namespace

PdfText readPdfText(const QByteArray &pdf, const PdfTextLimits &limits) {
    return Reader(pdf, limits).run();
}

} // namespace ita
