// SaveAsController: the File > Save As conversation. Asks for the file (the format
// comes from the extension, or from the chosen filter when the name has
// none), the format's options and what saving will change, and confirmation
// before replacing a file, then saves through core/image (atomic). The file
// being viewed is passed to the encoder as protected: it is replaced only
// when the user explicitly chose "Replace Original"; "Save as Copy" picks a
// free name next to it. GUI thread; the dialogs are modal.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "core/base/result.h"
#include "core/image/image.h"

#include <optional>

class QWidget;

namespace hires::ui {

class ImageDocument;
class Settings;

class SaveAsController
{
    Q_DECLARE_TR_FUNCTIONS(SaveAsController)
public:
    SaveAsController(QWidget* parent, Settings& settings);

    // The path written; ErrorCode::Cancelled when the user cancelled, another
    // error (with a message for the user) when saving failed.
    Result<QString> saveAs(const ImageDocument& document);

    // "PNG (*.png)", ... one per format, in ImageFormat order.
    static QStringList nameFilters();
    static std::optional<ImageFormat> formatOfFilter(const QString& filter);
    // path with its format: a path without extension gets `fallback`'s;
    // an extension that is not PNG, JPEG, WebP or TIFF is an error.
    static Result<std::pair<QString, ImageFormat>> resolveTarget(const QString& path,
                                                                 ImageFormat fallback);

private:
    QString askTarget(const ImageDocument& document, QString* selectedFilter) const;
    // Returns false when the user cancelled; may change target to a copy's name.
    bool confirmReplace(const ImageDocument& document, QString& target,
                        QStringList& protectedPaths) const;

    QWidget* m_parent;
    Settings& m_settings;
};

} // namespace hires::ui
