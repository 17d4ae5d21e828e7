#include "ui/language_menu.h"

#include <QActionGroup>
#include <QHash>
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
    // QLocale's names carry a territory for some languages ("español de
    // España", "American English"); a language menu wants the plain name.
    static const QHash<QString, QString> names{
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("ja"), QStringLiteral("日本語")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
    };
    if (const auto found = names.constFind(code); found != names.constEnd())
        return *found;
    QString name = QLocale(code).nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper(); // "italiano" -> "Italiano" in a list
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
