// PromptEdit: the multi-line prompt box with a history of the prompts that
// were generated from. Ctrl+Up / Ctrl+Down walk the history (newest first)
// the way a shell does; the text being typed is kept and comes back after the
// newest entry. Enter inserts a line break; Ctrl+Enter asks to generate.
// GUI thread only. The history itself is a plain list owned by the caller
// (the page stores it in the settings).
#pragma once

#include <QPlainTextEdit>
#include <QStringList>

namespace hires::ui {

class PromptEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    static constexpr int kMaxHistory = 50;

    explicit PromptEdit(QWidget* parent = nullptr);

    QString text() const { return toPlainText(); }
    void setText(const QString& text);

    // Newest first.
    const QStringList& history() const { return m_history; }
    void setHistory(const QStringList& history);
    // Puts prompt at the front (removing an older copy), trims to kMaxHistory.
    void remember(const QString& prompt);

    void showOlder();
    void showNewer();

Q_SIGNALS:
    void submitRequested();
    void historyChanged(const QStringList& history);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    QStringList m_history;
    int m_position = -1; // -1: the user's own text, else an index into m_history
    QString m_draft;
};

} // namespace hires::ui
