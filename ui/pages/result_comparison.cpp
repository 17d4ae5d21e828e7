#include "ui/pages/result_comparison.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include "core/compare/upscale_comparison_job.h"
#include "core/jobs/job_runner.h"
#include "core/upscale/lanczos_upscaler.h"
#include "ui/pages/result_gallery.h"
#include "ui/views/comparison_view.h"

namespace hires::ui {

namespace {

ComparisonSide sideOf(const QString& label, const Image& image, const Provenance& provenance = {})
{
    ComparisonSide side;
    side.label = label;
    side.image = image;
    side.provenance = provenance;
    return side;
}

} // namespace

ResultComparisonDialog::ResultComparisonDialog(JobRunner& runner, const GalleryEntry& entry,
                                               const RealEsrganSource& source, QWidget* parent)
    : QDialog(parent)
    , m_runner(runner)
    , m_view(new ComparisonView(this))
    , m_pairing(new QComboBox(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("ResultComparisonDialog"));
    setWindowTitle(tr("Compare: %1").arg(entry.request.prompt.simplified().left(60)));
    m_pairing->addItem(tr("Result vs first pass + LANCZOS"),
                       static_cast<int>(Pairing::ResultVsLanczos));
    m_pairing->addItem(tr("Result vs first pass + Real-ESRGAN"),
                       static_cast<int>(Pairing::ResultVsRealEsrgan));
    m_pairing->addItem(tr("First pass: LANCZOS vs Real-ESRGAN"),
                       static_cast<int>(Pairing::LanczosVsRealEsrgan));
    m_note->setWordWrap(true);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Compare:"), this));
    top->addWidget(m_pairing);
    top->addWidget(m_note, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    resize(1100, 760);

    const JobOutput& output = entry.output;
    const Image* result = output.image(QStringLiteral("result"));
    const Image* firstPass = output.image(QStringLiteral("first_pass"));
    if (result && firstPass) {
        m_firstPass = firstPass->pixels;
        m_result = sideOf(tr("Result (hires fix)"), *result, output.provenance);
        // What hires fix made of the first pass is reused; the other upscale is made here.
        const Image* upscaled = output.image(QStringLiteral("upscaled"));
        const QString used = output.provenance.used;
        const bool upscaledIsLanczos = upscaled && used == QLatin1String("lanczos");
        Image lanczos = upscaledIsLanczos ? *upscaled : *firstPass;
        if (!upscaledIsLanczos)
            lanczos.pixels = LanczosUpscaler::resize(firstPass->pixels,
                                                     cv::Size(result->width(), result->height()));
        m_lanczos = sideOf(tr("First pass + LANCZOS"), lanczos);
        if (upscaled && !upscaledIsLanczos && used != QLatin1String("latent")) {
            // The job's record covers the whole generation: keep what ran and
            // only the upscaling stage's time, so the side does not claim the total.
            // Stage names are the job's translated ones (core/diffusion's context).
            const QString stage = QCoreApplication::translate("hires::Diffusion", "upscaling");
            Provenance upscaling = output.provenance;
            std::erase_if(upscaling.timings, [&stage](const std::pair<QString, double>& timing) {
                return timing.first != stage;
            });
            m_realEsrgan = sideOf(tr("First pass + %1").arg(used), *upscaled, upscaling);
        } else
            startRealEsrgan(source);
    }
    connect(&m_runner, &JobRunner::failed, this, [this](JobId id, const Error& error) {
        if (m_job == id)
            onRealEsrgan(std::nullopt, error.message);
    });
    connect(m_pairing, &QComboBox::currentIndexChanged, this, [this] { showPairing(); });
    showPairing();
}

ResultComparisonDialog::~ResultComparisonDialog()
{
    if (m_job)
        m_runner.cancel(*m_job);
}

void ResultComparisonDialog::startRealEsrgan(const RealEsrganSource& source)
{
    if (source.remote)
        return startRemoteUpscale(source);
    if (source.modelPath.isEmpty()) {
        m_realEsrganMissing = tr("No Real-ESRGAN model is installed (see the model manager).");
        return;
    }
    UpscaleComparisonRequest request;
    request.input.pixels = m_firstPass;
    request.model.model = source.modelPath;
    request.model.options.outScale = double(m_result.image.width()) / m_firstPass.cols;
    m_realEsrganMissing = tr("Upscaling the first pass with %1...")
                              .arg(QFileInfo(source.modelPath).completeBaseName());
    m_job = m_runner.submit(std::make_unique<UpscaleComparisonJob>(std::move(request)));
    connect(&m_runner, &JobRunner::finished, this, [this](JobId id, const JobOutput& output) {
        if (m_job != id)
            return;
        Result<Comparison> upscales = Comparison::fromJobOutput(output);
        if (!upscales)
            return onRealEsrgan(std::nullopt, upscales.error().message);
        onRealEsrgan(upscales->b, {});
    });
}

void ResultComparisonDialog::startRemoteUpscale(const RealEsrganSource& source)
{
    UpscaleRequest request; // the model is the server's choice (RemoteUpscaler's)
    request.options.outScale = double(m_result.image.width()) / m_firstPass.cols;
    auto job = std::make_unique<UpscaleJob>(
        UpscaleJobInput::fromImage(Image{m_firstPass, {}, {}}, QStringLiteral("first pass")),
        request);
    job->setUpscaler(source.remote);
    m_realEsrganMissing = tr("Upscaling the first pass on %1...").arg(source.where);
    m_job = m_runner.submit(std::move(job));
    connect(&m_runner, &JobRunner::finished, this, [this](JobId id, const JobOutput& output) {
        if (m_job != id)
            return;
        const Image* image = output.image(QStringLiteral("result"));
        if (!image)
            return onRealEsrgan(std::nullopt, tr("The server sent no image."));
        onRealEsrgan(sideOf(output.provenance.used, *image, output.provenance), {});
    });
}

void ResultComparisonDialog::onRealEsrgan(std::optional<ComparisonSide> side,
                                          const QString& problem)
{
    m_job.reset();
    if (side) {
        m_realEsrgan = std::move(side);
        m_realEsrgan->label = tr("First pass + %1").arg(m_realEsrgan->label);
    } else {
        m_realEsrganMissing = problem;
    }
    showPairing();
}

ResultComparisonDialog::Pairing ResultComparisonDialog::pairing() const
{
    return static_cast<Pairing>(m_pairing->currentData().toInt());
}

void ResultComparisonDialog::setPairing(Pairing pairing)
{
    m_pairing->setCurrentIndex(m_pairing->findData(static_cast<int>(pairing)));
}

void ResultComparisonDialog::showPairing()
{
    if (m_firstPass.empty()) {
        m_note->setText(tr("This result has no first pass to compare with."));
        return;
    }
    const Pairing chosen = pairing();
    const bool needsRealEsrgan = chosen != Pairing::ResultVsLanczos;
    if (needsRealEsrgan && !m_realEsrgan) {
        m_note->setText(m_realEsrganMissing);
        return;
    }
    const ComparisonSide& a = chosen == Pairing::LanczosVsRealEsrgan ? m_lanczos : m_result;
    const ComparisonSide& b = chosen == Pairing::ResultVsLanczos ? m_lanczos : *m_realEsrgan;
    // Fidelity is measured against the first pass both sides grew from.
    Result<Comparison> comparison = Comparison::build(a, b, m_firstPass, m_view->differenceGain());
    if (!comparison) {
        m_note->setText(comparison.error().message);
        return;
    }
    m_note->setText(m_job ? m_realEsrganMissing : QString());
    m_view->setComparison(*comparison);
    Q_EMIT comparisonShown();
}

} // namespace hires::ui
