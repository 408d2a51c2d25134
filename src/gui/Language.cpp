#include "Language.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLocale>
#include <QWidget>

namespace ita::gui {

Language::Language(QObject *parent)
    : QObject(parent) {}

QString Language::resolve(const QString &language, const QLocale &system) {
    if (language == u"th" || language == u"en")
        return language;
    return system.language() == QLocale::Thai ? QStringLiteral("th") : QStringLiteral("en");
}

void Language::apply(const QString &language) {
    const QString lang = resolve(language);
    if (lang == m_current)
        return;
    // The locale first: views read it (uiIsThai) when they hear of the change.
    m_current = lang;
    QLocale::setDefault(QLocale(lang == u"th" ? QLocale::Thai : QLocale::English,
                                lang == u"th" ? QLocale::Thailand : QLocale::UnitedKingdom));
    QCoreApplication::removeTranslator(&m_translator);
    if (lang == u"th" && m_translator.load(QStringLiteral(":/i18n/ita-planner_th.qm")))
        QCoreApplication::installTranslator(&m_translator);
    // Qt posts LanguageChange to the windows; say it now as well, so that every view has
    // followed by the time this returns (each view handles the change itself).
    QEvent event(QEvent::LanguageChange);
    for (QWidget *window : QApplication::topLevelWidgets())
        QCoreApplication::sendEvent(window, &event);
}

bool uiIsThai() {
    return QLocale().language() == QLocale::Thai;
}

} // namespace ita::gui
