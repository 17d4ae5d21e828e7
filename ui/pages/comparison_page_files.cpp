// ComparisonPage, part 3: files in and out — the input to compare, the two
// files of "Compare Two Files", and Save Left / Right As.
#include "ui/pages/comparison_page.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>

#include "core/compare/comparison.h"
#include "core/image/output_naming.h"
#include "ui/file_queue.h"
#include "ui/image_document.h"
#include "ui/save_as_controller.h"
#include "ui/settings.h"
#include "ui/views/comparison_view.h"

namespace hires::ui {

bool ComparisonPage::openFiles(const QStringList& paths)
{
    if (paths.size() == 1 && QFileInfo(paths.front()).isFile())
        return openInput(paths.front());
    if (paths.size() == 2) {
        compareFiles(paths.at(0), paths.at(1));
        return true;
    }
    return false;
}

bool ComparisonPage::openInput(const QString& path)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<ImageDocument> opened = ImageDocument::open(path);
    QApplication::restoreOverrideCursor();
    if (!opened) {
        m_status->setText(opened.error().message);
        Q_EMIT failed(opened.error().message);
        return false;
    }
    m_inputFile = opened->path();
    m_input = opened->image();
    m_view->setInput(opened->shown(), opened->fileName());
    hideFaces();
    m_status->setText(tr("%1: choose a model and compare, or zoom in and preview the region in "
                         "view.")
                          .arg(opened->fileName()));
    updateState();
    return true;
}

void ComparisonPage::chooseInput()
{
    const QString filter =
        tr("Images (%1)").arg(FileQueue::imageNamePatterns().join(QLatin1Char(' ')));
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Image to Compare"), m_settings.folder(keys::kLastOpenFolder), filter);
    if (!path.isEmpty())
        openInput(path);
}

void ComparisonPage::chooseFiles()
{
    const QString filter =
        tr("Images (%1)").arg(FileQueue::imageNamePatterns().join(QLatin1Char(' ')));
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Choose Two Images to Compare"), m_settings.folder(keys::kLastOpenFolder), filter);
    if (paths.size() == 2)
        compareFiles(paths.at(0), paths.at(1));
    else if (!paths.isEmpty())
        Q_EMIT failed(
            tr("Choose exactly two images to compare (%n chosen).", nullptr, int(paths.size())));
}

void ComparisonPage::saveSide(int side)
{
    const Comparison* comparison = m_view->comparison();
    if (!comparison)
        return;
    const ComparisonSide& chosen = side == 0 ? comparison->a : comparison->b;
    QString path = chosen.file;
    if (path.isEmpty()) {
        QString method = chosen.provenance.used.isEmpty() ? chosen.label : chosen.provenance.used;
        if (!comparison->region.empty())
            method += QStringLiteral("-preview");
        path = defaultOutputPath(m_inputFile, method, scale(), ImageFormat::Png);
    }
    Result<ImageDocument> document = ImageDocument::fromImage(path, chosen.image);
    if (!document) {
        Q_EMIT failed(document.error().message);
        return;
    }
    SaveAsController saver(this, m_settings);
    const Result<QString> saved = saver.saveAs(*document);
    if (saved) {
        m_settings.addRecentFile(*saved);
        m_status->setText(tr("Saved %1").arg(QFileInfo(*saved).fileName()));
        Q_EMIT statusMessage(m_status->text());
    } else if (saved.error().code != ErrorCode::Cancelled) {
        Q_EMIT failed(saved.error().message);
    }
}

} // namespace hires::ui
