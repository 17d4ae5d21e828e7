// UpscalePage: drag-and-drop upscaling. Files, folders (their images), a
// paste or File > Open become rows of a queue; each row is one UpscaleJob on
// the window's JobRunner (one at a time, the GUI never waits on it), with its
// thumbnail, size, status, progress and elapsed / remaining time, an overall
// progress bar, cancel one / cancel all, retry and clear. Results are saved
// next to the original or in the chosen folder under core/image's naming
// rules; options and the neural / LANCZOS indicator are in the options panel.
// With a remote server in the settings, each job's upscale runs there
// (RemoteUpscaler) and the page says so.
// GUI thread only.
#pragma once

#include <QWidget>

#include "core/jobs/job.h"
#include "ui/pages/page.h"

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

namespace hires {
class JobRunner;
}

namespace hires::ui {

class Settings;
class UpscaleOptionsPanel;
class UpscaleQueueModel;

class UpscalePage : public QWidget, public Page
{
    Q_OBJECT
public:
    // runner and settings must outlive the page.
    UpscalePage(JobRunner& runner, Settings& settings, QWidget* parent = nullptr);

    // Adds every readable image among paths (folders: their images) and starts
    // them; the others are reported in one message (lastProblems()). Always
    // handles the request (returns true).
    bool openFiles(const QStringList& paths) override;
    bool paste(const QMimeData* mime) override;
    // An image in memory (a paste), written to the output folder.
    void addImage(const Image& image, const QString& name);

    void cancelSelected();
    void cancelAll();
    void retry(); // the selected failed / cancelled rows, or all of them
    void clearFinished();

    UpscaleQueueModel* queueModel() const { return m_model; }
    UpscaleOptionsPanel* options() const { return m_options; }
    QTableView* queueView() const { return m_view; }
    QProgressBar* overallProgress() const { return m_overall; }
    QPushButton* cancelButton() const { return m_cancel; }
    QPushButton* cancelAllButton() const { return m_cancelAll; }
    QPushButton* retryButton() const { return m_retry; }
    // Where upscaling runs: "this computer" or the server's host:port.
    QString workLocation() const;
    QLabel* locationLabel() const { return m_location; }
    // Re-reads the remote server settings (after the Settings dialog).
    void reloadSettings();
    // The message of the last rejected drop (files that are not images, missing ...).
    QString lastProblems() const { return m_lastProblems; }

Q_SIGNALS:
    void statusMessage(const QString& text);
    void workLocationChanged(const QString& text);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildLayout();
    void connectRunner();
    void submit(int row);
    void loadThumbnail(int row);
    std::vector<int> selectedRows() const;
    void updateState();

    JobRunner& m_runner;
    Settings& m_settings;
    UpscaleOptionsPanel* m_options = nullptr;
    UpscaleQueueModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QProgressBar* m_overall = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_location = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_cancelAll = nullptr;
    QPushButton* m_retry = nullptr;
    QPushButton* m_clear = nullptr;
    QTimer* m_tick = nullptr; // refreshes elapsed / remaining times while a job runs
    QString m_lastProblems;
};

} // namespace hires::ui
