#include "ui/language_menu.h"

#include <QActionGroup>
#include <QLocale>

#include "ui/language.h"
#include "ui/settings.h"

namespace hires::ui {

LanguageMenu::LanguageMenu(Settings& settings, QWidget* parent)
    : QMenu(tr("&Language"), parent)
    , m_settings(settings)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    const QString current = m_settings.value(keys::kLanguage);
    QStringList codes = availableLanguages();
    codes.prepend(QStringLiteral("system"));
    for (const QString& code : codes) {
        const QString label =
            code == QLatin1String("system") ? tr("&System Default") : nativeName(code);
        QAction* action = addAction(label, this, [this, code] { choose(code); });
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        m_group->addAction(action);
        if (code == QLatin1String("system"))
            addSeparator();
    }
}

QString LanguageMenu::nativeName(const QString& code)
{
    // English is the language of the sources; QLocale would say "American English".
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    const QLocale locale(code);
    // Chinese catalogues differ by script, so the name says which.
    if (locale.language() == QLocale::Chinese)
        return locale.script() == QLocale::TraditionalChineseScript ? QStringLiteral("繁體中文")
                                                                    : QStringLiteral("简体中文");
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper(); // "français" -> "Français" in a list
    return name.isEmpty() ? code : name;
}

void LanguageMenu::choose(const QString& code)
{
    m_settings.setValue(keys::kLanguage, code);
    m_settings.sync();
    installTranslators(code);
    Q_EMIT languageChosen(code);
}

} // namespace hires::ui

#include "moc_language_menu.cpp"
