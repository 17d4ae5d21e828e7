// MissingCheckpointPanel: what the Generate page shows instead of its form
// while no Stable Diffusion checkpoint is installed — which file to get,
// where it is published and under which licence, and the folder to put it
// in — with buttons to open the model manager, open that folder, and look
// again. GUI thread only.
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace hires::ui {

class MissingCheckpointPanel : public QWidget
{
    Q_OBJECT
public:
    explicit MissingCheckpointPanel(QWidget* parent = nullptr);

    // The folder the library searches first (the user's model folder).
    void setModelFolder(const QString& folder);
    QString text() const;

    QPushButton* modelManagerButton() const { return m_manager; }
    QPushButton* rescanButton() const { return m_rescan; }

Q_SIGNALS:
    void openModelManagerRequested();
    void rescanRequested();

private:
    QLabel* m_text = nullptr;
    QPushButton* m_manager = nullptr;
    QPushButton* m_openFolder = nullptr;
    QPushButton* m_rescan = nullptr;
    QString m_folder;
};

} // namespace hires::ui
