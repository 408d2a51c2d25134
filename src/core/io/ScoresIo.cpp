#include "ScoresIo.h"
#include "TextCache.h"

#include "Csv.h"
#include "JsonUtil.h"
#include "ScoreRows.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QHash>

#include <QSet>

#include <algorithm>
#include <deque>
#include <memory>

namespace ita {

namespace {

/// This file's messages, under one context for lupdate and the program alike.
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(ita::ScoresIo)
};

void addError(Diagnostics &d, const QString &file, int line, const QString &message) {
    d.push_back({Diagnostic::Severity::Error, file, line, message});
}

/// Header names a Thai working group may use besides the English ones.
QString canonicalColumn(const QString &header) {
    static const QHash<QString, QString> aliases = {
        {QStringLiteral("code"), QStringLiteral("code")},
        {QStringLiteral("รหัส"), QStringLiteral("code")},
        {QStringLiteral("title"), QStringLiteral("title")},
        {QStringLiteral("ประเด็น"), QStringLiteral("title")},
        {QStringLiteral("ชื่อ"), QStringLiteral("title")},
        {QStringLiteral("score"), QStringLiteral("score")},
        {QStringLiteral("คะแนน"), QStringLiteral("score")},
        {QStringLiteral("grade"), QStringLiteral("grade")},
        {QStringLiteral("ระดับ"), QStringLiteral("grade")},
        {QStringLiteral("agency"), QStringLiteral("agency")},
        {QStringLiteral("หน่วยงาน"), QStringLiteral("agency")},
        {QStringLiteral("year"), QStringLiteral("year")},
        {QStringLiteral("ปี"), QStringLiteral("year")},
        {QStringLiteral("ปีงบประมาณ"), QStringLiteral("year")},
        {QStringLiteral("province"), QStringLiteral("province")},
        {QStringLiteral("จังหวัด"), QStringLiteral("province")},
        {QStringLiteral("group"), QStringLiteral("group")},
        {QStringLiteral("กลุ่ม"), QStringLiteral("group")},
        {QStringLiteral("parent"), QStringLiteral("parent")},
        {QStringLiteral("สังกัด"), QStringLiteral("parent")},
    };
    return aliases.value(header.trimmed().toLower());
}

/// An agency's province, group and parent as the rows of a file give them: each row may repeat
/// them, but never contradict an earlier row of the same agency (which would leave the stored
/// value up to the order of the rows).
class AgencyAttributeRows {
public:
    AgencyAttributeRows(QString file, Diagnostics &diagnostics)
        : m_file(std::move(file))
        , m_diagnostics(diagnostics) {}

    /// Records a row's values; false (after reporting) when one contradicts an earlier row.
    bool add(const QString &agency, const AgencyAttributes &row, int line) {
        if (row.isEmpty())
            return true;
        auto it = m_known.find(agency);
        if (it == m_known.end()) {
            it = m_known.insert(agency, Known());
            m_order.push_back(agency);
        }
        Known &known = *it;
        bool sound = true;
        const auto merge = [&](const QString &value, QString &kept, int &keptLine,
                               const QString &column) {
            if (value.isEmpty())
                return;
            if (kept.isEmpty()) {
                kept = value;
                keptLine = line;
            } else if (kept != value) {
                addError(m_diagnostics, m_file, line,
                         Messages::tr("%1 \"%2\" of %3 differs from \"%4\" on line %5; an agency "
                                      "has one %1")
                             .arg(column, value, agency, kept)
                             .arg(keptLine));
                sound = false;
            }
        };
        merge(row.province, known.values.province, known.provinceLine, QStringLiteral("province"));
        merge(row.group, known.values.group, known.groupLine, QStringLiteral("group"));
        merge(row.parent, known.values.parent, known.parentLine, QStringLiteral("parent"));
        return sound;
    }
    std::vector<std::pair<QString, AgencyAttributes>> all() const {
        std::vector<std::pair<QString, AgencyAttributes>> out;
        out.reserve(m_order.size());
        for (const QString &agency : m_order)
            out.emplace_back(agency, m_known.value(agency).values);
        return out;
    }

private:
    struct Known {
        AgencyAttributes values;
        int provinceLine = 0, groupLine = 0, parentLine = 0;
    };
    QString m_file;
    Diagnostics &m_diagnostics;
    QHash<QString, Known> m_known;
    std::vector<QString> m_order;
};

/// Keeps the first maxKeptMessages errors and as many warnings, in file order, and counts all.
class KeptMessages {
public:
    KeptMessages(StreamResult &result)
        : m_result(result) {}
    void take(Diagnostics &fresh) {
        for (Diagnostic &d : fresh) {
            const bool error = d.severity == Diagnostic::Severity::Error;
            qint64 &count = error ? m_result.errors : m_result.warnings;
            if (++count <= maxKeptMessages)
                m_result.diagnostics.push_back(std::move(d));
        }
        fresh.clear();
    }

private:
    StreamResult &m_result;
};

/// Whether a field is blank once trimmed, as QString::trimmed() sees it.
bool isBlank(std::string_view field, bool utf8) {
    bool ascii = true;
    for (const char c : field) {
        if (c == ' ' || (c >= '\t' && c <= '\r'))
            continue;
        if (static_cast<unsigned char>(c) < 0x80)
            return false;
        ascii = false;
    }
    if (ascii)
        return true;
    // U+00A0, U+0085 and the like: rare enough to decode
    if (utf8)
        return QString::fromUtf8(field.data(), qsizetype(field.size())).trimmed().isEmpty();
    for (const char c : field)
        if (!QChar(windows874ToUnicode(static_cast<unsigned char>(c))).isSpace())
            return false;
    return true;
}

/// Strict UTF-8 (no overlong forms, surrogates or code points past U+10FFFF), as QStringDecoder
/// checks it. Returns how many bytes it took: all but an incomplete sequence at the end, which
/// the next chunk completes; -1 when the bytes are not UTF-8.
qsizetype validUtf8Prefix(const unsigned char *p, qsizetype n) {
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned lowest = 0;
        if (c >= 0xC2 && c <= 0xDF)
            length = 2, lowest = 0x80;
        else if (c >= 0xE0 && c <= 0xEF)
            length = 3, lowest = 0x800;
        else if (c >= 0xF0 && c <= 0xF4)
            length = 4, lowest = 0x10000;
        else
            return -1;
        if (i + length > n)
            return i; // completed by the next chunk, or invalid at the end
        unsigned code = c & (0x7F >> length);
        for (int k = 1; k < length; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return -1;
            code = (code << 6) | (p[i + k] & 0x3F);
        }
        if (code < lowest || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return -1;
        i += length;
    }
    return i;
}

/// Whether the rest of a seekable device is UTF-8; reads it through and goes back.
bool restIsUtf8(QIODevice &device) {
    const qint64 start = device.pos();
    QByteArray chunk;
    QByteArray carry;
    bool valid = true;
    for (;;) {
        chunk = carry + device.read(1 << 20);
        if (chunk.isEmpty())
            break;
        const qsizetype took = validUtf8Prefix(
            reinterpret_cast<const unsigned char *>(chunk.constData()), chunk.size());
        if (took < 0) {
            valid = false;
            break;
        }
        if (took == chunk.size()) {
            carry.clear();
            continue;
        }
        carry = chunk.mid(took);
        if (device.atEnd() || carry.size() > 3) {
            valid = false; // a sequence cut off by the end of the file
            break;
        }
    }
    device.seek(start);
    return valid;
}

/// The rows of one assessment seen so far, for the streaming reader.
struct Group {
    QString agency;
    int year = 0;
    QString frameworkId;
    ScoreRowChecker *checker = nullptr;
    SeenCodes seen;
    bool handedOn = false; ///< a run of it went to the sink
};

} // namespace

StreamResult readScoresCsv(QIODevice &device, const QString &fileName,
                           const FrameworkRegistry &registry, const ImportOptions &options,
                           ScoreSink &sink) {
    StreamResult result;
    KeptMessages kept(result);
    Diagnostics fresh; // what the checks of one row found, before it is kept or counted
    const auto report = [&](int line, const QString &message) {
        addError(fresh, fileName, line, message);
        kept.take(fresh);
    };

    // The encoding, as decodeText() chooses it for a whole file.
    TextEncoding encoding = options.encoding;
    if (device.peek(3) == "\xEF\xBB\xBF") {
        device.read(3);
        if (encoding == TextEncoding::Auto)
            encoding = TextEncoding::Utf8;
    }
    std::unique_ptr<QBuffer> whole; // a pipe cannot be read twice: it is read whole
    QIODevice *in = &device;
    if (encoding == TextEncoding::Auto) {
        if (device.isSequential()) {
            whole = std::make_unique<QBuffer>();
            whole->setData(device.readAll());
            whole->open(QIODevice::ReadOnly);
            in = whole.get();
        }
        encoding = restIsUtf8(*in) ? TextEncoding::Utf8 : TextEncoding::Windows874;
    }
    const bool utf8 = encoding != TextEncoding::Windows874;
    const auto decode = [utf8](std::string_view bytes) {
        if (utf8)
            return QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
        QString text(qsizetype(bytes.size()), Qt::Uninitialized);
        char16_t *dst = reinterpret_cast<char16_t *>(text.data());
        for (size_t i = 0; i < bytes.size(); ++i)
            dst[i] = windows874ToUnicode(static_cast<unsigned char>(bytes[i]));
        return text;
    };
    // csv::restore() on bytes: our own exports neutralise cells a spreadsheet would run.
    const auto restored = [](std::string_view f) {
        if (f.size() >= 2 && f[0] == '\'' &&
            (f[1] == '=' || f[1] == '+' || f[1] == '-' || f[1] == '@' || f[1] == '\t' ||
             f[1] == '\r' || f[1] == '\''))
            f.remove_prefix(1);
        return f;
    };

    csv::ByteReader reader(*in, options.limits, utf8);
    csv::ByteRecord record;
    // A syntax error stands alone, as when the whole file was parsed before any row was checked.
    const auto syntaxError = [&]() -> StreamResult {
        StreamResult failed;
        failed.errors = 1;
        addError(failed.diagnostics, fileName, reader.errorLine(), reader.error());
        return failed;
    };
    if (!reader.next(record)) {
        if (reader.errorLine() != 0)
            return syntaxError();
        report(0, Messages::tr("the file is empty; expected a header row such as "
                               "code,title,score,grade"));
        return result;
    }

    enum Column { Code, Title, Score_, Grade, Agency, Year, Province, Group_, Parent, Columns };
    static const char *const names[Columns] = {"code", "title",    "score", "grade", "agency",
                                               "year", "province", "group", "parent"};
    int column[Columns];
    std::fill(std::begin(column), std::end(column), -1);
    for (qsizetype i = 0; i < record.size(); ++i) {
        const QString name = canonicalColumn(decode(restored(record.field(i))));
        if (name.isEmpty())
            continue; // unknown columns are ignored: spreadsheets carry notes and totals
        const int c = int(std::find_if(std::begin(names), std::end(names),
                                       [&](const char *n) { return name == QLatin1String(n); }) -
                          std::begin(names));
        if (column[c] >= 0) {
            report(record.line,
                   Messages::tr("column \"%1\" appears twice in the header").arg(name));
            return result;
        }
        column[c] = int(i);
    }
    for (const Column required : {Code, Score_}) {
        if (column[required] < 0)
            report(record.line,
                   Messages::tr("missing required column \"%1\" (the header needs code and score; "
                                "title, grade, agency and year are optional)")
                       .arg(QString::fromLatin1(names[required])));
    }
    if (!result.ok())
        return result;

    const auto raw = [&](Column c) {
        const int i = column[c];
        return i >= 0 && i < record.size() ? restored(record.field(i)) : std::string_view();
    };
    const auto text = [&](Column c) {
        const std::string_view bytes = raw(c);
        return bytes.empty() ? QString() : decode(bytes);
    };
    // Codes, titles and grades repeat from assessment to assessment: decoded once each.
    TextCache repeated;
    const auto repeatedText = [&](Column c) {
        const std::string_view bytes = raw(c);
        return bytes.empty() ? QString() : repeated.get(bytes, decode);
    };

    const qsizetype headerFields = record.size();
    std::deque<Group> groups; // a deque: the run keeps a pointer into it
    QHash<QString, int> groupIndex;
    QSet<int> failedYears;
    QHash<QString, std::shared_ptr<ScoreRowChecker>> checkers; // one per framework
    AgencyAttributeRows attributes(fileName, fresh);

    // What the row before had, so that a row like it costs no decoding or lookup.
    std::string lastAgencyBytes, lastYearBytes, lastAttributeBytes[3];
    bool haveLast = false;
    QString agency;
    int year = 0;
    int groupNo = -1;

    // The run being gathered: consecutive rows of one group.
    Assessment run;
    int runGroup = -1;
    int runLine = 0;
    const auto handOn = [&] {
        if (runGroup < 0)
            return;
        Group &g = groups[size_t(runGroup)];
        if (result.ok() || sink.wantsRunsAfterErrors()) {
            const QString refusal = sink.take(run, !g.handedOn, runLine);
            if (!refusal.isEmpty())
                report(runLine, refusal);
            for (const ScoreSink::Late &l : sink.late(false))
                report(l.line, l.text);
        }
        g.handedOn = true;
        run.entries.clear();
        runGroup = -1;
    };

    while (reader.next(record)) {
        bool empty = true;
        for (qsizetype i = 0; i < record.size() && empty; ++i)
            empty = isBlank(record.field(i), utf8);
        if (empty)
            continue; // Excel writes ",,," for formatted but empty rows
        ++result.rows;
        // More fields than the header names, not all blank: most often a number written with
        // a decimal comma (50,5), which would otherwise be read as 50.
        bool extra = false;
        for (qsizetype i = headerFields; i < record.size() && !extra; ++i)
            extra = !isBlank(record.field(i), utf8);
        if (extra) {
            report(record.line,
                   Messages::tr("the row has %1 fields and the header %2: a number written with "
                                "a comma (50,5)? Write 50.5, or put the field in quotes")
                       .arg(record.size())
                       .arg(headerFields));
            continue;
        }

        const std::string_view agencyBytes = raw(Agency);
        const std::string_view yearBytes = raw(Year);
        const bool sameAgency = haveLast && agencyBytes == lastAgencyBytes;
        const bool sameYear = haveLast && yearBytes == lastYearBytes && year != 0;
        if (!sameAgency) {
            agency = text(Agency).simplified();
            if (agency.isEmpty())
                agency = options.agency.simplified();
            lastAgencyBytes.assign(agencyBytes);
            groupNo = -1;
        }
        haveLast = true;
        if (agency.isEmpty() && options.requireAgency) {
            report(record.line,
                   Messages::tr("no agency for this row: add an agency column or give --agency"));
            continue;
        }
        if (!sameYear) {
            groupNo = -1;
            lastYearBytes.assign(yearBytes);
            year = options.fiscalYear;
            const QString yearText = text(Year).trimmed();
            if (!yearText.isEmpty()) {
                QString problem;
                const auto y = parseYearBE(yearText, &problem);
                if (!y) {
                    year = 0;
                    report(record.line, problem);
                    continue;
                }
                year = *y;
            }
            if (year == 0) {
                report(record.line, Messages::tr("no fiscal year for this row: add a year column "
                                                 "or give --year"));
                continue;
            }
        }
        if (groupNo < 0) {
            const QString key = agency + u'\x1f' + QString::number(year);
            if (auto it = groupIndex.constFind(key); it != groupIndex.constEnd()) {
                groupNo = *it;
            } else if (failedYears.contains(year)) {
                continue;
            } else {
                auto fw = resolveFramework(registry, year, options.frameworkId);
                if (!fw) {
                    report(record.line, fw.error());
                    failedYears.insert(year);
                    if (options.frameworkId.isEmpty())
                        result.yearsWithoutFramework.push_back(year);
                    continue;
                }
                auto &checker = checkers[(*fw)->id];
                if (!checker)
                    checker = std::make_shared<ScoreRowChecker>(**fw, fileName, fresh);
                groups.push_back({agency, year, (*fw)->id, checker.get(), {}, false});
                groupNo = int(groups.size()) - 1;
                groupIndex.insert(key, groupNo);
            }
        }
        if (groupNo != runGroup) {
            handOn();
            const Group &g = groups[size_t(groupNo)];
            run.agency = g.agency;
            run.fiscalYear = g.year;
            run.frameworkId = g.frameworkId;
            runGroup = groupNo;
            runLine = record.line;
        }

        // The agency's attributes: only a row that says something new is looked at.
        const std::string_view attributeBytes[3] = {raw(Province), raw(Group_), raw(Parent)};
        bool sameAttributes = sameAgency;
        for (int i = 0; i < 3; ++i)
            sameAttributes = sameAttributes && attributeBytes[i] == lastAttributeBytes[i];
        if (!sameAttributes) {
            const bool sound = attributes.add(
                agency,
                {text(Province).simplified(), text(Group_).simplified(), text(Parent).simplified()},
                record.line);
            for (int i = 0; i < 3; ++i) // a contradiction is reported on every row that makes it
                lastAttributeBytes[i].assign(sound ? attributeBytes[i] : std::string_view("\x1f"));
        }
        Group &g = groups[size_t(groupNo)];
        g.checker->add({record.line, repeatedText(Code), repeatedText(Title), text(Score_),
                        repeatedText(Grade)},
                       run, g.seen);
        if (!fresh.empty())
            kept.take(fresh);
    }
    if (reader.errorLine() != 0)
        return syntaxError();
    handOn();
    for (const ScoreSink::Late &l : sink.late(true))
        report(l.line, l.text);
    kept.take(fresh);
    result.attributes = attributes.all();
    if (result.ok() && groups.empty())
        report(0, Messages::tr("the file has a header but no score rows"));
    return result;
}

Diagnostic leftOutNote(const StreamResult &read, const QString &fileName) {
    return {read.errors > maxKeptMessages ? Diagnostic::Severity::Error
                                          : Diagnostic::Severity::Warning,
            fileName, 0,
            Messages::tr("%1 more messages not shown (the first %2 errors and %2 warnings are)")
                .arg(read.leftOut())
                .arg(maxKeptMessages)};
}

namespace {

/// Gathers the runs into whole assessments, for the readers that return them all.
class Gather : public ScoreSink {
public:
    bool wantsRunsAfterErrors() const override { return true; }
    QString take(const Assessment &run, bool first, int) override {
        if (first) {
            m_index.insert(run.agency + u'\x1f' + QString::number(run.fiscalYear),
                           m_assessments.size());
            m_assessments.push_back(run);
            return {};
        }
        Assessment &a =
            m_assessments[m_index.value(run.agency + u'\x1f' + QString::number(run.fiscalYear))];
        a.entries.insert(a.entries.end(), run.entries.begin(), run.entries.end());
        return {};
    }
    std::vector<Assessment> m_assessments;
    QHash<QString, size_t> m_index;
};

} // namespace

ImportResult readScoresCsv(const QByteArray &bytes, const QString &fileName,
                           const FrameworkRegistry &registry, const ImportOptions &options) {
    ImportResult result;
    if (bytes.size() > options.limits.maxBytes) {
        addError(
            result.diagnostics, fileName, 0,
            Messages::tr("the file is %1 MB; a scores file is read up to %2 MB (split it by year)")
                .arg(bytes.size() / (1024 * 1024))
                .arg(options.limits.maxBytes / (1024 * 1024)));
        return result;
    }
    QByteArray copy = bytes; // shared, not copied
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    Gather gather;
    StreamResult read = readScoresCsv(buffer, fileName, registry, options, gather);
    const qint64 leftOut = read.leftOut();
    const Diagnostic note = leftOutNote(read, fileName);
    result.diagnostics = std::move(read.diagnostics);
    result.yearsWithoutFramework = std::move(read.yearsWithoutFramework);
    if (leftOut > 0)
        result.diagnostics.push_back(note);
    result.assessments = std::move(gather.m_assessments);
    QHash<QString, AgencyAttributes> byAgency;
    for (auto &[agency, values] : read.attributes)
        byAgency.insert(agency, values);
    for (Assessment &a : result.assessments)
        a.attributes = byAgency.value(a.agency);
    return result;
}

static ImportResult readAssessmentJsonUnguarded(const QByteArray &bytes, const QString &fileName,
                                                const FrameworkRegistry &registry,
                                                const ImportOptions &options) {
    ImportResult result;
    auto &diag = result.diagnostics;
    QString parseError;
    int errorLine = 0;
    QByteArray body = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    const auto doc = json::parse(body, &parseError, &errorLine);
    if (!doc) {
        addError(diag, fileName, errorLine, parseError);
        return result;
    }
    const auto fail = [&](int line, const QString &message) {
        addError(diag, fileName, line, message);
        return result;
    };
    if (!doc->is_object() || doc->value("format", std::string()) != "ita-planner-assessment")
        return fail(1, Messages::tr("not an ITA Planner assessment (expected \"format\": "
                                    "\"ita-planner-assessment\")"));
    if (!doc->contains("version") || !(*doc)["version"].is_number_integer() ||
        (*doc)["version"].get<int>() != 1)
        return fail(1, Messages::tr("unsupported version (this program reads version 1)"));

    Assessment a;
    a.agency = doc->contains("agency") && (*doc)["agency"].is_string()
                   ? json::toQString((*doc)["agency"]).simplified()
                   : QString();
    if (a.agency.isEmpty())
        a.agency = options.agency.simplified();
    if (a.agency.isEmpty() && options.requireAgency)
        return fail(1, Messages::tr("no agency: the file has no \"agency\" and none was given"));
    for (const auto &[key, target] :
         {std::pair{"province", &a.attributes.province}, std::pair{"group", &a.attributes.group},
          std::pair{"parent", &a.attributes.parent}}) {
        if (!doc->contains(key) || (*doc)[key].is_null())
            continue;
        if (!(*doc)[key].is_string())
            return fail(1, Messages::tr("\"%1\" must be text").arg(QString::fromLatin1(key)));
        *target = json::toQString((*doc)[key]).simplified();
    }
    a.fiscalYear = options.fiscalYear;
    if (doc->contains("fiscal_year")) {
        const auto &y = (*doc)["fiscal_year"];
        QString problem;
        const auto year = parseYearBE(y.is_number()   ? QString::fromStdString(y.dump())
                                      : y.is_string() ? json::toQString(y)
                                                      : QString(),
                                      &problem);
        if (!year)
            return fail(1, problem);
        a.fiscalYear = *year;
    }
    if (a.fiscalYear == 0)
        return fail(
            1, Messages::tr("no fiscal year: the file has no \"fiscal_year\" and none was given"));
    QString frameworkId = options.frameworkId;
    if (frameworkId.isEmpty() && doc->contains("framework") && (*doc)["framework"].is_string())
        frameworkId = json::toQString((*doc)["framework"]);
    auto fw = resolveFramework(registry, a.fiscalYear, frameworkId);
    if (!fw) {
        if (frameworkId.isEmpty()) // a year no framework serves: the GUI offers to make one
            result.yearsWithoutFramework.push_back(a.fiscalYear);
        return fail(1, fw.error());
    }
    a.frameworkId = (*fw)->id;

    if (doc->contains("thresholds") && (*doc)["thresholds"].is_object()) {
        const auto &t = (*doc)["thresholds"];
        for (const char *key : {"fixed", "maintain"}) {
            if (!t.contains(key) || t[key].is_null())
                continue;
            const auto text = json::decimalText(t[key]);
            const auto v = text ? Score::parse(*text) : std::nullopt;
            if (!v || !v->value.inRange())
                return fail(1, Messages::tr("thresholds.%1 must be a score from 0 to 100")
                                   .arg(QString::fromLatin1(key)));
            (std::string(key) == "fixed" ? a.fixedThreshold : a.maintainThreshold) = v->value;
        }
    }

    if (!doc->contains("scores") || !(*doc)["scores"].is_array())
        return fail(1, Messages::tr("missing \"scores\" list"));
    const std::vector<int> lines = json::arrayElementLines(body, "scores");
    ScoreRowChecker checker(**fw, fileName, diag);
    size_t i = 0;
    for (const auto &row : (*doc)["scores"]) {
        const int line = i < lines.size() ? lines[i] : 0;
        ++i;
        if (!row.is_object()) {
            addError(diag, fileName, line,
                     Messages::tr("each score must be an object with \"code\""));
            continue;
        }
        const auto text = [&](const char *key, bool decimal) -> std::optional<QString> {
            if (!row.contains(key) || row[key].is_null())
                return QString();
            if (decimal)
                return json::decimalText(row[key]);
            if (row[key].is_string())
                return json::toQString(row[key]);
            return std::nullopt;
        };
        const auto code = text("code", false);
        const auto title = text("title", false);
        const auto score = text("score", true);
        const auto grade = text("grade", false);
        if (!code || !title || !score || !grade) {
            addError(
                diag, fileName, line,
                Messages::tr("wrong type: \"code\", \"title\" and \"grade\" are strings, \"score\" "
                             "a number"));
            continue;
        }
        checker.add({line, *code, *title, *score, *grade}, a);
    }
    result.assessments.push_back(std::move(a));
    return result;
}

ImportResult readAssessmentJson(const QByteArray &bytes, const QString &fileName,
                                const FrameworkRegistry &registry, const ImportOptions &options) {
    // Whatever the reader above missed, a value of an unexpected type is refused with a
    // message, never thrown out of it (found by fuzzing).
    try {
        return readAssessmentJsonUnguarded(bytes, fileName, registry, options);
    } catch (const nlohmann::json::exception &e) {
        ImportResult result;
        addError(result.diagnostics, fileName, 1,
                 QStringLiteral("a value has the wrong type: %1").arg(QString::fromUtf8(e.what())));
        return result;
    }
}

ImportResult readScoresFile(const QByteArray &bytes, const QString &fileName,
                            const FrameworkRegistry &registry, const ImportOptions &options) {
    for (char c : bytes) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        if (c == '{')
            return readAssessmentJson(bytes, fileName, registry, options);
        break;
    }
    return readScoresCsv(bytes, fileName, registry, options);
}

QByteArray writeAssessmentJson(const Assessment &a) {
    nlohmann::ordered_json doc;
    doc["format"] = "ita-planner-assessment";
    doc["version"] = 1;
    doc["agency"] = json::toStd(a.agency);
    doc["fiscal_year"] = a.fiscalYear;
    doc["framework"] = json::toStd(a.frameworkId);
    if (!a.attributes.isEmpty()) {
        doc["province"] = json::toStd(a.attributes.province);
        doc["group"] = json::toStd(a.attributes.group);
        doc["parent"] = json::toStd(a.attributes.parent);
    }
    nlohmann::ordered_json thresholds;
    thresholds["fixed"] = a.fixedThreshold ? nlohmann::ordered_json(a.fixedThreshold->toDouble())
                                           : nlohmann::ordered_json(nullptr);
    thresholds["maintain"] = a.maintainThreshold
                                 ? nlohmann::ordered_json(a.maintainThreshold->toDouble())
                                 : nlohmann::ordered_json(nullptr);
    doc["thresholds"] = thresholds;
    auto scores = nlohmann::ordered_json::array();
    for (const auto &e : a.entries) {
        nlohmann::ordered_json row;
        row["code"] = json::toStd(e.code);
        row["title"] = e.title.isEmpty() ? nlohmann::ordered_json(nullptr)
                                         : nlohmann::ordered_json(json::toStd(e.title));
        row["score"] = e.stated ? nlohmann::ordered_json(e.stated->toDouble())
                                : nlohmann::ordered_json(nullptr);
        row["grade"] = e.statedGrade.isEmpty() ? nlohmann::ordered_json(nullptr)
                                               : nlohmann::ordered_json(json::toStd(e.statedGrade));
        scores.push_back(row);
    }
    doc["scores"] = scores;
    return QByteArray::fromStdString(doc.dump(2)) + '\n';
}

QByteArray writeScoresCsv(const std::vector<Assessment> &assessments) {
    // The agencies' attributes are written only when some agency has them, so that a file
    // without them keeps the columns it always had.
    const bool attributes =
        std::any_of(assessments.begin(), assessments.end(),
                    [](const Assessment &a) { return !a.attributes.isEmpty(); });
    QStringList header = {QStringLiteral("agency"), QStringLiteral("year"),
                          QStringLiteral("code"),   QStringLiteral("title"),
                          QStringLiteral("score"),  QStringLiteral("grade")};
    if (attributes)
        header << QStringLiteral("province") << QStringLiteral("group") << QStringLiteral("parent");
    QString out = csv::formatRecord(header);
    for (const auto &a : assessments)
        for (const auto &e : a.entries) {
            QStringList row = {a.agency,
                               QString::number(a.fiscalYear),
                               e.code,
                               e.title,
                               e.stated ? e.stated->toString() : QString(),
                               e.statedGrade};
            if (attributes)
                row << a.attributes.province << a.attributes.group << a.attributes.parent;
            out += csv::formatSafeRecord(row);
        }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace ita
