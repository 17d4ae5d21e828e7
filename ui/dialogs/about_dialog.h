// AboutDialog: the version and what this build runs on (libtorch and whether
// it has CUDA, OpenCV, Qt), so a bug report can say exactly that.
#pragma once

#include <QDialog>

namespace hires::ui {

class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);

    // The runtime lines as plain text (also what "Copy" puts on the clipboard).
    static QString runtimeText();
};

} // namespace hires::ui
