// The user-interface language: Hires Studio's catalogues (compiled into the
// binary as :/i18n/hires_<lang>.qm) plus Qt's own, chosen from the system
// locale or by name. Call on the main thread after the application object exists.
#pragma once

#include <QString>
#include <QStringList>

namespace hires::ui {

// language: "" or "system" for the system locale, else a code such as "de".
// Replaces translators installed by an earlier call. Returns the code in use
// ("en" when no catalogue matched).
QString installTranslators(const QString& language);

// Codes of the catalogues compiled in, plus "en".
QStringList availableLanguages();

} // namespace hires::ui
