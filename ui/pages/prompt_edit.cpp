#include "ui/pages/prompt_edit.h"

#include <QKeyEvent>

namespace hires::ui {

PromptEdit::PromptEdit(QWidget* parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
}

void PromptEdit::setText(const QString& text)
{
    setPlainText(text);
    moveCursor(QTextCursor::End);
}

void PromptEdit::setHistory(const QStringList& history)
{
    m_history = history.mid(0, kMaxHistory);
    m_position = -1;
}

void PromptEdit::remember(const QString& prompt)
{
    const QString trimmed = prompt.trimmed();
    if (trimmed.isEmpty())
        return;
    m_history.removeAll(trimmed);
    m_history.prepend(trimmed);
    while (m_history.size() > kMaxHistory)
        m_history.removeLast();
    m_position = -1;
    Q_EMIT historyChanged(m_history);
}

void PromptEdit::showOlder()
{
    if (m_position + 1 >= m_history.size())
        return;
    if (m_position < 0)
        m_draft = toPlainText();
    ++m_position;
    setText(m_history.at(m_position));
}

void PromptEdit::showNewer()
{
    if (m_position < 0)
        return;
    --m_position;
    setText(m_position < 0 ? m_draft : m_history.at(m_position));
}

void PromptEdit::keyPressEvent(QKeyEvent* event)
{
    const bool ctrl = event->modifiers().testFlag(Qt::ControlModifier);
    if (ctrl && event->key() == Qt::Key_Up) {
        showOlder();
        return;
    }
    if (ctrl && event->key() == Qt::Key_Down) {
        showNewer();
        return;
    }
    if (ctrl && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        Q_EMIT submitRequested();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

} // namespace hires::ui
