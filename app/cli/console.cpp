#include "app/cli/console.h"

#include <cstdio>
#include <unistd.h>

namespace hires::cli {

namespace {
bool g_progressOpen = false;

void write(FILE* stream, const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}
} // namespace

void printOut(const QString& text)
{
    endProgress();
    write(stdout, text);
}

void printErr(const QString& text)
{
    endProgress();
    write(stderr, text);
}

void printProgress(const QString& text)
{
    if (!isatty(fileno(stderr))) {
        write(stderr, text);
        return;
    }
    const QByteArray bytes = ("\r\033[K" + text).toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
    std::fflush(stderr);
    g_progressOpen = true;
}

void endProgress()
{
    if (g_progressOpen) {
        std::fputc('\n', stderr);
        std::fflush(stderr);
        g_progressOpen = false;
    }
}

} // namespace hires::cli
