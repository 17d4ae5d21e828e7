// Test support: running the Python references in
// tests/python with Debian's Python (HIRES_PYTHON: torch, numpy, regex) and
// printing a Result's error in QVERIFY2 without touching a successful one.
#pragma once

#include "core/base/result.h"

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <optional>

namespace hires::test {

struct PythonRun
{
    QByteArray output;
    QString error; // empty when the script ran and exited with 0
};

inline PythonRun runPythonReference(const QString& script, const QStringList& arguments,
                                    const QByteArray& input = {}, int timeoutMs = 300000)
{
    QProcess process;
    process.setProgram(QStringLiteral(HIRES_PYTHON));
    process.setArguments(QStringList{QStringLiteral(HIRES_SOURCE_DIR "/tests/python/") + script} +
                         arguments);
    process.start();
    if (!process.waitForStarted())
        return {{}, QStringLiteral("cannot start " HIRES_PYTHON)};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs))
        return {{}, script + QStringLiteral(" did not finish")};
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return {{},
                script + QStringLiteral(" failed: ") +
                    QString::fromUtf8(process.readAllStandardError())};
    return {process.readAllStandardOutput(), {}};
}

// The error message of a failed Result, or "" (QVERIFY2 evaluates its
// message even when the check passes).
template <typename R> QByteArray errorText(const R& result)
{
    return result.ok() ? QByteArray() : result.error().message.toUtf8();
}

} // namespace hires::test
