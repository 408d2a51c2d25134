#include "LibraryCsv.h"

#include "CsvTable.h"
#include "JsonUtil.h"

#include <QCoreApplication>

namespace ita {

namespace {

/// This file's messages, under one context for lupdate and the program alike.
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(ita::LibraryCsv)
};

/// The columns, in the order the writer puts them: English name, Thai alias.
struct Column {
    const char *name;
    const char *thai;
    bool ofEntry; ///< the entry's (first row only) rather than the step's
};
constexpr Column kColumns[] = {
    {"id", "รหัส", true},
    {"title", "ชื่อมาตรการ", true},
    {"title_en", "ชื่อภาษาอังกฤษ", true},
    {"themes", "ประเด็นตัวชี้วัด", true},
    {"subindicators", "ตัวชี้วัดย่อย", true},
    {"item_roles", "บทบาทข้อคำถาม", true},
    {"keywords", "คำสำคัญ", true},
    {"framework", "กรอบการประเมิน", true},
    {"codes", "รหัสข้อคำถาม", true},
    {"buckets", "กลุ่ม", true},
    {"step", "ขั้นตอน", false},
    {"timing", "ช่วงเวลา", false},
    {"step_roles", "ผู้รับผิดชอบ", false},
    {"monitoring", "การติดตาม", true},
    {"cadence", "รอบการรายงาน", true},
    {"report_to", "รายงานต่อ", true},
    {"source", "ที่มา", true},
    {"source_detail", "รายละเอียดที่มา", true},
    {"notes", "หมายเหตุ", true},
};

QStringList split(const QString &cell, QChar by) {
    QStringList out;
    for (const QString &part : cell.split(by))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}

nlohmann::json textArray(const QStringList &list) {
    auto a = nlohmann::json::array();
    for (const QString &s : list)
        a.push_back(json::toStd(s));
    return a;
}

/// The entry of `first` as the JSON form's object (steps added by the caller).
nlohmann::json entryObject(const csv::Table &t, const csv::Record &first) {
    const auto cell = [&](const char *name) {
        return t.field(first, name);
    };
    nlohmann::json e = nlohmann::json::object();
    e["id"] = json::toStd(cell("id"));
    nlohmann::json title = {{"th", json::toStd(cell("title"))}};
    if (!cell("title_en").isEmpty())
        title["en"] = json::toStd(cell("title_en"));
    e["title"] = title;
    nlohmann::json answers = nlohmann::json::object();
    const std::pair<const char *, const char *> lists[] = {{"themes", "themes"},
                                                           {"subindicators", "subindicators"},
                                                           {"item_roles", "roles"},
                                                           {"keywords", "keywords"},
                                                           {"codes", "codes"}};
    for (const auto &[column, key] : lists)
        if (const QStringList values = split(cell(column), u';'); !values.isEmpty())
            answers[key] = textArray(values);
    if (!cell("framework").isEmpty())
        answers["framework"] = json::toStd(cell("framework"));
    e["answers"] = answers;
    if (t.has("buckets") && !cell("buckets").isEmpty())
        e["buckets"] = textArray(split(cell("buckets"), u';'));
    e["steps"] = nlohmann::json::array();
    e["monitoring"] = textArray(split(cell("monitoring"), u'\n'));
    e["reporting"] = {{"cadence", json::toStd(cell("cadence"))},
                      {"to", json::toStd(cell("report_to"))}};
    e["source"] = {{"kind", json::toStd(cell("source"))},
                   {"detail", json::toStd(cell("source_detail"))}};
    if (!cell("notes").isEmpty())
        e["notes"] = json::toStd(cell("notes"));
    return e;
}

} // namespace

LibraryImport readLibraryCsv(const QByteArray &bytes, const QString &fileName,
                             const FrameworkRegistry &registry) {
    LibraryImport out;
    QHash<QString, QString> aliases;
    for (const Column &c : kColumns) {
        aliases.insert(QString::fromLatin1(c.name), QString::fromLatin1(c.name));
        aliases.insert(QString::fromUtf8(c.thai), QString::fromLatin1(c.name));
    }
    auto table =
        csv::readTable(bytes, fileName, aliases,
                       {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("step"),
                        QStringLiteral("timing"), QStringLiteral("step_roles")});
    if (!table) {
        // readTable says "FILE:LINE: problem" or "FILE: problem": taken apart again.
        QString message = table.error().mid(fileName.size() + 1);
        int line = 0;
        if (const qsizetype colon = message.indexOf(u':'); colon > 0) {
            bool ok = false;
            line = message.left(colon).toInt(&ok);
            if (ok)
                message = message.mid(colon + 1);
            else
                line = 0;
        }
        out.diagnostics.push_back({Diagnostic::Severity::Error, fileName, line, message.trimmed()});
        return out;
    }
    json::FieldReader r(fileName, out.diagnostics);
    r.textLimit = kLibraryTextLimit;
    r.limitHint = Messages::tr("a step is a sentence or two of the plan's table");
    r.wholeNumbersAsText = true;

    QHash<QString, int> seen; // id → line of its first row
    const auto &records = table->records;
    for (size_t i = 0; i < records.size();) {
        const csv::Record &first = records[i];
        const QString id = table->field(first, "id");
        nlohmann::json entry = entryObject(*table, first);
        std::vector<int> stepLines;
        // The entry's rows: this one and those after it with the same id (or none).
        size_t j = i;
        for (; j < records.size(); ++j) {
            const csv::Record &row = records[j];
            const QString rowId = table->field(row, "id");
            if (j > i && !rowId.isEmpty() && rowId != id)
                break;
            if (j > i)
                for (const Column &c : kColumns)
                    if (c.ofEntry && std::string_view(c.name) != "id" &&
                        !table->field(row, c.name).isEmpty() &&
                        table->field(row, c.name) != table->field(first, c.name)) {
                        r.line = row.line;
                        r.error(id.isEmpty() ? QString() : id,
                                Messages::tr("column \"%1\" differs from the entry's first row "
                                             "(line %2): a row that continues an entry leaves "
                                             "the entry's columns blank")
                                    .arg(QString::fromLatin1(c.name))
                                    .arg(first.line));
                    }
            const QString step = table->field(row, "step");
            const QString timing = table->field(row, "timing");
            const QString roles = table->field(row, "step_roles");
            if (step.isEmpty() && timing.isEmpty() && roles.isEmpty() && j == i)
                continue; // an entry's first row may hold no step (its steps follow)
            entry["steps"].push_back({{"text", json::toStd(step)},
                                      {"timing", json::toStd(timing)},
                                      {"roles", textArray(split(roles, u';'))}});
            stepLines.push_back(row.line);
        }
        r.line = first.line;
        out.library.entries.push_back(
            readLibraryEntry(r, entry, Messages::tr("the entry on line %1").arg(first.line),
                             registry, seen, stepLines));
        i = j;
    }
    if (records.empty())
        out.diagnostics.push_back({Diagnostic::Severity::Error, fileName, 0,
                                   Messages::tr("the file has a header but no entries")});
    return out;
}

QByteArray writeLibraryCsv(const Library &library) {
    QStringList header;
    for (const Column &c : kColumns)
        header << QString::fromLatin1(c.name);
    QString out = csv::formatSafeRecord(header);
    for (const LibraryEntry &e : library.entries) {
        // The JSON form's texts of the entry's keys (roles, buckets, cadence, source), written
        // by the one writer so that the two forms cannot drift.
        const auto o = nlohmann::json::parse(writeLibraryEntryJson(e).toStdString());
        const auto joined = [](const nlohmann::json &a, const char *by) {
            QStringList parts;
            for (const auto &v : a)
                parts << (v.is_string() ? json::toQString(v) : QString::number(v.get<int>()));
            return parts.join(QLatin1String(by));
        };
        const nlohmann::json &answers = o["answers"];
        const auto list = [&](const char *key) {
            return answers.contains(key) ? joined(answers[key], ";") : QString();
        };
        for (size_t s = 0; s < std::max<size_t>(1, e.steps.size()); ++s) {
            const bool first = s == 0;
            const auto entryCell = [first](const QString &v) {
                return first ? v : QString();
            };
            const nlohmann::json step =
                s < e.steps.size() ? o["steps"][s] : nlohmann::json::object();
            out += csv::formatSafeRecord({
                e.id,
                entryCell(e.title.th),
                entryCell(e.title.en),
                entryCell(list("themes")),
                entryCell(list("subindicators")),
                entryCell(list("roles")),
                entryCell(list("keywords")),
                entryCell(e.targets.framework),
                entryCell(list("codes")),
                entryCell(joined(o["buckets"], ";")),
                step.contains("text") ? json::toQString(step["text"]) : QString(),
                step.contains("timing") ? json::toQString(step["timing"]) : QString(),
                step.contains("roles") ? joined(step["roles"], ";") : QString(),
                entryCell(e.monitoring.join(u'\n')),
                entryCell(json::toQString(o["reporting"]["cadence"])),
                entryCell(e.reportTo),
                entryCell(json::toQString(o["source"]["kind"])),
                entryCell(e.sourceDetail),
                entryCell(e.notes),
            });
        }
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

bool isLibraryCsv(const QString &fileName) {
    return fileName.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
}

LibraryImport readLibraryFile(const QByteArray &bytes, const QString &fileName,
                              const FrameworkRegistry &registry) {
    return isLibraryCsv(fileName) ? readLibraryCsv(bytes, fileName, registry)
                                  : readLibraryJson(bytes, fileName, registry);
}

QByteArray writeLibraryFile(const Library &library, const QString &fileName) {
    return isLibraryCsv(fileName) ? writeLibraryCsv(library) : writeLibraryJson(library);
}

} // namespace ita
