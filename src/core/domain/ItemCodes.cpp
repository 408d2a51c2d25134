#include "ItemCodes.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ita::codes {

namespace {
/// This file's messages, under one context for lupdate and the program alike.
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(ita::ItemCodes)
};
} // namespace

QString normalise(const QString &code) {
    return code.trimmed().toUpper();
}

QStringList split(const QString &text) {
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    QStringList codes;
    for (const QString &raw : text.split(separators, Qt::SkipEmptyParts)) {
        const QString code = normalise(raw);
        if (!codes.contains(code))
            codes << code;
    }
    return codes;
}

bool check(const Framework &fw, const QString &code, QString *problem) {
    if (fw.indexOf(code) >= 0)
        return true;
    static const QRegularExpression subItem(QStringLiteral("^([A-Z]+[0-9]+)\\.([0-9]+)$"));
    const auto m = subItem.match(code);
    if (m.hasMatch()) {
        const int item = fw.indexOf(m.captured(1));
        if (item >= 0 && fw.node(item).level == Level::Item) {
            if (m.captured(2).toInt() >= 1)
                return true;
            *problem = Messages::tr("sub-item numbers start at 1 (\"%1\")").arg(code);
            return false;
        }
        *problem =
            Messages::tr("sub-item \"%1\" belongs to \"%2\", which framework %3 does not have")
                .arg(code, m.captured(1), fw.id);
        return false;
    }
    *problem = Messages::tr("unknown code \"%1\" (framework %2 has ITA, its tools, indicators, "
                            "sub-indicators and items, and sub-items such as I1.2)")
                   .arg(code, fw.id);
    return false;
}

Result<QStringList> parse(const Framework &framework, const QString &text) {
    const QStringList codes = split(text);
    for (const QString &code : codes) {
        QString problem;
        if (!check(framework, code, &problem))
            return Result<QStringList>::failure(problem);
    }
    return codes;
}

} // namespace ita::codes
