#include "ui/settings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
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

QString Settings::secretFile(const SecretKey& key) const
{
    const QString suffix = QString::fromLatin1(key.fileSuffix);
#ifdef Q_OS_WIN
    // The native store is the registry there: no folder to be next to.
    if (m_store->format() == QSettings::NativeFormat)
        return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
            .filePath(QStringLiteral("settings.") + suffix);
#endif
    const QFileInfo settings(m_store->fileName());
    return settings.dir().filePath(settings.completeBaseName() + QLatin1Char('.') + suffix);
}

QString Settings::value(const SecretKey& key) const
{
    const QString legacy = m_store->value(QLatin1String(key.legacyName)).toString();
    // const: moving an old value is not a change the caller can see.
    if (!legacy.isEmpty() && const_cast<Settings*>(this)->setValue(key, legacy)) {
        m_store->remove(QLatin1String(key.legacyName));
        m_store->sync();
        return legacy;
    }
    if (!legacy.isEmpty())
        return legacy; // could not be moved: still usable, moved on a later read
    QFile file(secretFile(key));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

bool Settings::setValue(const SecretKey& key, const QString& value)
{
    const QString path = secretFile(key);
    if (value.isEmpty()) {
        m_store->remove(QLatin1String(key.legacyName));
        return !QFile::exists(path) || QFile::remove(path);
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    constexpr QFile::Permissions kOwnerOnly = QFile::ReadOwner | QFile::WriteOwner;
    // QSaveFile gives its temporary file the permissions of the file it
    // replaces: an empty owner-only file first, so the token is never readable
    // by others, not even for a moment.
    if (!QFile::exists(path)) {
        QFile placeholder(path);
        if (!placeholder.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
            !placeholder.setPermissions(kOwnerOnly))
            return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(value.toUtf8()) < 0 || !file.commit())
        return false;
    return QFile::setPermissions(path, kOwnerOnly);
}

void Settings::sync()
{
    m_store->sync();
}

} // namespace hires::ui
