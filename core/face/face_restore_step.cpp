#include "core/face/face_restore_step.h"

#include "core/face/face_tr_p.h"

#include <QDir>
#include <QFileInfo>

namespace hires {

void mergeFaceProvenance(Provenance& into, const Provenance& face)
{
    into.details[QStringLiteral("face_restoration")] = face.toJson();
    for (const auto& [stage, secs] : face.timings)
        into.addTiming(QStringLiteral("face restoration: ") + stage, secs);
    for (const FallbackEvent& f : face.fallbacks)
        into.addFallback(f.from, f.to, f.reason);
}

FaceStepSummary summarizeFaceStep(const Provenance& provenance)
{
    FaceStepSummary summary;
    const QJsonValue record = provenance.details.value(QStringLiteral("face_restoration"));
    if (!record.isObject())
        return summary;
    const Provenance face = Provenance::fromJson(record.toObject());
    summary.asked = true;
    summary.detected = face.details.value(QStringLiteral("faces_detected")).toInt();
    summary.restored = face.details.value(QStringLiteral("faces_restored")).toInt();
    summary.used = face.used;
    summary.fallbacks = face.fallbacks;
    return summary;
}

Result<FaceRestoreStepOutput> applyFaceRestoration(FaceRestorer& restorer, const Image& image,
                                                   Provenance& provenance,
                                                   const JobContext* context)
{
    auto restored = restorer.restore(image, context);
    if (!restored) {
        if (restored.error().code == ErrorCode::Cancelled)
            return restored.error();
        Provenance skipped;
        skipped.task = QStringLiteral("face-restore");
        skipped.addFallback(FaceTr::tr("face restoration"), FaceTr::tr("skipped"),
                            restored.error().message);
        mergeFaceProvenance(provenance, skipped);
        return FaceRestoreStepOutput{image, {}};
    }
    mergeFaceProvenance(provenance, restored->provenance);
    return FaceRestoreStepOutput{std::move(restored->image), std::move(restored->faces)};
}

Result<FaceRestoreStepOutput> applyFaceRestoration(const Image& image,
                                                   const FaceRestoreOptions& options,
                                                   Provenance& provenance,
                                                   const JobContext* context)
{
    FaceRestorer restorer(options);
    return applyFaceRestoration(restorer, image, provenance, context);
}

FaceRestoreOptions faceRestoreStepOptions(double weight, const QString& modelPath,
                                          const QStringList& modelFolders, DevicePreference device)
{
    FaceRestoreOptions face;
    face.weight = weight;
    face.modelPath = modelPath;
    face.device = device;
    face.detector.modelFolders = modelFolders;
    if (!modelPath.isEmpty()) {
        const QString folder = QFileInfo(modelPath).absolutePath();
        if (!face.detector.modelFolders.contains(folder) && QFileInfo(folder).isDir())
            face.detector.modelFolders.prepend(folder);
    }
    return face;
}

FaceRestorationOutcome faceRestorationOutcome(const Provenance& provenance)
{
    FaceRestorationOutcome outcome;
    const QJsonObject& details = provenance.details;
    const FaceStepSummary step = summarizeFaceStep(provenance);
    outcome.asked = step.asked;
    outcome.restored = step.restored;
    if (!step.fallbacks.empty())
        outcome.skipReason = step.fallbacks.front().reason;
    // The step failed as a whole (no detector, ...): only its fallback is left.
    const QString skipped = FaceTr::tr("face restoration");
    for (const FallbackEvent& f : provenance.fallbacks) {
        if (f.from == skipped && outcome.skipReason.isEmpty()) {
            outcome.asked = true;
            outcome.skipReason = f.reason;
        }
    }
    // A server's answer: its status and reason win (they name its own folders).
    const QString status = details.value(QStringLiteral("face_restoration_status")).toString();
    if (!status.isEmpty()) {
        outcome.asked = status != QLatin1String("off");
        const QString reason = details.value(QStringLiteral("face_restoration_reason")).toString();
        if (!reason.isEmpty())
            outcome.skipReason = reason;
    }
    if (outcome.asked && outcome.restored == 0 && outcome.skipReason.isEmpty())
        outcome.skipReason = FaceTr::tr("no face found");
    return outcome;
}

} // namespace hires
