#include "ui/settings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace hires::ui {

Settings::Settings()
    : m_store(std::make_unique<QSettings>())
{}

Settings::Settings(const QString& iniPath)
    : m_store(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{}

Settings::~Settings() = default;

QVariant Settings::read(const char* name) const
{
    return m_store->value(QLatin1String(name));
}

void Settings::write(const char* name, const QVariant& value)
{
    if (value.isValid())
        m_store->setValue(QLatin1String(name), value);
    else
        m_store->remove(QLatin1String(name));
}

QStringList Settings::recentFiles() const
{
    QStringList files = value(keys::kRecentFiles);
    files.removeAll(QString());
    files.removeDuplicates();
    return files.mid(0, kMaxRecentFiles);
}

void Settings::addRecentFile(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    setValue(keys::kRecentFiles, files.mid(0, kMaxRecentFiles));
}

void Settings::removeRecentFile(const QString& path)
{
    QStringList files = recentFiles();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    setValue(keys::kRecentFiles, files);
}

QString Settings::folder(const SettingKey<QString>& key) const
{
    const QString stored = value(key);
    if (!stored.isEmpty() && QFileInfo(stored).isDir())
        return stored;
    const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (!pictures.isEmpty() && QFileInfo(pictures).isDir())
        return pictures;
    return QDir::homePath();
}

void Settings::sync()
{
    m_store->sync();
}

} // namespace hires::ui
