// Test support: runs Debian's python3 (HIRES_PYTHON, the one with torch) and
// says whether it succeeded; its standard error goes to the test's log.
#pragma once

#include <QProcess>
#include <QStringList>

namespace hires::test {

inline bool runPython(const QStringList& arguments, int timeoutMs = 1200000)
{
    QProcess python;
    python.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    python.start(QStringLiteral(HIRES_PYTHON), arguments);
    return python.waitForFinished(timeoutMs) && python.exitStatus() == QProcess::NormalExit &&
           python.exitCode() == 0;
}

} // namespace hires::test
