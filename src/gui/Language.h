#pragma once

#include <QLocale>
#include <QObject>
#include <QString>
#include <QTranslator>

namespace ita::gui {

/// Installs the translation for the chosen language. The source texts are English; Thai
/// comes from resources/translations (compiled into the program at build time).
/// Whether the user interface speaks Thai now. Views ask this when they hear
/// QEvent::LanguageChange (Language::apply sets the default locale before announcing).
bool uiIsThai();

class Language : public QObject {
    Q_OBJECT
public:
    explicit Language(QObject *parent = nullptr);

    /// "th" or "en"; "" follows the system locale (Thai on a Thai system, else English).
    void apply(const QString &language);
    QString current() const { return m_current; }
    bool isThai() const { return m_current == u"th"; }

    /// "th" or "en"; anything else follows `system` (Thai on a Thai system, else English).
    static QString resolve(const QString &language, const QLocale &system = QLocale::system());

private:
    QTranslator m_translator;
    QString m_current;
};

} // namespace ita::gui
