// Page: what a page of the main window (Generate, Upscale, Compare, View)
// may offer the window besides being a widget. Everything is optional: any
// QWidget can be a page (MainWindow::addPage), and one that also inherits
// Page gets the files the user opens or drops while it is shown, the pasted
// clipboard, and a way to put messages in the status bar.
//
// Contract: GUI thread only. A page never owns the window's JobRunner; it
// gets it from MainWindow::jobRunner() (one job at a time for the whole
// application) and only handles signals of the jobs it submitted.
#pragma once

#include <QString>
#include <QStringList>

class QMimeData;

namespace hires::ui {

class Page
{
public:
    virtual ~Page() = default;

    // Files or folders opened (File > Open, drop, command line) while this
    // page is current. false: not for this page; the window shows them in
    // its viewer instead.
    virtual bool openFiles(const QStringList& paths)
    {
        Q_UNUSED(paths);
        return false;
    }
    // Edit > Paste while this page is current; false when nothing was taken.
    virtual bool paste(const QMimeData* mime)
    {
        Q_UNUSED(mime);
        return false;
    }
};

} // namespace hires::ui
