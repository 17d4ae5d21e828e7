// Settings: the one typed wrapper over QSettings. Every key and its default
// live in the `keys` namespace below; adding a setting is one line there.
//
// A stored value that is missing, of the wrong type or rejected by the key's
// validator reads as the key's default, so a hand-edited or outdated settings
// file can never put the program in a state it does not expect.
// Not thread-safe: use it on the GUI thread.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

class QSettings;

namespace hires::ui {

template <typename T> struct SettingKey
{
    const char* name;
    T defaultValue;
    bool (*isValid)(const T&) = nullptr; // nullptr: every value of type T is fine
};

// A secret (a token): kept out of the settings file, in a file of its own
// next to it ("<settings file's base name>.<fileSuffix>") that only the user
// may read (0600). `legacyName` is the settings key it was once stored
// under: a value found there is moved to the file on first read.
struct SecretKey
{
    const char* fileSuffix;
    const char* legacyName;
};

template <int Min, int Max> bool inRange(const int& value)
{
    return value >= Min && value <= Max;
}

namespace keys {
// Empty folder values mean "the user's Pictures folder".
inline const SettingKey<QStringList> kRecentFiles{"files/recent", {}};
inline const SettingKey<QString> kLastOpenFolder{"files/lastOpenFolder", {}};
inline const SettingKey<QString> kLastSaveFolder{"files/lastSaveFolder", {}};
inline const SettingKey<QByteArray> kWindowGeometry{"window/geometry", {}};
inline const SettingKey<QByteArray> kWindowState{"window/state", {}};
// "system" or a catalogue code such as "de" (see language.h).
inline const SettingKey<QString> kLanguage{"ui/language", QStringLiteral("system")};
// Extension of the format Save As proposes: "png", "jpg", "webp" or "tif".
inline const SettingKey<QString> kSaveFormat{"save/format", QStringLiteral("png")};
inline const SettingKey<int> kJpegQuality{"save/jpegQuality", 95, inRange<1, 100>};
inline const SettingKey<int> kWebpQuality{"save/webpQuality", 90, inRange<1, 100>};
inline const SettingKey<bool> kWebpLossless{"save/webpLossless", false};
// Generate page: prompts generated from, newest first (PromptEdit::kMaxHistory).
inline const SettingKey<QStringList> kPromptHistory{"generate/promptHistory", {}};

// Models: folders searched besides the user's model folder, and the default
// upscaler's library id (empty: the library's own choice).
inline const SettingKey<QStringList> kModelFolders{"models/folders", {}};
inline const SettingKey<QString> kDefaultUpscaleModel{"models/defaultUpscaler", {}};
// Processing: "auto", "cpu" or "cuda"; CPU threads, 0 = all cores.
inline const SettingKey<QString> kDevice{"processing/device", QStringLiteral("auto")};
inline const SettingKey<int> kCpuThreads{"processing/cpuThreads", 0, inRange<0, 1024>};
// Upscale page: the last options used. Tile 0 = automatic, -1 = whole image.
inline const SettingKey<QString> kUpscaleModel{"upscale/model", {}}; // id, "lanczos" or empty
inline const SettingKey<int> kUpscaleScalePercent{"upscale/scalePercent", 200, inRange<100, 1600>};
inline const SettingKey<int> kUpscaleTile{"upscale/tile", 0, inRange<-1, 4096>};
inline const SettingKey<QString> kUpscaleAlpha{"upscale/alpha", QStringLiteral("model")};
// Face restoration after upscaling: on/off, weight in percent (0 = the original
// faces, 100 = fully restored) and the GFPGAN model's id (empty: the library's default).
inline const SettingKey<bool> kUpscaleFaceRestore{"upscale/faceRestore", false};
inline const SettingKey<int> kUpscaleFaceWeightPercent{"upscale/faceWeightPercent", 50,
                                                       inRange<0, 100>};
inline const SettingKey<QString> kUpscaleFaceModel{"upscale/faceModel", {}};
// Upscale outputs: folder (empty: next to the original), format ("" = the
// input's, else an extension), JPEG/WebP quality.
inline const SettingKey<QString> kOutputFolder{"output/folder", {}};
inline const SettingKey<QString> kOutputFormat{"output/format", {}};
inline const SettingKey<int> kOutputQuality{"output/quality", 95, inRange<1, 100>};
// Remote backend: a `hires-studio serve` URL ("http://gpu-host:7860"; empty:
// work runs on this computer) and its bearer token (as typed; a secret, so
// in its own file, never in the settings file).
inline const SettingKey<QString> kRemoteServer{"remote/server", {}};
inline const SecretKey kRemoteToken{"token", "remote/token"};
} // namespace keys

class Settings
{
public:
    static constexpr int kMaxRecentFiles = 10;

    // The application's settings (organisation and application names of
    // QCoreApplication, native format).
    Settings();
    // An INI file at iniPath (tests, portable installs).
    explicit Settings(const QString& iniPath);
    ~Settings();
    Settings(const Settings&) = delete;
    Settings& operator=(const Settings&) = delete;

    template <typename T> T value(const SettingKey<T>& key) const
    {
        QVariant stored = read(key.name);
        if (!stored.isValid() || !stored.convert(QMetaType::fromType<T>()))
            return key.defaultValue;
        T typed = stored.value<T>();
        if (key.isValid && !key.isValid(typed))
            return key.defaultValue;
        return typed;
    }

    template <typename T> void setValue(const SettingKey<T>& key, const T& value)
    {
        write(key.name, QVariant::fromValue(value));
    }

    template <typename T> void reset(const SettingKey<T>& key) { write(key.name, QVariant()); }

    // Secrets: empty when none is stored (or the file cannot be read). Reading
    // moves a value still under the key's legacyName into the secret's file.
    QString value(const SecretKey& key) const;
    // Writes the secret's file (0600, atomically); an empty value removes it.
    // False when it could not be written (the old value then stays).
    bool setValue(const SecretKey& key, const QString& value);
    void reset(const SecretKey& key) { setValue(key, QString()); }
    // Where the secret is kept.
    QString secretFile(const SecretKey& key) const;

    // Newest first, absolute paths, at most kMaxRecentFiles.
    QStringList recentFiles() const;
    void addRecentFile(const QString& path);
    void removeRecentFile(const QString& path);

    // The folder to start a file dialog in: the stored one if it still
    // exists, else the Pictures folder, else the home folder.
    QString folder(const SettingKey<QString>& key) const;

    // Writes pending changes to disk now (QSettings also does it on its own).
    void sync();

private:
    QVariant read(const char* name) const;
    // An invalid QVariant removes the key.
    void write(const char* name, const QVariant& value);

    std::unique_ptr<QSettings> m_store;
};

} // namespace hires::ui
