<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
    <context>
        <name>ImageDocument</name>
        <message>
            <source>%1: this pixel layout cannot be displayed</source>
            <translation>%1: このピクセル形式は表示できません</translation>
        </message>
        <message>
            <source>%1-bit</source>
            <translation>%1 ビット</translation>
        </message>
        <message>
            <source>Gray (1 channel)</source>
            <translation>グレースケール（1 チャンネル）</translation>
        </message>
        <message>
            <source>RGB (3 channels)</source>
            <translation>RGB（3 チャンネル）</translation>
        </message>
        <message>
            <source>RGBA (4 channels)</source>
            <translation>RGBA（4 チャンネル）</translation>
        </message>
        <message numerus="yes">
            <source>%n channel(s)</source>
            <translation>
                <numerusform>%n チャンネル</numerusform>
            </translation>
        </message>
        <message>
            <source>Gray %1</source>
            <translation>グレー %1</translation>
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
            <translation>「%1」を保存できません: 「.%2」は Hires Studio が書き出せる形式ではありません。PNG、JPEG、WebP、TIFF のいずれかを使ってください。</translation>
        </message>
        <message>
            <source>Save Image As</source>
            <translation>名前を付けて画像を保存</translation>
        </message>
        <message>
            <source>Replace File?</source>
            <translation>ファイルを置き換えますか?</translation>
        </message>
        <message>
            <source>“%1” already exists. Replace it?</source>
            <translation>「%1」は既に存在します。置き換えますか?</translation>
        </message>
        <message>
            <source>Replace the Original?</source>
            <translation>元のファイルを置き換えますか?</translation>
        </message>
        <message>
            <source>“%1” is the image you are viewing. Saving under this name replaces the original file.</source>
            <translation>「%1」は表示中の画像です。この名前で保存すると元のファイルが置き換えられます。</translation>
        </message>
        <message>
            <source>Save as &amp;Copy</source>
            <translation>コピーとして保存(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Replace Original</source>
            <translation>元のファイルを置き換え(&amp;R)</translation>
        </message>
        <message>
            <source>Saving was cancelled.</source>
            <translation>保存はキャンセルされました。</translation>
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
            <translation>Stable Diffusion 2.x（v 予測）</translation>
        </message>
        <message>
            <source>Stable Diffusion 2.x</source>
            <translation>Stable Diffusion 2.x</translation>
        </message>
        <message>
            <source>SDXL base</source>
            <translation>SDXL ベース</translation>
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
            <translation>使い方: %1 [ファイル...]        ウィンドウを開く（ファイルを指定可）
        %1 コマンド [オプション] ウィンドウなしでコマンドを実行
        %1 コマンド --help      コマンドのオプション

コマンド:
</translation>
        </message>
        <message>
            <source>
Options:
  -h, --help     show this help
  -v, --version  show the version and the runtime (libtorch, OpenCV, device)</source>
            <translation>
オプション:
  -h, --help     このヘルプを表示
  -v, --version  バージョンと実行環境（libtorch、OpenCV、デバイス）を表示</translation>
        </message>
        <message>
            <source>Unknown command '%1'. Try '%2 --help'.</source>
            <translation>不明なコマンド「%1」です。「%2 --help」を試してください。</translation>
        </message>
    </context>
    <context>
        <name>hires</name>
        <message>
            <source>%1: cannot read (%2)</source>
            <translation>%1: 読み込めません（%2）</translation>
        </message>
        <message>
            <source>%1: cannot write (%2)</source>
            <translation>%1: 書き込めません（%2）</translation>
        </message>
        <message>
            <source>%1: copying failed (%2)</source>
            <translation>%1: コピーに失敗しました（%2）</translation>
        </message>
        <message>
            <source>layer %1 (%2): %3</source>
            <translation>レイヤー %1（%2）: %3</translation>
        </message>
        <message>
            <source>activation type %1 needs %2 activation params</source>
            <translation>活性化タイプ %1 には %2 個の活性化パラメーターが必要です</translation>
        </message>
        <message>
            <source>fused activation type %1 is unknown</source>
            <translation>融合活性化タイプ %1 は不明です</translation>
        </message>
        <message>
            <source>a fixed output size (params 20/21) is not supported</source>
            <translation>固定出力サイズ（パラメーター 20/21）には対応していません</translation>
        </message>
        <message>
            <source>dynamic weights are not supported</source>
            <translation>動的な重みには対応していません</translation>
        </message>
        <message>
            <source>negative padding</source>
            <translation>負のパディング</translation>
        </message>
        <message>
            <source>padding %1/%2/%3/%4 is not supported</source>
            <translation>パディング %1/%2/%3/%4 には対応していません</translation>
        </message>
        <message>
            <source>num_output, kernel, stride, dilation and group must be positive</source>
            <translation>num_output、kernel、stride、dilation、group は正の値でなければなりません</translation>
        </message>
        <message>
            <source>the layer has no weights</source>
            <translation>このレイヤーには重みがありません</translation>
        </message>
        <message>
            <source>int8-quantised weights are not supported</source>
            <translation>int8 量子化された重みには対応していません</translation>
        </message>
        <message>
            <source>bias_term without bias</source>
            <translation>bias_term がありますがバイアスがありません</translation>
        </message>
        <message>
            <source>weight_data_size %1 does not fit num_output %2, kernel %3x%4 and group %5</source>
            <translation>weight_data_size %1 は num_output %2、カーネル %3x%4、group %5 と合いません</translation>
        </message>
        <message>
            <source>the input channels do not divide into %1 groups</source>
            <translation>入力チャンネルを %1 グループに分割できません</translation>
        </message>
        <message>
            <source>resize type %1 is not supported (1 nearest, 2 bilinear, 3 bicubic)</source>
            <translation>リサイズタイプ %1 には対応していません（1 最近傍、2 バイリニア、3 バイキュービック）</translation>
        </message>
        <message>
            <source>a dynamic target size is not supported</source>
            <translation>動的な目標サイズには対応していません</translation>
        </message>
        <message>
            <source>the scales and sizes must be positive</source>
            <translation>スケールとサイズは正の値でなければなりません</translation>
        </message>
        <message>
            <source>starts, ends and axes must have the same length</source>
            <translation>starts、ends、axes の長さは同じでなければなりません</translation>
        </message>
        <message>
            <source>a crop region read from a blob is not supported</source>
            <translation>blob から読み取る切り抜き領域には対応していません</translation>
        </message>
        <message>
            <source>channel-only and height-only crop forms are not supported</source>
            <translation>チャンネルのみ・高さのみの切り抜き形式には対応していません</translation>
        </message>
        <message>
            <source>num_slope must be positive</source>
            <translation>num_slope は正の値でなければなりません</translation>
        </message>
        <message>
            <source>axis %1 does not exist on an image blob</source>
            <translation>軸 %1 は画像 blob に存在しません</translation>
        </message>
        <message>
            <source>operation %1 is unknown</source>
            <translation>演算 %1 は不明です</translation>
        </message>
        <message>
            <source>upscale factor %1 / mode %2 is not supported</source>
            <translation>拡大率 %1 / モード %2 には対応していません</translation>
        </message>
        <message>
            <source>layer %1 has type %2, which the ncnn executor does not run (it runs %3)</source>
            <translation>レイヤー %1 のタイプは %2 で、ncnn 実行器では実行できません（実行できるのは %3）</translation>
        </message>
        <message>
            <source>layer %1 lacks its weights</source>
            <translation>レイヤー %1 に重みがありません</translation>
        </message>
        <message>
            <source>layer %1: %2</source>
            <translation>レイヤー %1: %2</translation>
        </message>
        <message>
            <source>the ncnn weights are not those of an RRDBNet or SRVGGNetCompact: %1</source>
            <translation>ncnn の重みは RRDBNet でも SRVGGNetCompact でもありません: %1</translation>
        </message>
        <message>
            <source>tensor %1 is neither a convolution nor a PReLU weight</source>
            <translation>テンソル %1 は畳み込みの重みでも PReLU の重みでもありません</translation>
        </message>
        <message>
            <source>%1 convolutions</source>
            <translation>%1 個の畳み込み</translation>
        </message>
        <message>
            <source>%1 layers</source>
            <translation>%1 レイヤー</translation>
        </message>
        <message>
            <source>layer %1 breaks the conv/PReLU alternation</source>
            <translation>レイヤー %1 で畳み込みと PReLU の交互配置が崩れています</translation>
        </message>
        <message>
            <source>%1: no such model file</source>
            <translation>%1: そのモデルファイルはありません</translation>
        </message>
        <message>
            <source>%1: not enough memory to load the model</source>
            <translation>%1: モデルを読み込むメモリが足りません</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>キャンセルされました</translation>
        </message>
        <message>
            <source>group must be at least 1</source>
            <translation>group は 1 以上でなければなりません</translation>
        </message>
        <message>
            <source>weight_data_size %1 is not a multiple of num_output x kernel_h x kernel_w (%2)</source>
            <translation>weight_data_size %1 は num_output x kernel_h x kernel_w（%2）の倍数ではありません</translation>
        </message>
        <message>
            <source>weight_data_size %1 is not a multiple of num_output %2</source>
            <translation>weight_data_size %1 は num_output %2 の倍数ではありません</translation>
        </message>
        <message>
            <source>scale_data_size is negative</source>
            <translation>scale_data_size が負の値です</translation>
        </message>
        <message>
            <source>ncnn .bin</source>
            <translation>ncnn .bin</translation>
        </message>
        <message>
            <source>PyTorch checkpoint</source>
            <translation>PyTorch チェックポイント</translation>
        </message>
        <message>
            <source>PyTorch legacy checkpoint</source>
            <translation>PyTorch 旧形式チェックポイント</translation>
        </message>
        <message>
            <source>storage %1 declares %2 elements of %3 bytes but %4 holds only %5 bytes</source>
            <translation>ストレージ %1 は %3 バイトの要素を %2 個と宣言していますが、%4 には %5 バイトしかありません</translation>
        </message>
        <message>
            <source>inflates to more than its declared %1 bytes</source>
            <translation>展開すると宣言された %1 バイトを超えます</translation>
        </message>
        <message>
            <source>damaged deflate data (%1)</source>
            <translation>deflate データが壊れています（%1）</translation>
        </message>
        <message>
            <source>the deflate data ends early</source>
            <translation>deflate データが途中で終わっています</translation>
        </message>
        <message>
            <source>inflates to %1 bytes, not its declared %2</source>
            <translation>展開すると %1 バイトで、宣言された %2 バイトではありません</translation>
        </message>
        <message>
            <source>%1: GFPGAN v1 in its original layout is not supported; use GFPGANv1.4.pth</source>
            <translation>%1: 元のレイアウトの GFPGAN v1 には対応していません。GFPGANv1.4.pth を使ってください</translation>
        </message>
        <message>
            <source>%1: ONNX models other than YuNet's face detector are not used</source>
            <translation>%1: YuNet の顔検出器以外の ONNX モデルは使われません</translation>
        </message>
        <message>
            <source>%1: not an ONNX model file</source>
            <translation>%1: ONNX モデルファイルではありません</translation>
        </message>
        <message>
            <source>the server sent no %1</source>
            <translation>サーバーから %1 が返されませんでした</translation>
        </message>
    </context>
    <context>
        <name>hires::Assembler</name>
        <message>
            <source>the file holds a pickled object (%1), not a state dict</source>
            <translation>ファイルには state dict ではなく pickle オブジェクト（%1）が入っています</translation>
        </message>
        <message>
            <source>the file holds %1, not a state dict</source>
            <translation>ファイルには state dict ではなく %1 が入っています</translation>
        </message>
        <message>
            <source>the file holds no tensors</source>
            <translation>ファイルにテンソルがありません</translation>
        </message>
        <message>
            <source>tensor %1 %2</source>
            <translation>テンソル %1 %2</translation>
        </message>
    </context>
    <context>
        <name>hires::Compare</name>
        <message>
            <source>The job did not return a comparison.</source>
            <translation>ジョブが比較結果を返しませんでした。</translation>
        </message>
        <message>
            <source>A difference needs two 8- or 16-bit images with 1, 3 or 4 channels.</source>
            <translation>差分には、1、3 または 4 チャンネルの 8 ビットまたは 16 ビット画像が 2 枚必要です。</translation>
        </message>
        <message>
            <source>A difference needs images of the same size (%1x%2 and %3x%4).</source>
            <translation>差分には同じサイズの画像が必要です（%1x%2 と %3x%4）。</translation>
        </message>
        <message>
            <source>The difference gain must be positive (got %1).</source>
            <translation>差分の増幅率は正の値でなければなりません（指定値 %1）。</translation>
        </message>
        <message>
            <source>%1 vs %2</source>
            <translation>%1 対 %2</translation>
        </message>
        <message>
            <source>The comparison was cancelled.</source>
            <translation>比較はキャンセルされました。</translation>
        </message>
        <message>
            <source>Both images must be 8- or 16-bit with 1, 3 or 4 channels to be compared.</source>
            <translation>比較するには、両方の画像が 1、3 または 4 チャンネルの 8 ビットまたは 16 ビット画像である必要があります。</translation>
        </message>
        <message>
            <source>PSNR needs two 8- or 16-bit images with 1, 3 or 4 channels.</source>
            <translation>PSNR には、1、3 または 4 チャンネルの 8 ビットまたは 16 ビット画像が 2 枚必要です。</translation>
        </message>
        <message>
            <source>PSNR needs images of the same size (%1x%2 and %3x%4).</source>
            <translation>PSNR には同じサイズの画像が必要です（%1x%2 と %3x%4）。</translation>
        </message>
        <message>
            <source>Fidelity needs a result and the input it was made from.</source>
            <translation>忠実度には、結果とその元になった入力が必要です。</translation>
        </message>
        <message>
            <source>image</source>
            <translation>画像</translation>
        </message>
        <message>
            <source>LANCZOS vs %1: %2</source>
            <translation>LANCZOS 対 %1: %2</translation>
        </message>
        <message>
            <source>Nothing to compare: no input image was given.</source>
            <translation>比較するものがありません: 入力画像が指定されていません。</translation>
        </message>
        <message>
            <source>LANCZOS</source>
            <translation>LANCZOS</translation>
        </message>
        <message>
            <source>The restored faces do not fit the right image.</source>
            <translation>復元した顔が右の画像に合いません。</translation>
        </message>
    </context>
    <context>
        <name>hires::DefaultModels</name>
        <message>
            <source>%1: the default model file is missing</source>
            <translation>%1: 既定のモデルファイルがありません</translation>
        </message>
        <message>
            <source>%1: cannot create the folder</source>
            <translation>%1: フォルダーを作成できません</translation>
        </message>
    </context>
    <context>
        <name>hires::Diffusion</name>
        <message>
            <source>%1: the vocabulary lacks the byte symbol '%2'</source>
            <translation>%1: 語彙にバイト記号「%2」がありません</translation>
        </message>
        <message>
            <source>%1: the vocabulary lacks &lt;|startoftext|&gt; or &lt;|endoftext|&gt;</source>
            <translation>%1: 語彙に &lt;|startoftext|&gt; または &lt;|endoftext|&gt; がありません</translation>
        </message>
        <message>
            <source>%1: the merge '%2 %3' makes a token that is not in the vocabulary</source>
            <translation>%1: マージ「%2 %3」から語彙にないトークンができます</translation>
        </message>
        <message>
            <source>%1: the file does not exist</source>
            <translation>%1: ファイルが存在しません</translation>
        </message>
        <message>
            <source>%1: cannot open the file: %2</source>
            <translation>%1: ファイルを開けません: %2</translation>
        </message>
        <message>
            <source>%1: %2 bytes is too large for a tokenizer file</source>
            <translation>%1: %2 バイトはトークナイザーファイルとして大きすぎます</translation>
        </message>
        <message>
            <source>%1: reading failed: %2</source>
            <translation>%1: 読み込みに失敗しました: %2</translation>
        </message>
        <message>
            <source>%1: zlib could not start</source>
            <translation>%1: zlib を開始できませんでした</translation>
        </message>
        <message>
            <source>%1: the gzip data is damaged or truncated</source>
            <translation>%1: gzip データが壊れているか途中で切れています</translation>
        </message>
        <message>
            <source>%1: decompresses to more than %2 bytes</source>
            <translation>%1: 展開すると %2 バイトを超えます</translation>
        </message>
        <message>
            <source>%1: the text is not valid UTF-8</source>
            <translation>%1: テキストが有効な UTF-8 ではありません</translation>
        </message>
        <message>
            <source>%1/vocab.json: not a JSON object (%2)</source>
            <translation>%1/vocab.json: JSON オブジェクトではありません（%2）</translation>
        </message>
        <message>
            <source>%1/vocab.json: the id of '%2' is not a token id</source>
            <translation>%1/vocab.json: 「%2」の ID はトークン ID ではありません</translation>
        </message>
        <message>
            <source>%1/vocab.json: the byte symbol '%2' is missing</source>
            <translation>%1/vocab.json: バイト記号「%2」がありません</translation>
        </message>
        <message>
            <source>%1/vocab.json: '%2' is missing</source>
            <translation>%1/vocab.json: 「%2」がありません</translation>
        </message>
        <message>
            <source>%1: no tokenizer here (expected vocab.json and merges.txt, or bpe_simple_vocab_16e6.txt.gz)</source>
            <translation>%1: ここにトークナイザーがありません（vocab.json と merges.txt、または bpe_simple_vocab_16e6.txt.gz が必要です）</translation>
        </message>
        <message>
            <source>alphas_cumprod must have between 2 and 100000 entries</source>
            <translation>alphas_cumprod の要素数は 2 から 100000 まででなければなりません</translation>
        </message>
        <message>
            <source>alphas_cumprod must lie strictly between 0 and 1</source>
            <translation>alphas_cumprod は 0 と 1 の間（両端を含まない）でなければなりません</translation>
        </message>
        <message>
            <source>alphas_cumprod must decrease strictly</source>
            <translation>alphas_cumprod は狭義単調減少でなければなりません</translation>
        </message>
        <message>
            <source>The prompt weight '%1' is not a number</source>
            <translation>プロンプトの重み「%1」は数値ではありません</translation>
        </message>
        <message>
            <source>Sampling step %1 failed: %2</source>
            <translation>サンプリングステップ %1 に失敗しました: %2</translation>
        </message>
        <message>
            <source>A sampler needs at least two sigmas</source>
            <translation>サンプラーには少なくとも 2 つの sigma が必要です</translation>
        </message>
        <message>
            <source>Latents are sampled in float32 or float64; half precision belongs inside the network</source>
            <translation>潜在変数は float32 または float64 でサンプリングします。半精度はネットワーク内部で使います</translation>
        </message>
        <message>
            <source>%1 needs a noise source</source>
            <translation>%1 にはノイズ源が必要です</translation>
        </message>
        <message>
            <source>Sampling was cancelled after %1 of %2 steps</source>
            <translation>サンプリングは %2 ステップ中 %1 ステップでキャンセルされました</translation>
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
            <translation>ステップ数は 1 から 10000 まででなければなりません</translation>
        </message>
        <message>
            <source>The denoising strength must be between 0 and 1</source>
            <translation>ノイズ除去強度は 0 から 1 まででなければなりません</translation>
        </message>
        <message>
            <source>Hires fix needs a denoising strength above 0</source>
            <translation>Hires fix には 0 より大きいノイズ除去強度が必要です</translation>
        </message>
        <message>
            <source>The denoising strength is too small for this many steps</source>
            <translation>このステップ数に対してノイズ除去強度が小さすぎます</translation>
        </message>
        <message>
            <source>%1: the diffusers folder has no %2 weights</source>
            <translation>%1: diffusers フォルダーに %2 の重みがありません</translation>
        </message>
        <message>
            <source>%1: no such checkpoint file or folder</source>
            <translation>%1: そのようなチェックポイントファイルまたはフォルダーはありません</translation>
        </message>
        <message>
            <source>%1: a folder, but not a diffusers pipeline (it needs unet/ and vae/ subfolders)</source>
            <translation>%1: フォルダーですが、diffusers パイプラインではありません（unet/ と vae/ のサブフォルダーが必要です）</translation>
        </message>
        <message>
            <source>no face found</source>
            <translation>顔が見つかりません</translation>
        </message>
        <message>
            <source>the restorer returned an image of another size</source>
            <translation>復元モデルが別のサイズの画像を返しました</translation>
        </message>
        <message>
            <source>no GFPGAN model found (GFPGANv1.4.pth); add one to a model folder</source>
            <translation>GFPGAN モデル（GFPGANv1.4.pth）が見つかりません。モデルフォルダーに追加してください</translation>
        </message>
        <message>
            <source>the face model did not run</source>
            <translation>顔モデルが実行されませんでした</translation>
        </message>
        <message>
            <source>Not enough memory for this generation; try a smaller size or turn hires fix off</source>
            <translation>この生成にはメモリが足りません。サイズを小さくするか、Hires fix をオフにしてください</translation>
        </message>
        <message>
            <source>The generation failed: %1</source>
            <translation>生成に失敗しました: %1</translation>
        </message>
        <message>
            <source>The parameters text has no settings line ("Steps: ..., Sampler: ..., Seed: ...")</source>
            <translation>パラメーターのテキストに設定行（"Steps: ..., Sampler: ..., Seed: ..."）がありません</translation>
        </message>
        <message>
            <source>%1 must be a multiple of 8 between %2 and %3, got %4</source>
            <translation>%1 は %2 から %3 までの 8 の倍数でなければなりません（指定値 %4）</translation>
        </message>
        <message>
            <source>%1 must be between %2 and %3, got %4</source>
            <translation>%1 は %2 から %3 まででなければなりません（指定値 %4）</translation>
        </message>
        <message>
            <source>%1 has the wrong type or value: %2</source>
            <translation>%1 の型または値が正しくありません: %2</translation>
        </message>
        <message>
            <source>seed must be -1 (random) or between 0 and %1, got %2</source>
            <translation>seed は -1（ランダム）または 0 から %1 まででなければなりません（指定値 %2）</translation>
        </message>
        <message>
            <source>num_inference_steps must be between 1 and %1, got %2</source>
            <translation>num_inference_steps は 1 から %1 まででなければなりません（指定値 %2）</translation>
        </message>
        <message>
            <source>clip_skip must be between 1 and 12, got %1</source>
            <translation>clip_skip は 1 から 12 まででなければなりません（指定値 %1）</translation>
        </message>
        <message>
            <source>hires_steps must be between 0 and %1, got %2</source>
            <translation>hires_steps は 0 から %1 まででなければなりません（指定値 %2）</translation>
        </message>
        <message>
            <source>hires_scale %1 makes the image larger than %2 pixels</source>
            <translation>hires_scale %1 では画像が %2 ピクセルより大きくなります</translation>
        </message>
        <message>
            <source>sampler "%1" is unknown; use euler_a, euler, dpmpp_2m, dpmpp_2m_karras or ddim</source>
            <translation>サンプラー "%1" は不明です。euler_a、euler、dpmpp_2m、dpmpp_2m_karras、ddim のいずれかを使ってください</translation>
        </message>
        <message>
            <source>hires_upscaler "%1" is unknown; use realesrgan, lanczos or latent</source>
            <translation>hires_upscaler "%1" は不明です。realesrgan、lanczos、latent のいずれかを使ってください</translation>
        </message>
        <message>
            <source>The generation was cancelled</source>
            <translation>生成はキャンセルされました</translation>
        </message>
        <message>
            <source>No model given: choose a Stable Diffusion checkpoint (.safetensors / .ckpt) or diffusers folder</source>
            <translation>モデルが指定されていません: Stable Diffusion のチェックポイント（.safetensors / .ckpt）または diffusers フォルダーを選んでください</translation>
        </message>
        <message>
            <source>No checkpoint "%1": not a file or folder, and not in the model folders (%2)</source>
            <translation>チェックポイント "%1" がありません: ファイルでもフォルダーでもなく、モデルフォルダー（%2）にもありません</translation>
        </message>
        <message>
            <source>Re-running the second pass needs hires_fix on</source>
            <translation>2 回目のパスを再実行するには hires_fix がオンである必要があります</translation>
        </message>
        <message>
            <source>Re-running the second pass needs the first run's seed</source>
            <translation>2 回目のパスを再実行するには最初の実行のシードが必要です</translation>
        </message>
        <message>
            <source>loading model</source>
            <translation>モデルを読み込み中</translation>
        </message>
        <message>
            <source>width and height must be multiples of %1 for this model, got %2x%3</source>
            <translation>このモデルでは幅と高さは %1 の倍数でなければなりません（指定値 %2x%3）</translation>
        </message>
        <message>
            <source>upscaling</source>
            <translation>拡大中</translation>
        </message>
        <message>
            <source>latent upscale requested</source>
            <translation>潜在空間での拡大を指定</translation>
        </message>
        <message>
            <source>encoding image</source>
            <translation>画像をエンコード中</translation>
        </message>
        <message>
            <source>face restoration</source>
            <translation>顔の復元</translation>
        </message>
        <message>
            <source>encoding prompt</source>
            <translation>プロンプトをエンコード中</translation>
        </message>
        <message>
            <source>first pass</source>
            <translation>1 回目のパス</translation>
        </message>
        <message>
            <source>decoding</source>
            <translation>デコード中</translation>
        </message>
        <message>
            <source>second pass</source>
            <translation>2 回目のパス</translation>
        </message>
        <message>
            <source>saving</source>
            <translation>保存中</translation>
        </message>
        <message>
            <source>done</source>
            <translation>完了</translation>
        </message>
        <message>
            <source>Real-ESRGAN requested</source>
            <translation>Real-ESRGAN を指定</translation>
        </message>
        <message>
            <source>no Real-ESRGAN model found (realesrgan-x4fast or -x4plus); install the default models</source>
            <translation>Real-ESRGAN モデル（realesrgan-x4fast または -x4plus）が見つかりません。既定のモデルをインストールしてください</translation>
        </message>
        <message>
            <source>LANCZOS requested</source>
            <translation>LANCZOS を指定</translation>
        </message>
        <message>
            <source>The tokenizer at %1 has %2 tokens but the text encoder of %3 knows only %4: it belongs to another model</source>
            <translation>%1 のトークナイザーには %2 個のトークンがありますが、%3 のテキストエンコーダーが知っているのは %4 個だけです: 別のモデル用のものです</translation>
        </message>
        <message>
            <source>given</source>
            <translation>指定</translation>
        </message>
        <message>
            <source>the model's own</source>
            <translation>モデル内蔵</translation>
        </message>
        <message>
            <source>next to the checkpoint</source>
            <translation>チェックポイントの隣</translation>
        </message>
        <message>
            <source>model folder</source>
            <translation>モデルフォルダー</translation>
        </message>
        <message>
            <source>tokenizer from %1 (%2)</source>
            <translation>%1 のトークナイザー（%2）</translation>
        </message>
        <message>
            <source>%1 holds no CLIP tokenizer: it needs vocab.json and merges.txt, or bpe_simple_vocab_16e6.txt.gz</source>
            <translation>%1 には CLIP トークナイザーがありません: vocab.json と merges.txt、または bpe_simple_vocab_16e6.txt.gz が必要です</translation>
        </message>
        <message>
            <source>No CLIP tokenizer found for %1. Get vocab.json and merges.txt from the tokenizer folder of openai/clip-vit-large-patch14 (or bpe_simple_vocab_16e6.txt.gz from openai/CLIP) and put them in a folder named "tokenizer" next to the checkpoint or in a model folder, or pass --tokenizer DIR. Looked in: %2</source>
            <translation>%1 の CLIP トークナイザーが見つかりません。openai/clip-vit-large-patch14 の tokenizer フォルダーから vocab.json と merges.txt を（または openai/CLIP から bpe_simple_vocab_16e6.txt.gz を）入手し、チェックポイントの隣かモデルフォルダー内の "tokenizer" という名前のフォルダーに置くか、--tokenizer DIR を指定してください。探した場所: %2</translation>
        </message>
    </context>
    <context>
        <name>hires::Face</name>
        <message>
            <source>face landmarks are not finite</source>
            <translation>顔のランドマークが有限値ではありません</translation>
        </message>
        <message>
            <source>face landmarks are degenerate (all in one point)</source>
            <translation>顔のランドマークが縮退しています（すべて 1 点に集まっています）</translation>
        </message>
        <message>
            <source>not enough memory for a face crop</source>
            <translation>顔の切り抜きに必要なメモリが足りません</translation>
        </message>
        <message>
            <source>not enough memory for face detection</source>
            <translation>顔検出に必要なメモリが足りません</translation>
        </message>
        <message>
            <source>unknown face detector '%1' (use auto, yunet or haar)</source>
            <translation>顔検出器 '%1' は不明です（auto、yunet、haar のいずれかを使ってください）</translation>
        </message>
        <message>
            <source>no face_detection_yunet*.onnx in the model folders (%1)</source>
            <translation>モデルフォルダー（%1）に face_detection_yunet*.onnx がありません</translation>
        </message>
        <message>
            <source>no YuNet model file in the model folders</source>
            <translation>モデルフォルダーに YuNet モデルファイルがありません</translation>
        </message>
        <message>
            <source>a restored face must be a square CV_32FC3 image</source>
            <translation>復元された顔は正方形の CV_32FC3 画像でなければなりません</translation>
        </message>
        <message>
            <source>not enough memory to paste a face back</source>
            <translation>顔を貼り戻すためのメモリが足りません</translation>
        </message>
        <message>
            <source>the face restoration weight must be between 0 and 1 (got %1)</source>
            <translation>顔の復元の重みは 0 から 1 まででなければなりません（指定値 %1）</translation>
        </message>
        <message>
            <source>a face comparison needs detected faces, not an aligned face as input</source>
            <translation>顔の比較には、位置合わせ済みの顔ではなく、検出された顔が入力として必要です</translation>
        </message>
        <message>
            <source>a face record without its aligned crop</source>
            <translation>位置合わせ済みの切り抜きがない顔レコード</translation>
        </message>
        <message>
            <source>there is no face %1 (the image has %2)</source>
            <translation>顔 %1 はありません（画像内の顔は %2 個）</translation>
        </message>
        <message>
            <source>face restoration</source>
            <translation>顔の復元</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>スキップ</translation>
        </message>
        <message>
            <source>face restoration needs an 8- or 16-bit gray, BGR or BGRA image</source>
            <translation>顔の復元には 8 ビットまたは 16 ビットのグレー、BGR、BGRA 画像が必要です</translation>
        </message>
        <message>
            <source>no face restoration model was given</source>
            <translation>顔の復元モデルが指定されていません</translation>
        </message>
        <message>
            <source>Loading the face restoration model</source>
            <translation>顔の復元モデルを読み込んでいます</translation>
        </message>
        <message>
            <source>Detecting faces</source>
            <translation>顔を検出しています</translation>
        </message>
        <message>
            <source>face restoration was cancelled</source>
            <translation>顔の復元はキャンセルされました</translation>
        </message>
        <message>
            <source>Restoring face %1 of %2</source>
            <translation>顔を復元しています（%2 個中 %1 個目）</translation>
        </message>
        <message>
            <source>Faces restored</source>
            <translation>顔を復元しました</translation>
        </message>
        <message>
            <source>not enough memory for the face</source>
            <translation>顔の処理に必要なメモリが足りません</translation>
        </message>
        <message>
            <source>GFPGAN needs a %1x%1 CV_32FC3 face</source>
            <translation>GFPGAN には %1x%1 の CV_32FC3 の顔が必要です</translation>
        </message>
        <message>
            <source>not enough memory to run GFPGAN on %1</source>
            <translation>%1 で GFPGAN を実行するためのメモリが足りません</translation>
        </message>
        <message>
            <source>GFPGAN failed: %1</source>
            <translation>GFPGAN が失敗しました: %1</translation>
        </message>
        <message>
            <source>cannot move GFPGAN to %1: %2</source>
            <translation>GFPGAN を %1 に移せません: %2</translation>
        </message>
        <message>
            <source>face restoration model %1 does not exist</source>
            <translation>顔の復元モデル %1 が存在しません</translation>
        </message>
        <message>
            <source>%1 holds %2, not GFPGAN v1.4 (GFPGANv1Clean)</source>
            <translation>%1 に含まれているのは %2 で、GFPGAN v1.4（GFPGANv1Clean）ではありません</translation>
        </message>
        <message>
            <source>cannot read the face detector's cascade %1 (is Debian's opencv-data package installed?)</source>
            <translation>顔検出器のカスケード %1 を読み込めません（Debian の opencv-data パッケージはインストールされていますか?）</translation>
        </message>
        <message>
            <source>face detection needs an 8-bit BGR image</source>
            <translation>顔検出には 8 ビットの BGR 画像が必要です</translation>
        </message>
        <message>
            <source>cannot load the YuNet face detector %1: %2</source>
            <translation>YuNet 顔検出器 %1 を読み込めません: %2</translation>
        </message>
        <message>
            <source>cannot load the YuNet face detector %1</source>
            <translation>YuNet 顔検出器 %1 を読み込めません</translation>
        </message>
        <message>
            <source>the YuNet face detector %1 failed: %2</source>
            <translation>YuNet 顔検出器 %1 が失敗しました: %2</translation>
        </message>
        <message>
            <source>no face found</source>
            <translation>顔が見つかりません</translation>
        </message>
    </context>
    <context>
        <name>hires::Image</name>
        <message>
            <source>the disk is full</source>
            <translation>ディスクがいっぱいです</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>cannot create a file in %1</source>
            <translation>%1 にファイルを作成できません</translation>
        </message>
        <message>
            <source>cannot create a temporary file in %1</source>
            <translation>%1 に一時ファイルを作成できません</translation>
        </message>
        <message>
            <source>writing failed</source>
            <translation>書き込みに失敗しました</translation>
        </message>
        <message>
            <source>cannot replace the file</source>
            <translation>ファイルを置き換えられません</translation>
        </message>
        <message>
            <source>the folder %1 does not exist</source>
            <translation>フォルダー %1 は存在しません</translation>
        </message>
        <message>
            <source>GIF image</source>
            <translation>GIF 画像</translation>
        </message>
        <message>
            <source>BMP image</source>
            <translation>BMP 画像</translation>
        </message>
        <message>
            <source>ICO icon</source>
            <translation>ICO アイコン</translation>
        </message>
        <message>
            <source>Photoshop PSD image</source>
            <translation>Photoshop PSD 画像</translation>
        </message>
        <message>
            <source>QOI image</source>
            <translation>QOI 画像</translation>
        </message>
        <message>
            <source>OpenEXR image</source>
            <translation>OpenEXR 画像</translation>
        </message>
        <message>
            <source>JPEG XL image</source>
            <translation>JPEG XL 画像</translation>
        </message>
        <message>
            <source>JPEG 2000 image</source>
            <translation>JPEG 2000 画像</translation>
        </message>
        <message>
            <source>Radiance HDR image</source>
            <translation>Radiance HDR 画像</translation>
        </message>
        <message>
            <source>PDF document</source>
            <translation>PDF 文書</translation>
        </message>
        <message>
            <source>ZIP archive</source>
            <translation>ZIP アーカイブ</translation>
        </message>
        <message>
            <source>gzip archive</source>
            <translation>gzip アーカイブ</translation>
        </message>
        <message>
            <source>executable program</source>
            <translation>実行可能プログラム</translation>
        </message>
        <message>
            <source>Netpbm (PBM/PGM/PPM) image</source>
            <translation>Netpbm（PBM/PGM/PPM）画像</translation>
        </message>
        <message>
            <source>HEIF/AVIF image</source>
            <translation>HEIF/AVIF 画像</translation>
        </message>
        <message>
            <source>RIFF file (not WebP)</source>
            <translation>RIFF ファイル（WebP ではありません）</translation>
        </message>
        <message>
            <source>XML or SVG document</source>
            <translation>XML または SVG 文書</translation>
        </message>
        <message>
            <source>supported: PNG, JPEG, WebP, TIFF</source>
            <translation>対応形式: PNG、JPEG、WebP、TIFF</translation>
        </message>
        <message>
            <source>empty file; %1</source>
            <translation>空のファイルです。%1</translation>
        </message>
        <message>
            <source>not an image file we recognise; %1</source>
            <translation>認識できる画像ファイルではありません。%1</translation>
        </message>
        <message>
            <source>%1: format not supported; %2</source>
            <translation>%1: 対応していない形式です。%2</translation>
        </message>
        <message>
            <source>%1 image of %2 x %3 pixels is larger than the limit of %4 pixels a side</source>
            <translation>%1 画像（%2 x %3 ピクセル）は一辺 %4 ピクセルの上限を超えています</translation>
        </message>
        <message>
            <source>%1 image of %2 x %3 pixels (%4 megapixels) is larger than the limit of %5 megapixels</source>
            <translation>%1 画像（%2 x %3 ピクセル、%4 メガピクセル）は %5 メガピクセルの上限を超えています</translation>
        </message>
        <message>
            <source>%1: file not found</source>
            <translation>%1: ファイルが見つかりません</translation>
        </message>
        <message>
            <source>%1: is a folder, not an image file</source>
            <translation>%1: 画像ファイルではなくフォルダーです</translation>
        </message>
        <message>
            <source>%1: not a regular file</source>
            <translation>%1: 通常のファイルではありません</translation>
        </message>
        <message>
            <source>%1: cannot open: %2</source>
            <translation>%1: 開けません: %2</translation>
        </message>
        <message>
            <source>%1: file of %2 bytes is larger than the limit of %3 bytes</source>
            <translation>%1: %2 バイトのファイルは上限の %3 バイトを超えています</translation>
        </message>
        <message>
            <source>%1: reading failed: %2</source>
            <translation>%1: 読み込みに失敗しました: %2</translation>
        </message>
        <message>
            <source>%1 file is larger than the decoder accepts (2 GiB)</source>
            <translation>%1 ファイルはデコーダーが受け付ける大きさ（2 GiB）を超えています</translation>
        </message>
        <message>
            <source>the %1 decoder could not read the pixels (damaged or truncated file)</source>
            <translation>%1 デコーダーがピクセルを読み取れませんでした（ファイルが壊れているか途中で切れています）</translation>
        </message>
        <message>
            <source>the %1 decoder failed: %2</source>
            <translation>%1 デコーダーが失敗しました: %2</translation>
        </message>
        <message>
            <source>not enough memory to decode the %1 image</source>
            <translation>%1 画像をデコードするメモリが足りません</translation>
        </message>
        <message>
            <source>file of %1 bytes is larger than the limit of %2 bytes</source>
            <translation>%1 バイトのファイルは上限の %2 バイトを超えています</translation>
        </message>
        <message>
            <source>damaged %1 file: the header says %2 x %3 pixels but the decoder produced %4 x %5</source>
            <translation>%1 ファイルが壊れています: ヘッダーは %2 x %3 ピクセルですが、デコーダーの出力は %4 x %5 でした</translation>
        </message>
        <message>
            <source>save it as PNG or TIFF instead</source>
            <translation>代わりに PNG か TIFF で保存してください</translation>
        </message>
        <message>
            <source>scale it down or save it in tiles</source>
            <translation>縮小するか、タイルに分けて保存してください</translation>
        </message>
        <message>
            <source>%1 holds at most %2 pixels a side and this image is %3 x %4: %5</source>
            <translation>%1 は一辺最大 %2 ピクセルですが、この画像は %3 x %4 です: %5</translation>
        </message>
        <message>
            <source>%1 stores 8 bits per channel: the 16-bit image is converted to 8 bits</source>
            <translation>%1 はチャンネルあたり 8 ビットです: 16 ビット画像は 8 ビットに変換されます</translation>
        </message>
        <message>
            <source>%1 has no transparency: the alpha channel is composited onto white</source>
            <translation>%1 は透明度を持てません: アルファチャンネルは白の上に合成されます</translation>
        </message>
        <message>
            <source>WebP has no grayscale mode: the gray image is stored as RGB</source>
            <translation>WebP にはグレースケールモードがありません: グレー画像は RGB で保存されます</translation>
        </message>
        <message>
            <source>%1 output does not carry the PNG text chunks</source>
            <translation>%1 の出力には PNG のテキストチャンクが含まれません</translation>
        </message>
        <message>
            <source>text entry "%1" is not a valid PNG keyword: left out</source>
            <translation>テキスト項目 "%1" は有効な PNG キーワードではありません: 省略しました</translation>
        </message>
        <message>
            <source>TIFF output does not carry EXIF (the ICC profile is kept)</source>
            <translation>TIFF の出力には EXIF が含まれません（ICC プロファイルは保持されます）</translation>
        </message>
        <message>
            <source>the EXIF block (%1 bytes) does not fit in a JPEG segment: left out</source>
            <translation>EXIF ブロック（%1 バイト）は JPEG セグメントに収まりません: 省略しました</translation>
        </message>
        <message>
            <source>the ICC profile (%1 bytes) is too large for JPEG: left out</source>
            <translation>ICC プロファイル（%1 バイト）は JPEG には大きすぎます: 省略しました</translation>
        </message>
        <message>
            <source>the %1 encoder failed</source>
            <translation>%1 エンコーダーが失敗しました</translation>
        </message>
        <message>
            <source>the %1 encoder failed: %2</source>
            <translation>%1 エンコーダーが失敗しました: %2</translation>
        </message>
        <message>
            <source>not enough memory to encode the %1 image</source>
            <translation>%1 画像をエンコードするメモリが足りません</translation>
        </message>
        <message>
            <source>the image has no pixels</source>
            <translation>画像にピクセルがありません</translation>
        </message>
        <message>
            <source>the image has %1 channels of type %2; expected 8- or 16-bit gray, BGR or BGRA</source>
            <translation>画像は型 %2 のチャンネルを %1 個持っています。8 ビットまたは 16 ビットのグレー、BGR、BGRA が必要です</translation>
        </message>
        <message>
            <source>quality %1 is out of range (1 to 100)</source>
            <translation>品質 %1 は範囲外です（1～100）</translation>
        </message>
        <message>
            <source>PNG compression level %1 is out of range (0 to 9)</source>
            <translation>PNG 圧縮レベル %1 は範囲外です（0～9）</translation>
        </message>
        <message>
            <source>not enough memory to convert the image for saving</source>
            <translation>保存用に画像を変換するメモリが足りません</translation>
        </message>
        <message>
            <source>no output file name given</source>
            <translation>出力ファイル名が指定されていません</translation>
        </message>
        <message>
            <source>%1: is a folder, not a file name</source>
            <translation>%1: ファイル名ではなくフォルダーです</translation>
        </message>
        <message>
            <source>%1: refusing to overwrite %2, an input of this job</source>
            <translation>%1: このジョブの入力である %2 は上書きしません</translation>
        </message>
        <message>
            <source>JPEG file is truncated: it ends before its image data</source>
            <translation>JPEG ファイルが途中で切れています: 画像データの前で終わっています</translation>
        </message>
        <message>
            <source>damaged JPEG file: expected a marker at byte %1</source>
            <translation>JPEG ファイルが壊れています: バイト %1 にマーカーが必要です</translation>
        </message>
        <message>
            <source>damaged JPEG file: unexpected marker at byte %1</source>
            <translation>JPEG ファイルが壊れています: バイト %1 に予期しないマーカーがあります</translation>
        </message>
        <message>
            <source>damaged JPEG file: invalid segment length at byte %1</source>
            <translation>JPEG ファイルが壊れています: バイト %1 のセグメント長が不正です</translation>
        </message>
        <message>
            <source>damaged JPEG file: invalid frame header at byte %1</source>
            <translation>JPEG ファイルが壊れています: バイト %1 のフレームヘッダーが不正です</translation>
        </message>
        <message>
            <source>lossless JPEG is not supported</source>
            <translation>ロスレス JPEG には対応していません</translation>
        </message>
        <message>
            <source>%1-bit JPEG is not supported (only 8-bit)</source>
            <translation>%1 ビット JPEG には対応していません（8 ビットのみ）</translation>
        </message>
        <message>
            <source>JPEG with the height defined later (DNL) is not supported</source>
            <translation>高さが後で定義される（DNL）JPEG には対応していません</translation>
        </message>
        <message>
            <source>damaged JPEG file: the frame header says width 0</source>
            <translation>JPEG ファイルが壊れています: フレームヘッダーの幅が 0 です</translation>
        </message>
        <message>
            <source>JPEG with %1 colour components is not supported</source>
            <translation>色成分が %1 個の JPEG には対応していません</translation>
        </message>
        <message>
            <source>damaged JPEG file: it ends before its image data</source>
            <translation>JPEG ファイルが壊れています: 画像データの前で終わっています</translation>
        </message>
        <message>
            <source>damaged JPEG file: image data before the frame header</source>
            <translation>JPEG ファイルが壊れています: フレームヘッダーの前に画像データがあります</translation>
        </message>
        <message>
            <source>JPEG file is truncated: the end-of-image marker is missing</source>
            <translation>JPEG ファイルが途中で切れています: 画像終了マーカーがありません</translation>
        </message>
        <message>
            <source>%1 image with samples of type %2 is not supported (only 8- and 16-bit)</source>
            <translation>サンプル型が %2 の %1 画像には対応していません（8 ビットと 16 ビットのみ）</translation>
        </message>
        <message>
            <source>%1 image with %2 channels is not supported</source>
            <translation>%2 チャンネルの %1 画像には対応していません</translation>
        </message>
        <message>
            <source>damaged PNG file: impossible chunk length at byte %1</source>
            <translation>PNG ファイルが壊れています: バイト %1 のチャンク長があり得ない値です</translation>
        </message>
        <message>
            <source>PNG file is truncated: the data ends inside the chunk at byte %1</source>
            <translation>PNG ファイルが途中で切れています: バイト %1 のチャンクの途中でデータが終わっています</translation>
        </message>
        <message>
            <source>damaged PNG file: the first chunk is not a valid IHDR</source>
            <translation>PNG ファイルが壊れています: 最初のチャンクが有効な IHDR ではありません</translation>
        </message>
        <message>
            <source>damaged PNG file: the IHDR checksum does not match</source>
            <translation>PNG ファイルが壊れています: IHDR のチェックサムが一致しません</translation>
        </message>
        <message>
            <source>damaged PNG file: invalid size %1 x %2 in IHDR</source>
            <translation>PNG ファイルが壊れています: IHDR のサイズ %1 x %2 が不正です</translation>
        </message>
        <message>
            <source>damaged PNG file: invalid colour type %1 with bit depth %2</source>
            <translation>PNG ファイルが壊れています: カラータイプ %1 とビット深度 %2 の組み合わせが不正です</translation>
        </message>
        <message>
            <source>PNG file is truncated: it ends without an IEND chunk</source>
            <translation>PNG ファイルが途中で切れています: IEND チャンクがありません</translation>
        </message>
        <message>
            <source>damaged PNG file: it has no image data (IDAT)</source>
            <translation>PNG ファイルが壊れています: 画像データ（IDAT）がありません</translation>
        </message>
        <message>
            <source>the PNG encoder wrote no IHDR chunk first</source>
            <translation>PNG エンコーダーが最初に IHDR チャンクを書きませんでした</translation>
        </message>
        <message>
            <source>cannot convert pixels of type %1 to a tensor</source>
            <translation>型 %1 のピクセルはテンソルに変換できません</translation>
        </message>
        <message>
            <source>converting pixels to a tensor failed: %1</source>
            <translation>ピクセルからテンソルへの変換に失敗しました: %1</translation>
        </message>
        <message>
            <source>bit depth %1 is not 8 or 16</source>
            <translation>ビット深度 %1 は 8 でも 16 でもありません</translation>
        </message>
        <message>
            <source>expected an RGB tensor of shape [1, 3, H, W]</source>
            <translation>形状 [1, 3, H, W] の RGB テンソルが必要です</translation>
        </message>
        <message>
            <source>the alpha tensor is not [1, 1, %1, %2]</source>
            <translation>アルファテンソルが [1, 1, %1, %2] ではありません</translation>
        </message>
        <message>
            <source>converting a tensor to pixels failed: %1</source>
            <translation>テンソルからピクセルへの変換に失敗しました: %1</translation>
        </message>
        <message>
            <source>damaged TIFF data: %1</source>
            <translation>TIFF データが壊れています: %1</translation>
        </message>
        <message>
            <source>the image data locations are missing or inconsistent</source>
            <translation>画像データの位置がないか矛盾しています</translation>
        </message>
        <message>
            <source>invalid image data location</source>
            <translation>画像データの位置が不正です</translation>
        </message>
        <message>
            <source>TIFF file is truncated: image data at byte %1 runs past the end of the file</source>
            <translation>TIFF ファイルが途中で切れています: バイト %1 の画像データがファイル末尾を越えています</translation>
        </message>
        <message>
            <source>unknown byte order</source>
            <translation>不明なバイト順です</translation>
        </message>
        <message>
            <source>invalid header</source>
            <translation>ヘッダーが不正です</translation>
        </message>
        <message>
            <source>the first directory lies outside the data</source>
            <translation>最初のディレクトリがデータの外にあります</translation>
        </message>
        <message>
            <source>the first directory runs past the end</source>
            <translation>最初のディレクトリが末尾を越えています</translation>
        </message>
        <message>
            <source>missing or invalid image size</source>
            <translation>画像サイズがないか不正です</translation>
        </message>
        <message>
            <source>floating-point TIFF is not supported (only 8- and 16-bit integer samples)</source>
            <translation>浮動小数点 TIFF には対応していません（8 ビットと 16 ビットの整数サンプルのみ）</translation>
        </message>
        <message>
            <source>%1-bit TIFF samples are not supported (only 8 and 16 bits)</source>
            <translation>%1 ビットの TIFF サンプルには対応していません（8 ビットと 16 ビットのみ）</translation>
        </message>
        <message>
            <source>TIFF with %1 samples per pixel is not supported</source>
            <translation>ピクセルあたり %1 サンプルの TIFF には対応していません</translation>
        </message>
        <message>
            <source>cannot add a tag to a BigTIFF file</source>
            <translation>BigTIFF ファイルにはタグを追加できません</translation>
        </message>
        <message>
            <source>the TIFF file with its metadata would exceed 4 GiB</source>
            <translation>TIFF ファイルはメタデータを含めると 4 GiB を超えます</translation>
        </message>
        <message>
            <source>WebP file is truncated: a chunk runs past the end of the file</source>
            <translation>WebP ファイルが途中で切れています: チャンクがファイル末尾を越えています</translation>
        </message>
        <message>
            <source>damaged WebP file: no image chunk</source>
            <translation>WebP ファイルが壊れています: 画像チャンクがありません</translation>
        </message>
        <message>
            <source>damaged WebP file: %1</source>
            <translation>WebP ファイルが壊れています: %1</translation>
        </message>
        <message>
            <source>invalid VP8 frame header</source>
            <translation>VP8 フレームヘッダーが不正です</translation>
        </message>
        <message>
            <source>invalid VP8L header</source>
            <translation>VP8L ヘッダーが不正です</translation>
        </message>
        <message>
            <source>unknown VP8L version</source>
            <translation>不明な VP8L バージョンです</translation>
        </message>
        <message>
            <source>unknown first chunk</source>
            <translation>最初のチャンクが不明です</translation>
        </message>
        <message>
            <source>VP8X chunk too short</source>
            <translation>VP8X チャンクが短すぎます</translation>
        </message>
        <message>
            <source>animated WebP is not supported</source>
            <translation>アニメーション WebP には対応していません</translation>
        </message>
        <message>
            <source>no image chunk</source>
            <translation>画像チャンクがありません</translation>
        </message>
        <message>
            <source>image size 0</source>
            <translation>画像サイズが 0 です</translation>
        </message>
        <message>
            <source>the WebP file with its metadata would exceed 4 GiB</source>
            <translation>WebP ファイルはメタデータを含めると 4 GiB を超えます</translation>
        </message>
    </context>
    <context>
        <name>hires::LegacyStorageTable</name>
        <message>
            <source>the storage key list is not a list</source>
            <translation>ストレージキーの一覧がリストではありません</translation>
        </message>
        <message>
            <source>a storage key is not a string</source>
            <translation>ストレージキーが文字列ではありません</translation>
        </message>
        <message>
            <source>storage %1 is listed but no tensor uses it</source>
            <translation>ストレージ %1 は一覧にありますが、どのテンソルも使っていません</translation>
        </message>
        <message>
            <source>the file ends before the data of storage %1</source>
            <translation>ファイルがストレージ %1 のデータの前で終わっています</translation>
        </message>
        <message>
            <source>storage %1 holds %2 elements but is declared with %3</source>
            <translation>ストレージ %1 の要素数は %2 ですが、%3 と宣言されています</translation>
        </message>
        <message>
            <source>the file ends inside the data of storage %1</source>
            <translation>ファイルがストレージ %1 のデータの途中で終わっています</translation>
        </message>
        <message>
            <source>storage %1 is listed twice</source>
            <translation>ストレージ %1 が二重に記載されています</translation>
        </message>
        <message>
            <source>%1 unexpected bytes follow the last storage</source>
            <translation>最後のストレージの後に予期しない %1 バイトがあります</translation>
        </message>
        <message>
            <source>the data of storage %1 is missing</source>
            <translation>ストレージ %1 のデータがありません</translation>
        </message>
        <message>
            <source>storage view %1 has an overflowing offset</source>
            <translation>ストレージビュー %1 のオフセットがオーバーフローしています</translation>
        </message>
        <message>
            <source>storage view %1 has no root storage</source>
            <translation>ストレージビュー %1 にルートストレージがありません</translation>
        </message>
        <message>
            <source>the file</source>
            <translation>ファイル</translation>
        </message>
        <message>
            <source>its root storage %1</source>
            <translation>そのルートストレージ %1</translation>
        </message>
    </context>
    <context>
        <name>hires::MappedFile</name>
        <message>
            <source>%1: no such file</source>
            <translation>%1: そのファイルはありません</translation>
        </message>
        <message>
            <source>%1: not a regular file</source>
            <translation>%1: 通常のファイルではありません</translation>
        </message>
        <message>
            <source>%1: cannot open: %2</source>
            <translation>%1: 開けません: %2</translation>
        </message>
        <message>
            <source>%1: cannot map into memory: %2</source>
            <translation>%1: メモリにマップできません: %2</translation>
        </message>
    </context>
    <context>
        <name>hires::ModelDownloader</name>
        <message>
            <source>%1: not an http(s) URL</source>
            <translation>%1: http(s) の URL ではありません</translation>
        </message>
        <message>
            <source>%1: no destination file</source>
            <translation>%1: 保存先ファイルがありません</translation>
        </message>
        <message>
            <source>%1 is not a SHA-256 (64 hexadecimal digits)</source>
            <translation>%1 は SHA-256（16 進数 64 桁）ではありません</translation>
        </message>
        <message>
            <source>%1: no SHA-256 is known for this file, so it cannot be verified; it is only installed when unverified files are explicitly accepted</source>
            <translation>%1: このファイルの SHA-256 は不明なため検証できません。未検証のファイルを明示的に許可した場合にのみインストールされます</translation>
        </message>
        <message>
            <source>%1: cannot create a file there (%2)</source>
            <translation>%1: そこにファイルを作成できません（%2）</translation>
        </message>
        <message>
            <source>%1: the file has %2 bytes, more than the limit of %3</source>
            <translation>%1: ファイルは %2 バイトで、上限の %3 を超えています</translation>
        </message>
        <message>
            <source>%1: the download was cancelled</source>
            <translation>%1: ダウンロードはキャンセルされました</translation>
        </message>
        <message>
            <source>%1: the file is larger than the limit of %2 bytes</source>
            <translation>%1: ファイルが上限の %2 バイトを超えています</translation>
        </message>
        <message>
            <source>%1: writing failed (%2)</source>
            <translation>%1: 書き込みに失敗しました（%2）</translation>
        </message>
        <message>
            <source>%1: the server answered HTTP %2 %3</source>
            <translation>%1: サーバーの応答は HTTP %2 %3 でした</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1: the transfer ended after %2 of %3 bytes</source>
            <translation>%1: 転送は %3 バイト中 %2 バイトで終わりました</translation>
        </message>
        <message>
            <source>%1: the SHA-256 of the download is %2, not the expected %3; the file was discarded</source>
            <translation>%1: ダウンロードの SHA-256 は %2 で、期待した %3 ではありません。ファイルは破棄しました</translation>
        </message>
        <message>
            <source>%1: cannot move the download into place (%2)</source>
            <translation>%1: ダウンロードを所定の場所に移動できません（%2）</translation>
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
            <translation>PyTorch チェックポイント</translation>
        </message>
        <message>
            <source>PyTorch legacy checkpoint</source>
            <translation>PyTorch 旧形式チェックポイント</translation>
        </message>
        <message>
            <source>PyTorch tar checkpoint</source>
            <translation>PyTorch tar チェックポイント</translation>
        </message>
        <message>
            <source>ncnn model</source>
            <translation>ncnn モデル</translation>
        </message>
        <message>
            <source>unknown format</source>
            <translation>不明な形式</translation>
        </message>
        <message>
            <source>not an ncnn .param file (no magic number 7767517), and no .param file lies next to it</source>
            <translation>ncnn の .param ファイルではなく（マジックナンバー 7767517 がありません）、隣に .param ファイルもありません</translation>
        </message>
        <message>
            <source>a .param file of %1 bytes is too large</source>
            <translation>%1 バイトの .param ファイルは大きすぎます</translation>
        </message>
        <message>
            <source>its weights file %1 is missing</source>
            <translation>重みファイル %1 がありません</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>ファイルが空です</translation>
        </message>
        <message>
            <source>not a safetensors, PyTorch or ncnn model file</source>
            <translation>safetensors、PyTorch、ncnn のいずれのモデルファイルでもありません</translation>
        </message>
    </context>
    <context>
        <name>hires::ModelInfo</name>
        <message>
            <source>upscaler</source>
            <translation>アップスケーラー</translation>
        </message>
        <message>
            <source>face restorer</source>
            <translation>顔復元モデル</translation>
        </message>
        <message>
            <source>diffusion checkpoint</source>
            <translation>拡散モデルのチェックポイント</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>不明</translation>
        </message>
        <message>
            <source>face detector</source>
            <translation>顔検出器</translation>
        </message>
    </context>
    <context>
        <name>hires::ModelInfoCache</name>
        <message>
            <source>%1: cannot write the model cache (%2)</source>
            <translation>%1: モデルキャッシュを書き込めません（%2）</translation>
        </message>
    </context>
    <context>
        <name>hires::ModelProbe</name>
        <message>
            <source>%1: the file cannot be read</source>
            <translation>%1: ファイルを読み込めません</translation>
        </message>
        <message>
            <source>%1: the file is empty</source>
            <translation>%1: ファイルが空です</translation>
        </message>
        <message>
            <source>%1: not a safetensors, PyTorch or ncnn model file</source>
            <translation>%1: safetensors、PyTorch、ncnn のいずれのモデルファイルでもありません</translation>
        </message>
    </context>
    <context>
        <name>hires::NcnnBinReader</name>
        <message>
            <source>layer %1: %2</source>
            <translation>レイヤー %1: %2</translation>
        </message>
        <message>
            <source>%1 bytes are left over after the weights of the last layer (the .bin does not belong to this .param)</source>
            <translation>最後のレイヤーの重みの後に %1 バイト残っています（この .bin はこの .param のものではありません）</translation>
        </message>
        <message>
            <source>the .bin ends inside the %1 (needs %2 bytes at offset %3, has %4)</source>
            <translation>.bin が %1 の途中で終わっています（オフセット %3 から %2 バイト必要ですが、%4 しかありません）</translation>
        </message>
        <message>
            <source>the .bin ends before the storage tag of the %1</source>
            <translation>.bin が %1 のストレージタグの前で終わっています</translation>
        </message>
        <message>
            <source>the .bin ends inside the quantised %1</source>
            <translation>.bin が量子化された %1 の途中で終わっています</translation>
        </message>
    </context>
    <context>
        <name>hires::NcnnGraph</name>
        <message>
            <source>takes %1 channels but gets %2</source>
            <translation>%1 チャンネルを受け取りますが、%2 チャンネルが来ています</translation>
        </message>
        <message>
            <source>an input of %1 is too small for the kernel</source>
            <translation>%1 の入力はカーネルに対して小さすぎます</translation>
        </message>
        <message>
            <source>axis %1 does not exist</source>
            <translation>軸 %1 は存在しません</translation>
        </message>
        <message>
            <source>needs a reference blob</source>
            <translation>参照 blob が必要です</translation>
        </message>
        <message>
            <source>the crop window does not lie inside a %1 blob</source>
            <translation>切り抜き範囲が %1 の blob の中にありません</translation>
        </message>
        <message>
            <source>has %1 slopes for %2 channels</source>
            <translation>%2 チャンネルに対して傾きが %1 個あります</translation>
        </message>
        <message>
            <source>cannot join %1 and %2 along axis %3</source>
            <translation>%1 と %2 を軸 %3 に沿って連結できません</translation>
        </message>
        <message>
            <source>inputs %1 and %2 differ</source>
            <translation>入力 %1 と %2 が異なります</translation>
        </message>
        <message>
            <source>cannot combine %1 with %2</source>
            <translation>%1 と %2 は組み合わせられません</translation>
        </message>
        <message>
            <source>resizes %1 to nothing</source>
            <translation>%1 を大きさ 0 にリサイズします</translation>
        </message>
        <message>
            <source>%1 channels do not divide by %2</source>
            <translation>%1 チャンネルは %2 で割り切れません</translation>
        </message>
        <message>
            <source>the graph turns %1 channels into %2, not an image upscaler</source>
            <translation>このグラフは %1 チャンネルを %2 チャンネルにするもので、画像アップスケーラーではありません</translation>
        </message>
        <message>
            <source>%1: the graph does not enlarge images by a whole factor</source>
            <translation>%1: このグラフは画像を整数倍に拡大しません</translation>
        </message>
        <message>
            <source>ncnn graph x%1 (%2 layers)</source>
            <translation>ncnn グラフ x%1（%2 レイヤー）</translation>
        </message>
        <message>
            <source>%1: an upscaler graph has exactly one Input layer with one blob</source>
            <translation>%1: アップスケーラーのグラフには blob が 1 つの Input レイヤーがちょうど 1 つ必要です</translation>
        </message>
        <message>
            <source>%1: the graph has no Input layer</source>
            <translation>%1: グラフに Input レイヤーがありません</translation>
        </message>
        <message>
            <source>%1: layer %2 (%3) has %4 inputs and %5 outputs</source>
            <translation>%1: レイヤー %2（%3）には入力が %4 個、出力が %5 個あります</translation>
        </message>
    </context>
    <context>
        <name>hires::NcnnLayerCatalog</name>
        <message>
            <source>layer type %1 is unknown, so its weights cannot be located in the .bin</source>
            <translation>レイヤータイプ %1 が不明なため、.bin 内の重みの位置がわかりません</translation>
        </message>
        <message>
            <source>%1 declares %2 elements, more than ncnn can hold</source>
            <translation>%1 は %2 個の要素を宣言していますが、ncnn が扱える数を超えています</translation>
        </message>
    </context>
    <context>
        <name>hires::NcnnModel</name>
        <message>
            <source>the file is not text</source>
            <translation>ファイルがテキストではありません</translation>
        </message>
    </context>
    <context>
        <name>hires::NcnnNetwork</name>
        <message>
            <source>%1: not enough memory for the weights</source>
            <translation>%1: 重みに必要なメモリが足りません</translation>
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
            <translation>ファイルがマジックナンバー 7767517 で始まっていません（ncnn の .param ファイルではないか、古すぎて読めません）</translation>
        </message>
        <message>
            <source>the second line must hold the layer count and the blob count</source>
            <translation>2 行目にはレイヤー数と blob 数が必要です</translation>
        </message>
        <message>
            <source>more layers follow than the %1 the header declares</source>
            <translation>ヘッダーで宣言された %1 個より多くのレイヤーが続いています</translation>
        </message>
        <message>
            <source>the header declares %1 layers but the file has %2</source>
            <translation>ヘッダーではレイヤーは %1 個ですが、ファイルには %2 個あります</translation>
        </message>
        <message>
            <source>the header declares %1 blobs but the layers produce %2</source>
            <translation>ヘッダーでは blob は %1 個ですが、レイヤーが生成するのは %2 個です</translation>
        </message>
        <message>
            <source>line %1: %2</source>
            <translation>%1 行目: %2</translation>
        </message>
        <message>
            <source>a layer line must read: type name inputs outputs blobs... params...</source>
            <translation>レイヤー行の形式: タイプ 名前 入力数 出力数 blob... パラメーター...</translation>
        </message>
        <message>
            <source>layer %1 names fewer blobs than it declares</source>
            <translation>レイヤー %1 が挙げる blob は宣言より少なくなっています</translation>
        </message>
        <message>
            <source>the layer name %1 is used twice</source>
            <translation>レイヤー名 %1 が 2 回使われています</translation>
        </message>
        <message>
            <source>layer %1 reads blob %2, which no earlier layer produces</source>
            <translation>レイヤー %1 は blob %2 を読みますが、それより前のレイヤーは生成していません</translation>
        </message>
        <message>
            <source>blob %1 is produced twice</source>
            <translation>blob %1 が 2 回生成されています</translation>
        </message>
        <message>
            <source>layer %1 has a param %2 that is not id=value</source>
            <translation>レイヤー %1 のパラメーター %2 が id=値 の形式ではありません</translation>
        </message>
        <message>
            <source>layer %1 has param key %2; ncnn allows ids 0 to 31</source>
            <translation>レイヤー %1 のパラメーターキーは %2 ですが、ncnn で使える ID は 0～31 です</translation>
        </message>
        <message>
            <source>layer %1 has a malformed value for param %2</source>
            <translation>レイヤー %1 のパラメーター %2 の値が不正です</translation>
        </message>
        <message>
            <source>layer %1 sets param %2 twice</source>
            <translation>レイヤー %1 がパラメーター %2 を 2 回設定しています</translation>
        </message>
    </context>
    <context>
        <name>hires::NeuralUpscaler</name>
        <message>
            <source>%1: this build cannot read model files (the model loader is missing)</source>
            <translation>%1: このビルドはモデルファイルを読めません（モデルローダーがありません）</translation>
        </message>
        <message>
            <source>the image must be 8- or 16-bit gray, BGR or BGRA</source>
            <translation>画像は 8 ビットまたは 16 ビットのグレー、BGR、BGRA でなければなりません</translation>
        </message>
    </context>
    <context>
        <name>hires::Params</name>
        <message>
            <source>param %1 must be an integer</source>
            <translation>パラメーター %1 は整数でなければなりません</translation>
        </message>
        <message>
            <source>param %1 is negative (%2)</source>
            <translation>パラメーター %1 が負の値です（%2）</translation>
        </message>
        <message>
            <source>the layer's weight sizes overflow</source>
            <translation>レイヤーの重みサイズがオーバーフローしています</translation>
        </message>
    </context>
    <context>
        <name>hires::Parser</name>
        <message>
            <source>entry %1 is not an object</source>
            <translation>項目 %1 はオブジェクトではありません</translation>
        </message>
        <message>
            <source>tensor %1 has no dtype</source>
            <translation>テンソル %1 に dtype がありません</translation>
        </message>
        <message>
            <source>tensor %1 has dtype %2, which Hires Studio does not read</source>
            <translation>テンソル %1 の dtype は %2 で、Hires Studio では読めません</translation>
        </message>
        <message>
            <source>tensor %1 has no shape</source>
            <translation>テンソル %1 に形状がありません</translation>
        </message>
        <message>
            <source>tensor %1 has a shape entry that is not a non-negative integer</source>
            <translation>テンソル %1 の形状に 0 以上の整数でない要素があります</translation>
        </message>
        <message>
            <source>tensor %1 has no data_offsets [begin, end]</source>
            <translation>テンソル %1 に data_offsets [開始, 終了] がありません</translation>
        </message>
        <message>
            <source>tensor %1 has data_offsets that are not non-negative integers</source>
            <translation>テンソル %1 の data_offsets が 0 以上の整数ではありません</translation>
        </message>
        <message>
            <source>tensor %1 has data_offsets [%2, %3] that end before they begin</source>
            <translation>テンソル %1 の data_offsets [%2, %3] は開始より前で終わっています</translation>
        </message>
        <message>
            <source>tensor %1 has a shape whose byte size overflows</source>
            <translation>テンソル %1 の形状のバイトサイズがオーバーフローしています</translation>
        </message>
        <message>
            <source>tensor %1 needs %2 bytes for its shape and dtype but data_offsets span %3</source>
            <translation>テンソル %1 の形状と dtype には %2 バイト必要ですが、data_offsets の範囲は %3 です</translation>
        </message>
    </context>
    <context>
        <name>hires::PickleMachine</name>
        <message>
            <source>the pickle ends without a STOP opcode</source>
            <translation>pickle が STOP オペコードなしで終わっています</translation>
        </message>
        <message>
            <source>opcode 0x%1 failed</source>
            <translation>オペコード 0x%1 が失敗しました</translation>
        </message>
        <message>
            <source>pickle offset %1: %2</source>
            <translation>pickle オフセット %1: %2</translation>
        </message>
        <message>
            <source>the pickle is truncated</source>
            <translation>pickle が途中で切れています</translation>
        </message>
        <message>
            <source>the pickle needs more than %1 MiB of memory</source>
            <translation>pickle には %1 MiB を超えるメモリが必要です</translation>
        </message>
        <message>
            <source>the pickle has too many values</source>
            <translation>pickle の値が多すぎます</translation>
        </message>
        <message>
            <source>an integer of %1 bytes is too long</source>
            <translation>%1 バイトの整数は長すぎます</translation>
        </message>
        <message>
            <source>stack underflow</source>
            <translation>スタックアンダーフロー</translation>
        </message>
        <message>
            <source>no MARK to pop to</source>
            <translation>ポップ先の MARK がありません</translation>
        </message>
        <message>
            <source>a GLOBAL name is longer than %1 bytes</source>
            <translation>GLOBAL 名が %1 バイトを超えています</translation>
        </message>
        <message>
            <source>memo entry %1 was never stored</source>
            <translation>memo 項目 %1 は一度も格納されていません</translation>
        </message>
        <message>
            <source>a negative length</source>
            <translation>負の長さ</translation>
        </message>
        <message>
            <source>SETITEMS with an odd number of items</source>
            <translation>要素数が奇数の SETITEMS</translation>
        </message>
        <message>
            <source>%1 on %2</source>
            <translation>%2 に対する %1</translation>
        </message>
        <message>
            <source>DICT with an odd number of items</source>
            <translation>要素数が奇数の DICT</translation>
        </message>
        <message>
            <source>STACK_GLOBAL with names that are not strings</source>
            <translation>名前が文字列でない STACK_GLOBAL</translation>
        </message>
        <message>
            <source>a text persistent id (PERSID) is not a torch storage record</source>
            <translation>テキストの永続 ID（PERSID）は torch のストレージレコードではありません</translation>
        </message>
        <message>
            <source>pickle protocol %1 is unknown</source>
            <translation>pickle プロトコル %1 は不明です</translation>
        </message>
        <message>
            <source>STOP with %1 values on the stack</source>
            <translation>スタックに値が %1 個ある状態で STOP</translation>
        </message>
        <message>
            <source>opcode 0x%1 is not allowed in a checkpoint</source>
            <translation>オペコード 0x%1 はチェックポイントでは使えません</translation>
        </message>
    </context>
    <context>
        <name>hires::PytorchCheckpointReader</name>
        <message>
            <source>the tar format of PyTorch before 0.4 is not supported; re-save the weights with a current PyTorch</source>
            <translation>PyTorch 0.4 より前の tar 形式には対応していません。最新の PyTorch で重みを保存し直してください</translation>
        </message>
        <message>
            <source>neither a zip (torch.save) nor a legacy PyTorch checkpoint</source>
            <translation>zip（torch.save）でも旧形式の PyTorch チェックポイントでもありません</translation>
        </message>
        <message>
            <source>the archive is empty</source>
            <translation>アーカイブが空です</translation>
        </message>
        <message>
            <source>entry %1 is not inside the archive's folder</source>
            <translation>項目 %1 がアーカイブのフォルダー内にありません</translation>
        </message>
        <message>
            <source>this is a TorchScript archive (torch.jit.save), not a state dict; save the weights with torch.save(model.state_dict(), path)</source>
            <translation>これは state dict ではなく TorchScript アーカイブ（torch.jit.save）です。torch.save(model.state_dict(), path) で重みを保存してください</translation>
        </message>
        <message>
            <source>the tensors are stored in %1 byte order; only little-endian files are read</source>
            <translation>テンソルは %1 のバイト順で格納されています。読めるのはリトルエンディアンのファイルだけです</translation>
        </message>
        <message>
            <source>the archive has no %1</source>
            <translation>アーカイブに %1 がありません</translation>
        </message>
        <message>
            <source>storage key %1 is not a plain name</source>
            <translation>ストレージキー %1 は単純な名前ではありません</translation>
        </message>
        <message>
            <source>the data of storage %1 (%2) is missing</source>
            <translation>ストレージ %1（%2）のデータがありません</translation>
        </message>
        <message>
            <source>the file does not start with the legacy magic number</source>
            <translation>ファイルが旧形式のマジックナンバーで始まっていません</translation>
        </message>
        <message>
            <source>unsupported legacy protocol version</source>
            <translation>対応していない旧形式のプロトコルバージョンです</translation>
        </message>
        <message>
            <source>the file was not written on a little-endian machine</source>
            <translation>ファイルはリトルエンディアンのマシンで書かれていません</translation>
        </message>
    </context>
    <context>
        <name>hires::Reader</name>
        <message>
            <source>param %1 must be an integer</source>
            <translation>パラメーター %1 は整数でなければなりません</translation>
        </message>
        <message>
            <source>param %1 must be a number</source>
            <translation>パラメーター %1 は数値でなければなりません</translation>
        </message>
        <message>
            <source>param %1 must hold integers</source>
            <translation>パラメーター %1 には整数が必要です</translation>
        </message>
    </context>
    <context>
        <name>hires::RemoteBackend</name>
        <message>
            <source>cancelled</source>
            <translation>キャンセルされました</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1: the server cannot start from an image of this computer (img2img runs only here)</source>
            <translation>%1: サーバーはこのコンピューターの画像から開始できません（img2img はこのコンピューターでのみ実行されます）</translation>
        </message>
    </context>
    <context>
        <name>hires::RemoteUpscaler</name>
        <message>
            <source>%1: the server sent no image</source>
            <translation>%1: サーバーから画像が返されませんでした</translation>
        </message>
    </context>
    <context>
        <name>hires::SafetensorsReader</name>
        <message>
            <source>the file is shorter than the 8-byte header length</source>
            <translation>ファイルが 8 バイトのヘッダー長より短いです</translation>
        </message>
        <message>
            <source>the header declares %1 bytes, more than the limit of %2</source>
            <translation>ヘッダーは %1 バイトと宣言していますが、上限の %2 を超えています</translation>
        </message>
        <message>
            <source>the header declares %1 bytes but only %2 follow</source>
            <translation>ヘッダーは %1 バイトと宣言していますが、続くのは %2 バイトだけです</translation>
        </message>
        <message>
            <source>the header does not start with '{'</source>
            <translation>ヘッダーが '{' で始まっていません</translation>
        </message>
        <message>
            <source>the header is not valid UTF-8 JSON: %1 at byte %2</source>
            <translation>ヘッダーが有効な UTF-8 の JSON ではありません: バイト %2 で %1</translation>
        </message>
        <message>
            <source>__metadata__ is not an object</source>
            <translation>__metadata__ がオブジェクトではありません</translation>
        </message>
        <message>
            <source>__metadata__ value %1 is not a string</source>
            <translation>__metadata__ の値 %1 が文字列ではありません</translation>
        </message>
        <message>
            <source>tensor %1 at bytes [%2, %3] overlaps the tensor before it</source>
            <translation>バイト [%2, %3] のテンソル %1 が直前のテンソルと重なっています</translation>
        </message>
        <message>
            <source>the bytes [%2, %3] before tensor %1 belong to no tensor</source>
            <translation>テンソル %1 の前のバイト [%2, %3] はどのテンソルにも属していません</translation>
        </message>
        <message>
            <source>the tensors need %1 bytes of data but the file has %2</source>
            <translation>テンソルには %1 バイトのデータが必要ですが、ファイルには %2 バイトしかありません</translation>
        </message>
        <message>
            <source>the file has %1 bytes of data after the last tensor</source>
            <translation>最後のテンソルの後に %1 バイトのデータがあります</translation>
        </message>
        <message>
            <source>tensor %1 %2</source>
            <translation>テンソル %1 %2</translation>
        </message>
    </context>
    <context>
        <name>hires::TensorRef</name>
        <message>
            <source>has no storage</source>
            <translation>ストレージがありません</translation>
        </message>
        <message>
            <source>has %1 dimensions but %2 strides</source>
            <translation>次元が %1 個なのにストライドが %2 個あります</translation>
        </message>
        <message>
            <source>has a negative dimension (%1)</source>
            <translation>負の次元があります（%1）</translation>
        </message>
        <message>
            <source>has a negative stride (%1)</source>
            <translation>負のストライドがあります（%1）</translation>
        </message>
        <message>
            <source>has a negative storage offset (%1)</source>
            <translation>ストレージオフセットが負の値です（%1）</translation>
        </message>
        <message>
            <source>has a shape whose element count overflows</source>
            <translation>形状の要素数がオーバーフローしています</translation>
        </message>
        <message>
            <source>declares %1 elements but its storage holds only %2</source>
            <translation>要素数を %1 と宣言していますが、ストレージには %2 個しかありません</translation>
        </message>
        <message>
            <source>addresses bytes outside its storage of %1 bytes (offset %2)</source>
            <translation>%1 バイトのストレージの外のバイトを参照しています（オフセット %2）</translation>
        </message>
    </context>
    <context>
        <name>hires::TorchPickleCalls</name>
        <message>
            <source>the global %1 is forbidden (only tensor data is read from checkpoints)</source>
            <translation>グローバル %1 は禁止されています（チェックポイントから読むのはテンソルデータだけです）</translation>
        </message>
        <message>
            <source>REDUCE calls %1, which is not an allow-listed global</source>
            <translation>REDUCE が許可リストにないグローバル %1 を呼び出しています</translation>
        </message>
        <message>
            <source>REDUCE arguments are not a tuple</source>
            <translation>REDUCE の引数がタプルではありません</translation>
        </message>
        <message>
            <source>a parameter is rebuilt from something that is not a tensor</source>
            <translation>パラメーターがテンソルでないものから再構築されています</translation>
        </message>
        <message>
            <source>REDUCE calls %1, which is not callable here</source>
            <translation>REDUCE が、ここでは呼び出せない %1 を呼び出しています</translation>
        </message>
        <message>
            <source>NEWOBJ creates %1, which is not an allow-listed class</source>
            <translation>NEWOBJ が許可リストにないクラス %1 を生成しています</translation>
        </message>
        <message>
            <source>BUILD on %1 is not allowed</source>
            <translation>%1 に対する BUILD は許可されていません</translation>
        </message>
        <message>
            <source>OrderedDict is called with unexpected arguments</source>
            <translation>OrderedDict が予期しない引数で呼び出されています</translation>
        </message>
        <message>
            <source>OrderedDict is called with an item that is not a pair</source>
            <translation>OrderedDict がペアでない要素で呼び出されています</translation>
        </message>
        <message>
            <source>a tensor is rebuilt with %1 arguments</source>
            <translation>テンソルが %1 個の引数で再構築されています</translation>
        </message>
        <message>
            <source>a tensor is rebuilt from %1, not a storage</source>
            <translation>テンソルがストレージではなく %1 から再構築されています</translation>
        </message>
        <message>
            <source>a tensor has a storage offset that is not an integer</source>
            <translation>テンソルのストレージオフセットが整数ではありません</translation>
        </message>
        <message>
            <source>a tensor's size or stride is not a tuple of at most %1 integers</source>
            <translation>テンソルのサイズまたはストライドが最大 %1 個の整数のタプルではありません</translation>
        </message>
        <message>
            <source>storage %1 is declared twice with different types or sizes</source>
            <translation>ストレージ %1 が異なる型またはサイズで 2 回宣言されています</translation>
        </message>
        <message>
            <source>a persistent id where none is allowed</source>
            <translation>永続 ID が許されない場所にあります</translation>
        </message>
        <message>
            <source>a persistent id that is not a torch storage record</source>
            <translation>torch のストレージレコードではない永続 ID</translation>
        </message>
        <message>
            <source>a persistent id that is not a torch storage record (it starts with %1)</source>
            <translation>torch のストレージレコードではない永続 ID（%1 で始まります）</translation>
        </message>
        <message>
            <source>a storage record whose type is %1, not a torch storage class</source>
            <translation>型が %1 のストレージレコードで、torch のストレージクラスではありません</translation>
        </message>
        <message>
            <source>a storage record with a malformed key, location or size</source>
            <translation>キー、場所、サイズのいずれかが不正なストレージレコード</translation>
        </message>
        <message>
            <source>a storage view record that is malformed</source>
            <translation>不正なストレージビューレコード</translation>
        </message>
    </context>
    <context>
        <name>hires::UpscaleJob</name>
        <message>
            <source>%1: the image is empty</source>
            <translation>%1: 画像が空です</translation>
        </message>
        <message>
            <source>no input image given</source>
            <translation>入力画像が指定されていません</translation>
        </message>
        <message>
            <source>%1: no output folder given for an image that has no file</source>
            <translation>%1: ファイルのない画像に出力フォルダーが指定されていません</translation>
        </message>
    </context>
    <context>
        <name>hires::ZipArchive</name>
        <message>
            <source>entry %1 fails its CRC-32 check</source>
            <translation>項目 %1 は CRC-32 チェックに失敗しました</translation>
        </message>
        <message>
            <source>entry %1 uses compression method %2; only stored and deflated entries are read</source>
            <translation>項目 %1 は圧縮方式 %2 を使っています。読めるのは無圧縮と deflate の項目だけです</translation>
        </message>
        <message>
            <source>entry %1 would inflate to %2 bytes, over the limit of %3 for this archive (a zip bomb?)</source>
            <translation>項目 %1 を展開すると %2 バイトになり、このアーカイブの上限 %3 を超えます（zip 爆弾?）</translation>
        </message>
        <message>
            <source>not enough memory to inflate entry %1 (%2 bytes)</source>
            <translation>項目 %1（%2 バイト）を展開するメモリが足りません</translation>
        </message>
        <message>
            <source>entry %1: %2</source>
            <translation>項目 %1: %2</translation>
        </message>
    </context>
    <context>
        <name>hires::ZipDirectoryParser</name>
        <message>
            <source>the central directory cannot hold its %1 entries</source>
            <translation>中央ディレクトリに %1 個の項目が収まりません</translation>
        </message>
        <message>
            <source>the file is too short to be a zip archive</source>
            <translation>ファイルが zip アーカイブとしては短すぎます</translation>
        </message>
        <message>
            <source>no end-of-central-directory record (not a zip archive, or truncated)</source>
            <translation>中央ディレクトリ終端レコードがありません（zip アーカイブではないか、途中で切れています）</translation>
        </message>
        <message>
            <source>the archive needs ZIP64 records but has none</source>
            <translation>アーカイブには ZIP64 レコードが必要ですが、ありません</translation>
        </message>
        <message>
            <source>multi-volume zip archives are not supported</source>
            <translation>複数ボリュームの zip アーカイブには対応していません</translation>
        </message>
        <message>
            <source>the ZIP64 end-of-central-directory record is missing or misplaced</source>
            <translation>ZIP64 中央ディレクトリ終端レコードがないか、位置が正しくありません</translation>
        </message>
        <message>
            <source>the central directory (offset %1, %2 bytes) lies outside the archive</source>
            <translation>中央ディレクトリ（オフセット %1、%2 バイト）がアーカイブの外にあります</translation>
        </message>
        <message>
            <source>central directory entry %1 is damaged</source>
            <translation>中央ディレクトリの項目 %1 が壊れています</translation>
        </message>
        <message>
            <source>entry %1 is encrypted</source>
            <translation>項目 %1 は暗号化されています</translation>
        </message>
        <message>
            <source>stored entry %1 declares %2 bytes stored but %3 bytes of content</source>
            <translation>無圧縮の項目 %1 は格納サイズを %2 バイトと宣言していますが、内容は %3 バイトです</translation>
        </message>
        <message>
            <source>the archive has two entries named %1</source>
            <translation>アーカイブに %1 という名前の項目が 2 つあります</translation>
        </message>
        <message>
            <source>entry %1 has a short ZIP64 extra field</source>
            <translation>項目 %1 の ZIP64 拡張フィールドが短すぎます</translation>
        </message>
        <message>
            <source>entry %1 needs a ZIP64 extra field but has none</source>
            <translation>項目 %1 には ZIP64 拡張フィールドが必要ですが、ありません</translation>
        </message>
        <message>
            <source>the local header of entry %1 is missing or damaged</source>
            <translation>項目 %1 のローカルヘッダーがないか壊れています</translation>
        </message>
        <message>
            <source>the local header of entry %1 names %2</source>
            <translation>項目 %1 のローカルヘッダーには %2 と書かれています</translation>
        </message>
        <message>
            <source>the data of entry %1 (%2 bytes) runs past the end of the archive data</source>
            <translation>項目 %1 のデータ（%2 バイト）がアーカイブデータの末尾を越えています</translation>
        </message>
    </context>
    <context>
        <name>hires::cli</name>
        <message>
            <source>not recognised (%1)</source>
            <translation>認識できません（%1）</translation>
        </message>
        <message>
            <source>File</source>
            <translation>ファイル</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>形式</translation>
        </message>
        <message>
            <source>Wrapper key</source>
            <translation>ラッパーキー</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（なし）</translation>
        </message>
        <message>
            <source>Stripped prefix</source>
            <translation>除去した接頭辞</translation>
        </message>
        <message>
            <source>Tensors</source>
            <translation>テンソル</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>パラメーター</translation>
        </message>
        <message>
            <source>Dtypes</source>
            <translation>データ型</translation>
        </message>
        <message>
            <source>Skipped entries</source>
            <translation>スキップした項目</translation>
        </message>
        <message>
            <source>Architecture</source>
            <translation>アーキテクチャ</translation>
        </message>
        <message>
            <source>Layers</source>
            <translation>レイヤー</translation>
        </message>
        <message>
            <source>Layer types</source>
            <translation>レイヤータイプ</translation>
        </message>
        <message>
            <source>Metadata</source>
            <translation>メタデータ</translation>
        </message>
        <message>
            <source>Print JSON instead of a table.</source>
            <translation>表の代わりに JSON を出力します。</translation>
        </message>
        <message>
            <source>Also look in DIR (may be repeated).</source>
            <translation>DIR も探します（複数指定可）。</translation>
        </message>
        <message>
            <source>List the models in the model folders.</source>
            <translation>モデルフォルダー内のモデルを一覧表示します。</translation>
        </message>
        <message>
            <source>Unknown argument '%1'. Try 'models --help'.</source>
            <translation>不明な引数「%1」です。「models --help」を試してください。</translation>
        </message>
        <message>
            <source>No models in %1.</source>
            <translation>%1 にモデルがありません。</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>KIND</source>
            <translation>種類</translation>
        </message>
        <message>
            <source>ARCHITECTURE</source>
            <translation>アーキテクチャ</translation>
        </message>
        <message>
            <source>SCALE</source>
            <translation>倍率</translation>
        </message>
        <message>
            <source>FORMAT</source>
            <translation>形式</translation>
        </message>
        <message>
            <source>SIZE</source>
            <translation>サイズ</translation>
        </message>
        <message>
            <source>LICENCE / ERROR</source>
            <translation>ライセンス / エラー</translation>
        </message>
        <message>
            <source>error: %1</source>
            <translation>エラー: %1</translation>
        </message>
        <message>
            <source>* default upscaler</source>
            <translation>* 既定のアップスケーラー</translation>
        </message>
        <message>
            <source>The folder with realesrgan-x4plus/x4fast .param and .bin.</source>
            <translation>realesrgan-x4plus/x4fast の .param と .bin があるフォルダー。</translation>
        </message>
        <message>
            <source>The model folder (default: the user's model folder).</source>
            <translation>モデルフォルダー（既定: ユーザーのモデルフォルダー）。</translation>
        </message>
        <message>
            <source>Install the default upscaling models.</source>
            <translation>既定のアップスケールモデルをインストールします。</translation>
        </message>
        <message>
            <source>install-defaults needs --from DIR. Try 'models install-defaults --help'.</source>
            <translation>install-defaults には --from DIR が必要です。「models install-defaults --help」を試してください。</translation>
        </message>
        <message>
            <source>The default models are already installed in %1.</source>
            <translation>既定のモデルは既に %1 にインストールされています。</translation>
        </message>
        <message>
            <source>Installed %1 into %2.</source>
            <translation>%1 を %2 にインストールしました。</translation>
        </message>
        <message>
            <source>The expected SHA-256.</source>
            <translation>期待する SHA-256。</translation>
        </message>
        <message>
            <source>Install the file even though no SHA-256 is known to check it against.</source>
            <translation>検証用の SHA-256 が不明でもファイルをインストールします。</translation>
        </message>
        <message>
            <source>A model id from 'models catalogue', or an http(s) URL.</source>
            <translation>「models catalogue」のモデル ID、または http(s) の URL。</translation>
        </message>
        <message>
            <source>Download a model, verifying its SHA-256.</source>
            <translation>モデルをダウンロードし、SHA-256 を検証します。</translation>
        </message>
        <message>
            <source>download needs exactly one ID or URL. Try 'models download --help'.</source>
            <translation>download には ID か URL をちょうど 1 つ指定します。「models download --help」を試してください。</translation>
        </message>
        <message>
            <source>'%1' is neither a downloadable model of 'models catalogue' nor a URL.</source>
            <translation>「%1」は「models catalogue」のダウンロード可能なモデルでも URL でもありません。</translation>
        </message>
        <message>
            <source>%1: the URL does not end in a file name.</source>
            <translation>%1: URL がファイル名で終わっていません。</translation>
        </message>
        <message>
            <source>%1 is already installed and verified.</source>
            <translation>%1 は既にインストール済みで検証済みです。</translation>
        </message>
        <message>
            <source>%1: %2 of %3 (%4%)</source>
            <translation>%1: %2 / %3（%4%）</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Saved %1 (SHA-256 %2%3).</source>
            <translation>%1 を保存しました（SHA-256 %2%3）。</translation>
        </message>
        <message>
            <source>, not verified</source>
            <translation>、未検証</translation>
        </message>
        <message>
            <source>, verified</source>
            <translation>、検証済み</translation>
        </message>
        <message>
            <source>List the models Hires Studio knows by name.</source>
            <translation>Hires Studio が名前で知っているモデルを一覧表示します。</translation>
        </message>
        <message>
            <source>LICENCE</source>
            <translation>ライセンス</translation>
        </message>
        <message>
            <source>SOURCE</source>
            <translation>入手元</translation>
        </message>
        <message>
            <source>Upscales images with a Real-ESRGAN model, falling back to LANCZOS when the model cannot run.</source>
            <translation>Real-ESRGAN モデルで画像を拡大します。モデルを実行できないときは LANCZOS を使います。</translation>
        </message>
        <message>
            <source>image files or folders</source>
            <translation>画像ファイルまたはフォルダー</translation>
        </message>
        <message>
            <source>output file (one input) or folder</source>
            <translation>出力ファイル（入力が 1 つの場合）またはフォルダー</translation>
        </message>
        <message>
            <source>model id, model file (.pth, .safetensors, .param) or 'lanczos' (default: %1)</source>
            <translation>モデル ID、モデルファイル（.pth、.safetensors、.param）または 'lanczos'（既定: %1）</translation>
        </message>
        <message>
            <source>output scale (default 2)</source>
            <translation>出力倍率（既定 2）</translation>
        </message>
        <message>
            <source>tile size in pixels, 0 = automatic</source>
            <translation>タイルサイズ（ピクセル）、0 = 自動</translation>
        </message>
        <message>
            <source>auto, cpu or cuda</source>
            <translation>auto、cpu、cuda のいずれか</translation>
        </message>
        <message>
            <source>png, jpg, webp or tif (default: the input's)</source>
            <translation>png、jpg、webp、tif のいずれか（既定: 入力と同じ）</translation>
        </message>
        <message>
            <source>alpha channel by 'model' or 'lanczos'</source>
            <translation>アルファチャンネルを 'model' か 'lanczos' で処理</translation>
        </message>
        <message>
            <source>CPU threads, 0 = all cores</source>
            <translation>CPU スレッド数、0 = 全コア</translation>
        </message>
        <message>
            <source>auto, fp32, fp16 (CUDA) or bf16</source>
            <translation>auto、fp32、fp16（CUDA）、bf16 のいずれか</translation>
        </message>
        <message>
            <source>fail instead of falling back to LANCZOS</source>
            <translation>LANCZOS に切り替えずに失敗する</translation>
        </message>
        <message>
            <source>replace an existing -o FILE</source>
            <translation>既存の -o ファイルを置き換える</translation>
        </message>
        <message>
            <source>print one JSON object per input (output, provenance)</source>
            <translation>入力ごとに JSON オブジェクトを 1 つ出力（出力先、処理履歴）</translation>
        </message>
        <message>
            <source>no input given</source>
            <translation>入力が指定されていません</translation>
        </message>
        <message>
            <source>invalid scale '%1' (a number above 0, at most 64)</source>
            <translation>倍率「%1」が不正です（0 より大きく 64 以下の数）</translation>
        </message>
        <message>
            <source>invalid tile '%1' (0 = automatic, or at least 32)</source>
            <translation>タイル「%1」が不正です（0 = 自動、または 32 以上）</translation>
        </message>
        <message>
            <source>invalid thread count '%1'</source>
            <translation>スレッド数「%1」が不正です</translation>
        </message>
        <message>
            <source>unknown format '%1' (png, jpg, webp, tif)</source>
            <translation>不明な形式「%1」です（png、jpg、webp、tif）</translation>
        </message>
        <message>
            <source>%1: no such file or folder</source>
            <translation>%1: そのファイルまたはフォルダーはありません</translation>
        </message>
        <message>
            <source>no images found in %1</source>
            <translation>%1 に画像が見つかりません</translation>
        </message>
        <message>
            <source>%1: cannot create this folder</source>
            <translation>%1: このフォルダーを作成できません</translation>
        </message>
        <message>
            <source>-o %1 names a file but there are %2 inputs; give a folder (ending with '/') instead</source>
            <translation>-o %1 はファイルを指していますが、入力は %2 個あります。代わりにフォルダー（末尾に '/'）を指定してください</translation>
        </message>
        <message>
            <source>%1 exists; use --overwrite to replace it</source>
            <translation>%1 は存在します。置き換えるには --overwrite を使ってください</translation>
        </message>
        <message>
            <source>%1 is an input; it is never overwritten</source>
            <translation>%1 は入力です。上書きされることはありません</translation>
        </message>
        <message>
            <source>--%1: '%2' is not a number</source>
            <translation>--%1: '%2' は数値ではありません</translation>
        </message>
        <message>
            <source>Generates an image with a Stable Diffusion 1.x or SDXL checkpoint, optionally with hires fix.</source>
            <translation>Stable Diffusion 1.x または SDXL のチェックポイントで画像を生成します。Hires fix も使えます。</translation>
        </message>
        <message>
            <source>the prompt (A1111 weighting: (word:1.2), [word], BREAK)</source>
            <translation>プロンプト（A1111 の重み付け: (word:1.2)、[word]、BREAK）</translation>
        </message>
        <message>
            <source>the negative prompt</source>
            <translation>ネガティブプロンプト</translation>
        </message>
        <message>
            <source>checkpoint file (.safetensors, .ckpt), diffusers folder or name in the model folders</source>
            <translation>チェックポイントファイル（.safetensors、.ckpt）、diffusers フォルダー、またはモデルフォルダー内の名前</translation>
        </message>
        <message>
            <source>width, a multiple of 8 (default: SDXL 768, SD 1.5 512)</source>
            <translation>幅、8 の倍数（既定: SDXL 768、SD 1.5 512）</translation>
        </message>
        <message>
            <source>height, a multiple of 8 (default: as width)</source>
            <translation>高さ、8 の倍数（既定: 幅と同じ）</translation>
        </message>
        <message>
            <source>sampling steps (default %1)</source>
            <translation>サンプリングステップ数（既定 %1）</translation>
        </message>
        <message>
            <source>guidance scale (default %1)</source>
            <translation>ガイダンススケール（既定 %1）</translation>
        </message>
        <message>
            <source>euler_a, euler, dpmpp_2m, dpmpp_2m_karras or ddim (default euler_a)</source>
            <translation>euler_a、euler、dpmpp_2m、dpmpp_2m_karras、ddim のいずれか（既定 euler_a）</translation>
        </message>
        <message>
            <source>seed, -1 = random (default)</source>
            <translation>シード、-1 = ランダム（既定）</translation>
        </message>
        <message>
            <source>CLIP skip for SD 1.x (default 1)</source>
            <translation>SD 1.x の CLIP skip（既定 1）</translation>
        </message>
        <message>
            <source>img2img: the start image</source>
            <translation>img2img: 開始画像</translation>
        </message>
        <message>
            <source>img2img: how much of the start image is re-noised (default %1)</source>
            <translation>img2img: 開始画像にノイズを再付加する度合い（既定 %1）</translation>
        </message>
        <message>
            <source>render at the base size, upscale, then refine (AUTOMATIC1111 hires fix)</source>
            <translation>基本サイズで描画し、拡大してから仕上げる（AUTOMATIC1111 の Hires fix）</translation>
        </message>
        <message>
            <source>hires fix: upscale factor (default %1)</source>
            <translation>Hires fix: 拡大率（既定 %1）</translation>
        </message>
        <message>
            <source>hires fix: denoising strength (default %1)</source>
            <translation>Hires fix: ノイズ除去強度（既定 %1）</translation>
        </message>
        <message>
            <source>hires fix: second pass steps, 0 = as --steps (default 0)</source>
            <translation>Hires fix: 2 回目のパスのステップ数、0 = --steps と同じ（既定 0）</translation>
        </message>
        <message>
            <source>hires fix: upscale with LANCZOS instead of Real-ESRGAN</source>
            <translation>Hires fix: Real-ESRGAN の代わりに LANCZOS で拡大する</translation>
        </message>
        <message>
            <source>hires fix: upscale the latent (A1111 "Latent")</source>
            <translation>Hires fix: 潜在空間で拡大する（A1111 の "Latent"）</translation>
        </message>
        <message>
            <source>hires fix: the Real-ESRGAN model file (default: realesrgan-x4fast from the model folders)</source>
            <translation>Hires fix: Real-ESRGAN モデルファイル（既定: モデルフォルダー内の realesrgan-x4fast）</translation>
        </message>
        <message>
            <source>restore faces with this weight (0..1)</source>
            <translation>この重みで顔を復元する（0..1）</translation>
        </message>
        <message>
            <source>the GFPGAN model file (default: GFPGANv1.4.pth from the model folders)</source>
            <translation>GFPGAN モデルファイル（既定: モデルフォルダー内の GFPGANv1.4.pth）</translation>
        </message>
        <message>
            <source>folder with the CLIP tokenizer (vocab.json + merges.txt)</source>
            <translation>CLIP トークナイザー（vocab.json + merges.txt）のあるフォルダー</translation>
        </message>
        <message>
            <source>an extra folder with models and tokenizers (repeatable)</source>
            <translation>モデルとトークナイザーのある追加フォルダー（複数指定可）</translation>
        </message>
        <message>
            <source>output file (default: hires-studio-&lt;time&gt;.png)</source>
            <translation>出力ファイル（既定: hires-studio-&lt;time&gt;.png）</translation>
        </message>
        <message>
            <source>also write the first pass next to the output (-first-pass)</source>
            <translation>1 回目のパスも出力の隣に書き出す（-first-pass）</translation>
        </message>
        <message>
            <source>replace an existing output file</source>
            <translation>既存の出力ファイルを置き換える</translation>
        </message>
        <message>
            <source>print the result as JSON (output, seed, provenance)</source>
            <translation>結果を JSON で出力する（output、seed、provenance）</translation>
        </message>
        <message>
            <source>unexpected argument '%1' (the prompt goes after -p)</source>
            <translation>予期しない引数 '%1'（プロンプトは -p の後に指定します）</translation>
        </message>
        <message>
            <source>no prompt given (-p TEXT)</source>
            <translation>プロンプトが指定されていません（-p TEXT）</translation>
        </message>
        <message>
            <source>unknown sampler '%1' (euler_a, euler, dpmpp_2m, dpmpp_2m_karras, ddim)</source>
            <translation>サンプラー '%1' は不明です（euler_a、euler、dpmpp_2m、dpmpp_2m_karras、ddim）</translation>
        </message>
        <message>
            <source>Output file (one INPUT) or folder (several).</source>
            <translation>出力ファイル（INPUT が 1 つの場合）またはフォルダー（複数の場合）。</translation>
        </message>
        <message>
            <source>Blend of original (0) and restored (1) faces; default 1.</source>
            <translation>元の顔（0）と復元した顔（1）の混合比。既定は 1。</translation>
        </message>
        <message>
            <source>GFPGAN v1.4 weights (GFPGANv1.4.pth).</source>
            <translation>GFPGAN v1.4 の重み（GFPGANv1.4.pth）。</translation>
        </message>
        <message>
            <source>Inputs are aligned 512x512 faces: run the network alone (no detection, no paste-back).</source>
            <translation>入力は位置合わせ済みの 512x512 の顔: ネットワークだけを実行します（検出も貼り戻しもしません）。</translation>
        </message>
        <message>
            <source>Face detector: auto, yunet or haar; default auto.</source>
            <translation>顔検出器: auto、yunet、haar のいずれか。既定は auto。</translation>
        </message>
        <message>
            <source>Folder searched for face_detection_yunet*.onnx (repeatable).</source>
            <translation>face_detection_yunet*.onnx を探すフォルダー（複数指定可）。</translation>
        </message>
        <message>
            <source>Output format: png, jpg, webp or tif; default: the input's.</source>
            <translation>出力形式: png、jpg、webp、tif のいずれか。既定は入力と同じ形式。</translation>
        </message>
        <message>
            <source>Print the results and their provenance as JSON.</source>
            <translation>結果とその来歴を JSON で出力します。</translation>
        </message>
        <message>
            <source>Restore the faces of photos with GFPGAN v1.4.</source>
            <translation>GFPGAN v1.4 で写真の顔を復元します。</translation>
        </message>
        <message>
            <source>Images to restore.</source>
            <translation>復元する画像。</translation>
        </message>
        <message>
            <source>restore-faces needs at least one INPUT. Try 'restore-faces --help'.</source>
            <translation>restore-faces には INPUT が少なくとも 1 つ必要です。「restore-faces --help」を試してください。</translation>
        </message>
        <message>
            <source>--weight must be a number from 0 to 1, not '%1'.</source>
            <translation>--weight は 0 から 1 までの数値でなければなりません（'%1' は不可）。</translation>
        </message>
        <message>
            <source>unknown output format '%1'.</source>
            <translation>出力形式 '%1' は不明です。</translation>
        </message>
        <message>
            <source>restore faces after upscaling: blend of original (0) and restored (1) faces</source>
            <translation>拡大後に顔を復元する: 元の顔（0）と復元した顔（1）の混合比</translation>
        </message>
        <message>
            <source>GFPGAN v1.4 weights for --face-restore (default: %1 in the model folders)</source>
            <translation>--face-restore 用の GFPGAN v1.4 の重み（既定: モデルフォルダー内の %1）</translation>
        </message>
        <message>
            <source>with --face-restore: the input is an aligned face (the network alone, no detection or paste-back)</source>
            <translation>--face-restore と併用: 入力は位置合わせ済みの顔（ネットワークのみ実行し、検出も貼り戻しもしない）</translation>
        </message>
        <message>
            <source>--face-model and --face-aligned need --face-restore WEIGHT</source>
            <translation>--face-model と --face-aligned には --face-restore WEIGHT が必要です</translation>
        </message>
        <message>
            <source>invalid face restoration weight '%1' (a number from 0 to 1)</source>
            <translation>顔の復元の重み '%1' が不正です（0 から 1 までの数値）</translation>
        </message>
    </context>
    <context>
        <name>hires::cli::GenerateCommand</name>
        <message>
            <source>generate an image with Stable Diffusion (txt2img, img2img, hires fix)</source>
            <translation>Stable Diffusion で画像を生成する（txt2img、img2img、Hires fix）</translation>
        </message>
        <message>
            <source>Try 'hires-studio generate --help'.</source>
            <translation>「hires-studio generate --help」を試してください。</translation>
        </message>
        <message>
            <source>%1 exists; use --overwrite to replace it</source>
            <translation>%1 は既に存在します。置き換えるには --overwrite を使ってください</translation>
        </message>
        <message>
            <source>%1 %2/%3</source>
            <translation>%1 %2/%3</translation>
        </message>
        <message>
            <source>tokenizer: %1 (%2)</source>
            <translation>トークナイザー: %1（%2）</translation>
        </message>
        <message>
            <source>seed %1; %2</source>
            <translation>シード %1、%2</translation>
        </message>
    </context>
    <context>
        <name>hires::cli::InspectCommand</name>
        <message>
            <source>show what a model file (.safetensors, .pth, .ckpt, ncnn .param/.bin) holds</source>
            <translation>モデルファイル（.safetensors、.pth、.ckpt、ncnn .param/.bin）の中身を表示</translation>
        </message>
        <message>
            <source>Print JSON instead of text.</source>
            <translation>テキストの代わりに JSON を出力します。</translation>
        </message>
        <message>
            <source>List every tensor with its dtype and shape.</source>
            <translation>すべてのテンソルをデータ型と形状つきで一覧表示します。</translation>
        </message>
        <message>
            <source>The model file.</source>
            <translation>モデルファイル。</translation>
        </message>
        <message>
            <source>inspect needs exactly one FILE. Try 'inspect --help'.</source>
            <translation>inspect にはファイルをちょうど 1 つ指定します。「inspect --help」を試してください。</translation>
        </message>
    </context>
    <context>
        <name>hires::cli::ModelsCommand</name>
        <message>
            <source>list, install and download models (models --help)</source>
            <translation>モデルの一覧表示・インストール・ダウンロード（models --help）</translation>
        </message>
        <message>
            <source>Usage: models [--json] [--folder DIR]...
       models install-defaults --from DIR [--to DIR]
       models download ID|URL [--sha256 HEX] [--to DIR] [--allow-unverified]
       models catalogue [--json]
Each sub-command takes --help.</source>
            <translation>使い方: models [--json] [--folder DIR]...
        models install-defaults --from DIR [--to DIR]
        models download ID|URL [--sha256 HEX] [--to DIR] [--allow-unverified]
        models catalogue [--json]
どのサブコマンドも --help を受け付けます。</translation>
        </message>
    </context>
    <context>
        <name>hires::cli::RestoreFacesCommand</name>
        <message>
            <source>restore the faces in photos (GFPGAN v1.4) with a weight from 0 to 1</source>
            <translation>写真の顔を 0 から 1 の重みで復元する（GFPGAN v1.4）</translation>
        </message>
        <message>
            <source>-o must be a folder when there are several inputs: %1</source>
            <translation>入力が複数ある場合、-o はフォルダーでなければなりません: %1</translation>
        </message>
        <message>
            <source>cannot create the output folder %1</source>
            <translation>出力フォルダー %1 を作成できません</translation>
        </message>
        <message>
            <source>warning: faces are not restored: %1</source>
            <translation>警告: 顔は復元されません: %1</translation>
        </message>
        <message>
            <source>%1 -&gt; %2: %3 face(s) detected, %4 restored (%5)</source>
            <translation>%1 -&gt; %2: %3 個の顔を検出、%4 個を復元（%5）</translation>
        </message>
    </context>
    <context>
        <name>hires::cli::ServeCommand</name>
        <message>
            <source>Serve the HTTP API (/generate, /upscale, /health, AUTOMATIC1111's /sdapi/v1).</source>
            <translation>HTTP API（/generate、/upscale、/health、AUTOMATIC1111 の /sdapi/v1）を提供します。</translation>
        </message>
        <message>
            <source>Address to listen on (default 127.0.0.1).</source>
            <translation>待ち受けるアドレス（既定 127.0.0.1）。</translation>
        </message>
        <message>
            <source>Port (default 7860; 0: any).</source>
            <translation>ポート（既定 7860、0: 任意）。</translation>
        </message>
        <message>
            <source>Bearer token every request must carry.</source>
            <translation>すべてのリクエストに必要な Bearer トークン。</translation>
        </message>
        <message>
            <source>Read the token from FILE (keeps it out of `ps`).</source>
            <translation>トークンを FILE から読み込みます（`ps` に表示されません）。</translation>
        </message>
        <message>
            <source>Also look for models in DIR (may be repeated).</source>
            <translation>DIR でもモデルを探します（複数指定可）。</translation>
        </message>
        <message>
            <source>Library id of the checkpoint /generate uses (default: the first found).</source>
            <translation>/generate が使うチェックポイントのライブラリ ID（既定: 最初に見つかったもの）。</translation>
        </message>
        <message>
            <source>Jobs that may wait behind the running one (default 4).</source>
            <translation>実行中のジョブの後ろで待機できるジョブ数（既定 4）。</translation>
        </message>
        <message>
            <source>Largest request body in MiB (default 48).</source>
            <translation>リクエスト本文の最大サイズ（MiB、既定 48）。</translation>
        </message>
        <message>
            <source>serve: --host takes an IP address and --port a number up to 65535</source>
            <translation>serve: --host には IP アドレス、--port には 65535 以下の数値を指定してください</translation>
        </message>
        <message>
            <source>serve: cannot read %1: %2</source>
            <translation>serve: %1 を読み込めません: %2</translation>
        </message>
        <message>
            <source>serve: %1</source>
            <translation>serve: %1</translation>
        </message>
        <message>
            <source>Serving on http://%1:%2 (%3 models found)</source>
            <translation>http://%1:%2 で提供中（%3 個のモデルを検出）</translation>
        </message>
        <message>
            <source>serve: stopped</source>
            <translation>serve: 停止しました</translation>
        </message>
    </context>
    <context>
        <name>hires::cli::UpscaleCommand</name>
        <message>
            <source>upscale images with Real-ESRGAN or LANCZOS (files and folders)</source>
            <translation>Real-ESRGAN または LANCZOS で画像を拡大（ファイルとフォルダー）</translation>
        </message>
        <message>
            <source>Try 'hires-studio upscale --help'.</source>
            <translation>「hires-studio upscale --help」を試してください。</translation>
        </message>
        <message>
            <source>model '%1' not found (looked in: %2); give a model file with -m</source>
            <translation>モデル「%1」が見つかりません（探した場所: %2）。-m でモデルファイルを指定してください</translation>
        </message>
        <message>
            <source>upscaled %1 of %2 images, %3 failed</source>
            <translation>%2 枚中 %1 枚を拡大しました。%3 枚は失敗しました</translation>
        </message>
        <message>
            <source>upscaled %1 of %2 images</source>
            <translation>%2 枚中 %1 枚を拡大しました</translation>
        </message>
        <message>
            <source>[%1/%2] %3: %4 %5/%6</source>
            <translation>[%1/%2] %3: %4 %5/%6</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>face model '%1' not found (looked in: %2); faces will not be restored; give a GFPGAN v1.4 file with --face-model</source>
            <translation>顔モデル '%1' が見つかりません（探した場所: %2）。顔は復元されません。--face-model で GFPGAN v1.4 のファイルを指定してください</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::AboutDialog</name>
        <message>
            <source>About Hires Studio</source>
            <translation>Hires Studio について</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Hires Studio %1&lt;/h2&gt;&lt;p&gt;Image generation, neural upscaling and A/B comparison on the desktop.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;Hires Studio %1&lt;/h2&gt;&lt;p&gt;デスクトップで画像生成、ニューラルネットワークによる拡大、A/B 比較。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&amp;Copy Details</source>
            <translation>詳細をコピー(&amp;C)</translation>
        </message>
        <message numerus="yes">
            <source>CUDA (%n device(s))</source>
            <translation>
                <numerusform>CUDA（%n 台のデバイス）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>CPU only (%n thread(s))</source>
            <translation>
                <numerusform>CPU のみ（%n スレッド）</numerusform>
            </translation>
        </message>
        <message>
            <source>libtorch %1, %2
OpenCV %3
Qt %4 (built with %5)</source>
            <translation>libtorch %1、%2
OpenCV %3
Qt %4（ビルド時は %5）</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::ComparisonPage</name>
        <message>
            <source>Comparison</source>
            <translation>比較</translation>
        </message>
        <message>
            <source>Comparison tools</source>
            <translation>比較ツール</translation>
        </message>
        <message>
            <source>Comparison progress</source>
            <translation>比較の進行状況</translation>
        </message>
        <message>
            <source>Comparison status</source>
            <translation>比較の状態</translation>
        </message>
        <message>
            <source>Open an image to compare LANCZOS with a model, or compare two files.</source>
            <translation>画像を開いて LANCZOS とモデルを比較するか、2 つのファイルを比較します。</translation>
        </message>
        <message>
            <source>&amp;Open Image to Compare...</source>
            <translation>比較する画像を開く(&amp;O)...</translation>
        </message>
        <message>
            <source>Choose the image whose upscales are compared</source>
            <translation>拡大結果を比較する画像を選択</translation>
        </message>
        <message>
            <source>Compare &amp;LANCZOS vs Model</source>
            <translation>LANCZOS とモデルを比較(&amp;L)</translation>
        </message>
        <message>
            <source>Upscale the whole image with LANCZOS and with the chosen model to the same size, and compare them</source>
            <translation>画像全体を LANCZOS と選択したモデルで同じサイズに拡大して比較します</translation>
        </message>
        <message>
            <source>&amp;Preview Visible Region</source>
            <translation>表示範囲をプレビュー(&amp;P)</translation>
        </message>
        <message>
            <source>Run the model only on the part in view (plus a margin), LANCZOS elsewhere: a quick look before the whole image</source>
            <translation>表示中の部分（と余白）だけをモデルで処理し、ほかは LANCZOS で拡大: 画像全体を処理する前の簡易確認です</translation>
        </message>
        <message>
            <source>Compare &amp;Two Files...</source>
            <translation>2 つのファイルを比較(&amp;T)...</translation>
        </message>
        <message>
            <source>Choose two image files and compare them</source>
            <translation>2 つの画像ファイルを選んで比較します</translation>
        </message>
        <message>
            <source>&amp;Cancel Comparison</source>
            <translation>比較をキャンセル(&amp;C)</translation>
        </message>
        <message>
            <source>Stop the running comparison</source>
            <translation>実行中の比較を停止します</translation>
        </message>
        <message>
            <source>&amp;Side by Side</source>
            <translation>並べて表示(&amp;S)</translation>
        </message>
        <message>
            <source>Show the two images next to each other</source>
            <translation>2 つの画像を並べて表示します</translation>
        </message>
        <message>
            <source>S&amp;lider</source>
            <translation>スライダー(&amp;L)</translation>
        </message>
        <message>
            <source>Show the left image left of a divider you drag, the right image right of it</source>
            <translation>ドラッグする境界線の左側に左の画像を、右側に右の画像を表示します</translation>
        </message>
        <message>
            <source>&amp;Difference</source>
            <translation>差分(&amp;D)</translation>
        </message>
        <message>
            <source>Show where the images differ: |A − B| amplified and colour-mapped</source>
            <translation>画像の違う箇所を表示します: |A − B| を増幅してカラーマップで表示</translation>
        </message>
        <message>
            <source>&amp;Fit</source>
            <translation>全体表示(&amp;F)</translation>
        </message>
        <message>
            <source>Fit the images to the panes</source>
            <translation>画像をペインに合わせて表示します</translation>
        </message>
        <message>
            <source>1:1</source>
            <translation>1:1</translation>
        </message>
        <message>
            <source>Actual pixels</source>
            <translation>実際のピクセル</translation>
        </message>
        <message>
            <source>2×</source>
            <translation>2×</translation>
        </message>
        <message>
            <source>Two screen pixels per image pixel</source>
            <translation>画像の 1 ピクセルを画面の 2 ピクセルで表示</translation>
        </message>
        <message>
            <source>4×</source>
            <translation>4×</translation>
        </message>
        <message>
            <source>Four screen pixels per image pixel</source>
            <translation>画像の 1 ピクセルを画面の 4 ピクセルで表示</translation>
        </message>
        <message>
            <source>Save &amp;Left As...</source>
            <translation>左の画像に名前を付けて保存(&amp;L)...</translation>
        </message>
        <message>
            <source>Save the left image to a file</source>
            <translation>左の画像をファイルに保存します</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>開く</translation>
        </message>
        <message>
            <source>LANCZOS vs Model</source>
            <translation>LANCZOS 対 モデル</translation>
        </message>
        <message>
            <source>Preview Region</source>
            <translation>範囲をプレビュー</translation>
        </message>
        <message>
            <source>Two Files</source>
            <translation>2 つのファイル</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <source>Side by Side</source>
            <translation>並べて表示</translation>
        </message>
        <message>
            <source>Slider</source>
            <translation>スライダー</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>差分</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>全体表示</translation>
        </message>
        <message>
            <source>Save &amp;Right As...</source>
            <translation>右の画像に名前を付けて保存(&amp;R)...</translation>
        </message>
        <message>
            <source>Save the right image to a file</source>
            <translation>右の画像をファイルに保存します</translation>
        </message>
        <message>
            <source>Save Left</source>
            <translation>左を保存</translation>
        </message>
        <message>
            <source>Save Right</source>
            <translation>右を保存</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>モデル</translation>
        </message>
        <message>
            <source>The model compared with LANCZOS</source>
            <translation>LANCZOS と比較するモデル</translation>
        </message>
        <message>
            <source>Output scale</source>
            <translation>出力倍率</translation>
        </message>
        <message>
            <source>Both sides are upscaled to this many times the input size</source>
            <translation>両側とも入力サイズのこの倍率に拡大されます</translation>
        </message>
        <message>
            <source>×%1</source>
            <translation>×%1</translation>
        </message>
        <message>
            <source>Difference amplification</source>
            <translation>差分の増幅</translation>
        </message>
        <message>
            <source>How strongly differences are amplified in the difference view</source>
            <translation>差分表示で違いをどれだけ強く増幅するか</translation>
        </message>
        <message>
            <source>|A − B| ×%1</source>
            <translation>|A − B| ×%1</translation>
        </message>
        <message>
            <source>%1: choose a model and compare, or zoom in and preview the region in view.</source>
            <translation>%1: モデルを選んで比較するか、拡大表示して表示範囲をプレビューしてください。</translation>
        </message>
        <message>
            <source>Images (%1)</source>
            <translation>画像 (%1)</translation>
        </message>
        <message>
            <source>Open Image to Compare</source>
            <translation>比較する画像を開く</translation>
        </message>
        <message>
            <source>Choose Two Images to Compare</source>
            <translation>比較する 2 つの画像を選択</translation>
        </message>
        <message numerus="yes">
            <source>Choose exactly two images to compare (%n chosen).</source>
            <translation>
                <numerusform>比較する画像をちょうど 2 つ選んでください（%n 個選択中）。</numerusform>
            </translation>
        </message>
        <message>
            <source>Upscaling %1 with LANCZOS and %2...</source>
            <translation>%1 を LANCZOS と %2 で拡大しています...</translation>
        </message>
        <message>
            <source>Previewing %1 on %2 × %3 pixels in view...</source>
            <translation>表示中の %2 × %3 ピクセルで %1 をプレビューしています...</translation>
        </message>
        <message>
            <source>Comparing %1 with %2...</source>
            <translation>%1 と %2 を比較しています...</translation>
        </message>
        <message>
            <source>Compared %1 with %2.</source>
            <translation>%1 と %2 を比較しました。</translation>
        </message>
        <message>
            <source>The model could not run: see the right pane.</source>
            <translation>モデルを実行できませんでした: 右のペインを参照してください。</translation>
        </message>
        <message>
            <source>The comparison failed: %1</source>
            <translation>比較に失敗しました: %1</translation>
        </message>
        <message>
            <source>The comparison was cancelled.</source>
            <translation>比較はキャンセルされました。</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>%1 を保存しました</translation>
        </message>
        <message>
            <source>No model found: add one in the model manager</source>
            <translation>モデルが見つかりません: モデルマネージャーで追加してください</translation>
        </message>
        <message>
            <source>The model runs on %1; LANCZOS runs on this computer.</source>
            <translation>モデルは %1 で、LANCZOS はこのコンピューターで実行します。</translation>
        </message>
        <message>
            <source>The model ran on %1.</source>
            <translation>モデルは %1 で実行されました。</translation>
        </message>
        <message>
            <source>Restore &amp;Faces</source>
            <translation>顔を復元(&amp;A)</translation>
        </message>
        <message>
            <source>Restore Faces</source>
            <translation>顔を復元</translation>
        </message>
        <message>
            <source>Restore the faces of the model's side with GFPGAN, then switch each face and set the weight beside the view</source>
            <translation>モデル側の顔を GFPGAN で復元し、ビューの横で顔ごとにオン/オフを切り替えて重みを設定します</translation>
        </message>
        <message>
            <source>Face restoration weight</source>
            <translation>顔復元の重み</translation>
        </message>
        <message>
            <source>Face restoration weight — 0: the model's faces as they are; 1: fully restored (applies to the next comparison)</source>
            <translation>顔復元の重み — 0: モデルの顔をそのまま、1: 完全に復元（次の比較から適用）</translation>
        </message>
        <message>
            <source>this computer</source>
            <translation>このコンピューター</translation>
        </message>
        <message>
            <source>Faces are restored on this computer only: with a remote server the model's faces are shown as they are.</source>
            <translation>顔の復元はこのコンピューターでのみ行われます。リモートサーバーを使う場合、モデルの顔はそのまま表示されます。</translation>
        </message>
        <message>
            <source>No face was found.</source>
            <translation>顔が見つかりませんでした。</translation>
        </message>
        <message>
            <source>The faces were not restored: see the right pane.</source>
            <translation>顔は復元されませんでした: 右のペインを参照してください。</translation>
        </message>
        <message numerus="yes">
            <source>%n face(s) restored: review them beside the view.</source>
            <translation>
                <numerusform>%n 個の顔を復元しました: ビューの横で確認してください。</numerusform>
            </translation>
        </message>
        <message>
            <source>Face restoration and review run on this computer only; the model runs on %1 (see Settings)</source>
            <translation>顔の復元と確認はこのコンピューターでのみ実行されます。モデルは %1 で実行されます（設定を参照）</translation>
        </message>
        <message>
            <source>Restore the faces of the model's side, and review them face by face (%1)</source>
            <translation>モデル側の顔を復元し、顔ごとに確認します（%1）</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::ComparisonView</name>
        <message>
            <source>Left image information</source>
            <translation>左の画像の情報</translation>
        </message>
        <message>
            <source>Right image information</source>
            <translation>右の画像の情報</translation>
        </message>
        <message>
            <source>Difference information</source>
            <translation>差分の情報</translation>
        </message>
        <message>
            <source>Left image</source>
            <translation>左の画像</translation>
        </message>
        <message>
            <source>Right image</source>
            <translation>右の画像</translation>
        </message>
        <message>
            <source>Difference between the images</source>
            <translation>画像間の差分</translation>
        </message>
        <message>
            <source>Where the two images differ: black where they agree, brighter where they differ more (|A − B| amplified)</source>
            <translation>2 つの画像の違う箇所: 一致する所は黒、違いが大きいほど明るく表示（|A − B| を増幅）</translation>
        </message>
        <message>
            <source>Compare LANCZOS with a model, or open two images to compare.</source>
            <translation>LANCZOS とモデルを比較するか、2 つの画像を開いて比較してください。</translation>
        </message>
        <message>
            <source>The difference appears once two images are compared.</source>
            <translation>2 つの画像を比較すると差分が表示されます。</translation>
        </message>
        <message>
            <source>made by %1</source>
            <translation>%1 で作成</translation>
        </message>
        <message>
            <source>on %1</source>
            <translation>%1 で実行</translation>
        </message>
        <message>
            <source>on %1 (%2)</source>
            <translation>%1 で実行（%2）</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 秒</translation>
        </message>
        <message>
            <source>%1 × %2 file</source>
            <translation>%1 × %2 のファイル</translation>
        </message>
        <message>
            <source>sharpness %1</source>
            <translation>鮮鋭度 %1</translation>
        </message>
        <message>
            <source>fidelity ∞ dB (reduces to the input exactly)</source>
            <translation>忠実度 ∞ dB（縮小すると入力と完全に一致）</translation>
        </message>
        <message>
            <source>fidelity %1 dB</source>
            <translation>忠実度 %1 dB</translation>
        </message>
        <message>
            <source>Fell back: %1 → %2 (%3)</source>
            <translation>代替処理: %1 → %2（%3）</translation>
        </message>
        <message>
            <source>|A − B| × %1 · mean difference %2 of 255</source>
            <translation>|A − B| × %1 · 平均差 %2（255 中）</translation>
        </message>
        <message>
            <source>Model preview of %1 × %2 pixels at %3, %4</source>
            <translation>%1 × %2 ピクセルのモデルプレビュー（%3、%4）</translation>
        </message>
        <message>
            <source>The images have different shapes: one is stretched.</source>
            <translation>画像の縦横比が異なります: 一方が引き伸ばされています。</translation>
        </message>
        <message>
            <source>no face found</source>
            <translation>顔が見つかりません</translation>
        </message>
        <message>
            <source>%1 of %2 faces restored by %3</source>
            <translation>%2 個中 %1 個の顔を %3 で復元</translation>
        </message>
        <message>
            <source>faces not restored</source>
            <translation>顔は復元されていません</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::FaceReviewPanel</name>
        <message>
            <source>Restored faces</source>
            <translation>復元された顔</translation>
        </message>
        <message>
            <source>Detected faces</source>
            <translation>検出された顔</translation>
        </message>
        <message>
            <source>&amp;Weight:</source>
            <translation>重み(&amp;W):</translation>
        </message>
        <message>
            <source>Face restoration weight</source>
            <translation>顔復元の重み</translation>
        </message>
        <message>
            <source>0: the original faces; 100: fully restored. Applies to every face.</source>
            <translation>0: 元の顔、100: 完全に復元。すべての顔に適用されます。</translation>
        </message>
        <message>
            <source>No face restoration in this result.</source>
            <translation>この結果には顔復元がありません。</translation>
        </message>
        <message>
            <source>No face was detected.</source>
            <translation>顔が検出されませんでした。</translation>
        </message>
        <message>
            <source>Faces detected: %1</source>
            <translation>検出された顔: %1</translation>
        </message>
        <message>
            <source>Face %1</source>
            <translation>顔 %1</translation>
        </message>
        <message>
            <source>Restore face %1</source>
            <translation>顔 %1 を復元</translation>
        </message>
        <message>
            <source>Switch the restoration of this face on or off</source>
            <translation>この顔の復元をオン/オフします</translation>
        </message>
        <message>
            <source>No restoration model ran for this face</source>
            <translation>この顔には復元モデルが実行されていません</translation>
        </message>
        <message>
            <source>Face %1 before restoration</source>
            <translation>顔 %1（復元前）</translation>
        </message>
        <message>
            <source>none</source>
            <translation>なし</translation>
        </message>
        <message>
            <source>Face %1 after restoration</source>
            <translation>顔 %1（復元後）</translation>
        </message>
        <message>
            <source>not restored</source>
            <translation>未復元</translation>
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
            <translation>顔の復元</translation>
        </message>
        <message>
            <source>Generate</source>
            <translation>生成</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <source>Describe the image (Ctrl+Enter generates, Ctrl+Up/Down walk the history)</source>
            <translation>画像の内容を記述してください（Ctrl+Enter で生成、Ctrl+上/下 で履歴を移動）</translation>
        </message>
        <message>
            <source>What the image should not show</source>
            <translation>画像に含めたくないもの</translation>
        </message>
        <message>
            <source>The Stable Diffusion checkpoint that draws the image</source>
            <translation>画像を描画する Stable Diffusion のチェックポイント</translation>
        </message>
        <message>
            <source>Hires fix upscales the first pass with Real-ESRGAN; off: with LANCZOS (also used, and reported, when no Real-ESRGAN model runs)</source>
            <translation>Hires fix では 1 回目のパスを Real-ESRGAN で拡大します。オフの場合は LANCZOS で拡大します（Real-ESRGAN モデルが実行されない場合にも使われ、その旨が報告されます）</translation>
        </message>
        <message>
            <source>0: the generated face, 1: the fully restored face</source>
            <translation>0: 生成された顔、1: 完全に復元された顔</translation>
        </message>
        <message>
            <source>Checkpoint:</source>
            <translation>チェックポイント:</translation>
        </message>
        <message>
            <source>Prompt:</source>
            <translation>プロンプト:</translation>
        </message>
        <message>
            <source>Negative:</source>
            <translation>ネガティブ:</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>画像</translation>
        </message>
        <message>
            <source> px</source>
            <translation> px</translation>
        </message>
        <message>
            <source>Classifier-free guidance: how closely the image follows the prompt</source>
            <translation>Classifier-free guidance: 画像がプロンプトにどれだけ忠実に従うか</translation>
        </message>
        <message>
            <source>Size:</source>
            <translation>サイズ:</translation>
        </message>
        <message>
            <source>Steps:</source>
            <translation>ステップ数:</translation>
        </message>
        <message>
            <source>CFG scale:</source>
            <translation>CFG スケール:</translation>
        </message>
        <message>
            <source>Sampler:</source>
            <translation>サンプラー:</translation>
        </message>
        <message>
            <source>Seed:</source>
            <translation>シード:</translation>
        </message>
        <message>
            <source>Hires fix</source>
            <translation>Hires fix</translation>
        </message>
        <message>
            <source>Generate at the model's size, upscale, then denoise again at the larger size</source>
            <translation>モデルのサイズで生成し、拡大してから、大きいサイズで再度ノイズ除去します</translation>
        </message>
        <message>
            <source>How much the second pass may change the upscaled image</source>
            <translation>2 回目のパスが拡大画像をどれだけ変えてよいか</translation>
        </message>
        <message>
            <source>same as steps</source>
            <translation>ステップ数と同じ</translation>
        </message>
        <message>
            <source>Upscale by:</source>
            <translation>拡大率:</translation>
        </message>
        <message>
            <source>Denoising strength:</source>
            <translation>ノイズ除去強度:</translation>
        </message>
        <message>
            <source>Hires steps:</source>
            <translation>Hires ステップ数:</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::GeneratePage</name>
        <message>
            <source>Write a prompt and press Generate. Drop a PNG made by Hires Studio or AUTOMATIC1111 here to reuse its settings.</source>
            <translation>プロンプトを入力して「生成」を押してください。Hires Studio や AUTOMATIC1111 で作成した PNG をここにドロップすると、その設定を再利用できます。</translation>
        </message>
        <message>
            <source>Compare...</source>
            <translation>比較...</translation>
        </message>
        <message>
            <source>The result against the first pass upscaled with LANCZOS and with Real-ESRGAN</source>
            <translation>結果を、LANCZOS と Real-ESRGAN で拡大した 1 回目のパスと比較します</translation>
        </message>
        <message>
            <source>Re-run Second Pass</source>
            <translation>2 回目のパスを再実行</translation>
        </message>
        <message>
            <source>Keep this first pass and run the hires fix again with the settings on the left</source>
            <translation>この 1 回目のパスを残して、左側の設定で Hires fix を再実行します</translation>
        </message>
        <message>
            <source>Use Settings</source>
            <translation>設定を使用</translation>
        </message>
        <message>
            <source>Put this image's settings into the form</source>
            <translation>この画像の設定をフォームに入力します</translation>
        </message>
        <message>
            <source>Save...</source>
            <translation>保存...</translation>
        </message>
        <message>
            <source>Save as PNG with the generation parameters</source>
            <translation>生成パラメーター付きの PNG として保存します</translation>
        </message>
        <message>
            <source>Generation failed: %1</source>
            <translation>生成に失敗しました: %1</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>キャンセルしました。</translation>
        </message>
        <message>
            <source>Looking for models...</source>
            <translation>モデルを探しています...</translation>
        </message>
        <message>
            <source>Generating</source>
            <translation>生成中</translation>
        </message>
        <message>
            <source>Second pass</source>
            <translation>2 回目のパス</translation>
        </message>
        <message>
            <source>%1 with seed %2...</source>
            <translation>%1（シード %2）...</translation>
        </message>
        <message>
            <source>Loading the model...</source>
            <translation>モデルを読み込んでいます...</translation>
        </message>
        <message>
            <source>%1: step %2 / %3</source>
            <extracomment>progress bar: stage, then "step 7 / 20"</extracomment>
            <translation>%1: ステップ %2 / %3</translation>
        </message>
        <message>
            <source>Done in %1 s.</source>
            <translation>%1 秒で完了しました。</translation>
        </message>
        <message>
            <source>Save Image</source>
            <translation>画像を保存</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG 画像 (*.png)</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>%1 を保存しました</translation>
        </message>
        <message>
            <source>No image is selected.</source>
            <translation>画像が選択されていません。</translation>
        </message>
        <message>
            <source>%1 has no generation parameters.</source>
            <translation>%1 には生成パラメーターがありません。</translation>
        </message>
        <message>
            <source>Settings taken from %1.</source>
            <translation>%1 から設定を読み込みました。</translation>
        </message>
        <message>
            <source>this computer</source>
            <translation>このコンピューター</translation>
        </message>
        <message>
            <source>%1 generates with its own checkpoint</source>
            <translation>%1 は独自のチェックポイントで生成します</translation>
        </message>
        <message>
            <source>Generating on %1</source>
            <translation>%1 で生成中</translation>
        </message>
        <message>
            <source>Done on %1 in %2 s.</source>
            <translation>%1 で完了しました（%2 秒）。</translation>
        </message>
        <message>
            <source>Not available while generating on %1: the server cannot start from a first pass kept on this computer</source>
            <translation>%1 で生成する場合は使用できません: サーバーは、このコンピューターに保存された 1 回目のパスから開始できません</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::ImageStatusBar</name>
        <message>
            <source>%1 × %2 px</source>
            <translation>%1 × %2 px</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1、%2</translation>
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
            <translation>言語(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;System Default</source>
            <translation>システムの既定(&amp;S)</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::MainWindow</name>
        <message>
            <source>Open an image with File &gt; Open (Ctrl+O), or drop image files here.</source>
            <translation>「ファイル &gt; 開く」（Ctrl+O）で画像を開くか、ここに画像ファイルをドロップしてください。</translation>
        </message>
        <message>
            <source>&amp;Open...</source>
            <translation>開く(&amp;O)...</translation>
        </message>
        <message>
            <source>&amp;Save As...</source>
            <translation>名前を付けて保存(&amp;S)...</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>閉じる(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>終了(&amp;Q)</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>拡大(&amp;I)</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>縮小(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Fit to Window</source>
            <translation>ウィンドウに合わせる(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Actual Size (1:1)</source>
            <translation>実際のサイズ(&amp;A) (1:1)</translation>
        </message>
        <message>
            <source>&amp;Previous Image</source>
            <translation>前の画像(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Next Image</source>
            <translation>次の画像(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;About Hires Studio</source>
            <translation>Hires Studio について(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>ファイル(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>表示(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>ヘルプ(&amp;H)</translation>
        </message>
        <message>
            <source>Images (%1)</source>
            <translation>画像 (%1)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>すべてのファイル (*)</translation>
        </message>
        <message>
            <source>Open Images</source>
            <translation>画像を開く</translation>
        </message>
        <message>
            <source>No image files found in: %1</source>
            <translation>画像ファイルが見つかりません: %1</translation>
        </message>
        <message>
            <source>Opened %1</source>
            <translation>%1 を開きました</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>%1 を保存しました</translation>
        </message>
        <message>
            <source>Hires Studio</source>
            <translation>Hires Studio</translation>
        </message>
        <message>
            <source>%1 (%2 of %3)</source>
            <translation>%1（%3 枚中 %2 枚目）</translation>
        </message>
        <message>
            <source>Hires Studio shows the new language from its next start.</source>
            <translation>新しい言語は Hires Studio の次回起動時から表示されます。</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>ページ</translation>
        </message>
        <message>
            <source>Upscale</source>
            <translation>拡大</translation>
        </message>
        <message>
            <source>Upscale images and folders, dropped or pasted</source>
            <translation>ドロップまたは貼り付けた画像とフォルダーを拡大</translation>
        </message>
        <message>
            <source>View</source>
            <translation>表示</translation>
        </message>
        <message>
            <source>Look at one image: zoom, pan, Save As</source>
            <translation>1 枚の画像を見る: ズーム、パン、名前を付けて保存</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>貼り付け(&amp;P)</translation>
        </message>
        <message>
            <source>Add the image or files on the clipboard to the current page</source>
            <translation>クリップボードの画像またはファイルを現在のページに追加</translation>
        </message>
        <message>
            <source>Open images or add them to the current page</source>
            <translation>画像を開くか、現在のページに追加</translation>
        </message>
        <message>
            <source>Save the image shown under another name or format</source>
            <translation>表示中の画像を別の名前または形式で保存</translation>
        </message>
        <message>
            <source>The clipboard holds no image or file</source>
            <translation>クリップボードに画像もファイルもありません</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>編集(&amp;E)</translation>
        </message>
        <message>
            <source>Generate</source>
            <translation>生成</translation>
        </message>
        <message>
            <source>Generate images from a prompt, with hires fix</source>
            <translation>プロンプトから画像を生成（Hires fix 対応）</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>比較</translation>
        </message>
        <message>
            <source>LANCZOS against a model, or any two images</source>
            <translation>LANCZOS とモデル、または任意の 2 つの画像を比較</translation>
        </message>
        <message>
            <source>Compare &amp;This Image</source>
            <translation>この画像を比較(&amp;T)</translation>
        </message>
        <message>
            <source>Open the viewed image in the Compare page to compare LANCZOS with a model</source>
            <translation>表示中の画像を比較ページで開き、LANCZOS とモデルを比較します</translation>
        </message>
        <message>
            <source>&amp;Settings...</source>
            <translation>設定(&amp;S)...</translation>
        </message>
        <message>
            <source>Model folders, processing, output and language</source>
            <translation>モデルフォルダー、処理、出力、言語</translation>
        </message>
        <message>
            <source>&amp;Models...</source>
            <translation>モデル(&amp;M)...</translation>
        </message>
        <message>
            <source>See, add, download and remove models</source>
            <translation>モデルの表示、追加、ダウンロード、削除</translation>
        </message>
        <message>
            <source>Settings saved</source>
            <translation>設定を保存しました</translation>
        </message>
        <message>
            <source>&amp;Compare</source>
            <translation>比較(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>ツール(&amp;T)</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::MissingCheckpointPanel</name>
        <message>
            <source>Open Model Manager...</source>
            <translation>モデルマネージャーを開く...</translation>
        </message>
        <message>
            <source>Open Model Folder</source>
            <translation>モデルフォルダーを開く</translation>
        </message>
        <message>
            <source>Look Again</source>
            <translation>再検索</translation>
        </message>
        <message>
            <source>No Stable Diffusion checkpoint is installed</source>
            <translation>Stable Diffusion のチェックポイントがインストールされていません</translation>
        </message>
        <message>
            <source>Generating images needs a checkpoint file (.safetensors or .ckpt). Get one of these:</source>
            <translation>画像の生成にはチェックポイントファイル（.safetensors または .ckpt）が必要です。次のいずれかを入手してください:</translation>
        </message>
        <message>
            <source>&lt;b&gt;Stable Diffusion 1.5&lt;/b&gt;: v1-5-pruned-emaonly.safetensors (4 GB, 512 x 512) from &lt;a href="https://huggingface.co/stable-diffusion-v1-5/stable-diffusion-v1-5"&gt;huggingface.co/stable-diffusion-v1-5&lt;/a&gt;, licence CreativeML OpenRAIL-M</source>
            <translation>&lt;b&gt;Stable Diffusion 1.5&lt;/b&gt;: v1-5-pruned-emaonly.safetensors（4 GB、512 x 512）、入手先 &lt;a href="https://huggingface.co/stable-diffusion-v1-5/stable-diffusion-v1-5"&gt;huggingface.co/stable-diffusion-v1-5&lt;/a&gt;、ライセンス CreativeML OpenRAIL-M</translation>
        </message>
        <message>
            <source>&lt;b&gt;Stable Diffusion XL&lt;/b&gt;: sd_xl_base_1.0.safetensors (7 GB, 1024 x 1024) from &lt;a href="https://huggingface.co/stabilityai/stable-diffusion-xl-base-1.0"&gt;huggingface.co/stabilityai&lt;/a&gt;, licence CreativeML Open RAIL++-M</source>
            <translation>&lt;b&gt;Stable Diffusion XL&lt;/b&gt;: sd_xl_base_1.0.safetensors（7 GB、1024 x 1024）、入手先 &lt;a href="https://huggingface.co/stabilityai/stable-diffusion-xl-base-1.0"&gt;huggingface.co/stabilityai&lt;/a&gt;、ライセンス CreativeML Open RAIL++-M</translation>
        </message>
        <message>
            <source>Put the file into this folder, then press Look Again:&lt;br&gt;&lt;code&gt;%1&lt;/code&gt;</source>
            <translation>ファイルをこのフォルダーに置いてから「再検索」を押してください:&lt;br&gt;&lt;code&gt;%1&lt;/code&gt;</translation>
        </message>
        <message>
            <source>(the model folder)</source>
            <translation>（モデルフォルダー）</translation>
        </message>
        <message>
            <source>A single-file checkpoint carries no vocabulary: put the CLIP tokenizer files vocab.json and merges.txt (from openai/clip-vit-large-patch14) into a &lt;code&gt;tokenizer&lt;/code&gt; folder beside it.</source>
            <translation>単一ファイルのチェックポイントには語彙が含まれていません: CLIP トークナイザーのファイル vocab.json と merges.txt（openai/clip-vit-large-patch14 から入手）を、その隣の &lt;code&gt;tokenizer&lt;/code&gt; フォルダーに置いてください。</translation>
        </message>
        <message>
            <source>Upscaling, face restoration and everything else work without a checkpoint.</source>
            <translation>拡大、顔の復元など、その他の機能はチェックポイントなしで使えます。</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::ModelManagerDialog</name>
        <message>
            <source>%1: cannot be read (%2)</source>
            <translation>%1: 読み込めません（%2）</translation>
        </message>
        <message>
            <source>%1: cannot be written (%2)</source>
            <translation>%1: 書き込めません（%2）</translation>
        </message>
        <message>
            <source>%1: copy failed (%2)</source>
            <translation>%1: コピーに失敗しました（%2）</translation>
        </message>
        <message>
            <source>Models</source>
            <translation>モデル</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>モデル</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>形式</translation>
        </message>
        <message>
            <source>Architecture</source>
            <translation>アーキテクチャ</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>倍率</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>サイズ</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>ライセンス</translation>
        </message>
        <message>
            <source>File</source>
            <translation>ファイル</translation>
        </message>
        <message>
            <source>Models found</source>
            <translation>見つかったモデル</translation>
        </message>
        <message>
            <source>Add &amp;File...</source>
            <translation>ファイルを追加(&amp;F)...</translation>
        </message>
        <message>
            <source>Copy a model file into your model folder</source>
            <translation>モデルファイルをモデルフォルダーにコピーします</translation>
        </message>
        <message>
            <source>Add F&amp;older...</source>
            <translation>フォルダーを追加(&amp;O)...</translation>
        </message>
        <message>
            <source>Search a folder for models from now on</source>
            <translation>今後このフォルダーでもモデルを探します</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>削除(&amp;R)</translation>
        </message>
        <message>
            <source>Delete the model from your model folder, or stop searching the folder it is in</source>
            <translation>モデルをモデルフォルダーから削除するか、そのモデルがあるフォルダーの検索をやめます</translation>
        </message>
        <message>
            <source>Re&amp;scan</source>
            <translation>再スキャン(&amp;S)</translation>
        </message>
        <message>
            <source>Known models</source>
            <translation>既知のモデル</translation>
        </message>
        <message>
            <source>Models with a published download address</source>
            <translation>ダウンロード先が公開されているモデル</translation>
        </message>
        <message>
            <source>%1 (%2, %3)</source>
            <translation>%1（%2、%3）</translation>
        </message>
        <message>
            <source>size unknown</source>
            <translation>サイズ不明</translation>
        </message>
        <message>
            <source>&amp;Download</source>
            <translation>ダウンロード(&amp;D)</translation>
        </message>
        <message>
            <source>Download the model and check its SHA-256 before using it</source>
            <translation>モデルをダウンロードし、使用前に SHA-256 を検証します</translation>
        </message>
        <message>
            <source>&amp;Cancel Download</source>
            <translation>ダウンロードをキャンセル(&amp;C)</translation>
        </message>
        <message>
            <source>Download progress</source>
            <translation>ダウンロードの進行状況</translation>
        </message>
        <message>
            <source>Download:</source>
            <translation>ダウンロード:</translation>
        </message>
        <message>
            <source>Your model folder: %1</source>
            <translation>モデルフォルダー: %1</translation>
        </message>
        <message>
            <source>Downloaded %1 of %2</source>
            <translation>%2 中 %1 をダウンロードしました</translation>
        </message>
        <message>
            <source>?</source>
            <translation>?</translation>
        </message>
        <message>
            <source>%1 downloaded; SHA-256 verified (%2)</source>
            <translation>%1 をダウンロードしました。SHA-256 を検証済み（%2）</translation>
        </message>
        <message>
            <source>Download failed: %1</source>
            <translation>ダウンロードに失敗しました: %1</translation>
        </message>
        <message>
            <source>Looking for models...</source>
            <translation>モデルを探しています...</translation>
        </message>
        <message numerus="yes">
            <source>%n model(s) found</source>
            <translation>
                <numerusform>%n 個のモデルが見つかりました</numerusform>
            </translation>
        </message>
        <message>
            <source>cannot be used: %1</source>
            <translation>使用できません: %1</translation>
        </message>
        <message>
            <source>×%1</source>
            <translation>×%1</translation>
        </message>
        <message>
            <source>%1: cannot create the model folder</source>
            <translation>%1: モデルフォルダーを作成できません</translation>
        </message>
        <message>
            <source>%1 is already in your model folder</source>
            <translation>%1 は既にモデルフォルダーにあります</translation>
        </message>
        <message>
            <source>no model chosen</source>
            <translation>モデルが選択されていません</translation>
        </message>
        <message>
            <source>%1: cannot be deleted</source>
            <translation>%1: 削除できません</translation>
        </message>
        <message>
            <source>%1 is in no folder that can be removed</source>
            <translation>%1 は削除できるフォルダーにありません</translation>
        </message>
        <message>
            <source>Downloading %1 from %2</source>
            <translation>%1 を %2 からダウンロードしています</translation>
        </message>
        <message>
            <source>Add Model File</source>
            <translation>モデルファイルを追加</translation>
        </message>
        <message>
            <source>Models (*.pth *.pt *.ckpt *.safetensors *.param);;All files (*)</source>
            <translation>モデル (*.pth *.pt *.ckpt *.safetensors *.param);;すべてのファイル (*)</translation>
        </message>
        <message>
            <source>Added %1</source>
            <translation>%1 を追加しました</translation>
        </message>
        <message>
            <source>Add Model Folder</source>
            <translation>モデルフォルダーを追加</translation>
        </message>
        <message>
            <source>Remove Model</source>
            <translation>モデルを削除</translation>
        </message>
        <message>
            <source>Remove %1?
%2</source>
            <translation>%1 を削除しますか?
%2</translation>
        </message>
        <message>
            <source>Unverified Download</source>
            <translation>未検証のダウンロード</translation>
        </message>
        <message>
            <source>There is no published SHA-256 for %1, so the file cannot be verified. Download it anyway?</source>
            <translation>%1 の SHA-256 は公開されていないため、ファイルを検証できません。それでもダウンロードしますか?</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::RecentFilesMenu</name>
        <message>
            <source>Open &amp;Recent</source>
            <translation>最近使ったファイル(&amp;R)</translation>
        </message>
        <message>
            <source>No recent files</source>
            <translation>最近使ったファイルはありません</translation>
        </message>
        <message>
            <source>&amp;Clear List</source>
            <translation>一覧を消去(&amp;C)</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::ResultComparisonDialog</name>
        <message>
            <source>Compare: %1</source>
            <translation>比較: %1</translation>
        </message>
        <message>
            <source>Result vs first pass + LANCZOS</source>
            <translation>結果 対 1 回目のパス + LANCZOS</translation>
        </message>
        <message>
            <source>Result vs first pass + Real-ESRGAN</source>
            <translation>結果 対 1 回目のパス + Real-ESRGAN</translation>
        </message>
        <message>
            <source>First pass: LANCZOS vs Real-ESRGAN</source>
            <translation>1 回目のパス: LANCZOS 対 Real-ESRGAN</translation>
        </message>
        <message>
            <source>Compare:</source>
            <translation>比較:</translation>
        </message>
        <message>
            <source>Result (hires fix)</source>
            <translation>結果（Hires fix）</translation>
        </message>
        <message>
            <source>First pass + LANCZOS</source>
            <translation>1 回目のパス + LANCZOS</translation>
        </message>
        <message>
            <source>First pass + %1</source>
            <translation>1 回目のパス + %1</translation>
        </message>
        <message>
            <source>No Real-ESRGAN model is installed (see the model manager).</source>
            <translation>Real-ESRGAN モデルがインストールされていません（モデルマネージャーを参照してください）。</translation>
        </message>
        <message>
            <source>Upscaling the first pass with %1...</source>
            <translation>1 回目のパスを %1 で拡大しています...</translation>
        </message>
        <message>
            <source>This result has no first pass to compare with.</source>
            <translation>この結果には比較できる 1 回目のパスがありません。</translation>
        </message>
        <message>
            <source>Upscaling the first pass on %1...</source>
            <translation>1 回目のパスを %1 で拡大しています...</translation>
        </message>
        <message>
            <source>The server sent no image.</source>
            <translation>サーバーから画像が返されませんでした。</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::ResultGallery</name>
        <message>
            <source>Seed %1</source>
            <translation>シード %1</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::SaveOptionsDialog</name>
        <message>
            <source>Save as %1</source>
            <translation>%1 として保存</translation>
        </message>
        <message>
            <source>Saving &lt;b&gt;%1&lt;/b&gt; as %2.</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; を %2 として保存します。</translation>
        </message>
        <message>
            <source>&amp;Quality:</source>
            <translation>品質(&amp;Q):</translation>
        </message>
        <message>
            <source>&amp;Lossless (exact pixels, larger file)</source>
            <translation>ロスレス(&amp;L)（ピクセルが正確、ファイルは大きめ）</translation>
        </message>
        <message>
            <source>&lt;b&gt;Cannot save:&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;保存できません:&lt;/b&gt; %1</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::SeedControl</name>
        <message>
            <source>Random</source>
            <translation>ランダム</translation>
        </message>
        <message>
            <source>Fixed</source>
            <translation>固定</translation>
        </message>
        <message>
            <source>Reuse last</source>
            <translation>前回と同じ</translation>
        </message>
        <message>
            <source>How the seed of the next image is chosen</source>
            <translation>次の画像のシードの決め方</translation>
        </message>
        <message>
            <source>The same seed with the same settings gives the same image</source>
            <translation>同じシードと同じ設定からは同じ画像が生成されます</translation>
        </message>
        <message>
            <source>new seed each time</source>
            <translation>毎回新しいシード</translation>
        </message>
        <message>
            <source>seed</source>
            <translation>シード</translation>
        </message>
        <message>
            <source>no image yet: random</source>
            <translation>まだ画像がありません: ランダム</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>設定</translation>
        </message>
        <message>
            <source>&amp;Models</source>
            <translation>モデル(&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Processing</source>
            <translation>処理(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Output</source>
            <translation>出力(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Interface</source>
            <translation>インターフェイス(&amp;I)</translation>
        </message>
        <message>
            <source>Model folders</source>
            <translation>モデルフォルダー</translation>
        </message>
        <message>
            <source>Folders searched for models besides your own model folder</source>
            <translation>自分のモデルフォルダー以外にモデルを探すフォルダー</translation>
        </message>
        <message>
            <source>&amp;Add Folder...</source>
            <translation>フォルダーを追加(&amp;A)...</translation>
        </message>
        <message>
            <source>&amp;Remove Folder</source>
            <translation>フォルダーを削除(&amp;R)</translation>
        </message>
        <message>
            <source>Default upscaling model</source>
            <translation>既定の拡大モデル</translation>
        </message>
        <message>
            <source>The model the Upscale page starts with</source>
            <translation>拡大ページで最初に選択されるモデル</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>自動</translation>
        </message>
        <message>
            <source>LANCZOS (no model)</source>
            <translation>LANCZOS（モデルなし）</translation>
        </message>
        <message>
            <source>Your model folder: %1</source>
            <translation>モデルフォルダー: %1</translation>
        </message>
        <message>
            <source>Other model &amp;folders:</source>
            <translation>その他のモデルフォルダー(&amp;F):</translation>
        </message>
        <message>
            <source>&amp;Default model:</source>
            <translation>既定のモデル(&amp;D):</translation>
        </message>
        <message>
            <source>Tile size</source>
            <translation>タイルサイズ</translation>
        </message>
        <message>
            <source>Tile side in pixels for neural upscaling; automatic fits the tiles to free memory</source>
            <translation>ニューラル拡大のタイルの一辺のピクセル数。自動では空きメモリに合わせてタイルを調整します</translation>
        </message>
        <message>
            <source> px</source>
            <translation> px</translation>
        </message>
        <message>
            <source>CPU threads</source>
            <translation>CPU スレッド</translation>
        </message>
        <message>
            <source>Threads a model may use on the CPU</source>
            <translation>モデルが CPU で使えるスレッド数</translation>
        </message>
        <message>
            <source>All cores (%1)</source>
            <translation>すべてのコア（%1）</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>デバイス</translation>
        </message>
        <message>
            <source>Where models run; without a CUDA device everything runs on the CPU</source>
            <translation>モデルを実行する場所。CUDA デバイスがない場合はすべて CPU で実行されます</translation>
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
            <translation>タイルサイズ(&amp;T):</translation>
        </message>
        <message>
            <source>CPU &amp;threads:</source>
            <translation>CPU スレッド(&amp;T):</translation>
        </message>
        <message>
            <source>&amp;Device:</source>
            <translation>デバイス(&amp;D):</translation>
        </message>
        <message>
            <source>Results are named &lt;name&gt;_&lt;method&gt;_&lt;scale&gt;x.&lt;extension&gt;, e.g. photo_realesrgan-x4plus_2x.png; an existing file is never replaced (photo_realesrgan-x4plus_2x_2.png, _3, ...) and the original is never touched.</source>
            <translation>結果のファイル名は &lt;name&gt;_&lt;method&gt;_&lt;scale&gt;x.&lt;extension&gt; になります（例: photo_realesrgan-x4plus_2x.png）。既存のファイルが置き換えられることはなく（photo_realesrgan-x4plus_2x_2.png、_3、...）、元のファイルにも手を加えません。</translation>
        </message>
        <message>
            <source>Output folder</source>
            <translation>出力フォルダー</translation>
        </message>
        <message>
            <source>Where upscaled images go; empty: next to each original</source>
            <translation>拡大した画像の保存先。空の場合は各元画像の隣</translation>
        </message>
        <message>
            <source>Next to the original</source>
            <translation>元画像の隣</translation>
        </message>
        <message>
            <source>&amp;Browse...</source>
            <translation>参照(&amp;B)...</translation>
        </message>
        <message>
            <source>Output Folder</source>
            <translation>出力フォルダー</translation>
        </message>
        <message>
            <source>Output format</source>
            <translation>出力形式</translation>
        </message>
        <message>
            <source>File format of results</source>
            <translation>結果のファイル形式</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>品質</translation>
        </message>
        <message>
            <source>JPEG and WebP quality, 1 (smallest) to 100 (best)</source>
            <translation>JPEG と WebP の品質。1（最小サイズ）から 100（最高品質）</translation>
        </message>
        <message>
            <source>Output &amp;folder:</source>
            <translation>出力フォルダー(&amp;F):</translation>
        </message>
        <message>
            <source>F&amp;ormat:</source>
            <translation>形式(&amp;O):</translation>
        </message>
        <message>
            <source>&amp;Quality:</source>
            <translation>品質(&amp;Q):</translation>
        </message>
        <message>
            <source>Names:</source>
            <translation>ファイル名:</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>言語</translation>
        </message>
        <message>
            <source>The language of the interface; used from the next start</source>
            <translation>インターフェイスの言語。次回起動時から使われます</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>システムの言語</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>言語(&amp;L):</translation>
        </message>
        <message>
            <source>A new language is used from the next start.</source>
            <translation>新しい言語は次回起動時から使われます。</translation>
        </message>
        <message>
            <source>Add Model Folder</source>
            <translation>モデルフォルダーを追加</translation>
        </message>
        <message>
            <source>Remote server</source>
            <translation>リモートサーバー</translation>
        </message>
        <message>
            <source>A hires-studio serve address such as http://gpu-host:7860; empty: work runs on this computer</source>
            <translation>http://gpu-host:7860 のような hires-studio serve のアドレス。空欄: このコンピューターで実行</translation>
        </message>
        <message>
            <source>This computer</source>
            <translation>このコンピューター</translation>
        </message>
        <message>
            <source>Server token</source>
            <translation>サーバートークン</translation>
        </message>
        <message>
            <source>The --token the server was started with</source>
            <translation>サーバー起動時に指定した --token</translation>
        </message>
        <message>
            <source>Remote &amp;server:</source>
            <translation>リモートサーバー(&amp;S):</translation>
        </message>
        <message>
            <source>Server to&amp;ken:</source>
            <translation>サーバートークン(&amp;K):</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::UpscaleFaceOptions</name>
        <message>
            <source>Rest&amp;ore faces</source>
            <translation>顔を復元(&amp;O)</translation>
        </message>
        <message>
            <source>After upscaling, find the faces and restore them with GFPGAN</source>
            <translation>拡大後に顔を検出し、GFPGAN で復元します</translation>
        </message>
        <message>
            <source>Restore faces</source>
            <translation>顔を復元</translation>
        </message>
        <message>
            <source>How much of the restored faces replaces the upscaled ones: 0.00 keeps the original faces, 1.00 uses the restored faces fully</source>
            <translation>復元した顔で拡大結果の顔を置き換える割合：0.00 は元の顔のまま、1.00 は復元した顔をそのまま使います</translation>
        </message>
        <message>
            <source>Face restoration weight</source>
            <translation>顔復元の重み</translation>
        </message>
        <message>
            <source>&amp;Weight:</source>
            <translation>重み(&amp;W):</translation>
        </message>
        <message>
            <source>The GFPGAN model that restores the faces</source>
            <translation>顔を復元する GFPGAN モデル</translation>
        </message>
        <message>
            <source>Face restoration model</source>
            <translation>顔復元モデル</translation>
        </message>
        <message>
            <source>Face mo&amp;del:</source>
            <translation>顔モデル(&amp;D):</translation>
        </message>
        <message>
            <source>Face restoration model status</source>
            <translation>顔復元モデルの状態</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>No GFPGAN face model found: add %1 to %2 or download it in Tools &gt; Models. Until then faces are not restored and each result says so.</source>
            <translation>GFPGAN の顔モデルが見つかりません：%1 を %2 に置くか、[ツール] &gt; [モデル] でダウンロードしてください。それまでは顔は復元されず、各結果にその旨が表示されます。</translation>
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
            <translation>拡大に使う Real-ESRGAN モデル、または LANCZOS（モデルなし）</translation>
        </message>
        <message>
            <source>Upscaling model</source>
            <translation>拡大モデル</translation>
        </message>
        <message>
            <source>Output size as a multiple of the input size</source>
            <translation>出力サイズ（入力サイズの倍数）</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>倍率</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>自動</translation>
        </message>
        <message>
            <source>%1 px</source>
            <translation>%1 px</translation>
        </message>
        <message>
            <source>Whole image</source>
            <translation>画像全体</translation>
        </message>
        <message>
            <source>Tiles bound the memory a model needs; automatic picks the largest that fits in free memory</source>
            <translation>タイルはモデルが使うメモリを抑えます。自動では空きメモリに収まる最大のタイルを選びます</translation>
        </message>
        <message>
            <source>Tile size</source>
            <translation>タイルサイズ</translation>
        </message>
        <message>
            <source>Through the model</source>
            <translation>モデルで処理</translation>
        </message>
        <message>
            <source>LANCZOS</source>
            <translation>LANCZOS</translation>
        </message>
        <message>
            <source>How a transparency (alpha) channel is upscaled</source>
            <translation>透明度（アルファ）チャンネルの拡大方法</translation>
        </message>
        <message>
            <source>Alpha channel</source>
            <translation>アルファチャンネル</translation>
        </message>
        <message>
            <source>Next to the original</source>
            <translation>元のファイルの隣</translation>
        </message>
        <message>
            <source>Where results are written; empty: next to each original. Existing files are never replaced.</source>
            <translation>結果の書き出し先。空なら各元ファイルの隣です。既存のファイルが置き換えられることはありません。</translation>
        </message>
        <message>
            <source>Output folder</source>
            <translation>出力フォルダー</translation>
        </message>
        <message>
            <source>Choose...</source>
            <translation>選択...</translation>
        </message>
        <message>
            <source>Choose the output folder</source>
            <translation>出力フォルダーを選択</translation>
        </message>
        <message>
            <source>Same as the original</source>
            <translation>元のファイルと同じ</translation>
        </message>
        <message>
            <source>File format of the results</source>
            <translation>結果のファイル形式</translation>
        </message>
        <message>
            <source>Output format</source>
            <translation>出力形式</translation>
        </message>
        <message>
            <source>Neural upscaling status</source>
            <translation>ニューラル拡大の状態</translation>
        </message>
        <message>
            <source>&amp;Model:</source>
            <translation>モデル(&amp;M):</translation>
        </message>
        <message>
            <source>&amp;Scale:</source>
            <translation>倍率(&amp;S):</translation>
        </message>
        <message>
            <source>&amp;Tiles:</source>
            <translation>タイル(&amp;T):</translation>
        </message>
        <message>
            <source>Al&amp;pha:</source>
            <translation>アルファ(&amp;P):</translation>
        </message>
        <message>
            <source>O&amp;utput folder:</source>
            <translation>出力フォルダー(&amp;U):</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>形式(&amp;F):</translation>
        </message>
        <message>
            <source>LANCZOS (no model)</source>
            <translation>LANCZOS（モデルなし）</translation>
        </message>
        <message>
            <source>%1 (%2, ×%3)</source>
            <translation>%1（%2、×%3）</translation>
        </message>
        <message>
            <source>%1 (cannot be used)</source>
            <translation>%1（使用できません）</translation>
        </message>
        <message>
            <source>Looking for upscaling models...</source>
            <translation>拡大モデルを探しています...</translation>
        </message>
        <message>
            <source>Falling back to LANCZOS because %1</source>
            <translation>LANCZOS に切り替えます。理由: %1</translation>
        </message>
        <message>
            <source>Neural upscaling available: %1 (%2, ×%3) on %4.</source>
            <translation>ニューラル拡大を使えます: %1（%2、×%3）、%4 で実行。</translation>
        </message>
        <message>
            <source>Falling back to LANCZOS because %1 cannot be used: %2</source>
            <translation>%1 を使えないため LANCZOS に切り替えます: %2</translation>
        </message>
        <message>
            <source>LANCZOS chosen: no neural upscaling.</source>
            <translation>LANCZOS を選択: ニューラル拡大は行いません。</translation>
        </message>
        <message>
            <source>Falling back to LANCZOS because no upscaling model was found in %1. Add or download one in Tools &gt; Models.</source>
            <translation>%1 に拡大モデルが見つからないため LANCZOS に切り替えます。「ツール &gt; モデル」で追加またはダウンロードしてください。</translation>
        </message>
        <message>
            <source>Results come from the neural network</source>
            <translation>結果はニューラルネットワークによるものです</translation>
        </message>
        <message>
            <source>Results are resized with LANCZOS: no detail is invented</source>
            <translation>結果は LANCZOS でリサイズされます: ディテールは作り出されません</translation>
        </message>
        <message>
            <source>Output Folder</source>
            <translation>出力フォルダー</translation>
        </message>
        <message>
            <source>Faces:</source>
            <translation>顔:</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::UpscalePage</name>
        <message>
            <source>Upscale queue</source>
            <translation>拡大キュー</translation>
        </message>
        <message>
            <source>Drop images or folders here, or paste an image (Ctrl+V)</source>
            <translation>ここに画像やフォルダーをドロップするか、画像を貼り付けてください（Ctrl+V）</translation>
        </message>
        <message>
            <source>%p % of the queue</source>
            <translation>キューの %p%</translation>
        </message>
        <message>
            <source>Overall progress</source>
            <translation>全体の進捗</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>&amp;Add Images...</source>
            <translation>画像を追加(&amp;A)...</translation>
        </message>
        <message>
            <source>Add images or folders to the queue</source>
            <translation>画像やフォルダーをキューに追加</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>キャンセル(&amp;C)</translation>
        </message>
        <message>
            <source>Cancel the selected images</source>
            <translation>選択した画像をキャンセル</translation>
        </message>
        <message>
            <source>Cancel A&amp;ll</source>
            <translation>すべてキャンセル(&amp;L)</translation>
        </message>
        <message>
            <source>Cancel every waiting and running image</source>
            <translation>待機中と処理中のすべての画像をキャンセル</translation>
        </message>
        <message>
            <source>&amp;Retry</source>
            <translation>再試行(&amp;R)</translation>
        </message>
        <message>
            <source>Upscale the failed or cancelled images again</source>
            <translation>失敗またはキャンセルした画像をもう一度拡大</translation>
        </message>
        <message>
            <source>Clear &amp;Finished</source>
            <translation>完了分を消去(&amp;F)</translation>
        </message>
        <message>
            <source>Remove finished images from the list</source>
            <translation>完了した画像を一覧から削除</translation>
        </message>
        <message>
            <source>Images (%1)</source>
            <translation>画像 (%1)</translation>
        </message>
        <message>
            <source>Add Images</source>
            <translation>画像を追加</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>%1 を保存しました</translation>
        </message>
        <message>
            <source>Cancelled; nothing was written</source>
            <translation>キャンセルしました。何も書き込んでいません</translation>
        </message>
        <message>
            <source>No image files found in: %1</source>
            <translation>画像ファイルが見つかりません: %1</translation>
        </message>
        <message>
            <source>Not added: %1</source>
            <translation>追加しませんでした: %1</translation>
        </message>
        <message numerus="yes">
            <source>Added %n image(s) to the queue</source>
            <translation>
                <numerusform>%n 枚の画像をキューに追加しました</numerusform>
            </translation>
        </message>
        <message>
            <source>pasted-%1</source>
            <translation>貼り付け-%1</translation>
        </message>
        <message>
            <source>Cancelled the queue</source>
            <translation>キューをキャンセルしました</translation>
        </message>
        <message>
            <source>Drop images or folders here to upscale them.</source>
            <translation>拡大する画像やフォルダーをここにドロップしてください。</translation>
        </message>
        <message>
            <source>%1 waiting or running, %2 done, %3 failed, %4 cancelled</source>
            <translation>待機中または処理中 %1、完了 %2、失敗 %3、キャンセル %4</translation>
        </message>
        <message>
            <source>this computer</source>
            <translation>このコンピューター</translation>
        </message>
        <message>
            <source>Working on %1</source>
            <translation>実行場所: %1</translation>
        </message>
        <message>
            <source>Where upscaling and generation run; set a remote server in Settings</source>
            <translation>拡大と生成の実行場所。リモートサーバーは設定で指定します</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::UpscaleQueueModel</name>
        <message>
            <source>Waiting</source>
            <translation>待機中</translation>
        </message>
        <message>
            <source>Upscaling</source>
            <translation>拡大中</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>完了</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>失敗</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>キャンセル済み</translation>
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
%2 として保存しました</translation>
        </message>
        <message>
            <source>%1 × %2</source>
            <translation>%1 × %2</translation>
        </message>
        <message>
            <source>Done (LANCZOS fallback)</source>
            <translation>完了（LANCZOS に切り替え）</translation>
        </message>
        <message>
            <source>Failed: %1</source>
            <translation>失敗: %1</translation>
        </message>
        <message>
            <source>%1 (%2 left)</source>
            <translation>%1（残り %2）</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>画像</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>サイズ</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>進捗</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>時間</translation>
        </message>
        <message>
            <source>faces restored: %1</source>
            <translation>復元した顔: %1</translation>
        </message>
        <message>
            <source>face restoration skipped: %1</source>
            <translation>顔復元をスキップ: %1</translation>
        </message>
        <message>
            <source>%1; %2</source>
            <translation>%1; %2</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::WipeHandle</name>
        <message>
            <source>Comparison slider</source>
            <translation>比較スライダー</translation>
        </message>
        <message>
            <source>Drag to move the divider between the left and the right image (Left/Right arrow keys when focused)</source>
            <translation>ドラッグして左右の画像の境界線を移動します（フォーカス時は左右の矢印キーでも移動できます）</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::WipeView</name>
        <message>
            <source>Slider comparison, left image</source>
            <translation>スライダー比較、左の画像</translation>
        </message>
        <message>
            <source>Slider comparison, right image</source>
            <translation>スライダー比較、右の画像</translation>
        </message>
    </context>
    <context>
        <name>upscale</name>
        <message>
            <source>out of memory</source>
            <translation>メモリ不足</translation>
        </message>
        <message>
            <source>non-finite values in the output</source>
            <translation>出力に有限でない値があります</translation>
        </message>
        <message>
            <source>error</source>
            <translation>エラー</translation>
        </message>
        <message>
            <source> at tile %1 of %2</source>
            <translation> （タイル %2 個中 %1 個目）</translation>
        </message>
        <message>
            <source>the image is empty</source>
            <translation>画像が空です</translation>
        </message>
        <message>
            <source>invalid scale %1</source>
            <translation>倍率 %1 が不正です</translation>
        </message>
        <message>
            <source>the output would be %1 x %2 pixels, over the limit (%3 pixels per side, %4 megapixels)</source>
            <translation>出力は %1 x %2 ピクセルになり、上限（一辺 %3 ピクセル、%4 メガピクセル）を超えます</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>キャンセルされました</translation>
        </message>
        <message>
            <source>not enough memory for %1 x %2</source>
            <translation>%1 x %2 に必要なメモリが足りません</translation>
        </message>
        <message>
            <source>an allocation failed</source>
            <translation>メモリ確保に失敗しました</translation>
        </message>
        <message>
            <source>the CPU has no fp16 kernels</source>
            <translation>CPU に fp16 カーネルがありません</translation>
        </message>
        <message>
            <source>unknown alpha mode '%1' (use model or lanczos)</source>
            <translation>不明なアルファモード「%1」です（model か lanczos を使ってください）</translation>
        </message>
        <message>
            <source>unknown precision '%1' (use auto, fp32, fp16 or bf16)</source>
            <translation>不明な精度「%1」です（auto、fp32、fp16、bf16 のいずれかを使ってください）</translation>
        </message>
    </context>
</TS>
