#include "FrameworkCsv.h"

#include "Csv.h"
#include "CsvTable.h"
#include "TextDecoding.h"
#include "domain/FrameworkCheck.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace ita {

namespace {

/// This file's messages, under one context for lupdate and the program alike.
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(ita::FrameworkCsv)
};

using csv::readTable;
using csv::Table;

/// "yes"/"no" and their usual spellings.
std::optional<bool> parseFlag(const QString &text) {
    const QString t = text.trimmed().toLower();
    if (t == u"yes" || t == u"y" || t == u"true" || t == u"1" || t == u"ผ่าน" || t == u"ใช่")
        return true;
    if (t.isEmpty() || t == u"no" || t == u"n" || t == u"false" || t == u"0" || t == u"ไม่ผ่าน" ||
        t == u"ไม่ใช่")
        return false;
    return std::nullopt;
}

Level childLevel(Level parent, const QString &code) {
    static const QRegularExpression sub(QStringLiteral("^[0-9]+\\.[0-9]+$"));
    switch (parent) {
    case Level::Overall:
        return Level::Tool;
    case Level::Tool:
        return Level::Indicator;
    case Level::Indicator:
        return sub.match(code).hasMatch() ? Level::SubIndicator : Level::Item;
    case Level::SubIndicator:
        return Level::Item;
    default:
        return Level::SubItem; // not part of a framework
    }
}

QString where(const QString &source, const StructureRow &row) {
    return row.line > 0 ? QStringLiteral("%1:%2").arg(source).arg(row.line) : source;
}

/// A row's elements, date rule and OIT window (on a tool's row) into `n` and `fw`; what is not
/// right is added to `errors`.
void oitChecklist(const StructureRow &r, Level level, const QString &code, const QString &source,
                  Framework::Node &n, Framework &fw, QStringList &errors) {
    const auto rule = dateRuleFromKey(r.dateRule);
    if (!rule)
        errors << Messages::tr("%1: date rule \"%2\" of %3 is not \"assessed_year\" or "
                               "\"previous_year\"")
                      .arg(where(source, r), r.dateRule.trimmed(), code);
    else
        n.dateRule = *rule;
    const auto split = [](const QString &cell) {
        QStringList out;
        for (const QString &part : cell.split(u'|'))
            out << part.simplified();
        while (!out.isEmpty() && out.last().isEmpty())
            out.removeLast();
        return out;
    };
    const QStringList th = split(r.elements), en = split(r.elementsEn);
    if (en.size() > th.size())
        errors << Messages::tr("%1: %2 has %3 English elements for %4 Thai ones")
                      .arg(where(source, r), code)
                      .arg(en.size())
                      .arg(th.size());
    for (int i = 0; i < th.size(); ++i) {
        if (th[i].isEmpty()) {
            errors << Messages::tr("%1: element %2 of %3 is empty")
                          .arg(where(source, r))
                          .arg(i + 1)
                          .arg(code);
            continue;
        }
        n.elements.push_back({th[i], en.value(i)});
    }
    if (!r.oitWindow.trimmed().isEmpty()) {
        static const QRegularExpression months(
            QStringLiteral("^\\s*(\\d{1,2})\\s*-\\s*(\\d{1,2})\\s*$"));
        const auto m = months.match(r.oitWindow);
        const int from = m.hasMatch() ? m.captured(1).toInt() : 0;
        const int to = m.hasMatch() ? m.captured(2).toInt() : 0;
        if (level != Level::Tool)
            errors << Messages::tr("%1: the OIT window is given on a tool's row, not on %2")
                          .arg(where(source, r), code);
        else if (from < 1 || to > 12 || from > to)
            errors << Messages::tr("%1: OIT window \"%2\" is not two fiscal months from 1 "
                                   "(October) to 12, the first first (\"6-7\")")
                          .arg(where(source, r), r.oitWindow.trimmed());
        else {
            fw.oitWindowFrom = from;
            fw.oitWindowTo = to;
        }
    }
}

} // namespace

std::vector<StructureRow> structureRows(const Framework &fw) {
    std::vector<StructureRow> rows;
    for (const auto &n : fw.nodes) {
        if (n.level == Level::Overall)
            continue;
        StructureRow r;
        r.code = n.code;
        r.parent = fw.node(n.parent).code;
        r.title = n.title.th;
        r.titleEn = n.title.en;
        if (n.level == Level::Tool || n.weight != 10000) {
            QString w = QString::number(double(n.weight) / 10000.0, 'f', 4);
            while (w.endsWith(u'0'))
                w.chop(1);
            if (w.endsWith(u'.'))
                w.chop(1);
            r.weight = w;
        }
        r.role = roleKey(n.role);
        QStringList th, en;
        for (const LocalizedText &e : n.elements) {
            th << e.th;
            en << e.en;
        }
        r.elements = th.join(kElementSeparator);
        if (std::any_of(en.begin(), en.end(), [](const QString &e) { return !e.isEmpty(); }))
            r.elementsEn = en.join(kElementSeparator);
        r.dateRule = dateRuleKey(n.dateRule);
        // The window is the framework's; the CSV gives it on the OIT tool's row.
        if (n.level == Level::Tool && n.code == u"OIT")
            r.oitWindow = QStringLiteral("%1-%2").arg(fw.oitWindowFrom).arg(fw.oitWindowTo);
        rows.push_back(r);
    }
    return rows;
}

Result<Framework> buildFromRows(const Framework &base, const std::vector<StructureRow> &rows,
                                const QString &source) {
    QStringList errors;
    QHash<QString, std::vector<size_t>> children; // parent code → row indices, in order
    QHash<QString, size_t> byCode;
    for (size_t i = 0; i < rows.size(); ++i) {
        const StructureRow &r = rows[i];
        const QString code = r.code.trimmed().toUpper();
        const QString parent = r.parent.trimmed().toUpper();
        if (code.isEmpty()) {
            errors << Messages::tr("%1: a row without a code").arg(where(source, r));
            continue;
        }
        if (code == u"ITA") {
            errors << Messages::tr("%1: ITA is the overall, which every framework has; it takes "
                                   "no row")
                          .arg(where(source, r));
            continue;
        }
        if (parent.isEmpty()) {
            errors << Messages::tr("%1: %2 has no parent (a tool's parent is ITA)")
                          .arg(where(source, r), code);
            continue;
        }
        if (byCode.contains(code)) {
            errors << Messages::tr("%1: code \"%2\" appears twice").arg(where(source, r), code);
            continue;
        }
        byCode.insert(code, i);
        children[parent].push_back(i);
    }

    Framework fw = base;
    fw.nodes.clear();
    Framework::Node overall;
    overall.code = QStringLiteral("ITA");
    overall.level = Level::Overall;
    overall.title = base.nodes.empty() ? LocalizedText{QStringLiteral("คะแนนภาพรวม"),
                                                       QStringLiteral("Overall score")}
                                       : base.nodes.front().title;
    fw.nodes.push_back(overall);
    QSet<QString> placed{QStringLiteral("ITA")};
    // Depth-first from the overall keeps the nodes in pre-order, children in row order.
    std::vector<std::pair<int, QString>> stack{{0, QStringLiteral("ITA")}};
    std::function<void(int)> place = [&](int parentIndex) {
        const QString parentCode = fw.nodes[size_t(parentIndex)].code;
        const Level parentLevel = fw.nodes[size_t(parentIndex)].level;
        for (size_t i : children.value(parentCode)) {
            const StructureRow &r = rows[i];
            const QString code = r.code.trimmed().toUpper();
            const Level level = childLevel(parentLevel, code);
            if (level == Level::SubItem) {
                errors << Messages::tr("%1: %2 is placed under item %3; items have no parts in a "
                                       "framework (sub-items come with the scores)")
                              .arg(where(source, r), code, parentCode);
                placed.insert(code); // reported here, not again as unplaced
                continue;
            }
            Framework::Node n;
            n.code = code;
            n.level = level;
            n.title = {r.title.trimmed(), r.titleEn.trimmed()};
            n.parent = parentIndex;
            if (!r.weight.trimmed().isEmpty()) {
                // A tool's weight is its share of the overall (at most 1); below the tools a
                // weight is relative to the siblings' and only has to be positive.
                const auto w = parseFixedPoint(r.weight.trimmed(), 4);
                if (!w || *w <= 0 || (level == Level::Tool && *w > 10000))
                    errors << (level == Level::Tool
                                   ? Messages::tr("%1: weight \"%2\" of %3 is not a number above "
                                                  "0 and at most 1")
                                   : Messages::tr("%1: weight \"%2\" of %3 is not a number above "
                                                  "0"))
                                  .arg(where(source, r), r.weight.trimmed(), code);
                else
                    n.weight = *w;
            } else if (level == Level::Tool) {
                n.weight = 0; // checkFramework() asks for it: tools' weights add up to 1
            }
            const auto role = roleFromKey(r.role);
            if (!role)
                errors << Messages::tr(
                              "%1: role \"%2\" of %3 is not \"analysis\" or \"implementation\"")
                              .arg(where(source, r), r.role.trimmed(), code);
            else
                n.role = *role;
            // Its errors join the others; the row is still placed, so its children are too.
            oitChecklist(r, level, code, source, n, fw, errors);
            fw.nodes.push_back(n);
            const int index = int(fw.nodes.size()) - 1;
            fw.nodes[size_t(parentIndex)].children.push_back(index);
            placed.insert(code);
            place(index);
        }
    };
    place(0);
    for (size_t i = 0; i < rows.size(); ++i) {
        const QString code = rows[i].code.trimmed().toUpper();
        if (code.isEmpty() || placed.contains(code) || byCode.value(code) != i)
            continue;
        const QString parent = rows[i].parent.trimmed().toUpper();
        if (parent.isEmpty())
            continue;
        if (!byCode.contains(parent)) {
            errors << Messages::tr("%1: the parent \"%2\" of %3 is not in the framework")
                          .arg(where(source, rows[i]), parent, code);
            continue;
        }
        // The parent is a row too, yet neither was placed under the overall: following the
        // parents from here either comes back round, or ends at a parent no row has (that
        // row has its own message).
        QStringList chain{code};
        QString up = parent;
        while (byCode.contains(up) && !chain.contains(up)) {
            chain << up;
            up = rows[byCode.value(up)].parent.trimmed().toUpper();
        }
        if (up == code)
            errors << Messages::tr("%1: %2 is its own ancestor: %3 (each row's parent is the "
                                   "row above it in the tree, ending at a tool under ITA)")
                          .arg(where(source, rows[i]), code,
                               (chain << code).join(QStringLiteral(" → ")));
        else if (chain.contains(up))
            errors << Messages::tr("%1: %2 sits under %3, whose parents go round in a circle")
                          .arg(where(source, rows[i]), code, up);
        else
            errors << Messages::tr("%1: %2 sits under \"%3\", which is not in the framework")
                          .arg(where(source, rows[i]), code, up);
    }
    if (!errors.isEmpty())
        return Result<Framework>::failure(errors.join(u'\n'));
    fw.buildIndex();
    return fw;
}

std::vector<StructureRow> mergeRows(const Framework &framework,
                                    const std::vector<StructureRow> &pasted, bool replaceItems) {
    std::vector<StructureRow> rows = structureRows(framework);
    const auto find = [&rows](const QString &code) -> StructureRow * {
        for (auto &r : rows)
            if (r.code.compare(code, Qt::CaseInsensitive) == 0)
                return &r;
        return nullptr;
    };
    // The tool a code belongs to, through the rows as they stand.
    const auto toolOf = [&](QString code) {
        for (int guard = 0; guard < 8; ++guard) {
            const StructureRow *r = find(code);
            if (!r)
                return QString();
            if (r->parent.compare(QStringLiteral("ITA"), Qt::CaseInsensitive) == 0)
                return r->code.toUpper();
            code = r->parent;
        }
        return QString();
    };
    QSet<QString> pastedCodes;
    for (const StructureRow &p : pasted) {
        const QString code = p.code.trimmed().toUpper();
        pastedCodes.insert(code);
        if (StructureRow *r = find(code)) {
            // A new Thai title without an English one: the old English title described
            // another item (FY2564's O25 is not FY2569's), so it goes.
            if (!p.title.trimmed().isEmpty() && p.title.trimmed() != r->title &&
                p.titleEn.trimmed().isEmpty())
                r->titleEn.clear();
            if (!p.title.trimmed().isEmpty())
                r->title = p.title.trimmed();
            if (!p.titleEn.trimmed().isEmpty())
                r->titleEn = p.titleEn.trimmed();
            if (!p.parent.trimmed().isEmpty())
                r->parent = p.parent.trimmed().toUpper();
            if (!p.weight.trimmed().isEmpty())
                r->weight = p.weight.trimmed();
            if (!p.role.trimmed().isEmpty())
                r->role = p.role.trimmed();
            for (auto member : {&StructureRow::elements, &StructureRow::elementsEn,
                                &StructureRow::dateRule, &StructureRow::oitWindow})
                if (!(p.*member).trimmed().isEmpty())
                    r->*member = (p.*member).trimmed();
            continue;
        }
        StructureRow added = p;
        added.code = code;
        added.parent = p.parent.trimmed().toUpper();
        // After the parent's last descendant row, so the new row follows its siblings.
        size_t at = rows.size();
        for (size_t i = 0; i < rows.size(); ++i) {
            if (rows[i].code.compare(added.parent, Qt::CaseInsensitive) == 0 ||
                rows[i].parent.compare(added.parent, Qt::CaseInsensitive) == 0)
                at = i + 1;
        }
        rows.insert(rows.begin() + qsizetype(std::min(at, rows.size())), added);
    }
    if (replaceItems) {
        // Only the tools whose items the paste lists lose the items it does not list: a
        // pasted indicator, or nothing of a tool, leaves that tool's items alone.
        static const QRegularExpression itemCode(QStringLiteral("^[A-Z]+[0-9]+$"));
        QSet<QString> tools;
        for (const QString &code : pastedCodes)
            if (itemCode.match(code).hasMatch())
                if (const QString t = toolOf(code); !t.isEmpty() && t != code)
                    tools.insert(t);
        std::erase_if(rows, [&](const StructureRow &r) {
            const QString code = r.code.toUpper();
            return itemCode.match(code).hasMatch() && !pastedCodes.contains(code) &&
                   r.parent.compare(QStringLiteral("ITA"), Qt::CaseInsensitive) != 0 &&
                   tools.contains(toolOf(code));
        });
    }
    return rows;
}

Result<std::vector<StructureRow>> parsePastedRows(const QString &text) {
    std::vector<StructureRow> rows;
    QStringList errors;
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines[i];
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        const QStringList cells = line.split(u'\t');
        StructureRow r;
        r.line = i + 1;
        r.code = cells.value(0).trimmed().toUpper();
        r.title = cells.value(1).trimmed();
        r.parent = cells.value(2).trimmed().toUpper();
        r.titleEn = cells.value(3).trimmed();
        if (rows.empty() && (r.code == u"CODE" || r.code == u"รหัส"))
            continue; // a header row
        if (r.code.isEmpty() || cells.size() < 3 || r.parent.isEmpty()) {
            errors << Messages::tr("row %1: expected code, title and parent separated by tabs")
                          .arg(i + 1);
            continue;
        }
        rows.push_back(r);
    }
    if (!errors.isEmpty())
        return Result<std::vector<StructureRow>>::failure(errors.join(u'\n'));
    if (rows.empty())
        return Result<std::vector<StructureRow>>::failure(Messages::tr(
            "nothing to paste: copy rows of code, title and parent from a spreadsheet"));
    return rows;
}

Result<std::vector<StructureRow>> readStructureCsv(const QByteArray &bytes, const QString &source) {
    const QHash<QString, QString> aliases{
        {QStringLiteral("code"), QStringLiteral("code")},
        {QStringLiteral("รหัส"), QStringLiteral("code")},
        {QStringLiteral("parent"), QStringLiteral("parent")},
        {QStringLiteral("สังกัด"), QStringLiteral("parent")},
        {QStringLiteral("title"), QStringLiteral("title")},
        {QStringLiteral("ชื่อ"), QStringLiteral("title")},
        {QStringLiteral("title_en"), QStringLiteral("title_en")},
        {QStringLiteral("ชื่ออังกฤษ"), QStringLiteral("title_en")},
        {QStringLiteral("weight"), QStringLiteral("weight")},
        {QStringLiteral("น้ำหนัก"), QStringLiteral("weight")},
        {QStringLiteral("role"), QStringLiteral("role")},
        {QStringLiteral("บทบาท"), QStringLiteral("role")},
        {QStringLiteral("elements"), QStringLiteral("elements")},
        {QStringLiteral("องค์ประกอบด้านข้อมูล"), QStringLiteral("elements")},
        {QStringLiteral("elements_en"), QStringLiteral("elements_en")},
        {QStringLiteral("date_rule"), QStringLiteral("date_rule")},
        {QStringLiteral("ปีของข้อมูล"), QStringLiteral("date_rule")},
        {QStringLiteral("oit_window"), QStringLiteral("oit_window")},
        {QStringLiteral("ช่วงเปิดระบบ OIT"), QStringLiteral("oit_window")},
    };
    auto table =
        readTable(bytes, source, aliases,
                  {QStringLiteral("code"), QStringLiteral("parent"), QStringLiteral("title")});
    if (!table)
        return Result<std::vector<StructureRow>>::failure(table.error());
    std::vector<StructureRow> rows;
    for (const csv::Record &rec : table->records)
        rows.push_back({rec.line, table->field(rec, "code").toUpper(),
                        table->field(rec, "parent").toUpper(), table->field(rec, "title"),
                        table->field(rec, "title_en"), table->field(rec, "weight"),
                        table->field(rec, "role"), table->field(rec, "elements"),
                        table->field(rec, "elements_en"), table->field(rec, "date_rule"),
                        table->field(rec, "oit_window")});
    if (rows.empty())
        return Result<std::vector<StructureRow>>::failure(
            Messages::tr("%1: the file has a header but no rows").arg(source));
    return rows;
}

Result<RatingScheme> readRatingCsv(const QByteArray &bytes, const QString &source) {
    const QHash<QString, QString> aliases{
        {QStringLiteral("level"), QStringLiteral("level")},
        {QStringLiteral("ระดับ"), QStringLiteral("level")},
        {QStringLiteral("min"), QStringLiteral("min")},
        {QStringLiteral("คะแนนขั้นต่ำ"), QStringLiteral("min")},
        {QStringLiteral("all_tools_min"), QStringLiteral("all_tools_min")},
        {QStringLiteral("ทุกเครื่องมือไม่ต่ำกว่า"), QStringLiteral("all_tools_min")},
        {QStringLiteral("title_en"), QStringLiteral("title_en")},
        {QStringLiteral("ชื่ออังกฤษ"), QStringLiteral("title_en")},
        {QStringLiteral("pass"), QStringLiteral("pass")},
        {QStringLiteral("ผ่าน"), QStringLiteral("pass")},
    };
    auto table =
        readTable(bytes, source, aliases,
                  {QStringLiteral("level"), QStringLiteral("min"), QStringLiteral("pass")});
    if (!table)
        return Result<RatingScheme>::failure(table.error());
    RatingScheme scheme;
    QStringList errors;
    static const QRegularExpression letters(QStringLiteral("^[A-Z]{1,3}[+-]?$"));
    bool allLetters = true;
    for (const csv::Record &rec : table->records) {
        const QString at = QStringLiteral("%1:%2").arg(source).arg(rec.line);
        RatingLevel level;
        level.label = {table->field(rec, "level"), table->field(rec, "title_en")};
        if (level.label.th.isEmpty())
            errors << Messages::tr("%1: the level has no name").arg(at);
        allLetters = allLetters && letters.match(level.label.th).hasMatch();
        const auto min = Score::parse(table->field(rec, "min"));
        if (!min || !min->value.inRange())
            errors << Messages::tr("%1: min \"%2\" is not a score from 0 to 100")
                          .arg(at, table->field(rec, "min"));
        else
            level.minimum = min->value;
        if (const QString t = table->field(rec, "all_tools_min"); !t.isEmpty()) {
            const auto all = Score::parse(t);
            if (!all || !all->value.inRange())
                errors << Messages::tr("%1: all_tools_min \"%2\" is not a score from 0 to 100")
                              .arg(at, t);
            else
                level.allToolsMinimum = all->value;
        }
        const auto pass = parseFlag(table->field(rec, "pass"));
        if (!pass)
            errors << Messages::tr("%1: pass \"%2\" is not yes or no")
                          .arg(at, table->field(rec, "pass"));
        else
            level.pass = *pass;
        scheme.levels.push_back(level);
    }
    scheme.wording = allLetters ? RatingScheme::Wording::Grade : RatingScheme::Wording::Result;
    if (scheme.levels.empty())
        errors << Messages::tr("%1: the file has a header but no levels").arg(source);
    if (!errors.isEmpty())
        return Result<RatingScheme>::failure(errors.join(u'\n'));
    return scheme;
}

const std::vector<RatingPreset> &ratingPresets() {
    static const std::vector<RatingPreset> presets = [] {
        const std::vector<std::pair<QString, LocalizedText>> known{
            {QStringLiteral("grades-fy2562"),
             {QStringLiteral("ระดับ AA–F (ปีงบประมาณ 2562–2565)"),
              QStringLiteral("Grades AA–F (FY2562–2565)")}},
            {QStringLiteral("nacc-pass-fy2566"),
             {QStringLiteral("ผ่าน / ไม่ผ่าน ตามมติ ป.ป.ช. (ตั้งแต่ปีงบประมาณ 2566)"),
              QStringLiteral("Pass / not passed, NACC (from FY2566)")}},
            {QStringLiteral("five-levels"),
             {QStringLiteral("ห้าระดับ ผ่านดีเยี่ยม–ต้องปรับปรุงโดยด่วน ตามเงื่อนไขรายเครื่องมือ "
                             "(ผลของ ป.ป.ช. ตั้งแต่ปีงบประมาณ 2566)"),
              QStringLiteral("Five levels, excellent pass to urgent, with the tool condition "
                             "(NACC results from FY2566)")}},
        };
        std::vector<RatingPreset> out;
        for (const auto &[key, name] : known) {
            const QString path = QStringLiteral(":/ratings/%1.csv").arg(key);
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                qFatal("built-in rating scheme missing: %s", qPrintable(path));
            auto scheme = readRatingCsv(file.readAll(), path);
            if (!scheme)
                qFatal("built-in rating scheme refused: %s", qPrintable(scheme.error()));
            out.push_back({key, name, scheme.take()});
        }
        return out;
    }();
    return presets;
}

std::vector<std::pair<QString, Role>> carryRoles(const Framework &before, Framework &after) {
    std::vector<std::pair<QString, Role>> lost;
    for (Role role : {Role::Analysis, Role::Implementation}) {
        const auto holder = std::find_if(before.nodes.begin(), before.nodes.end(),
                                         [&](const Framework::Node &n) { return n.role == role; });
        if (holder == before.nodes.end() || after.indexOf(holder->code) >= 0)
            continue;
        const auto same =
            std::find_if(after.nodes.begin(), after.nodes.end(), [&](const Framework::Node &n) {
                return n.level == Level::Item && n.role == Role::None &&
                       n.title.th.simplified() == holder->title.th.simplified();
            });
        if (same != after.nodes.end())
            same->role = role;
        else
            lost.emplace_back(holder->code, role);
    }
    return lost;
}

const RatingPreset &ratingPresetForYear(int year) {
    const QString key =
        year <= 2565 ? QStringLiteral("grades-fy2562") : QStringLiteral("five-levels");
    for (const RatingPreset &preset : ratingPresets())
        if (preset.key == key)
            return preset;
    qFatal("built-in rating scheme %s missing", qPrintable(key));
}

Framework newYearFramework(const Framework &from, int year, LocalizedText *note) {
    Framework fw = copyForYear(from, year);
    const RatingPreset &preset = ratingPresetForYear(year);
    if (fw.rating == preset.scheme) {
        *note = {QStringLiteral("เกณฑ์การให้ระดับคงเดิมจาก %1: %2").arg(from.id, preset.name.th),
                 QStringLiteral("Rating kept from %1: %2").arg(from.id, preset.name.en)};
        return fw;
    }
    fw.rating = preset.scheme;
    if (year <= 2565)
        *note = {QStringLiteral("เกณฑ์การให้ระดับ: %1 ซึ่งใช้ในปีงบประมาณ %2 (แทนเกณฑ์ของ %3)")
                     .arg(preset.name.th)
                     .arg(year)
                     .arg(from.id),
                 QStringLiteral("Rating: %1, in force for FY%2 (instead of %3's)")
                     .arg(preset.name.en)
                     .arg(year)
                     .arg(from.id)};
    else
        *note = {QStringLiteral("เกณฑ์การให้ระดับ: %1 แทนระดับ AA–F ของ %2 ซึ่ง ป.ป.ช. ยกเลิกตั้งแต่"
                                "ปีงบประมาณ 2566 ตรวจสอบกับคู่มือของปี %3 ก่อนใช้")
                     .arg(preset.name.th, from.id)
                     .arg(year),
                 QStringLiteral("Rating: %1, instead of %2's AA–F grades, which the NACC replaced "
                                "in FY2566; check it against the manual for %3")
                     .arg(preset.name.en, from.id)
                     .arg(year)};
    return fw;
}

Result<Framework> readFrameworkCsv(const QByteArray &structure, const QString &structureSource,
                                   const QByteArray &rating, const QString &ratingSource,
                                   const QString &id, const std::vector<int> &years,
                                   const Framework *existing) {
    auto rows = readStructureCsv(structure, structureSource);
    auto scheme = readRatingCsv(rating, ratingSource);
    QStringList errors;
    if (!rows)
        errors << rows.error();
    if (!scheme)
        errors << scheme.error();
    if (!errors.isEmpty())
        return Result<Framework>::failure(errors.join(u'\n'));
    // A framework the file already holds keeps its titles, source and thresholds; a new one
    // gets the year's standard title and the usual 85.00 and 0.01.
    Framework base = existing ? *existing : Framework();
    base.id = id;
    base.fiscalYears = years;
    QStringList yearList;
    for (int y : years)
        yearList << QString::number(y);
    if (!existing) {
        base.title = {QStringLiteral("การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ "
                                     "ปีงบประมาณ พ.ศ. %1")
                          .arg(yearList.join(QStringLiteral(", "))),
                      QStringLiteral("Integrity and Transparency Assessment, fiscal year %1 BE")
                          .arg(yearList.join(QStringLiteral(", ")))};
        base.source = QStringLiteral("imported from %1 and %2").arg(structureSource, ratingSource);
    }
    base.rating = *scheme;
    auto fw = buildFromRows(base, *rows, structureSource);
    if (!fw)
        return fw;
    // The framework's own checks, each placed at the row of the code it concerns.
    QHash<QString, int> lineOf;
    for (const auto &r : *rows)
        lineOf.insert(r.code, r.line);
    for (const auto &p : checkFramework(*fw)) {
        if (p.code.isEmpty())
            errors << QStringLiteral("%1: %2").arg(
                p.area == FrameworkProblem::Area::Rating ? ratingSource : structureSource,
                p.text(false));
        else
            errors << QStringLiteral("%1:%2: %3")
                          .arg(structureSource)
                          .arg(lineOf.value(p.code))
                          .arg(p.text(false));
    }
    if (!errors.isEmpty())
        return Result<Framework>::failure(errors.join(u'\n'));
    return fw;
}

} // namespace ita
