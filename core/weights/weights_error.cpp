#include "core/weights/weights_error.h"

#include <algorithm>
#include <string>

namespace hires {

namespace {

QString oneLine(QString text)
{
    for (QChar& c : text) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            c = QLatin1Char(' ');
    }
    return text;
}

} // namespace

Error weightsError(ErrorCode code, const QString& fileName, const QString& format,
                   const QString& what)
{
    return makeError(code, oneLine(QStringLiteral("%1 (%2): %3").arg(fileName, format, what)));
}

QString quotedName(const std::string& name)
{
    constexpr size_t kMaxShown = 120;
    QString shown =
        QString::fromUtf8(name.data(), static_cast<qsizetype>(std::min(name.size(), kMaxShown)));
    for (QChar& c : shown) {
        if (c.category() == QChar::Other_Control)
            c = QChar(0xFFFD);
    }
    if (name.size() > kMaxShown)
        shown += QStringLiteral("...");
    return QLatin1Char('\'') + shown + QLatin1Char('\'');
}

} // namespace hires
