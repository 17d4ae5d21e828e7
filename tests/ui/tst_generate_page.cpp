// The Generate page driven with real events, offscreen, on a tiny
// random-weight Stable Diffusion checkpoint: Generate -> progress and live
// preview -> a result in the gallery; the toggles reach the request; Cancel
// mid-step leaves nothing; a saved PNG's `parameters` dropped back restores
// the form; without a checkpoint the page says what to get.
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include "core/diffusion/a1111_parameters.h"
#include "core/image/image_decoder.h"
#include "core/jobs/job_runner.h"
#include "ui/pages/generate_form.h"
#include "ui/pages/generate_page.h"
#include "ui/pages/missing_checkpoint_panel.h"
#include "ui/pages/prompt_edit.h"
#include "ui/pages/result_comparison.h"
#include "ui/pages/result_gallery.h"
#include "ui/pages/seed_control.h"
#include "ui/settings.h"
#include "ui/views/image_view.h"

using namespace hires;
using namespace hires::ui;

namespace {

// Drags the file onto the widget the way a file manager does.
bool dropFile(QWidget* target, const QString& path)
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPoint at = target->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    return drop.isAccepted();
}

void click(QAbstractButton* button)
{
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

} // namespace

class TestGeneratePage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_modelFolder;
    std::unique_ptr<Settings> m_settings;

    ModelLibrary library(const QString& folder) const
    {
        return ModelLibrary({}, folder, m_dir.filePath(QStringLiteral("model-info.json")));
    }

    // A page on the model folder, scanned.
    std::unique_ptr<GeneratePage> makePage(JobRunner& runner, const QString& folder)
    {
        auto page = std::make_unique<GeneratePage>(*m_settings, runner, library(folder));
        page->resize(1100, 760);
        page->show();
        QSignalSpy scanned(page.get(), &GeneratePage::modelsChanged);
        page->rescanModels();
        if (!scanned.wait(60000))
            return nullptr;
        return page;
    }
