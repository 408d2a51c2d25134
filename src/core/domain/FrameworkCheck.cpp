#include "FrameworkCheck.h"
#include "Text.h"

#include <QHash>
#include <QRegularExpression>

namespace ita {

namespace {

struct Problems {
    std::vector<FrameworkProblem> list;
    FrameworkProblem::Area area = FrameworkProblem::Area::Tree;
    void add(const QString &code, const QString &th, const QString &en) {
        list.push_back({code, {th, en}, area});
    }
};

void checkIdentity(const Framework &fw, Problems &p) {
    p.area = FrameworkProblem::Area::Identity;
    if (fw.id.trimmed().isEmpty())
        p.add({}, QStringLiteral("ยังไม่ได้ตั้งรหัสกรอบการประเมิน"),
              QStringLiteral("the framework has no id"));
    if (fw.title.th.trimmed().isEmpty())
        p.add({}, QStringLiteral("ยังไม่มีชื่อกรอบการประเมินภาษาไทย"),
              QStringLiteral("the framework has no Thai title"));
    if (fw.fiscalYears.empty())
        p.add({}, QStringLiteral("ยังไม่ได้ระบุปีงบประมาณที่ใช้กรอบนี้"),
              QStringLiteral("no fiscal year uses this framework yet: years are Buddhist Era "
                             "integers such as 2569"));
    for (int y : fw.fiscalYears)
        if (y < 2500 || y > 2700)
            p.add({}, QStringLiteral("ปี %1 ไม่ใช่ปีพุทธศักราช (เช่น 2569)").arg(y),
                  QStringLiteral("%1 is not a fiscal year: years are Buddhist Era integers such "
                                 "as 2569")
                      .arg(y));
    if (!fw.fixedThreshold.inRange() || !fw.tolerance.inRange())
        p.add({}, QStringLiteral("เกณฑ์และค่าคลาดเคลื่อนต้องอยู่ระหว่าง 0 ถึง 100"),
              QStringLiteral("the threshold and the tolerance are scores from 0 to 100"));
    if (fw.oitWindowFrom < 1 || fw.oitWindowTo > 12 || fw.oitWindowFrom > fw.oitWindowTo)
        p.add({}, QStringLiteral("ช่วงประเมิน OIT ต้องเป็นเดือนของปีงบประมาณ 1–12 และเริ่มไม่หลังเดือนสิ้นสุด"),
              QStringLiteral("the OIT window must be fiscal months 1–12, its first month not "
                             "after its last"));
}

void checkTree(const Framework &fw, Problems &p) {
    p.area = FrameworkProblem::Area::Tree;
    if (fw.nodes.empty() || fw.nodes.front().level != Level::Overall) {
        p.add({}, QStringLiteral("ไม่มีคะแนนภาพรวม"), QStringLiteral("the framework has no overall"));
        return;
    }
    QHash<QString, int> seen;
    for (const auto &n : fw.nodes) {
        if (++seen[n.code] == 2)
            p.add(n.code, QStringLiteral("รหัส \"%1\" ซ้ำกัน").arg(n.code),
                  QStringLiteral("code \"%1\" appears twice").arg(n.code));
        if (n.level != Level::Overall && !isValidCode(n.level, n.code))
            p.add(n.code,
                  QStringLiteral("\"%1\" ไม่ใช่รหัสที่ใช้ได้สำหรับ%2").arg(n.code, levelTitle(n.level).th),
                  QStringLiteral("\"%1\" is not a valid %2 code")
                      .arg(n.code, levelTitle(n.level).en));
        if (n.title.th.trimmed().isEmpty() && n.level != Level::Overall)
            p.add(n.code, QStringLiteral("%1 ยังไม่มีชื่อภาษาไทย").arg(n.code),
                  QStringLiteral("%1 has no Thai title").arg(n.code));
        if (n.level != Level::Item && n.children.empty())
            p.add(
                n.code, QStringLiteral("%1 %2 ยังไม่มีข้อคำถาม").arg(levelTitle(n.level).th, n.code),
                QStringLiteral("%1 %2 has no items under it").arg(levelTitle(n.level).en, n.code));
        // An indicator holds sub-indicators or items, not both: the JSON form (and the
        // average) could not say which is which.
        bool subs = false, items = false;
        for (int c : n.children) {
            subs = subs || fw.node(c).level == Level::SubIndicator;
            items = items || fw.node(c).level == Level::Item;
        }
        if (subs && items)
            p.add(n.code,
                  QStringLiteral("%1 %2 มีทั้งตัวชี้วัดย่อยและข้อคำถามอยู่ใต้โดยตรง ให้ย้ายข้อคำถามไปอยู่ใต้ตัวชี้วัดย่อย")
                      .arg(levelTitle(n.level).th, n.code),
                  QStringLiteral("%1 %2 holds both sub-indicators and items; put its items under "
                                 "a sub-indicator")
                      .arg(levelTitle(n.level).en, n.code));
        if (n.code == u"ITA" && n.level != Level::Overall)
            p.add(n.code, QStringLiteral("ITA คือรหัสของคะแนนภาพรวม ใช้กับรายการอื่นไม่ได้"),
                  QStringLiteral("ITA is the overall's code and cannot name anything else"));
        if (n.role != Role::None && n.level != Level::Item)
            p.add(n.code,
                  QStringLiteral("บทบาทกำหนดได้เฉพาะข้อคำถาม แต่ %1 เป็น%2")
                      .arg(n.code, levelTitle(n.level).th),
                  QStringLiteral("only an item can play a role, and %1 is at the %2 level")
                      .arg(n.code, levelTitle(n.level).en));
    }
    for (Role role : {Role::Analysis, Role::Implementation}) {
        QStringList holders;
        for (const auto &n : fw.nodes)
            if (n.role == role)
                holders << n.code;
        if (holders.size() > 1)
            p.add(holders[1],
                  QStringLiteral("บทบาท \"%1\" กำหนดให้หลายข้อ: %2")
                      .arg(roleKey(role), holders.join(QStringLiteral(", "))),
                  QStringLiteral("role \"%1\" is given to more than one item: %2")
                      .arg(roleKey(role), holders.join(QStringLiteral(", "))));
    }
    qint64 total = 0;
    for (int t : fw.tools()) {
        const auto &tool = fw.node(t);
        if (tool.weight <= 0 || tool.weight > 10000)
            p.add(tool.code, QStringLiteral("น้ำหนักของ %1 ต้องมากกว่า 0 และไม่เกิน 1").arg(tool.code),
                  QStringLiteral("the weight of %1 must be above 0 and at most 1").arg(tool.code));
        total += tool.weight;
    }
    if (!fw.tools().empty() && total != 10000) {
        const QString sum = QString::number(double(total) / 10000.0, 'f', 4);
        p.add({}, QStringLiteral("น้ำหนักของเครื่องมือรวมกันต้องเท่ากับ 1 (ตอนนี้รวมได้ %1)").arg(sum),
              QStringLiteral("tool weights must add up to 1 (they add up to %1)").arg(sum));
    }
}

void checkRating(const Framework &fw, Problems &p) {
    p.area = FrameworkProblem::Area::Rating;
    const auto &levels = fw.rating.levels;
    if (levels.empty()) {
        p.add({}, QStringLiteral("ยังไม่มีระดับผลการประเมิน"),
              QStringLiteral("the rating scheme has no levels"));
        return;
    }
    // A level is found by its Thai or its English name, so no name may stand for two.
    QHash<QString, size_t> names;
    for (size_t i = 0; i < levels.size(); ++i) {
        const auto &level = levels[i];
        const QString name = level.label.th.trimmed();
        if (name.isEmpty())
            p.add({}, QStringLiteral("ระดับที่ %1 ยังไม่มีชื่อ").arg(i + 1),
                  QStringLiteral("level %1 has no name").arg(i + 1));
        for (const QString &label : {name, level.label.en.trimmed()}) {
            if (label.isEmpty())
                continue;
            const auto it = names.constFind(label.toUpper());
            if (it == names.constEnd())
                names.insert(label.toUpper(), i);
            else if (*it != i)
                p.add({}, QStringLiteral("ชื่อระดับ \"%1\" ซ้ำกัน").arg(label),
                      QStringLiteral("level \"%1\" appears twice").arg(label));
        }
        if (!level.minimum.inRange() ||
            (level.allToolsMinimum && !level.allToolsMinimum->inRange()))
            p.add({}, QStringLiteral("เกณฑ์ของระดับ \"%1\" ต้องอยู่ระหว่าง 0 ถึง 100").arg(name),
                  QStringLiteral("the bounds of level \"%1\" are scores from 0 to 100").arg(name));
        if (i == 0)
            continue;
        const auto &above = levels[i - 1];
        if (level.minimum > above.minimum)
            p.add(
                {},
                QStringLiteral("ระดับต้องเรียงจากสูงลงต่ำ: \"%1\" (%2) อยู่ใต้ \"%3\" (%4)")
                    .arg(name, level.minimum.toString(), above.label.th, above.minimum.toString()),
                QStringLiteral("levels must be listed from the highest down: \"%1\" (%2) is "
                               "below \"%3\" (%4)")
                    .arg(name, level.minimum.toString(), above.label.th, above.minimum.toString()));
        else if (level.minimum == above.minimum &&
                 (!above.allToolsMinimum ||
                  (level.allToolsMinimum && *level.allToolsMinimum >= *above.allToolsMinimum)))
            // With the same bound, this level is reached only when the one above fails on
            // its tool condition and this one's is weaker.
            p.add({},
                  QStringLiteral("ไม่มีคะแนนใดได้ระดับ \"%1\": ระดับ \"%2\" "
                                 "ที่อยู่เหนือมีเกณฑ์เดียวกันและเงื่อนไขรายเครื่องมือไม่สูงกว่า")
                      .arg(name, above.label.th),
                  QStringLiteral("no score can reach \"%1\": \"%2\" above it has the same bound "
                                 "and no stricter tool condition")
                      .arg(name, above.label.th));
    }
    if (levels.back().minimum != Score())
        p.add({}, QStringLiteral("ระดับต่ำสุดต้องเริ่มที่ 0"),
              QStringLiteral("the lowest level must start at 0"));
    if (levels.back().allToolsMinimum)
        p.add({}, QStringLiteral("ระดับต่ำสุดต้องไม่มีเงื่อนไขรายเครื่องมือ (ทุกผลต้องได้ระดับใดระดับหนึ่ง)"),
              QStringLiteral("the lowest level can have no tool condition: every result must "
                             "earn a level"));
}

} // namespace

QString FrameworkProblem::text(bool thai) const {
    // One problem, one line: a code or title pasted with a line break in it shows as "\x0A".
    return escapeControls(code.isEmpty() ? message.in(thai)
                                         : QStringLiteral("%1: %2").arg(code, message.in(thai)),
                          ControlLineBreaks::Escape);
}

bool isValidCode(Level level, const QString &code) {
    static const QRegularExpression tool(QStringLiteral("^[A-Z]{2,5}$"));
    static const QRegularExpression indicator(QStringLiteral("^[0-9]+$"));
    static const QRegularExpression sub(QStringLiteral("^[0-9]+\\.[0-9]+$"));
    static const QRegularExpression item(QStringLiteral("^[A-Z]+[0-9]+$"));
    switch (level) {
    case Level::Overall:
        return code == u"ITA";
    case Level::Tool:
        return tool.match(code).hasMatch() && code != u"ITA";
    case Level::Indicator:
        return indicator.match(code).hasMatch();
    case Level::SubIndicator:
        return sub.match(code).hasMatch();
    case Level::Item:
        return item.match(code).hasMatch();
    case Level::SubItem:
        return false;
    }
    return false;
}

std::vector<FrameworkProblem> checkFramework(const Framework &framework) {
    Problems p;
    checkIdentity(framework, p);
    checkTree(framework, p);
    checkRating(framework, p);
    return p.list;
}

namespace {
/// A scheme that is well formed yet cannot mean what its author meant (issue 24).
void ratingWarnings(const RatingScheme &rating, Problems &p) {
    p.area = FrameworkProblem::Area::Rating;
    const auto &levels = rating.levels;
    for (size_t j = 0; j < levels.size(); ++j)
        for (size_t i = j + 1; i < levels.size(); ++i) {
            const RatingLevel &higher = levels[j];
            const RatingLevel &lower = levels[i];
            // A pass below a fail: a better result would fail the assessment.
            if (lower.pass && !higher.pass)
                p.add({},
                      QStringLiteral("ระดับ \"%1\" นับว่าผ่าน แต่ระดับ \"%2\" ที่สูงกว่าไม่นับว่าผ่าน "
                                     "ผลที่ดีกว่าจะกลายเป็นไม่ผ่าน")
                          .arg(lower.label.th, higher.label.th),
                      QStringLiteral("level \"%1\" passes but the higher level \"%2\" does not: "
                                     "a better result would fail")
                          .arg(lower.label.in(false), higher.label.in(false)));
            // Every result that meets the lower level's conditions meets the higher one's,
            // which is looked at first: the lower level is never given to an overall. (The
            // tools' weights add up to 1, so every tool at T or more puts the overall there.)
            if (!lower.allToolsMinimum)
                continue;
            const Score reached = std::max(*lower.allToolsMinimum, lower.minimum);
            const bool toolsToo =
                !higher.allToolsMinimum || *higher.allToolsMinimum <= *lower.allToolsMinimum;
            // (Equal bounds are checkFramework()'s refusal; here the tool condition is what
            // lifts the level onto the higher one.)
            if (lower.minimum < higher.minimum && higher.minimum <= reached && toolsToo)
                p.add({},
                      QStringLiteral("ไม่มีคะแนนภาพรวมใดได้ระดับ \"%1\": เงื่อนไขทุกเครื่องมือไม่ต่ำกว่า %2 "
                                     "ทำให้เข้าเงื่อนไขระดับ \"%3\" ที่สูงกว่าเสมอ")
                          .arg(lower.label.th, lower.allToolsMinimum->toString(), higher.label.th),
                      QStringLiteral("no overall can be rated \"%1\": its condition, every tool "
                                     "at %2 or more, always meets the higher level \"%3\"")
                          .arg(lower.label.in(false), lower.allToolsMinimum->toString(),
                               higher.label.in(false)));
        }
}
} // namespace

std::vector<FrameworkProblem> frameworkWarnings(const Framework &framework) {
    Problems p;
    bool hasItems = false;
    for (const auto &n : framework.nodes)
        hasItems = hasItems || n.level == Level::Item;
    if (!hasItems)
        return p.list; // the tree's own problems say what is missing
    const auto holds = [&framework](Role role) {
        for (const auto &n : framework.nodes)
            if (n.role == role)
                return true;
        return false;
    };
    if (!holds(Role::Analysis))
        p.add(
            {},
            QStringLiteral("ยังไม่มีข้อคำถามใดมีบทบาท \"%1\" รายงานจึงระบุไม่ได้ว่าการวิเคราะห์เผยแพร่ภายใต้ข้อใด "
                           "(ให้กำหนดบทบาทที่ข้อคำถาม OIT เรื่องการวิเคราะห์ผลการประเมิน)")
                .arg(roleTitle(Role::Analysis).th),
            QStringLiteral("no item has the role \"%1\", so the report cannot name the item "
                           "the analysis is published under (give the role to the OIT item on "
                           "the assessment's analysis)")
                .arg(roleTitle(Role::Analysis).en));
    if (!holds(Role::Implementation))
        p.add(
            {},
            QStringLiteral("ยังไม่มีข้อคำถามใดมีบทบาท \"%1\" รายงานความก้าวหน้าจึงระบุไม่ได้ว่าเผยแพร่ภายใต้ข้อใด")
                .arg(roleTitle(Role::Implementation).th),
            QStringLiteral("no item has the role \"%1\", so the progress report cannot name "
                           "the item it is published under")
                .arg(roleTitle(Role::Implementation).en));
    ratingWarnings(framework.rating, p);
    return p.list;
}

std::vector<FrameworkProblem> checkYearClaims(const Framework &framework,
                                              const std::vector<const Framework *> &others) {
    Problems p;
    p.area = FrameworkProblem::Area::Identity;
    for (const Framework *other : others) {
        if (!other || other->id.compare(framework.id, Qt::CaseInsensitive) == 0)
            continue;
        for (int y : framework.fiscalYears)
            for (int o : other->fiscalYears)
                if (y == o)
                    p.add({}, QStringLiteral("ปีงบประมาณ %1 ใช้กรอบ %2 อยู่แล้ว").arg(y).arg(other->id),
                          QStringLiteral("fiscal year %1 is already claimed by framework %2")
                              .arg(y)
                              .arg(other->id));
    }
    return p.list;
}

} // namespace ita
