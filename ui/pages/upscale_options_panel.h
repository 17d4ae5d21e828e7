// UpscaleOptionsPanel: the upscale page's options — model, scale, tile,
// alpha, face restoration (UpscaleFaceOptions), output folder and format —
// and the indicator that says whether
// neural upscaling is available or why it falls back to LANCZOS.
//
// Reads its initial values from Settings and writes every change back. The
// model list comes from core/models' ModelLibrary, scanned off the GUI thread
// (modelsScanned() when done). GUI thread only.
#pragma once

#include <QWidget>

#include "core/models/model_info.h"
#include "core/upscale/upscale_job.h"

#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace hires::ui {

class Settings;
class UpscaleFaceOptions;

class UpscaleOptionsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit UpscaleOptionsPanel(Settings& settings, QWidget* parent = nullptr);

    // Scans the model folders again (after Settings or the model manager changed them).
    void rescanModels();
    // Takes the stored choices again (after the Settings dialog) and rescans.
    void reloadSettings();
    bool isScanning() const { return m_scanning; }
    const std::vector<ModelInfo>& models() const { return m_models; }

    // The request and save rule for a new job, from the current choices.
    UpscaleRequest request() const;
    UpscaleSave save() const;
    QString outputFolder() const;

    // The indicator's sentence; neuralAvailable() says which kind it is.
    QString availabilityText() const;
    bool neuralAvailable() const;
    // A finished job fell back: the indicator says why until the next change.
    void showFallback(const QString& reason);

    // "Same as the original" (data "") and the formats core/image writes (data: extension).
    static void addFormatItems(QComboBox* box);

    QComboBox* modelBox() const { return m_model; }
    QDoubleSpinBox* scaleBox() const { return m_scale; }
    QLineEdit* folderEdit() const { return m_folder; }
    UpscaleFaceOptions* faceOptions() const { return m_faces; }

Q_SIGNALS:
    void modelsScanned();

private:
    void buildLayout();
    struct Scan;
    void fillModels(Scan scan);
    void chooseFolder();
    void store();
    void selectTile(int tile);
    void updateIndicator();
    const ModelInfo* selectedModel() const;

    Settings& m_settings;
    QComboBox* m_model = nullptr;
    QDoubleSpinBox* m_scale = nullptr;
    QComboBox* m_tile = nullptr;
    QComboBox* m_alpha = nullptr;
    QLineEdit* m_folder = nullptr;
    QToolButton* m_browse = nullptr;
    QComboBox* m_format = nullptr;
    UpscaleFaceOptions* m_faces = nullptr;
    QLabel* m_indicator = nullptr;
    std::vector<ModelInfo> m_models;
    QStringList m_scannedFolders;
    QString m_fallbackReason;
    bool m_scanning = false;
    bool m_filling = false;
};

} // namespace hires::ui
