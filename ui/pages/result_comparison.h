// The one place the Generate page opens a result for comparison: the result
// against its first pass upscaled to the same size with LANCZOS and with
// Real-ESRGAN. ResultComparisonDialog is an A/B flip view — one ImageView,
// one button per variant, the zoom and position kept when flipping (Space
// flips back to the previous variant) — until the comparison view of ui/views
// takes its place behind openResultComparison(). GUI thread only.
#pragma once

#include <QDialog>
#include <QImage>
#include <QString>

#include <vector>

class QButtonGroup;
class QLabel;

namespace hires::ui {

class ImageView;
struct GalleryEntry;

class ResultComparisonDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ResultComparisonDialog(QWidget* parent = nullptr);

    // Adds a variant; a null image shows `pending` (e.g. "computing...") on its button.
    int addVariant(const QString& label, const QImage& image, const QString& pending = {});
    void setVariantImage(int index, const QImage& image);
    void setVariantError(int index, const QString& error);
    int variantCount() const { return static_cast<int>(m_variants.size()); }
    QString variantLabel(int index) const { return m_variants.at(index).label; }
    QImage variantImage(int index) const { return m_variants.at(index).image; }

    void showVariant(int index);
    int currentVariant() const { return m_current; }
    ImageView* view() const { return m_view; }

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    struct Variant
    {
        QString label;
        QImage image;
    };
    void updateButton(int index, const QString& note);

    ImageView* m_view = nullptr;
    QLabel* m_note = nullptr;
    QButtonGroup* m_buttons = nullptr;
    QWidget* m_buttonRow = nullptr;
    std::vector<Variant> m_variants;
    int m_current = -1;
    int m_previous = -1;
};

// Opens a comparison of entry's result (non-modal, deleted on close) and
// returns it. The Real-ESRGAN variant is upscaled on the runner with the
// library's default upscaler; LANCZOS is computed at once.
ResultComparisonDialog* openResultComparison(QWidget* parent, const GalleryEntry& entry);

} // namespace hires::ui
