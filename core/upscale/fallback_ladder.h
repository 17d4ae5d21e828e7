// FallbackLadder: what to try next when a neural upscale fails, and the
// record of each step.
//
// Contract: pure logic, torch-free, not thread-safe (one run owns one). The
// ladder starts at a configuration (device, precision, tile) and, for each
// failure, returns the next configuration or nothing (meaning: give up on the
// network; the caller uses LANCZOS for the whole image). Every step it takes
// is appended to the Provenance it was given, with its reason:
//   out of memory  -> halve the tile (down to minTile) -> CPU -> LANCZOS
//   non-finite     -> same tile in fp32 (from fp16/bf16) -> CPU -> LANCZOS
//   other error    -> CPU -> LANCZOS
#pragma once

#include "core/jobs/provenance.h"
#include "core/upscale/upscale_options.h"

#include <QString>

#include <optional>

namespace hires {

struct AttemptConfig
{
    bool cuda = false;
    Precision precision = Precision::Fp32; // Fp32, Fp16 or Bf16 (never Auto)
    int tile = 0;                          // 0: the whole image in one piece

    QString deviceName() const;
    bool operator==(const AttemptConfig&) const = default;
};

enum class FailureKind
{
    OutOfMemory,
    NonFinite,
    Error,
};

struct AttemptFailure
{
    FailureKind kind = FailureKind::Error;
    QString message;    // what the runtime said
    int tileIndex = -1; // 0-based; -1 when not at a tile
    int tileCount = 0;
};

class FallbackLadder
{
public:
    // wholeSide: the longer side of the (padded) image, the tile that "whole image"
    // stands for when the first out-of-memory halves it. cpuTile: the tile to use
    // after moving to the CPU.
    FallbackLadder(AttemptConfig start, int minTile, int wholeSide, int cpuTile,
                   Provenance* record);

    const AttemptConfig& current() const { return m_current; }
    // Sets the tile of the current configuration (the automatic choice for a
    // pass), and the sizes the next steps start from.
    void setTile(int tile) { m_current.tile = tile; }
    void setSides(int wholeSide, int cpuTile)
    {
        m_wholeSide = wholeSide;
        m_cpuTile = cpuTile;
    }
    // True once an out-of-memory step chose the tile (automatic choice is over).
    bool tileChosenByLadder() const { return m_tileChosen; }
    // The next configuration after `failure`, or nullopt for LANCZOS. A step
    // that keeps the tile and only changes precision resumes at the failed tile.
    std::optional<AttemptConfig> next(const AttemptFailure& failure);
    // Records the final step to LANCZOS (from the model id) with the last reason.
    void recordLanczos(const QString& modelId, const AttemptFailure& failure);
    int steps() const { return m_steps; }

    static QString describe(const AttemptFailure& failure);
    static QString tileName(int tile);

private:
    std::optional<AttemptConfig> toCpu(const AttemptFailure& failure);

    AttemptConfig m_current;
    int m_minTile;
    int m_wholeSide;
    int m_cpuTile;
    Provenance* m_record;
    int m_steps = 0;
    bool m_tileChosen = false;
};

} // namespace hires
