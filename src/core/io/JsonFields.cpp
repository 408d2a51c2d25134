#include "JsonFields.h"

#include "JsonUtil.h"

#include <QCoreApplication>

namespace ita::json {

namespace {

struct Messages {
    Q_DECLARE_TR_FUNCTIONS(ita::JsonFields)
};

bool absent(const nlohmann::json &obj, const char *key) {
    return !obj.is_object() || !obj.contains(key) || obj[key].is_null();
}

QString field(const char *key) {
    return QString::fromLatin1(key);
}

} // namespace

QString wrongType(const char *what) {
    return Messages::tr("a value has the wrong type: %1").arg(QString::fromUtf8(what));
}

void FieldReader::error(const QString &where, const QString &message) {
    diagnostics.push_back({Diagnostic::Severity::Error, file, line,
                           where.isEmpty() ? message : where + QStringLiteral(": ") + message});
}

QString FieldReader::text(const nlohmann::json &obj, const char *key, const QString &where) {
    if (absent(obj, key))
        return {};
    if (!obj[key].is_string()) {
        error(where, Messages::tr("\"%1\" must be text").arg(field(key)));
        return {};
    }
    return limited(toQString(obj[key]), where + u'.' + field(key));
}

QString FieldReader::limited(const QString &t, const QString &where) {
    if (textLimit > 0 && t.size() > textLimit)
        error(where,
              Messages::tr("longer than %1 characters").arg(textLimit) +
                  (limitHint.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(limitHint)));
    return t;
}

QStringList FieldReader::list(const nlohmann::json &obj, const char *key, const QString &where) {
    QStringList out;
    if (absent(obj, key))
        return out;
    const QString at = where + u'.' + field(key);
    if (!obj[key].is_array()) {
        error(at, Messages::tr("must be a list of texts"));
        return out;
    }
    for (const auto &v : obj[key]) {
        if (v.is_string())
            out << limited(toQString(v), at);
        else if (wholeNumbersAsText && v.is_number_integer())
            out << QString::number(v.get<long long>());
        else
            error(at, Messages::tr("must be a list of texts"));
    }
    return out;
}

int FieldReader::integer(const nlohmann::json &obj, const char *key, const QString &where, int low,
                         int high, int fallback) {
    if (absent(obj, key))
        return fallback;
    const auto &v = obj[key];
    if (!v.is_number_integer() || v.get<long long>() < low || v.get<long long>() > high) {
        error(where, Messages::tr("\"%1\" must be a whole number from %2 to %3")
                         .arg(field(key))
                         .arg(low)
                         .arg(high));
        return fallback;
    }
    return v.get<int>();
}

QDate FieldReader::date(const nlohmann::json &obj, const char *key, const QString &where) {
    const QString t = text(obj, key, where);
    if (t.isEmpty())
        return {};
    const QDate d = QDate::fromString(t, Qt::ISODate);
    if (!d.isValid())
        error(where, Messages::tr("\"%1\" must be a date written 2022-03-31 (Christian Era, as "
                                  "ISO 8601 writes it)")
                         .arg(field(key)));
    return d;
}

LocalizedText FieldReader::localized(const nlohmann::json &obj, const char *key,
                                     const QString &where) {
    if (absent(obj, key))
        return {};
    const auto &v = obj[key];
    if (v.is_string())
        return {limited(toQString(v), where), {}};
    if (!v.is_object()) {
        error(where, Messages::tr("\"%1\" must be {\"th\": …, \"en\": …}").arg(field(key)));
        return {};
    }
    const QString at = where + u'.' + field(key);
    return {text(v, "th", at), text(v, "en", at)};
}

} // namespace ita::json
