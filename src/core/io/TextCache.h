#pragma once

#include <QString>

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace ita {

/// The same text as one shared QString each time its bytes come again. A national scores file
/// or a year of a portfolio is a few hundred codes, titles and grades repeated 800,000 times:
/// each is converted once and then shared, where converting every field took a tenth of the
/// work and a QString of its own per row. Texts that do not repeat stop being kept after
/// `capacity` (a file of free-text titles is converted as before).
class TextCache {
public:
    explicit TextCache(size_t capacity = 100000)
        : m_capacity(capacity) {}

    /// `decode` turns the bytes into text when they are new (UTF-8, Windows-874).
    template <typename Decode> QString get(std::string_view bytes, Decode &&decode) {
        if (const auto it = m_seen.find(bytes); it != m_seen.end())
            return it->second;
        QString text = decode(bytes);
        if (m_seen.size() < m_capacity)
            m_seen.emplace(std::string(bytes), text);
        return text;
    }
    QString utf8(std::string_view bytes) {
        return get(bytes, [](std::string_view b) {
            return QString::fromUtf8(b.data(), qsizetype(b.size()));
        });
    }

private:
    struct Hash {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
    };
    size_t m_capacity;
    std::unordered_map<std::string, QString, Hash, std::equal_to<>> m_seen;
};

} // namespace ita
