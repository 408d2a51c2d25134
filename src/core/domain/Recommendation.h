#pragma once

#include <QString>

#include <vector>

namespace ita {

/// One of the NACC's recommendations to an agency (ข้อเสนอแนะจากสำนักงาน ป.ป.ช.), with the
/// item it addresses when one fits ("" when none does).
struct Recommendation {
    QString code;
    QString text;
    bool operator==(const Recommendation &) const = default;
};
using Recommendations = std::vector<Recommendation>;

} // namespace ita
