#include "core/nn/upscale_network_p.h"

#include "core/nn/conv_util_p.h"
#include "core/nn/module_loading_p.h"
#include "core/nn/network_spec.h"
#include "core/nn/rrdb_net_p.h"
#include "core/nn/srvgg_net_p.h"

#include <map>
#include <string>

namespace hires {

namespace {

// Adapts a torch::nn module holder with forward(Tensor) to UpscaleNetwork.
template <typename Holder> class ModuleNetwork final : public UpscaleNetwork
{
public:
    ModuleNetwork(Holder module, NetworkSpec spec)
        : m_module(std::move(module))
        , m_spec(std::move(spec))
    {
        m_module->eval();
        applyPreferredLayout(*m_module);
    }

    at::Tensor forward(const at::Tensor& x) override { return m_module->forward(x); }
    int scale() const override { return m_spec.scale; }
    int inputMultiple() const override { return m_spec.inputMultiple(); }
    int channels() const override { return m_spec.inChannels; }
    void to(const at::Device& device, at::ScalarType dtype) override
    {
        at::NoGradGuard noGrad;
        // Rounding to fp16/bf16 loses the fp32 weights; keep a CPU copy so that
        // going back to fp32 (the fallback ladder's retry) is exact.
        if (dtype != at::kFloat && m_master.empty()) {
            for (const auto& p : m_module->named_parameters())
                m_master.emplace(p.key(), p.value().detach().to(at::kCPU, at::kFloat, false, true));
        }
        m_module->to(device, dtype);
        if (dtype == at::kFloat && !m_master.empty()) {
            for (auto& p : m_module->named_parameters())
                p.value().copy_(m_master.at(p.key()));
            m_master.clear();
        }
        applyPreferredLayout(*m_module);
    }
    at::Device device() const override { return m_module->parameters().front().device(); }
    at::ScalarType dtype() const override { return m_module->parameters().front().scalar_type(); }
    QString describe() const override { return m_spec.describe(); }
    int64_t parameterCount() const override
    {
        int64_t total = 0;
        for (const auto& p : m_module->parameters())
            total += p.numel();
        return total;
    }

private:
    Holder m_module;
    NetworkSpec m_spec;
    std::map<std::string, at::Tensor> m_master; // exact fp32 weights while in a lower precision
};

template <typename Holder>
Result<std::unique_ptr<UpscaleNetwork>> build(const StateDict& weights, const NetworkSpec& spec)
{
    Holder module(spec);
    if (auto loaded = loadModuleWeights(*module, normalizeUpscaleKeys(weights, spec)); !loaded)
        return loaded.error().withContext(spec.architectureName());
    return std::unique_ptr<UpscaleNetwork>(new ModuleNetwork<Holder>(std::move(module), spec));
}

} // namespace

Result<std::unique_ptr<UpscaleNetwork>> createUpscaleNetwork(const StateDict& weights)
{
    Result<NetworkSpec> spec = detectUpscaleNetwork(weights);
    if (!spec)
        return spec.error();
    try {
        if (spec->kind == NetworkKind::RRDBNet)
            return build<RRDBNet>(weights, *spec);
        return build<SRVGGNetCompact>(weights, *spec);
    } catch (const std::bad_alloc&) {
        return makeError(ErrorCode::OutOfMemory,
                         QStringLiteral("not enough memory to build %1").arg(spec->describe()));
    } catch (const std::exception& e) {
        return makeError(ErrorCode::Internal, QString::fromUtf8(e.what()));
    }
}

} // namespace hires
