#include "Framework.h"

#include <QStringList>

namespace ita {

QString levelKey(Level level) {
    switch (level) {
    case Level::Overall:
        return QStringLiteral("overall");
    case Level::Tool:
        return QStringLiteral("tool");
    case Level::Indicator:
        return QStringLiteral("indicator");
    case Level::SubIndicator:
        return QStringLiteral("subindicator");
    case Level::Item:
        return QStringLiteral("item");
    case Level::SubItem:
        return QStringLiteral("subitem");
    }
    return {};
}

QString Framework::gradeFor(Score score) const {
    for (const auto &band : grades)
        if (score >= band.minimum)
            return band.grade;
    return grades.empty() ? QString() : grades.back().grade;
}

bool Framework::isGrade(const QString &grade) const {
    for (const auto &band : grades)
        if (band.grade == grade)
            return true;
    return false;
}

QStringList Framework::gradeNames() const {
    QStringList names;
    for (const auto &band : grades)
        names << band.grade;
    return names;
}

void Framework::buildIndex() {
    m_index.clear();
    for (int i = 0; i < int(nodes.size()); ++i)
        m_index.insert(nodes[size_t(i)].code, i);
}

} // namespace ita
