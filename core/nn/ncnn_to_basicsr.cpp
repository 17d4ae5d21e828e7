#include "core/nn/ncnn_to_basicsr.h"

#include <QCoreApplication>

namespace hires {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("hires::NcnnToBasicsr", text);
}

// One weight-bearing ncnn layer: a convolution (weight [+ bias]) or a PReLU (slope).
struct Item
{
    bool prelu = false;
    const TensorRef* weight = nullptr;
    const TensorRef* bias = nullptr;
};

Error notMappable(const QString& why)
{
    return makeError(
        ErrorCode::Unsupported,
        tr("the ncnn weights are not those of an RRDBNet or SRVGGNetCompact: %1").arg(why));
}

Result<std::vector<Item>> layerItems(const StateDict& dict)
{
    std::vector<Item> items;
    std::string current;
    for (const std::string& name : dict.names()) {
        const size_t dot = name.rfind('.');
        const std::string layer = name.substr(0, dot);
        const std::string role = dot == std::string::npos ? std::string() : name.substr(dot + 1);
        const TensorRef* ref = &dict.at(name);
        if (layer != current) {
            current = layer;
            items.emplace_back();
        }
        Item& item = items.back();
        if (role == "weight" && ref->shape.size() == 4 && !item.weight)
            item.weight = ref;
        else if (role == "bias" && item.weight && !item.bias)
            item.bias = ref;
        else if (role == "slope" && !item.weight && !item.prelu) {
            item.prelu = true;
            item.weight = ref;
        } else
            return notMappable(tr("tensor %1 is neither a convolution nor a PReLU weight")
                                   .arg(QString::fromStdString(name)));
    }
    return items;
}

void insertConv(StateDict& out, const std::string& name, const Item& item)
{
    out.insert(name + ".weight", *item.weight);
    if (item.bias)
        out.insert(name + ".bias", *item.bias);
}

Result<StateDict> mapRrdb(const std::vector<Item>& items)
{
    // 15 convs per RRDB block plus conv_first, conv_body, conv_up1, conv_up2, conv_hr, conv_last.
    const size_t blocks = (items.size() - 6) / 15;
    if (items.size() < 21 || (items.size() - 6) % 15 != 0)
        return notMappable(tr("%1 convolutions").arg(items.size()));
    StateDict out;
    size_t i = 0;
    insertConv(out, "conv_first", items[i++]);
    for (size_t b = 0; b < blocks; ++b) {
        for (int rdb = 1; rdb <= 3; ++rdb) {
            for (int conv = 1; conv <= 5; ++conv)
                insertConv(out,
                           "body." + std::to_string(b) + ".rdb" + std::to_string(rdb) + ".conv" +
                               std::to_string(conv),
                           items[i++]);
        }
    }
    for (const char* name : {"conv_body", "conv_up1", "conv_up2", "conv_hr", "conv_last"})
        insertConv(out, name, items[i++]);
    return out;
}

Result<StateDict> mapSrvgg(const std::vector<Item>& items)
{
    // conv, PReLU, (conv, PReLU) x num_conv, conv: PReLUs at odd positions.
    if (items.size() < 3 || items.size() % 2 == 0)
        return notMappable(tr("%1 layers").arg(items.size()));
    StateDict out;
    for (size_t i = 0; i < items.size(); ++i) {
        const std::string name = "body." + std::to_string(i);
        if (items[i].prelu != (i % 2 == 1))
            return notMappable(tr("layer %1 breaks the conv/PReLU alternation").arg(i));
        if (items[i].prelu)
            out.insert(name + ".weight", *items[i].weight);
        else
            insertConv(out, name, items[i]);
    }
    return out;
}

} // namespace

Result<BasicsrWeights> mapNcnnToBasicsr(const StateDict& ncnnWeights)
{
    Result<std::vector<Item>> items = layerItems(ncnnWeights);
    if (!items)
        return items.error();
    bool anyPrelu = false;
    for (const Item& item : items.value())
        anyPrelu = anyPrelu || item.prelu;
    Result<StateDict> mapped = anyPrelu ? mapSrvgg(items.value()) : mapRrdb(items.value());
    if (!mapped)
        return mapped.error();
    mapped->format = ncnnWeights.format;
    Result<NetworkSpec> spec = detectUpscaleNetwork(mapped.value());
    if (!spec)
        return spec.error();
    return BasicsrWeights{std::move(mapped.value()), std::move(spec.value())};
}

} // namespace hires
