#pragma once

#include "domain/Diagnostic.h"
#include "domain/RatingScheme.h" // LocalizedText

#include <QDate>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace ita::json {

/// Reads the typed fields of JSON objects, saying each problem once as a Diagnostic with the
/// file, the current line and where in the document ("measures[2].steps[0]"). The plan and the
/// measures library read their JSON forms through it. A missing or null field is no problem:
/// it reads as empty (or `fallback`).
struct FieldReader {
    FieldReader(QString fileName, Diagnostics &out)
        : file(std::move(fileName))
        , diagnostics(out) {}

    QString file;
    Diagnostics &diagnostics;
    int line = 1;
    /// Texts longer than this are reported (0: no limit); `limitHint` says why after the count.
    int textLimit = 0;
    QString limitHint;
    /// Whether a whole number in a list of texts is taken as its digits (an indicator "7").
    bool wholeNumbersAsText = false;

    void error(const QString &where, const QString &message);
    QString text(const nlohmann::json &obj, const char *key, const QString &where);
    /// `t`, reported when longer than textLimit.
    QString limited(const QString &t, const QString &where);
    QStringList list(const nlohmann::json &obj, const char *key, const QString &where);
    int integer(const nlohmann::json &obj, const char *key, const QString &where, int low, int high,
                int fallback);
    /// An ISO 8601 date (2022-03-31).
    QDate date(const nlohmann::json &obj, const char *key, const QString &where);
    /// {"th": …, "en": …}, or a plain text taken as the Thai.
    LocalizedText localized(const nlohmann::json &obj, const char *key, const QString &where);
};

/// "a value has the wrong type: WHAT", translated.
QString wrongType(const char *what);

/// `read()` (a reader built on FieldReader), with any nlohmann exception that a value of an
/// unforeseen type throws turned into a diagnostic of `file`: a reader refuses with a message,
/// never throws (found by fuzzing).
template <class Import, class Read> Import guarded(const QString &file, Read &&read) {
    try {
        return read();
    } catch (const nlohmann::json::exception &e) {
        Import result;
        result.diagnostics.push_back({Diagnostic::Severity::Error, file, 1, wrongType(e.what())});
        return result;
    }
}

} // namespace ita::json
