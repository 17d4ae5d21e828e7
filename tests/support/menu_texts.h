// The texts of a main window's menu bar: each menu's title and its actions'
// texts (separators left out), in order. For tests of translated strings.
#pragma once

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStringList>

namespace hires::test {

inline QStringList menuTexts(QMainWindow& window)
{
    QStringList texts;
    for (QAction* menu : window.menuBar()->actions()) {
        texts << menu->text();
        if (menu->menu())
            for (QAction* action : menu->menu()->actions())
                if (!action->isSeparator())
                    texts << action->text();
    }
    return texts;
}

} // namespace hires::test
