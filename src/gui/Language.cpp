#include "Language.h"

#include <QCoreApplication>
#include <QLocale>

namespace ita::gui {

Language::Language(QObject *parent)
    : QObject(parent) {}

QString Language::resolve(const QString &language) {
    if (language == u"th" || language == u"en")
        return language;
    return QLocale::system().language() == QLocale::Thai ? QStringLiteral("th")
                                                         : QStringLiteral("en");
}

void Language::apply(const QString &language) {
    const QString lang = resolve(language);
    if (lang == m_current)
        return;
    QCoreApplication::removeTranslator(&m_translator);
    if (lang == u"th" && m_translator.load(QStringLiteral(":/i18n/ita-planner_th.qm")))
        QCoreApplication::installTranslator(&m_translator); // sends LanguageChange to widgets
    m_current = lang;
    QLocale::setDefault(QLocale(lang == u"th" ? QLocale::Thai : QLocale::English,
                                lang == u"th" ? QLocale::Thailand : QLocale::UnitedKingdom));
    if (lang != u"th") {
        // Removing a translator also announces the change; make sure widgets hear it once.
        QEvent event(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &event);
    }
}

} // namespace ita::gui
