#include "ui/language.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <QXmlStreamReader>

#include <memory>
#include <vector>

namespace hires::ui {

namespace {

// lupdate names a message's context after the class it finds around the call;
// a translate() helper in a free function (common in core/ and app/cli/) asks
// at run time with a context of its own. This translator, asked after the
// catalogue itself, looks the message up by its text in the catalogue's .ts
// (compiled in as :/i18n/ts/) and asks the catalogue again under the context
// lupdate gave it, so that plural forms still follow the catalogue's rules.
class ContextIndexTranslator : public QTranslator
{
public:
    ContextIndexTranslator(const QTranslator& catalogue, const QString& tsPath)
        : m_catalogue(catalogue)
    {
        QFile file(tsPath);
        if (!file.open(QIODevice::ReadOnly))
            return;
        QXmlStreamReader xml(&file);
        QByteArray context;
        QByteArray source;
        QByteArray comment;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const auto name = xml.name();
            if (name == QLatin1String("name")) {
                context = xml.readElementText().toUtf8();
            } else if (name == QLatin1String("message")) {
                source.clear();
                comment.clear();
            } else if (name == QLatin1String("source")) {
                source = xml.readElementText().toUtf8();
            } else if (name == QLatin1String("comment")) {
                comment = xml.readElementText().toUtf8();
            } else if (name == QLatin1String("translation")) {
                m_contexts.insert(key(source, comment), context);
            }
        }
    }

    QString translate(const char* context, const char* sourceText, const char* disambiguation,
                      int n) const override
    {
        const auto found = m_contexts.constFind(key(sourceText, disambiguation));
        if (found == m_contexts.constEnd() || *found == context)
            return {};
        return m_catalogue.translate(found->constData(), sourceText, disambiguation, n);
    }

    bool isEmpty() const override { return m_contexts.isEmpty(); }

private:
    static QByteArray key(const QByteArray& source, const QByteArray& disambiguation)
    {
        return disambiguation.isEmpty() ? source : source + '\x1f' + disambiguation;
    }

    const QTranslator& m_catalogue;
    QHash<QByteArray, QByteArray> m_contexts; // source text (+ disambiguation) -> context
};

std::vector<std::unique_ptr<QTranslator>>& installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

} // namespace

QString installTranslators(const QString& language)
{
    auto& translators = installed();
    for (auto it = translators.rbegin(); it != translators.rend(); ++it)
        QCoreApplication::removeTranslator(it->get());
    translators.clear();

    const QLocale locale = (language.isEmpty() || language == QLatin1String("system"))
                               ? QLocale::system()
                               : QLocale(language);
    auto own = std::make_unique<QTranslator>();
    if (!own->load(locale, QStringLiteral("hires"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        return QStringLiteral("en");
    // "hires_zh_CN.qm" -> "zh_CN"
    const QString code = QFileInfo(own->filePath()).completeBaseName().mid(6);

    // Translators installed later are asked first: ours, then the context
    // index, then Qt's own (standard dialogs and buttons).
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        translators.push_back(std::move(qt));
    }
    auto index = std::make_unique<ContextIndexTranslator>(
        *own, QStringLiteral(":/i18n/ts/hires_%1.ts").arg(code));
    QCoreApplication::installTranslator(index.get());
    translators.push_back(std::move(index));
    QCoreApplication::installTranslator(own.get());
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
