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
        <source>Unknown command &apos;%1&apos;. Try &apos;%2 --help&apos;.</source>
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
        <source>%1: the vocabulary lacks the byte symbol &apos;%2&apos;</source>
        <translation>%1: 語彙にバイト記号「%2」がありません</translation>
    </message>
    <message>
        <source>%1: the vocabulary lacks &lt;|startoftext|&gt; or &lt;|endoftext|&gt;</source>
        <translation>%1: 語彙に &lt;|startoftext|&gt; または &lt;|endoftext|&gt; がありません</translation>
    </message>
    <message>
        <source>%1: the merge &apos;%2 %3&apos; makes a token that is not in the vocabulary</source>
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
        <source>%1/vocab.json: the id of &apos;%2&apos; is not a token id</source>
        <translation>%1/vocab.json: 「%2」の ID はトークン ID ではありません</translation>
    </message>
    <message>
        <source>%1/vocab.json: the byte symbol &apos;%2&apos; is missing</source>
        <translation>%1/vocab.json: バイト記号「%2」がありません</translation>
    </message>
    <message>
        <source>%1/vocab.json: &apos;%2&apos; is missing</source>
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
        <source>The prompt weight &apos;%1&apos; is not a number</source>
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
        <source>text entry &quot;%1&quot; is not a valid PNG keyword: left out</source>
        <translation>テキスト項目 &quot;%1&quot; は有効な PNG キーワードではありません: 省略しました</translation>
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
        <source>the layer&apos;s weight sizes overflow</source>
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
        <source>entry %1 is not inside the archive&apos;s folder</source>
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
        <source>the header does not start with &apos;{&apos;</source>
        <translation>ヘッダーが &apos;{&apos; で始まっていません</translation>
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
        <source>a tensor&apos;s size or stride is not a tuple of at most %1 integers</source>
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
        <source>Unknown argument &apos;%1&apos;. Try &apos;models --help&apos;.</source>
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
        <source>The model folder (default: the user&apos;s model folder).</source>
        <translation>モデルフォルダー（既定: ユーザーのモデルフォルダー）。</translation>
    </message>
    <message>
        <source>Install the default upscaling models.</source>
        <translation>既定のアップスケールモデルをインストールします。</translation>
    </message>
    <message>
        <source>install-defaults needs --from DIR. Try &apos;models install-defaults --help&apos;.</source>
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
        <source>A model id from &apos;models catalogue&apos;, or an http(s) URL.</source>
        <translation>「models catalogue」のモデル ID、または http(s) の URL。</translation>
    </message>
    <message>
        <source>Download a model, verifying its SHA-256.</source>
        <translation>モデルをダウンロードし、SHA-256 を検証します。</translation>
    </message>
    <message>
        <source>download needs exactly one ID or URL. Try &apos;models download --help&apos;.</source>
        <translation>download には ID か URL をちょうど 1 つ指定します。「models download --help」を試してください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a downloadable model of &apos;models catalogue&apos; nor a URL.</source>
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
        <source>model id, model file (.pth, .safetensors, .param) or &apos;lanczos&apos; (default: %1)</source>
        <translation>モデル ID、モデルファイル（.pth、.safetensors、.param）または &apos;lanczos&apos;（既定: %1）</translation>
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
        <source>png, jpg, webp or tif (default: the input&apos;s)</source>
        <translation>png、jpg、webp、tif のいずれか（既定: 入力と同じ）</translation>
    </message>
    <message>
        <source>alpha channel by &apos;model&apos; or &apos;lanczos&apos;</source>
        <translation>アルファチャンネルを &apos;model&apos; か &apos;lanczos&apos; で処理</translation>
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
        <source>invalid scale &apos;%1&apos; (a number above 0, at most 64)</source>
        <translation>倍率「%1」が不正です（0 より大きく 64 以下の数）</translation>
    </message>
    <message>
        <source>invalid tile &apos;%1&apos; (0 = automatic, or at least 32)</source>
        <translation>タイル「%1」が不正です（0 = 自動、または 32 以上）</translation>
    </message>
    <message>
        <source>invalid thread count &apos;%1&apos;</source>
        <translation>スレッド数「%1」が不正です</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (png, jpg, webp, tif)</source>
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
        <source>-o %1 names a file but there are %2 inputs; give a folder (ending with &apos;/&apos;) instead</source>
        <translation>-o %1 はファイルを指していますが、入力は %2 個あります。代わりにフォルダー（末尾に &apos;/&apos;）を指定してください</translation>
    </message>
    <message>
        <source>%1 exists; use --overwrite to replace it</source>
        <translation>%1 は存在します。置き換えるには --overwrite を使ってください</translation>
    </message>
    <message>
        <source>%1 is an input; it is never overwritten</source>
        <translation>%1 は入力です。上書きされることはありません</translation>
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
        <source>inspect needs exactly one FILE. Try &apos;inspect --help&apos;.</source>
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
    <name>hires::cli::UpscaleCommand</name>
    <message>
        <source>upscale images with Real-ESRGAN or LANCZOS (files and folders)</source>
        <translation>Real-ESRGAN または LANCZOS で画像を拡大（ファイルとフォルダー）</translation>
    </message>
    <message>
        <source>Try &apos;hires-studio upscale --help&apos;.</source>
        <translation>「hires-studio upscale --help」を試してください。</translation>
    </message>
    <message>
        <source>model &apos;%1&apos; not found (looked in: %2); give a model file with -m</source>
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
        <source>unknown alpha mode &apos;%1&apos; (use model or lanczos)</source>
        <translation>不明なアルファモード「%1」です（model か lanczos を使ってください）</translation>
    </message>
    <message>
        <source>unknown precision &apos;%1&apos; (use auto, fp32, fp16 or bf16)</source>
        <translation>不明な精度「%1」です（auto、fp32、fp16、bf16 のいずれかを使ってください）</translation>
    </message>
</context>
</TS>
