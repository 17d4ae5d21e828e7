// RecentFilesMenu: File > Open Recent, rebuilt from Settings each time it
// opens so that every window and every change (open, save, clear) shows.
#pragma once

#include <QMenu>

namespace hires::ui {

class Settings;

class RecentFilesMenu : public QMenu
{
    Q_OBJECT
public:
    RecentFilesMenu(Settings& settings, QWidget* parent = nullptr);

    // Rebuilds the entries now (also done on aboutToShow).
    void rebuild();

Q_SIGNALS:
    void fileChosen(const QString& path);

private:
    Settings& m_settings;
};

} // namespace hires::ui
