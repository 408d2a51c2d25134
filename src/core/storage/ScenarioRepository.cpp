#include "ScenarioRepository.h"

#include "Database.h"
#include "io/JsonUtil.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ita {

namespace {

QString toJson(const Overrides &overrides) {
    auto list = nlohmann::ordered_json::array();
    for (const auto &[code, score] : overrides)
        list.push_back({{"code", json::toStd(code)}, {"score", score.toDouble()}});
    return QString::fromStdString(list.dump());
}

Overrides fromJson(const QString &text) {
    Overrides out;
    QString error;
    int line = 0;
    const auto doc = json::parse(text.toUtf8(), &error, &line);
    if (!doc || !doc->is_array())
        return out;
    for (const auto &item : *doc) {
        const auto t = json::decimalText(item.value("score", nlohmann::json()));
        const auto s = t ? Score::parse(*t) : std::nullopt;
        if (s && item.contains("code") && item["code"].is_string())
            out.push_back({json::toQString(item["code"]), s->value});
    }
    return out;
}

} // namespace

Result<std::vector<Scenario>> ScenarioRepository::list(qint64 assessmentId) const {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT name, overrides FROM scenarios WHERE assessment_id = ? "
                             "ORDER BY name"));
    q.addBindValue(assessmentId);
    if (!q.exec())
        return Result<std::vector<Scenario>>::failure(q.lastError().text());
    std::vector<Scenario> out;
    while (q.next())
        out.push_back({q.value(0).toString(), fromJson(q.value(1).toString())});
    return out;
}

QString ScenarioRepository::save(qint64 assessmentId, const Scenario &scenario) {
    if (scenario.name.trimmed().isEmpty())
        return QStringLiteral("a scenario needs a name");
    return m_db.transact([&]() -> QString {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO scenarios (assessment_id, name, overrides) VALUES "
                                 "(?, ?, ?) ON CONFLICT (assessment_id, name) DO UPDATE SET "
                                 "overrides = excluded.overrides"));
        q.addBindValue(assessmentId);
        q.addBindValue(scenario.name.trimmed());
        q.addBindValue(toJson(scenario.overrides));
        return q.exec() ? QString() : q.lastError().text();
    });
}

QString ScenarioRepository::remove(qint64 assessmentId, const QString &name) {
    return m_db.transact([&]() -> QString {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("DELETE FROM scenarios WHERE assessment_id = ? AND name = ?"));
        q.addBindValue(assessmentId);
        q.addBindValue(name);
        return q.exec() ? QString() : q.lastError().text();
    });
}

} // namespace ita
