#include "ScoresIo.h"

#include "Csv.h"
#include "JsonUtil.h"
#include "ScoreRows.h"

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
        Known &known = m_known[agency];
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
    AgencyAttributes of(const QString &agency) const { return m_known.value(agency).values; }

private:
    struct Known {
        AgencyAttributes values;
        int provinceLine = 0, groupLine = 0, parentLine = 0;
    };
    QString m_file;
    Diagnostics &m_diagnostics;
    QHash<QString, Known> m_known;
};

/// Groups rows into assessments by (agency, year), resolving each year's framework once.
class AssessmentGroups {
public:
    AssessmentGroups(const FrameworkRegistry &registry, const ImportOptions &options, QString file,
                     ImportResult &result)
        : m_registry(registry)
        , m_options(options)
        , m_file(std::move(file))
        , m_diagnostics(result.diagnostics)
        , m_result(result) {}

    /// The assessment and checker for a row, or nullptr after reporting why not.
    std::pair<Assessment *, ScoreRowChecker *> groupFor(const QString &agency, int year, int line) {
        const QString key = agency + u'\x1f' + QString::number(year);
        if (auto it = m_index.find(key); it != m_index.end())
            return {&m_assessments[size_t(*it)], m_checkers[size_t(*it)].get()};
        if (m_failedYears.contains(year))
            return {nullptr, nullptr};
        auto fw = resolveFramework(m_registry, year, m_options.frameworkId);
        if (!fw) {
            addError(m_diagnostics, m_file, line, fw.error());
            m_failedYears.insert(year);
            if (m_options.frameworkId.isEmpty())
                m_result.yearsWithoutFramework.push_back(year);
            return {nullptr, nullptr};
        }
        Assessment a;
        a.agency = agency;
        a.fiscalYear = year;
        a.frameworkId = (*fw)->id;
        m_assessments.push_back(a);
        m_checkers.push_back(std::make_unique<ScoreRowChecker>(**fw, m_file, m_diagnostics));
        m_index.insert(key, int(m_assessments.size()) - 1);
        return {&m_assessments.back(), m_checkers.back().get()};
    }

    std::vector<Assessment> take() {
        return {std::make_move_iterator(m_assessments.begin()),
                std::make_move_iterator(m_assessments.end())};
    }

private:
    const FrameworkRegistry &m_registry;
    const ImportOptions &m_options;
    QString m_file;
    Diagnostics &m_diagnostics;
    ImportResult &m_result;
    std::deque<Assessment> m_assessments; // a deque: rows keep pointers into it
    std::vector<std::unique_ptr<ScoreRowChecker>> m_checkers;
    QHash<QString, int> m_index;
    QSet<int> m_failedYears;
};

} // namespace

ImportResult readScoresCsv(const QByteArray &bytes, const QString &fileName,
                           const FrameworkRegistry &registry, const ImportOptions &options) {
    ImportResult result;
    auto &diag = result.diagnostics;
    if (bytes.size() > options.limits.maxBytes) {
        addError(
            diag, fileName, 0,
            Messages::tr("the file is %1 MB; a scores file is read up to %2 MB (split it by year)")
                .arg(bytes.size() / (1024 * 1024))
                .arg(options.limits.maxBytes / (1024 * 1024)));
        return result;
    }
    const DecodedText decoded = decodeText(bytes, options.encoding);
    csv::ParseResult parsed = csv::parse(decoded.text, options.limits);
    if (!parsed.ok()) {
        addError(diag, fileName, parsed.errorLine, parsed.error);
        return result;
    }
    // Our own exports neutralise cells that a spreadsheet would run as formulas.
    for (auto &record : parsed.records)
        for (auto &field : record.fields)
            field = csv::restore(field);
    if (parsed.records.empty()) {
        addError(diag, fileName, 0,
                 Messages::tr("the file is empty; expected a header row such as "
                              "code,title,score,grade"));
        return result;
    }

    const csv::Record &header = parsed.records.front();
    QHash<QString, int> column;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = canonicalColumn(header.fields[i]);
        if (name.isEmpty())
            continue; // unknown columns are ignored: spreadsheets carry notes and totals
        if (column.contains(name)) {
            addError(diag, fileName, header.line,
                     Messages::tr("column \"%1\" appears twice in the header").arg(name));
            return result;
        }
        column.insert(name, i);
    }
    for (const char *required : {"code", "score"}) {
        if (!column.contains(QString::fromLatin1(required))) {
            addError(
                diag, fileName, header.line,
                Messages::tr("missing required column \"%1\" (the header needs code and score; "
                             "title, grade, agency and year are optional)")
                    .arg(QString::fromLatin1(required)));
        }
    }
    if (!result.ok())
        return result;

    const auto field = [&](const csv::Record &r, const char *name) {
        const int i = column.value(QString::fromLatin1(name), -1);
        return i >= 0 && i < r.fields.size() ? r.fields[i] : QString();
    };

    AssessmentGroups groups(registry, options, fileName, result);
    AgencyAttributeRows attributes(fileName, diag);
    for (size_t r = 1; r < parsed.records.size(); ++r) {
        const csv::Record &rec = parsed.records[r];
        bool empty = true;
        for (const QString &f : rec.fields)
            empty = empty && f.trimmed().isEmpty();
        if (empty)
            continue; // Excel writes ",,," for formatted but empty rows

        QString agency = field(rec, "agency").simplified();
        if (agency.isEmpty())
            agency = options.agency.simplified();
        if (agency.isEmpty() && options.requireAgency) {
            addError(diag, fileName, rec.line,
                     Messages::tr("no agency for this row: add an agency column or give --agency"));
            continue;
        }
        int year = options.fiscalYear;
        const QString yearText = field(rec, "year").trimmed();
        if (!yearText.isEmpty()) {
            QString problem;
            const auto y = parseYearBE(yearText, &problem);
            if (!y) {
                addError(diag, fileName, rec.line, problem);
                continue;
            }
            year = *y;
        }
        if (year == 0) {
            addError(diag, fileName, rec.line,
                     Messages::tr("no fiscal year for this row: add a year column or give --year"));
            continue;
        }
        auto [assessment, checker] = groups.groupFor(agency, year, rec.line);
        if (!assessment)
            continue;
        attributes.add(agency,
                       {field(rec, "province").simplified(), field(rec, "group").simplified(),
                        field(rec, "parent").simplified()},
                       rec.line);
        checker->add({rec.line, field(rec, "code"), field(rec, "title"), field(rec, "score"),
                      field(rec, "grade")},
                     *assessment);
    }
    result.assessments = groups.take();
    for (Assessment &a : result.assessments)
        a.attributes = attributes.of(a.agency);
    if (result.ok() && result.assessments.empty())
        addError(diag, fileName, 0, Messages::tr("the file has a header but no score rows"));
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
