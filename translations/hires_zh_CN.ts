<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>ImageDocument</name>
        <message>
            <source>%1: this pixel layout cannot be displayed</source>
            <translation>%1：无法显示此像素格式</translation>
        </message>
        <message>
            <source>%1-bit</source>
            <translation>%1 位</translation>
        </message>
        <message>
            <source>Gray (1 channel)</source>
            <translation>灰度（1 个通道）</translation>
        </message>
        <message>
            <source>RGB (3 channels)</source>
            <translation>RGB（3 个通道）</translation>
        </message>
        <message>
            <source>RGBA (4 channels)</source>
            <translation>RGBA（4 个通道）</translation>
        </message>
        <message numerus="yes">
            <source>%n channel(s)</source>
            <translation>
                <numerusform>%n 个通道</numerusform>
            </translation>
        </message>
        <message>
            <source>Gray %1</source>
            <translation>灰度 %1</translation>
        </message>
        <message>
            <source>R %1  G %2  B %3</source>
            <translation>R %1  G %2  B %3</translation>
        </message>
        <message>
            <source>  A %1</source>
            <translation>  A %1</translation>
        </message>
    </context>
    <context>
        <name>SaveAsController</name>
        <message>
            <source>Cannot save “%1”: “.%2” is not a format Hires Studio writes. Use PNG, JPEG, WebP or TIFF.</source>
            <translation>无法保存“%1”：Hires Studio 不能写入“.%2”格式。请使用 PNG、JPEG、WebP 或 TIFF。</translation>
        </message>
        <message>
            <source>Save Image As</source>
            <translation>图像另存为</translation>
        </message>
        <message>
            <source>Replace File?</source>
            <translation>替换文件？</translation>
        </message>
        <message>
            <source>“%1” already exists. Replace it?</source>
            <translation>“%1”已存在。要替换它吗？</translation>
        </message>
        <message>
            <source>Replace the Original?</source>
            <translation>替换原始文件？</translation>
        </message>
        <message>
            <source>“%1” is the image you are viewing. Saving under this name replaces the original file.</source>
            <translation>“%1”是您正在查看的图像。以此名称保存会替换原始文件。</translation>
        </message>
        <message>
            <source>Save as &amp;Copy</source>
            <translation>另存为副本(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Replace Original</source>
            <translation>替换原始文件(&amp;R)</translation>
        </message>
        <message>
            <source>Saving was cancelled.</source>
            <translation>保存已取消。</translation>
        </message>
    </context>
    <context>
        <name>SdModelInfo</name>
        <message>
            <source>Stable Diffusion 1.x</source>
            <translation>Stable Diffusion 1.x</translation>
        </message>
        <message>
            <source>Stable Diffusion 2.x (v-prediction)</source>
            <translation>Stable Diffusion 2.x（v 预测）</translation>
        </message>
        <message>
            <source>Stable Diffusion 2.x</source>
            <translation>Stable Diffusion 2.x</translation>
        </message>
        <message>
            <source>SDXL base</source>
            <translation>SDXL 基础模型</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>Usage: %1 [FILE...]            open the window (with FILEs)
       %1 COMMAND [OPTIONS]    run a command without a window
       %1 COMMAND --help       options of a command

Commands:
</source>
            <translation>用法：%1 [文件...]              打开窗口（并打开这些文件）
      %1 命令 [选项]            不打开窗口，运行命令
      %1 命令 --help            命令的选项

命令：
</translation>
        </message>
        <message>
            <source>
Options:
  -h, --help     show this help
  -v, --version  show the version and the runtime (libtorch, OpenCV, device)</source>
            <translation>
选项：
  -h, --help     显示此帮助
  -v, --version  显示版本和运行环境（libtorch、OpenCV、设备）</translation>
        </message>
        <message>
            <source>Unknown command '%1'. Try '%2 --help'.</source>
            <translation>未知命令“%1”。请尝试“%2 --help”。</translation>
        </message>
    </context>
    <context>
        <name>hires</name>
        <message>
            <source>%1: cannot read (%2)</source>
            <translation>%1：无法读取（%2）</translation>
        </message>
        <message>
            <source>%1: cannot write (%2)</source>
            <translation>%1：无法写入（%2）</translation>
        </message>
        <message>
            <source>%1: copying failed (%2)</source>
            <translation>%1：复制失败（%2）</translation>
        </message>
        <message>
            <source>layer %1 (%2): %3</source>
            <translation>层 %1（%2）：%3</translation>
        </message>
        <message>
            <source>activation type %1 needs %2 activation params</source>
            <translation>激活类型 %1 需要 %2 个激活参数</translation>
        </message>
        <message>
            <source>fused activation type %1 is unknown</source>
            <translation>未知的融合激活类型 %1</translation>
        </message>
        <message>
            <source>a fixed output size (params 20/21) is not supported</source>
            <translation>不支持固定输出尺寸（参数 20/21）</translation>
        </message>
        <message>
            <source>dynamic weights are not supported</source>
            <translation>不支持动态权重</translation>
        </message>
        <message>
            <source>negative padding</source>
            <translation>负填充</translation>
        </message>
        <message>
            <source>padding %1/%2/%3/%4 is not supported</source>
            <translation>不支持填充 %1/%2/%3/%4</translation>
        </message>
        <message>
            <source>num_output, kernel, stride, dilation and group must be positive</source>
            <translation>num_output、kernel、stride、dilation 和 group 必须为正数</translation>
        </message>
        <message>
            <source>the layer has no weights</source>
            <translation>该层没有权重</translation>
        </message>
        <message>
            <source>int8-quantised weights are not supported</source>
            <translation>不支持 int8 量化权重</translation>
        </message>
        <message>
            <source>bias_term without bias</source>
            <translation>有 bias_term 但没有偏置</translation>
        </message>
        <message>
            <source>weight_data_size %1 does not fit num_output %2, kernel %3x%4 and group %5</source>
            <translation>weight_data_size %1 与 num_output %2、卷积核 %3x%4 和 group %5 不匹配</translation>
        </message>
        <message>
            <source>the input channels do not divide into %1 groups</source>
            <translation>输入通道数不能被分成 %1 组</translation>
        </message>
        <message>
            <source>resize type %1 is not supported (1 nearest, 2 bilinear, 3 bicubic)</source>
            <translation>不支持缩放类型 %1（1 最近邻，2 双线性，3 双三次）</translation>
        </message>
        <message>
            <source>a dynamic target size is not supported</source>
            <translation>不支持动态目标尺寸</translation>
        </message>
        <message>
            <source>the scales and sizes must be positive</source>
            <translation>缩放比例和尺寸必须为正数</translation>
        </message>
        <message>
            <source>starts, ends and axes must have the same length</source>
            <translation>starts、ends 和 axes 的长度必须相同</translation>
        </message>
        <message>
            <source>a crop region read from a blob is not supported</source>
            <translation>不支持从 blob 读取的裁剪区域</translation>
        </message>
        <message>
            <source>channel-only and height-only crop forms are not supported</source>
            <translation>不支持仅按通道或仅按高度的裁剪形式</translation>
        </message>
        <message>
            <source>num_slope must be positive</source>
            <translation>num_slope 必须为正数</translation>
        </message>
        <message>
            <source>axis %1 does not exist on an image blob</source>
            <translation>图像 blob 中不存在轴 %1</translation>
        </message>
        <message>
            <source>operation %1 is unknown</source>
            <translation>未知操作 %1</translation>
        </message>
        <message>
            <source>upscale factor %1 / mode %2 is not supported</source>
            <translation>不支持放大倍数 %1 / 模式 %2</translation>
        </message>
        <message>
            <source>layer %1 has type %2, which the ncnn executor does not run (it runs %3)</source>
            <translation>层 %1 的类型为 %2，ncnn 执行器不支持（它支持 %3）</translation>
        </message>
        <message>
            <source>layer %1 lacks its weights</source>
            <translation>层 %1 缺少权重</translation>
        </message>
        <message>
            <source>layer %1: %2</source>
            <translation>层 %1：%2</translation>
        </message>
        <message>
            <source>the ncnn weights are not those of an RRDBNet or SRVGGNetCompact: %1</source>
            <translation>ncnn 权重不属于 RRDBNet 或 SRVGGNetCompact：%1</translation>
        </message>
        <message>
            <source>tensor %1 is neither a convolution nor a PReLU weight</source>
            <translation>张量 %1 既不是卷积权重也不是 PReLU 权重</translation>
        </message>
        <message>
            <source>%1 convolutions</source>
            <translation>%1 个卷积</translation>
        </message>
        <message>
            <source>%1 layers</source>
            <translation>%1 层</translation>
        </message>
        <message>
            <source>layer %1 breaks the conv/PReLU alternation</source>
            <translation>层 %1 打破了卷积/PReLU 的交替</translation>
        </message>
        <message>
            <source>%1: no such model file</source>
            <translation>%1：没有此模型文件</translation>
        </message>
        <message>
            <source>%1: not enough memory to load the model</source>
            <translation>%1：内存不足，无法加载模型</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>group must be at least 1</source>
            <translation>group 必须至少为 1</translation>
        </message>
        <message>
            <source>weight_data_size %1 is not a multiple of num_output x kernel_h x kernel_w (%2)</source>
            <translation>weight_data_size %1 不是 num_output x kernel_h x kernel_w（%2）的倍数</translation>
        </message>
        <message>
            <source>weight_data_size %1 is not a multiple of num_output %2</source>
            <translation>weight_data_size %1 不是 num_output %2 的倍数</translation>
        </message>
        <message>
            <source>scale_data_size is negative</source>
            <translation>scale_data_size 为负数</translation>
        </message>
        <message>
            <source>ncnn .bin</source>
            <translation>ncnn .bin</translation>
        </message>
        <message>
            <source>PyTorch checkpoint</source>
            <translation>PyTorch 检查点</translation>
        </message>
        <message>
            <source>PyTorch legacy checkpoint</source>
            <translation>PyTorch 旧格式检查点</translation>
        </message>
        <message>
            <source>storage %1 declares %2 elements of %3 bytes but %4 holds only %5 bytes</source>
            <translation>存储 %1 声明了 %2 个 %3 字节的元素，但 %4 只有 %5 字节</translation>
        </message>
        <message>
            <source>inflates to more than its declared %1 bytes</source>
            <translation>解压后超过声明的 %1 字节</translation>
        </message>
        <message>
            <source>damaged deflate data (%1)</source>
            <translation>deflate 数据已损坏（%1）</translation>
        </message>
        <message>
            <source>the deflate data ends early</source>
            <translation>deflate 数据提前结束</translation>
        </message>
        <message>
            <source>inflates to %1 bytes, not its declared %2</source>
            <translation>解压后为 %1 字节，而非声明的 %2 字节</translation>
        </message>
        <message>
            <source>%1: GFPGAN v1 in its original layout is not supported; use GFPGANv1.4.pth</source>
            <translation>%1：不支持原始布局的 GFPGAN v1；请使用 GFPGANv1.4.pth</translation>
        </message>
        <message>
            <source>%1: ONNX models other than YuNet's face detector are not used</source>
            <translation>%1：除 YuNet 人脸检测器外，不使用其他 ONNX 模型</translation>
        </message>
        <message>
            <source>%1: not an ONNX model file</source>
            <translation>%1：不是 ONNX 模型文件</translation>
        </message>
        <message>
            <source>the server sent no %1</source>
            <translation>服务器未返回 %1</translation>
        </message>
    </context>
    <context>
        <name>hires::Assembler</name>
        <message>
            <source>the file holds a pickled object (%1), not a state dict</source>
            <translation>文件包含 pickle 对象（%1），而不是 state dict</translation>
        </message>
        <message>
            <source>the file holds %1, not a state dict</source>
            <translation>文件包含 %1，而不是 state dict</translation>
        </message>
        <message>
            <source>the file holds no tensors</source>
            <translation>文件中没有张量</translation>
        </message>
        <message>
            <source>tensor %1 %2</source>
            <translation>张量 %1 %2</translation>
        </message>
    </context>
    <context>
        <name>hires::Compare</name>
        <message>
            <source>The job did not return a comparison.</source>
            <translation>任务未返回比较结果。</translation>
        </message>
        <message>
            <source>A difference needs two 8- or 16-bit images with 1, 3 or 4 channels.</source>
            <translation>差异图需要两张 1、3 或 4 通道的 8 位或 16 位图像。</translation>
        </message>
        <message>
            <source>A difference needs images of the same size (%1x%2 and %3x%4).</source>
            <translation>差异图需要相同尺寸的图像（%1x%2 和 %3x%4）。</translation>
        </message>
        <message>
            <source>The difference gain must be positive (got %1).</source>
            <translation>差异增益必须为正数（当前为 %1）。</translation>
        </message>
        <message>
            <source>%1 vs %2</source>
            <translation>%1 与 %2</translation>
        </message>
        <message>
            <source>The comparison was cancelled.</source>
            <translation>比较已取消。</translation>
        </message>
        <message>
            <source>Both images must be 8- or 16-bit with 1, 3 or 4 channels to be compared.</source>
            <translation>两张图像都必须是 1、3 或 4 通道的 8 位或 16 位图像才能比较。</translation>
        </message>
        <message>
            <source>PSNR needs two 8- or 16-bit images with 1, 3 or 4 channels.</source>
            <translation>PSNR 需要两张 1、3 或 4 通道的 8 位或 16 位图像。</translation>
        </message>
        <message>
            <source>PSNR needs images of the same size (%1x%2 and %3x%4).</source>
            <translation>PSNR 需要相同尺寸的图像（%1x%2 和 %3x%4）。</translation>
        </message>
        <message>
            <source>Fidelity needs a result and the input it was made from.</source>
            <translation>保真度需要一个结果及其对应的输入图像。</translation>
        </message>
        <message>
            <source>image</source>
            <translation>图像</translation>
        </message>
        <message>
            <source>LANCZOS vs %1: %2</source>
            <translation>LANCZOS 与 %1：%2</translation>
        </message>
        <message>
            <source>Nothing to compare: no input image was given.</source>
            <translation>无可比较内容：未提供输入图像。</translation>
        </message>
        <message>
            <source>LANCZOS</source>
            <translation>LANCZOS</translation>
        </message>
        <message>
            <source>The restored faces do not fit the right image.</source>
            <translation>修复后的人脸与右侧图像不匹配。</translation>
        </message>
    </context>
    <context>
        <name>hires::DefaultModels</name>
        <message>
            <source>%1: the default model file is missing</source>
            <translation>%1：缺少默认模型文件</translation>
        </message>
        <message>
            <source>%1: cannot create the folder</source>
            <translation>%1：无法创建文件夹</translation>
        </message>
    </context>
    <context>
        <name>hires::Diffusion</name>
        <message>
            <source>%1: the vocabulary lacks the byte symbol '%2'</source>
            <translation>%1：词表缺少字节符号“%2”</translation>
        </message>
        <message>
            <source>%1: the vocabulary lacks &lt;|startoftext|&gt; or &lt;|endoftext|&gt;</source>
            <translation>%1：词表缺少 &lt;|startoftext|&gt; 或 &lt;|endoftext|&gt;</translation>
        </message>
        <message>
            <source>%1: the merge '%2 %3' makes a token that is not in the vocabulary</source>
            <translation>%1：合并“%2 %3”产生的词元不在词表中</translation>
        </message>
        <message>
            <source>%1: the file does not exist</source>
            <translation>%1：文件不存在</translation>
        </message>
        <message>
            <source>%1: cannot open the file: %2</source>
            <translation>%1：无法打开文件：%2</translation>
        </message>
        <message>
            <source>%1: %2 bytes is too large for a tokenizer file</source>
            <translation>%1：%2 字节对分词器文件来说太大</translation>
        </message>
        <message>
            <source>%1: reading failed: %2</source>
            <translation>%1：读取失败：%2</translation>
        </message>
        <message>
            <source>%1: zlib could not start</source>
            <translation>%1：zlib 无法启动</translation>
        </message>
        <message>
            <source>%1: the gzip data is damaged or truncated</source>
            <translation>%1：gzip 数据已损坏或被截断</translation>
        </message>
        <message>
            <source>%1: decompresses to more than %2 bytes</source>
            <translation>%1：解压后超过 %2 字节</translation>
        </message>
        <message>
            <source>%1: the text is not valid UTF-8</source>
            <translation>%1：文本不是有效的 UTF-8</translation>
        </message>
        <message>
            <source>%1/vocab.json: not a JSON object (%2)</source>
            <translation>%1/vocab.json：不是 JSON 对象（%2）</translation>
        </message>
        <message>
            <source>%1/vocab.json: the id of '%2' is not a token id</source>
            <translation>%1/vocab.json：“%2”的 ID 不是词元 ID</translation>
        </message>
        <message>
            <source>%1/vocab.json: the byte symbol '%2' is missing</source>
            <translation>%1/vocab.json：缺少字节符号“%2”</translation>
        </message>
        <message>
            <source>%1/vocab.json: '%2' is missing</source>
            <translation>%1/vocab.json：缺少“%2”</translation>
        </message>
        <message>
            <source>%1: no tokenizer here (expected vocab.json and merges.txt, or bpe_simple_vocab_16e6.txt.gz)</source>
            <translation>%1：此处没有分词器（应有 vocab.json 和 merges.txt，或 bpe_simple_vocab_16e6.txt.gz）</translation>
        </message>
        <message>
            <source>alphas_cumprod must have between 2 and 100000 entries</source>
            <translation>alphas_cumprod 必须有 2 到 100000 个条目</translation>
        </message>
        <message>
            <source>alphas_cumprod must lie strictly between 0 and 1</source>
            <translation>alphas_cumprod 必须严格介于 0 和 1 之间</translation>
        </message>
        <message>
            <source>alphas_cumprod must decrease strictly</source>
            <translation>alphas_cumprod 必须严格递减</translation>
        </message>
        <message>
            <source>The prompt weight '%1' is not a number</source>
            <translation>提示词权重“%1”不是数字</translation>
        </message>
        <message>
            <source>Sampling step %1 failed: %2</source>
            <translation>采样步骤 %1 失败：%2</translation>
        </message>
        <message>
            <source>A sampler needs at least two sigmas</source>
            <translation>采样器至少需要两个 sigma</translation>
        </message>
        <message>
            <source>Latents are sampled in float32 or float64; half precision belongs inside the network</source>
            <translation>潜变量以 float32 或 float64 采样；半精度只用于网络内部</translation>
        </message>
        <message>
            <source>%1 needs a noise source</source>
            <translation>%1 需要噪声源</translation>
        </message>
        <message>
            <source>Sampling was cancelled after %1 of %2 steps</source>
            <translation>采样在第 %1/%2 步后取消</translation>
        </message>
        <message>
            <source>Euler a</source>
            <translation>Euler a</translation>
        </message>
        <message>
            <source>Euler</source>
            <translation>Euler</translation>
        </message>
        <message>
            <source>DPM++ 2M</source>
            <translation>DPM++ 2M</translation>
        </message>
        <message>
            <source>DPM++ 2M Karras</source>
            <translation>DPM++ 2M Karras</translation>
        </message>
        <message>
            <source>DDIM</source>
            <translation>DDIM</translation>
        </message>
        <message>
            <source>The number of steps must be between 1 and 10000</source>
            <translation>步数必须介于 1 到 10000 之间</translation>
        </message>
        <message>
            <source>The denoising strength must be between 0 and 1</source>
            <translation>去噪强度必须介于 0 到 1 之间</translation>
        </message>
        <message>
            <source>Hires fix needs a denoising strength above 0</source>
            <translation>高清修复需要大于 0 的去噪强度</translation>
        </message>
        <message>
            <source>The denoising strength is too small for this many steps</source>
            <translation>对于这么多步数，去噪强度太小</translation>
        </message>
        <message>
            <source>%1: the diffusers folder has no %2 weights</source>
            <translation>%1：diffusers 文件夹中没有 %2 权重</translation>
        </message>
        <message>
            <source>%1: no such checkpoint file or folder</source>
            <translation>%1：没有这样的检查点文件或文件夹</translation>
        </message>
        <message>
            <source>%1: a folder, but not a diffusers pipeline (it needs unet/ and vae/ subfolders)</source>
            <translation>%1：是文件夹，但不是 diffusers 管线（需要 unet/ 和 vae/ 子文件夹）</translation>
        </message>
        <message>
            <source>no face found</source>
            <translation>未找到人脸</translation>
        </message>
        <message>
            <source>the restorer returned an image of another size</source>
            <translation>修复器返回的图像尺寸不同</translation>
        </message>
        <message>
            <source>no GFPGAN model found (GFPGANv1.4.pth); add one to a model folder</source>
            <translation>未找到 GFPGAN 模型（GFPGANv1.4.pth）；请将其添加到模型文件夹</translation>
        </message>
        <message>
            <source>the face model did not run</source>
            <translation>人脸模型未能运行</translation>
        </message>
        <message>
            <source>Not enough memory for this generation; try a smaller size or turn hires fix off</source>
            <translation>内存不足，无法完成此次生成；请尝试更小的尺寸或关闭高清修复</translation>
        </message>
        <message>
            <source>The generation failed: %1</source>
            <translation>生成失败：%1</translation>
        </message>
        <message>
            <source>The parameters text has no settings line ("Steps: ..., Sampler: ..., Seed: ...")</source>
            <translation>参数文本中没有设置行（"Steps: ..., Sampler: ..., Seed: ..."）</translation>
        </message>
        <message>
            <source>%1 must be a multiple of 8 between %2 and %3, got %4</source>
            <translation>%1 必须是介于 %2 和 %3 之间的 8 的倍数，当前为 %4</translation>
        </message>
        <message>
            <source>%1 must be between %2 and %3, got %4</source>
            <translation>%1 必须介于 %2 和 %3 之间，当前为 %4</translation>
        </message>
        <message>
            <source>%1 has the wrong type or value: %2</source>
            <translation>%1 的类型或值错误：%2</translation>
        </message>
        <message>
            <source>seed must be -1 (random) or between 0 and %1, got %2</source>
            <translation>seed 必须为 -1（随机）或介于 0 和 %1 之间，当前为 %2</translation>
        </message>
        <message>
            <source>num_inference_steps must be between 1 and %1, got %2</source>
            <translation>num_inference_steps 必须介于 1 和 %1 之间，当前为 %2</translation>
        </message>
        <message>
            <source>clip_skip must be between 1 and 12, got %1</source>
            <translation>clip_skip 必须介于 1 和 12 之间，当前为 %1</translation>
        </message>
        <message>
            <source>hires_steps must be between 0 and %1, got %2</source>
            <translation>hires_steps 必须介于 0 和 %1 之间，当前为 %2</translation>
        </message>
        <message>
            <source>hires_scale %1 makes the image larger than %2 pixels</source>
            <translation>hires_scale %1 会使图像超过 %2 像素</translation>
        </message>
        <message>
            <source>sampler "%1" is unknown; use euler_a, euler, dpmpp_2m, dpmpp_2m_karras or ddim</source>
            <translation>未知的采样器“%1”；请使用 euler_a、euler、dpmpp_2m、dpmpp_2m_karras 或 ddim</translation>
        </message>
        <message>
            <source>hires_upscaler "%1" is unknown; use realesrgan, lanczos or latent</source>
            <translation>未知的 hires_upscaler“%1”；请使用 realesrgan、lanczos 或 latent</translation>
        </message>
        <message>
            <source>The generation was cancelled</source>
            <translation>生成已取消</translation>
        </message>
        <message>
            <source>No model given: choose a Stable Diffusion checkpoint (.safetensors / .ckpt) or diffusers folder</source>
            <translation>未指定模型：请选择 Stable Diffusion 检查点（.safetensors / .ckpt）或 diffusers 文件夹</translation>
        </message>
        <message>
            <source>No checkpoint "%1": not a file or folder, and not in the model folders (%2)</source>
            <translation>没有检查点“%1”：既不是文件或文件夹，也不在模型文件夹（%2）中</translation>
        </message>
        <message>
            <source>Re-running the second pass needs hires_fix on</source>
            <translation>重新运行第二阶段需要开启 hires_fix</translation>
        </message>
        <message>
            <source>Re-running the second pass needs the first run's seed</source>
            <translation>重新运行第二阶段需要第一次运行的种子</translation>
        </message>
        <message>
            <source>loading model</source>
            <translation>正在加载模型</translation>
        </message>
        <message>
            <source>width and height must be multiples of %1 for this model, got %2x%3</source>
            <translation>对于此模型，宽度和高度必须是 %1 的倍数，当前为 %2x%3</translation>
        </message>
        <message>
            <source>upscaling</source>
            <translation>正在放大</translation>
        </message>
        <message>
            <source>latent upscale requested</source>
            <translation>已请求潜空间放大</translation>
        </message>
        <message>
            <source>encoding image</source>
            <translation>正在编码图像</translation>
        </message>
        <message>
            <source>face restoration</source>
            <translation>人脸修复</translation>
        </message>
        <message>
            <source>encoding prompt</source>
            <translation>正在编码提示词</translation>
        </message>
        <message>
            <source>first pass</source>
            <translation>第一阶段</translation>
        </message>
        <message>
            <source>decoding</source>
            <translation>正在解码</translation>
        </message>
        <message>
            <source>second pass</source>
            <translation>第二阶段</translation>
        </message>
        <message>
            <source>saving</source>
            <translation>正在保存</translation>
        </message>
        <message>
            <source>done</source>
            <translation>完成</translation>
        </message>
        <message>
            <source>Real-ESRGAN requested</source>
            <translation>已请求 Real-ESRGAN</translation>
        </message>
        <message>
            <source>no Real-ESRGAN model found (realesrgan-x4fast or -x4plus); install the default models</source>
            <translation>未找到 Real-ESRGAN 模型（realesrgan-x4fast 或 -x4plus）；请安装默认模型</translation>
        </message>
        <message>
            <source>LANCZOS requested</source>
            <translation>已请求 LANCZOS</translation>
        </message>
        <message>
            <source>The tokenizer at %1 has %2 tokens but the text encoder of %3 knows only %4: it belongs to another model</source>
            <translation>位于 %1 的分词器有 %2 个词元，但 %3 的文本编码器只认识 %4 个：它属于另一个模型</translation>
        </message>
        <message>
            <source>given</source>
            <translation>指定</translation>
        </message>
        <message>
            <source>the model's own</source>
            <translation>模型自带</translation>
        </message>
        <message>
            <source>next to the checkpoint</source>
            <translation>检查点旁</translation>
        </message>
        <message>
            <source>model folder</source>
            <translation>模型文件夹</translation>
        </message>
        <message>
            <source>tokenizer from %1 (%2)</source>
            <translation>分词器来自 %1（%2）</translation>
        </message>
        <message>
            <source>%1 holds no CLIP tokenizer: it needs vocab.json and merges.txt, or bpe_simple_vocab_16e6.txt.gz</source>
            <translation>%1 中没有 CLIP 分词器：需要 vocab.json 和 merges.txt，或 bpe_simple_vocab_16e6.txt.gz</translation>
        </message>
        <message>
            <source>No CLIP tokenizer found for %1. Get vocab.json and merges.txt from the tokenizer folder of openai/clip-vit-large-patch14 (or bpe_simple_vocab_16e6.txt.gz from openai/CLIP) and put them in a folder named "tokenizer" next to the checkpoint or in a model folder, or pass --tokenizer DIR. Looked in: %2</source>
            <translation>未找到 %1 的 CLIP 分词器。请从 openai/clip-vit-large-patch14 的 tokenizer 文件夹获取 vocab.json 和 merges.txt（或从 openai/CLIP 获取 bpe_simple_vocab_16e6.txt.gz），放入检查点旁边或模型文件夹中名为“tokenizer”的文件夹，或使用 --tokenizer DIR 指定。已查找：%2</translation>
        </message>
    </context>
    <context>
        <name>hires::Face</name>
        <message>
            <source>face landmarks are not finite</source>
            <translation>人脸关键点不是有限值</translation>
        </message>
        <message>
            <source>face landmarks are degenerate (all in one point)</source>
            <translation>人脸关键点退化（全部位于同一点）</translation>
        </message>
        <message>
            <source>not enough memory for a face crop</source>
            <translation>内存不足，无法裁剪人脸</translation>
        </message>
        <message>
            <source>not enough memory for face detection</source>
            <translation>内存不足，无法进行人脸检测</translation>
        </message>
        <message>
            <source>unknown face detector '%1' (use auto, yunet or haar)</source>
            <translation>未知的人脸检测器“%1”（请使用 auto、yunet 或 haar）</translation>
        </message>
        <message>
            <source>no face_detection_yunet*.onnx in the model folders (%1)</source>
            <translation>模型文件夹（%1）中没有 face_detection_yunet*.onnx</translation>
        </message>
        <message>
            <source>no YuNet model file in the model folders</source>
            <translation>模型文件夹中没有 YuNet 模型文件</translation>
        </message>
        <message>
            <source>a restored face must be a square CV_32FC3 image</source>
            <translation>修复后的人脸必须是正方形的 CV_32FC3 图像</translation>
        </message>
        <message>
            <source>not enough memory to paste a face back</source>
            <translation>内存不足，无法将人脸贴回</translation>
        </message>
        <message>
            <source>the face restoration weight must be between 0 and 1 (got %1)</source>
            <translation>人脸修复权重必须介于 0 和 1 之间（当前为 %1）</translation>
        </message>
        <message>
            <source>a face comparison needs detected faces, not an aligned face as input</source>
            <translation>人脸比较需要检测到的人脸，而不是以对齐的人脸作为输入</translation>
        </message>
        <message>
            <source>a face record without its aligned crop</source>
            <translation>人脸记录缺少其对齐裁剪图</translation>
        </message>
        <message>
            <source>there is no face %1 (the image has %2)</source>
            <translation>没有第 %1 张人脸（图像中有 %2 张）</translation>
        </message>
        <message>
            <source>face restoration</source>
            <translation>人脸修复</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>已跳过</translation>
        </message>
        <message>
            <source>face restoration needs an 8- or 16-bit gray, BGR or BGRA image</source>
            <translation>人脸修复需要 8 位或 16 位的灰度、BGR 或 BGRA 图像</translation>
        </message>
        <message>
            <source>no face restoration model was given</source>
            <translation>未指定人脸修复模型</translation>
        </message>
        <message>
            <source>Loading the face restoration model</source>
            <translation>正在加载人脸修复模型</translation>
        </message>
        <message>
            <source>Detecting faces</source>
            <translation>正在检测人脸</translation>
        </message>
        <message>
            <source>face restoration was cancelled</source>
            <translation>人脸修复已取消</translation>
        </message>
        <message>
            <source>Restoring face %1 of %2</source>
            <translation>正在修复第 %1 张人脸，共 %2 张</translation>
        </message>
        <message>
            <source>Faces restored</source>
            <translation>人脸已修复</translation>
        </message>
        <message>
            <source>not enough memory for the face</source>
            <translation>内存不足，无法处理该人脸</translation>
        </message>
        <message>
            <source>GFPGAN needs a %1x%1 CV_32FC3 face</source>
            <translation>GFPGAN 需要 %1x%1 的 CV_32FC3 人脸图像</translation>
        </message>
        <message>
            <source>not enough memory to run GFPGAN on %1</source>
            <translation>内存不足，无法在 %1 上运行 GFPGAN</translation>
        </message>
        <message>
            <source>GFPGAN failed: %1</source>
            <translation>GFPGAN 失败：%1</translation>
        </message>
        <message>
            <source>cannot move GFPGAN to %1: %2</source>
            <translation>无法将 GFPGAN 移至 %1：%2</translation>
        </message>
        <message>
            <source>face restoration model %1 does not exist</source>
            <translation>人脸修复模型 %1 不存在</translation>
        </message>
        <message>
            <source>%1 holds %2, not GFPGAN v1.4 (GFPGANv1Clean)</source>
            <translation>%1 包含的是 %2，而不是 GFPGAN v1.4（GFPGANv1Clean）</translation>
        </message>
        <message>
            <source>cannot read the face detector's cascade %1 (is Debian's opencv-data package installed?)</source>
            <translation>无法读取人脸检测器的级联文件 %1（是否已安装 Debian 的 opencv-data 软件包？）</translation>
        </message>
        <message>
            <source>face detection needs an 8-bit BGR image</source>
            <translation>人脸检测需要 8 位 BGR 图像</translation>
        </message>
        <message>
            <source>cannot load the YuNet face detector %1: %2</source>
            <translation>无法加载 YuNet 人脸检测器 %1：%2</translation>
        </message>
        <message>
            <source>cannot load the YuNet face detector %1</source>
            <translation>无法加载 YuNet 人脸检测器 %1</translation>
        </message>
        <message>
            <source>the YuNet face detector %1 failed: %2</source>
            <translation>YuNet 人脸检测器 %1 失败：%2</translation>
        </message>
        <message>
            <source>no face found</source>
            <translation>未找到人脸</translation>
        </message>
    </context>
    <context>
        <name>hires::Image</name>
        <message>
            <source>the disk is full</source>
            <translation>磁盘已满</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>cannot create a file in %1</source>
            <translation>无法在 %1 中创建文件</translation>
        </message>
        <message>
            <source>cannot create a temporary file in %1</source>
            <translation>无法在 %1 中创建临时文件</translation>
        </message>
        <message>
            <source>writing failed</source>
            <translation>写入失败</translation>
        </message>
        <message>
            <source>cannot replace the file</source>
            <translation>无法替换文件</translation>
        </message>
        <message>
            <source>the folder %1 does not exist</source>
            <translation>文件夹 %1 不存在</translation>
        </message>
        <message>
            <source>GIF image</source>
            <translation>GIF 图像</translation>
        </message>
        <message>
            <source>BMP image</source>
            <translation>BMP 图像</translation>
        </message>
        <message>
            <source>ICO icon</source>
            <translation>ICO 图标</translation>
        </message>
        <message>
            <source>Photoshop PSD image</source>
            <translation>Photoshop PSD 图像</translation>
        </message>
        <message>
            <source>QOI image</source>
            <translation>QOI 图像</translation>
        </message>
        <message>
            <source>OpenEXR image</source>
            <translation>OpenEXR 图像</translation>
        </message>
        <message>
            <source>JPEG XL image</source>
            <translation>JPEG XL 图像</translation>
        </message>
        <message>
            <source>JPEG 2000 image</source>
            <translation>JPEG 2000 图像</translation>
        </message>
        <message>
            <source>Radiance HDR image</source>
            <translation>Radiance HDR 图像</translation>
        </message>
        <message>
            <source>PDF document</source>
            <translation>PDF 文档</translation>
        </message>
        <message>
            <source>ZIP archive</source>
            <translation>ZIP 压缩包</translation>
        </message>
        <message>
            <source>gzip archive</source>
            <translation>gzip 压缩包</translation>
        </message>
        <message>
            <source>executable program</source>
            <translation>可执行程序</translation>
        </message>
        <message>
            <source>Netpbm (PBM/PGM/PPM) image</source>
            <translation>Netpbm（PBM/PGM/PPM）图像</translation>
        </message>
        <message>
            <source>HEIF/AVIF image</source>
            <translation>HEIF/AVIF 图像</translation>
        </message>
        <message>
            <source>RIFF file (not WebP)</source>
            <translation>RIFF 文件（不是 WebP）</translation>
        </message>
        <message>
            <source>XML or SVG document</source>
            <translation>XML 或 SVG 文档</translation>
        </message>
        <message>
            <source>supported: PNG, JPEG, WebP, TIFF</source>
            <translation>支持：PNG、JPEG、WebP、TIFF</translation>
        </message>
        <message>
            <source>empty file; %1</source>
            <translation>空文件；%1</translation>
        </message>
        <message>
            <source>not an image file we recognise; %1</source>
            <translation>不是可识别的图像文件；%1</translation>
        </message>
        <message>
            <source>%1: format not supported; %2</source>
            <translation>%1：不支持的格式；%2</translation>
        </message>
        <message>
            <source>%1 image of %2 x %3 pixels is larger than the limit of %4 pixels a side</source>
            <translation>%1 图像为 %2 x %3 像素，超过了每边 %4 像素的上限</translation>
        </message>
        <message>
            <source>%1 image of %2 x %3 pixels (%4 megapixels) is larger than the limit of %5 megapixels</source>
            <translation>%1 图像为 %2 x %3 像素（%4 百万像素），超过了 %5 百万像素的上限</translation>
        </message>
        <message>
            <source>%1: file not found</source>
            <translation>%1：找不到文件</translation>
        </message>
        <message>
            <source>%1: is a folder, not an image file</source>
            <translation>%1：是文件夹，不是图像文件</translation>
        </message>
        <message>
            <source>%1: not a regular file</source>
            <translation>%1：不是普通文件</translation>
        </message>
        <message>
            <source>%1: cannot open: %2</source>
            <translation>%1：无法打开：%2</translation>
        </message>
        <message>
            <source>%1: file of %2 bytes is larger than the limit of %3 bytes</source>
            <translation>%1：文件大小 %2 字节，超过了 %3 字节的上限</translation>
        </message>
        <message>
            <source>%1: reading failed: %2</source>
            <translation>%1：读取失败：%2</translation>
        </message>
        <message>
            <source>%1 file is larger than the decoder accepts (2 GiB)</source>
            <translation>%1 文件超出了解码器可接受的大小（2 GiB）</translation>
        </message>
        <message>
            <source>the %1 decoder could not read the pixels (damaged or truncated file)</source>
            <translation>%1 解码器无法读取像素（文件已损坏或被截断）</translation>
        </message>
        <message>
            <source>the %1 decoder failed: %2</source>
            <translation>%1 解码器失败：%2</translation>
        </message>
        <message>
            <source>not enough memory to decode the %1 image</source>
            <translation>内存不足，无法解码 %1 图像</translation>
        </message>
        <message>
            <source>file of %1 bytes is larger than the limit of %2 bytes</source>
            <translation>文件大小 %1 字节，超过了 %2 字节的上限</translation>
        </message>
        <message>
            <source>damaged %1 file: the header says %2 x %3 pixels but the decoder produced %4 x %5</source>
            <translation>%1 文件已损坏：文件头为 %2 x %3 像素，但解码器得到 %4 x %5</translation>
        </message>
        <message>
            <source>save it as PNG or TIFF instead</source>
            <translation>请改为保存为 PNG 或 TIFF</translation>
        </message>
        <message>
            <source>scale it down or save it in tiles</source>
            <translation>请缩小图像或分块保存</translation>
        </message>
        <message>
            <source>%1 holds at most %2 pixels a side and this image is %3 x %4: %5</source>
            <translation>%1 每边最多 %2 像素，而此图像为 %3 x %4：%5</translation>
        </message>
        <message>
            <source>%1 stores 8 bits per channel: the 16-bit image is converted to 8 bits</source>
            <translation>%1 每通道 8 位：16 位图像将转换为 8 位</translation>
        </message>
        <message>
            <source>%1 has no transparency: the alpha channel is composited onto white</source>
            <translation>%1 不支持透明：Alpha 通道将合成到白色背景上</translation>
        </message>
        <message>
            <source>WebP has no grayscale mode: the gray image is stored as RGB</source>
            <translation>WebP 没有灰度模式：灰度图像将保存为 RGB</translation>
        </message>
        <message>
            <source>%1 output does not carry the PNG text chunks</source>
            <translation>%1 输出不包含 PNG 文本块</translation>
        </message>
        <message>
            <source>text entry "%1" is not a valid PNG keyword: left out</source>
            <translation>文本条目 "%1" 不是有效的 PNG 关键字：已省略</translation>
        </message>
        <message>
            <source>TIFF output does not carry EXIF (the ICC profile is kept)</source>
            <translation>TIFF 输出不包含 EXIF（保留 ICC 配置文件）</translation>
        </message>
        <message>
            <source>the EXIF block (%1 bytes) does not fit in a JPEG segment: left out</source>
            <translation>EXIF 块（%1 字节）放不进一个 JPEG 段：已省略</translation>
        </message>
        <message>
            <source>the ICC profile (%1 bytes) is too large for JPEG: left out</source>
            <translation>ICC 配置文件（%1 字节）对 JPEG 来说太大：已省略</translation>
        </message>
        <message>
            <source>the %1 encoder failed</source>
            <translation>%1 编码器失败</translation>
        </message>
        <message>
            <source>the %1 encoder failed: %2</source>
            <translation>%1 编码器失败：%2</translation>
        </message>
        <message>
            <source>not enough memory to encode the %1 image</source>
            <translation>内存不足，无法编码 %1 图像</translation>
        </message>
        <message>
            <source>the image has no pixels</source>
            <translation>图像没有像素</translation>
        </message>
        <message>
            <source>the image has %1 channels of type %2; expected 8- or 16-bit gray, BGR or BGRA</source>
            <translation>图像有 %1 个 %2 类型的通道；应为 8 位或 16 位的灰度、BGR 或 BGRA</translation>
        </message>
        <message>
            <source>quality %1 is out of range (1 to 100)</source>
            <translation>质量 %1 超出范围（1 到 100）</translation>
        </message>
        <message>
            <source>PNG compression level %1 is out of range (0 to 9)</source>
            <translation>PNG 压缩级别 %1 超出范围（0 到 9）</translation>
        </message>
        <message>
            <source>not enough memory to convert the image for saving</source>
            <translation>内存不足，无法转换图像以便保存</translation>
        </message>
        <message>
            <source>no output file name given</source>
            <translation>未指定输出文件名</translation>
        </message>
        <message>
            <source>%1: is a folder, not a file name</source>
            <translation>%1：是文件夹，不是文件名</translation>
        </message>
        <message>
            <source>%1: refusing to overwrite %2, an input of this job</source>
            <translation>%1：拒绝覆盖 %2，它是此任务的输入</translation>
        </message>
        <message>
            <source>JPEG file is truncated: it ends before its image data</source>
            <translation>JPEG 文件被截断：在图像数据之前就结束了</translation>
        </message>
        <message>
            <source>damaged JPEG file: expected a marker at byte %1</source>
            <translation>JPEG 文件已损坏：字节 %1 处应为标记</translation>
        </message>
        <message>
            <source>damaged JPEG file: unexpected marker at byte %1</source>
            <translation>JPEG 文件已损坏：字节 %1 处出现意外的标记</translation>
        </message>
        <message>
            <source>damaged JPEG file: invalid segment length at byte %1</source>
            <translation>JPEG 文件已损坏：字节 %1 处的段长度无效</translation>
        </message>
        <message>
            <source>damaged JPEG file: invalid frame header at byte %1</source>
            <translation>JPEG 文件已损坏：字节 %1 处的帧头无效</translation>
        </message>
        <message>
            <source>lossless JPEG is not supported</source>
            <translation>不支持无损 JPEG</translation>
        </message>
        <message>
            <source>%1-bit JPEG is not supported (only 8-bit)</source>
            <translation>不支持 %1 位 JPEG（仅支持 8 位）</translation>
        </message>
        <message>
            <source>JPEG with the height defined later (DNL) is not supported</source>
            <translation>不支持稍后定义高度（DNL）的 JPEG</translation>
        </message>
        <message>
            <source>damaged JPEG file: the frame header says width 0</source>
            <translation>JPEG 文件已损坏：帧头中的宽度为 0</translation>
        </message>
        <message>
            <source>JPEG with %1 colour components is not supported</source>
            <translation>不支持有 %1 个颜色分量的 JPEG</translation>
        </message>
        <message>
            <source>damaged JPEG file: it ends before its image data</source>
            <translation>JPEG 文件已损坏：在图像数据之前就结束了</translation>
        </message>
        <message>
            <source>damaged JPEG file: image data before the frame header</source>
            <translation>JPEG 文件已损坏：图像数据出现在帧头之前</translation>
        </message>
        <message>
            <source>JPEG file is truncated: the end-of-image marker is missing</source>
            <translation>JPEG 文件被截断：缺少图像结束标记</translation>
        </message>
        <message>
            <source>%1 image with samples of type %2 is not supported (only 8- and 16-bit)</source>
            <translation>不支持采样类型为 %2 的 %1 图像（仅支持 8 位和 16 位）</translation>
        </message>
        <message>
            <source>%1 image with %2 channels is not supported</source>
            <translation>不支持有 %2 个通道的 %1 图像</translation>
        </message>
        <message>
            <source>damaged PNG file: impossible chunk length at byte %1</source>
            <translation>PNG 文件已损坏：字节 %1 处的块长度不可能</translation>
        </message>
        <message>
            <source>PNG file is truncated: the data ends inside the chunk at byte %1</source>
            <translation>PNG 文件被截断：数据在字节 %1 处的块内结束</translation>
        </message>
        <message>
            <source>damaged PNG file: the first chunk is not a valid IHDR</source>
            <translation>PNG 文件已损坏：第一个块不是有效的 IHDR</translation>
        </message>
        <message>
            <source>damaged PNG file: the IHDR checksum does not match</source>
            <translation>PNG 文件已损坏：IHDR 校验和不匹配</translation>
        </message>
        <message>
            <source>damaged PNG file: invalid size %1 x %2 in IHDR</source>
            <translation>PNG 文件已损坏：IHDR 中的尺寸 %1 x %2 无效</translation>
        </message>
        <message>
            <source>damaged PNG file: invalid colour type %1 with bit depth %2</source>
            <translation>PNG 文件已损坏：颜色类型 %1 与位深度 %2 的组合无效</translation>
        </message>
        <message>
            <source>PNG file is truncated: it ends without an IEND chunk</source>
            <translation>PNG 文件被截断：没有 IEND 块就结束了</translation>
        </message>
        <message>
            <source>damaged PNG file: it has no image data (IDAT)</source>
            <translation>PNG 文件已损坏：没有图像数据（IDAT）</translation>
        </message>
        <message>
            <source>the PNG encoder wrote no IHDR chunk first</source>
            <translation>PNG 编码器没有先写入 IHDR 块</translation>
        </message>
        <message>
            <source>cannot convert pixels of type %1 to a tensor</source>
            <translation>无法将 %1 类型的像素转换为张量</translation>
        </message>
        <message>
            <source>converting pixels to a tensor failed: %1</source>
            <translation>像素转换为张量失败：%1</translation>
        </message>
        <message>
            <source>bit depth %1 is not 8 or 16</source>
            <translation>位深度 %1 不是 8 或 16</translation>
        </message>
        <message>
            <source>expected an RGB tensor of shape [1, 3, H, W]</source>
            <translation>应为形状 [1, 3, H, W] 的 RGB 张量</translation>
        </message>
        <message>
            <source>the alpha tensor is not [1, 1, %1, %2]</source>
            <translation>Alpha 张量不是 [1, 1, %1, %2]</translation>
        </message>
        <message>
            <source>converting a tensor to pixels failed: %1</source>
            <translation>张量转换为像素失败：%1</translation>
        </message>
        <message>
            <source>damaged TIFF data: %1</source>
            <translation>TIFF 数据已损坏：%1</translation>
        </message>
        <message>
            <source>the image data locations are missing or inconsistent</source>
            <translation>图像数据位置缺失或不一致</translation>
        </message>
        <message>
            <source>invalid image data location</source>
            <translation>图像数据位置无效</translation>
        </message>
        <message>
            <source>TIFF file is truncated: image data at byte %1 runs past the end of the file</source>
            <translation>TIFF 文件被截断：字节 %1 处的图像数据超出了文件末尾</translation>
        </message>
        <message>
            <source>unknown byte order</source>
            <translation>未知的字节顺序</translation>
        </message>
        <message>
            <source>invalid header</source>
            <translation>文件头无效</translation>
        </message>
        <message>
            <source>the first directory lies outside the data</source>
            <translation>第一个目录位于数据之外</translation>
        </message>
        <message>
            <source>the first directory runs past the end</source>
            <translation>第一个目录超出了末尾</translation>
        </message>
        <message>
            <source>missing or invalid image size</source>
            <translation>图像尺寸缺失或无效</translation>
        </message>
        <message>
            <source>floating-point TIFF is not supported (only 8- and 16-bit integer samples)</source>
            <translation>不支持浮点 TIFF（仅支持 8 位和 16 位整数采样）</translation>
        </message>
        <message>
            <source>%1-bit TIFF samples are not supported (only 8 and 16 bits)</source>
            <translation>不支持 %1 位 TIFF 采样（仅支持 8 位和 16 位）</translation>
        </message>
        <message>
            <source>TIFF with %1 samples per pixel is not supported</source>
            <translation>不支持每像素 %1 个采样的 TIFF</translation>
        </message>
        <message>
            <source>cannot add a tag to a BigTIFF file</source>
            <translation>无法向 BigTIFF 文件添加标签</translation>
        </message>
        <message>
            <source>the TIFF file with its metadata would exceed 4 GiB</source>
            <translation>TIFF 文件加上元数据将超过 4 GiB</translation>
        </message>
        <message>
            <source>WebP file is truncated: a chunk runs past the end of the file</source>
            <translation>WebP 文件被截断：有块超出了文件末尾</translation>
        </message>
        <message>
            <source>damaged WebP file: no image chunk</source>
            <translation>WebP 文件已损坏：没有图像块</translation>
        </message>
        <message>
            <source>damaged WebP file: %1</source>
            <translation>WebP 文件已损坏：%1</translation>
        </message>
        <message>
            <source>invalid VP8 frame header</source>
            <translation>VP8 帧头无效</translation>
        </message>
        <message>
            <source>invalid VP8L header</source>
            <translation>VP8L 头无效</translation>
        </message>
        <message>
            <source>unknown VP8L version</source>
            <translation>未知的 VP8L 版本</translation>
        </message>
        <message>
            <source>unknown first chunk</source>
            <translation>未知的第一个块</translation>
        </message>
        <message>
            <source>VP8X chunk too short</source>
            <translation>VP8X 块太短</translation>
        </message>
        <message>
            <source>animated WebP is not supported</source>
            <translation>不支持动画 WebP</translation>
        </message>
        <message>
            <source>no image chunk</source>
            <translation>没有图像块</translation>
        </message>
        <message>
            <source>image size 0</source>
            <translation>图像尺寸为 0</translation>
        </message>
        <message>
            <source>the WebP file with its metadata would exceed 4 GiB</source>
            <translation>WebP 文件加上元数据将超过 4 GiB</translation>
        </message>
    </context>
    <context>
        <name>hires::LegacyStorageTable</name>
        <message>
            <source>the storage key list is not a list</source>
            <translation>存储键列表不是列表</translation>
        </message>
        <message>
            <source>a storage key is not a string</source>
            <translation>存储键不是字符串</translation>
        </message>
        <message>
            <source>storage %1 is listed but no tensor uses it</source>
            <translation>存储 %1 已列出，但没有张量使用它</translation>
        </message>
        <message>
            <source>the file ends before the data of storage %1</source>
            <translation>文件在存储 %1 的数据之前结束</translation>
        </message>
        <message>
            <source>storage %1 holds %2 elements but is declared with %3</source>
            <translation>存储 %1 有 %2 个元素，但声明为 %3 个</translation>
        </message>
        <message>
            <source>the file ends inside the data of storage %1</source>
            <translation>文件在存储 %1 的数据中间结束</translation>
        </message>
        <message>
            <source>storage %1 is listed twice</source>
            <translation>存储 %1 被列出了两次</translation>
        </message>
        <message>
            <source>%1 unexpected bytes follow the last storage</source>
            <translation>最后一个存储之后有 %1 个意外字节</translation>
        </message>
        <message>
            <source>the data of storage %1 is missing</source>
            <translation>缺少存储 %1 的数据</translation>
        </message>
        <message>
            <source>storage view %1 has an overflowing offset</source>
            <translation>存储视图 %1 的偏移量溢出</translation>
        </message>
        <message>
            <source>storage view %1 has no root storage</source>
            <translation>存储视图 %1 没有根存储</translation>
        </message>
        <message>
            <source>the file</source>
            <translation>该文件</translation>
        </message>
        <message>
            <source>its root storage %1</source>
            <translation>其根存储 %1</translation>
        </message>
    </context>
    <context>
        <name>hires::MappedFile</name>
        <message>
            <source>%1: no such file</source>
            <translation>%1：没有此文件</translation>
        </message>
        <message>
            <source>%1: not a regular file</source>
            <translation>%1：不是普通文件</translation>
        </message>
        <message>
            <source>%1: cannot open: %2</source>
            <translation>%1：无法打开：%2</translation>
        </message>
        <message>
            <source>%1: cannot map into memory: %2</source>
            <translation>%1：无法映射到内存：%2</translation>
        </message>
    </context>
    <context>
        <name>hires::ModelDownloader</name>
        <message>
            <source>%1: not an http(s) URL</source>
            <translation>%1：不是 http(s) URL</translation>
        </message>
        <message>
            <source>%1: no destination file</source>
            <translation>%1：没有目标文件</translation>
        </message>
        <message>
            <source>%1 is not a SHA-256 (64 hexadecimal digits)</source>
            <translation>%1 不是 SHA-256（64 位十六进制数字）</translation>
        </message>
        <message>
            <source>%1: no SHA-256 is known for this file, so it cannot be verified; it is only installed when unverified files are explicitly accepted</source>
            <translation>%1：此文件没有已知的 SHA-256，因此无法验证；只有明确允许未验证的文件时才会安装</translation>
        </message>
        <message>
            <source>%1: cannot create a file there (%2)</source>
            <translation>%1：无法在此创建文件（%2）</translation>
        </message>
        <message>
            <source>%1: the file has %2 bytes, more than the limit of %3</source>
            <translation>%1：文件有 %2 字节，超过了 %3 的上限</translation>
        </message>
        <message>
            <source>%1: the download was cancelled</source>
            <translation>%1：下载已取消</translation>
        </message>
        <message>
            <source>%1: the file is larger than the limit of %2 bytes</source>
            <translation>%1：文件超过了 %2 字节的上限</translation>
        </message>
        <message>
            <source>%1: writing failed (%2)</source>
            <translation>%1：写入失败（%2）</translation>
        </message>
        <message>
            <source>%1: the server answered HTTP %2 %3</source>
            <translation>%1：服务器返回 HTTP %2 %3</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>%1: the transfer ended after %2 of %3 bytes</source>
            <translation>%1：传输在 %2/%3 字节后中断</translation>
        </message>
        <message>
            <source>%1: the SHA-256 of the download is %2, not the expected %3; the file was discarded</source>
            <translation>%1：下载文件的 SHA-256 为 %2，而不是预期的 %3；文件已丢弃</translation>
        </message>
        <message>
            <source>%1: cannot move the download into place (%2)</source>
            <translation>%1：无法将下载文件移动到位（%2）</translation>
        </message>
    </context>
    <context>
        <name>hires::ModelFile</name>
        <message>
            <source>safetensors</source>
            <translation>safetensors</translation>
        </message>
        <message>
            <source>PyTorch checkpoint</source>
            <translation>PyTorch 检查点</translation>
        </message>
        <message>
            <source>PyTorch legacy checkpoint</source>
            <translation>PyTorch 旧格式检查点</translation>
        </message>
        <message>
            <source>PyTorch tar checkpoint</source>
            <translation>PyTorch tar 检查点</translation>
        </message>
        <message>
            <source>ncnn model</source>
            <translation>ncnn 模型</translation>
        </message>
        <message>
            <source>unknown format</source>
            <translation>未知格式</translation>
        </message>
        <message>
            <source>not an ncnn .param file (no magic number 7767517), and no .param file lies next to it</source>
            <translation>不是 ncnn .param 文件（没有魔数 7767517），旁边也没有 .param 文件</translation>
        </message>
        <message>
            <source>a .param file of %1 bytes is too large</source>
            <translation>%1 字节的 .param 文件太大</translation>
        </message>
        <message>
            <source>its weights file %1 is missing</source>
            <translation>缺少其权重文件 %1</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>文件为空</translation>
        </message>
        <message>
            <source>not a safetensors, PyTorch or ncnn model file</source>
            <translation>不是 safetensors、PyTorch 或 ncnn 模型文件</translation>
        </message>
    </context>
    <context>
        <name>hires::ModelInfo</name>
        <message>
            <source>upscaler</source>
            <translation>放大模型</translation>
        </message>
        <message>
            <source>face restorer</source>
            <translation>人脸修复模型</translation>
        </message>
        <message>
            <source>diffusion checkpoint</source>
            <translation>扩散模型检查点</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <source>face detector</source>
            <translation>人脸检测器</translation>
        </message>
    </context>
    <context>
        <name>hires::ModelInfoCache</name>
        <message>
            <source>%1: cannot write the model cache (%2)</source>
            <translation>%1：无法写入模型缓存（%2）</translation>
        </message>
    </context>
    <context>
        <name>hires::ModelProbe</name>
        <message>
            <source>%1: the file cannot be read</source>
            <translation>%1：无法读取文件</translation>
        </message>
        <message>
            <source>%1: the file is empty</source>
            <translation>%1：文件为空</translation>
        </message>
        <message>
            <source>%1: not a safetensors, PyTorch or ncnn model file</source>
            <translation>%1：不是 safetensors、PyTorch 或 ncnn 模型文件</translation>
        </message>
    </context>
    <context>
        <name>hires::NcnnBinReader</name>
        <message>
            <source>layer %1: %2</source>
            <translation>层 %1：%2</translation>
        </message>
        <message>
            <source>%1 bytes are left over after the weights of the last layer (the .bin does not belong to this .param)</source>
            <translation>最后一层权重之后还剩 %1 字节（该 .bin 不属于此 .param）</translation>
        </message>
        <message>
            <source>the .bin ends inside the %1 (needs %2 bytes at offset %3, has %4)</source>
            <translation>.bin 在 %1 中间结束（需要从偏移 %3 起 %2 字节，实际 %4）</translation>
        </message>
        <message>
            <source>the .bin ends before the storage tag of the %1</source>
            <translation>.bin 在 %1 的存储标记之前结束</translation>
        </message>
        <message>
            <source>the .bin ends inside the quantised %1</source>
            <translation>.bin 在量化的 %1 中间结束</translation>
        </message>
    </context>
    <context>
        <name>hires::NcnnGraph</name>
        <message>
            <source>takes %1 channels but gets %2</source>
            <translation>接受 %1 个通道，但得到 %2 个</translation>
        </message>
        <message>
            <source>an input of %1 is too small for the kernel</source>
            <translation>%1 的输入对卷积核来说太小</translation>
        </message>
        <message>
            <source>axis %1 does not exist</source>
            <translation>轴 %1 不存在</translation>
        </message>
        <message>
            <source>needs a reference blob</source>
            <translation>需要参考 blob</translation>
        </message>
        <message>
            <source>the crop window does not lie inside a %1 blob</source>
            <translation>裁剪窗口不在 %1 blob 内</translation>
        </message>
        <message>
            <source>has %1 slopes for %2 channels</source>
            <translation>%2 个通道有 %1 个斜率</translation>
        </message>
        <message>
            <source>cannot join %1 and %2 along axis %3</source>
            <translation>无法沿轴 %3 拼接 %1 和 %2</translation>
        </message>
        <message>
            <source>inputs %1 and %2 differ</source>
            <translation>输入 %1 和 %2 不同</translation>
        </message>
        <message>
            <source>cannot combine %1 with %2</source>
            <translation>无法将 %1 与 %2 组合</translation>
        </message>
        <message>
            <source>resizes %1 to nothing</source>
            <translation>将 %1 缩放为空</translation>
        </message>
        <message>
            <source>%1 channels do not divide by %2</source>
            <translation>%1 个通道不能被 %2 整除</translation>
        </message>
        <message>
            <source>the graph turns %1 channels into %2, not an image upscaler</source>
            <translation>该图将 %1 个通道变为 %2 个，不是图像放大模型</translation>
        </message>
        <message>
            <source>%1: the graph does not enlarge images by a whole factor</source>
            <translation>%1：该图不按整数倍放大图像</translation>
        </message>
        <message>
            <source>ncnn graph x%1 (%2 layers)</source>
            <translation>ncnn 图 x%1（%2 层）</translation>
        </message>
        <message>
            <source>%1: an upscaler graph has exactly one Input layer with one blob</source>
            <translation>%1：放大模型的图只能有一个带一个 blob 的 Input 层</translation>
        </message>
        <message>
            <source>%1: the graph has no Input layer</source>
            <translation>%1：图中没有 Input 层</translation>
        </message>
        <message>
            <source>%1: layer %2 (%3) has %4 inputs and %5 outputs</source>
            <translation>%1：层 %2（%3）有 %4 个输入和 %5 个输出</translation>
        </message>
    </context>
    <context>
        <name>hires::NcnnLayerCatalog</name>
        <message>
            <source>layer type %1 is unknown, so its weights cannot be located in the .bin</source>
            <translation>层类型 %1 未知，因此无法在 .bin 中定位其权重</translation>
        </message>
        <message>
            <source>%1 declares %2 elements, more than ncnn can hold</source>
            <translation>%1 声明了 %2 个元素，超出了 ncnn 的容量</translation>
        </message>
    </context>
    <context>
        <name>hires::NcnnModel</name>
        <message>
            <source>the file is not text</source>
            <translation>文件不是文本</translation>
        </message>
    </context>
    <context>
        <name>hires::NcnnNetwork</name>
        <message>
            <source>%1: not enough memory for the weights</source>
            <translation>%1：内存不足，无法容纳权重</translation>
        </message>
    </context>
    <context>
        <name>hires::NcnnParamParser</name>
        <message>
            <source>ncnn .param</source>
            <translation>ncnn .param</translation>
        </message>
        <message>
            <source>the file does not start with the magic number 7767517 (not an ncnn .param file, or one too old to read)</source>
            <translation>文件不以魔数 7767517 开头（不是 ncnn .param 文件，或版本太旧无法读取）</translation>
        </message>
        <message>
            <source>the second line must hold the layer count and the blob count</source>
            <translation>第二行必须包含层数和 blob 数</translation>
        </message>
        <message>
            <source>more layers follow than the %1 the header declares</source>
            <translation>后面的层数多于文件头声明的 %1 层</translation>
        </message>
        <message>
            <source>the header declares %1 layers but the file has %2</source>
            <translation>文件头声明了 %1 层，但文件中有 %2 层</translation>
        </message>
        <message>
            <source>the header declares %1 blobs but the layers produce %2</source>
            <translation>文件头声明了 %1 个 blob，但各层产生了 %2 个</translation>
        </message>
        <message>
            <source>line %1: %2</source>
            <translation>第 %1 行：%2</translation>
        </message>
        <message>
            <source>a layer line must read: type name inputs outputs blobs... params...</source>
            <translation>层行的格式必须为：类型 名称 输入数 输出数 blob... 参数...</translation>
        </message>
        <message>
            <source>layer %1 names fewer blobs than it declares</source>
            <translation>层 %1 列出的 blob 少于其声明的数量</translation>
        </message>
        <message>
            <source>the layer name %1 is used twice</source>
            <translation>层名 %1 被使用了两次</translation>
        </message>
        <message>
            <source>layer %1 reads blob %2, which no earlier layer produces</source>
            <translation>层 %1 读取 blob %2，但之前没有层产生它</translation>
        </message>
        <message>
            <source>blob %1 is produced twice</source>
            <translation>blob %1 被产生了两次</translation>
        </message>
        <message>
            <source>layer %1 has a param %2 that is not id=value</source>
            <translation>层 %1 的参数 %2 不是 id=值 格式</translation>
        </message>
        <message>
            <source>layer %1 has param key %2; ncnn allows ids 0 to 31</source>
            <translation>层 %1 的参数键为 %2；ncnn 只允许 0 到 31</translation>
        </message>
        <message>
            <source>layer %1 has a malformed value for param %2</source>
            <translation>层 %1 的参数 %2 值格式错误</translation>
        </message>
        <message>
            <source>layer %1 sets param %2 twice</source>
            <translation>层 %1 两次设置了参数 %2</translation>
        </message>
    </context>
    <context>
        <name>hires::NeuralUpscaler</name>
        <message>
            <source>%1: this build cannot read model files (the model loader is missing)</source>
            <translation>%1：此版本无法读取模型文件（缺少模型加载器）</translation>
        </message>
        <message>
            <source>the image must be 8- or 16-bit gray, BGR or BGRA</source>
            <translation>图像必须是 8 位或 16 位的灰度、BGR 或 BGRA</translation>
        </message>
    </context>
    <context>
        <name>hires::Params</name>
        <message>
            <source>param %1 must be an integer</source>
            <translation>参数 %1 必须是整数</translation>
        </message>
        <message>
            <source>param %1 is negative (%2)</source>
            <translation>参数 %1 为负数（%2）</translation>
        </message>
        <message>
            <source>the layer's weight sizes overflow</source>
            <translation>该层的权重大小溢出</translation>
        </message>
    </context>
    <context>
        <name>hires::Parser</name>
        <message>
            <source>entry %1 is not an object</source>
            <translation>条目 %1 不是对象</translation>
        </message>
        <message>
            <source>tensor %1 has no dtype</source>
            <translation>张量 %1 没有 dtype</translation>
        </message>
        <message>
            <source>tensor %1 has dtype %2, which Hires Studio does not read</source>
            <translation>张量 %1 的 dtype 为 %2，Hires Studio 无法读取</translation>
        </message>
        <message>
            <source>tensor %1 has no shape</source>
            <translation>张量 %1 没有形状</translation>
        </message>
        <message>
            <source>tensor %1 has a shape entry that is not a non-negative integer</source>
            <translation>张量 %1 的形状条目不是非负整数</translation>
        </message>
        <message>
            <source>tensor %1 has no data_offsets [begin, end]</source>
            <translation>张量 %1 没有 data_offsets [起点, 终点]</translation>
        </message>
        <message>
            <source>tensor %1 has data_offsets that are not non-negative integers</source>
            <translation>张量 %1 的 data_offsets 不是非负整数</translation>
        </message>
        <message>
            <source>tensor %1 has data_offsets [%2, %3] that end before they begin</source>
            <translation>张量 %1 的 data_offsets [%2, %3] 终点在起点之前</translation>
        </message>
        <message>
            <source>tensor %1 has a shape whose byte size overflows</source>
            <translation>张量 %1 的形状字节大小溢出</translation>
        </message>
        <message>
            <source>tensor %1 needs %2 bytes for its shape and dtype but data_offsets span %3</source>
            <translation>张量 %1 的形状和 dtype 需要 %2 字节，但 data_offsets 覆盖 %3 字节</translation>
        </message>
    </context>
    <context>
        <name>hires::PickleMachine</name>
        <message>
            <source>the pickle ends without a STOP opcode</source>
            <translation>pickle 结束时没有 STOP 操作码</translation>
        </message>
        <message>
            <source>opcode 0x%1 failed</source>
            <translation>操作码 0x%1 失败</translation>
        </message>
        <message>
            <source>pickle offset %1: %2</source>
            <translation>pickle 偏移 %1：%2</translation>
        </message>
        <message>
            <source>the pickle is truncated</source>
            <translation>pickle 被截断</translation>
        </message>
        <message>
            <source>the pickle needs more than %1 MiB of memory</source>
            <translation>pickle 需要超过 %1 MiB 的内存</translation>
        </message>
        <message>
            <source>the pickle has too many values</source>
            <translation>pickle 的值太多</translation>
        </message>
        <message>
            <source>an integer of %1 bytes is too long</source>
            <translation>%1 字节的整数太长</translation>
        </message>
        <message>
            <source>stack underflow</source>
            <translation>栈下溢</translation>
        </message>
        <message>
            <source>no MARK to pop to</source>
            <translation>没有可弹出到的 MARK</translation>
        </message>
        <message>
            <source>a GLOBAL name is longer than %1 bytes</source>
            <translation>GLOBAL 名称超过 %1 字节</translation>
        </message>
        <message>
            <source>memo entry %1 was never stored</source>
            <translation>memo 条目 %1 从未被存储</translation>
        </message>
        <message>
            <source>a negative length</source>
            <translation>负长度</translation>
        </message>
        <message>
            <source>SETITEMS with an odd number of items</source>
            <translation>SETITEMS 的元素个数为奇数</translation>
        </message>
        <message>
            <source>%1 on %2</source>
            <translation>%1 作用于 %2</translation>
        </message>
        <message>
            <source>DICT with an odd number of items</source>
            <translation>DICT 的元素个数为奇数</translation>
        </message>
        <message>
            <source>STACK_GLOBAL with names that are not strings</source>
            <translation>STACK_GLOBAL 的名称不是字符串</translation>
        </message>
        <message>
            <source>a text persistent id (PERSID) is not a torch storage record</source>
            <translation>文本持久 ID（PERSID）不是 torch 存储记录</translation>
        </message>
        <message>
            <source>pickle protocol %1 is unknown</source>
            <translation>未知的 pickle 协议 %1</translation>
        </message>
        <message>
            <source>STOP with %1 values on the stack</source>
            <translation>STOP 时栈上有 %1 个值</translation>
        </message>
        <message>
            <source>opcode 0x%1 is not allowed in a checkpoint</source>
            <translation>检查点中不允许操作码 0x%1</translation>
        </message>
    </context>
    <context>
        <name>hires::PytorchCheckpointReader</name>
        <message>
            <source>the tar format of PyTorch before 0.4 is not supported; re-save the weights with a current PyTorch</source>
            <translation>不支持 PyTorch 0.4 之前的 tar 格式；请用新版 PyTorch 重新保存权重</translation>
        </message>
        <message>
            <source>neither a zip (torch.save) nor a legacy PyTorch checkpoint</source>
            <translation>既不是 zip（torch.save），也不是旧格式 PyTorch 检查点</translation>
        </message>
        <message>
            <source>the archive is empty</source>
            <translation>压缩包为空</translation>
        </message>
        <message>
            <source>entry %1 is not inside the archive's folder</source>
            <translation>条目 %1 不在压缩包的文件夹内</translation>
        </message>
        <message>
            <source>this is a TorchScript archive (torch.jit.save), not a state dict; save the weights with torch.save(model.state_dict(), path)</source>
            <translation>这是 TorchScript 压缩包（torch.jit.save），不是 state dict；请用 torch.save(model.state_dict(), path) 保存权重</translation>
        </message>
        <message>
            <source>the tensors are stored in %1 byte order; only little-endian files are read</source>
            <translation>张量以 %1 字节序存储；只能读取小端序文件</translation>
        </message>
        <message>
            <source>the archive has no %1</source>
            <translation>压缩包中没有 %1</translation>
        </message>
        <message>
            <source>storage key %1 is not a plain name</source>
            <translation>存储键 %1 不是简单名称</translation>
        </message>
        <message>
            <source>the data of storage %1 (%2) is missing</source>
            <translation>缺少存储 %1（%2）的数据</translation>
        </message>
        <message>
            <source>the file does not start with the legacy magic number</source>
            <translation>文件不以旧格式的魔数开头</translation>
        </message>
        <message>
            <source>unsupported legacy protocol version</source>
            <translation>不支持的旧格式协议版本</translation>
        </message>
        <message>
            <source>the file was not written on a little-endian machine</source>
            <translation>文件不是在小端序机器上写入的</translation>
        </message>
    </context>
    <context>
        <name>hires::Reader</name>
        <message>
            <source>param %1 must be an integer</source>
            <translation>参数 %1 必须是整数</translation>
        </message>
        <message>
            <source>param %1 must be a number</source>
            <translation>参数 %1 必须是数字</translation>
        </message>
        <message>
            <source>param %1 must hold integers</source>
            <translation>参数 %1 必须包含整数</translation>
        </message>
    </context>
    <context>
        <name>hires::RemoteBackend</name>
        <message>
            <source>cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>%1: the server cannot start from an image of this computer (img2img runs only here)</source>
            <translation>%1：服务器无法从本机的图像开始（img2img 仅在本机运行）</translation>
        </message>
    </context>
    <context>
        <name>hires::RemoteUpscaler</name>
        <message>
            <source>%1: the server sent no image</source>
            <translation>%1：服务器没有返回图像</translation>
        </message>
    </context>
    <context>
        <name>hires::SafetensorsReader</name>
        <message>
            <source>the file is shorter than the 8-byte header length</source>
            <translation>文件短于 8 字节的文件头长度字段</translation>
        </message>
        <message>
            <source>the header declares %1 bytes, more than the limit of %2</source>
            <translation>文件头声明了 %1 字节，超过了 %2 的上限</translation>
        </message>
        <message>
            <source>the header declares %1 bytes but only %2 follow</source>
            <translation>文件头声明了 %1 字节，但后面只有 %2 字节</translation>
        </message>
        <message>
            <source>the header does not start with '{'</source>
            <translation>文件头不以 '{' 开头</translation>
        </message>
        <message>
            <source>the header is not valid UTF-8 JSON: %1 at byte %2</source>
            <translation>文件头不是有效的 UTF-8 JSON：字节 %2 处 %1</translation>
        </message>
        <message>
            <source>__metadata__ is not an object</source>
            <translation>__metadata__ 不是对象</translation>
        </message>
        <message>
            <source>__metadata__ value %1 is not a string</source>
            <translation>__metadata__ 的值 %1 不是字符串</translation>
        </message>
        <message>
            <source>tensor %1 at bytes [%2, %3] overlaps the tensor before it</source>
            <translation>位于字节 [%2, %3] 的张量 %1 与前一个张量重叠</translation>
        </message>
        <message>
            <source>the bytes [%2, %3] before tensor %1 belong to no tensor</source>
            <translation>张量 %1 之前的字节 [%2, %3] 不属于任何张量</translation>
        </message>
        <message>
            <source>the tensors need %1 bytes of data but the file has %2</source>
            <translation>张量需要 %1 字节数据，但文件只有 %2 字节</translation>
        </message>
        <message>
            <source>the file has %1 bytes of data after the last tensor</source>
            <translation>最后一个张量之后还有 %1 字节数据</translation>
        </message>
        <message>
            <source>tensor %1 %2</source>
            <translation>张量 %1 %2</translation>
        </message>
    </context>
    <context>
        <name>hires::TensorRef</name>
        <message>
            <source>has no storage</source>
            <translation>没有存储</translation>
        </message>
        <message>
            <source>has %1 dimensions but %2 strides</source>
            <translation>有 %1 个维度，但有 %2 个步长</translation>
        </message>
        <message>
            <source>has a negative dimension (%1)</source>
            <translation>有负维度（%1）</translation>
        </message>
        <message>
            <source>has a negative stride (%1)</source>
            <translation>有负步长（%1）</translation>
        </message>
        <message>
            <source>has a negative storage offset (%1)</source>
            <translation>存储偏移为负（%1）</translation>
        </message>
        <message>
            <source>has a shape whose element count overflows</source>
            <translation>形状的元素数溢出</translation>
        </message>
        <message>
            <source>declares %1 elements but its storage holds only %2</source>
            <translation>声明了 %1 个元素，但其存储只有 %2 个</translation>
        </message>
        <message>
            <source>addresses bytes outside its storage of %1 bytes (offset %2)</source>
            <translation>访问了其 %1 字节存储之外的字节（偏移 %2）</translation>
        </message>
    </context>
    <context>
        <name>hires::TorchPickleCalls</name>
        <message>
            <source>the global %1 is forbidden (only tensor data is read from checkpoints)</source>
            <translation>禁止使用全局对象 %1（只从检查点读取张量数据）</translation>
        </message>
        <message>
            <source>REDUCE calls %1, which is not an allow-listed global</source>
            <translation>REDUCE 调用了 %1，它不在允许列表中</translation>
        </message>
        <message>
            <source>REDUCE arguments are not a tuple</source>
            <translation>REDUCE 的参数不是元组</translation>
        </message>
        <message>
            <source>a parameter is rebuilt from something that is not a tensor</source>
            <translation>参数是从非张量重建的</translation>
        </message>
        <message>
            <source>REDUCE calls %1, which is not callable here</source>
            <translation>REDUCE 调用了 %1，但这里不能调用它</translation>
        </message>
        <message>
            <source>NEWOBJ creates %1, which is not an allow-listed class</source>
            <translation>NEWOBJ 创建了 %1，它不在允许的类列表中</translation>
        </message>
        <message>
            <source>BUILD on %1 is not allowed</source>
            <translation>不允许对 %1 执行 BUILD</translation>
        </message>
        <message>
            <source>OrderedDict is called with unexpected arguments</source>
            <translation>OrderedDict 被以意外的参数调用</translation>
        </message>
        <message>
            <source>OrderedDict is called with an item that is not a pair</source>
            <translation>OrderedDict 被以非键值对的元素调用</translation>
        </message>
        <message>
            <source>a tensor is rebuilt with %1 arguments</source>
            <translation>张量以 %1 个参数重建</translation>
        </message>
        <message>
            <source>a tensor is rebuilt from %1, not a storage</source>
            <translation>张量是从 %1 而不是存储重建的</translation>
        </message>
        <message>
            <source>a tensor has a storage offset that is not an integer</source>
            <translation>张量的存储偏移不是整数</translation>
        </message>
        <message>
            <source>a tensor's size or stride is not a tuple of at most %1 integers</source>
            <translation>张量的尺寸或步长不是最多 %1 个整数的元组</translation>
        </message>
        <message>
            <source>storage %1 is declared twice with different types or sizes</source>
            <translation>存储 %1 被以不同的类型或大小声明了两次</translation>
        </message>
        <message>
            <source>a persistent id where none is allowed</source>
            <translation>在不允许的位置出现了持久 ID</translation>
        </message>
        <message>
            <source>a persistent id that is not a torch storage record</source>
            <translation>持久 ID 不是 torch 存储记录</translation>
        </message>
        <message>
            <source>a persistent id that is not a torch storage record (it starts with %1)</source>
            <translation>持久 ID 不是 torch 存储记录（以 %1 开头）</translation>
        </message>
        <message>
            <source>a storage record whose type is %1, not a torch storage class</source>
            <translation>存储记录的类型为 %1，不是 torch 存储类</translation>
        </message>
        <message>
            <source>a storage record with a malformed key, location or size</source>
            <translation>存储记录的键、位置或大小格式错误</translation>
        </message>
        <message>
            <source>a storage view record that is malformed</source>
            <translation>存储视图记录格式错误</translation>
        </message>
    </context>
    <context>
        <name>hires::UpscaleJob</name>
        <message>
            <source>%1: the image is empty</source>
            <translation>%1：图像为空</translation>
        </message>
        <message>
            <source>no input image given</source>
            <translation>未指定输入图像</translation>
        </message>
        <message>
            <source>%1: no output folder given for an image that has no file</source>
            <translation>%1：没有为无文件的图像指定输出文件夹</translation>
        </message>
    </context>
    <context>
        <name>hires::ZipArchive</name>
        <message>
            <source>entry %1 fails its CRC-32 check</source>
            <translation>条目 %1 未通过 CRC-32 校验</translation>
        </message>
        <message>
            <source>entry %1 uses compression method %2; only stored and deflated entries are read</source>
            <translation>条目 %1 使用压缩方法 %2；只能读取存储或 deflate 压缩的条目</translation>
        </message>
        <message>
            <source>entry %1 would inflate to %2 bytes, over the limit of %3 for this archive (a zip bomb?)</source>
            <translation>条目 %1 解压后将有 %2 字节，超过此压缩包 %3 的上限（zip 炸弹？）</translation>
        </message>
        <message>
            <source>not enough memory to inflate entry %1 (%2 bytes)</source>
            <translation>内存不足，无法解压条目 %1（%2 字节）</translation>
        </message>
        <message>
            <source>entry %1: %2</source>
            <translation>条目 %1：%2</translation>
        </message>
    </context>
    <context>
        <name>hires::ZipDirectoryParser</name>
        <message>
            <source>the central directory cannot hold its %1 entries</source>
            <translation>中央目录容纳不下其 %1 个条目</translation>
        </message>
        <message>
            <source>the file is too short to be a zip archive</source>
            <translation>文件太短，不可能是 zip 压缩包</translation>
        </message>
        <message>
            <source>no end-of-central-directory record (not a zip archive, or truncated)</source>
            <translation>没有中央目录结束记录（不是 zip 压缩包，或已被截断）</translation>
        </message>
        <message>
            <source>the archive needs ZIP64 records but has none</source>
            <translation>压缩包需要 ZIP64 记录，但没有</translation>
        </message>
        <message>
            <source>multi-volume zip archives are not supported</source>
            <translation>不支持分卷 zip 压缩包</translation>
        </message>
        <message>
            <source>the ZIP64 end-of-central-directory record is missing or misplaced</source>
            <translation>ZIP64 中央目录结束记录缺失或位置错误</translation>
        </message>
        <message>
            <source>the central directory (offset %1, %2 bytes) lies outside the archive</source>
            <translation>中央目录（偏移 %1，%2 字节）位于压缩包之外</translation>
        </message>
        <message>
            <source>central directory entry %1 is damaged</source>
            <translation>中央目录条目 %1 已损坏</translation>
        </message>
        <message>
            <source>entry %1 is encrypted</source>
            <translation>条目 %1 已加密</translation>
        </message>
        <message>
            <source>stored entry %1 declares %2 bytes stored but %3 bytes of content</source>
            <translation>存储条目 %1 声明存储 %2 字节，但内容为 %3 字节</translation>
        </message>
        <message>
            <source>the archive has two entries named %1</source>
            <translation>压缩包中有两个名为 %1 的条目</translation>
        </message>
        <message>
            <source>entry %1 has a short ZIP64 extra field</source>
            <translation>条目 %1 的 ZIP64 扩展字段太短</translation>
        </message>
        <message>
            <source>entry %1 needs a ZIP64 extra field but has none</source>
            <translation>条目 %1 需要 ZIP64 扩展字段，但没有</translation>
        </message>
        <message>
            <source>the local header of entry %1 is missing or damaged</source>
            <translation>条目 %1 的本地文件头缺失或已损坏</translation>
        </message>
        <message>
            <source>the local header of entry %1 names %2</source>
            <translation>条目 %1 的本地文件头写的是 %2</translation>
        </message>
        <message>
            <source>the data of entry %1 (%2 bytes) runs past the end of the archive data</source>
            <translation>条目 %1 的数据（%2 字节）超出了压缩包数据的末尾</translation>
        </message>
    </context>
    <context>
        <name>hires::cli</name>
        <message>
            <source>not recognised (%1)</source>
            <translation>无法识别（%1）</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>格式</translation>
        </message>
        <message>
            <source>Wrapper key</source>
            <translation>外层键</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <source>Stripped prefix</source>
            <translation>已去除的前缀</translation>
        </message>
        <message>
            <source>Tensors</source>
            <translation>张量</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>参数</translation>
        </message>
        <message>
            <source>Dtypes</source>
            <translation>数据类型</translation>
        </message>
        <message>
            <source>Skipped entries</source>
            <translation>跳过的条目</translation>
        </message>
        <message>
            <source>Architecture</source>
            <translation>架构</translation>
        </message>
        <message>
            <source>Layers</source>
            <translation>层</translation>
        </message>
        <message>
            <source>Layer types</source>
            <translation>层类型</translation>
        </message>
        <message>
            <source>Metadata</source>
            <translation>元数据</translation>
        </message>
        <message>
            <source>Print JSON instead of a table.</source>
            <translation>输出 JSON 而不是表格。</translation>
        </message>
        <message>
            <source>Also look in DIR (may be repeated).</source>
            <translation>同时在 DIR 中查找（可重复）。</translation>
        </message>
        <message>
            <source>List the models in the model folders.</source>
            <translation>列出模型文件夹中的模型。</translation>
        </message>
        <message>
            <source>Unknown argument '%1'. Try 'models --help'.</source>
            <translation>未知参数“%1”。请尝试“models --help”。</translation>
        </message>
        <message>
            <source>No models in %1.</source>
            <translation>%1 中没有模型。</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>KIND</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>ARCHITECTURE</source>
            <translation>架构</translation>
        </message>
        <message>
            <source>SCALE</source>
            <translation>倍数</translation>
        </message>
        <message>
            <source>FORMAT</source>
            <translation>格式</translation>
        </message>
        <message>
            <source>SIZE</source>
            <translation>大小</translation>
        </message>
        <message>
            <source>LICENCE / ERROR</source>
            <translation>许可证 / 错误</translation>
        </message>
        <message>
            <source>error: %1</source>
            <translation>错误：%1</translation>
        </message>
        <message>
            <source>* default upscaler</source>
            <translation>* 默认放大模型</translation>
        </message>
        <message>
            <source>The folder with realesrgan-x4plus/x4fast .param and .bin.</source>
            <translation>包含 realesrgan-x4plus/x4fast 的 .param 和 .bin 的文件夹。</translation>
        </message>
        <message>
            <source>The model folder (default: the user's model folder).</source>
            <translation>模型文件夹（默认：用户的模型文件夹）。</translation>
        </message>
        <message>
            <source>Install the default upscaling models.</source>
            <translation>安装默认的放大模型。</translation>
        </message>
        <message>
            <source>install-defaults needs --from DIR. Try 'models install-defaults --help'.</source>
            <translation>install-defaults 需要 --from DIR。请尝试“models install-defaults --help”。</translation>
        </message>
        <message>
            <source>The default models are already installed in %1.</source>
            <translation>默认模型已安装在 %1 中。</translation>
        </message>
        <message>
            <source>Installed %1 into %2.</source>
            <translation>已将 %1 安装到 %2。</translation>
        </message>
        <message>
            <source>The expected SHA-256.</source>
            <translation>预期的 SHA-256。</translation>
        </message>
        <message>
            <source>Install the file even though no SHA-256 is known to check it against.</source>
            <translation>即使没有已知的 SHA-256 可供校验，也安装该文件。</translation>
        </message>
        <message>
            <source>A model id from 'models catalogue', or an http(s) URL.</source>
            <translation>“models catalogue”中的模型 ID，或 http(s) URL。</translation>
        </message>
        <message>
            <source>Download a model, verifying its SHA-256.</source>
            <translation>下载模型并校验其 SHA-256。</translation>
        </message>
        <message>
            <source>download needs exactly one ID or URL. Try 'models download --help'.</source>
            <translation>download 只能接受一个 ID 或 URL。请尝试“models download --help”。</translation>
        </message>
        <message>
            <source>'%1' is neither a downloadable model of 'models catalogue' nor a URL.</source>
            <translation>“%1”既不是“models catalogue”中可下载的模型，也不是 URL。</translation>
        </message>
        <message>
            <source>%1: the URL does not end in a file name.</source>
            <translation>%1：URL 不以文件名结尾。</translation>
        </message>
        <message>
            <source>%1 is already installed and verified.</source>
            <translation>%1 已安装并已校验。</translation>
        </message>
        <message>
            <source>%1: %2 of %3 (%4%)</source>
            <translation>%1：%2 / %3（%4%）</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>Saved %1 (SHA-256 %2%3).</source>
            <translation>已保存 %1（SHA-256 %2%3）。</translation>
        </message>
        <message>
            <source>, not verified</source>
            <translation>，未校验</translation>
        </message>
        <message>
            <source>, verified</source>
            <translation>，已校验</translation>
        </message>
        <message>
            <source>List the models Hires Studio knows by name.</source>
            <translation>列出 Hires Studio 按名称知道的模型。</translation>
        </message>
        <message>
            <source>LICENCE</source>
            <translation>许可证</translation>
        </message>
        <message>
            <source>SOURCE</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Upscales images with a Real-ESRGAN model, falling back to LANCZOS when the model cannot run.</source>
            <translation>用 Real-ESRGAN 模型放大图像，模型无法运行时改用 LANCZOS。</translation>
        </message>
        <message>
            <source>image files or folders</source>
            <translation>图像文件或文件夹</translation>
        </message>
        <message>
            <source>output file (one input) or folder</source>
            <translation>输出文件（单个输入时）或文件夹</translation>
        </message>
        <message>
            <source>model id, model file (.pth, .safetensors, .param) or 'lanczos' (default: %1)</source>
            <translation>模型 ID、模型文件（.pth、.safetensors、.param）或 'lanczos'（默认：%1）</translation>
        </message>
        <message>
            <source>output scale (default 2)</source>
            <translation>输出倍数（默认 2）</translation>
        </message>
        <message>
            <source>tile size in pixels, 0 = automatic</source>
            <translation>分块大小（像素），0 = 自动</translation>
        </message>
        <message>
            <source>auto, cpu or cuda</source>
            <translation>auto、cpu 或 cuda</translation>
        </message>
        <message>
            <source>png, jpg, webp or tif (default: the input's)</source>
            <translation>png、jpg、webp 或 tif（默认：与输入相同）</translation>
        </message>
        <message>
            <source>alpha channel by 'model' or 'lanczos'</source>
            <translation>Alpha 通道使用 'model' 或 'lanczos'</translation>
        </message>
        <message>
            <source>CPU threads, 0 = all cores</source>
            <translation>CPU 线程数，0 = 所有核心</translation>
        </message>
        <message>
            <source>auto, fp32, fp16 (CUDA) or bf16</source>
            <translation>auto、fp32、fp16（CUDA）或 bf16</translation>
        </message>
        <message>
            <source>fail instead of falling back to LANCZOS</source>
            <translation>失败而不是改用 LANCZOS</translation>
        </message>
        <message>
            <source>replace an existing -o FILE</source>
            <translation>替换已存在的 -o 文件</translation>
        </message>
        <message>
            <source>print one JSON object per input (output, provenance)</source>
            <translation>每个输入输出一个 JSON 对象（输出文件、来源记录）</translation>
        </message>
        <message>
            <source>no input given</source>
            <translation>未指定输入</translation>
        </message>
        <message>
            <source>invalid scale '%1' (a number above 0, at most 64)</source>
            <translation>无效的倍数“%1”（大于 0 且不超过 64 的数）</translation>
        </message>
        <message>
            <source>invalid tile '%1' (0 = automatic, or at least 32)</source>
            <translation>无效的分块大小“%1”（0 = 自动，或至少 32）</translation>
        </message>
        <message>
            <source>invalid thread count '%1'</source>
            <translation>无效的线程数“%1”</translation>
        </message>
        <message>
            <source>unknown format '%1' (png, jpg, webp, tif)</source>
            <translation>未知格式“%1”（png、jpg、webp、tif）</translation>
        </message>
        <message>
            <source>%1: no such file or folder</source>
            <translation>%1：没有此文件或文件夹</translation>
        </message>
        <message>
            <source>no images found in %1</source>
            <translation>在 %1 中没有找到图像</translation>
        </message>
        <message>
            <source>%1: cannot create this folder</source>
            <translation>%1：无法创建此文件夹</translation>
        </message>
        <message>
            <source>-o %1 names a file but there are %2 inputs; give a folder (ending with '/') instead</source>
            <translation>-o %1 指定的是文件，但有 %2 个输入；请改为指定文件夹（以 '/' 结尾）</translation>
        </message>
        <message>
            <source>%1 exists; use --overwrite to replace it</source>
            <translation>%1 已存在；使用 --overwrite 替换它</translation>
        </message>
        <message>
            <source>%1 is an input; it is never overwritten</source>
            <translation>%1 是输入文件；永远不会被覆盖</translation>
        </message>
        <message>
            <source>--%1: '%2' is not a number</source>
            <translation>--%1：“%2”不是数字</translation>
        </message>
        <message>
            <source>Generates an image with a Stable Diffusion 1.x or SDXL checkpoint, optionally with hires fix.</source>
            <translation>使用 Stable Diffusion 1.x 或 SDXL 检查点生成图像，可选择启用高清修复。</translation>
        </message>
        <message>
            <source>the prompt (A1111 weighting: (word:1.2), [word], BREAK)</source>
            <translation>提示词（A1111 权重语法：(word:1.2)、[word]、BREAK）</translation>
        </message>
        <message>
            <source>the negative prompt</source>
            <translation>反向提示词</translation>
        </message>
        <message>
            <source>checkpoint file (.safetensors, .ckpt), diffusers folder or name in the model folders</source>
            <translation>检查点文件（.safetensors、.ckpt）、diffusers 文件夹或模型文件夹中的名称</translation>
        </message>
        <message>
            <source>width, a multiple of 8 (default: SDXL 768, SD 1.5 512)</source>
            <translation>宽度，8 的倍数（默认：SDXL 768，SD 1.5 512）</translation>
        </message>
        <message>
            <source>height, a multiple of 8 (default: as width)</source>
            <translation>高度，8 的倍数（默认：与宽度相同）</translation>
        </message>
        <message>
            <source>sampling steps (default %1)</source>
            <translation>采样步数（默认 %1）</translation>
        </message>
        <message>
            <source>guidance scale (default %1)</source>
            <translation>引导系数（默认 %1）</translation>
        </message>
        <message>
            <source>euler_a, euler, dpmpp_2m, dpmpp_2m_karras or ddim (default euler_a)</source>
            <translation>euler_a、euler、dpmpp_2m、dpmpp_2m_karras 或 ddim（默认 euler_a）</translation>
        </message>
        <message>
            <source>seed, -1 = random (default)</source>
            <translation>种子，-1 = 随机（默认）</translation>
        </message>
        <message>
            <source>CLIP skip for SD 1.x (default 1)</source>
            <translation>SD 1.x 的 CLIP 跳过层数（默认 1）</translation>
        </message>
        <message>
            <source>img2img: the start image</source>
            <translation>img2img：起始图像</translation>
        </message>
        <message>
            <source>img2img: how much of the start image is re-noised (default %1)</source>
            <translation>img2img：起始图像重新加噪的程度（默认 %1）</translation>
        </message>
        <message>
            <source>render at the base size, upscale, then refine (AUTOMATIC1111 hires fix)</source>
            <translation>先以基础尺寸渲染，放大后再精修（AUTOMATIC1111 高清修复）</translation>
        </message>
        <message>
            <source>hires fix: upscale factor (default %1)</source>
            <translation>高清修复：放大倍数（默认 %1）</translation>
        </message>
        <message>
            <source>hires fix: denoising strength (default %1)</source>
            <translation>高清修复：去噪强度（默认 %1）</translation>
        </message>
        <message>
            <source>hires fix: second pass steps, 0 = as --steps (default 0)</source>
            <translation>高清修复：第二阶段步数，0 = 与 --steps 相同（默认 0）</translation>
        </message>
        <message>
            <source>hires fix: upscale with LANCZOS instead of Real-ESRGAN</source>
            <translation>高清修复：使用 LANCZOS 而非 Real-ESRGAN 放大</translation>
        </message>
        <message>
            <source>hires fix: upscale the latent (A1111 "Latent")</source>
            <translation>高清修复：放大潜空间（A1111 的“Latent”）</translation>
        </message>
        <message>
            <source>hires fix: the Real-ESRGAN model file (default: realesrgan-x4fast from the model folders)</source>
            <translation>高清修复：Real-ESRGAN 模型文件（默认：模型文件夹中的 realesrgan-x4fast）</translation>
        </message>
        <message>
            <source>restore faces with this weight (0..1)</source>
            <translation>以此权重修复人脸（0..1）</translation>
        </message>
        <message>
            <source>the GFPGAN model file (default: GFPGANv1.4.pth from the model folders)</source>
            <translation>GFPGAN 模型文件（默认：模型文件夹中的 GFPGANv1.4.pth）</translation>
        </message>
        <message>
            <source>folder with the CLIP tokenizer (vocab.json + merges.txt)</source>
            <translation>包含 CLIP 分词器（vocab.json + merges.txt）的文件夹</translation>
        </message>
        <message>
            <source>an extra folder with models and tokenizers (repeatable)</source>
            <translation>额外的模型和分词器文件夹（可重复指定）</translation>
        </message>
        <message>
            <source>output file (default: hires-studio-&lt;time&gt;.png)</source>
            <translation>输出文件（默认：hires-studio-&lt;time&gt;.png）</translation>
        </message>
        <message>
            <source>also write the first pass next to the output (-first-pass)</source>
            <translation>同时将第一阶段结果写在输出文件旁边（-first-pass）</translation>
        </message>
        <message>
            <source>replace an existing output file</source>
            <translation>替换已有的输出文件</translation>
        </message>
        <message>
            <source>print the result as JSON (output, seed, provenance)</source>
            <translation>以 JSON 格式输出结果（输出文件、种子、来源记录）</translation>
        </message>
        <message>
            <source>unexpected argument '%1' (the prompt goes after -p)</source>
            <translation>意外的参数“%1”（提示词应放在 -p 之后）</translation>
        </message>
        <message>
            <source>no prompt given (-p TEXT)</source>
            <translation>未提供提示词（-p TEXT）</translation>
        </message>
        <message>
            <source>unknown sampler '%1' (euler_a, euler, dpmpp_2m, dpmpp_2m_karras, ddim)</source>
            <translation>未知的采样器“%1”（euler_a、euler、dpmpp_2m、dpmpp_2m_karras、ddim）</translation>
        </message>
        <message>
            <source>Output file (one INPUT) or folder (several).</source>
            <translation>输出文件（一个 INPUT 时）或文件夹（多个时）。</translation>
        </message>
        <message>
            <source>Blend of original (0) and restored (1) faces; default 1.</source>
            <translation>原始人脸（0）与修复后人脸（1）的混合比例；默认 1。</translation>
        </message>
        <message>
            <source>GFPGAN v1.4 weights (GFPGANv1.4.pth).</source>
            <translation>GFPGAN v1.4 权重（GFPGANv1.4.pth）。</translation>
        </message>
        <message>
            <source>Inputs are aligned 512x512 faces: run the network alone (no detection, no paste-back).</source>
            <translation>输入为对齐的 512x512 人脸：仅运行网络（不检测，不贴回）。</translation>
        </message>
        <message>
            <source>Face detector: auto, yunet or haar; default auto.</source>
            <translation>人脸检测器：auto、yunet 或 haar；默认 auto。</translation>
        </message>
        <message>
            <source>Folder searched for face_detection_yunet*.onnx (repeatable).</source>
            <translation>用于查找 face_detection_yunet*.onnx 的文件夹（可重复指定）。</translation>
        </message>
        <message>
            <source>Output format: png, jpg, webp or tif; default: the input's.</source>
            <translation>输出格式：png、jpg、webp 或 tif；默认与输入相同。</translation>
        </message>
        <message>
            <source>Print the results and their provenance as JSON.</source>
            <translation>以 JSON 格式输出结果及其来源记录。</translation>
        </message>
        <message>
            <source>Restore the faces of photos with GFPGAN v1.4.</source>
            <translation>使用 GFPGAN v1.4 修复照片中的人脸。</translation>
        </message>
        <message>
            <source>Images to restore.</source>
            <translation>要修复的图像。</translation>
        </message>
        <message>
            <source>restore-faces needs at least one INPUT. Try 'restore-faces --help'.</source>
            <translation>restore-faces 至少需要一个 INPUT。请尝试“restore-faces --help”。</translation>
        </message>
        <message>
            <source>--weight must be a number from 0 to 1, not '%1'.</source>
            <translation>--weight 必须是 0 到 1 之间的数字，而不是“%1”。</translation>
        </message>
        <message>
            <source>unknown output format '%1'.</source>
            <translation>未知的输出格式“%1”。</translation>
        </message>
        <message>
            <source>restore faces after upscaling: blend of original (0) and restored (1) faces</source>
            <translation>放大后修复人脸：原始人脸（0）与修复后人脸（1）的混合比例</translation>
        </message>
        <message>
            <source>GFPGAN v1.4 weights for --face-restore (default: %1 in the model folders)</source>
            <translation>用于 --face-restore 的 GFPGAN v1.4 权重（默认：模型文件夹中的 %1）</translation>
        </message>
        <message>
            <source>with --face-restore: the input is an aligned face (the network alone, no detection or paste-back)</source>
            <translation>配合 --face-restore：输入为对齐的人脸（仅运行网络，不检测也不贴回）</translation>
        </message>
        <message>
            <source>--face-model and --face-aligned need --face-restore WEIGHT</source>
            <translation>--face-model 和 --face-aligned 需要 --face-restore WEIGHT</translation>
        </message>
        <message>
            <source>invalid face restoration weight '%1' (a number from 0 to 1)</source>
            <translation>无效的人脸修复权重“%1”（应为 0 到 1 之间的数字）</translation>
        </message>
    </context>
    <context>
        <name>hires::cli::GenerateCommand</name>
        <message>
            <source>generate an image with Stable Diffusion (txt2img, img2img, hires fix)</source>
            <translation>使用 Stable Diffusion 生成图像（txt2img、img2img、高清修复）</translation>
        </message>
        <message>
            <source>Try 'hires-studio generate --help'.</source>
            <translation>请尝试“hires-studio generate --help”。</translation>
        </message>
        <message>
            <source>%1 exists; use --overwrite to replace it</source>
            <translation>%1 已存在；使用 --overwrite 替换它</translation>
        </message>
        <message>
            <source>%1 %2/%3</source>
            <translation>%1 %2/%3</translation>
        </message>
        <message>
            <source>tokenizer: %1 (%2)</source>
            <translation>分词器：%1（%2）</translation>
        </message>
        <message>
            <source>seed %1; %2</source>
            <translation>种子 %1；%2</translation>
        </message>
    </context>
    <context>
        <name>hires::cli::InspectCommand</name>
        <message>
            <source>show what a model file (.safetensors, .pth, .ckpt, ncnn .param/.bin) holds</source>
            <translation>显示模型文件（.safetensors、.pth、.ckpt、ncnn .param/.bin）的内容</translation>
        </message>
        <message>
            <source>Print JSON instead of text.</source>
            <translation>输出 JSON 而不是文本。</translation>
        </message>
        <message>
            <source>List every tensor with its dtype and shape.</source>
            <translation>列出每个张量及其数据类型和形状。</translation>
        </message>
        <message>
            <source>The model file.</source>
            <translation>模型文件。</translation>
        </message>
        <message>
            <source>inspect needs exactly one FILE. Try 'inspect --help'.</source>
            <translation>inspect 只能接受一个文件。请尝试“inspect --help”。</translation>
        </message>
    </context>
    <context>
        <name>hires::cli::ModelsCommand</name>
        <message>
            <source>list, install and download models (models --help)</source>
            <translation>列出、安装和下载模型（models --help）</translation>
        </message>
        <message>
            <source>Usage: models [--json] [--folder DIR]...
       models install-defaults --from DIR [--to DIR]
       models download ID|URL [--sha256 HEX] [--to DIR] [--allow-unverified]
       models catalogue [--json]
Each sub-command takes --help.</source>
            <translation>用法：models [--json] [--folder DIR]...
      models install-defaults --from DIR [--to DIR]
      models download ID|URL [--sha256 HEX] [--to DIR] [--allow-unverified]
      models catalogue [--json]
每个子命令都支持 --help。</translation>
        </message>
    </context>
    <context>
        <name>hires::cli::RestoreFacesCommand</name>
        <message>
            <source>restore the faces in photos (GFPGAN v1.4) with a weight from 0 to 1</source>
            <translation>以 0 到 1 的权重修复照片中的人脸（GFPGAN v1.4）</translation>
        </message>
        <message>
            <source>-o must be a folder when there are several inputs: %1</source>
            <translation>有多个输入时，-o 必须是文件夹：%1</translation>
        </message>
        <message>
            <source>cannot create the output folder %1</source>
            <translation>无法创建输出文件夹 %1</translation>
        </message>
        <message>
            <source>warning: faces are not restored: %1</source>
            <translation>警告：未修复人脸：%1</translation>
        </message>
        <message>
            <source>%1 -&gt; %2: %3 face(s) detected, %4 restored (%5)</source>
            <translation>%1 -&gt; %2：检测到 %3 张人脸，已修复 %4 张（%5）</translation>
        </message>
    </context>
    <context>
        <name>hires::cli::ServeCommand</name>
        <message>
            <source>Serve the HTTP API (/generate, /upscale, /health, AUTOMATIC1111's /sdapi/v1).</source>
            <translation>提供 HTTP API 服务（/generate、/upscale、/health、AUTOMATIC1111 的 /sdapi/v1）。</translation>
        </message>
        <message>
            <source>Address to listen on (default 127.0.0.1).</source>
            <translation>监听地址（默认 127.0.0.1）。</translation>
        </message>
        <message>
            <source>Port (default 7860; 0: any).</source>
            <translation>端口（默认 7860；0：任意）。</translation>
        </message>
        <message>
            <source>Bearer token every request must carry.</source>
            <translation>每个请求都必须携带的 Bearer 令牌。</translation>
        </message>
        <message>
            <source>Read the token from FILE (keeps it out of `ps`).</source>
            <translation>从 FILE 读取令牌（避免其出现在 `ps` 中）。</translation>
        </message>
        <message>
            <source>Also look for models in DIR (may be repeated).</source>
            <translation>同时在 DIR 中查找模型（可重复指定）。</translation>
        </message>
        <message>
            <source>Library id of the checkpoint /generate uses (default: the first found).</source>
            <translation>/generate 使用的检查点的库 ID（默认：找到的第一个）。</translation>
        </message>
        <message>
            <source>Jobs that may wait behind the running one (default 4).</source>
            <translation>可在运行中任务之后排队等待的任务数（默认 4）。</translation>
        </message>
        <message>
            <source>Largest request body in MiB (default 48).</source>
            <translation>请求体的最大大小，单位 MiB（默认 48）。</translation>
        </message>
        <message>
            <source>serve: --host takes an IP address and --port a number up to 65535</source>
            <translation>serve：--host 需要 IP 地址，--port 需要不超过 65535 的数字</translation>
        </message>
        <message>
            <source>serve: cannot read %1: %2</source>
            <translation>serve：无法读取 %1：%2</translation>
        </message>
        <message>
            <source>serve: %1</source>
            <translation>serve：%1</translation>
        </message>
        <message>
            <source>Serving on http://%1:%2 (%3 models found)</source>
            <translation>正在 http://%1:%2 上提供服务（找到 %3 个模型）</translation>
        </message>
        <message>
            <source>serve: stopped</source>
            <translation>serve：已停止</translation>
        </message>
    </context>
    <context>
        <name>hires::cli::UpscaleCommand</name>
        <message>
            <source>upscale images with Real-ESRGAN or LANCZOS (files and folders)</source>
            <translation>用 Real-ESRGAN 或 LANCZOS 放大图像（文件和文件夹）</translation>
        </message>
        <message>
            <source>Try 'hires-studio upscale --help'.</source>
            <translation>请尝试“hires-studio upscale --help”。</translation>
        </message>
        <message>
            <source>model '%1' not found (looked in: %2); give a model file with -m</source>
            <translation>未找到模型“%1”（查找位置：%2）；请用 -m 指定模型文件</translation>
        </message>
        <message>
            <source>upscaled %1 of %2 images, %3 failed</source>
            <translation>已放大 %1/%2 张图像，%3 张失败</translation>
        </message>
        <message>
            <source>upscaled %1 of %2 images</source>
            <translation>已放大 %1/%2 张图像</translation>
        </message>
        <message>
            <source>[%1/%2] %3: %4 %5/%6</source>
            <translation>[%1/%2] %3：%4 %5/%6</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>face model '%1' not found (looked in: %2); faces will not be restored; give a GFPGAN v1.4 file with --face-model</source>
            <translation>未找到人脸模型“%1”（已查找：%2）；将不修复人脸；请使用 --face-model 指定 GFPGAN v1.4 文件</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::AboutDialog</name>
        <message>
            <source>About Hires Studio</source>
            <translation>关于 Hires Studio</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Hires Studio %1&lt;/h2&gt;&lt;p&gt;Image generation, neural upscaling and A/B comparison on the desktop.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;Hires Studio %1&lt;/h2&gt;&lt;p&gt;桌面上的图像生成、神经网络放大和 A/B 对比。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&amp;Copy Details</source>
            <translation>复制详细信息(&amp;C)</translation>
        </message>
        <message numerus="yes">
            <source>CUDA (%n device(s))</source>
            <translation>
                <numerusform>CUDA（%n 个设备）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>CPU only (%n thread(s))</source>
            <translation>
                <numerusform>仅 CPU（%n 个线程）</numerusform>
            </translation>
        </message>
        <message>
            <source>libtorch %1, %2
OpenCV %3
Qt %4 (built with %5)</source>
            <translation>libtorch %1，%2
OpenCV %3
Qt %4（构建时使用 %5）</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::ComparisonPage</name>
        <message>
            <source>Comparison</source>
            <translation>比较</translation>
        </message>
        <message>
            <source>Comparison tools</source>
            <translation>比较工具</translation>
        </message>
        <message>
            <source>Comparison progress</source>
            <translation>比较进度</translation>
        </message>
        <message>
            <source>Comparison status</source>
            <translation>比较状态</translation>
        </message>
        <message>
            <source>Open an image to compare LANCZOS with a model, or compare two files.</source>
            <translation>打开图像以比较 LANCZOS 与模型，或比较两个文件。</translation>
        </message>
        <message>
            <source>&amp;Open Image to Compare...</source>
            <translation>打开要比较的图像(&amp;O)...</translation>
        </message>
        <message>
            <source>Choose the image whose upscales are compared</source>
            <translation>选择要比较其放大结果的图像</translation>
        </message>
        <message>
            <source>Compare &amp;LANCZOS vs Model</source>
            <translation>比较 LANCZOS 与模型(&amp;L)</translation>
        </message>
        <message>
            <source>Upscale the whole image with LANCZOS and with the chosen model to the same size, and compare them</source>
            <translation>将整张图像分别用 LANCZOS 和所选模型放大到相同尺寸并进行比较</translation>
        </message>
        <message>
            <source>&amp;Preview Visible Region</source>
            <translation>预览可见区域(&amp;P)</translation>
        </message>
        <message>
            <source>Run the model only on the part in view (plus a margin), LANCZOS elsewhere: a quick look before the whole image</source>
            <translation>仅在可见部分（外加边距）运行模型，其余部分使用 LANCZOS：在处理整张图像前快速查看</translation>
        </message>
        <message>
            <source>Compare &amp;Two Files...</source>
            <translation>比较两个文件(&amp;T)...</translation>
        </message>
        <message>
            <source>Choose two image files and compare them</source>
            <translation>选择两个图像文件并进行比较</translation>
        </message>
        <message>
            <source>&amp;Cancel Comparison</source>
            <translation>取消比较(&amp;C)</translation>
        </message>
        <message>
            <source>Stop the running comparison</source>
            <translation>停止正在进行的比较</translation>
        </message>
        <message>
            <source>&amp;Side by Side</source>
            <translation>并排(&amp;S)</translation>
        </message>
        <message>
            <source>Show the two images next to each other</source>
            <translation>显示两张图像并排</translation>
        </message>
        <message>
            <source>S&amp;lider</source>
            <translation>滑块(&amp;L)</translation>
        </message>
        <message>
            <source>Show the left image left of a divider you drag, the right image right of it</source>
            <translation>在可拖动的分隔线左侧显示左图，右侧显示右图</translation>
        </message>
        <message>
            <source>&amp;Difference</source>
            <translation>差异(&amp;D)</translation>
        </message>
        <message>
            <source>Show where the images differ: |A − B| amplified and colour-mapped</source>
            <translation>显示图像的不同之处：|A − B| 经放大并以颜色映射</translation>
        </message>
        <message>
            <source>&amp;Fit</source>
            <translation>适应窗口(&amp;F)</translation>
        </message>
        <message>
            <source>Fit the images to the panes</source>
            <translation>使图像适应窗格大小</translation>
        </message>
        <message>
            <source>1:1</source>
            <translation>1:1</translation>
        </message>
        <message>
            <source>Actual pixels</source>
            <translation>实际像素</translation>
        </message>
        <message>
            <source>2×</source>
            <translation>2×</translation>
        </message>
        <message>
            <source>Two screen pixels per image pixel</source>
            <translation>每个图像像素占两个屏幕像素</translation>
        </message>
        <message>
            <source>4×</source>
            <translation>4×</translation>
        </message>
        <message>
            <source>Four screen pixels per image pixel</source>
            <translation>每个图像像素占四个屏幕像素</translation>
        </message>
        <message>
            <source>Save &amp;Left As...</source>
            <translation>左图另存为(&amp;L)...</translation>
        </message>
        <message>
            <source>Save the left image to a file</source>
            <translation>将左图保存到文件</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <source>LANCZOS vs Model</source>
            <translation>LANCZOS 与模型</translation>
        </message>
        <message>
            <source>Preview Region</source>
            <translation>预览区域</translation>
        </message>
        <message>
            <source>Two Files</source>
            <translation>两个文件</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Side by Side</source>
            <translation>并排</translation>
        </message>
        <message>
            <source>Slider</source>
            <translation>滑块</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>差异</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>适应窗口</translation>
        </message>
        <message>
            <source>Save &amp;Right As...</source>
            <translation>右图另存为(&amp;R)...</translation>
        </message>
        <message>
            <source>Save the right image to a file</source>
            <translation>将右图保存到文件</translation>
        </message>
        <message>
            <source>Save Left</source>
            <translation>保存左图</translation>
        </message>
        <message>
            <source>Save Right</source>
            <translation>保存右图</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>模型</translation>
        </message>
        <message>
            <source>The model compared with LANCZOS</source>
            <translation>与 LANCZOS 比较的模型</translation>
        </message>
        <message>
            <source>Output scale</source>
            <translation>输出倍数</translation>
        </message>
        <message>
            <source>Both sides are upscaled to this many times the input size</source>
            <translation>两侧都放大到输入尺寸的此倍数</translation>
        </message>
        <message>
            <source>×%1</source>
            <translation>×%1</translation>
        </message>
        <message>
            <source>Difference amplification</source>
            <translation>差异放大倍数</translation>
        </message>
        <message>
            <source>How strongly differences are amplified in the difference view</source>
            <translation>在差异视图中放大差异的程度</translation>
        </message>
        <message>
            <source>|A − B| ×%1</source>
            <translation>|A − B| ×%1</translation>
        </message>
        <message>
            <source>%1: choose a model and compare, or zoom in and preview the region in view.</source>
            <translation>%1：请选择模型并比较，或放大视图后预览可见区域。</translation>
        </message>
        <message>
            <source>Images (%1)</source>
            <translation>图像 (%1)</translation>
        </message>
        <message>
            <source>Open Image to Compare</source>
            <translation>打开要比较的图像</translation>
        </message>
        <message>
            <source>Choose Two Images to Compare</source>
            <translation>选择两张要比较的图像</translation>
        </message>
        <message numerus="yes">
            <source>Choose exactly two images to compare (%n chosen).</source>
            <translation>
                <numerusform>请恰好选择两张要比较的图像（已选择 %n 张）。</numerusform>
            </translation>
        </message>
        <message>
            <source>Upscaling %1 with LANCZOS and %2...</source>
            <translation>正在用 LANCZOS 和 %2 放大 %1...</translation>
        </message>
        <message>
            <source>Previewing %1 on %2 × %3 pixels in view...</source>
            <translation>正在可见的 %2 × %3 像素区域上预览 %1...</translation>
        </message>
        <message>
            <source>Comparing %1 with %2...</source>
            <translation>正在比较 %1 与 %2...</translation>
        </message>
        <message>
            <source>Compared %1 with %2.</source>
            <translation>已比较 %1 与 %2。</translation>
        </message>
        <message>
            <source>The model could not run: see the right pane.</source>
            <translation>模型无法运行：请查看右侧窗格。</translation>
        </message>
        <message>
            <source>The comparison failed: %1</source>
            <translation>比较失败：%1</translation>
        </message>
        <message>
            <source>The comparison was cancelled.</source>
            <translation>比较已取消。</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>已保存 %1</translation>
        </message>
        <message>
            <source>No model found: add one in the model manager</source>
            <translation>未找到模型：请在模型管理器中添加</translation>
        </message>
        <message>
            <source>The model runs on %1; LANCZOS runs on this computer.</source>
            <translation>模型在 %1 上运行，LANCZOS 在本机运行。</translation>
        </message>
        <message>
            <source>The model ran on %1.</source>
            <translation>模型已在 %1 上运行。</translation>
        </message>
        <message>
            <source>Restore &amp;Faces</source>
            <translation>修复人脸(&amp;A)</translation>
        </message>
        <message>
            <source>Restore Faces</source>
            <translation>修复人脸</translation>
        </message>
        <message>
            <source>Restore the faces of the model's side with GFPGAN, then switch each face and set the weight beside the view</source>
            <translation>使用 GFPGAN 修复模型一侧的人脸，然后在视图旁逐一开关每张人脸并设置权重</translation>
        </message>
        <message>
            <source>Face restoration weight</source>
            <translation>人脸修复权重</translation>
        </message>
        <message>
            <source>Face restoration weight — 0: the model's faces as they are; 1: fully restored (applies to the next comparison)</source>
            <translation>人脸修复权重 — 0：模型的人脸保持原样；1：完全修复（应用于下一次比较）</translation>
        </message>
        <message>
            <source>this computer</source>
            <translation>本机</translation>
        </message>
        <message>
            <source>Faces are restored on this computer only: with a remote server the model's faces are shown as they are.</source>
            <translation>人脸仅在本机上修复：使用远程服务器时，模型的人脸按原样显示。</translation>
        </message>
        <message>
            <source>No face was found.</source>
            <translation>未找到人脸。</translation>
        </message>
        <message>
            <source>The faces were not restored: see the right pane.</source>
            <translation>人脸未修复：请查看右侧窗格。</translation>
        </message>
        <message numerus="yes">
            <source>%n face(s) restored: review them beside the view.</source>
            <translation>
                <numerusform>已修复 %n 张人脸：请在视图旁逐一检查。</numerusform>
            </translation>
        </message>
        <message>
            <source>Face restoration and review run on this computer only; the model runs on %1 (see Settings)</source>
            <translation>人脸修复和检查仅在本机上运行；模型在 %1 上运行（参见设置）</translation>
        </message>
        <message>
            <source>Restore the faces of the model's side, and review them face by face (%1)</source>
            <translation>修复模型一侧的人脸，并逐张检查（%1）</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::ComparisonView</name>
        <message>
            <source>Left image information</source>
            <translation>左图信息</translation>
        </message>
        <message>
            <source>Right image information</source>
            <translation>右图信息</translation>
        </message>
        <message>
            <source>Difference information</source>
            <translation>差异信息</translation>
        </message>
        <message>
            <source>Left image</source>
            <translation>左图</translation>
        </message>
        <message>
            <source>Right image</source>
            <translation>右图</translation>
        </message>
        <message>
            <source>Difference between the images</source>
            <translation>图像之间的差异</translation>
        </message>
        <message>
            <source>Where the two images differ: black where they agree, brighter where they differ more (|A − B| amplified)</source>
            <translation>两张图像的不同之处：相同处为黑色，差异越大越亮（|A − B| 经放大）</translation>
        </message>
        <message>
            <source>Compare LANCZOS with a model, or open two images to compare.</source>
            <translation>比较 LANCZOS 与模型，或打开两张图像进行比较。</translation>
        </message>
        <message>
            <source>The difference appears once two images are compared.</source>
            <translation>比较两张图像后将显示差异。</translation>
        </message>
        <message>
            <source>made by %1</source>
            <translation>由 %1 生成</translation>
        </message>
        <message>
            <source>on %1</source>
            <translation>在 %1 上</translation>
        </message>
        <message>
            <source>on %1 (%2)</source>
            <translation>在 %1 上（%2）</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 秒</translation>
        </message>
        <message>
            <source>%1 × %2 file</source>
            <translation>%1 × %2 文件</translation>
        </message>
        <message>
            <source>sharpness %1</source>
            <translation>锐度 %1</translation>
        </message>
        <message>
            <source>fidelity ∞ dB (reduces to the input exactly)</source>
            <translation>保真度 ∞ dB（可精确还原为输入）</translation>
        </message>
        <message>
            <source>fidelity %1 dB</source>
            <translation>保真度 %1 dB</translation>
        </message>
        <message>
            <source>Fell back: %1 → %2 (%3)</source>
            <translation>已回退：%1 → %2（%3）</translation>
        </message>
        <message>
            <source>|A − B| × %1 · mean difference %2 of 255</source>
            <translation>|A − B| × %1 · 平均差异 %2/255</translation>
        </message>
        <message>
            <source>Model preview of %1 × %2 pixels at %3, %4</source>
            <translation>在 %3 上对 %1 × %2 像素的模型预览，%4</translation>
        </message>
        <message>
            <source>The images have different shapes: one is stretched.</source>
            <translation>两张图像的形状不同：其中一张被拉伸。</translation>
        </message>
        <message>
            <source>no face found</source>
            <translation>未找到人脸</translation>
        </message>
        <message>
            <source>%1 of %2 faces restored by %3</source>
            <translation>%2 张人脸中有 %1 张已由 %3 修复</translation>
        </message>
        <message>
            <source>faces not restored</source>
            <translation>人脸未修复</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::FaceReviewPanel</name>
        <message>
            <source>Restored faces</source>
            <translation>已修复的人脸</translation>
        </message>
        <message>
            <source>Detected faces</source>
            <translation>检测到的人脸</translation>
        </message>
        <message>
            <source>&amp;Weight:</source>
            <translation>权重(&amp;W)：</translation>
        </message>
        <message>
            <source>Face restoration weight</source>
            <translation>人脸修复权重</translation>
        </message>
        <message>
            <source>0: the original faces; 100: fully restored. Applies to every face.</source>
            <translation>0：原始人脸；100：完全修复。应用于每张人脸。</translation>
        </message>
        <message>
            <source>No face restoration in this result.</source>
            <translation>此结果中没有人脸修复。</translation>
        </message>
        <message>
            <source>No face was detected.</source>
            <translation>未检测到人脸。</translation>
        </message>
        <message>
            <source>Faces detected: %1</source>
            <translation>检测到的人脸：%1</translation>
        </message>
        <message>
            <source>Face %1</source>
            <translation>人脸 %1</translation>
        </message>
        <message>
            <source>Restore face %1</source>
            <translation>修复人脸 %1</translation>
        </message>
        <message>
            <source>Switch the restoration of this face on or off</source>
            <translation>开启或关闭此人脸的修复</translation>
        </message>
        <message>
            <source>No restoration model ran for this face</source>
            <translation>此人脸未运行修复模型</translation>
        </message>
        <message>
            <source>Face %1 before restoration</source>
            <translation>人脸 %1 修复前</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>Face %1 after restoration</source>
            <translation>人脸 %1 修复后</translation>
        </message>
        <message>
            <source>not restored</source>
            <translation>未修复</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::GenerateForm</name>
        <message>
            <source>Real-ESRGAN</source>
            <translation>Real-ESRGAN</translation>
        </message>
        <message>
            <source>Face restoration</source>
            <translation>人脸修复</translation>
        </message>
        <message>
            <source>Generate</source>
            <translation>生成</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Describe the image (Ctrl+Enter generates, Ctrl+Up/Down walk the history)</source>
            <translation>描述图像（Ctrl+Enter 生成，Ctrl+上/下 浏览历史记录）</translation>
        </message>
        <message>
            <source>What the image should not show</source>
            <translation>图像中不应出现的内容</translation>
        </message>
        <message>
            <source>The Stable Diffusion checkpoint that draws the image</source>
            <translation>用于绘制图像的 Stable Diffusion 检查点</translation>
        </message>
        <message>
            <source>Hires fix upscales the first pass with Real-ESRGAN; off: with LANCZOS (also used, and reported, when no Real-ESRGAN model runs)</source>
            <translation>高清修复使用 Real-ESRGAN 放大第一阶段结果；关闭时使用 LANCZOS（在没有可运行的 Real-ESRGAN 模型时也会使用并注明）</translation>
        </message>
        <message>
            <source>0: the generated face, 1: the fully restored face</source>
            <translation>0：生成的人脸，1：完全修复的人脸</translation>
        </message>
        <message>
            <source>Checkpoint:</source>
            <translation>检查点：</translation>
        </message>
        <message>
            <source>Prompt:</source>
            <translation>提示词：</translation>
        </message>
        <message>
            <source>Negative:</source>
            <translation>反向提示词：</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>图像</translation>
        </message>
        <message>
            <source> px</source>
            <translation> 像素</translation>
        </message>
        <message>
            <source>Classifier-free guidance: how closely the image follows the prompt</source>
            <translation>无分类器引导：图像遵循提示词的程度</translation>
        </message>
        <message>
            <source>Size:</source>
            <translation>尺寸：</translation>
        </message>
        <message>
            <source>Steps:</source>
            <translation>步数：</translation>
        </message>
        <message>
            <source>CFG scale:</source>
            <translation>CFG 系数：</translation>
        </message>
        <message>
            <source>Sampler:</source>
            <translation>采样器：</translation>
        </message>
        <message>
            <source>Seed:</source>
            <translation>种子：</translation>
        </message>
        <message>
            <source>Hires fix</source>
            <translation>高清修复</translation>
        </message>
        <message>
            <source>Generate at the model's size, upscale, then denoise again at the larger size</source>
            <translation>以模型的尺寸生成，放大后在更大尺寸上再次去噪</translation>
        </message>
        <message>
            <source>How much the second pass may change the upscaled image</source>
            <translation>第二阶段可对放大图像做出多大改变</translation>
        </message>
        <message>
            <source>same as steps</source>
            <translation>与步数相同</translation>
        </message>
        <message>
            <source>Upscale by:</source>
            <translation>放大倍数：</translation>
        </message>
        <message>
            <source>Denoising strength:</source>
            <translation>去噪强度：</translation>
        </message>
        <message>
            <source>Hires steps:</source>
            <translation>高清修复步数：</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::GeneratePage</name>
        <message>
            <source>Write a prompt and press Generate. Drop a PNG made by Hires Studio or AUTOMATIC1111 here to reuse its settings.</source>
            <translation>输入提示词并按“生成”。将 Hires Studio 或 AUTOMATIC1111 生成的 PNG 拖放到此处即可复用其设置。</translation>
        </message>
        <message>
            <source>Compare...</source>
            <translation>比较...</translation>
        </message>
        <message>
            <source>The result against the first pass upscaled with LANCZOS and with Real-ESRGAN</source>
            <translation>将结果与用 LANCZOS 和 Real-ESRGAN 放大的第一阶段结果进行比较</translation>
        </message>
        <message>
            <source>Re-run Second Pass</source>
            <translation>重新运行第二阶段</translation>
        </message>
        <message>
            <source>Keep this first pass and run the hires fix again with the settings on the left</source>
            <translation>保留此第一阶段结果，并使用左侧的设置再次运行高清修复</translation>
        </message>
        <message>
            <source>Use Settings</source>
            <translation>使用设置</translation>
        </message>
        <message>
            <source>Put this image's settings into the form</source>
            <translation>将此图像的设置填入表单</translation>
        </message>
        <message>
            <source>Save...</source>
            <translation>保存...</translation>
        </message>
        <message>
            <source>Save as PNG with the generation parameters</source>
            <translation>保存为包含生成参数的 PNG</translation>
        </message>
        <message>
            <source>Generation failed: %1</source>
            <translation>生成失败：%1</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>已取消。</translation>
        </message>
        <message>
            <source>Looking for models...</source>
            <translation>正在查找模型...</translation>
        </message>
        <message>
            <source>Generating</source>
            <translation>正在生成</translation>
        </message>
        <message>
            <source>Second pass</source>
            <translation>第二阶段</translation>
        </message>
        <message>
            <source>%1 with seed %2...</source>
            <translation>%1，种子 %2...</translation>
        </message>
        <message>
            <source>Loading the model...</source>
            <translation>正在加载模型...</translation>
        </message>
        <message>
            <source>%1: step %2 / %3</source>
            <extracomment>progress bar: stage, then "step 7 / 20"</extracomment>
            <translation>%1：第 %2 / %3 步</translation>
        </message>
        <message>
            <source>Done in %1 s.</source>
            <translation>完成，用时 %1 秒。</translation>
        </message>
        <message>
            <source>Save Image</source>
            <translation>保存图像</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG 图像 (*.png)</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>已保存 %1</translation>
        </message>
        <message>
            <source>No image is selected.</source>
            <translation>未选择图像。</translation>
        </message>
        <message>
            <source>%1 has no generation parameters.</source>
            <translation>%1 没有生成参数。</translation>
        </message>
        <message>
            <source>Settings taken from %1.</source>
            <translation>已采用 %1 的设置。</translation>
        </message>
        <message>
            <source>this computer</source>
            <translation>本机</translation>
        </message>
        <message>
            <source>%1 generates with its own checkpoint</source>
            <translation>%1 使用其自身的检查点生成</translation>
        </message>
        <message>
            <source>Generating on %1</source>
            <translation>正在 %1 上生成</translation>
        </message>
        <message>
            <source>Done on %1 in %2 s.</source>
            <translation>已在 %1 上完成，用时 %2 秒。</translation>
        </message>
        <message>
            <source>Not available while generating on %1: the server cannot start from a first pass kept on this computer</source>
            <translation>在 %1 上生成时不可用：服务器无法从保存在本机的第一阶段结果开始</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::ImageStatusBar</name>
        <message>
            <source>%1 × %2 px</source>
            <translation>%1 × %2 像素</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1，%2</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1%</translation>
        </message>
        <message>
            <source>(%1, %2)  %3</source>
            <translation>(%1, %2)  %3</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::LanguageMenu</name>
        <message>
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;System Default</source>
            <translation>系统默认(&amp;S)</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::MainWindow</name>
        <message>
            <source>Open an image with File &gt; Open (Ctrl+O), or drop image files here.</source>
            <translation>通过“文件 &gt; 打开”（Ctrl+O）打开图像，或将图像文件拖放到这里。</translation>
        </message>
        <message>
            <source>&amp;Open...</source>
            <translation>打开(&amp;O)...</translation>
        </message>
        <message>
            <source>&amp;Save As...</source>
            <translation>另存为(&amp;S)...</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>关闭(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>放大(&amp;I)</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>缩小(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Fit to Window</source>
            <translation>适合窗口(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Actual Size (1:1)</source>
            <translation>实际大小(&amp;A) (1:1)</translation>
        </message>
        <message>
            <source>&amp;Previous Image</source>
            <translation>上一张图像(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Next Image</source>
            <translation>下一张图像(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;About Hires Studio</source>
            <translation>关于 Hires Studio(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>Images (%1)</source>
            <translation>图像 (%1)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>所有文件 (*)</translation>
        </message>
        <message>
            <source>Open Images</source>
            <translation>打开图像</translation>
        </message>
        <message>
            <source>No image files found in: %1</source>
            <translation>在以下位置没有找到图像文件：%1</translation>
        </message>
        <message>
            <source>Opened %1</source>
            <translation>已打开 %1</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>已保存 %1</translation>
        </message>
        <message>
            <source>Hires Studio</source>
            <translation>Hires Studio</translation>
        </message>
        <message>
            <source>%1 (%2 of %3)</source>
            <translation>%1（第 %2/%3 张）</translation>
        </message>
        <message>
            <source>Hires Studio shows the new language from its next start.</source>
            <translation>Hires Studio 将在下次启动时使用新语言。</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>页面</translation>
        </message>
        <message>
            <source>Upscale</source>
            <translation>放大</translation>
        </message>
        <message>
            <source>Upscale images and folders, dropped or pasted</source>
            <translation>放大拖放或粘贴的图像和文件夹</translation>
        </message>
        <message>
            <source>View</source>
            <translation>查看</translation>
        </message>
        <message>
            <source>Look at one image: zoom, pan, Save As</source>
            <translation>查看单张图像：缩放、平移、另存为</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>粘贴(&amp;P)</translation>
        </message>
        <message>
            <source>Add the image or files on the clipboard to the current page</source>
            <translation>将剪贴板中的图像或文件添加到当前页面</translation>
        </message>
        <message>
            <source>Open images or add them to the current page</source>
            <translation>打开图像或将其添加到当前页面</translation>
        </message>
        <message>
            <source>Save the image shown under another name or format</source>
            <translation>以其他名称或格式保存显示的图像</translation>
        </message>
        <message>
            <source>The clipboard holds no image or file</source>
            <translation>剪贴板中没有图像或文件</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <source>Generate</source>
            <translation>生成</translation>
        </message>
        <message>
            <source>Generate images from a prompt, with hires fix</source>
            <translation>根据提示词生成图像，支持高清修复</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>比较</translation>
        </message>
        <message>
            <source>LANCZOS against a model, or any two images</source>
            <translation>LANCZOS 与模型比较，或比较任意两张图像</translation>
        </message>
        <message>
            <source>Compare &amp;This Image</source>
            <translation>比较此图像(&amp;T)</translation>
        </message>
        <message>
            <source>Open the viewed image in the Compare page to compare LANCZOS with a model</source>
            <translation>在“比较”页面中打开当前查看的图像，以比较 LANCZOS 与模型</translation>
        </message>
        <message>
            <source>&amp;Settings...</source>
            <translation>设置(&amp;S)...</translation>
        </message>
        <message>
            <source>Model folders, processing, output and language</source>
            <translation>模型文件夹、处理、输出和语言</translation>
        </message>
        <message>
            <source>&amp;Models...</source>
            <translation>模型(&amp;M)...</translation>
        </message>
        <message>
            <source>See, add, download and remove models</source>
            <translation>查看、添加、下载和删除模型</translation>
        </message>
        <message>
            <source>Settings saved</source>
            <translation>设置已保存</translation>
        </message>
        <message>
            <source>&amp;Compare</source>
            <translation>比较(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>工具(&amp;T)</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::MissingCheckpointPanel</name>
        <message>
            <source>Open Model Manager...</source>
            <translation>打开模型管理器...</translation>
        </message>
        <message>
            <source>Open Model Folder</source>
            <translation>打开模型文件夹</translation>
        </message>
        <message>
            <source>Look Again</source>
            <translation>重新查找</translation>
        </message>
        <message>
            <source>No Stable Diffusion checkpoint is installed</source>
            <translation>未安装 Stable Diffusion 检查点</translation>
        </message>
        <message>
            <source>Generating images needs a checkpoint file (.safetensors or .ckpt). Get one of these:</source>
            <translation>生成图像需要检查点文件（.safetensors 或 .ckpt）。请获取以下任一文件：</translation>
        </message>
        <message>
            <source>&lt;b&gt;Stable Diffusion 1.5&lt;/b&gt;: v1-5-pruned-emaonly.safetensors (4 GB, 512 x 512) from &lt;a href="https://huggingface.co/stable-diffusion-v1-5/stable-diffusion-v1-5"&gt;huggingface.co/stable-diffusion-v1-5&lt;/a&gt;, licence CreativeML OpenRAIL-M</source>
            <translation>&lt;b&gt;Stable Diffusion 1.5&lt;/b&gt;：v1-5-pruned-emaonly.safetensors（4 GB，512 x 512），来自 &lt;a href="https://huggingface.co/stable-diffusion-v1-5/stable-diffusion-v1-5"&gt;huggingface.co/stable-diffusion-v1-5&lt;/a&gt;，许可证 CreativeML OpenRAIL-M</translation>
        </message>
        <message>
            <source>&lt;b&gt;Stable Diffusion XL&lt;/b&gt;: sd_xl_base_1.0.safetensors (7 GB, 1024 x 1024) from &lt;a href="https://huggingface.co/stabilityai/stable-diffusion-xl-base-1.0"&gt;huggingface.co/stabilityai&lt;/a&gt;, licence CreativeML Open RAIL++-M</source>
            <translation>&lt;b&gt;Stable Diffusion XL&lt;/b&gt;：sd_xl_base_1.0.safetensors（7 GB，1024 x 1024），来自 &lt;a href="https://huggingface.co/stabilityai/stable-diffusion-xl-base-1.0"&gt;huggingface.co/stabilityai&lt;/a&gt;，许可证 CreativeML Open RAIL++-M</translation>
        </message>
        <message>
            <source>Put the file into this folder, then press Look Again:&lt;br&gt;&lt;code&gt;%1&lt;/code&gt;</source>
            <translation>将文件放入此文件夹，然后按“重新查找”：&lt;br&gt;&lt;code&gt;%1&lt;/code&gt;</translation>
        </message>
        <message>
            <source>(the model folder)</source>
            <translation>（模型文件夹）</translation>
        </message>
        <message>
            <source>A single-file checkpoint carries no vocabulary: put the CLIP tokenizer files vocab.json and merges.txt (from openai/clip-vit-large-patch14) into a &lt;code&gt;tokenizer&lt;/code&gt; folder beside it.</source>
            <translation>单文件检查点不包含词表：请将 CLIP 分词器文件 vocab.json 和 merges.txt（来自 openai/clip-vit-large-patch14）放入其旁边的 &lt;code&gt;tokenizer&lt;/code&gt; 文件夹中。</translation>
        </message>
        <message>
            <source>Upscaling, face restoration and everything else work without a checkpoint.</source>
            <translation>放大、人脸修复及其他所有功能无需检查点即可使用。</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::ModelManagerDialog</name>
        <message>
            <source>%1: cannot be read (%2)</source>
            <translation>%1：无法读取（%2）</translation>
        </message>
        <message>
            <source>%1: cannot be written (%2)</source>
            <translation>%1：无法写入（%2）</translation>
        </message>
        <message>
            <source>%1: copy failed (%2)</source>
            <translation>%1：复制失败（%2）</translation>
        </message>
        <message>
            <source>Models</source>
            <translation>模型</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>模型</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>格式</translation>
        </message>
        <message>
            <source>Architecture</source>
            <translation>架构</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>倍数</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>许可证</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Models found</source>
            <translation>已找到的模型</translation>
        </message>
        <message>
            <source>Add &amp;File...</source>
            <translation>添加文件(&amp;F)...</translation>
        </message>
        <message>
            <source>Copy a model file into your model folder</source>
            <translation>将模型文件复制到您的模型文件夹</translation>
        </message>
        <message>
            <source>Add F&amp;older...</source>
            <translation>添加文件夹(&amp;O)...</translation>
        </message>
        <message>
            <source>Search a folder for models from now on</source>
            <translation>从现在起在某个文件夹中搜索模型</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>删除(&amp;R)</translation>
        </message>
        <message>
            <source>Delete the model from your model folder, or stop searching the folder it is in</source>
            <translation>从您的模型文件夹中删除该模型，或停止搜索其所在的文件夹</translation>
        </message>
        <message>
            <source>Re&amp;scan</source>
            <translation>重新扫描(&amp;S)</translation>
        </message>
        <message>
            <source>Known models</source>
            <translation>已知模型</translation>
        </message>
        <message>
            <source>Models with a published download address</source>
            <translation>有公开下载地址的模型</translation>
        </message>
        <message>
            <source>%1 (%2, %3)</source>
            <translation>%1（%2，%3）</translation>
        </message>
        <message>
            <source>size unknown</source>
            <translation>大小未知</translation>
        </message>
        <message>
            <source>&amp;Download</source>
            <translation>下载(&amp;D)</translation>
        </message>
        <message>
            <source>Download the model and check its SHA-256 before using it</source>
            <translation>下载模型并在使用前校验其 SHA-256</translation>
        </message>
        <message>
            <source>&amp;Cancel Download</source>
            <translation>取消下载(&amp;C)</translation>
        </message>
        <message>
            <source>Download progress</source>
            <translation>下载进度</translation>
        </message>
        <message>
            <source>Download:</source>
            <translation>下载：</translation>
        </message>
        <message>
            <source>Your model folder: %1</source>
            <translation>您的模型文件夹：%1</translation>
        </message>
        <message>
            <source>Downloaded %1 of %2</source>
            <translation>已下载 %1 / %2</translation>
        </message>
        <message>
            <source>?</source>
            <translation>?</translation>
        </message>
        <message>
            <source>%1 downloaded; SHA-256 verified (%2)</source>
            <translation>%1 已下载；SHA-256 校验通过（%2）</translation>
        </message>
        <message>
            <source>Download failed: %1</source>
            <translation>下载失败：%1</translation>
        </message>
        <message>
            <source>Looking for models...</source>
            <translation>正在查找模型...</translation>
        </message>
        <message numerus="yes">
            <source>%n model(s) found</source>
            <translation>
                <numerusform>找到 %n 个模型</numerusform>
            </translation>
        </message>
        <message>
            <source>cannot be used: %1</source>
            <translation>无法使用：%1</translation>
        </message>
        <message>
            <source>×%1</source>
            <translation>×%1</translation>
        </message>
        <message>
            <source>%1: cannot create the model folder</source>
            <translation>%1：无法创建模型文件夹</translation>
        </message>
        <message>
            <source>%1 is already in your model folder</source>
            <translation>%1 已在您的模型文件夹中</translation>
        </message>
        <message>
            <source>no model chosen</source>
            <translation>未选择模型</translation>
        </message>
        <message>
            <source>%1: cannot be deleted</source>
            <translation>%1：无法删除</translation>
        </message>
        <message>
            <source>%1 is in no folder that can be removed</source>
            <translation>%1 不在任何可移除的文件夹中</translation>
        </message>
        <message>
            <source>Downloading %1 from %2</source>
            <translation>正在从 %2 下载 %1</translation>
        </message>
        <message>
            <source>Add Model File</source>
            <translation>添加模型文件</translation>
        </message>
        <message>
            <source>Models (*.pth *.pt *.ckpt *.safetensors *.param);;All files (*)</source>
            <translation>模型 (*.pth *.pt *.ckpt *.safetensors *.param);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Added %1</source>
            <translation>已添加 %1</translation>
        </message>
        <message>
            <source>Add Model Folder</source>
            <translation>添加模型文件夹</translation>
        </message>
        <message>
            <source>Remove Model</source>
            <translation>删除模型</translation>
        </message>
        <message>
            <source>Remove %1?
%2</source>
            <translation>删除 %1？
%2</translation>
        </message>
        <message>
            <source>Unverified Download</source>
            <translation>未校验的下载</translation>
        </message>
        <message>
            <source>There is no published SHA-256 for %1, so the file cannot be verified. Download it anyway?</source>
            <translation>%1 没有公开的 SHA-256，因此无法校验该文件。仍要下载吗？</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::RecentFilesMenu</name>
        <message>
            <source>Open &amp;Recent</source>
            <translation>最近打开(&amp;R)</translation>
        </message>
        <message>
            <source>No recent files</source>
            <translation>没有最近打开的文件</translation>
        </message>
        <message>
            <source>&amp;Clear List</source>
            <translation>清除列表(&amp;C)</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::ResultComparisonDialog</name>
        <message>
            <source>Compare: %1</source>
            <translation>比较：%1</translation>
        </message>
        <message>
            <source>Result vs first pass + LANCZOS</source>
            <translation>结果与第一阶段 + LANCZOS</translation>
        </message>
        <message>
            <source>Result vs first pass + Real-ESRGAN</source>
            <translation>结果与第一阶段 + Real-ESRGAN</translation>
        </message>
        <message>
            <source>First pass: LANCZOS vs Real-ESRGAN</source>
            <translation>第一阶段：LANCZOS 与 Real-ESRGAN</translation>
        </message>
        <message>
            <source>Compare:</source>
            <translation>比较：</translation>
        </message>
        <message>
            <source>Result (hires fix)</source>
            <translation>结果（高清修复）</translation>
        </message>
        <message>
            <source>First pass + LANCZOS</source>
            <translation>第一阶段 + LANCZOS</translation>
        </message>
        <message>
            <source>First pass + %1</source>
            <translation>第一阶段 + %1</translation>
        </message>
        <message>
            <source>No Real-ESRGAN model is installed (see the model manager).</source>
            <translation>未安装 Real-ESRGAN 模型（请查看模型管理器）。</translation>
        </message>
        <message>
            <source>Upscaling the first pass with %1...</source>
            <translation>正在用 %1 放大第一阶段结果...</translation>
        </message>
        <message>
            <source>This result has no first pass to compare with.</source>
            <translation>此结果没有可供比较的第一阶段。</translation>
        </message>
        <message>
            <source>Upscaling the first pass on %1...</source>
            <translation>正在 %1 上放大第一阶段结果...</translation>
        </message>
        <message>
            <source>The server sent no image.</source>
            <translation>服务器没有返回图像。</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::ResultGallery</name>
        <message>
            <source>Seed %1</source>
            <translation>种子 %1</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::SaveOptionsDialog</name>
        <message>
            <source>Save as %1</source>
            <translation>保存为 %1</translation>
        </message>
        <message>
            <source>Saving &lt;b&gt;%1&lt;/b&gt; as %2.</source>
            <translation>将 &lt;b&gt;%1&lt;/b&gt; 保存为 %2。</translation>
        </message>
        <message>
            <source>&amp;Quality:</source>
            <translation>质量(&amp;Q)：</translation>
        </message>
        <message>
            <source>&amp;Lossless (exact pixels, larger file)</source>
            <translation>无损(&amp;L)（像素完全一致，文件更大）</translation>
        </message>
        <message>
            <source>&lt;b&gt;Cannot save:&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;无法保存：&lt;/b&gt;%1</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::SeedControl</name>
        <message>
            <source>Random</source>
            <translation>随机</translation>
        </message>
        <message>
            <source>Fixed</source>
            <translation>固定</translation>
        </message>
        <message>
            <source>Reuse last</source>
            <translation>复用上次</translation>
        </message>
        <message>
            <source>How the seed of the next image is chosen</source>
            <translation>如何选择下一张图像的种子</translation>
        </message>
        <message>
            <source>The same seed with the same settings gives the same image</source>
            <translation>相同的种子配合相同的设置会生成相同的图像</translation>
        </message>
        <message>
            <source>new seed each time</source>
            <translation>每次使用新种子</translation>
        </message>
        <message>
            <source>seed</source>
            <translation>种子</translation>
        </message>
        <message>
            <source>no image yet: random</source>
            <translation>尚无图像：随机</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>&amp;Models</source>
            <translation>模型(&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Processing</source>
            <translation>处理(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Output</source>
            <translation>输出(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Interface</source>
            <translation>界面(&amp;I)</translation>
        </message>
        <message>
            <source>Model folders</source>
            <translation>模型文件夹</translation>
        </message>
        <message>
            <source>Folders searched for models besides your own model folder</source>
            <translation>除您自己的模型文件夹外，还会搜索模型的文件夹</translation>
        </message>
        <message>
            <source>&amp;Add Folder...</source>
            <translation>添加文件夹(&amp;A)...</translation>
        </message>
        <message>
            <source>&amp;Remove Folder</source>
            <translation>移除文件夹(&amp;R)</translation>
        </message>
        <message>
            <source>Default upscaling model</source>
            <translation>默认放大模型</translation>
        </message>
        <message>
            <source>The model the Upscale page starts with</source>
            <translation>“放大”页面初始使用的模型</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>自动</translation>
        </message>
        <message>
            <source>LANCZOS (no model)</source>
            <translation>LANCZOS（无模型）</translation>
        </message>
        <message>
            <source>Your model folder: %1</source>
            <translation>您的模型文件夹：%1</translation>
        </message>
        <message>
            <source>Other model &amp;folders:</source>
            <translation>其他模型文件夹(&amp;F)：</translation>
        </message>
        <message>
            <source>&amp;Default model:</source>
            <translation>默认模型(&amp;D)：</translation>
        </message>
        <message>
            <source>Tile size</source>
            <translation>分块大小</translation>
        </message>
        <message>
            <source>Tile side in pixels for neural upscaling; automatic fits the tiles to free memory</source>
            <translation>神经网络放大时分块的边长（像素）；自动会根据可用内存调整分块</translation>
        </message>
        <message>
            <source> px</source>
            <translation> 像素</translation>
        </message>
        <message>
            <source>CPU threads</source>
            <translation>CPU 线程</translation>
        </message>
        <message>
            <source>Threads a model may use on the CPU</source>
            <translation>模型在 CPU 上可使用的线程数</translation>
        </message>
        <message>
            <source>All cores (%1)</source>
            <translation>所有核心（%1）</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>设备</translation>
        </message>
        <message>
            <source>Where models run; without a CUDA device everything runs on the CPU</source>
            <translation>模型运行的位置；没有 CUDA 设备时全部在 CPU 上运行</translation>
        </message>
        <message>
            <source>CPU</source>
            <translation>CPU</translation>
        </message>
        <message>
            <source>CUDA GPU</source>
            <translation>CUDA GPU</translation>
        </message>
        <message>
            <source>&amp;Tile size:</source>
            <translation>分块大小(&amp;T)：</translation>
        </message>
        <message>
            <source>CPU &amp;threads:</source>
            <translation>CPU 线程(&amp;T)：</translation>
        </message>
        <message>
            <source>&amp;Device:</source>
            <translation>设备(&amp;D)：</translation>
        </message>
        <message>
            <source>Results are named &lt;name&gt;_&lt;method&gt;_&lt;scale&gt;x.&lt;extension&gt;, e.g. photo_realesrgan-x4plus_2x.png; an existing file is never replaced (photo_realesrgan-x4plus_2x_2.png, _3, ...) and the original is never touched.</source>
            <translation>结果命名为 &lt;名称&gt;_&lt;方法&gt;_&lt;倍数&gt;x.&lt;扩展名&gt;，例如 photo_realesrgan-x4plus_2x.png；从不覆盖已有文件（photo_realesrgan-x4plus_2x_2.png、_3……），也从不改动原始文件。</translation>
        </message>
        <message>
            <source>Output folder</source>
            <translation>输出文件夹</translation>
        </message>
        <message>
            <source>Where upscaled images go; empty: next to each original</source>
            <translation>放大后图像的保存位置；留空：保存在各原始文件旁边</translation>
        </message>
        <message>
            <source>Next to the original</source>
            <translation>原始文件旁边</translation>
        </message>
        <message>
            <source>&amp;Browse...</source>
            <translation>浏览(&amp;B)...</translation>
        </message>
        <message>
            <source>Output Folder</source>
            <translation>输出文件夹</translation>
        </message>
        <message>
            <source>Output format</source>
            <translation>输出格式</translation>
        </message>
        <message>
            <source>File format of results</source>
            <translation>结果的文件格式</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>质量</translation>
        </message>
        <message>
            <source>JPEG and WebP quality, 1 (smallest) to 100 (best)</source>
            <translation>JPEG 和 WebP 的质量，1（最小）到 100（最佳）</translation>
        </message>
        <message>
            <source>Output &amp;folder:</source>
            <translation>输出文件夹(&amp;F)：</translation>
        </message>
        <message>
            <source>F&amp;ormat:</source>
            <translation>格式(&amp;O)：</translation>
        </message>
        <message>
            <source>&amp;Quality:</source>
            <translation>质量(&amp;Q)：</translation>
        </message>
        <message>
            <source>Names:</source>
            <translation>名称：</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>The language of the interface; used from the next start</source>
            <translation>界面语言；下次启动时生效</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>系统语言</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>语言(&amp;L)：</translation>
        </message>
        <message>
            <source>A new language is used from the next start.</source>
            <translation>新语言将在下次启动时生效。</translation>
        </message>
        <message>
            <source>Add Model Folder</source>
            <translation>添加模型文件夹</translation>
        </message>
        <message>
            <source>Remote server</source>
            <translation>远程服务器</translation>
        </message>
        <message>
            <source>A hires-studio serve address such as http://gpu-host:7860; empty: work runs on this computer</source>
            <translation>hires-studio serve 地址，例如 http://gpu-host:7860；留空：在本机上运行</translation>
        </message>
        <message>
            <source>This computer</source>
            <translation>本机</translation>
        </message>
        <message>
            <source>Server token</source>
            <translation>服务器令牌</translation>
        </message>
        <message>
            <source>The --token the server was started with</source>
            <translation>启动服务器时使用的 --token</translation>
        </message>
        <message>
            <source>Remote &amp;server:</source>
            <translation>远程服务器(&amp;S)：</translation>
        </message>
        <message>
            <source>Server to&amp;ken:</source>
            <translation>服务器令牌(&amp;K)：</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::UpscaleFaceOptions</name>
        <message>
            <source>Rest&amp;ore faces</source>
            <translation>修复人脸(&amp;O)</translation>
        </message>
        <message>
            <source>After upscaling, find the faces and restore them with GFPGAN</source>
            <translation>放大后查找人脸并用 GFPGAN 修复</translation>
        </message>
        <message>
            <source>Restore faces</source>
            <translation>修复人脸</translation>
        </message>
        <message>
            <source>How much of the restored faces replaces the upscaled ones: 0.00 keeps the original faces, 1.00 uses the restored faces fully</source>
            <translation>修复后的人脸替换放大结果的比例：0.00 保留原始人脸，1.00 完全使用修复后的人脸</translation>
        </message>
        <message>
            <source>Face restoration weight</source>
            <translation>人脸修复权重</translation>
        </message>
        <message>
            <source>&amp;Weight:</source>
            <translation>权重(&amp;W)：</translation>
        </message>
        <message>
            <source>The GFPGAN model that restores the faces</source>
            <translation>用于修复人脸的 GFPGAN 模型</translation>
        </message>
        <message>
            <source>Face restoration model</source>
            <translation>人脸修复模型</translation>
        </message>
        <message>
            <source>Face mo&amp;del:</source>
            <translation>人脸模型(&amp;D)：</translation>
        </message>
        <message>
            <source>Face restoration model status</source>
            <translation>人脸修复模型状态</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>No GFPGAN face model found: add %1 to %2 or download it in Tools &gt; Models. Until then faces are not restored and each result says so.</source>
            <translation>未找到 GFPGAN 人脸模型：请将 %1 放入 %2，或在“工具 &gt; 模型”中下载。在此之前不会修复人脸，每个结果都会注明。</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::UpscaleOptionsPanel</name>
        <message>
            <source>the CPU (%1)</source>
            <translation>CPU（%1）</translation>
        </message>
        <message>
            <source>the CPU</source>
            <translation>CPU</translation>
        </message>
        <message>
            <source>The Real-ESRGAN model that upscales, or LANCZOS (no model)</source>
            <translation>用于放大的 Real-ESRGAN 模型，或 LANCZOS（不用模型）</translation>
        </message>
        <message>
            <source>Upscaling model</source>
            <translation>放大模型</translation>
        </message>
        <message>
            <source>Output size as a multiple of the input size</source>
            <translation>输出尺寸为输入尺寸的倍数</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>倍数</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>自动</translation>
        </message>
        <message>
            <source>%1 px</source>
            <translation>%1 像素</translation>
        </message>
        <message>
            <source>Whole image</source>
            <translation>整张图像</translation>
        </message>
        <message>
            <source>Tiles bound the memory a model needs; automatic picks the largest that fits in free memory</source>
            <translation>分块限制模型所需的内存；自动会选择能放入空闲内存的最大分块</translation>
        </message>
        <message>
            <source>Tile size</source>
            <translation>分块大小</translation>
        </message>
        <message>
            <source>Through the model</source>
            <translation>通过模型</translation>
        </message>
        <message>
            <source>LANCZOS</source>
            <translation>LANCZOS</translation>
        </message>
        <message>
            <source>How a transparency (alpha) channel is upscaled</source>
            <translation>透明（Alpha）通道的放大方式</translation>
        </message>
        <message>
            <source>Alpha channel</source>
            <translation>Alpha 通道</translation>
        </message>
        <message>
            <source>Next to the original</source>
            <translation>原始文件旁边</translation>
        </message>
        <message>
            <source>Where results are written; empty: next to each original. Existing files are never replaced.</source>
            <translation>结果写入的位置；留空：写在每个原始文件旁边。已有文件永远不会被替换。</translation>
        </message>
        <message>
            <source>Output folder</source>
            <translation>输出文件夹</translation>
        </message>
        <message>
            <source>Choose...</source>
            <translation>选择...</translation>
        </message>
        <message>
            <source>Choose the output folder</source>
            <translation>选择输出文件夹</translation>
        </message>
        <message>
            <source>Same as the original</source>
            <translation>与原始文件相同</translation>
        </message>
        <message>
            <source>File format of the results</source>
            <translation>结果的文件格式</translation>
        </message>
        <message>
            <source>Output format</source>
            <translation>输出格式</translation>
        </message>
        <message>
            <source>Neural upscaling status</source>
            <translation>神经网络放大状态</translation>
        </message>
        <message>
            <source>&amp;Model:</source>
            <translation>模型(&amp;M)：</translation>
        </message>
        <message>
            <source>&amp;Scale:</source>
            <translation>倍数(&amp;S)：</translation>
        </message>
        <message>
            <source>&amp;Tiles:</source>
            <translation>分块(&amp;T)：</translation>
        </message>
        <message>
            <source>Al&amp;pha:</source>
            <translation>Alpha(&amp;P)：</translation>
        </message>
        <message>
            <source>O&amp;utput folder:</source>
            <translation>输出文件夹(&amp;U)：</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>格式(&amp;F)：</translation>
        </message>
        <message>
            <source>LANCZOS (no model)</source>
            <translation>LANCZOS（不用模型）</translation>
        </message>
        <message>
            <source>%1 (%2, ×%3)</source>
            <translation>%1（%2，×%3）</translation>
        </message>
        <message>
            <source>%1 (cannot be used)</source>
            <translation>%1（无法使用）</translation>
        </message>
        <message>
            <source>Looking for upscaling models...</source>
            <translation>正在查找放大模型...</translation>
        </message>
        <message>
            <source>Falling back to LANCZOS because %1</source>
            <translation>改用 LANCZOS，原因：%1</translation>
        </message>
        <message>
            <source>Neural upscaling available: %1 (%2, ×%3) on %4.</source>
            <translation>可使用神经网络放大：%1（%2，×%3），运行于 %4。</translation>
        </message>
        <message>
            <source>Falling back to LANCZOS because %1 cannot be used: %2</source>
            <translation>改用 LANCZOS，因为 %1 无法使用：%2</translation>
        </message>
        <message>
            <source>LANCZOS chosen: no neural upscaling.</source>
            <translation>已选择 LANCZOS：不使用神经网络放大。</translation>
        </message>
        <message>
            <source>Falling back to LANCZOS because no upscaling model was found in %1. Add or download one in Tools &gt; Models.</source>
            <translation>改用 LANCZOS，因为在 %1 中没有找到放大模型。请在“工具 &gt; 模型”中添加或下载一个。</translation>
        </message>
        <message>
            <source>Results come from the neural network</source>
            <translation>结果来自神经网络</translation>
        </message>
        <message>
            <source>Results are resized with LANCZOS: no detail is invented</source>
            <translation>结果使用 LANCZOS 缩放：不会凭空生成细节</translation>
        </message>
        <message>
            <source>Output Folder</source>
            <translation>输出文件夹</translation>
        </message>
        <message>
            <source>Faces:</source>
            <translation>人脸：</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::UpscalePage</name>
        <message>
            <source>Upscale queue</source>
            <translation>放大队列</translation>
        </message>
        <message>
            <source>Drop images or folders here, or paste an image (Ctrl+V)</source>
            <translation>将图像或文件夹拖放到这里，或粘贴图像（Ctrl+V）</translation>
        </message>
        <message>
            <source>%p % of the queue</source>
            <translation>队列已完成 %p%</translation>
        </message>
        <message>
            <source>Overall progress</source>
            <translation>总进度</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>&amp;Add Images...</source>
            <translation>添加图像(&amp;A)...</translation>
        </message>
        <message>
            <source>Add images or folders to the queue</source>
            <translation>将图像或文件夹添加到队列</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>取消(&amp;C)</translation>
        </message>
        <message>
            <source>Cancel the selected images</source>
            <translation>取消所选图像</translation>
        </message>
        <message>
            <source>Cancel A&amp;ll</source>
            <translation>全部取消(&amp;L)</translation>
        </message>
        <message>
            <source>Cancel every waiting and running image</source>
            <translation>取消所有等待中和进行中的图像</translation>
        </message>
        <message>
            <source>&amp;Retry</source>
            <translation>重试(&amp;R)</translation>
        </message>
        <message>
            <source>Upscale the failed or cancelled images again</source>
            <translation>重新放大失败或已取消的图像</translation>
        </message>
        <message>
            <source>Clear &amp;Finished</source>
            <translation>清除已完成(&amp;F)</translation>
        </message>
        <message>
            <source>Remove finished images from the list</source>
            <translation>从列表中移除已完成的图像</translation>
        </message>
        <message>
            <source>Images (%1)</source>
            <translation>图像 (%1)</translation>
        </message>
        <message>
            <source>Add Images</source>
            <translation>添加图像</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>已保存 %1</translation>
        </message>
        <message>
            <source>Cancelled; nothing was written</source>
            <translation>已取消；没有写入任何内容</translation>
        </message>
        <message>
            <source>No image files found in: %1</source>
            <translation>在以下位置没有找到图像文件：%1</translation>
        </message>
        <message>
            <source>Not added: %1</source>
            <translation>未添加：%1</translation>
        </message>
        <message numerus="yes">
            <source>Added %n image(s) to the queue</source>
            <translation>
                <numerusform>已将 %n 张图像添加到队列</numerusform>
            </translation>
        </message>
        <message>
            <source>pasted-%1</source>
            <translation>粘贴-%1</translation>
        </message>
        <message>
            <source>Cancelled the queue</source>
            <translation>已取消队列</translation>
        </message>
        <message>
            <source>Drop images or folders here to upscale them.</source>
            <translation>将图像或文件夹拖放到这里进行放大。</translation>
        </message>
        <message>
            <source>%1 waiting or running, %2 done, %3 failed, %4 cancelled</source>
            <translation>%1 个等待或进行中，%2 个完成，%3 个失败，%4 个已取消</translation>
        </message>
        <message>
            <source>this computer</source>
            <translation>本机</translation>
        </message>
        <message>
            <source>Working on %1</source>
            <translation>运行于 %1</translation>
        </message>
        <message>
            <source>Where upscaling and generation run; set a remote server in Settings</source>
            <translation>放大和生成在哪里运行；可在设置中指定远程服务器</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::UpscaleQueueModel</name>
        <message>
            <source>Waiting</source>
            <translation>等待中</translation>
        </message>
        <message>
            <source>Upscaling</source>
            <translation>正在放大</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>完成</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>失败</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 秒</translation>
        </message>
        <message>
            <source>%1:%2 min</source>
            <translation>%1:%2 分</translation>
        </message>
        <message>
            <source>%1
Saved as %2</source>
            <translation>%1
已保存为 %2</translation>
        </message>
        <message>
            <source>%1 × %2</source>
            <translation>%1 × %2</translation>
        </message>
        <message>
            <source>Done (LANCZOS fallback)</source>
            <translation>完成（改用 LANCZOS）</translation>
        </message>
        <message>
            <source>Failed: %1</source>
            <translation>失败：%1</translation>
        </message>
        <message>
            <source>%1 (%2 left)</source>
            <translation>%1（剩余 %2）</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>图像</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>尺寸</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>进度</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>faces restored: %1</source>
            <translation>已修复人脸：%1</translation>
        </message>
        <message>
            <source>face restoration skipped: %1</source>
            <translation>已跳过人脸修复：%1</translation>
        </message>
        <message>
            <source>%1; %2</source>
            <translation>%1；%2</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::WipeHandle</name>
        <message>
            <source>Comparison slider</source>
            <translation>比较滑块</translation>
        </message>
        <message>
            <source>Drag to move the divider between the left and the right image (Left/Right arrow keys when focused)</source>
            <translation>拖动以移动左右图像之间的分隔线（获得焦点时可用左/右方向键）</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::WipeView</name>
        <message>
            <source>Slider comparison, left image</source>
            <translation>滑块比较，左图</translation>
        </message>
        <message>
            <source>Slider comparison, right image</source>
            <translation>滑块比较，右图</translation>
        </message>
    </context>
    <context>
        <name>upscale</name>
        <message>
            <source>out of memory</source>
            <translation>内存不足</translation>
        </message>
        <message>
            <source>non-finite values in the output</source>
            <translation>输出中有非有限值</translation>
        </message>
        <message>
            <source>error</source>
            <translation>错误</translation>
        </message>
        <message>
            <source> at tile %1 of %2</source>
            <translation> （第 %1/%2 块）</translation>
        </message>
        <message>
            <source>the image is empty</source>
            <translation>图像为空</translation>
        </message>
        <message>
            <source>invalid scale %1</source>
            <translation>无效的倍数 %1</translation>
        </message>
        <message>
            <source>the output would be %1 x %2 pixels, over the limit (%3 pixels per side, %4 megapixels)</source>
            <translation>输出将为 %1 x %2 像素，超过上限（每边 %3 像素，%4 百万像素）</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>not enough memory for %1 x %2</source>
            <translation>内存不足，无法处理 %1 x %2</translation>
        </message>
        <message>
            <source>an allocation failed</source>
            <translation>内存分配失败</translation>
        </message>
        <message>
            <source>the CPU has no fp16 kernels</source>
            <translation>CPU 没有 fp16 内核</translation>
        </message>
        <message>
            <source>unknown alpha mode '%1' (use model or lanczos)</source>
            <translation>未知的 Alpha 模式“%1”（请使用 model 或 lanczos）</translation>
        </message>
        <message>
            <source>unknown precision '%1' (use auto, fp32, fp16 or bf16)</source>
            <translation>未知的精度“%1”（请使用 auto、fp32、fp16 或 bf16）</translation>
        </message>
    </context>
</TS>
