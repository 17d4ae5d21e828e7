#include "core/compare/comparison.h"

#include "core/compare/compare_tr_p.h"
#include "core/compare/difference_map.h"
#include "core/compare/image_alignment.h"
#include "core/compare/image_metrics.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>
#include <limits>

namespace hires {

namespace {

const QString kKey = QStringLiteral("comparison");

// The part of `pixels` that corresponds to `region` of the common size.
cv::Mat regionOf(const cv::Mat& pixels, cv::Size common, cv::Rect region)
{
    if (region.empty() || pixels.size() != common)
        return pixels;
    return pixels(region & cv::Rect(cv::Point(0, 0), common));
}

void measure(ComparisonSide& side, cv::Size common, cv::Rect region, const cv::Mat& input)
{
    const cv::Mat pixels = regionOf(side.image.pixels, common, region);
    side.sharpness = sharpness(pixels);
    side.fidelityDb.reset();
    if (input.empty() || (pixels.size() == input.size() && pixels.data == input.data))
        return;
    if (const Result<double> fidelity = fidelityPsnr(pixels, input))
        side.fidelityDb = *fidelity;
}

QJsonObject sideJson(const ComparisonSide& side)
{
    QJsonObject json{{QStringLiteral("label"), side.label},
                     {QStringLiteral("file"), side.file},
                     {QStringLiteral("sharpness"), side.sharpness},
                     {QStringLiteral("provenance"), side.provenance.toJson()}};
    if (side.fidelityDb)
        json.insert(QStringLiteral("fidelity_db"),
                    std::isinf(*side.fidelityDb) ? 1e9 : *side.fidelityDb);
    return json;
}

ComparisonSide sideFromJson(const QJsonObject& json, const Image* image)
{
    ComparisonSide side;
    side.label = json.value(QStringLiteral("label")).toString();
    side.file = json.value(QStringLiteral("file")).toString();
    side.sharpness = json.value(QStringLiteral("sharpness")).toDouble();
    side.provenance = Provenance::fromJson(json.value(QStringLiteral("provenance")).toObject());
    if (json.contains(QStringLiteral("fidelity_db"))) {
        const double db = json.value(QStringLiteral("fidelity_db")).toDouble();
        side.fidelityDb = db >= 1e9 ? std::numeric_limits<double>::infinity() : db;
    }
    if (image)
        side.image = *image;
    return side;
}

} // namespace

Result<Comparison> Comparison::build(ComparisonSide a, ComparisonSide b, const cv::Mat& input,
                                     double gain, cv::Rect region)
{
    Result<AlignedPair> aligned = alignPair(a.image.pixels, b.image.pixels);
    if (!aligned)
        return aligned.error();
    Comparison comparison;
    comparison.alignedA = aligned->a;
    comparison.alignedB = aligned->b;
    comparison.aspectDiffers = aligned->aspectDiffers;
    comparison.gain = gain;
    comparison.region = region & cv::Rect(cv::Point(0, 0), aligned->size);
    Result<cv::Mat> difference = differenceMap(aligned->a, aligned->b, gain);
    if (!difference)
        return difference.error();
    comparison.difference = *difference;
    const cv::Mat statsA = regionOf(aligned->a, aligned->size, comparison.region);
    const cv::Mat statsB = regionOf(aligned->b, aligned->size, comparison.region);
    if (const Result<DifferenceStats> stats = differenceStats(statsA, statsB))
        comparison.meanDifference = stats->meanAbs;

    // Without a common input, the smaller of two differently sized images is
    // where the larger came from (an upscale next to its original).
    const cv::Size common = aligned->size;
    cv::Mat reference = input;
    if (reference.empty() && a.image.pixels.size() != b.image.pixels.size())
        reference = aligned->aResized ? a.image.pixels : b.image.pixels;
    measure(a, common, comparison.region, reference);
    measure(b, common, comparison.region, reference);
    comparison.reference = input;
    comparison.a = std::move(a);
    comparison.b = std::move(b);
    return comparison;
}

Result<cv::Mat> Comparison::differenceWithGain(double newGain) const
{
    return differenceMap(alignedA, alignedB, newGain);
}

Result<Comparison> Comparison::withFaceImage(const Image& image) const
{
    const cv::Rect from = facesFrom & cv::Rect(cv::Point(0, 0), image.pixels.size());
    const cv::Rect to(facesAt, from.size());
    const cv::Rect bounds(cv::Point(0, 0), b.image.pixels.size());
    if (from.empty() || from != facesFrom || (to & bounds) != to ||
        image.pixels.type() != b.image.pixels.type())
        return makeError(ErrorCode::InvalidArgument,
                         CompareTr::tr("The restored faces do not fit the right image."));
    ComparisonSide side = b;
    side.image.pixels = b.image.pixels.clone(); // the view keeps showing the old pixels
    image.pixels(from).copyTo(side.image.pixels(to));
    Result<Comparison> rebuilt = build(a, std::move(side), reference, gain, region);
    if (!rebuilt)
        return rebuilt;
    rebuilt->inputFile = inputFile;
    rebuilt->faces = faces;
    rebuilt->facesFrom = facesFrom;
    rebuilt->facesAt = facesAt;
    return rebuilt;
}

JobOutput Comparison::toJobOutput() const
{
    JobOutput output;
    output.images.push_back({QStringLiteral("a"), a.image});
    output.images.push_back({QStringLiteral("b"), b.image});
    output.images.push_back({QStringLiteral("aligned_a"), Image{alignedA, {}, {}}});
    output.images.push_back({QStringLiteral("aligned_b"), Image{alignedB, {}, {}}});
    output.images.push_back({QStringLiteral("difference"), Image{difference, {}, {}}});
    if (!reference.empty())
        output.images.push_back({QStringLiteral("reference"), Image{reference, {}, {}}});
    output.provenance = b.provenance;
    output.faces = faces;
    QJsonObject json{
        {QStringLiteral("a"), sideJson(a)},
        {QStringLiteral("b"), sideJson(b)},
        {QStringLiteral("input"), inputFile},
        {QStringLiteral("gain"), gain},
        {QStringLiteral("mean_difference"), meanDifference},
        {QStringLiteral("aspect_differs"), aspectDiffers},
        {QStringLiteral("region"), QJsonArray{region.x, region.y, region.width, region.height}}};
    if (faces) {
        json.insert(QStringLiteral("faces_from"),
                    QJsonArray{facesFrom.x, facesFrom.y, facesFrom.width, facesFrom.height});
        json.insert(QStringLiteral("faces_at"), QJsonArray{facesAt.x, facesAt.y});
    }
    output.provenance.details.insert(kKey, json);
    return output;
}

Result<Comparison> Comparison::fromJobOutput(const JobOutput& output)
{
    const QJsonObject json = output.provenance.details.value(kKey).toObject();
    const Image* alignedA = output.image(QStringLiteral("aligned_a"));
    const Image* alignedB = output.image(QStringLiteral("aligned_b"));
    const Image* difference = output.image(QStringLiteral("difference"));
    if (json.isEmpty() || !alignedA || !alignedB || !difference)
        return makeError(ErrorCode::Internal,
                         CompareTr::tr("The job did not return a comparison."));
    Comparison comparison;
    comparison.a =
        sideFromJson(json.value(QStringLiteral("a")).toObject(), output.image(QStringLiteral("a")));
    comparison.b =
        sideFromJson(json.value(QStringLiteral("b")).toObject(), output.image(QStringLiteral("b")));
    comparison.inputFile = json.value(QStringLiteral("input")).toString();
    comparison.alignedA = alignedA->pixels;
    comparison.alignedB = alignedB->pixels;
    comparison.difference = difference->pixels;
    comparison.gain = json.value(QStringLiteral("gain")).toDouble(kDefaultGain);
    comparison.meanDifference = json.value(QStringLiteral("mean_difference")).toDouble();
    comparison.aspectDiffers = json.value(QStringLiteral("aspect_differs")).toBool();
    const QJsonArray region = json.value(QStringLiteral("region")).toArray();
    if (region.size() == 4)
        comparison.region =
            cv::Rect(region[0].toInt(), region[1].toInt(), region[2].toInt(), region[3].toInt());
    if (const Image* reference = output.image(QStringLiteral("reference")))
        comparison.reference = reference->pixels;
    const QJsonArray from = json.value(QStringLiteral("faces_from")).toArray();
    const QJsonArray at = json.value(QStringLiteral("faces_at")).toArray();
    if (output.faces && from.size() == 4 && at.size() == 2) {
        comparison.faces = output.faces;
        comparison.facesFrom =
            cv::Rect(from[0].toInt(), from[1].toInt(), from[2].toInt(), from[3].toInt());
        comparison.facesAt = cv::Point(at[0].toInt(), at[1].toInt());
    }
    return comparison;
}

} // namespace hires
