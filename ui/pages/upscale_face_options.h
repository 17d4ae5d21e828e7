// UpscaleFaceOptions: the upscale page's face restoration row — "Restore
// faces" on or off, the weight (0.00 = the original faces, 1.00 = fully
// restored) and the GFPGAN model among those the model library found. With
// none found the check box stays usable and a line says which file to add and
// where; jobs then go on without restored faces and their provenance says so.
//
// Reads its initial values from Settings and writes every change back. The
// model list comes from the options panel's scan (setModels()); the panel
// places missingLabel() (the full-width line). GUI thread only.
#pragma once

#include <QWidget>

#include "core/face/face_restorer.h"
#include "core/models/model_info.h"

#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;

namespace hires::ui {

class Settings;

class UpscaleFaceOptions : public QWidget
{
    Q_OBJECT
public:
    explicit UpscaleFaceOptions(Settings& settings, QWidget* parent = nullptr);

    // The GFPGAN models of a scan (ModelLibrary::faceRestorers()), the user's
    // model folder (named when none is found) and every folder scanned.
    void setModels(std::vector<ModelInfo> models, const QString& userFolder,
                   const QStringList& folders);
    // Takes the stored choices again (after the Settings dialog).
    void reloadSettings();

    // The face step of a new request; nullopt when "Restore faces" is off.
    std::optional<FaceRestoreOptions> options(DevicePreference device) const;
    // The line under the row: empty when a model was found.
    QString missingModelText() const;

    QCheckBox* enableBox() const { return m_enable; }
    QDoubleSpinBox* weightBox() const { return m_weight; }
    QComboBox* modelBox() const { return m_model; }
    // Shows missingModelText(); hidden when a model was found. Laid out by the owner.
    QLabel* missingLabel() const { return m_missing; }

private:
    void store();
    void updateState();

    Settings& m_settings;
    QCheckBox* m_enable = nullptr;
    QDoubleSpinBox* m_weight = nullptr;
    QComboBox* m_model = nullptr;
    QLabel* m_missing = nullptr;
    std::vector<ModelInfo> m_models;
    QString m_userFolder;
    QStringList m_folders;
    bool m_filling = false;
};

} // namespace hires::ui
