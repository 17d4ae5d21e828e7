#include "core/face/face_restore_step.h"

#include "core/face/face_tr_p.h"

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

} // namespace hires
