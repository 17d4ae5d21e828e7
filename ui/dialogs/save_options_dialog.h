// SaveOptionsDialog: the encoder options of the chosen format (JPEG and WebP
// quality, WebP lossless) and what saving will change (core's preflight notes:
// alpha flattened onto white, 16 bits reduced to 8) or why it cannot be
// saved in this format, before anything is written. Modal, GUI thread.
#pragma once

#include <QDialog>

#include "core/image/image.h"
#include "core/image/image_encoder.h"

class QCheckBox;
class QLabel;
class QSpinBox;
class QSlider;
class QPushButton;

namespace hires::ui {

class SaveOptionsDialog : public QDialog
{
    Q_OBJECT
public:
    // image must outlive the dialog.
    SaveOptionsDialog(const Image& image, const EncodeOptions& initial, const QString& targetPath,
                      QWidget* parent = nullptr);

    EncodeOptions options() const;
    // The preflight notes for the current options (empty: saved as it is).
    QStringList notes() const { return m_notes; }
    // Whether the current options can be saved at all (else the Save button is off).
    bool canSave() const { return m_canSave; }

    // Whether there is anything to ask or tell: options to choose, or notes.
    static bool isNeeded(const Image& image, const EncodeOptions& options);

private:
    void refresh();

    const Image& m_image;
    EncodeOptions m_options;
    QSlider* m_qualitySlider = nullptr;
    QSpinBox* m_quality = nullptr;
    QCheckBox* m_lossless = nullptr;
    QLabel* m_notesLabel = nullptr;
    QPushButton* m_save = nullptr;
    QStringList m_notes;
    bool m_canSave = true;
};

} // namespace hires::ui
