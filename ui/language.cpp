#include "ui/language.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>
#include <vector>

namespace hires::ui {

namespace {
std::vector<std::unique_ptr<QTranslator>>& installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}
} // namespace

QString installTranslators(const QString& language)
{
    auto& translators = installed();
    for (auto& translator : translators)
        QCoreApplication::removeTranslator(translator.get());
    translators.clear();

    const QLocale locale = (language.isEmpty() || language == QLatin1String("system"))
                               ? QLocale::system()
                               : QLocale(language);
    auto own = std::make_unique<QTranslator>();
    if (!own->load(locale, QStringLiteral("hires"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        return QStringLiteral("en");
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        translators.push_back(std::move(qt));
    }
    QCoreApplication::installTranslator(own.get());
    const QString code = own->language().section(QLatin1Char('_'), 0, 0);
    translators.push_back(std::move(own));
    return code.isEmpty() ? QStringLiteral("en") : code;
}

QStringList availableLanguages()
{
    QStringList codes{QStringLiteral("en")};
    const QStringList files =
        QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("hires_*.qm")});
    for (const QString& file : files)
        codes << file.mid(6, file.size() - 6 - 3);
    return codes;
}

} // namespace hires::ui
