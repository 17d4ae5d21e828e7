#include "core/diffusion/sampler_kind.h"

#include "core/diffusion/diffusion_tr_p.h"

namespace hires {

namespace {

struct SamplerName
{
    SamplerKind kind;
    const char* id;
    const char* label; // A1111's name, translatable
};

constexpr SamplerName kNames[] = {
    {SamplerKind::EulerAncestral, "euler_a", QT_TRANSLATE_NOOP("hires::Diffusion", "Euler a")},
    {SamplerKind::Euler, "euler", QT_TRANSLATE_NOOP("hires::Diffusion", "Euler")},
    {SamplerKind::DpmPP2M, "dpmpp_2m", QT_TRANSLATE_NOOP("hires::Diffusion", "DPM++ 2M")},
    {SamplerKind::DpmPP2MKarras, "dpmpp_2m_karras",
     QT_TRANSLATE_NOOP("hires::Diffusion", "DPM++ 2M Karras")},
    {SamplerKind::Ddim, "ddim", QT_TRANSLATE_NOOP("hires::Diffusion", "DDIM")},
};

const SamplerName& entry(SamplerKind kind)
{
    for (const SamplerName& name : kNames)
        if (name.kind == kind)
            return name;
    return kNames[0];
}

} // namespace

std::vector<SamplerKind> allSamplerKinds()
{
    std::vector<SamplerKind> kinds;
    for (const SamplerName& name : kNames)
        kinds.push_back(name.kind);
    return kinds;
}

QString samplerKindId(SamplerKind kind)
{
    return QString::fromLatin1(entry(kind).id);
}

QString samplerDisplayName(SamplerKind kind)
{
    return DiffusionTr::tr(entry(kind).label);
}

QString samplerA1111Label(SamplerKind kind)
{
    return QString::fromLatin1(entry(kind).label);
}

std::optional<SamplerKind> parseSamplerKind(QStringView name)
{
    const QStringView trimmed = name.trimmed();
    for (const SamplerName& entry : kNames) {
        if (trimmed.compare(QLatin1String(entry.id), Qt::CaseInsensitive) == 0 ||
            trimmed.compare(QLatin1String(entry.label), Qt::CaseInsensitive) == 0)
            return entry.kind;
    }
    return std::nullopt;
}

ScheduleKind scheduleKindOf(SamplerKind kind)
{
    switch (kind) {
    case SamplerKind::DpmPP2MKarras:
        return ScheduleKind::Karras;
    case SamplerKind::Ddim:
        return ScheduleKind::DdimUniform;
    case SamplerKind::EulerAncestral:
    case SamplerKind::Euler:
    case SamplerKind::DpmPP2M:
        break;
    }
    return ScheduleKind::Default;
}

bool isAncestral(SamplerKind kind)
{
    return kind == SamplerKind::EulerAncestral;
}

} // namespace hires
