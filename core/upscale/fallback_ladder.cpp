#include "core/upscale/fallback_ladder.h"

#include <QCoreApplication>

#include <algorithm>

namespace hires {

QString AttemptConfig::deviceName() const
{
    return cuda ? QStringLiteral("cuda:0") : QStringLiteral("cpu");
}

FallbackLadder::FallbackLadder(AttemptConfig start, int minTile, int wholeSide, int cpuTile,
                               Provenance* record)
    : m_current(start)
    , m_minTile(std::max(1, minTile))
    , m_wholeSide(wholeSide)
    , m_cpuTile(cpuTile)
    , m_record(record)
{}

QString FallbackLadder::tileName(int tile)
{
    return tile > 0 ? QStringLiteral("tile %1").arg(tile) : QStringLiteral("whole image");
}

QString FallbackLadder::describe(const AttemptFailure& failure)
{
    QString what;
    switch (failure.kind) {
    case FailureKind::OutOfMemory:
        what = QCoreApplication::translate("upscale", "out of memory");
        break;
    case FailureKind::NonFinite:
        what = QCoreApplication::translate("upscale", "non-finite values in the output");
        break;
    case FailureKind::Error:
        what = QCoreApplication::translate("upscale", "error");
        break;
    }
    if (failure.tileIndex >= 0)
        what += QCoreApplication::translate("upscale", " at tile %1 of %2")
                    .arg(failure.tileIndex + 1)
                    .arg(failure.tileCount);
    if (!failure.message.isEmpty())
        what += QStringLiteral(": ") + failure.message.left(300);
    return what;
}

std::optional<AttemptConfig> FallbackLadder::toCpu(const AttemptFailure& failure)
{
    if (!m_current.cuda)
        return std::nullopt;
    AttemptConfig next{false, Precision::Fp32, m_cpuTile};
    if (m_record)
        m_record->addFallback(m_current.deviceName(), next.deviceName(), describe(failure));
    m_current = next;
    ++m_steps;
    return m_current;
}

std::optional<AttemptConfig> FallbackLadder::next(const AttemptFailure& failure)
{
    switch (failure.kind) {
    case FailureKind::OutOfMemory: {
        const int from = m_current.tile > 0 ? m_current.tile : m_wholeSide;
        if (from > m_minTile) {
            const int halved = std::max(m_minTile, from / 2);
            if (m_record)
                m_record->addFallback(tileName(m_current.tile), tileName(halved),
                                      describe(failure));
            m_current.tile = halved;
            m_tileChosen = true;
            ++m_steps;
            return m_current;
        }
        return toCpu(failure);
    }
    case FailureKind::NonFinite:
        if (m_current.precision != Precision::Fp32) {
            if (m_record)
                m_record->addFallback(precisionName(m_current.precision),
                                      precisionName(Precision::Fp32), describe(failure));
            m_current.precision = Precision::Fp32;
            ++m_steps;
            return m_current;
        }
        return toCpu(failure);
    case FailureKind::Error:
        return toCpu(failure);
    }
    return std::nullopt;
}

void FallbackLadder::recordLanczos(const QString& modelId, const AttemptFailure& failure)
{
    if (m_record)
        m_record->addFallback(modelId, QStringLiteral("lanczos"), describe(failure));
    ++m_steps;
}

} // namespace hires
