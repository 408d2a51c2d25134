#pragma once

#include "domain/Score.h"

#include "Limits.h"
#include <QByteArray>

#include <QString>

#include <nlohmann/json.hpp>

#include <optional>

namespace ita::json {

inline QString toQString(const nlohmann::json &value) {
    return QString::fromStdString(value.get<std::string>());
}

inline std::string toStd(const QString &text) {
    return text.toStdString();
}

/// Text of a JSON number or string as a person wrote it ("92.55"), for decimal parsing
/// without a detour through binary floats' longest form.
std::optional<QString> decimalText(const nlohmann::json &value);

/// 1-based line of a byte offset in a document.
int lineAtOffset(const QByteArray &document, size_t offset);

/// Parses a document; on failure names the line.
/// Parses a JSON document after checking it against the limits (size, nesting depth, text
/// length), so that no input can exhaust memory or the stack. Errors carry a line number.
std::optional<nlohmann::json> parse(const QByteArray &document, QString *error, int *errorLine,
                                    const InputLimits &limits = jsonLimits());

/// The line on which each element of the array stored under `key` in the top-level object
/// begins. nlohmann::json keeps no positions, so this scans the text once; it is only used
/// to put line numbers into error messages.
std::vector<int> arrayElementLines(const QByteArray &document, const std::string &key);

} // namespace ita::json
