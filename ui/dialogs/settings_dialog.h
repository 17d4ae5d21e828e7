// SettingsDialog: the preferences, over the typed Settings wrapper — model
// folders and the default model, tile size, CPU threads and device, the
// output folder / format / quality (and the naming rule they follow), and the
// language, the remote server (URL and token). Nothing is written until OK (apply()). Modal, GUI
// thread.
#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace hires::ui {

class Settings;

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // settings must outlive the dialog.
    explicit SettingsDialog(Settings& settings, QWidget* parent = nullptr);

    // Writes the dialog's values to the settings (OK does it too).
    void apply();

    QListWidget* folderList() const { return m_folders; }
    QComboBox* defaultModelBox() const { return m_defaultModel; }
    QSpinBox* tileBox() const { return m_tile; }
    QSpinBox* threadsBox() const { return m_threads; }
    QComboBox* deviceBox() const { return m_device; }
    QLineEdit* outputFolderEdit() const { return m_outputFolder; }
    QComboBox* formatBox() const { return m_format; }
    QSpinBox* qualityBox() const { return m_quality; }
    QComboBox* languageBox() const { return m_language; }
    QLineEdit* serverEdit() const { return m_server; }
    QLineEdit* tokenEdit() const { return m_token; }

    // The naming rule of results, for people ("photo_realesrgan-x4plus_2x.png").
    static QString namingText();

private:
    QWidget* modelsTab();
    QWidget* processingTab();
    QWidget* outputTab();
    QWidget* interfaceTab();
    void addFolder();

    Settings& m_settings;
    QListWidget* m_folders = nullptr;
    QComboBox* m_defaultModel = nullptr;
    QSpinBox* m_tile = nullptr;
    QSpinBox* m_threads = nullptr;
    QComboBox* m_device = nullptr;
    QLineEdit* m_outputFolder = nullptr;
    QComboBox* m_format = nullptr;
    QSpinBox* m_quality = nullptr;
    QComboBox* m_language = nullptr;
    QLineEdit* m_server = nullptr;
    QLineEdit* m_token = nullptr;
};

} // namespace hires::ui
