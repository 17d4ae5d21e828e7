// The graphical application: QApplication set-up, language, main window.
#pragma once

namespace hires::ui {

// Runs the GUI event loop; argv may name files to open. Returns the exit code.
int runApplication(int argc, char** argv);

} // namespace hires::ui
