// LanguageMenu: View > Language. Lists "System default" and every catalogue
// compiled in, each in its own language; choosing one stores it in Settings
// (keys::kLanguage) and installs it, so that windows built from then on (and
// the next start) use it. Lives on the GUI thread.
#pragma once

#include <QMenu>

class QActionGroup;

namespace hires::ui {

class Settings;

class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    explicit LanguageMenu(Settings& settings, QWidget* parent = nullptr);

    // "English", "Deutsch", "简体中文", ...: a catalogue code's own name.
    static QString nativeName(const QString& code);

Q_SIGNALS:
    // code: "system" or a catalogue code; the language now in use.
    void languageChosen(const QString& code);

private:
    void choose(const QString& code);

    Settings& m_settings;
    QActionGroup* m_group;
};

} // namespace hires::ui
