#include "ui/recent_files_menu.h"

#include <QDir>
#include <QFileInfo>

#include "ui/settings.h"

namespace hires::ui {

RecentFilesMenu::RecentFilesMenu(Settings& settings, QWidget* parent)
    : QMenu(tr("Open &Recent"), parent)
    , m_settings(settings)
{
    connect(this, &QMenu::aboutToShow, this, &RecentFilesMenu::rebuild);
    rebuild();
}

void RecentFilesMenu::rebuild()
{
    clear();
    const QStringList files = m_settings.recentFiles();
    int number = 1;
    for (const QString& file : files) {
        // "&1 photo.png" gives keyboard access to the first nine entries.
        QString name = QFileInfo(file).fileName().replace(QLatin1Char('&'), QStringLiteral("&&"));
        const QString label = number < 10 ? QStringLiteral("&%1 %2").arg(number).arg(name) : name;
        QAction* action = addAction(label, this, [this, file] { Q_EMIT fileChosen(file); });
        action->setToolTip(QDir::toNativeSeparators(file));
        action->setStatusTip(QDir::toNativeSeparators(file));
        ++number;
    }
    if (files.isEmpty()) {
        addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    addSeparator();
    addAction(tr("&Clear List"), this, [this] {
        m_settings.setValue(keys::kRecentFiles, QStringList());
        rebuild();
    });
}

} // namespace hires::ui

#include "moc_recent_files_menu.cpp"
