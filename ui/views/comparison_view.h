// ComparisonView: two images compared in three ways, with one shared
// viewport. GUI thread only.
//
//  - side by side: two ImageViews next to each other;
//  - slider: the WipeView, A left of a draggable divider, B right of it;
//  - difference: |A - B| amplified and colour-mapped (core/compare), bright
//    where the two differ, black where they agree.
// Every view is in one ViewSynchronizer, so wheel zoom at the cursor, drag pan
// and the fit / 1:1 / 2x / 4x presets move all of them, and switching modes
// keeps the place. Panes show each side's own pixels (16-bit and alpha kept);
// the difference uses the aligned 8-bit pair. Under the views, one line per
// side: method, model, time, device, sharpness, fidelity, restored faces
// and fallbacks.
#pragma once

#include <QFutureWatcher>
#include <QImage>
#include <QWidget>

#include "core/compare/comparison.h"

#include <optional>

class QLabel;
class QStackedWidget;

namespace hires::ui {

class ImageView;
class ViewSynchronizer;
class WipeView;

class ComparisonView : public QWidget
{
    Q_OBJECT
public:
    enum class Mode
    {
        SideBySide,
        Slider,
        Difference,
    };
    enum class ZoomPreset
    {
        Fit,
        Actual,    // 1:1
        Double,    // 2x
        Quadruple, // 4x
    };

    explicit ComparisonView(QWidget* parent = nullptr);
    ~ComparisonView() override;

    // Shows a comparison; the viewport stays on the same part of the picture
    // when the previous images showed the same picture (a preview that replaced them).
    void setComparison(const Comparison& comparison);
    // Before any comparison: the input in both panes, so the user can choose a region.
    void setInput(const QImage& input, const QString& label);
    void clear();
    const Comparison* comparison() const { return m_comparison ? &*m_comparison : nullptr; }
    bool hasImages() const;

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    void applyPreset(ZoomPreset preset);

    double differenceGain() const { return m_gain; }
    // Recomputes the difference map off the GUI thread; differenceReady() when shown.
    void setDifferenceGain(double gain);

    // The part of the left pane's image in view, in that image's pixels.
    QRectF visibleRegion() const;
    QSize leftImageSize() const;

    ViewSynchronizer* synchronizer() const { return m_sync; }
    ImageView* leftView() const { return m_left; }
    ImageView* rightView() const { return m_right; }
    WipeView* wipeView() const { return m_wipe; }
    ImageView* differenceView() const { return m_difference; }
    QLabel* infoLabel(int side) const { return side == 0 ? m_infoA : m_infoB; }

    // One line about a side, e.g. "realesrgan-x4fast · on cpu (fp32) · 2.31 s ·
    // sharpness 412 · fidelity 36.2 dB"; fallbacks appended.
    static QString sideText(const ComparisonSide& side);

Q_SIGNALS:
    void modeChanged(hires::ui::ComparisonView::Mode mode);
    void differenceReady();

private:
    void showImages(const QImage& a, const QImage& b, const QImage& difference);
    void updateInfo();
    void showDifference(const QImage& image);

    ViewSynchronizer* m_sync;
    QStackedWidget* m_stack;
    ImageView* m_left;
    ImageView* m_right;
    WipeView* m_wipe;
    ImageView* m_difference;
    QLabel* m_infoA;
    QLabel* m_infoB;
    QLabel* m_differenceInfo;
    Mode m_mode = Mode::SideBySide;
    std::optional<Comparison> m_comparison;
    double m_gain = Comparison::kDefaultGain;
    QFutureWatcher<QImage> m_gainWatcher;
    int m_gainGeneration = 0;
};

} // namespace hires::ui
