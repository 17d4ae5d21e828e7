// Test support: runs a fixture script of tests/python with Debian's python3
// (torch, numpy) into a folder; returns an empty string or why it failed.
#pragma once

#include <QProcess>
#include <QString>

namespace hires::test {

inline QString runPythonFixture(const char* script, const QString& outDir)
{
    QProcess python;
    python.start(
        QStringLiteral(HIRES_PYTHON),
        {QStringLiteral(HIRES_SOURCE_DIR "/tests/python/") + QLatin1String(script), outDir});
    if (!python.waitForFinished(300000))
        return QStringLiteral("%1 did not finish").arg(QLatin1String(script));
    if (python.exitStatus() != QProcess::NormalExit || python.exitCode() != 0)
        return QString::fromUtf8(python.readAllStandardError());
    return {};
}

} // namespace hires::test
