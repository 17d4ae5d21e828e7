// Answering a modal dialog from a test: the dialogs under test run with
// exec(), so the answer is queued before the call and given once the event
// loop shows the dialog.
#pragma once

#include <QApplication>
#include <QTimer>

namespace hires::test {

// Calls handler(dialog) for the next modal dialog of type Dialog.
template <typename Dialog, typename Handler> void answerNextDialog(Handler handler)
{
    auto* poll = new QTimer;
    QObject::connect(poll, &QTimer::timeout, poll, [poll, handler] {
        if (auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget())) {
            poll->stop();
            poll->deleteLater();
            handler(dialog);
        }
    });
    poll->start(5);
}

} // namespace hires::test
