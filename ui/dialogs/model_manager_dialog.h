// ModelManagerDialog: the models Hires Studio finds (core/models' ModelLibrary)
// with format, architecture, scale and size; add a model file (copied into
// the user's model folder) or a folder (searched from then on); download a
// known model from its published URL with progress and SHA-256 verification
// (core/models' ModelDownloader); remove a model (its file when it is in the
// user's folder, else the folder from the search list).
//
// Library scans run on a pool thread; downloads on the GUI thread's event loop
// (nothing blocks). GUI thread only.
#pragma once

#include <QDialog>

#include "core/base/result.h"
#include "core/models/model_catalogue.h"
#include "core/models/model_info.h"

#include <vector>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace hires {
class ModelDownloader;
}

namespace hires::ui {

class Settings;

class ModelManagerDialog : public QDialog
{
    Q_OBJECT
public:
    // userFolder: where added and downloaded models go (tests give their own).
    ModelManagerDialog(Settings& settings, const QString& userFolder, QWidget* parent = nullptr);
    ~ModelManagerDialog() override;

    void rescan();
    bool isScanning() const { return m_scanning; }
    const std::vector<ModelInfo>& models() const { return m_models; }

    // Copies a model file (an ncnn .param with its .bin) into the user folder.
    Result<QString> addFile(const QString& path);
    void addFolder(const QString& folder);
    // Removes the model in row `row` of models(); see the class comment.
    Result<void> removeModel(int row);

    // Downloads into the user folder; refuses an entry without SHA-256 unless
    // acceptUnverified. Progress and the outcome show in the dialog.
    void download(const KnownModel& model, bool acceptUnverified = false);
    bool isDownloading() const;
    void cancelDownload();

    QTableWidget* table() const { return m_table; }
    QProgressBar* downloadProgress() const { return m_progress; }
    QLabel* statusLabel() const { return m_status; }

    // Human file sizes: "16.7 MB", "912 KB".
    static QString sizeText(qint64 bytes);

Q_SIGNALS:
    void scanned();
    void downloadEnded(bool ok, const QString& message);
    // The library changed (added, downloaded, removed): pages rescan.
    void modelsChanged();

private:
    void fillTable();
    void chooseFile();
    void chooseFolder();
    void removeSelected();
    void downloadSelected();

    Settings& m_settings;
    QString m_userFolder;
    std::vector<ModelInfo> m_models;
    bool m_scanning = false;
    bool m_rescanAgain = false;
    QTableWidget* m_table = nullptr;
    QComboBox* m_known = nullptr;
    QPushButton* m_download = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    ModelDownloader* m_downloader = nullptr;
};

} // namespace hires::ui
