// SeedControl: how the next generation picks its seed — a new random one, a
// fixed one typed by the user, or the seed of the last result. The page asks
// nextSeed() once per generation, so the request always carries the concrete
// seed that was used (and the saved parameters reproduce the image).
// Seeds are 0 .. 2^32-1, the range AUTOMATIC1111 shows. GUI thread only.
#pragma once

#include <QWidget>

#include <optional>

class QComboBox;
class QLineEdit;

namespace hires::ui {

class SeedControl : public QWidget
{
    Q_OBJECT
public:
    enum class Mode
    {
        Random,
        Fixed,
        ReuseLast
    };
    static constexpr qint64 kMaxSeed = 4294967295LL;

    explicit SeedControl(QWidget* parent = nullptr);

    Mode mode() const;
    void setMode(Mode mode);
    // Fixed mode with this seed (a dropped PNG's settings, a typed value).
    void setFixedSeed(qint64 seed);
    // The typed seed; nullopt when the field is empty or not a number.
    std::optional<qint64> fixedSeed() const;
    // The seed of the newest result; "reuse last" falls back to random without one.
    void setLastSeed(qint64 seed);
    std::optional<qint64> lastSeed() const { return m_last; }

    // The seed for the next generation according to the mode.
    qint64 nextSeed() const;

    QComboBox* modeBox() const { return m_mode; }
    QLineEdit* seedField() const { return m_field; }

private:
    void updateField();

    QComboBox* m_mode = nullptr;
    QLineEdit* m_field = nullptr;
    std::optional<qint64> m_last;
    QString m_typed; // what the user typed in fixed mode, kept across mode switches
};

} // namespace hires::ui
