#include "ui/save_as_controller.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

#include "core/image/image_encoder.h"
#include "core/image/output_naming.h"
#include "ui/dialogs/save_options_dialog.h"
#include "ui/image_document.h"
#include "ui/settings.h"

namespace hires::ui {

namespace {

constexpr ImageFormat kFormats[] = {ImageFormat::Png, ImageFormat::Jpeg, ImageFormat::Webp,
                                    ImageFormat::Tiff};

QString patternsOf(ImageFormat format)
{
    switch (format) {
    case ImageFormat::Png:
        return QStringLiteral("*.png");
    case ImageFormat::Jpeg:
        return QStringLiteral("*.jpg *.jpeg");
    case ImageFormat::Webp:
        return QStringLiteral("*.webp");
    case ImageFormat::Tiff:
        return QStringLiteral("*.tif *.tiff");
    }
    return {};
}

QString filterOf(ImageFormat format)
{
    return QStringLiteral("%1 (%2)").arg(imageFormatName(format), patternsOf(format));
}

bool sameFile(const QString& a, const QString& b)
{
    const QFileInfo first(a);
    const QFileInfo second(b);
    if (first.exists() && second.exists())
        return first.canonicalFilePath() == second.canonicalFilePath();
    return first.absoluteFilePath() == second.absoluteFilePath();
}

} // namespace

SaveAsController::SaveAsController(QWidget* parent, Settings& settings)
    : m_parent(parent)
    , m_settings(settings)
{}

QStringList SaveAsController::nameFilters()
{
    QStringList filters;
    for (ImageFormat format : kFormats)
        filters << filterOf(format);
    return filters;
}

std::optional<ImageFormat> SaveAsController::formatOfFilter(const QString& filter)
{
    const QStringList filters = nameFilters();
    const auto index = filters.indexOf(filter);
    if (index < 0)
        return std::nullopt;
    return kFormats[index];
}

Result<std::pair<QString, ImageFormat>> SaveAsController::resolveTarget(const QString& path,
                                                                        ImageFormat fallback)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix();
    if (suffix.isEmpty())
        return std::pair{path + QLatin1Char('.') + imageFormatExtension(fallback), fallback};
    if (const std::optional<ImageFormat> format = imageFormatFromName(suffix))
        return std::pair{path, *format};
    return makeError(ErrorCode::UnsupportedFormat,
                     tr("Cannot save “%1”: “.%2” is not a format Hires Studio writes. "
                        "Use PNG, JPEG, WebP or TIFF.")
                         .arg(info.fileName(), suffix));
}

QString SaveAsController::askTarget(const ImageDocument& document, QString* selectedFilter) const
{
    const ImageFormat format =
        imageFormatFromName(m_settings.value(keys::kSaveFormat)).value_or(ImageFormat::Png);
    const QString stored = m_settings.value(keys::kLastSaveFolder);
    const QString folder = !stored.isEmpty() && QFileInfo(stored).isDir()
                               ? stored
                               : QFileInfo(document.path()).absolutePath();
    const QString proposed =
        uniqueOutputPath(QDir(folder).filePath(QFileInfo(document.path()).completeBaseName() +
                                               QLatin1Char('.') + imageFormatExtension(format)));

    QFileDialog dialog(m_parent, tr("Save Image As"), proposed);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    // Replacing is confirmed below, with the viewed file treated specially.
    dialog.setOption(QFileDialog::DontConfirmOverwrite);
    dialog.setNameFilters(nameFilters());
    dialog.selectNameFilter(filterOf(format));
    dialog.selectFile(proposed);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    *selectedFilter = dialog.selectedNameFilter();
    return dialog.selectedFiles().constFirst();
}

bool SaveAsController::confirmReplace(const ImageDocument& document, QString& target,
                                      QStringList& protectedPaths) const
{
    protectedPaths = {document.path()};
    if (!QFileInfo::exists(target))
        return true;
    const QString name = QFileInfo(target).fileName();
    if (!sameFile(target, document.path())) {
        return QMessageBox::question(
                   m_parent, tr("Replace File?"), tr("“%1” already exists. Replace it?").arg(name),
                   QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes;
    }
    QMessageBox box(QMessageBox::Warning, tr("Replace the Original?"),
                    tr("“%1” is the image you are viewing. Saving under this name replaces "
                       "the original file.")
                        .arg(name),
                    QMessageBox::Cancel, m_parent);
    QPushButton* copy = box.addButton(tr("Save as &Copy"), QMessageBox::AcceptRole);
    QPushButton* replace = box.addButton(tr("&Replace Original"), QMessageBox::DestructiveRole);
    box.setDefaultButton(copy);
    box.exec();
    if (box.clickedButton() == copy) {
        target = uniqueOutputPath(target);
        return true;
    }
    if (box.clickedButton() == replace) {
        protectedPaths.clear(); // the user said so explicitly
        return true;
    }
    return false;
}

Result<QString> SaveAsController::saveAs(const ImageDocument& document)
{
    const Error cancelled = makeError(ErrorCode::Cancelled, tr("Saving was cancelled."));
    QString filter;
    const QString chosen = askTarget(document, &filter);
    if (chosen.isEmpty())
        return cancelled;
    const auto resolved = resolveTarget(chosen, formatOfFilter(filter).value_or(ImageFormat::Png));
    if (!resolved)
        return resolved.error();
    QString target = resolved->first;

    EncodeOptions options;
    options.format = resolved->second;
    options.quality = options.format == ImageFormat::Webp ? m_settings.value(keys::kWebpQuality)
                                                          : m_settings.value(keys::kJpegQuality);
    options.lossless = m_settings.value(keys::kWebpLossless);
    if (SaveOptionsDialog::isNeeded(document.image(), options)) {
        SaveOptionsDialog dialog(document.image(), options, target, m_parent);
        if (dialog.exec() != QDialog::Accepted)
            return cancelled;
        options = dialog.options();
    }

    QStringList protectedPaths;
    if (!confirmReplace(document, target, protectedPaths))
        return cancelled;

    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<void> saved = saveImage(document.image(), target, options, protectedPaths);
    QApplication::restoreOverrideCursor();
    if (!saved)
        return saved.error();

    m_settings.setValue(keys::kSaveFormat, imageFormatExtension(options.format));
    m_settings.setValue(keys::kLastSaveFolder, QFileInfo(target).absolutePath());
    if (options.format == ImageFormat::Jpeg)
        m_settings.setValue(keys::kJpegQuality, options.quality);
    if (options.format == ImageFormat::Webp) {
        m_settings.setValue(keys::kWebpQuality, options.quality);
        m_settings.setValue(keys::kWebpLossless, options.lossless);
    }
    return QFileInfo(target).absoluteFilePath();
}

} // namespace hires::ui
