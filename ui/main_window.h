// The main window: menus, pages, status bar. Lives on the GUI thread.
#pragma once

#include <QMainWindow>
#include <QStringList>

namespace hires::ui {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens image files (from the command line, a drop or File > Open).
    void openFiles(const QStringList& paths);

private:
    void createMenus();
    void showAbout();
};

} // namespace hires::ui
