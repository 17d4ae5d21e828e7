// NcnnParamParser: the strict reader of ncnn's .param text (see NcnnModel
// for the rules). Private to core/weights: NcnnModel::read() uses it.
//
// Contract: fills the model's layers and blobs or returns the first problem,
// naming the file and the line; bounds-checked, no recursion, never throws.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <QString>

#include "core/base/result.h"
#include "core/weights/ncnn_model.h"

namespace hires {

class NcnnParamParser
{
public:
    NcnnParamParser(NcnnModel& model, const QString& fileName);

    std::optional<Error> parse(std::string_view text);

    static QString formatLabel(); // "ncnn .param", for messages

private:
    Error fail(int line, const QString& what) const;
    std::optional<Error> parseLayer(const std::vector<std::string_view>& tokens, int lineNumber);
    std::optional<Error> parseParam(std::string_view token, NcnnLayer& layer, int lineNumber);

    NcnnModel& m_model;
    QString m_fileName;
    std::unordered_map<std::string, int> m_blobIndex;
    std::unordered_set<std::string> m_layerNames;
};

} // namespace hires
