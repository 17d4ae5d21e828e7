<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>ImageDocument</name>
        <message>
            <source>%1: this pixel layout cannot be displayed</source>
            <translation>%1: Dieses Pixelformat kann nicht angezeigt werden</translation>
        </message>
        <message>
            <source>%1-bit</source>
            <translation>%1 Bit</translation>
        </message>
        <message>
            <source>Gray (1 channel)</source>
            <translation>Graustufen (1 Kanal)</translation>
        </message>
        <message>
            <source>RGB (3 channels)</source>
            <translation>RGB (3 Kanäle)</translation>
        </message>
        <message>
            <source>RGBA (4 channels)</source>
            <translation>RGBA (4 Kanäle)</translation>
        </message>
        <message numerus="yes">
            <source>%n channel(s)</source>
            <translation>
                <numerusform>%n Kanal</numerusform>
                <numerusform>%n Kanäle</numerusform>
            </translation>
        </message>
        <message>
            <source>Gray %1</source>
            <translation>Grau %1</translation>
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
            <translation>„%1“ kann nicht gespeichert werden: „.%2“ ist kein Format, das Hires Studio schreibt. Verwenden Sie PNG, JPEG, WebP oder TIFF.</translation>
        </message>
        <message>
            <source>Save Image As</source>
            <translation>Bild speichern unter</translation>
        </message>
        <message>
            <source>Replace File?</source>
            <translation>Datei ersetzen?</translation>
        </message>
        <message>
            <source>“%1” already exists. Replace it?</source>
            <translation>„%1“ ist bereits vorhanden. Soll die Datei ersetzt werden?</translation>
        </message>
        <message>
            <source>Replace the Original?</source>
            <translation>Original ersetzen?</translation>
        </message>
        <message>
            <source>“%1” is the image you are viewing. Saving under this name replaces the original file.</source>
            <translation>„%1“ ist das angezeigte Bild. Beim Speichern unter diesem Namen wird die Originaldatei ersetzt.</translation>
        </message>
        <message>
            <source>Save as &amp;Copy</source>
            <translation>Als &amp;Kopie speichern</translation>
        </message>
        <message>
            <source>&amp;Replace Original</source>
            <translation>Original &amp;ersetzen</translation>
        </message>
        <message>
            <source>Saving was cancelled.</source>
            <translation>Das Speichern wurde abgebrochen.</translation>
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
            <translation>Stable Diffusion 2.x (v-Vorhersage)</translation>
        </message>
        <message>
            <source>Stable Diffusion 2.x</source>
            <translation>Stable Diffusion 2.x</translation>
        </message>
        <message>
            <source>SDXL base</source>
            <translation>SDXL-Basis</translation>
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
            <translation>Aufruf: %1 [DATEI...]           öffnet das Fenster (mit DATEIen)
        %1 BEFEHL [OPTIONEN]    führt einen Befehl ohne Fenster aus
        %1 BEFEHL --help        Optionen eines Befehls

Befehle:
</translation>
        </message>
        <message>
            <source>
Options:
  -h, --help     show this help
  -v, --version  show the version and the runtime (libtorch, OpenCV, device)</source>
            <translation>
Optionen:
  -h, --help     zeigt diese Hilfe
  -v, --version  zeigt die Version und die Laufzeitumgebung (libtorch, OpenCV, Gerät)</translation>
        </message>
        <message>
            <source>Unknown command '%1'. Try '%2 --help'.</source>
            <translation>Unbekannter Befehl „%1“. Versuchen Sie „%2 --help“.</translation>
        </message>
    </context>
    <context>
        <name>hires</name>
        <message>
            <source>%1: cannot read (%2)</source>
            <translation>%1: kann nicht gelesen werden (%2)</translation>
        </message>
        <message>
            <source>%1: cannot write (%2)</source>
            <translation>%1: kann nicht geschrieben werden (%2)</translation>
        </message>
        <message>
            <source>%1: copying failed (%2)</source>
            <translation>%1: Kopieren fehlgeschlagen (%2)</translation>
        </message>
        <message>
            <source>layer %1 (%2): %3</source>
            <translation>Schicht %1 (%2): %3</translation>
        </message>
        <message>
            <source>activation type %1 needs %2 activation params</source>
            <translation>Aktivierungstyp %1 braucht %2 Aktivierungsparameter</translation>
        </message>
        <message>
            <source>fused activation type %1 is unknown</source>
            <translation>fusionierter Aktivierungstyp %1 ist unbekannt</translation>
        </message>
        <message>
            <source>a fixed output size (params 20/21) is not supported</source>
            <translation>eine feste Ausgabegröße (Parameter 20/21) wird nicht unterstützt</translation>
        </message>
        <message>
            <source>dynamic weights are not supported</source>
            <translation>dynamische Gewichte werden nicht unterstützt</translation>
        </message>
        <message>
            <source>negative padding</source>
            <translation>negativer Rand</translation>
        </message>
        <message>
            <source>padding %1/%2/%3/%4 is not supported</source>
            <translation>Rand %1/%2/%3/%4 wird nicht unterstützt</translation>
        </message>
        <message>
            <source>num_output, kernel, stride, dilation and group must be positive</source>
            <translation>num_output, kernel, stride, dilation und group müssen positiv sein</translation>
        </message>
        <message>
            <source>the layer has no weights</source>
            <translation>die Schicht hat keine Gewichte</translation>
        </message>
        <message>
            <source>int8-quantised weights are not supported</source>
            <translation>int8-quantisierte Gewichte werden nicht unterstützt</translation>
        </message>
        <message>
            <source>bias_term without bias</source>
            <translation>bias_term ohne Bias</translation>
        </message>
        <message>
            <source>weight_data_size %1 does not fit num_output %2, kernel %3x%4 and group %5</source>
            <translation>weight_data_size %1 passt nicht zu num_output %2, Kernel %3x%4 und group %5</translation>
        </message>
        <message>
            <source>the input channels do not divide into %1 groups</source>
            <translation>die Eingangskanäle lassen sich nicht in %1 Gruppen teilen</translation>
        </message>
        <message>
            <source>resize type %1 is not supported (1 nearest, 2 bilinear, 3 bicubic)</source>
            <translation>Skalierungstyp %1 wird nicht unterstützt (1 nächster Nachbar, 2 bilinear, 3 bikubisch)</translation>
        </message>
        <message>
            <source>a dynamic target size is not supported</source>
            <translation>eine dynamische Zielgröße wird nicht unterstützt</translation>
        </message>
        <message>
            <source>the scales and sizes must be positive</source>
            <translation>die Skalen und Größen müssen positiv sein</translation>
        </message>
        <message>
            <source>starts, ends and axes must have the same length</source>
            <translation>starts, ends und axes müssen gleich lang sein</translation>
        </message>
        <message>
            <source>a crop region read from a blob is not supported</source>
            <translation>ein aus einem Blob gelesener Zuschneidebereich wird nicht unterstützt</translation>
        </message>
        <message>
            <source>channel-only and height-only crop forms are not supported</source>
            <translation>Zuschnitte nur nach Kanal oder nur nach Höhe werden nicht unterstützt</translation>
        </message>
        <message>
            <source>num_slope must be positive</source>
            <translation>num_slope muss positiv sein</translation>
        </message>
        <message>
            <source>axis %1 does not exist on an image blob</source>
            <translation>Achse %1 gibt es in einem Bild-Blob nicht</translation>
        </message>
        <message>
            <source>operation %1 is unknown</source>
            <translation>Operation %1 ist unbekannt</translation>
        </message>
        <message>
            <source>upscale factor %1 / mode %2 is not supported</source>
            <translation>Vergrößerungsfaktor %1 / Modus %2 wird nicht unterstützt</translation>
        </message>
        <message>
            <source>layer %1 has type %2, which the ncnn executor does not run (it runs %3)</source>
            <translation>Schicht %1 hat den Typ %2, den der ncnn-Ausführer nicht ausführt (er führt %3 aus)</translation>
        </message>
        <message>
            <source>layer %1 lacks its weights</source>
            <translation>Schicht %1 fehlen ihre Gewichte</translation>
        </message>
        <message>
            <source>layer %1: %2</source>
            <translation>Schicht %1: %2</translation>
        </message>
        <message>
            <source>the ncnn weights are not those of an RRDBNet or SRVGGNetCompact: %1</source>
            <translation>die ncnn-Gewichte sind nicht die eines RRDBNet oder SRVGGNetCompact: %1</translation>
        </message>
        <message>
            <source>tensor %1 is neither a convolution nor a PReLU weight</source>
            <translation>Tensor %1 ist weder ein Faltungs- noch ein PReLU-Gewicht</translation>
        </message>
        <message>
            <source>%1 convolutions</source>
            <translation>%1 Faltungen</translation>
        </message>
        <message>
            <source>%1 layers</source>
            <translation>%1 Schichten</translation>
        </message>
        <message>
            <source>layer %1 breaks the conv/PReLU alternation</source>
            <translation>Schicht %1 unterbricht den Wechsel von Faltung und PReLU</translation>
        </message>
        <message>
            <source>%1: no such model file</source>
            <translation>%1: keine solche Modelldatei</translation>
        </message>
        <message>
            <source>%1: not enough memory to load the model</source>
            <translation>%1: nicht genug Speicher, um das Modell zu laden</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>abgebrochen</translation>
        </message>
        <message>
            <source>group must be at least 1</source>
            <translation>group muss mindestens 1 sein</translation>
        </message>
        <message>
            <source>weight_data_size %1 is not a multiple of num_output x kernel_h x kernel_w (%2)</source>
            <translation>weight_data_size %1 ist kein Vielfaches von num_output x kernel_h x kernel_w (%2)</translation>
        </message>
        <message>
            <source>weight_data_size %1 is not a multiple of num_output %2</source>
            <translation>weight_data_size %1 ist kein Vielfaches von num_output %2</translation>
        </message>
        <message>
            <source>scale_data_size is negative</source>
            <translation>scale_data_size ist negativ</translation>
        </message>
        <message>
            <source>ncnn .bin</source>
            <translation>ncnn-.bin</translation>
        </message>
        <message>
            <source>PyTorch checkpoint</source>
            <translation>PyTorch-Checkpoint</translation>
        </message>
        <message>
            <source>PyTorch legacy checkpoint</source>
            <translation>PyTorch-Checkpoint (Altformat)</translation>
        </message>
        <message>
            <source>storage %1 declares %2 elements of %3 bytes but %4 holds only %5 bytes</source>
            <translation>Speicher %1 gibt %2 Elemente zu %3 Byte an, aber %4 enthält nur %5 Byte</translation>
        </message>
        <message>
            <source>inflates to more than its declared %1 bytes</source>
            <translation>entpackt sich auf mehr als die angegebenen %1 Byte</translation>
        </message>
        <message>
            <source>damaged deflate data (%1)</source>
            <translation>beschädigte Deflate-Daten (%1)</translation>
        </message>
        <message>
            <source>the deflate data ends early</source>
            <translation>die Deflate-Daten enden zu früh</translation>
        </message>
        <message>
            <source>inflates to %1 bytes, not its declared %2</source>
            <translation>entpackt sich auf %1 Byte, nicht auf die angegebenen %2</translation>
        </message>
        <message>
            <source>%1: GFPGAN v1 in its original layout is not supported; use GFPGANv1.4.pth</source>
            <translation>%1: GFPGAN v1 im ursprünglichen Layout wird nicht unterstützt; verwenden Sie GFPGANv1.4.pth</translation>
        </message>
        <message>
            <source>%1: ONNX models other than YuNet's face detector are not used</source>
            <translation>%1: ONNX-Modelle außer dem Gesichtsdetektor von YuNet werden nicht verwendet</translation>
        </message>
        <message>
            <source>%1: not an ONNX model file</source>
            <translation>%1: keine ONNX-Modelldatei</translation>
        </message>
        <message>
            <source>the server sent no %1</source>
            <translation>in der Antwort des Servers fehlt %1</translation>
        </message>
    </context>
    <context>
        <name>hires::Assembler</name>
        <message>
            <source>the file holds a pickled object (%1), not a state dict</source>
            <translation>die Datei enthält ein gepickeltes Objekt (%1), kein State-Dict</translation>
        </message>
        <message>
            <source>the file holds %1, not a state dict</source>
            <translation>die Datei enthält %1, kein State-Dict</translation>
        </message>
        <message>
            <source>the file holds no tensors</source>
            <translation>die Datei enthält keine Tensoren</translation>
        </message>
        <message>
            <source>tensor %1 %2</source>
            <translation>Tensor %1 %2</translation>
        </message>
    </context>
    <context>
        <name>hires::Compare</name>
        <message>
            <source>The job did not return a comparison.</source>
            <translation>Der Auftrag hat keinen Vergleich geliefert.</translation>
        </message>
        <message>
            <source>A difference needs two 8- or 16-bit images with 1, 3 or 4 channels.</source>
            <translation>Eine Differenz braucht zwei 8- oder 16-Bit-Bilder mit 1, 3 oder 4 Kanälen.</translation>
        </message>
        <message>
            <source>A difference needs images of the same size (%1x%2 and %3x%4).</source>
            <translation>Eine Differenz braucht Bilder gleicher Größe (%1x%2 und %3x%4).</translation>
        </message>
        <message>
            <source>The difference gain must be positive (got %1).</source>
            <translation>Die Verstärkung der Differenz muss positiv sein (erhalten: %1).</translation>
        </message>
        <message>
            <source>%1 vs %2</source>
            <translation>%1 vs. %2</translation>
        </message>
        <message>
            <source>The comparison was cancelled.</source>
            <translation>Der Vergleich wurde abgebrochen.</translation>
        </message>
        <message>
            <source>Both images must be 8- or 16-bit with 1, 3 or 4 channels to be compared.</source>
            <translation>Beide Bilder müssen 8 oder 16 Bit mit 1, 3 oder 4 Kanälen haben, um verglichen zu werden.</translation>
        </message>
        <message>
            <source>PSNR needs two 8- or 16-bit images with 1, 3 or 4 channels.</source>
            <translation>PSNR braucht zwei 8- oder 16-Bit-Bilder mit 1, 3 oder 4 Kanälen.</translation>
        </message>
        <message>
            <source>PSNR needs images of the same size (%1x%2 and %3x%4).</source>
            <translation>PSNR braucht Bilder gleicher Größe (%1x%2 und %3x%4).</translation>
        </message>
        <message>
            <source>Fidelity needs a result and the input it was made from.</source>
            <translation>Die Treue braucht ein Ergebnis und die Eingabe, aus der es entstanden ist.</translation>
        </message>
        <message>
            <source>image</source>
            <translation>Bild</translation>
        </message>
        <message>
            <source>LANCZOS vs %1: %2</source>
            <translation>LANCZOS vs. %1: %2</translation>
        </message>
        <message>
            <source>Nothing to compare: no input image was given.</source>
            <translation>Nichts zu vergleichen: Es wurde kein Eingabebild angegeben.</translation>
        </message>
        <message>
            <source>LANCZOS</source>
            <translation>LANCZOS</translation>
        </message>
        <message>
            <source>The restored faces do not fit the right image.</source>
            <translation>Die restaurierten Gesichter passen nicht zum rechten Bild.</translation>
        </message>
    </context>
    <context>
        <name>hires::DefaultModels</name>
        <message>
            <source>%1: the default model file is missing</source>
            <translation>%1: die Standardmodelldatei fehlt</translation>
        </message>
        <message>
            <source>%1: cannot create the folder</source>
            <translation>%1: der Ordner kann nicht angelegt werden</translation>
        </message>
    </context>
    <context>
        <name>hires::Diffusion</name>
        <message>
            <source>%1: the vocabulary lacks the byte symbol '%2'</source>
            <translation>%1: dem Vokabular fehlt das Byte-Symbol „%2“</translation>
        </message>
        <message>
            <source>%1: the vocabulary lacks &lt;|startoftext|&gt; or &lt;|endoftext|&gt;</source>
            <translation>%1: dem Vokabular fehlt &lt;|startoftext|&gt; oder &lt;|endoftext|&gt;</translation>
        </message>
        <message>
            <source>%1: the merge '%2 %3' makes a token that is not in the vocabulary</source>
            <translation>%1: die Verschmelzung „%2 %3“ ergibt ein Token, das nicht im Vokabular steht</translation>
        </message>
        <message>
            <source>%1: the file does not exist</source>
            <translation>%1: die Datei existiert nicht</translation>
        </message>
        <message>
            <source>%1: cannot open the file: %2</source>
            <translation>%1: die Datei kann nicht geöffnet werden: %2</translation>
        </message>
        <message>
            <source>%1: %2 bytes is too large for a tokenizer file</source>
            <translation>%1: %2 Byte sind zu groß für eine Tokenizer-Datei</translation>
        </message>
        <message>
            <source>%1: reading failed: %2</source>
            <translation>%1: Lesen fehlgeschlagen: %2</translation>
        </message>
        <message>
            <source>%1: zlib could not start</source>
            <translation>%1: zlib konnte nicht starten</translation>
        </message>
        <message>
            <source>%1: the gzip data is damaged or truncated</source>
            <translation>%1: die gzip-Daten sind beschädigt oder abgeschnitten</translation>
        </message>
        <message>
            <source>%1: decompresses to more than %2 bytes</source>
            <translation>%1: entpackt sich auf mehr als %2 Byte</translation>
        </message>
        <message>
            <source>%1: the text is not valid UTF-8</source>
            <translation>%1: der Text ist kein gültiges UTF-8</translation>
        </message>
        <message>
            <source>%1/vocab.json: not a JSON object (%2)</source>
            <translation>%1/vocab.json: kein JSON-Objekt (%2)</translation>
        </message>
        <message>
            <source>%1/vocab.json: the id of '%2' is not a token id</source>
            <translation>%1/vocab.json: die ID von „%2“ ist keine Token-ID</translation>
        </message>
        <message>
            <source>%1/vocab.json: the byte symbol '%2' is missing</source>
            <translation>%1/vocab.json: das Byte-Symbol „%2“ fehlt</translation>
        </message>
        <message>
            <source>%1/vocab.json: '%2' is missing</source>
            <translation>%1/vocab.json: „%2“ fehlt</translation>
        </message>
        <message>
            <source>%1: no tokenizer here (expected vocab.json and merges.txt, or bpe_simple_vocab_16e6.txt.gz)</source>
            <translation>%1: hier ist kein Tokenizer (erwartet: vocab.json und merges.txt oder bpe_simple_vocab_16e6.txt.gz)</translation>
        </message>
        <message>
            <source>alphas_cumprod must have between 2 and 100000 entries</source>
            <translation>alphas_cumprod muss zwischen 2 und 100000 Einträge haben</translation>
        </message>
        <message>
            <source>alphas_cumprod must lie strictly between 0 and 1</source>
            <translation>alphas_cumprod muss echt zwischen 0 und 1 liegen</translation>
        </message>
        <message>
            <source>alphas_cumprod must decrease strictly</source>
            <translation>alphas_cumprod muss streng fallen</translation>
        </message>
        <message>
            <source>The prompt weight '%1' is not a number</source>
            <translation>Die Prompt-Gewichtung „%1“ ist keine Zahl</translation>
        </message>
        <message>
            <source>Sampling step %1 failed: %2</source>
            <translation>Sampling-Schritt %1 fehlgeschlagen: %2</translation>
        </message>
        <message>
            <source>A sampler needs at least two sigmas</source>
            <translation>Ein Sampler braucht mindestens zwei Sigmas</translation>
        </message>
        <message>
            <source>Latents are sampled in float32 or float64; half precision belongs inside the network</source>
            <translation>Latents werden in float32 oder float64 gesampelt; halbe Genauigkeit gehört ins Netz</translation>
        </message>
        <message>
            <source>%1 needs a noise source</source>
            <translation>%1 braucht eine Rauschquelle</translation>
        </message>
        <message>
            <source>Sampling was cancelled after %1 of %2 steps</source>
            <translation>Sampling nach %1 von %2 Schritten abgebrochen</translation>
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
            <translation>Die Anzahl der Schritte muss zwischen 1 und 10000 liegen</translation>
        </message>
        <message>
            <source>The denoising strength must be between 0 and 1</source>
            <translation>Die Entrauschungsstärke muss zwischen 0 und 1 liegen</translation>
        </message>
        <message>
            <source>Hires fix needs a denoising strength above 0</source>
            <translation>Hires Fix braucht eine Entrauschungsstärke über 0</translation>
        </message>
        <message>
            <source>The denoising strength is too small for this many steps</source>
            <translation>Die Entrauschungsstärke ist für so viele Schritte zu klein</translation>
        </message>
        <message>
            <source>upscaling</source>
            <translation>Vergrößern</translation>
        </message>
        <message>
            <source>%1: the diffusers folder has no %2 weights</source>
            <translation>%1: Der diffusers-Ordner enthält keine %2-Gewichte</translation>
        </message>
        <message>
            <source>%1: no such checkpoint file or folder</source>
            <translation>%1: keine solche Checkpoint-Datei und kein solcher Ordner</translation>
        </message>
        <message>
            <source>%1: a folder, but not a diffusers pipeline (it needs unet/ and vae/ subfolders)</source>
            <translation>%1: ein Ordner, aber keine diffusers-Pipeline (sie braucht die Unterordner unet/ und vae/)</translation>
        </message>
        <message>
            <source>no face found</source>
            <translation>kein Gesicht gefunden</translation>
        </message>
        <message>
            <source>the restorer returned an image of another size</source>
            <translation>der Restaurierer hat ein Bild anderer Größe geliefert</translation>
        </message>
        <message>
            <source>no GFPGAN model found (GFPGANv1.4.pth); add one to a model folder</source>
            <translation>kein GFPGAN-Modell gefunden (GFPGANv1.4.pth); fügen Sie eines zu einem Modellordner hinzu</translation>
        </message>
        <message>
            <source>the face model did not run</source>
            <translation>das Gesichtsmodell ist nicht gelaufen</translation>
        </message>
        <message>
            <source>Not enough memory for this generation; try a smaller size or turn hires fix off</source>
            <translation>Nicht genug Speicher für diese Erzeugung; versuchen Sie eine kleinere Größe oder schalten Sie Hires Fix aus</translation>
        </message>
        <message>
            <source>The generation failed: %1</source>
            <translation>Die Erzeugung ist fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>The parameters text has no settings line ("Steps: ..., Sampler: ..., Seed: ...")</source>
            <translation>Der Parametertext hat keine Einstellungszeile („Steps: ..., Sampler: ..., Seed: ...“)</translation>
        </message>
        <message>
            <source>%1 must be a multiple of 8 between %2 and %3, got %4</source>
            <translation>%1 muss ein Vielfaches von 8 zwischen %2 und %3 sein, erhalten: %4</translation>
        </message>
        <message>
            <source>%1 must be between %2 and %3, got %4</source>
            <translation>%1 muss zwischen %2 und %3 liegen, erhalten: %4</translation>
        </message>
        <message>
            <source>%1 has the wrong type or value: %2</source>
            <translation>%1 hat den falschen Typ oder Wert: %2</translation>
        </message>
        <message>
            <source>seed must be -1 (random) or between 0 and %1, got %2</source>
            <translation>seed muss -1 (zufällig) sein oder zwischen 0 und %1 liegen, erhalten: %2</translation>
        </message>
        <message>
            <source>num_inference_steps must be between 1 and %1, got %2</source>
            <translation>num_inference_steps muss zwischen 1 und %1 liegen, erhalten: %2</translation>
        </message>
        <message>
            <source>clip_skip must be between 1 and 12, got %1</source>
            <translation>clip_skip muss zwischen 1 und 12 liegen, erhalten: %1</translation>
        </message>
        <message>
            <source>hires_steps must be between 0 and %1, got %2</source>
            <translation>hires_steps muss zwischen 0 und %1 liegen, erhalten: %2</translation>
        </message>
        <message>
            <source>hires_scale %1 makes the image larger than %2 pixels</source>
            <translation>hires_scale %1 macht das Bild größer als %2 Pixel</translation>
        </message>
        <message>
            <source>sampler "%1" is unknown; use euler_a, euler, dpmpp_2m, dpmpp_2m_karras or ddim</source>
            <translation>Sampler „%1“ ist unbekannt; verwenden Sie euler_a, euler, dpmpp_2m, dpmpp_2m_karras oder ddim</translation>
        </message>
        <message>
            <source>hires_upscaler "%1" is unknown; use realesrgan, lanczos or latent</source>
            <translation>hires_upscaler „%1“ ist unbekannt; verwenden Sie realesrgan, lanczos oder latent</translation>
        </message>
        <message>
            <source>The generation was cancelled</source>
            <translation>Die Erzeugung wurde abgebrochen</translation>
        </message>
        <message>
            <source>No model given: choose a Stable Diffusion checkpoint (.safetensors / .ckpt) or diffusers folder</source>
            <translation>Kein Modell angegeben: Wählen Sie einen Stable Diffusion-Checkpoint (.safetensors / .ckpt) oder einen diffusers-Ordner</translation>
        </message>
        <message>
            <source>No checkpoint "%1": not a file or folder, and not in the model folders (%2)</source>
            <translation>Kein Checkpoint „%1“: weder eine Datei noch ein Ordner und nicht in den Modellordnern (%2)</translation>
        </message>
        <message>
            <source>Re-running the second pass needs hires_fix on</source>
            <translation>Das erneute Ausführen des zweiten Durchgangs erfordert hires_fix an</translation>
        </message>
        <message>
            <source>Re-running the second pass needs the first run's seed</source>
            <translation>Das erneute Ausführen des zweiten Durchgangs erfordert den Seed des ersten Durchlaufs</translation>
        </message>
        <message>
            <source>loading model</source>
            <translation>Modell wird geladen</translation>
        </message>
        <message>
            <source>width and height must be multiples of %1 for this model, got %2x%3</source>
            <translation>Breite und Höhe müssen für dieses Modell Vielfache von %1 sein, erhalten: %2x%3</translation>
        </message>
        <message>
            <source>latent upscale requested</source>
            <translation>Latent-Hochskalierung angefordert</translation>
        </message>
        <message>
            <source>encoding image</source>
            <translation>Bild wird kodiert</translation>
        </message>
        <message>
            <source>face restoration</source>
            <translation>Gesichtsrestaurierung</translation>
        </message>
        <message>
            <source>encoding prompt</source>
            <translation>Prompt wird kodiert</translation>
        </message>
        <message>
            <source>first pass</source>
            <translation>erster Durchgang</translation>
        </message>
        <message>
            <source>decoding</source>
            <translation>Dekodieren</translation>
        </message>
        <message>
            <source>second pass</source>
            <translation>zweiter Durchgang</translation>
        </message>
        <message>
            <source>saving</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>done</source>
            <translation>fertig</translation>
        </message>
        <message>
            <source>Real-ESRGAN requested</source>
            <translation>Real-ESRGAN angefordert</translation>
        </message>
        <message>
            <source>no Real-ESRGAN model found (realesrgan-x4fast or -x4plus); install the default models</source>
            <translation>kein Real-ESRGAN-Modell gefunden (realesrgan-x4fast oder -x4plus); installieren Sie die Standardmodelle</translation>
        </message>
        <message>
            <source>LANCZOS requested</source>
            <translation>LANCZOS angefordert</translation>
        </message>
        <message>
            <source>The tokenizer at %1 has %2 tokens but the text encoder of %3 knows only %4: it belongs to another model</source>
            <translation>Der Tokenizer in %1 hat %2 Token, aber der Text-Encoder von %3 kennt nur %4: Er gehört zu einem anderen Modell</translation>
        </message>
        <message>
            <source>given</source>
            <translation>angegeben</translation>
        </message>
        <message>
            <source>the model's own</source>
            <translation>der eigene des Modells</translation>
        </message>
        <message>
            <source>next to the checkpoint</source>
            <translation>neben dem Checkpoint</translation>
        </message>
        <message>
            <source>model folder</source>
            <translation>Modellordner</translation>
        </message>
        <message>
            <source>tokenizer from %1 (%2)</source>
            <translation>Tokenizer aus %1 (%2)</translation>
        </message>
        <message>
            <source>%1 holds no CLIP tokenizer: it needs vocab.json and merges.txt, or bpe_simple_vocab_16e6.txt.gz</source>
            <translation>%1 enthält keinen CLIP-Tokenizer: Er braucht vocab.json und merges.txt oder bpe_simple_vocab_16e6.txt.gz</translation>
        </message>
        <message>
            <source>No CLIP tokenizer found for %1. Get vocab.json and merges.txt from the tokenizer folder of openai/clip-vit-large-patch14 (or bpe_simple_vocab_16e6.txt.gz from openai/CLIP) and put them in a folder named "tokenizer" next to the checkpoint or in a model folder, or pass --tokenizer DIR. Looked in: %2</source>
            <translation>Kein CLIP-Tokenizer für %1 gefunden. Laden Sie vocab.json und merges.txt aus dem tokenizer-Ordner von openai/clip-vit-large-patch14 (oder bpe_simple_vocab_16e6.txt.gz aus openai/CLIP) und legen Sie sie in einen Ordner namens „tokenizer“ neben dem Checkpoint oder in einem Modellordner ab, oder übergeben Sie --tokenizer DIR. Gesucht in: %2</translation>
        </message>
    </context>
    <context>
        <name>hires::Face</name>
        <message>
            <source>face landmarks are not finite</source>
            <translation>die Gesichtsmerkmale sind nicht endlich</translation>
        </message>
        <message>
            <source>face landmarks are degenerate (all in one point)</source>
            <translation>die Gesichtsmerkmale sind entartet (alle in einem Punkt)</translation>
        </message>
        <message>
            <source>not enough memory for a face crop</source>
            <translation>nicht genug Speicher für einen Gesichtsausschnitt</translation>
        </message>
        <message>
            <source>not enough memory for face detection</source>
            <translation>nicht genug Speicher für die Gesichtserkennung</translation>
        </message>
        <message>
            <source>unknown face detector '%1' (use auto, yunet or haar)</source>
            <translation>unbekannter Gesichtsdetektor „%1“ (verwenden Sie auto, yunet oder haar)</translation>
        </message>
        <message>
            <source>no face_detection_yunet*.onnx in the model folders (%1)</source>
            <translation>keine face_detection_yunet*.onnx in den Modellordnern (%1)</translation>
        </message>
        <message>
            <source>no YuNet model file in the model folders</source>
            <translation>keine YuNet-Modelldatei in den Modellordnern</translation>
        </message>
        <message>
            <source>a restored face must be a square CV_32FC3 image</source>
            <translation>ein restauriertes Gesicht muss ein quadratisches CV_32FC3-Bild sein</translation>
        </message>
        <message>
            <source>not enough memory to paste a face back</source>
            <translation>nicht genug Speicher, um ein Gesicht wieder einzusetzen</translation>
        </message>
        <message>
            <source>the face restoration weight must be between 0 and 1 (got %1)</source>
            <translation>die Stärke der Gesichtsrestaurierung muss zwischen 0 und 1 liegen (erhalten: %1)</translation>
        </message>
        <message>
            <source>a face comparison needs detected faces, not an aligned face as input</source>
            <translation>ein Gesichtsvergleich braucht erkannte Gesichter, kein ausgerichtetes Gesicht als Eingabe</translation>
        </message>
        <message>
            <source>a face record without its aligned crop</source>
            <translation>ein Gesichtseintrag ohne seinen ausgerichteten Ausschnitt</translation>
        </message>
        <message>
            <source>there is no face %1 (the image has %2)</source>
            <translation>es gibt kein Gesicht %1 (das Bild hat %2)</translation>
        </message>
        <message>
            <source>face restoration</source>
            <translation>Gesichtsrestaurierung</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>übersprungen</translation>
        </message>
        <message>
            <source>face restoration needs an 8- or 16-bit gray, BGR or BGRA image</source>
            <translation>die Gesichtsrestaurierung braucht ein 8- oder 16-Bit-Graustufen-, BGR- oder BGRA-Bild</translation>
        </message>
        <message>
            <source>no face restoration model was given</source>
            <translation>es wurde kein Modell zur Gesichtsrestaurierung angegeben</translation>
        </message>
        <message>
            <source>Loading the face restoration model</source>
            <translation>Das Modell zur Gesichtsrestaurierung wird geladen</translation>
        </message>
        <message>
            <source>Detecting faces</source>
            <translation>Gesichter werden erkannt</translation>
        </message>
        <message>
            <source>face restoration was cancelled</source>
            <translation>die Gesichtsrestaurierung wurde abgebrochen</translation>
        </message>
        <message>
            <source>Restoring face %1 of %2</source>
            <translation>Gesicht %1 von %2 wird restauriert</translation>
        </message>
        <message>
            <source>Faces restored</source>
            <translation>Gesichter restauriert</translation>
        </message>
        <message>
            <source>not enough memory for the face</source>
            <translation>nicht genug Speicher für das Gesicht</translation>
        </message>
        <message>
            <source>GFPGAN needs a %1x%1 CV_32FC3 face</source>
            <translation>GFPGAN braucht ein %1x%1-CV_32FC3-Gesicht</translation>
        </message>
        <message>
            <source>not enough memory to run GFPGAN on %1</source>
            <translation>nicht genug Speicher, um GFPGAN auf %1 auszuführen</translation>
        </message>
        <message>
            <source>GFPGAN failed: %1</source>
            <translation>GFPGAN ist fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>cannot move GFPGAN to %1: %2</source>
            <translation>GFPGAN kann nicht auf %1 verschoben werden: %2</translation>
        </message>
        <message>
            <source>face restoration model %1 does not exist</source>
            <translation>das Modell zur Gesichtsrestaurierung %1 existiert nicht</translation>
        </message>
        <message>
            <source>%1 holds %2, not GFPGAN v1.4 (GFPGANv1Clean)</source>
            <translation>%1 enthält %2, nicht GFPGAN v1.4 (GFPGANv1Clean)</translation>
        </message>
        <message>
            <source>cannot read the face detector's cascade %1 (is Debian's opencv-data package installed?)</source>
            <translation>die Kaskade %1 des Gesichtsdetektors kann nicht gelesen werden (ist das Debian-Paket opencv-data installiert?)</translation>
        </message>
        <message>
            <source>face detection needs an 8-bit BGR image</source>
            <translation>die Gesichtserkennung braucht ein 8-Bit-BGR-Bild</translation>
        </message>
        <message>
            <source>cannot load the YuNet face detector %1: %2</source>
            <translation>der YuNet-Gesichtsdetektor %1 kann nicht geladen werden: %2</translation>
        </message>
        <message>
            <source>cannot load the YuNet face detector %1</source>
            <translation>der YuNet-Gesichtsdetektor %1 kann nicht geladen werden</translation>
        </message>
        <message>
            <source>the YuNet face detector %1 failed: %2</source>
            <translation>der YuNet-Gesichtsdetektor %1 ist fehlgeschlagen: %2</translation>
        </message>
        <message>
            <source>no face found</source>
            <translation>kein Gesicht gefunden</translation>
        </message>
    </context>
    <context>
        <name>hires::Image</name>
        <message>
            <source>the disk is full</source>
            <translation>der Datenträger ist voll</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>cannot create a file in %1</source>
            <translation>in %1 kann keine Datei angelegt werden</translation>
        </message>
        <message>
            <source>cannot create a temporary file in %1</source>
            <translation>in %1 kann keine temporäre Datei angelegt werden</translation>
        </message>
        <message>
            <source>writing failed</source>
            <translation>Schreiben fehlgeschlagen</translation>
        </message>
        <message>
            <source>cannot replace the file</source>
            <translation>die Datei kann nicht ersetzt werden</translation>
        </message>
        <message>
            <source>the folder %1 does not exist</source>
            <translation>der Ordner %1 existiert nicht</translation>
        </message>
        <message>
            <source>GIF image</source>
            <translation>GIF-Bild</translation>
        </message>
        <message>
            <source>BMP image</source>
            <translation>BMP-Bild</translation>
        </message>
        <message>
            <source>ICO icon</source>
            <translation>ICO-Symbol</translation>
        </message>
        <message>
            <source>Photoshop PSD image</source>
            <translation>Photoshop-PSD-Bild</translation>
        </message>
        <message>
            <source>QOI image</source>
            <translation>QOI-Bild</translation>
        </message>
        <message>
            <source>OpenEXR image</source>
            <translation>OpenEXR-Bild</translation>
        </message>
        <message>
            <source>JPEG XL image</source>
            <translation>JPEG-XL-Bild</translation>
        </message>
        <message>
            <source>JPEG 2000 image</source>
            <translation>JPEG-2000-Bild</translation>
        </message>
        <message>
            <source>Radiance HDR image</source>
            <translation>Radiance-HDR-Bild</translation>
        </message>
        <message>
            <source>PDF document</source>
            <translation>PDF-Dokument</translation>
        </message>
        <message>
            <source>ZIP archive</source>
            <translation>ZIP-Archiv</translation>
        </message>
        <message>
            <source>gzip archive</source>
            <translation>gzip-Archiv</translation>
        </message>
        <message>
            <source>executable program</source>
            <translation>ausführbares Programm</translation>
        </message>
        <message>
            <source>Netpbm (PBM/PGM/PPM) image</source>
            <translation>Netpbm-Bild (PBM/PGM/PPM)</translation>
        </message>
        <message>
            <source>HEIF/AVIF image</source>
            <translation>HEIF/AVIF-Bild</translation>
        </message>
        <message>
            <source>RIFF file (not WebP)</source>
            <translation>RIFF-Datei (kein WebP)</translation>
        </message>
        <message>
            <source>XML or SVG document</source>
            <translation>XML- oder SVG-Dokument</translation>
        </message>
        <message>
            <source>supported: PNG, JPEG, WebP, TIFF</source>
            <translation>unterstützt: PNG, JPEG, WebP, TIFF</translation>
        </message>
        <message>
            <source>empty file; %1</source>
            <translation>leere Datei; %1</translation>
        </message>
        <message>
            <source>not an image file we recognise; %1</source>
            <translation>keine Bilddatei, die wir erkennen; %1</translation>
        </message>
        <message>
            <source>%1: format not supported; %2</source>
            <translation>%1: Format nicht unterstützt; %2</translation>
        </message>
        <message>
            <source>%1 image of %2 x %3 pixels is larger than the limit of %4 pixels a side</source>
            <translation>%1-Bild mit %2 x %3 Pixeln überschreitet die Grenze von %4 Pixeln je Seite</translation>
        </message>
        <message>
            <source>%1 image of %2 x %3 pixels (%4 megapixels) is larger than the limit of %5 megapixels</source>
            <translation>%1-Bild mit %2 x %3 Pixeln (%4 Megapixel) überschreitet die Grenze von %5 Megapixeln</translation>
        </message>
        <message>
            <source>%1: file not found</source>
            <translation>%1: Datei nicht gefunden</translation>
        </message>
        <message>
            <source>%1: is a folder, not an image file</source>
            <translation>%1: ist ein Ordner, keine Bilddatei</translation>
        </message>
        <message>
            <source>%1: not a regular file</source>
            <translation>%1: keine reguläre Datei</translation>
        </message>
        <message>
            <source>%1: cannot open: %2</source>
            <translation>%1: kann nicht geöffnet werden: %2</translation>
        </message>
        <message>
            <source>%1: file of %2 bytes is larger than the limit of %3 bytes</source>
            <translation>%1: Datei mit %2 Byte überschreitet die Grenze von %3 Byte</translation>
        </message>
        <message>
            <source>%1: reading failed: %2</source>
            <translation>%1: Lesen fehlgeschlagen: %2</translation>
        </message>
        <message>
            <source>%1 file is larger than the decoder accepts (2 GiB)</source>
            <translation>%1-Datei ist größer, als der Decoder annimmt (2 GiB)</translation>
        </message>
        <message>
            <source>the %1 decoder could not read the pixels (damaged or truncated file)</source>
            <translation>der %1-Decoder konnte die Pixel nicht lesen (Datei beschädigt oder abgeschnitten)</translation>
        </message>
        <message>
            <source>the %1 decoder failed: %2</source>
            <translation>der %1-Decoder ist fehlgeschlagen: %2</translation>
        </message>
        <message>
            <source>not enough memory to decode the %1 image</source>
            <translation>nicht genug Speicher, um das %1-Bild zu dekodieren</translation>
        </message>
        <message>
            <source>file of %1 bytes is larger than the limit of %2 bytes</source>
            <translation>Datei mit %1 Byte überschreitet die Grenze von %2 Byte</translation>
        </message>
        <message>
            <source>damaged %1 file: the header says %2 x %3 pixels but the decoder produced %4 x %5</source>
            <translation>beschädigte %1-Datei: der Kopf nennt %2 x %3 Pixel, der Decoder lieferte aber %4 x %5</translation>
        </message>
        <message>
            <source>save it as PNG or TIFF instead</source>
            <translation>speichern Sie es stattdessen als PNG oder TIFF</translation>
        </message>
        <message>
            <source>scale it down or save it in tiles</source>
            <translation>verkleinern Sie es oder speichern Sie es in Kacheln</translation>
        </message>
        <message>
            <source>%1 holds at most %2 pixels a side and this image is %3 x %4: %5</source>
            <translation>%1 fasst höchstens %2 Pixel je Seite, dieses Bild hat %3 x %4: %5</translation>
        </message>
        <message>
            <source>%1 stores 8 bits per channel: the 16-bit image is converted to 8 bits</source>
            <translation>%1 speichert 8 Bit je Kanal: das 16-Bit-Bild wird in 8 Bit umgewandelt</translation>
        </message>
        <message>
            <source>%1 has no transparency: the alpha channel is composited onto white</source>
            <translation>%1 kennt keine Transparenz: der Alphakanal wird auf Weiß verrechnet</translation>
        </message>
        <message>
            <source>WebP has no grayscale mode: the gray image is stored as RGB</source>
            <translation>WebP hat keinen Graustufenmodus: das Graubild wird als RGB gespeichert</translation>
        </message>
        <message>
            <source>%1 output does not carry the PNG text chunks</source>
            <translation>%1-Ausgabe übernimmt die PNG-Textblöcke nicht</translation>
        </message>
        <message>
            <source>text entry "%1" is not a valid PNG keyword: left out</source>
            <translation>Texteintrag "%1" ist kein gültiges PNG-Schlüsselwort: weggelassen</translation>
        </message>
        <message>
            <source>TIFF output does not carry EXIF (the ICC profile is kept)</source>
            <translation>TIFF-Ausgabe übernimmt kein EXIF (das ICC-Profil bleibt erhalten)</translation>
        </message>
        <message>
            <source>the EXIF block (%1 bytes) does not fit in a JPEG segment: left out</source>
            <translation>der EXIF-Block (%1 Byte) passt nicht in ein JPEG-Segment: weggelassen</translation>
        </message>
        <message>
            <source>the ICC profile (%1 bytes) is too large for JPEG: left out</source>
            <translation>das ICC-Profil (%1 Byte) ist zu groß für JPEG: weggelassen</translation>
        </message>
        <message>
            <source>the %1 encoder failed</source>
            <translation>der %1-Encoder ist fehlgeschlagen</translation>
        </message>
        <message>
            <source>the %1 encoder failed: %2</source>
            <translation>der %1-Encoder ist fehlgeschlagen: %2</translation>
        </message>
        <message>
            <source>not enough memory to encode the %1 image</source>
            <translation>nicht genug Speicher, um das %1-Bild zu kodieren</translation>
        </message>
        <message>
            <source>the image has no pixels</source>
            <translation>das Bild hat keine Pixel</translation>
        </message>
        <message>
            <source>the image has %1 channels of type %2; expected 8- or 16-bit gray, BGR or BGRA</source>
            <translation>das Bild hat %1 Kanäle vom Typ %2; erwartet: 8- oder 16-Bit-Grau, BGR oder BGRA</translation>
        </message>
        <message>
            <source>quality %1 is out of range (1 to 100)</source>
            <translation>Qualität %1 liegt außerhalb des Bereichs (1 bis 100)</translation>
        </message>
        <message>
            <source>PNG compression level %1 is out of range (0 to 9)</source>
            <translation>PNG-Kompressionsstufe %1 liegt außerhalb des Bereichs (0 bis 9)</translation>
        </message>
        <message>
            <source>not enough memory to convert the image for saving</source>
            <translation>nicht genug Speicher, um das Bild zum Speichern umzuwandeln</translation>
        </message>
        <message>
            <source>no output file name given</source>
            <translation>kein Name für die Ausgabedatei angegeben</translation>
        </message>
        <message>
            <source>%1: is a folder, not a file name</source>
            <translation>%1: ist ein Ordner, kein Dateiname</translation>
        </message>
        <message>
            <source>%1: refusing to overwrite %2, an input of this job</source>
            <translation>%1: %2, eine Eingabe dieses Auftrags, wird nicht überschrieben</translation>
        </message>
        <message>
            <source>JPEG file is truncated: it ends before its image data</source>
            <translation>JPEG-Datei ist abgeschnitten: sie endet vor ihren Bilddaten</translation>
        </message>
        <message>
            <source>damaged JPEG file: expected a marker at byte %1</source>
            <translation>beschädigte JPEG-Datei: Marker bei Byte %1 erwartet</translation>
        </message>
        <message>
            <source>damaged JPEG file: unexpected marker at byte %1</source>
            <translation>beschädigte JPEG-Datei: unerwarteter Marker bei Byte %1</translation>
        </message>
        <message>
            <source>damaged JPEG file: invalid segment length at byte %1</source>
            <translation>beschädigte JPEG-Datei: ungültige Segmentlänge bei Byte %1</translation>
        </message>
        <message>
            <source>damaged JPEG file: invalid frame header at byte %1</source>
            <translation>beschädigte JPEG-Datei: ungültiger Frame-Kopf bei Byte %1</translation>
        </message>
        <message>
            <source>lossless JPEG is not supported</source>
            <translation>verlustfreies JPEG wird nicht unterstützt</translation>
        </message>
        <message>
            <source>%1-bit JPEG is not supported (only 8-bit)</source>
            <translation>%1-Bit-JPEG wird nicht unterstützt (nur 8 Bit)</translation>
        </message>
        <message>
            <source>JPEG with the height defined later (DNL) is not supported</source>
            <translation>JPEG mit später festgelegter Höhe (DNL) wird nicht unterstützt</translation>
        </message>
        <message>
            <source>damaged JPEG file: the frame header says width 0</source>
            <translation>beschädigte JPEG-Datei: der Frame-Kopf nennt Breite 0</translation>
        </message>
        <message>
            <source>JPEG with %1 colour components is not supported</source>
            <translation>JPEG mit %1 Farbkomponenten wird nicht unterstützt</translation>
        </message>
        <message>
            <source>damaged JPEG file: it ends before its image data</source>
            <translation>beschädigte JPEG-Datei: sie endet vor ihren Bilddaten</translation>
        </message>
        <message>
            <source>damaged JPEG file: image data before the frame header</source>
            <translation>beschädigte JPEG-Datei: Bilddaten vor dem Frame-Kopf</translation>
        </message>
        <message>
            <source>JPEG file is truncated: the end-of-image marker is missing</source>
            <translation>JPEG-Datei ist abgeschnitten: der Bildende-Marker fehlt</translation>
        </message>
        <message>
            <source>%1 image with samples of type %2 is not supported (only 8- and 16-bit)</source>
            <translation>%1-Bild mit Abtastwerten vom Typ %2 wird nicht unterstützt (nur 8 und 16 Bit)</translation>
        </message>
        <message>
            <source>%1 image with %2 channels is not supported</source>
            <translation>%1-Bild mit %2 Kanälen wird nicht unterstützt</translation>
        </message>
        <message>
            <source>damaged PNG file: impossible chunk length at byte %1</source>
            <translation>beschädigte PNG-Datei: unmögliche Blocklänge bei Byte %1</translation>
        </message>
        <message>
            <source>PNG file is truncated: the data ends inside the chunk at byte %1</source>
            <translation>PNG-Datei ist abgeschnitten: die Daten enden im Block bei Byte %1</translation>
        </message>
        <message>
            <source>damaged PNG file: the first chunk is not a valid IHDR</source>
            <translation>beschädigte PNG-Datei: der erste Block ist kein gültiger IHDR</translation>
        </message>
        <message>
            <source>damaged PNG file: the IHDR checksum does not match</source>
            <translation>beschädigte PNG-Datei: die IHDR-Prüfsumme stimmt nicht</translation>
        </message>
        <message>
            <source>damaged PNG file: invalid size %1 x %2 in IHDR</source>
            <translation>beschädigte PNG-Datei: ungültige Größe %1 x %2 im IHDR</translation>
        </message>
        <message>
            <source>damaged PNG file: invalid colour type %1 with bit depth %2</source>
            <translation>beschädigte PNG-Datei: ungültiger Farbtyp %1 mit Bittiefe %2</translation>
        </message>
        <message>
            <source>PNG file is truncated: it ends without an IEND chunk</source>
            <translation>PNG-Datei ist abgeschnitten: sie endet ohne IEND-Block</translation>
        </message>
        <message>
            <source>damaged PNG file: it has no image data (IDAT)</source>
            <translation>beschädigte PNG-Datei: sie hat keine Bilddaten (IDAT)</translation>
        </message>
        <message>
            <source>the PNG encoder wrote no IHDR chunk first</source>
            <translation>der PNG-Encoder hat nicht zuerst einen IHDR-Block geschrieben</translation>
        </message>
        <message>
            <source>cannot convert pixels of type %1 to a tensor</source>
            <translation>Pixel vom Typ %1 können nicht in einen Tensor umgewandelt werden</translation>
        </message>
        <message>
            <source>converting pixels to a tensor failed: %1</source>
            <translation>Umwandlung der Pixel in einen Tensor fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>bit depth %1 is not 8 or 16</source>
            <translation>Bittiefe %1 ist weder 8 noch 16</translation>
        </message>
        <message>
            <source>expected an RGB tensor of shape [1, 3, H, W]</source>
            <translation>erwartet wird ein RGB-Tensor der Form [1, 3, H, W]</translation>
        </message>
        <message>
            <source>the alpha tensor is not [1, 1, %1, %2]</source>
            <translation>der Alpha-Tensor ist nicht [1, 1, %1, %2]</translation>
        </message>
        <message>
            <source>converting a tensor to pixels failed: %1</source>
            <translation>Umwandlung eines Tensors in Pixel fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>damaged TIFF data: %1</source>
            <translation>beschädigte TIFF-Daten: %1</translation>
        </message>
        <message>
            <source>the image data locations are missing or inconsistent</source>
            <translation>die Positionen der Bilddaten fehlen oder widersprechen sich</translation>
        </message>
        <message>
            <source>invalid image data location</source>
            <translation>ungültige Position der Bilddaten</translation>
        </message>
        <message>
            <source>TIFF file is truncated: image data at byte %1 runs past the end of the file</source>
            <translation>TIFF-Datei ist abgeschnitten: Bilddaten bei Byte %1 reichen über das Dateiende hinaus</translation>
        </message>
        <message>
            <source>unknown byte order</source>
            <translation>unbekannte Bytereihenfolge</translation>
        </message>
        <message>
            <source>invalid header</source>
            <translation>ungültiger Kopf</translation>
        </message>
        <message>
            <source>the first directory lies outside the data</source>
            <translation>das erste Verzeichnis liegt außerhalb der Daten</translation>
        </message>
        <message>
            <source>the first directory runs past the end</source>
            <translation>das erste Verzeichnis reicht über das Ende hinaus</translation>
        </message>
        <message>
            <source>missing or invalid image size</source>
            <translation>Bildgröße fehlt oder ist ungültig</translation>
        </message>
        <message>
            <source>floating-point TIFF is not supported (only 8- and 16-bit integer samples)</source>
            <translation>Gleitkomma-TIFF wird nicht unterstützt (nur 8- und 16-Bit-Ganzzahlwerte)</translation>
        </message>
        <message>
            <source>%1-bit TIFF samples are not supported (only 8 and 16 bits)</source>
            <translation>TIFF-Abtastwerte mit %1 Bit werden nicht unterstützt (nur 8 und 16 Bit)</translation>
        </message>
        <message>
            <source>TIFF with %1 samples per pixel is not supported</source>
            <translation>TIFF mit %1 Abtastwerten je Pixel wird nicht unterstützt</translation>
        </message>
        <message>
            <source>cannot add a tag to a BigTIFF file</source>
            <translation>einer BigTIFF-Datei kann kein Tag hinzugefügt werden</translation>
        </message>
        <message>
            <source>the TIFF file with its metadata would exceed 4 GiB</source>
            <translation>die TIFF-Datei würde mit ihren Metadaten 4 GiB überschreiten</translation>
        </message>
        <message>
            <source>WebP file is truncated: a chunk runs past the end of the file</source>
            <translation>WebP-Datei ist abgeschnitten: ein Block reicht über das Dateiende hinaus</translation>
        </message>
        <message>
            <source>damaged WebP file: no image chunk</source>
            <translation>beschädigte WebP-Datei: kein Bildblock</translation>
        </message>
        <message>
            <source>damaged WebP file: %1</source>
            <translation>beschädigte WebP-Datei: %1</translation>
        </message>
        <message>
            <source>invalid VP8 frame header</source>
            <translation>ungültiger VP8-Frame-Kopf</translation>
        </message>
        <message>
            <source>invalid VP8L header</source>
            <translation>ungültiger VP8L-Kopf</translation>
        </message>
        <message>
            <source>unknown VP8L version</source>
            <translation>unbekannte VP8L-Version</translation>
        </message>
        <message>
            <source>unknown first chunk</source>
            <translation>unbekannter erster Block</translation>
        </message>
        <message>
            <source>VP8X chunk too short</source>
            <translation>VP8X-Block zu kurz</translation>
        </message>
        <message>
            <source>animated WebP is not supported</source>
            <translation>animiertes WebP wird nicht unterstützt</translation>
        </message>
        <message>
            <source>no image chunk</source>
            <translation>kein Bildblock</translation>
        </message>
        <message>
            <source>image size 0</source>
            <translation>Bildgröße 0</translation>
        </message>
        <message>
            <source>the WebP file with its metadata would exceed 4 GiB</source>
            <translation>die WebP-Datei würde mit ihren Metadaten 4 GiB überschreiten</translation>
        </message>
    </context>
    <context>
        <name>hires::LegacyStorageTable</name>
        <message>
            <source>the storage key list is not a list</source>
            <translation>die Liste der Speicherschlüssel ist keine Liste</translation>
        </message>
        <message>
            <source>a storage key is not a string</source>
            <translation>ein Speicherschlüssel ist keine Zeichenkette</translation>
        </message>
        <message>
            <source>storage %1 is listed but no tensor uses it</source>
            <translation>Speicher %1 ist aufgeführt, aber kein Tensor nutzt ihn</translation>
        </message>
        <message>
            <source>the file ends before the data of storage %1</source>
            <translation>die Datei endet vor den Daten von Speicher %1</translation>
        </message>
        <message>
            <source>storage %1 holds %2 elements but is declared with %3</source>
            <translation>Speicher %1 enthält %2 Elemente, ist aber mit %3 angegeben</translation>
        </message>
        <message>
            <source>the file ends inside the data of storage %1</source>
            <translation>die Datei endet mitten in den Daten von Speicher %1</translation>
        </message>
        <message>
            <source>storage %1 is listed twice</source>
            <translation>Speicher %1 ist doppelt aufgeführt</translation>
        </message>
        <message>
            <source>%1 unexpected bytes follow the last storage</source>
            <translation>auf den letzten Speicher folgen %1 unerwartete Byte</translation>
        </message>
        <message>
            <source>the data of storage %1 is missing</source>
            <translation>die Daten von Speicher %1 fehlen</translation>
        </message>
        <message>
            <source>storage view %1 has an overflowing offset</source>
            <translation>Speicheransicht %1 hat einen überlaufenden Versatz</translation>
        </message>
        <message>
            <source>storage view %1 has no root storage</source>
            <translation>Speicheransicht %1 hat keinen Wurzelspeicher</translation>
        </message>
        <message>
            <source>the file</source>
            <translation>die Datei</translation>
        </message>
        <message>
            <source>its root storage %1</source>
            <translation>ihr Wurzelspeicher %1</translation>
        </message>
    </context>
    <context>
        <name>hires::MappedFile</name>
        <message>
            <source>%1: no such file</source>
            <translation>%1: keine solche Datei</translation>
        </message>
        <message>
            <source>%1: not a regular file</source>
            <translation>%1: keine reguläre Datei</translation>
        </message>
        <message>
            <source>%1: cannot open: %2</source>
            <translation>%1: kann nicht geöffnet werden: %2</translation>
        </message>
        <message>
            <source>%1: cannot map into memory: %2</source>
            <translation>%1: kann nicht in den Speicher abgebildet werden: %2</translation>
        </message>
    </context>
    <context>
        <name>hires::ModelDownloader</name>
        <message>
            <source>%1: not an http(s) URL</source>
            <translation>%1: keine http(s)-URL</translation>
        </message>
        <message>
            <source>%1: no destination file</source>
            <translation>%1: keine Zieldatei</translation>
        </message>
        <message>
            <source>%1 is not a SHA-256 (64 hexadecimal digits)</source>
            <translation>%1 ist kein SHA-256 (64 Hexadezimalziffern)</translation>
        </message>
        <message>
            <source>%1: no SHA-256 is known for this file, so it cannot be verified; it is only installed when unverified files are explicitly accepted</source>
            <translation>%1: für diese Datei ist kein SHA-256 bekannt, sie kann also nicht geprüft werden; sie wird nur installiert, wenn ungeprüfte Dateien ausdrücklich erlaubt sind</translation>
        </message>
        <message>
            <source>%1: cannot create a file there (%2)</source>
            <translation>%1: dort kann keine Datei angelegt werden (%2)</translation>
        </message>
        <message>
            <source>%1: the file has %2 bytes, more than the limit of %3</source>
            <translation>%1: die Datei hat %2 Byte, mehr als die Grenze von %3</translation>
        </message>
        <message>
            <source>%1: the download was cancelled</source>
            <translation>%1: der Download wurde abgebrochen</translation>
        </message>
        <message>
            <source>%1: the file is larger than the limit of %2 bytes</source>
            <translation>%1: die Datei ist größer als die Grenze von %2 Byte</translation>
        </message>
        <message>
            <source>%1: writing failed (%2)</source>
            <translation>%1: Schreiben fehlgeschlagen (%2)</translation>
        </message>
        <message>
            <source>%1: the server answered HTTP %2 %3</source>
            <translation>%1: der Server antwortete HTTP %2 %3</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1: the transfer ended after %2 of %3 bytes</source>
            <translation>%1: die Übertragung endete nach %2 von %3 Byte</translation>
        </message>
        <message>
            <source>%1: the SHA-256 of the download is %2, not the expected %3; the file was discarded</source>
            <translation>%1: der SHA-256 des Downloads ist %2, nicht der erwartete %3; die Datei wurde verworfen</translation>
        </message>
        <message>
            <source>%1: cannot move the download into place (%2)</source>
            <translation>%1: der Download kann nicht an seinen Platz verschoben werden (%2)</translation>
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
            <translation>PyTorch-Checkpoint</translation>
        </message>
        <message>
            <source>PyTorch legacy checkpoint</source>
            <translation>PyTorch-Checkpoint (Altformat)</translation>
        </message>
        <message>
            <source>PyTorch tar checkpoint</source>
            <translation>PyTorch-Checkpoint (tar)</translation>
        </message>
        <message>
            <source>ncnn model</source>
            <translation>ncnn-Modell</translation>
        </message>
        <message>
            <source>unknown format</source>
            <translation>unbekanntes Format</translation>
        </message>
        <message>
            <source>not an ncnn .param file (no magic number 7767517), and no .param file lies next to it</source>
            <translation>keine ncnn-.param-Datei (keine magische Zahl 7767517), und daneben liegt keine .param-Datei</translation>
        </message>
        <message>
            <source>a .param file of %1 bytes is too large</source>
            <translation>eine .param-Datei mit %1 Byte ist zu groß</translation>
        </message>
        <message>
            <source>its weights file %1 is missing</source>
            <translation>ihre Gewichtsdatei %1 fehlt</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>die Datei ist leer</translation>
        </message>
        <message>
            <source>not a safetensors, PyTorch or ncnn model file</source>
            <translation>keine safetensors-, PyTorch- oder ncnn-Modelldatei</translation>
        </message>
    </context>
    <context>
        <name>hires::ModelInfo</name>
        <message>
            <source>upscaler</source>
            <translation>Vergrößerer</translation>
        </message>
        <message>
            <source>face restorer</source>
            <translation>Gesichtsrestaurierer</translation>
        </message>
        <message>
            <source>diffusion checkpoint</source>
            <translation>Diffusions-Checkpoint</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <source>face detector</source>
            <translation>Gesichtsdetektor</translation>
        </message>
    </context>
    <context>
        <name>hires::ModelInfoCache</name>
        <message>
            <source>%1: cannot write the model cache (%2)</source>
            <translation>%1: der Modell-Cache kann nicht geschrieben werden (%2)</translation>
        </message>
    </context>
    <context>
        <name>hires::ModelProbe</name>
        <message>
            <source>%1: the file cannot be read</source>
            <translation>%1: die Datei kann nicht gelesen werden</translation>
        </message>
        <message>
            <source>%1: the file is empty</source>
            <translation>%1: die Datei ist leer</translation>
        </message>
        <message>
            <source>%1: not a safetensors, PyTorch or ncnn model file</source>
            <translation>%1: keine safetensors-, PyTorch- oder ncnn-Modelldatei</translation>
        </message>
    </context>
    <context>
        <name>hires::NcnnBinReader</name>
        <message>
            <source>layer %1: %2</source>
            <translation>Schicht %1: %2</translation>
        </message>
        <message>
            <source>%1 bytes are left over after the weights of the last layer (the .bin does not belong to this .param)</source>
            <translation>nach den Gewichten der letzten Schicht bleiben %1 Byte übrig (die .bin gehört nicht zu dieser .param)</translation>
        </message>
        <message>
            <source>the .bin ends inside the %1 (needs %2 bytes at offset %3, has %4)</source>
            <translation>die .bin endet mitten in %1 (braucht %2 Byte ab Versatz %3, hat %4)</translation>
        </message>
        <message>
            <source>the .bin ends before the storage tag of the %1</source>
            <translation>die .bin endet vor der Speicherkennung von %1</translation>
        </message>
        <message>
            <source>the .bin ends inside the quantised %1</source>
            <translation>die .bin endet mitten im quantisierten %1</translation>
        </message>
    </context>
    <context>
        <name>hires::NcnnGraph</name>
        <message>
            <source>takes %1 channels but gets %2</source>
            <translation>nimmt %1 Kanäle, bekommt aber %2</translation>
        </message>
        <message>
            <source>an input of %1 is too small for the kernel</source>
            <translation>eine Eingabe von %1 ist zu klein für den Kernel</translation>
        </message>
        <message>
            <source>axis %1 does not exist</source>
            <translation>Achse %1 existiert nicht</translation>
        </message>
        <message>
            <source>needs a reference blob</source>
            <translation>braucht einen Referenz-Blob</translation>
        </message>
        <message>
            <source>the crop window does not lie inside a %1 blob</source>
            <translation>das Zuschneidefenster liegt nicht innerhalb eines %1-Blobs</translation>
        </message>
        <message>
            <source>has %1 slopes for %2 channels</source>
            <translation>hat %1 Steigungen für %2 Kanäle</translation>
        </message>
        <message>
            <source>cannot join %1 and %2 along axis %3</source>
            <translation>%1 und %2 lassen sich nicht entlang Achse %3 verbinden</translation>
        </message>
        <message>
            <source>inputs %1 and %2 differ</source>
            <translation>Eingaben %1 und %2 unterscheiden sich</translation>
        </message>
        <message>
            <source>cannot combine %1 with %2</source>
            <translation>%1 lässt sich nicht mit %2 kombinieren</translation>
        </message>
        <message>
            <source>resizes %1 to nothing</source>
            <translation>skaliert %1 auf nichts</translation>
        </message>
        <message>
            <source>%1 channels do not divide by %2</source>
            <translation>%1 Kanäle lassen sich nicht durch %2 teilen</translation>
        </message>
        <message>
            <source>the graph turns %1 channels into %2, not an image upscaler</source>
            <translation>der Graph macht aus %1 Kanälen %2, kein Bildvergrößerer</translation>
        </message>
        <message>
            <source>%1: the graph does not enlarge images by a whole factor</source>
            <translation>%1: der Graph vergrößert Bilder nicht um einen ganzzahligen Faktor</translation>
        </message>
        <message>
            <source>ncnn graph x%1 (%2 layers)</source>
            <translation>ncnn-Graph x%1 (%2 Schichten)</translation>
        </message>
        <message>
            <source>%1: an upscaler graph has exactly one Input layer with one blob</source>
            <translation>%1: ein Vergrößerer-Graph hat genau eine Input-Schicht mit einem Blob</translation>
        </message>
        <message>
            <source>%1: the graph has no Input layer</source>
            <translation>%1: der Graph hat keine Input-Schicht</translation>
        </message>
        <message>
            <source>%1: layer %2 (%3) has %4 inputs and %5 outputs</source>
            <translation>%1: Schicht %2 (%3) hat %4 Eingänge und %5 Ausgänge</translation>
        </message>
    </context>
    <context>
        <name>hires::NcnnLayerCatalog</name>
        <message>
            <source>layer type %1 is unknown, so its weights cannot be located in the .bin</source>
            <translation>Schichttyp %1 ist unbekannt, daher lassen sich seine Gewichte in der .bin nicht finden</translation>
        </message>
        <message>
            <source>%1 declares %2 elements, more than ncnn can hold</source>
            <translation>%1 gibt %2 Elemente an, mehr als ncnn fassen kann</translation>
        </message>
    </context>
    <context>
        <name>hires::NcnnModel</name>
        <message>
            <source>the file is not text</source>
            <translation>die Datei ist kein Text</translation>
        </message>
    </context>
    <context>
        <name>hires::NcnnNetwork</name>
        <message>
            <source>%1: not enough memory for the weights</source>
            <translation>%1: nicht genug Speicher für die Gewichte</translation>
        </message>
    </context>
    <context>
        <name>hires::NcnnParamParser</name>
        <message>
            <source>ncnn .param</source>
            <translation>ncnn-.param</translation>
        </message>
        <message>
            <source>the file does not start with the magic number 7767517 (not an ncnn .param file, or one too old to read)</source>
            <translation>die Datei beginnt nicht mit der magischen Zahl 7767517 (keine ncnn-.param-Datei oder eine zu alte)</translation>
        </message>
        <message>
            <source>the second line must hold the layer count and the blob count</source>
            <translation>die zweite Zeile muss die Anzahl der Schichten und der Blobs enthalten</translation>
        </message>
        <message>
            <source>more layers follow than the %1 the header declares</source>
            <translation>es folgen mehr Schichten als die %1, die der Kopf angibt</translation>
        </message>
        <message>
            <source>the header declares %1 layers but the file has %2</source>
            <translation>der Kopf gibt %1 Schichten an, die Datei hat aber %2</translation>
        </message>
        <message>
            <source>the header declares %1 blobs but the layers produce %2</source>
            <translation>der Kopf gibt %1 Blobs an, die Schichten erzeugen aber %2</translation>
        </message>
        <message>
            <source>line %1: %2</source>
            <translation>Zeile %1: %2</translation>
        </message>
        <message>
            <source>a layer line must read: type name inputs outputs blobs... params...</source>
            <translation>eine Schichtzeile muss lauten: Typ Name Eingänge Ausgänge Blobs... Parameter...</translation>
        </message>
        <message>
            <source>layer %1 names fewer blobs than it declares</source>
            <translation>Schicht %1 nennt weniger Blobs, als sie angibt</translation>
        </message>
        <message>
            <source>the layer name %1 is used twice</source>
            <translation>der Schichtname %1 wird doppelt verwendet</translation>
        </message>
        <message>
            <source>layer %1 reads blob %2, which no earlier layer produces</source>
            <translation>Schicht %1 liest Blob %2, den keine frühere Schicht erzeugt</translation>
        </message>
        <message>
            <source>blob %1 is produced twice</source>
            <translation>Blob %1 wird doppelt erzeugt</translation>
        </message>
        <message>
            <source>layer %1 has a param %2 that is not id=value</source>
            <translation>Schicht %1 hat einen Parameter %2, der nicht id=Wert lautet</translation>
        </message>
        <message>
            <source>layer %1 has param key %2; ncnn allows ids 0 to 31</source>
            <translation>Schicht %1 hat den Parameterschlüssel %2; ncnn erlaubt IDs 0 bis 31</translation>
        </message>
        <message>
            <source>layer %1 has a malformed value for param %2</source>
            <translation>Schicht %1 hat einen fehlerhaften Wert für Parameter %2</translation>
        </message>
        <message>
            <source>layer %1 sets param %2 twice</source>
            <translation>Schicht %1 setzt Parameter %2 zweimal</translation>
        </message>
    </context>
    <context>
        <name>hires::NeuralUpscaler</name>
        <message>
            <source>%1: this build cannot read model files (the model loader is missing)</source>
            <translation>%1: dieser Build kann keine Modelldateien lesen (der Modelllader fehlt)</translation>
        </message>
        <message>
            <source>the image must be 8- or 16-bit gray, BGR or BGRA</source>
            <translation>das Bild muss 8- oder 16-Bit-Grau, BGR oder BGRA sein</translation>
        </message>
    </context>
    <context>
        <name>hires::Params</name>
        <message>
            <source>param %1 must be an integer</source>
            <translation>Parameter %1 muss eine Ganzzahl sein</translation>
        </message>
        <message>
            <source>param %1 is negative (%2)</source>
            <translation>Parameter %1 ist negativ (%2)</translation>
        </message>
        <message>
            <source>the layer's weight sizes overflow</source>
            <translation>die Gewichtsgrößen der Schicht laufen über</translation>
        </message>
    </context>
    <context>
        <name>hires::Parser</name>
        <message>
            <source>entry %1 is not an object</source>
            <translation>Eintrag %1 ist kein Objekt</translation>
        </message>
        <message>
            <source>tensor %1 has no dtype</source>
            <translation>Tensor %1 hat keinen dtype</translation>
        </message>
        <message>
            <source>tensor %1 has dtype %2, which Hires Studio does not read</source>
            <translation>Tensor %1 hat den dtype %2, den Hires Studio nicht liest</translation>
        </message>
        <message>
            <source>tensor %1 has no shape</source>
            <translation>Tensor %1 hat keine Form</translation>
        </message>
        <message>
            <source>tensor %1 has a shape entry that is not a non-negative integer</source>
            <translation>Tensor %1 hat einen Formeintrag, der keine nichtnegative Ganzzahl ist</translation>
        </message>
        <message>
            <source>tensor %1 has no data_offsets [begin, end]</source>
            <translation>Tensor %1 hat keine data_offsets [Anfang, Ende]</translation>
        </message>
        <message>
            <source>tensor %1 has data_offsets that are not non-negative integers</source>
            <translation>Tensor %1 hat data_offsets, die keine nichtnegativen Ganzzahlen sind</translation>
        </message>
        <message>
            <source>tensor %1 has data_offsets [%2, %3] that end before they begin</source>
            <translation>Tensor %1 hat data_offsets [%2, %3], die vor ihrem Anfang enden</translation>
        </message>
        <message>
            <source>tensor %1 has a shape whose byte size overflows</source>
            <translation>Tensor %1 hat eine Form, deren Bytegröße überläuft</translation>
        </message>
        <message>
            <source>tensor %1 needs %2 bytes for its shape and dtype but data_offsets span %3</source>
            <translation>Tensor %1 braucht für Form und dtype %2 Byte, data_offsets umfassen aber %3</translation>
        </message>
    </context>
    <context>
        <name>hires::PickleMachine</name>
        <message>
            <source>the pickle ends without a STOP opcode</source>
            <translation>der Pickle endet ohne STOP-Opcode</translation>
        </message>
        <message>
            <source>opcode 0x%1 failed</source>
            <translation>Opcode 0x%1 fehlgeschlagen</translation>
        </message>
        <message>
            <source>pickle offset %1: %2</source>
            <translation>Pickle-Versatz %1: %2</translation>
        </message>
        <message>
            <source>the pickle is truncated</source>
            <translation>der Pickle ist abgeschnitten</translation>
        </message>
        <message>
            <source>the pickle needs more than %1 MiB of memory</source>
            <translation>der Pickle braucht mehr als %1 MiB Speicher</translation>
        </message>
        <message>
            <source>the pickle has too many values</source>
            <translation>der Pickle hat zu viele Werte</translation>
        </message>
        <message>
            <source>an integer of %1 bytes is too long</source>
            <translation>eine Ganzzahl mit %1 Byte ist zu lang</translation>
        </message>
        <message>
            <source>stack underflow</source>
            <translation>Stapelunterlauf</translation>
        </message>
        <message>
            <source>no MARK to pop to</source>
            <translation>kein MARK, bis zu dem entfernt werden kann</translation>
        </message>
        <message>
            <source>a GLOBAL name is longer than %1 bytes</source>
            <translation>ein GLOBAL-Name ist länger als %1 Byte</translation>
        </message>
        <message>
            <source>memo entry %1 was never stored</source>
            <translation>Memo-Eintrag %1 wurde nie gespeichert</translation>
        </message>
        <message>
            <source>a negative length</source>
            <translation>eine negative Länge</translation>
        </message>
        <message>
            <source>SETITEMS with an odd number of items</source>
            <translation>SETITEMS mit ungerader Anzahl von Elementen</translation>
        </message>
        <message>
            <source>%1 on %2</source>
            <translation>%1 auf %2</translation>
        </message>
        <message>
            <source>DICT with an odd number of items</source>
            <translation>DICT mit ungerader Anzahl von Elementen</translation>
        </message>
        <message>
            <source>STACK_GLOBAL with names that are not strings</source>
            <translation>STACK_GLOBAL mit Namen, die keine Zeichenketten sind</translation>
        </message>
        <message>
            <source>a text persistent id (PERSID) is not a torch storage record</source>
            <translation>eine persistente Text-ID (PERSID) ist kein Torch-Speicherdatensatz</translation>
        </message>
        <message>
            <source>pickle protocol %1 is unknown</source>
            <translation>Pickle-Protokoll %1 ist unbekannt</translation>
        </message>
        <message>
            <source>STOP with %1 values on the stack</source>
            <translation>STOP mit %1 Werten auf dem Stapel</translation>
        </message>
        <message>
            <source>opcode 0x%1 is not allowed in a checkpoint</source>
            <translation>Opcode 0x%1 ist in einem Checkpoint nicht erlaubt</translation>
        </message>
    </context>
    <context>
        <name>hires::PytorchCheckpointReader</name>
        <message>
            <source>the tar format of PyTorch before 0.4 is not supported; re-save the weights with a current PyTorch</source>
            <translation>das tar-Format von PyTorch vor 0.4 wird nicht unterstützt; speichern Sie die Gewichte mit einem aktuellen PyTorch neu</translation>
        </message>
        <message>
            <source>neither a zip (torch.save) nor a legacy PyTorch checkpoint</source>
            <translation>weder ein zip (torch.save) noch ein PyTorch-Checkpoint im Altformat</translation>
        </message>
        <message>
            <source>the archive is empty</source>
            <translation>das Archiv ist leer</translation>
        </message>
        <message>
            <source>entry %1 is not inside the archive's folder</source>
            <translation>Eintrag %1 liegt nicht im Ordner des Archivs</translation>
        </message>
        <message>
            <source>this is a TorchScript archive (torch.jit.save), not a state dict; save the weights with torch.save(model.state_dict(), path)</source>
            <translation>dies ist ein TorchScript-Archiv (torch.jit.save), kein State-Dict; speichern Sie die Gewichte mit torch.save(model.state_dict(), path)</translation>
        </message>
        <message>
            <source>the tensors are stored in %1 byte order; only little-endian files are read</source>
            <translation>die Tensoren sind in %1-Bytereihenfolge gespeichert; nur Little-Endian-Dateien werden gelesen</translation>
        </message>
        <message>
            <source>the archive has no %1</source>
            <translation>dem Archiv fehlt %1</translation>
        </message>
        <message>
            <source>storage key %1 is not a plain name</source>
            <translation>Speicherschlüssel %1 ist kein einfacher Name</translation>
        </message>
        <message>
            <source>the data of storage %1 (%2) is missing</source>
            <translation>die Daten von Speicher %1 (%2) fehlen</translation>
        </message>
        <message>
            <source>the file does not start with the legacy magic number</source>
            <translation>die Datei beginnt nicht mit der magischen Zahl des Altformats</translation>
        </message>
        <message>
            <source>unsupported legacy protocol version</source>
            <translation>nicht unterstützte Protokollversion des Altformats</translation>
        </message>
        <message>
            <source>the file was not written on a little-endian machine</source>
            <translation>die Datei wurde nicht auf einer Little-Endian-Maschine geschrieben</translation>
        </message>
    </context>
    <context>
        <name>hires::Reader</name>
        <message>
            <source>param %1 must be an integer</source>
            <translation>Parameter %1 muss eine Ganzzahl sein</translation>
        </message>
        <message>
            <source>param %1 must be a number</source>
            <translation>Parameter %1 muss eine Zahl sein</translation>
        </message>
        <message>
            <source>param %1 must hold integers</source>
            <translation>Parameter %1 muss Ganzzahlen enthalten</translation>
        </message>
    </context>
    <context>
        <name>hires::RemoteBackend</name>
        <message>
            <source>cancelled</source>
            <translation>abgebrochen</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1: the server cannot start from an image of this computer (img2img runs only here)</source>
            <translation>%1: der Server kann nicht von einem Bild dieses Computers ausgehen (img2img läuft nur hier)</translation>
        </message>
    </context>
    <context>
        <name>hires::RemoteUpscaler</name>
        <message>
            <source>%1: the server sent no image</source>
            <translation>%1: der Server hat kein Bild geschickt</translation>
        </message>
    </context>
    <context>
        <name>hires::SafetensorsReader</name>
        <message>
            <source>the file is shorter than the 8-byte header length</source>
            <translation>die Datei ist kürzer als die 8 Byte lange Kopflängenangabe</translation>
        </message>
        <message>
            <source>the header declares %1 bytes, more than the limit of %2</source>
            <translation>der Kopf gibt %1 Byte an, mehr als die Grenze von %2</translation>
        </message>
        <message>
            <source>the header declares %1 bytes but only %2 follow</source>
            <translation>der Kopf gibt %1 Byte an, es folgen aber nur %2</translation>
        </message>
        <message>
            <source>the header does not start with '{'</source>
            <translation>der Kopf beginnt nicht mit '{'</translation>
        </message>
        <message>
            <source>the header is not valid UTF-8 JSON: %1 at byte %2</source>
            <translation>der Kopf ist kein gültiges UTF-8-JSON: %1 bei Byte %2</translation>
        </message>
        <message>
            <source>__metadata__ is not an object</source>
            <translation>__metadata__ ist kein Objekt</translation>
        </message>
        <message>
            <source>__metadata__ value %1 is not a string</source>
            <translation>__metadata__-Wert %1 ist keine Zeichenkette</translation>
        </message>
        <message>
            <source>tensor %1 at bytes [%2, %3] overlaps the tensor before it</source>
            <translation>Tensor %1 bei Byte [%2, %3] überlappt den Tensor davor</translation>
        </message>
        <message>
            <source>the bytes [%2, %3] before tensor %1 belong to no tensor</source>
            <translation>die Byte [%2, %3] vor Tensor %1 gehören zu keinem Tensor</translation>
        </message>
        <message>
            <source>the tensors need %1 bytes of data but the file has %2</source>
            <translation>die Tensoren brauchen %1 Byte Daten, die Datei hat aber %2</translation>
        </message>
        <message>
            <source>the file has %1 bytes of data after the last tensor</source>
            <translation>die Datei hat nach dem letzten Tensor %1 Byte Daten</translation>
        </message>
        <message>
            <source>tensor %1 %2</source>
            <translation>Tensor %1 %2</translation>
        </message>
    </context>
    <context>
        <name>hires::TensorRef</name>
        <message>
            <source>has no storage</source>
            <translation>hat keinen Speicher</translation>
        </message>
        <message>
            <source>has %1 dimensions but %2 strides</source>
            <translation>hat %1 Dimensionen, aber %2 Schrittweiten</translation>
        </message>
        <message>
            <source>has a negative dimension (%1)</source>
            <translation>hat eine negative Dimension (%1)</translation>
        </message>
        <message>
            <source>has a negative stride (%1)</source>
            <translation>hat eine negative Schrittweite (%1)</translation>
        </message>
        <message>
            <source>has a negative storage offset (%1)</source>
            <translation>hat einen negativen Speicherversatz (%1)</translation>
        </message>
        <message>
            <source>has a shape whose element count overflows</source>
            <translation>hat eine Form, deren Elementanzahl überläuft</translation>
        </message>
        <message>
            <source>declares %1 elements but its storage holds only %2</source>
            <translation>gibt %1 Elemente an, sein Speicher enthält aber nur %2</translation>
        </message>
        <message>
            <source>addresses bytes outside its storage of %1 bytes (offset %2)</source>
            <translation>greift auf Byte außerhalb seines Speichers von %1 Byte zu (Versatz %2)</translation>
        </message>
    </context>
    <context>
        <name>hires::TorchPickleCalls</name>
        <message>
            <source>the global %1 is forbidden (only tensor data is read from checkpoints)</source>
            <translation>das Global %1 ist verboten (aus Checkpoints werden nur Tensordaten gelesen)</translation>
        </message>
        <message>
            <source>REDUCE calls %1, which is not an allow-listed global</source>
            <translation>REDUCE ruft %1 auf, das kein zugelassenes Global ist</translation>
        </message>
        <message>
            <source>REDUCE arguments are not a tuple</source>
            <translation>REDUCE-Argumente sind kein Tupel</translation>
        </message>
        <message>
            <source>a parameter is rebuilt from something that is not a tensor</source>
            <translation>ein Parameter wird aus etwas aufgebaut, das kein Tensor ist</translation>
        </message>
        <message>
            <source>REDUCE calls %1, which is not callable here</source>
            <translation>REDUCE ruft %1 auf, das hier nicht aufrufbar ist</translation>
        </message>
        <message>
            <source>NEWOBJ creates %1, which is not an allow-listed class</source>
            <translation>NEWOBJ erzeugt %1, das keine zugelassene Klasse ist</translation>
        </message>
        <message>
            <source>BUILD on %1 is not allowed</source>
            <translation>BUILD auf %1 ist nicht erlaubt</translation>
        </message>
        <message>
            <source>OrderedDict is called with unexpected arguments</source>
            <translation>OrderedDict wird mit unerwarteten Argumenten aufgerufen</translation>
        </message>
        <message>
            <source>OrderedDict is called with an item that is not a pair</source>
            <translation>OrderedDict wird mit einem Element aufgerufen, das kein Paar ist</translation>
        </message>
        <message>
            <source>a tensor is rebuilt with %1 arguments</source>
            <translation>ein Tensor wird mit %1 Argumenten aufgebaut</translation>
        </message>
        <message>
            <source>a tensor is rebuilt from %1, not a storage</source>
            <translation>ein Tensor wird aus %1 aufgebaut, nicht aus einem Speicher</translation>
        </message>
        <message>
            <source>a tensor has a storage offset that is not an integer</source>
            <translation>ein Tensor hat einen Speicherversatz, der keine Ganzzahl ist</translation>
        </message>
        <message>
            <source>a tensor's size or stride is not a tuple of at most %1 integers</source>
            <translation>Größe oder Schrittweite eines Tensors ist kein Tupel aus höchstens %1 Ganzzahlen</translation>
        </message>
        <message>
            <source>storage %1 is declared twice with different types or sizes</source>
            <translation>Speicher %1 ist zweimal mit unterschiedlichen Typen oder Größen angegeben</translation>
        </message>
        <message>
            <source>a persistent id where none is allowed</source>
            <translation>eine persistente ID, wo keine erlaubt ist</translation>
        </message>
        <message>
            <source>a persistent id that is not a torch storage record</source>
            <translation>eine persistente ID, die kein Torch-Speicherdatensatz ist</translation>
        </message>
        <message>
            <source>a persistent id that is not a torch storage record (it starts with %1)</source>
            <translation>eine persistente ID, die kein Torch-Speicherdatensatz ist (sie beginnt mit %1)</translation>
        </message>
        <message>
            <source>a storage record whose type is %1, not a torch storage class</source>
            <translation>ein Speicherdatensatz vom Typ %1, keine Torch-Speicherklasse</translation>
        </message>
        <message>
            <source>a storage record with a malformed key, location or size</source>
            <translation>ein Speicherdatensatz mit fehlerhaftem Schlüssel, Ort oder fehlerhafter Größe</translation>
        </message>
        <message>
            <source>a storage view record that is malformed</source>
            <translation>ein fehlerhafter Speicheransichts-Datensatz</translation>
        </message>
    </context>
    <context>
        <name>hires::UpscaleJob</name>
        <message>
            <source>%1: the image is empty</source>
            <translation>%1: das Bild ist leer</translation>
        </message>
        <message>
            <source>no input image given</source>
            <translation>kein Eingabebild angegeben</translation>
        </message>
        <message>
            <source>%1: no output folder given for an image that has no file</source>
            <translation>%1: kein Ausgabeordner für ein Bild ohne Datei angegeben</translation>
        </message>
    </context>
    <context>
        <name>hires::ZipArchive</name>
        <message>
            <source>entry %1 fails its CRC-32 check</source>
            <translation>Eintrag %1 besteht die CRC-32-Prüfung nicht</translation>
        </message>
        <message>
            <source>entry %1 uses compression method %2; only stored and deflated entries are read</source>
            <translation>Eintrag %1 verwendet die Kompressionsmethode %2; nur gespeicherte und deflate-komprimierte Einträge werden gelesen</translation>
        </message>
        <message>
            <source>entry %1 would inflate to %2 bytes, over the limit of %3 for this archive (a zip bomb?)</source>
            <translation>Eintrag %1 würde sich auf %2 Byte entpacken, über der Grenze von %3 für dieses Archiv (eine Zip-Bombe?)</translation>
        </message>
        <message>
            <source>not enough memory to inflate entry %1 (%2 bytes)</source>
            <translation>nicht genug Speicher, um Eintrag %1 zu entpacken (%2 Byte)</translation>
        </message>
        <message>
            <source>entry %1: %2</source>
            <translation>Eintrag %1: %2</translation>
        </message>
    </context>
    <context>
        <name>hires::ZipDirectoryParser</name>
        <message>
            <source>the central directory cannot hold its %1 entries</source>
            <translation>das zentrale Verzeichnis kann seine %1 Einträge nicht fassen</translation>
        </message>
        <message>
            <source>the file is too short to be a zip archive</source>
            <translation>die Datei ist zu kurz für ein Zip-Archiv</translation>
        </message>
        <message>
            <source>no end-of-central-directory record (not a zip archive, or truncated)</source>
            <translation>kein Ende-des-Zentralverzeichnisses-Datensatz (kein Zip-Archiv oder abgeschnitten)</translation>
        </message>
        <message>
            <source>the archive needs ZIP64 records but has none</source>
            <translation>das Archiv braucht ZIP64-Datensätze, hat aber keine</translation>
        </message>
        <message>
            <source>multi-volume zip archives are not supported</source>
            <translation>mehrteilige Zip-Archive werden nicht unterstützt</translation>
        </message>
        <message>
            <source>the ZIP64 end-of-central-directory record is missing or misplaced</source>
            <translation>der ZIP64-Ende-des-Zentralverzeichnisses-Datensatz fehlt oder liegt falsch</translation>
        </message>
        <message>
            <source>the central directory (offset %1, %2 bytes) lies outside the archive</source>
            <translation>das zentrale Verzeichnis (Versatz %1, %2 Byte) liegt außerhalb des Archivs</translation>
        </message>
        <message>
            <source>central directory entry %1 is damaged</source>
            <translation>Eintrag %1 des zentralen Verzeichnisses ist beschädigt</translation>
        </message>
        <message>
            <source>entry %1 is encrypted</source>
            <translation>Eintrag %1 ist verschlüsselt</translation>
        </message>
        <message>
            <source>stored entry %1 declares %2 bytes stored but %3 bytes of content</source>
            <translation>gespeicherter Eintrag %1 gibt %2 gespeicherte Byte an, hat aber %3 Byte Inhalt</translation>
        </message>
        <message>
            <source>the archive has two entries named %1</source>
            <translation>das Archiv hat zwei Einträge namens %1</translation>
        </message>
        <message>
            <source>entry %1 has a short ZIP64 extra field</source>
            <translation>Eintrag %1 hat ein zu kurzes ZIP64-Zusatzfeld</translation>
        </message>
        <message>
            <source>entry %1 needs a ZIP64 extra field but has none</source>
            <translation>Eintrag %1 braucht ein ZIP64-Zusatzfeld, hat aber keines</translation>
        </message>
        <message>
            <source>the local header of entry %1 is missing or damaged</source>
            <translation>der lokale Kopf von Eintrag %1 fehlt oder ist beschädigt</translation>
        </message>
        <message>
            <source>the local header of entry %1 names %2</source>
            <translation>der lokale Kopf von Eintrag %1 nennt %2</translation>
        </message>
        <message>
            <source>the data of entry %1 (%2 bytes) runs past the end of the archive data</source>
            <translation>die Daten von Eintrag %1 (%2 Byte) reichen über das Ende der Archivdaten hinaus</translation>
        </message>
    </context>
    <context>
        <name>hires::cli</name>
        <message>
            <source>not recognised (%1)</source>
            <translation>nicht erkannt (%1)</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Wrapper key</source>
            <translation>Hüllschlüssel</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(keiner)</translation>
        </message>
        <message>
            <source>Stripped prefix</source>
            <translation>Entferntes Präfix</translation>
        </message>
        <message>
            <source>Tensors</source>
            <translation>Tensoren</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Parameter</translation>
        </message>
        <message>
            <source>Dtypes</source>
            <translation>Dtypes</translation>
        </message>
        <message>
            <source>Skipped entries</source>
            <translation>Übersprungene Einträge</translation>
        </message>
        <message>
            <source>Architecture</source>
            <translation>Architektur</translation>
        </message>
        <message>
            <source>Layers</source>
            <translation>Schichten</translation>
        </message>
        <message>
            <source>Layer types</source>
            <translation>Schichttypen</translation>
        </message>
        <message>
            <source>Metadata</source>
            <translation>Metadaten</translation>
        </message>
        <message>
            <source>Print JSON instead of a table.</source>
            <translation>JSON statt einer Tabelle ausgeben.</translation>
        </message>
        <message>
            <source>Also look in DIR (may be repeated).</source>
            <translation>Auch in DIR suchen (mehrfach möglich).</translation>
        </message>
        <message>
            <source>List the models in the model folders.</source>
            <translation>Die Modelle in den Modellordnern auflisten.</translation>
        </message>
        <message>
            <source>Unknown argument '%1'. Try 'models --help'.</source>
            <translation>Unbekanntes Argument „%1“. Versuchen Sie „models --help“.</translation>
        </message>
        <message>
            <source>No models in %1.</source>
            <translation>Keine Modelle in %1.</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>KIND</source>
            <translation>ART</translation>
        </message>
        <message>
            <source>ARCHITECTURE</source>
            <translation>ARCHITEKTUR</translation>
        </message>
        <message>
            <source>SCALE</source>
            <translation>FAKTOR</translation>
        </message>
        <message>
            <source>FORMAT</source>
            <translation>FORMAT</translation>
        </message>
        <message>
            <source>SIZE</source>
            <translation>GRÖSSE</translation>
        </message>
        <message>
            <source>LICENCE / ERROR</source>
            <translation>LIZENZ / FEHLER</translation>
        </message>
        <message>
            <source>error: %1</source>
            <translation>Fehler: %1</translation>
        </message>
        <message>
            <source>* default upscaler</source>
            <translation>* Standard-Vergrößerer</translation>
        </message>
        <message>
            <source>The folder with realesrgan-x4plus/x4fast .param and .bin.</source>
            <translation>Der Ordner mit den .param- und .bin-Dateien von realesrgan-x4plus/x4fast.</translation>
        </message>
        <message>
            <source>The model folder (default: the user's model folder).</source>
            <translation>Der Modellordner (Standard: der Modellordner des Benutzers).</translation>
        </message>
        <message>
            <source>Install the default upscaling models.</source>
            <translation>Die Standardmodelle zum Vergrößern installieren.</translation>
        </message>
        <message>
            <source>install-defaults needs --from DIR. Try 'models install-defaults --help'.</source>
            <translation>install-defaults braucht --from DIR. Versuchen Sie „models install-defaults --help“.</translation>
        </message>
        <message>
            <source>The default models are already installed in %1.</source>
            <translation>Die Standardmodelle sind bereits in %1 installiert.</translation>
        </message>
        <message>
            <source>Installed %1 into %2.</source>
            <translation>%1 in %2 installiert.</translation>
        </message>
        <message>
            <source>The expected SHA-256.</source>
            <translation>Der erwartete SHA-256.</translation>
        </message>
        <message>
            <source>Install the file even though no SHA-256 is known to check it against.</source>
            <translation>Die Datei installieren, obwohl kein SHA-256 zum Prüfen bekannt ist.</translation>
        </message>
        <message>
            <source>A model id from 'models catalogue', or an http(s) URL.</source>
            <translation>Eine Modell-ID aus „models catalogue“ oder eine http(s)-URL.</translation>
        </message>
        <message>
            <source>Download a model, verifying its SHA-256.</source>
            <translation>Ein Modell herunterladen und seinen SHA-256 prüfen.</translation>
        </message>
        <message>
            <source>download needs exactly one ID or URL. Try 'models download --help'.</source>
            <translation>download braucht genau eine ID oder URL. Versuchen Sie „models download --help“.</translation>
        </message>
        <message>
            <source>'%1' is neither a downloadable model of 'models catalogue' nor a URL.</source>
            <translation>„%1“ ist weder ein herunterladbares Modell aus „models catalogue“ noch eine URL.</translation>
        </message>
        <message>
            <source>%1: the URL does not end in a file name.</source>
            <translation>%1: die URL endet nicht mit einem Dateinamen.</translation>
        </message>
        <message>
            <source>%1 is already installed and verified.</source>
            <translation>%1 ist bereits installiert und geprüft.</translation>
        </message>
        <message>
            <source>%1: %2 of %3 (%4%)</source>
            <translation>%1: %2 von %3 (%4 %)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Saved %1 (SHA-256 %2%3).</source>
            <translation>%1 gespeichert (SHA-256 %2%3).</translation>
        </message>
        <message>
            <source>, not verified</source>
            <translation>, nicht geprüft</translation>
        </message>
        <message>
            <source>, verified</source>
            <translation>, geprüft</translation>
        </message>
        <message>
            <source>List the models Hires Studio knows by name.</source>
            <translation>Die Modelle auflisten, die Hires Studio mit Namen kennt.</translation>
        </message>
        <message>
            <source>LICENCE</source>
            <translation>LIZENZ</translation>
        </message>
        <message>
            <source>SOURCE</source>
            <translation>QUELLE</translation>
        </message>
        <message>
            <source>Upscales images with a Real-ESRGAN model, falling back to LANCZOS when the model cannot run.</source>
            <translation>Vergrößert Bilder mit einem Real-ESRGAN-Modell und greift auf LANCZOS zurück, wenn das Modell nicht laufen kann.</translation>
        </message>
        <message>
            <source>image files or folders</source>
            <translation>Bilddateien oder Ordner</translation>
        </message>
        <message>
            <source>output file (one input) or folder</source>
            <translation>Ausgabedatei (eine Eingabe) oder Ordner</translation>
        </message>
        <message>
            <source>model id, model file (.pth, .safetensors, .param) or 'lanczos' (default: %1)</source>
            <translation>Modell-ID, Modelldatei (.pth, .safetensors, .param) oder 'lanczos' (Standard: %1)</translation>
        </message>
        <message>
            <source>output scale (default 2)</source>
            <translation>Ausgabefaktor (Standard 2)</translation>
        </message>
        <message>
            <source>tile size in pixels, 0 = automatic</source>
            <translation>Kachelgröße in Pixeln, 0 = automatisch</translation>
        </message>
        <message>
            <source>auto, cpu or cuda</source>
            <translation>auto, cpu oder cuda</translation>
        </message>
        <message>
            <source>png, jpg, webp or tif (default: the input's)</source>
            <translation>png, jpg, webp oder tif (Standard: wie die Eingabe)</translation>
        </message>
        <message>
            <source>alpha channel by 'model' or 'lanczos'</source>
            <translation>Alphakanal per 'model' oder 'lanczos'</translation>
        </message>
        <message>
            <source>CPU threads, 0 = all cores</source>
            <translation>CPU-Threads, 0 = alle Kerne</translation>
        </message>
        <message>
            <source>auto, fp32, fp16 (CUDA) or bf16</source>
            <translation>auto, fp32, fp16 (CUDA) oder bf16</translation>
        </message>
        <message>
            <source>fail instead of falling back to LANCZOS</source>
            <translation>fehlschlagen statt auf LANCZOS zurückzugreifen</translation>
        </message>
        <message>
            <source>replace an existing -o FILE</source>
            <translation>eine vorhandene -o DATEI ersetzen</translation>
        </message>
        <message>
            <source>print one JSON object per input (output, provenance)</source>
            <translation>ein JSON-Objekt je Eingabe ausgeben (Ausgabe, Herkunft)</translation>
        </message>
        <message>
            <source>no input given</source>
            <translation>keine Eingabe angegeben</translation>
        </message>
        <message>
            <source>invalid scale '%1' (a number above 0, at most 64)</source>
            <translation>ungültiger Faktor „%1“ (eine Zahl über 0, höchstens 64)</translation>
        </message>
        <message>
            <source>invalid tile '%1' (0 = automatic, or at least 32)</source>
            <translation>ungültige Kachel „%1“ (0 = automatisch oder mindestens 32)</translation>
        </message>
        <message>
            <source>invalid thread count '%1'</source>
            <translation>ungültige Thread-Anzahl „%1“</translation>
        </message>
        <message>
            <source>unknown format '%1' (png, jpg, webp, tif)</source>
            <translation>unbekanntes Format „%1“ (png, jpg, webp, tif)</translation>
        </message>
        <message>
            <source>%1: no such file or folder</source>
            <translation>%1: keine solche Datei und kein solcher Ordner</translation>
        </message>
        <message>
            <source>no images found in %1</source>
            <translation>keine Bilder in %1 gefunden</translation>
        </message>
        <message>
            <source>%1: cannot create this folder</source>
            <translation>%1: dieser Ordner kann nicht angelegt werden</translation>
        </message>
        <message>
            <source>-o %1 names a file but there are %2 inputs; give a folder (ending with '/') instead</source>
            <translation>-o %1 nennt eine Datei, es gibt aber %2 Eingaben; geben Sie stattdessen einen Ordner an (mit '/' am Ende)</translation>
        </message>
        <message>
            <source>%1 exists; use --overwrite to replace it</source>
            <translation>%1 existiert; mit --overwrite ersetzen</translation>
        </message>
        <message>
            <source>%1 is an input; it is never overwritten</source>
            <translation>%1 ist eine Eingabe; sie wird nie überschrieben</translation>
        </message>
        <message>
            <source>--%1: '%2' is not a number</source>
            <translation>--%1: „%2“ ist keine Zahl</translation>
        </message>
        <message>
            <source>Generates an image with a Stable Diffusion 1.x or SDXL checkpoint, optionally with hires fix.</source>
            <translation>Erzeugt ein Bild mit einem Stable Diffusion 1.x- oder SDXL-Checkpoint, optional mit Hires Fix.</translation>
        </message>
        <message>
            <source>the prompt (A1111 weighting: (word:1.2), [word], BREAK)</source>
            <translation>der Prompt (A1111-Gewichtung: (wort:1.2), [wort], BREAK)</translation>
        </message>
        <message>
            <source>the negative prompt</source>
            <translation>der negative Prompt</translation>
        </message>
        <message>
            <source>checkpoint file (.safetensors, .ckpt), diffusers folder or name in the model folders</source>
            <translation>Checkpoint-Datei (.safetensors, .ckpt), diffusers-Ordner oder Name in den Modellordnern</translation>
        </message>
        <message>
            <source>width, a multiple of 8 (default: SDXL 768, SD 1.5 512)</source>
            <translation>Breite, ein Vielfaches von 8 (Standard: SDXL 768, SD 1.5 512)</translation>
        </message>
        <message>
            <source>height, a multiple of 8 (default: as width)</source>
            <translation>Höhe, ein Vielfaches von 8 (Standard: wie die Breite)</translation>
        </message>
        <message>
            <source>sampling steps (default %1)</source>
            <translation>Sampling-Schritte (Standard %1)</translation>
        </message>
        <message>
            <source>guidance scale (default %1)</source>
            <translation>Guidance Scale (Standard %1)</translation>
        </message>
        <message>
            <source>euler_a, euler, dpmpp_2m, dpmpp_2m_karras or ddim (default euler_a)</source>
            <translation>euler_a, euler, dpmpp_2m, dpmpp_2m_karras oder ddim (Standard euler_a)</translation>
        </message>
        <message>
            <source>seed, -1 = random (default)</source>
            <translation>Seed, -1 = zufällig (Standard)</translation>
        </message>
        <message>
            <source>CLIP skip for SD 1.x (default 1)</source>
            <translation>CLIP-Skip für SD 1.x (Standard 1)</translation>
        </message>
        <message>
            <source>img2img: the start image</source>
            <translation>img2img: das Startbild</translation>
        </message>
        <message>
            <source>img2img: how much of the start image is re-noised (default %1)</source>
            <translation>img2img: wie viel des Startbilds neu verrauscht wird (Standard %1)</translation>
        </message>
        <message>
            <source>render at the base size, upscale, then refine (AUTOMATIC1111 hires fix)</source>
            <translation>in der Basisgröße rendern, hochskalieren, dann verfeinern (AUTOMATIC1111 Hires Fix)</translation>
        </message>
        <message>
            <source>hires fix: upscale factor (default %1)</source>
            <translation>Hires Fix: Hochskalierungsfaktor (Standard %1)</translation>
        </message>
        <message>
            <source>hires fix: denoising strength (default %1)</source>
            <translation>Hires Fix: Entrauschungsstärke (Standard %1)</translation>
        </message>
        <message>
            <source>hires fix: second pass steps, 0 = as --steps (default 0)</source>
            <translation>Hires Fix: Schritte des zweiten Durchgangs, 0 = wie --steps (Standard 0)</translation>
        </message>
        <message>
            <source>hires fix: upscale with LANCZOS instead of Real-ESRGAN</source>
            <translation>Hires Fix: mit LANCZOS statt Real-ESRGAN hochskalieren</translation>
        </message>
        <message>
            <source>hires fix: upscale the latent (A1111 "Latent")</source>
            <translation>Hires Fix: den Latent hochskalieren (A1111 „Latent“)</translation>
        </message>
        <message>
            <source>hires fix: the Real-ESRGAN model file (default: realesrgan-x4fast from the model folders)</source>
            <translation>Hires Fix: die Real-ESRGAN-Modelldatei (Standard: realesrgan-x4fast aus den Modellordnern)</translation>
        </message>
        <message>
            <source>restore faces with this weight (0..1)</source>
            <translation>Gesichter mit dieser Stärke restaurieren (0..1)</translation>
        </message>
        <message>
            <source>the GFPGAN model file (default: GFPGANv1.4.pth from the model folders)</source>
            <translation>die GFPGAN-Modelldatei (Standard: GFPGANv1.4.pth aus den Modellordnern)</translation>
        </message>
        <message>
            <source>folder with the CLIP tokenizer (vocab.json + merges.txt)</source>
            <translation>Ordner mit dem CLIP-Tokenizer (vocab.json + merges.txt)</translation>
        </message>
        <message>
            <source>an extra folder with models and tokenizers (repeatable)</source>
            <translation>ein zusätzlicher Ordner mit Modellen und Tokenizern (wiederholbar)</translation>
        </message>
        <message>
            <source>output file (default: hires-studio-&lt;time&gt;.png)</source>
            <translation>Ausgabedatei (Standard: hires-studio-&lt;time&gt;.png)</translation>
        </message>
        <message>
            <source>also write the first pass next to the output (-first-pass)</source>
            <translation>auch den ersten Durchgang neben die Ausgabe schreiben (-first-pass)</translation>
        </message>
        <message>
            <source>replace an existing output file</source>
            <translation>eine vorhandene Ausgabedatei ersetzen</translation>
        </message>
        <message>
            <source>print the result as JSON (output, seed, provenance)</source>
            <translation>das Ergebnis als JSON ausgeben (output, seed, provenance)</translation>
        </message>
        <message>
            <source>unexpected argument '%1' (the prompt goes after -p)</source>
            <translation>unerwartetes Argument „%1“ (der Prompt steht nach -p)</translation>
        </message>
        <message>
            <source>no prompt given (-p TEXT)</source>
            <translation>kein Prompt angegeben (-p TEXT)</translation>
        </message>
        <message>
            <source>unknown sampler '%1' (euler_a, euler, dpmpp_2m, dpmpp_2m_karras, ddim)</source>
            <translation>unbekannter Sampler „%1“ (euler_a, euler, dpmpp_2m, dpmpp_2m_karras, ddim)</translation>
        </message>
        <message>
            <source>Output file (one INPUT) or folder (several).</source>
            <translation>Ausgabedatei (ein INPUT) oder Ordner (mehrere).</translation>
        </message>
        <message>
            <source>Blend of original (0) and restored (1) faces; default 1.</source>
            <translation>Mischung aus originalen (0) und restaurierten (1) Gesichtern; Standard 1.</translation>
        </message>
        <message>
            <source>GFPGAN v1.4 weights (GFPGANv1.4.pth).</source>
            <translation>GFPGAN v1.4-Gewichte (GFPGANv1.4.pth).</translation>
        </message>
        <message>
            <source>Inputs are aligned 512x512 faces: run the network alone (no detection, no paste-back).</source>
            <translation>Eingaben sind ausgerichtete 512x512-Gesichter: nur das Netz ausführen (keine Erkennung, kein Wiedereinsetzen).</translation>
        </message>
        <message>
            <source>Face detector: auto, yunet or haar; default auto.</source>
            <translation>Gesichtsdetektor: auto, yunet oder haar; Standard auto.</translation>
        </message>
        <message>
            <source>Folder searched for face_detection_yunet*.onnx (repeatable).</source>
            <translation>Ordner, in dem nach face_detection_yunet*.onnx gesucht wird (wiederholbar).</translation>
        </message>
        <message>
            <source>Output format: png, jpg, webp or tif; default: the input's.</source>
            <translation>Ausgabeformat: png, jpg, webp oder tif; Standard: das der Eingabe.</translation>
        </message>
        <message>
            <source>Print the results and their provenance as JSON.</source>
            <translation>Die Ergebnisse und ihre Herkunft als JSON ausgeben.</translation>
        </message>
        <message>
            <source>Restore the faces of photos with GFPGAN v1.4.</source>
            <translation>Die Gesichter auf Fotos mit GFPGAN v1.4 restaurieren.</translation>
        </message>
        <message>
            <source>Images to restore.</source>
            <translation>Zu restaurierende Bilder.</translation>
        </message>
        <message>
            <source>restore-faces needs at least one INPUT. Try 'restore-faces --help'.</source>
            <translation>restore-faces braucht mindestens ein INPUT. Versuchen Sie „restore-faces --help“.</translation>
        </message>
        <message>
            <source>--weight must be a number from 0 to 1, not '%1'.</source>
            <translation>--weight muss eine Zahl von 0 bis 1 sein, nicht „%1“.</translation>
        </message>
        <message>
            <source>unknown output format '%1'.</source>
            <translation>unbekanntes Ausgabeformat „%1“.</translation>
        </message>
        <message>
            <source>restore faces after upscaling: blend of original (0) and restored (1) faces</source>
            <translation>Gesichter nach dem Hochskalieren restaurieren: Mischung aus originalen (0) und restaurierten (1) Gesichtern</translation>
        </message>
        <message>
            <source>GFPGAN v1.4 weights for --face-restore (default: %1 in the model folders)</source>
            <translation>GFPGAN v1.4-Gewichte für --face-restore (Standard: %1 in den Modellordnern)</translation>
        </message>
        <message>
            <source>with --face-restore: the input is an aligned face (the network alone, no detection or paste-back)</source>
            <translation>mit --face-restore: Die Eingabe ist ein ausgerichtetes Gesicht (nur das Netz, keine Erkennung und kein Wiedereinsetzen)</translation>
        </message>
        <message>
            <source>--face-model and --face-aligned need --face-restore WEIGHT</source>
            <translation>--face-model und --face-aligned erfordern --face-restore WEIGHT</translation>
        </message>
        <message>
            <source>invalid face restoration weight '%1' (a number from 0 to 1)</source>
            <translation>ungültige Stärke der Gesichtsrestaurierung „%1“ (eine Zahl von 0 bis 1)</translation>
        </message>
    </context>
    <context>
        <name>hires::cli::GenerateCommand</name>
        <message>
            <source>generate an image with Stable Diffusion (txt2img, img2img, hires fix)</source>
            <translation>ein Bild mit Stable Diffusion erzeugen (txt2img, img2img, Hires Fix)</translation>
        </message>
        <message>
            <source>Try 'hires-studio generate --help'.</source>
            <translation>Versuchen Sie „hires-studio generate --help“.</translation>
        </message>
        <message>
            <source>%1 exists; use --overwrite to replace it</source>
            <translation>%1 existiert; verwenden Sie --overwrite, um es zu ersetzen</translation>
        </message>
        <message>
            <source>%1 %2/%3</source>
            <translation>%1 %2/%3</translation>
        </message>
        <message>
            <source>tokenizer: %1 (%2)</source>
            <translation>Tokenizer: %1 (%2)</translation>
        </message>
        <message>
            <source>seed %1; %2</source>
            <translation>Seed %1; %2</translation>
        </message>
    </context>
    <context>
        <name>hires::cli::InspectCommand</name>
        <message>
            <source>show what a model file (.safetensors, .pth, .ckpt, ncnn .param/.bin) holds</source>
            <translation>zeigen, was eine Modelldatei (.safetensors, .pth, .ckpt, ncnn .param/.bin) enthält</translation>
        </message>
        <message>
            <source>Print JSON instead of text.</source>
            <translation>JSON statt Text ausgeben.</translation>
        </message>
        <message>
            <source>List every tensor with its dtype and shape.</source>
            <translation>Jeden Tensor mit dtype und Form auflisten.</translation>
        </message>
        <message>
            <source>The model file.</source>
            <translation>Die Modelldatei.</translation>
        </message>
        <message>
            <source>inspect needs exactly one FILE. Try 'inspect --help'.</source>
            <translation>inspect braucht genau eine DATEI. Versuchen Sie „inspect --help“.</translation>
        </message>
    </context>
    <context>
        <name>hires::cli::ModelsCommand</name>
        <message>
            <source>list, install and download models (models --help)</source>
            <translation>Modelle auflisten, installieren und herunterladen (models --help)</translation>
        </message>
        <message>
            <source>Usage: models [--json] [--folder DIR]...
       models install-defaults --from DIR [--to DIR]
       models download ID|URL [--sha256 HEX] [--to DIR] [--allow-unverified]
       models catalogue [--json]
Each sub-command takes --help.</source>
            <translation>Aufruf: models [--json] [--folder DIR]...
        models install-defaults --from DIR [--to DIR]
        models download ID|URL [--sha256 HEX] [--to DIR] [--allow-unverified]
        models catalogue [--json]
Jeder Unterbefehl kennt --help.</translation>
        </message>
    </context>
    <context>
        <name>hires::cli::RestoreFacesCommand</name>
        <message>
            <source>restore the faces in photos (GFPGAN v1.4) with a weight from 0 to 1</source>
            <translation>die Gesichter auf Fotos restaurieren (GFPGAN v1.4) mit einer Stärke von 0 bis 1</translation>
        </message>
        <message>
            <source>-o must be a folder when there are several inputs: %1</source>
            <translation>-o muss bei mehreren Eingaben ein Ordner sein: %1</translation>
        </message>
        <message>
            <source>cannot create the output folder %1</source>
            <translation>der Ausgabeordner %1 kann nicht erstellt werden</translation>
        </message>
        <message>
            <source>warning: faces are not restored: %1</source>
            <translation>Warnung: Gesichter werden nicht restauriert: %1</translation>
        </message>
        <message>
            <source>%1 -&gt; %2: %3 face(s) detected, %4 restored (%5)</source>
            <translation>%1 -&gt; %2: %3 Gesicht(er) erkannt, %4 restauriert (%5)</translation>
        </message>
    </context>
    <context>
        <name>hires::cli::ServeCommand</name>
        <message>
            <source>Serve the HTTP API (/generate, /upscale, /health, AUTOMATIC1111's /sdapi/v1).</source>
            <translation>Die HTTP-API bereitstellen (/generate, /upscale, /health, /sdapi/v1 von AUTOMATIC1111).</translation>
        </message>
        <message>
            <source>Address to listen on (default 127.0.0.1).</source>
            <translation>Adresse, auf der gelauscht wird (Standard 127.0.0.1).</translation>
        </message>
        <message>
            <source>Port (default 7860; 0: any).</source>
            <translation>Port (Standard 7860; 0: beliebig).</translation>
        </message>
        <message>
            <source>Bearer token every request must carry.</source>
            <translation>Bearer-Token, das jede Anfrage mitführen muss.</translation>
        </message>
        <message>
            <source>Read the token from FILE (keeps it out of `ps`).</source>
            <translation>Das Token aus FILE lesen (hält es aus `ps` heraus).</translation>
        </message>
        <message>
            <source>Also look for models in DIR (may be repeated).</source>
            <translation>Auch in DIR nach Modellen suchen (wiederholbar).</translation>
        </message>
        <message>
            <source>Library id of the checkpoint /generate uses (default: the first found).</source>
            <translation>Bibliotheks-ID des Checkpoints, den /generate verwendet (Standard: der erste gefundene).</translation>
        </message>
        <message>
            <source>Jobs that may wait behind the running one (default 4).</source>
            <translation>Aufträge, die hinter dem laufenden warten dürfen (Standard 4).</translation>
        </message>
        <message>
            <source>Largest request body in MiB (default 48).</source>
            <translation>Größter Anfragetext in MiB (Standard 48).</translation>
        </message>
        <message>
            <source>serve: --host takes an IP address and --port a number up to 65535</source>
            <translation>serve: --host erwartet eine IP-Adresse und --port eine Zahl bis 65535</translation>
        </message>
        <message>
            <source>serve: cannot read %1: %2</source>
            <translation>serve: %1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>serve: %1</source>
            <translation>serve: %1</translation>
        </message>
        <message>
            <source>Serving on http://%1:%2 (%3 models found)</source>
            <translation>Bereitgestellt auf http://%1:%2 (%3 Modelle gefunden)</translation>
        </message>
        <message>
            <source>serve: stopped</source>
            <translation>serve: beendet</translation>
        </message>
    </context>
    <context>
        <name>hires::cli::UpscaleCommand</name>
        <message>
            <source>upscale images with Real-ESRGAN or LANCZOS (files and folders)</source>
            <translation>Bilder mit Real-ESRGAN oder LANCZOS vergrößern (Dateien und Ordner)</translation>
        </message>
        <message>
            <source>Try 'hires-studio upscale --help'.</source>
            <translation>Versuchen Sie „hires-studio upscale --help“.</translation>
        </message>
        <message>
            <source>model '%1' not found (looked in: %2); give a model file with -m</source>
            <translation>Modell „%1“ nicht gefunden (gesucht in: %2); geben Sie eine Modelldatei mit -m an</translation>
        </message>
        <message>
            <source>upscaled %1 of %2 images, %3 failed</source>
            <translation>%1 von %2 Bildern vergrößert, %3 fehlgeschlagen</translation>
        </message>
        <message>
            <source>upscaled %1 of %2 images</source>
            <translation>%1 von %2 Bildern vergrößert</translation>
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
            <translation>Gesichtsmodell „%1“ nicht gefunden (gesucht in: %2); Gesichter werden nicht restauriert; geben Sie mit --face-model eine GFPGAN v1.4-Datei an</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::AboutDialog</name>
        <message>
            <source>About Hires Studio</source>
            <translation>Über Hires Studio</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Hires Studio %1&lt;/h2&gt;&lt;p&gt;Image generation, neural upscaling and A/B comparison on the desktop.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;Hires Studio %1&lt;/h2&gt;&lt;p&gt;Bilderzeugung, neuronales Hochskalieren und A/B-Vergleich auf dem Desktop.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&amp;Copy Details</source>
            <translation>Details &amp;kopieren</translation>
        </message>
        <message numerus="yes">
            <source>CUDA (%n device(s))</source>
            <translation>
                <numerusform>CUDA (%n Gerät)</numerusform>
                <numerusform>CUDA (%n Geräte)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>CPU only (%n thread(s))</source>
            <translation>
                <numerusform>nur CPU (%n Thread)</numerusform>
                <numerusform>nur CPU (%n Threads)</numerusform>
            </translation>
        </message>
        <message>
            <source>libtorch %1, %2
OpenCV %3
Qt %4 (built with %5)</source>
            <translation>libtorch %1, %2
OpenCV %3
Qt %4 (erstellt mit %5)</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::ComparisonPage</name>
        <message>
            <source>Comparison</source>
            <translation>Vergleich</translation>
        </message>
        <message>
            <source>Comparison tools</source>
            <translation>Vergleichswerkzeuge</translation>
        </message>
        <message>
            <source>Comparison progress</source>
            <translation>Fortschritt des Vergleichs</translation>
        </message>
        <message>
            <source>Comparison status</source>
            <translation>Status des Vergleichs</translation>
        </message>
        <message>
            <source>Open an image to compare LANCZOS with a model, or compare two files.</source>
            <translation>Öffnen Sie ein Bild, um LANCZOS mit einem Modell zu vergleichen, oder vergleichen Sie zwei Dateien.</translation>
        </message>
        <message>
            <source>&amp;Open Image to Compare...</source>
            <translation>Bild zum Vergleichen ö&amp;ffnen...</translation>
        </message>
        <message>
            <source>Choose the image whose upscales are compared</source>
            <translation>Das Bild wählen, dessen Hochskalierungen verglichen werden</translation>
        </message>
        <message>
            <source>Compare &amp;LANCZOS vs Model</source>
            <translation>&amp;LANCZOS mit Modell vergleichen</translation>
        </message>
        <message>
            <source>Upscale the whole image with LANCZOS and with the chosen model to the same size, and compare them</source>
            <translation>Das ganze Bild mit LANCZOS und mit dem gewählten Modell auf dieselbe Größe hochskalieren und beide vergleichen</translation>
        </message>
        <message>
            <source>&amp;Preview Visible Region</source>
            <translation>&amp;Vorschau des sichtbaren Bereichs</translation>
        </message>
        <message>
            <source>Run the model only on the part in view (plus a margin), LANCZOS elsewhere: a quick look before the whole image</source>
            <translation>Das Modell nur auf den sichtbaren Teil (mit Rand) anwenden, sonst LANCZOS: ein schneller Eindruck vor dem ganzen Bild</translation>
        </message>
        <message>
            <source>Compare &amp;Two Files...</source>
            <translation>&amp;Zwei Dateien vergleichen...</translation>
        </message>
        <message>
            <source>Choose two image files and compare them</source>
            <translation>Zwei Bilddateien wählen und vergleichen</translation>
        </message>
        <message>
            <source>&amp;Cancel Comparison</source>
            <translation>Vergleich a&amp;bbrechen</translation>
        </message>
        <message>
            <source>Stop the running comparison</source>
            <translation>Den laufenden Vergleich anhalten</translation>
        </message>
        <message>
            <source>&amp;Side by Side</source>
            <translation>&amp;Nebeneinander</translation>
        </message>
        <message>
            <source>Show the two images next to each other</source>
            <translation>Die beiden Bilder nebeneinander zeigen</translation>
        </message>
        <message>
            <source>S&amp;lider</source>
            <translation>&amp;Schieberegler</translation>
        </message>
        <message>
            <source>Show the left image left of a divider you drag, the right image right of it</source>
            <translation>Das linke Bild links einer verschiebbaren Trennlinie zeigen, das rechte rechts davon</translation>
        </message>
        <message>
            <source>&amp;Difference</source>
            <translation>&amp;Differenz</translation>
        </message>
        <message>
            <source>Show where the images differ: |A − B| amplified and colour-mapped</source>
            <translation>Zeigen, wo sich die Bilder unterscheiden: |A − B| verstärkt und farbcodiert</translation>
        </message>
        <message>
            <source>&amp;Fit</source>
            <translation>&amp;Einpassen</translation>
        </message>
        <message>
            <source>Fit the images to the panes</source>
            <translation>Die Bilder in die Ansichten einpassen</translation>
        </message>
        <message>
            <source>1:1</source>
            <translation>1:1</translation>
        </message>
        <message>
            <source>Actual pixels</source>
            <translation>Originalpixel</translation>
        </message>
        <message>
            <source>2×</source>
            <translation>2×</translation>
        </message>
        <message>
            <source>Two screen pixels per image pixel</source>
            <translation>Zwei Bildschirmpixel je Bildpixel</translation>
        </message>
        <message>
            <source>4×</source>
            <translation>4×</translation>
        </message>
        <message>
            <source>Four screen pixels per image pixel</source>
            <translation>Vier Bildschirmpixel je Bildpixel</translation>
        </message>
        <message>
            <source>Save &amp;Left As...</source>
            <translation>&amp;Linkes Bild speichern unter...</translation>
        </message>
        <message>
            <source>Save the left image to a file</source>
            <translation>Das linke Bild in eine Datei speichern</translation>
        </message>
        <message>
            <source>Save &amp;Right As...</source>
            <translation>&amp;Rechtes Bild speichern unter...</translation>
        </message>
        <message>
            <source>Save the right image to a file</source>
            <translation>Das rechte Bild in eine Datei speichern</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modell</translation>
        </message>
        <message>
            <source>The model compared with LANCZOS</source>
            <translation>Das Modell, das mit LANCZOS verglichen wird</translation>
        </message>
        <message>
            <source>Output scale</source>
            <translation>Ausgabefaktor</translation>
        </message>
        <message>
            <source>Both sides are upscaled to this many times the input size</source>
            <translation>Beide Seiten werden auf dieses Vielfache der Eingabegröße hochskaliert</translation>
        </message>
        <message>
            <source>×%1</source>
            <translation>×%1</translation>
        </message>
        <message>
            <source>Difference amplification</source>
            <translation>Verstärkung der Differenz</translation>
        </message>
        <message>
            <source>How strongly differences are amplified in the difference view</source>
            <translation>Wie stark Unterschiede in der Differenzansicht verstärkt werden</translation>
        </message>
        <message>
            <source>|A − B| ×%1</source>
            <translation>|A − B| ×%1</translation>
        </message>
        <message>
            <source>%1: choose a model and compare, or zoom in and preview the region in view.</source>
            <translation>%1: Wählen Sie ein Modell und vergleichen Sie, oder vergrößern Sie und sehen Sie sich eine Vorschau des sichtbaren Bereichs an.</translation>
        </message>
        <message>
            <source>Images (%1)</source>
            <translation>Bilder (%1)</translation>
        </message>
        <message>
            <source>Open Image to Compare</source>
            <translation>Bild zum Vergleichen öffnen</translation>
        </message>
        <message>
            <source>Choose Two Images to Compare</source>
            <translation>Zwei Bilder zum Vergleichen wählen</translation>
        </message>
        <message numerus="yes">
            <source>Choose exactly two images to compare (%n chosen).</source>
            <translation>
                <numerusform>Wählen Sie genau zwei Bilder zum Vergleichen (%n gewählt).</numerusform>
                <numerusform>Wählen Sie genau zwei Bilder zum Vergleichen (%n gewählt).</numerusform>
            </translation>
        </message>
        <message>
            <source>Upscaling %1 with LANCZOS and %2...</source>
            <translation>%1 wird mit LANCZOS und %2 hochskaliert...</translation>
        </message>
        <message>
            <source>Previewing %1 on %2 × %3 pixels in view...</source>
            <translation>Vorschau von %1 auf %2 × %3 sichtbaren Pixeln...</translation>
        </message>
        <message>
            <source>Comparing %1 with %2...</source>
            <translation>%1 wird mit %2 verglichen...</translation>
        </message>
        <message>
            <source>Compared %1 with %2.</source>
            <translation>%1 mit %2 verglichen.</translation>
        </message>
        <message>
            <source>The model could not run: see the right pane.</source>
            <translation>Das Modell konnte nicht laufen: siehe rechte Ansicht.</translation>
        </message>
        <message>
            <source>The comparison failed: %1</source>
            <translation>Der Vergleich ist fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>The comparison was cancelled.</source>
            <translation>Der Vergleich wurde abgebrochen.</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>%1 gespeichert</translation>
        </message>
        <message>
            <source>No model found: add one in the model manager</source>
            <translation>Kein Modell gefunden: Fügen Sie eines in der Modellverwaltung hinzu</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Öffnen</translation>
        </message>
        <message>
            <source>LANCZOS vs Model</source>
            <translation>LANCZOS gegen Modell</translation>
        </message>
        <message>
            <source>Preview Region</source>
            <translation>Bereichsvorschau</translation>
        </message>
        <message>
            <source>Two Files</source>
            <translation>Zwei Dateien</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Side by Side</source>
            <translation>Nebeneinander</translation>
        </message>
        <message>
            <source>Slider</source>
            <translation>Schieberegler</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Differenz</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Einpassen</translation>
        </message>
        <message>
            <source>Save Left</source>
            <translation>Links speichern</translation>
        </message>
        <message>
            <source>Save Right</source>
            <translation>Rechts speichern</translation>
        </message>
        <message>
            <source>The model runs on %1; LANCZOS runs on this computer.</source>
            <translation>Das Modell läuft auf %1, LANCZOS auf diesem Computer.</translation>
        </message>
        <message>
            <source>The model ran on %1.</source>
            <translation>Das Modell lief auf %1.</translation>
        </message>
        <message>
            <source>Restore &amp;Faces</source>
            <translation>&amp;Gesichter restaurieren</translation>
        </message>
        <message>
            <source>Restore Faces</source>
            <translation>Gesichter restaurieren</translation>
        </message>
        <message>
            <source>Restore the faces of the model's side with GFPGAN, then switch each face and set the weight beside the view</source>
            <translation>Die Gesichter der Modellseite mit GFPGAN restaurieren, dann neben der Ansicht jedes Gesicht ein- oder ausschalten und die Gewichtung einstellen</translation>
        </message>
        <message>
            <source>Face restoration weight</source>
            <translation>Gewichtung der Gesichtsrestaurierung</translation>
        </message>
        <message>
            <source>Face restoration weight — 0: the model's faces as they are; 1: fully restored (applies to the next comparison)</source>
            <translation>Gewichtung der Gesichtsrestaurierung — 0: die Gesichter des Modells unverändert; 1: vollständig restauriert (gilt ab dem nächsten Vergleich)</translation>
        </message>
        <message>
            <source>this computer</source>
            <translation>diesem Computer</translation>
        </message>
        <message>
            <source>Faces are restored on this computer only: with a remote server the model's faces are shown as they are.</source>
            <translation>Gesichter werden nur auf diesem Computer restauriert: Mit einem entfernten Server werden die Gesichter des Modells unverändert gezeigt.</translation>
        </message>
        <message>
            <source>No face was found.</source>
            <translation>Es wurde kein Gesicht gefunden.</translation>
        </message>
        <message>
            <source>The faces were not restored: see the right pane.</source>
            <translation>Die Gesichter wurden nicht restauriert: siehe rechte Ansicht.</translation>
        </message>
        <message numerus="yes">
            <source>%n face(s) restored: review them beside the view.</source>
            <translation>
                <numerusform>%n Gesicht restauriert: Prüfen Sie es neben der Ansicht.</numerusform>
                <numerusform>%n Gesichter restauriert: Prüfen Sie sie neben der Ansicht.</numerusform>
            </translation>
        </message>
        <message>
            <source>Face restoration and review run on this computer only; the model runs on %1 (see Settings)</source>
            <translation>Gesichtsrestaurierung und Prüfung laufen nur auf diesem Computer; das Modell läuft auf %1 (siehe Einstellungen)</translation>
        </message>
        <message>
            <source>Restore the faces of the model's side, and review them face by face (%1)</source>
            <translation>Die Gesichter der Modellseite restaurieren und Gesicht für Gesicht prüfen (%1)</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::ComparisonView</name>
        <message>
            <source>Left image information</source>
            <translation>Angaben zum linken Bild</translation>
        </message>
        <message>
            <source>Right image information</source>
            <translation>Angaben zum rechten Bild</translation>
        </message>
        <message>
            <source>Difference information</source>
            <translation>Angaben zur Differenz</translation>
        </message>
        <message>
            <source>Left image</source>
            <translation>Linkes Bild</translation>
        </message>
        <message>
            <source>Right image</source>
            <translation>Rechtes Bild</translation>
        </message>
        <message>
            <source>Difference between the images</source>
            <translation>Differenz der Bilder</translation>
        </message>
        <message>
            <source>Where the two images differ: black where they agree, brighter where they differ more (|A − B| amplified)</source>
            <translation>Wo sich die beiden Bilder unterscheiden: schwarz, wo sie übereinstimmen, heller, je stärker sie abweichen (|A − B| verstärkt)</translation>
        </message>
        <message>
            <source>Compare LANCZOS with a model, or open two images to compare.</source>
            <translation>Vergleichen Sie LANCZOS mit einem Modell, oder öffnen Sie zwei Bilder zum Vergleich.</translation>
        </message>
        <message>
            <source>The difference appears once two images are compared.</source>
            <translation>Die Differenz erscheint, sobald zwei Bilder verglichen werden.</translation>
        </message>
        <message>
            <source>made by %1</source>
            <translation>erzeugt von %1</translation>
        </message>
        <message>
            <source>on %1</source>
            <translation>auf %1</translation>
        </message>
        <message>
            <source>on %1 (%2)</source>
            <translation>auf %1 (%2)</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
        <message>
            <source>%1 × %2 file</source>
            <translation>%1 × %2 Datei</translation>
        </message>
        <message>
            <source>sharpness %1</source>
            <translation>Schärfe %1</translation>
        </message>
        <message>
            <source>fidelity ∞ dB (reduces to the input exactly)</source>
            <translation>Treue ∞ dB (verkleinert exakt die Eingabe)</translation>
        </message>
        <message>
            <source>fidelity %1 dB</source>
            <translation>Treue %1 dB</translation>
        </message>
        <message>
            <source>Fell back: %1 → %2 (%3)</source>
            <translation>Ausweichlösung: %1 → %2 (%3)</translation>
        </message>
        <message>
            <source>|A − B| × %1 · mean difference %2 of 255</source>
            <translation>|A − B| × %1 · mittlere Differenz %2 von 255</translation>
        </message>
        <message>
            <source>Model preview of %1 × %2 pixels at %3, %4</source>
            <translation>Modellvorschau von %1 × %2 Pixeln bei %3, %4</translation>
        </message>
        <message>
            <source>The images have different shapes: one is stretched.</source>
            <translation>Die Bilder haben verschiedene Seitenverhältnisse: eines ist gestreckt.</translation>
        </message>
        <message>
            <source>no face found</source>
            <translation>kein Gesicht gefunden</translation>
        </message>
        <message>
            <source>%1 of %2 faces restored by %3</source>
            <translation>%1 von %2 Gesichtern mit %3 restauriert</translation>
        </message>
        <message>
            <source>faces not restored</source>
            <translation>Gesichter nicht restauriert</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::FaceReviewPanel</name>
        <message>
            <source>Restored faces</source>
            <translation>Restaurierte Gesichter</translation>
        </message>
        <message>
            <source>Detected faces</source>
            <translation>Erkannte Gesichter</translation>
        </message>
        <message>
            <source>&amp;Weight:</source>
            <translation>&amp;Gewichtung:</translation>
        </message>
        <message>
            <source>Face restoration weight</source>
            <translation>Gewichtung der Gesichtsrestaurierung</translation>
        </message>
        <message>
            <source>0: the original faces; 100: fully restored. Applies to every face.</source>
            <translation>0: die Originalgesichter; 100: vollständig restauriert. Gilt für jedes Gesicht.</translation>
        </message>
        <message>
            <source>No face restoration in this result.</source>
            <translation>Dieses Ergebnis enthält keine Gesichtsrestaurierung.</translation>
        </message>
        <message>
            <source>No face was detected.</source>
            <translation>Es wurde kein Gesicht erkannt.</translation>
        </message>
        <message>
            <source>Faces detected: %1</source>
            <translation>Erkannte Gesichter: %1</translation>
        </message>
        <message>
            <source>Face %1</source>
            <translation>Gesicht %1</translation>
        </message>
        <message>
            <source>Restore face %1</source>
            <translation>Gesicht %1 restaurieren</translation>
        </message>
        <message>
            <source>Switch the restoration of this face on or off</source>
            <translation>Die Restaurierung dieses Gesichts ein- oder ausschalten</translation>
        </message>
        <message>
            <source>No restoration model ran for this face</source>
            <translation>Für dieses Gesicht lief kein Restaurierungsmodell</translation>
        </message>
        <message>
            <source>Face %1 before restoration</source>
            <translation>Gesicht %1 vor der Restaurierung</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keines</translation>
        </message>
        <message>
            <source>Face %1 after restoration</source>
            <translation>Gesicht %1 nach der Restaurierung</translation>
        </message>
        <message>
            <source>not restored</source>
            <translation>nicht restauriert</translation>
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
            <translation>Gesichtsrestaurierung</translation>
        </message>
        <message>
            <source>Generate</source>
            <translation>Erzeugen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Describe the image (Ctrl+Enter generates, Ctrl+Up/Down walk the history)</source>
            <translation>Beschreiben Sie das Bild (Strg+Eingabe erzeugt, Strg+Auf/Ab blättern im Verlauf)</translation>
        </message>
        <message>
            <source>What the image should not show</source>
            <translation>Was das Bild nicht zeigen soll</translation>
        </message>
        <message>
            <source>The Stable Diffusion checkpoint that draws the image</source>
            <translation>Der Stable-Diffusion-Checkpoint, der das Bild malt</translation>
        </message>
        <message>
            <source>Hires fix upscales the first pass with Real-ESRGAN; off: with LANCZOS (also used, and reported, when no Real-ESRGAN model runs)</source>
            <translation>Hires fix vergrößert den ersten Durchgang mit Real-ESRGAN; aus: mit LANCZOS (wird auch verwendet und gemeldet, wenn kein Real-ESRGAN-Modell läuft)</translation>
        </message>
        <message>
            <source>0: the generated face, 1: the fully restored face</source>
            <translation>0: das erzeugte Gesicht, 1: das vollständig restaurierte Gesicht</translation>
        </message>
        <message>
            <source>Checkpoint:</source>
            <translation>Checkpoint:</translation>
        </message>
        <message>
            <source>Prompt:</source>
            <translation>Prompt:</translation>
        </message>
        <message>
            <source>Negative:</source>
            <translation>Negativ:</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>Bild</translation>
        </message>
        <message>
            <source> px</source>
            <translation> px</translation>
        </message>
        <message>
            <source>Classifier-free guidance: how closely the image follows the prompt</source>
            <translation>Classifier-free Guidance: wie genau das Bild dem Prompt folgt</translation>
        </message>
        <message>
            <source>Size:</source>
            <translation>Größe:</translation>
        </message>
        <message>
            <source>Steps:</source>
            <translation>Schritte:</translation>
        </message>
        <message>
            <source>CFG scale:</source>
            <translation>CFG-Skala:</translation>
        </message>
        <message>
            <source>Sampler:</source>
            <translation>Sampler:</translation>
        </message>
        <message>
            <source>Seed:</source>
            <translation>Seed:</translation>
        </message>
        <message>
            <source>Hires fix</source>
            <translation>Hires fix</translation>
        </message>
        <message>
            <source>Generate at the model's size, upscale, then denoise again at the larger size</source>
            <translation>In der Größe des Modells erzeugen, vergrößern, dann in der größeren Größe erneut entrauschen</translation>
        </message>
        <message>
            <source>How much the second pass may change the upscaled image</source>
            <translation>Wie stark der zweite Durchgang das vergrößerte Bild verändern darf</translation>
        </message>
        <message>
            <source>same as steps</source>
            <translation>wie Schritte</translation>
        </message>
        <message>
            <source>Upscale by:</source>
            <translation>Vergrößern um:</translation>
        </message>
        <message>
            <source>Denoising strength:</source>
            <translation>Entrauschungsstärke:</translation>
        </message>
        <message>
            <source>Hires steps:</source>
            <translation>Hires-Schritte:</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::GeneratePage</name>
        <message>
            <source>Write a prompt and press Generate. Drop a PNG made by Hires Studio or AUTOMATIC1111 here to reuse its settings.</source>
            <translation>Schreiben Sie einen Prompt und drücken Sie „Erzeugen“. Ziehen Sie ein PNG von Hires Studio oder AUTOMATIC1111 hierher, um seine Einstellungen zu übernehmen.</translation>
        </message>
        <message>
            <source>Compare...</source>
            <translation>Vergleichen...</translation>
        </message>
        <message>
            <source>The result against the first pass upscaled with LANCZOS and with Real-ESRGAN</source>
            <translation>Das Ergebnis gegen den ersten Durchgang, mit LANCZOS und mit Real-ESRGAN vergrößert</translation>
        </message>
        <message>
            <source>Re-run Second Pass</source>
            <translation>Zweiten Durchgang wiederholen</translation>
        </message>
        <message>
            <source>Keep this first pass and run the hires fix again with the settings on the left</source>
            <translation>Diesen ersten Durchgang behalten und Hires fix mit den Einstellungen links erneut ausführen</translation>
        </message>
        <message>
            <source>Use Settings</source>
            <translation>Einstellungen übernehmen</translation>
        </message>
        <message>
            <source>Put this image's settings into the form</source>
            <translation>Die Einstellungen dieses Bildes ins Formular übernehmen</translation>
        </message>
        <message>
            <source>Save...</source>
            <translation>Speichern...</translation>
        </message>
        <message>
            <source>Save as PNG with the generation parameters</source>
            <translation>Als PNG mit den Erzeugungsparametern speichern</translation>
        </message>
        <message>
            <source>Generation failed: %1</source>
            <translation>Erzeugung fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Abgebrochen.</translation>
        </message>
        <message>
            <source>Looking for models...</source>
            <translation>Suche nach Modellen...</translation>
        </message>
        <message>
            <source>Generating</source>
            <translation>Erzeugen</translation>
        </message>
        <message>
            <source>Second pass</source>
            <translation>Zweiter Durchgang</translation>
        </message>
        <message>
            <source>%1 with seed %2...</source>
            <translation>%1 mit Seed %2...</translation>
        </message>
        <message>
            <source>Loading the model...</source>
            <translation>Modell wird geladen...</translation>
        </message>
        <message>
            <source>%1: step %2 / %3</source>
            <extracomment>progress bar: stage, then "step 7 / 20"</extracomment>
            <translation>%1: Schritt %2 / %3</translation>
        </message>
        <message>
            <source>Done in %1 s.</source>
            <translation>Fertig in %1 s.</translation>
        </message>
        <message>
            <source>Save Image</source>
            <translation>Bild speichern</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG-Bilder (*.png)</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>%1 gespeichert</translation>
        </message>
        <message>
            <source>No image is selected.</source>
            <translation>Kein Bild ausgewählt.</translation>
        </message>
        <message>
            <source>%1 has no generation parameters.</source>
            <translation>%1 enthält keine Erzeugungsparameter.</translation>
        </message>
        <message>
            <source>Settings taken from %1.</source>
            <translation>Einstellungen aus %1 übernommen.</translation>
        </message>
        <message>
            <source>this computer</source>
            <translation>diesem Computer</translation>
        </message>
        <message>
            <source>%1 generates with its own checkpoint</source>
            <translation>%1 erzeugt mit seinem eigenen Checkpoint</translation>
        </message>
        <message>
            <source>Generating on %1</source>
            <translation>Erzeugen auf %1</translation>
        </message>
        <message>
            <source>Done on %1 in %2 s.</source>
            <translation>Fertig auf %1 in %2 s.</translation>
        </message>
        <message>
            <source>Not available while generating on %1: the server cannot start from a first pass kept on this computer</source>
            <translation>Nicht verfügbar beim Erzeugen auf %1: Der Server kann nicht von einem ersten Durchgang ausgehen, der auf diesem Computer liegt</translation>
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
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
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
            <translation>&amp;Sprache</translation>
        </message>
        <message>
            <source>&amp;System Default</source>
            <translation>&amp;Systemstandard</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::MainWindow</name>
        <message>
            <source>Open an image with File &gt; Open (Ctrl+O), or drop image files here.</source>
            <translation>Öffnen Sie ein Bild mit Datei &gt; Öffnen (Strg+O) oder ziehen Sie Bilddateien hierher.</translation>
        </message>
        <message>
            <source>&amp;Open...</source>
            <translation>Ö&amp;ffnen...</translation>
        </message>
        <message>
            <source>&amp;Save As...</source>
            <translation>&amp;Speichern unter...</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>S&amp;chließen</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>Ver&amp;größern</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>Ver&amp;kleinern</translation>
        </message>
        <message>
            <source>&amp;Fit to Window</source>
            <translation>&amp;Einpassen</translation>
        </message>
        <message>
            <source>&amp;Actual Size (1:1)</source>
            <translation>&amp;Originalgröße (1:1)</translation>
        </message>
        <message>
            <source>&amp;Previous Image</source>
            <translation>&amp;Vorheriges Bild</translation>
        </message>
        <message>
            <source>&amp;Next Image</source>
            <translation>&amp;Nächstes Bild</translation>
        </message>
        <message>
            <source>&amp;About Hires Studio</source>
            <translation>Ü&amp;ber Hires Studio</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>Images (%1)</source>
            <translation>Bilder (%1)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Open Images</source>
            <translation>Bilder öffnen</translation>
        </message>
        <message>
            <source>No image files found in: %1</source>
            <translation>Keine Bilddateien gefunden in: %1</translation>
        </message>
        <message>
            <source>Opened %1</source>
            <translation>%1 geöffnet</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>%1 gespeichert</translation>
        </message>
        <message>
            <source>Hires Studio</source>
            <translation>Hires Studio</translation>
        </message>
        <message>
            <source>%1 (%2 of %3)</source>
            <translation>%1 (%2 von %3)</translation>
        </message>
        <message>
            <source>Hires Studio shows the new language from its next start.</source>
            <translation>Hires Studio zeigt die neue Sprache ab dem nächsten Start.</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Seiten</translation>
        </message>
        <message>
            <source>Upscale</source>
            <translation>Hochskalieren</translation>
        </message>
        <message>
            <source>Upscale images and folders, dropped or pasted</source>
            <translation>Bilder und Ordner vergrößern, abgelegt oder eingefügt</translation>
        </message>
        <message>
            <source>View</source>
            <translation>Ansicht</translation>
        </message>
        <message>
            <source>Look at one image: zoom, pan, Save As</source>
            <translation>Ein Bild ansehen: zoomen, verschieben, Speichern unter</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Einfügen</translation>
        </message>
        <message>
            <source>Add the image or files on the clipboard to the current page</source>
            <translation>Das Bild oder die Dateien aus der Zwischenablage zur aktuellen Seite hinzufügen</translation>
        </message>
        <message>
            <source>Open images or add them to the current page</source>
            <translation>Bilder öffnen oder zur aktuellen Seite hinzufügen</translation>
        </message>
        <message>
            <source>Save the image shown under another name or format</source>
            <translation>Das angezeigte Bild unter anderem Namen oder Format speichern</translation>
        </message>
        <message>
            <source>The clipboard holds no image or file</source>
            <translation>Die Zwischenablage enthält kein Bild und keine Datei</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Settings...</source>
            <translation>&amp;Einstellungen...</translation>
        </message>
        <message>
            <source>Model folders, processing, output and language</source>
            <translation>Modellordner, Verarbeitung, Ausgabe und Sprache</translation>
        </message>
        <message>
            <source>&amp;Models...</source>
            <translation>&amp;Modelle...</translation>
        </message>
        <message>
            <source>See, add, download and remove models</source>
            <translation>Modelle ansehen, hinzufügen, herunterladen und entfernen</translation>
        </message>
        <message>
            <source>Settings saved</source>
            <translation>Einstellungen gespeichert</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>&amp;Werkzeuge</translation>
        </message>
        <message>
            <source>Generate</source>
            <translation>Erzeugen</translation>
        </message>
        <message>
            <source>Generate images from a prompt, with hires fix</source>
            <translation>Bilder aus einem Prompt erzeugen, mit Hires fix</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Vergleich</translation>
        </message>
        <message>
            <source>LANCZOS against a model, or any two images</source>
            <translation>LANCZOS gegen ein Modell, oder zwei beliebige Bilder</translation>
        </message>
        <message>
            <source>Compare &amp;This Image</source>
            <translation>&amp;Dieses Bild vergleichen</translation>
        </message>
        <message>
            <source>Open the viewed image in the Compare page to compare LANCZOS with a model</source>
            <translation>Das angezeigte Bild auf der Vergleichsseite öffnen, um LANCZOS mit einem Modell zu vergleichen</translation>
        </message>
        <message>
            <source>&amp;Compare</source>
            <translation>&amp;Vergleich</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::MissingCheckpointPanel</name>
        <message>
            <source>Open Model Manager...</source>
            <translation>Modellverwaltung öffnen...</translation>
        </message>
        <message>
            <source>Open Model Folder</source>
            <translation>Modellordner öffnen</translation>
        </message>
        <message>
            <source>Look Again</source>
            <translation>Erneut suchen</translation>
        </message>
        <message>
            <source>No Stable Diffusion checkpoint is installed</source>
            <translation>Kein Stable-Diffusion-Checkpoint installiert</translation>
        </message>
        <message>
            <source>Generating images needs a checkpoint file (.safetensors or .ckpt). Get one of these:</source>
            <translation>Zum Erzeugen von Bildern wird eine Checkpoint-Datei (.safetensors oder .ckpt) benötigt. Laden Sie eine dieser Dateien:</translation>
        </message>
        <message>
            <source>&lt;b&gt;Stable Diffusion 1.5&lt;/b&gt;: v1-5-pruned-emaonly.safetensors (4 GB, 512 x 512) from &lt;a href="https://huggingface.co/stable-diffusion-v1-5/stable-diffusion-v1-5"&gt;huggingface.co/stable-diffusion-v1-5&lt;/a&gt;, licence CreativeML OpenRAIL-M</source>
            <translation>&lt;b&gt;Stable Diffusion 1.5&lt;/b&gt;: v1-5-pruned-emaonly.safetensors (4 GB, 512 x 512) von &lt;a href="https://huggingface.co/stable-diffusion-v1-5/stable-diffusion-v1-5"&gt;huggingface.co/stable-diffusion-v1-5&lt;/a&gt;, Lizenz CreativeML OpenRAIL-M</translation>
        </message>
        <message>
            <source>&lt;b&gt;Stable Diffusion XL&lt;/b&gt;: sd_xl_base_1.0.safetensors (7 GB, 1024 x 1024) from &lt;a href="https://huggingface.co/stabilityai/stable-diffusion-xl-base-1.0"&gt;huggingface.co/stabilityai&lt;/a&gt;, licence CreativeML Open RAIL++-M</source>
            <translation>&lt;b&gt;Stable Diffusion XL&lt;/b&gt;: sd_xl_base_1.0.safetensors (7 GB, 1024 x 1024) von &lt;a href="https://huggingface.co/stabilityai/stable-diffusion-xl-base-1.0"&gt;huggingface.co/stabilityai&lt;/a&gt;, Lizenz CreativeML Open RAIL++-M</translation>
        </message>
        <message>
            <source>Put the file into this folder, then press Look Again:&lt;br&gt;&lt;code&gt;%1&lt;/code&gt;</source>
            <translation>Legen Sie die Datei in diesen Ordner und drücken Sie dann „Erneut suchen“:&lt;br&gt;&lt;code&gt;%1&lt;/code&gt;</translation>
        </message>
        <message>
            <source>(the model folder)</source>
            <translation>(der Modellordner)</translation>
        </message>
        <message>
            <source>A single-file checkpoint carries no vocabulary: put the CLIP tokenizer files vocab.json and merges.txt (from openai/clip-vit-large-patch14) into a &lt;code&gt;tokenizer&lt;/code&gt; folder beside it.</source>
            <translation>Ein Checkpoint als Einzeldatei enthält kein Vokabular: Legen Sie die CLIP-Tokenizer-Dateien vocab.json und merges.txt (aus openai/clip-vit-large-patch14) in einen Ordner &lt;code&gt;tokenizer&lt;/code&gt; daneben.</translation>
        </message>
        <message>
            <source>Upscaling, face restoration and everything else work without a checkpoint.</source>
            <translation>Vergrößern, Gesichtsrestaurierung und alles andere funktionieren auch ohne Checkpoint.</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::ModelManagerDialog</name>
        <message>
            <source>%1: cannot be read (%2)</source>
            <translation>%1: kann nicht gelesen werden (%2)</translation>
        </message>
        <message>
            <source>%1: cannot be written (%2)</source>
            <translation>%1: kann nicht geschrieben werden (%2)</translation>
        </message>
        <message>
            <source>%1: copy failed (%2)</source>
            <translation>%1: Kopieren fehlgeschlagen (%2)</translation>
        </message>
        <message>
            <source>Models</source>
            <translation>Modelle</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modell</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Architecture</source>
            <translation>Architektur</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>Faktor</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Lizenz</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>Models found</source>
            <translation>Gefundene Modelle</translation>
        </message>
        <message>
            <source>Add &amp;File...</source>
            <translation>&amp;Datei hinzufügen...</translation>
        </message>
        <message>
            <source>Copy a model file into your model folder</source>
            <translation>Eine Modelldatei in Ihren Modellordner kopieren</translation>
        </message>
        <message>
            <source>Add F&amp;older...</source>
            <translation>&amp;Ordner hinzufügen...</translation>
        </message>
        <message>
            <source>Search a folder for models from now on</source>
            <translation>Einen Ordner ab jetzt nach Modellen durchsuchen</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Entfernen</translation>
        </message>
        <message>
            <source>Delete the model from your model folder, or stop searching the folder it is in</source>
            <translation>Das Modell aus Ihrem Modellordner löschen oder den Ordner, in dem es liegt, nicht mehr durchsuchen</translation>
        </message>
        <message>
            <source>Re&amp;scan</source>
            <translation>Neu &amp;suchen</translation>
        </message>
        <message>
            <source>Known models</source>
            <translation>Bekannte Modelle</translation>
        </message>
        <message>
            <source>Models with a published download address</source>
            <translation>Modelle mit veröffentlichter Download-Adresse</translation>
        </message>
        <message>
            <source>%1 (%2, %3)</source>
            <translation>%1 (%2, %3)</translation>
        </message>
        <message>
            <source>size unknown</source>
            <translation>Größe unbekannt</translation>
        </message>
        <message>
            <source>&amp;Download</source>
            <translation>&amp;Herunterladen</translation>
        </message>
        <message>
            <source>Download the model and check its SHA-256 before using it</source>
            <translation>Das Modell herunterladen und seine SHA-256-Prüfsumme vor der Verwendung prüfen</translation>
        </message>
        <message>
            <source>&amp;Cancel Download</source>
            <translation>Download &amp;abbrechen</translation>
        </message>
        <message>
            <source>Download progress</source>
            <translation>Download-Fortschritt</translation>
        </message>
        <message>
            <source>Download:</source>
            <translation>Herunterladen:</translation>
        </message>
        <message>
            <source>Your model folder: %1</source>
            <translation>Ihr Modellordner: %1</translation>
        </message>
        <message>
            <source>Downloaded %1 of %2</source>
            <translation>%1 von %2 heruntergeladen</translation>
        </message>
        <message>
            <source>?</source>
            <translation>?</translation>
        </message>
        <message>
            <source>%1 downloaded; SHA-256 verified (%2)</source>
            <translation>%1 heruntergeladen; SHA-256 geprüft (%2)</translation>
        </message>
        <message>
            <source>Download failed: %1</source>
            <translation>Download fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>Looking for models...</source>
            <translation>Suche nach Modellen...</translation>
        </message>
        <message numerus="yes">
            <source>%n model(s) found</source>
            <translation>
                <numerusform>%n Modell gefunden</numerusform>
                <numerusform>%n Modelle gefunden</numerusform>
            </translation>
        </message>
        <message>
            <source>cannot be used: %1</source>
            <translation>nicht verwendbar: %1</translation>
        </message>
        <message>
            <source>×%1</source>
            <translation>×%1</translation>
        </message>
        <message>
            <source>%1: cannot create the model folder</source>
            <translation>%1: Modellordner kann nicht angelegt werden</translation>
        </message>
        <message>
            <source>%1 is already in your model folder</source>
            <translation>%1 liegt bereits in Ihrem Modellordner</translation>
        </message>
        <message>
            <source>no model chosen</source>
            <translation>kein Modell ausgewählt</translation>
        </message>
        <message>
            <source>%1: cannot be deleted</source>
            <translation>%1: kann nicht gelöscht werden</translation>
        </message>
        <message>
            <source>%1 is in no folder that can be removed</source>
            <translation>%1 liegt in keinem Ordner, der entfernt werden kann</translation>
        </message>
        <message>
            <source>Downloading %1 from %2</source>
            <translation>Lade %1 von %2 herunter</translation>
        </message>
        <message>
            <source>Add Model File</source>
            <translation>Modelldatei hinzufügen</translation>
        </message>
        <message>
            <source>Models (*.pth *.pt *.ckpt *.safetensors *.param);;All files (*)</source>
            <translation>Modelle (*.pth *.pt *.ckpt *.safetensors *.param);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Added %1</source>
            <translation>%1 hinzugefügt</translation>
        </message>
        <message>
            <source>Add Model Folder</source>
            <translation>Modellordner hinzufügen</translation>
        </message>
        <message>
            <source>Remove Model</source>
            <translation>Modell entfernen</translation>
        </message>
        <message>
            <source>Remove %1?
%2</source>
            <translation>%1 entfernen?
%2</translation>
        </message>
        <message>
            <source>Unverified Download</source>
            <translation>Ungeprüfter Download</translation>
        </message>
        <message>
            <source>There is no published SHA-256 for %1, so the file cannot be verified. Download it anyway?</source>
            <translation>Für %1 ist keine SHA-256-Prüfsumme veröffentlicht, die Datei kann also nicht geprüft werden. Trotzdem herunterladen?</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::RecentFilesMenu</name>
        <message>
            <source>Open &amp;Recent</source>
            <translation>&amp;Zuletzt geöffnet</translation>
        </message>
        <message>
            <source>No recent files</source>
            <translation>Keine zuletzt geöffneten Dateien</translation>
        </message>
        <message>
            <source>&amp;Clear List</source>
            <translation>&amp;Liste leeren</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::ResultComparisonDialog</name>
        <message>
            <source>Compare: %1</source>
            <translation>Vergleich: %1</translation>
        </message>
        <message>
            <source>Result vs first pass + LANCZOS</source>
            <translation>Ergebnis gegen ersten Durchgang + LANCZOS</translation>
        </message>
        <message>
            <source>Result vs first pass + Real-ESRGAN</source>
            <translation>Ergebnis gegen ersten Durchgang + Real-ESRGAN</translation>
        </message>
        <message>
            <source>First pass: LANCZOS vs Real-ESRGAN</source>
            <translation>Erster Durchgang: LANCZOS gegen Real-ESRGAN</translation>
        </message>
        <message>
            <source>Compare:</source>
            <translation>Vergleichen:</translation>
        </message>
        <message>
            <source>Result (hires fix)</source>
            <translation>Ergebnis (Hires fix)</translation>
        </message>
        <message>
            <source>First pass + LANCZOS</source>
            <translation>Erster Durchgang + LANCZOS</translation>
        </message>
        <message>
            <source>First pass + %1</source>
            <translation>Erster Durchgang + %1</translation>
        </message>
        <message>
            <source>No Real-ESRGAN model is installed (see the model manager).</source>
            <translation>Kein Real-ESRGAN-Modell installiert (siehe Modellverwaltung).</translation>
        </message>
        <message>
            <source>Upscaling the first pass with %1...</source>
            <translation>Erster Durchgang wird mit %1 vergrößert...</translation>
        </message>
        <message>
            <source>This result has no first pass to compare with.</source>
            <translation>Dieses Ergebnis hat keinen ersten Durchgang zum Vergleichen.</translation>
        </message>
        <message>
            <source>Upscaling the first pass on %1...</source>
            <translation>Erster Durchgang wird auf %1 vergrößert...</translation>
        </message>
        <message>
            <source>The server sent no image.</source>
            <translation>Der Server hat kein Bild geschickt.</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::ResultGallery</name>
        <message>
            <source>Seed %1</source>
            <translation>Seed %1</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::SaveOptionsDialog</name>
        <message>
            <source>Save as %1</source>
            <translation>Als %1 speichern</translation>
        </message>
        <message>
            <source>Saving &lt;b&gt;%1&lt;/b&gt; as %2.</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; wird als %2 gespeichert.</translation>
        </message>
        <message>
            <source>&amp;Quality:</source>
            <translation>&amp;Qualität:</translation>
        </message>
        <message>
            <source>&amp;Lossless (exact pixels, larger file)</source>
            <translation>&amp;Verlustfrei (exakte Pixel, größere Datei)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Cannot save:&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;Speichern nicht möglich:&lt;/b&gt; %1</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::SeedControl</name>
        <message>
            <source>Random</source>
            <translation>Zufällig</translation>
        </message>
        <message>
            <source>Fixed</source>
            <translation>Fest</translation>
        </message>
        <message>
            <source>Reuse last</source>
            <translation>Letzten wiederverwenden</translation>
        </message>
        <message>
            <source>How the seed of the next image is chosen</source>
            <translation>Wie der Seed des nächsten Bildes gewählt wird</translation>
        </message>
        <message>
            <source>The same seed with the same settings gives the same image</source>
            <translation>Derselbe Seed mit denselben Einstellungen ergibt dasselbe Bild</translation>
        </message>
        <message>
            <source>new seed each time</source>
            <translation>jedes Mal ein neuer Seed</translation>
        </message>
        <message>
            <source>seed</source>
            <translation>Seed</translation>
        </message>
        <message>
            <source>no image yet: random</source>
            <translation>noch kein Bild: zufällig</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>&amp;Models</source>
            <translation>&amp;Modelle</translation>
        </message>
        <message>
            <source>&amp;Processing</source>
            <translation>&amp;Verarbeitung</translation>
        </message>
        <message>
            <source>&amp;Output</source>
            <translation>&amp;Ausgabe</translation>
        </message>
        <message>
            <source>&amp;Interface</source>
            <translation>&amp;Oberfläche</translation>
        </message>
        <message>
            <source>Model folders</source>
            <translation>Modellordner</translation>
        </message>
        <message>
            <source>Folders searched for models besides your own model folder</source>
            <translation>Ordner, die außer Ihrem eigenen Modellordner nach Modellen durchsucht werden</translation>
        </message>
        <message>
            <source>&amp;Add Folder...</source>
            <translation>Ordner &amp;hinzufügen...</translation>
        </message>
        <message>
            <source>&amp;Remove Folder</source>
            <translation>Ordner &amp;entfernen</translation>
        </message>
        <message>
            <source>Default upscaling model</source>
            <translation>Standardmodell zum Hochskalieren</translation>
        </message>
        <message>
            <source>The model the Upscale page starts with</source>
            <translation>Das Modell, mit dem die Seite Hochskalieren beginnt</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Automatisch</translation>
        </message>
        <message>
            <source>LANCZOS (no model)</source>
            <translation>LANCZOS (kein Modell)</translation>
        </message>
        <message>
            <source>Your model folder: %1</source>
            <translation>Ihr Modellordner: %1</translation>
        </message>
        <message>
            <source>Other model &amp;folders:</source>
            <translation>Weitere Modell&amp;ordner:</translation>
        </message>
        <message>
            <source>&amp;Default model:</source>
            <translation>&amp;Standardmodell:</translation>
        </message>
        <message>
            <source>Tile size</source>
            <translation>Kachelgröße</translation>
        </message>
        <message>
            <source>Tile side in pixels for neural upscaling; automatic fits the tiles to free memory</source>
            <translation>Kantenlänge der Kacheln in Pixeln beim neuronalen Hochskalieren; automatisch passt die Kacheln an den freien Speicher an</translation>
        </message>
        <message>
            <source> px</source>
            <translation> px</translation>
        </message>
        <message>
            <source>CPU threads</source>
            <translation>CPU-Threads</translation>
        </message>
        <message>
            <source>Threads a model may use on the CPU</source>
            <translation>Threads, die ein Modell auf der CPU nutzen darf</translation>
        </message>
        <message>
            <source>All cores (%1)</source>
            <translation>Alle Kerne (%1)</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>Gerät</translation>
        </message>
        <message>
            <source>Where models run; without a CUDA device everything runs on the CPU</source>
            <translation>Wo Modelle laufen; ohne CUDA-Gerät läuft alles auf der CPU</translation>
        </message>
        <message>
            <source>CPU</source>
            <translation>CPU</translation>
        </message>
        <message>
            <source>CUDA GPU</source>
            <translation>CUDA-GPU</translation>
        </message>
        <message>
            <source>&amp;Tile size:</source>
            <translation>&amp;Kachelgröße:</translation>
        </message>
        <message>
            <source>CPU &amp;threads:</source>
            <translation>CPU-&amp;Threads:</translation>
        </message>
        <message>
            <source>&amp;Device:</source>
            <translation>&amp;Gerät:</translation>
        </message>
        <message>
            <source>Results are named &lt;name&gt;_&lt;method&gt;_&lt;scale&gt;x.&lt;extension&gt;, e.g. photo_realesrgan-x4plus_2x.png; an existing file is never replaced (photo_realesrgan-x4plus_2x_2.png, _3, ...) and the original is never touched.</source>
            <translation>Ergebnisse heißen &lt;Name&gt;_&lt;Methode&gt;_&lt;Faktor&gt;x.&lt;Endung&gt;, z. B. photo_realesrgan-x4plus_2x.png; eine vorhandene Datei wird nie ersetzt (photo_realesrgan-x4plus_2x_2.png, _3, ...) und das Original nie verändert.</translation>
        </message>
        <message>
            <source>Output folder</source>
            <translation>Ausgabeordner</translation>
        </message>
        <message>
            <source>Where upscaled images go; empty: next to each original</source>
            <translation>Wohin hochskalierte Bilder kommen; leer: neben das jeweilige Original</translation>
        </message>
        <message>
            <source>Next to the original</source>
            <translation>Neben dem Original</translation>
        </message>
        <message>
            <source>&amp;Browse...</source>
            <translation>&amp;Durchsuchen...</translation>
        </message>
        <message>
            <source>Output Folder</source>
            <translation>Ausgabeordner</translation>
        </message>
        <message>
            <source>Output format</source>
            <translation>Ausgabeformat</translation>
        </message>
        <message>
            <source>File format of results</source>
            <translation>Dateiformat der Ergebnisse</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>Qualität</translation>
        </message>
        <message>
            <source>JPEG and WebP quality, 1 (smallest) to 100 (best)</source>
            <translation>JPEG- und WebP-Qualität, 1 (kleinste Datei) bis 100 (beste)</translation>
        </message>
        <message>
            <source>Output &amp;folder:</source>
            <translation>Ausgabe&amp;ordner:</translation>
        </message>
        <message>
            <source>F&amp;ormat:</source>
            <translation>F&amp;ormat:</translation>
        </message>
        <message>
            <source>&amp;Quality:</source>
            <translation>&amp;Qualität:</translation>
        </message>
        <message>
            <source>Names:</source>
            <translation>Namen:</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>The language of the interface; used from the next start</source>
            <translation>Die Sprache der Oberfläche; gilt ab dem nächsten Start</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>Systemsprache</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Sprache:</translation>
        </message>
        <message>
            <source>A new language is used from the next start.</source>
            <translation>Eine neue Sprache gilt ab dem nächsten Start.</translation>
        </message>
        <message>
            <source>Add Model Folder</source>
            <translation>Modellordner hinzufügen</translation>
        </message>
        <message>
            <source>Remote server</source>
            <translation>Entfernter Server</translation>
        </message>
        <message>
            <source>A hires-studio serve address such as http://gpu-host:7860; empty: work runs on this computer</source>
            <translation>Eine hires-studio-serve-Adresse wie http://gpu-host:7860; leer: die Arbeit läuft auf diesem Computer</translation>
        </message>
        <message>
            <source>This computer</source>
            <translation>Dieser Computer</translation>
        </message>
        <message>
            <source>Server token</source>
            <translation>Server-Token</translation>
        </message>
        <message>
            <source>The --token the server was started with</source>
            <translation>Das --token, mit dem der Server gestartet wurde</translation>
        </message>
        <message>
            <source>Remote &amp;server:</source>
            <translation>Entfernter &amp;Server:</translation>
        </message>
        <message>
            <source>Server to&amp;ken:</source>
            <translation>Server-To&amp;ken:</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::UpscaleFaceOptions</name>
        <message>
            <source>Rest&amp;ore faces</source>
            <translation>Gesichter rest&amp;aurieren</translation>
        </message>
        <message>
            <source>After upscaling, find the faces and restore them with GFPGAN</source>
            <translation>Nach dem Hochskalieren die Gesichter finden und mit GFPGAN restaurieren</translation>
        </message>
        <message>
            <source>Restore faces</source>
            <translation>Gesichter restaurieren</translation>
        </message>
        <message>
            <source>How much of the restored faces replaces the upscaled ones: 0.00 keeps the original faces, 1.00 uses the restored faces fully</source>
            <translation>Wie viel der restaurierten Gesichter die hochskalierten ersetzt: 0,00 behält die ursprünglichen Gesichter, 1,00 verwendet die restaurierten ganz</translation>
        </message>
        <message>
            <source>Face restoration weight</source>
            <translation>Gewichtung der Gesichtsrestaurierung</translation>
        </message>
        <message>
            <source>&amp;Weight:</source>
            <translation>&amp;Gewichtung:</translation>
        </message>
        <message>
            <source>The GFPGAN model that restores the faces</source>
            <translation>Das GFPGAN-Modell, das die Gesichter restauriert</translation>
        </message>
        <message>
            <source>Face restoration model</source>
            <translation>Modell der Gesichtsrestaurierung</translation>
        </message>
        <message>
            <source>Face mo&amp;del:</source>
            <translation>Gesichts&amp;modell:</translation>
        </message>
        <message>
            <source>Face restoration model status</source>
            <translation>Status des Modells der Gesichtsrestaurierung</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>No GFPGAN face model found: add %1 to %2 or download it in Tools &gt; Models. Until then faces are not restored and each result says so.</source>
            <translation>Kein GFPGAN-Gesichtsmodell gefunden: %1 in %2 ablegen oder unter Werkzeuge &gt; Modelle herunterladen. Bis dahin werden Gesichter nicht restauriert, und jedes Ergebnis sagt es.</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::UpscaleOptionsPanel</name>
        <message>
            <source>the CPU (%1)</source>
            <translation>der CPU (%1)</translation>
        </message>
        <message>
            <source>the CPU</source>
            <translation>der CPU</translation>
        </message>
        <message>
            <source>The Real-ESRGAN model that upscales, or LANCZOS (no model)</source>
            <translation>Das Real-ESRGAN-Modell, das vergrößert, oder LANCZOS (kein Modell)</translation>
        </message>
        <message>
            <source>Upscaling model</source>
            <translation>Vergrößerungsmodell</translation>
        </message>
        <message>
            <source>Output size as a multiple of the input size</source>
            <translation>Ausgabegröße als Vielfaches der Eingabegröße</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>Faktor</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Automatisch</translation>
        </message>
        <message>
            <source>%1 px</source>
            <translation>%1 px</translation>
        </message>
        <message>
            <source>Whole image</source>
            <translation>Ganzes Bild</translation>
        </message>
        <message>
            <source>Tiles bound the memory a model needs; automatic picks the largest that fits in free memory</source>
            <translation>Kacheln begrenzen den Speicher, den ein Modell braucht; automatisch wählt die größte, die in den freien Speicher passt</translation>
        </message>
        <message>
            <source>Tile size</source>
            <translation>Kachelgröße</translation>
        </message>
        <message>
            <source>Through the model</source>
            <translation>Durch das Modell</translation>
        </message>
        <message>
            <source>LANCZOS</source>
            <translation>LANCZOS</translation>
        </message>
        <message>
            <source>How a transparency (alpha) channel is upscaled</source>
            <translation>Wie ein Transparenzkanal (Alpha) vergrößert wird</translation>
        </message>
        <message>
            <source>Alpha channel</source>
            <translation>Alphakanal</translation>
        </message>
        <message>
            <source>Next to the original</source>
            <translation>Neben dem Original</translation>
        </message>
        <message>
            <source>Where results are written; empty: next to each original. Existing files are never replaced.</source>
            <translation>Wohin die Ergebnisse geschrieben werden; leer: neben jedes Original. Vorhandene Dateien werden nie ersetzt.</translation>
        </message>
        <message>
            <source>Output folder</source>
            <translation>Ausgabeordner</translation>
        </message>
        <message>
            <source>Choose...</source>
            <translation>Auswählen...</translation>
        </message>
        <message>
            <source>Choose the output folder</source>
            <translation>Den Ausgabeordner auswählen</translation>
        </message>
        <message>
            <source>Same as the original</source>
            <translation>Wie das Original</translation>
        </message>
        <message>
            <source>File format of the results</source>
            <translation>Dateiformat der Ergebnisse</translation>
        </message>
        <message>
            <source>Output format</source>
            <translation>Ausgabeformat</translation>
        </message>
        <message>
            <source>Neural upscaling status</source>
            <translation>Status der neuronalen Vergrößerung</translation>
        </message>
        <message>
            <source>&amp;Model:</source>
            <translation>&amp;Modell:</translation>
        </message>
        <message>
            <source>&amp;Scale:</source>
            <translation>&amp;Faktor:</translation>
        </message>
        <message>
            <source>&amp;Tiles:</source>
            <translation>&amp;Kacheln:</translation>
        </message>
        <message>
            <source>Al&amp;pha:</source>
            <translation>Al&amp;pha:</translation>
        </message>
        <message>
            <source>O&amp;utput folder:</source>
            <translation>A&amp;usgabeordner:</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>&amp;Format:</translation>
        </message>
        <message>
            <source>LANCZOS (no model)</source>
            <translation>LANCZOS (kein Modell)</translation>
        </message>
        <message>
            <source>%1 (%2, ×%3)</source>
            <translation>%1 (%2, ×%3)</translation>
        </message>
        <message>
            <source>%1 (cannot be used)</source>
            <translation>%1 (nicht verwendbar)</translation>
        </message>
        <message>
            <source>Looking for upscaling models...</source>
            <translation>Suche nach Vergrößerungsmodellen...</translation>
        </message>
        <message>
            <source>Falling back to LANCZOS because %1</source>
            <translation>Rückgriff auf LANCZOS, weil %1</translation>
        </message>
        <message>
            <source>Neural upscaling available: %1 (%2, ×%3) on %4.</source>
            <translation>Neuronale Vergrößerung verfügbar: %1 (%2, ×%3) auf %4.</translation>
        </message>
        <message>
            <source>Falling back to LANCZOS because %1 cannot be used: %2</source>
            <translation>Rückgriff auf LANCZOS, weil %1 nicht verwendbar ist: %2</translation>
        </message>
        <message>
            <source>LANCZOS chosen: no neural upscaling.</source>
            <translation>LANCZOS gewählt: keine neuronale Vergrößerung.</translation>
        </message>
        <message>
            <source>Falling back to LANCZOS because no upscaling model was found in %1. Add or download one in Tools &gt; Models.</source>
            <translation>Rückgriff auf LANCZOS, weil in %1 kein Vergrößerungsmodell gefunden wurde. Fügen Sie unter Werkzeuge &gt; Modelle eines hinzu oder laden Sie eines herunter.</translation>
        </message>
        <message>
            <source>Results come from the neural network</source>
            <translation>Die Ergebnisse stammen aus dem neuronalen Netz</translation>
        </message>
        <message>
            <source>Results are resized with LANCZOS: no detail is invented</source>
            <translation>Die Ergebnisse werden mit LANCZOS skaliert: es werden keine Details erfunden</translation>
        </message>
        <message>
            <source>Output Folder</source>
            <translation>Ausgabeordner</translation>
        </message>
        <message>
            <source>Faces:</source>
            <translation>Gesichter:</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::UpscalePage</name>
        <message>
            <source>Upscale queue</source>
            <translation>Vergrößerungswarteschlange</translation>
        </message>
        <message>
            <source>Drop images or folders here, or paste an image (Ctrl+V)</source>
            <translation>Bilder oder Ordner hier ablegen oder ein Bild einfügen (Strg+V)</translation>
        </message>
        <message>
            <source>%p % of the queue</source>
            <translation>%p % der Warteschlange</translation>
        </message>
        <message>
            <source>Overall progress</source>
            <translation>Gesamtfortschritt</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>&amp;Add Images...</source>
            <translation>Bilder &amp;hinzufügen...</translation>
        </message>
        <message>
            <source>Add images or folders to the queue</source>
            <translation>Bilder oder Ordner zur Warteschlange hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Abbrechen</translation>
        </message>
        <message>
            <source>Cancel the selected images</source>
            <translation>Die ausgewählten Bilder abbrechen</translation>
        </message>
        <message>
            <source>Cancel A&amp;ll</source>
            <translation>A&amp;lle abbrechen</translation>
        </message>
        <message>
            <source>Cancel every waiting and running image</source>
            <translation>Jedes wartende und laufende Bild abbrechen</translation>
        </message>
        <message>
            <source>&amp;Retry</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <source>Upscale the failed or cancelled images again</source>
            <translation>Die fehlgeschlagenen oder abgebrochenen Bilder erneut vergrößern</translation>
        </message>
        <message>
            <source>Clear &amp;Finished</source>
            <translation>&amp;Fertige entfernen</translation>
        </message>
        <message>
            <source>Remove finished images from the list</source>
            <translation>Fertige Bilder aus der Liste entfernen</translation>
        </message>
        <message>
            <source>Images (%1)</source>
            <translation>Bilder (%1)</translation>
        </message>
        <message>
            <source>Add Images</source>
            <translation>Bilder hinzufügen</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>%1 gespeichert</translation>
        </message>
        <message>
            <source>Cancelled; nothing was written</source>
            <translation>Abgebrochen; nichts wurde geschrieben</translation>
        </message>
        <message>
            <source>No image files found in: %1</source>
            <translation>Keine Bilddateien gefunden in: %1</translation>
        </message>
        <message>
            <source>Not added: %1</source>
            <translation>Nicht hinzugefügt: %1</translation>
        </message>
        <message numerus="yes">
            <source>Added %n image(s) to the queue</source>
            <translation>
                <numerusform>%n Bild zur Warteschlange hinzugefügt</numerusform>
                <numerusform>%n Bilder zur Warteschlange hinzugefügt</numerusform>
            </translation>
        </message>
        <message>
            <source>pasted-%1</source>
            <translation>eingefügt-%1</translation>
        </message>
        <message>
            <source>Cancelled the queue</source>
            <translation>Warteschlange abgebrochen</translation>
        </message>
        <message>
            <source>Drop images or folders here to upscale them.</source>
            <translation>Bilder oder Ordner hier ablegen, um sie zu vergrößern.</translation>
        </message>
        <message>
            <source>%1 waiting or running, %2 done, %3 failed, %4 cancelled</source>
            <translation>%1 wartend oder laufend, %2 fertig, %3 fehlgeschlagen, %4 abgebrochen</translation>
        </message>
        <message>
            <source>this computer</source>
            <translation>diesem Computer</translation>
        </message>
        <message>
            <source>Working on %1</source>
            <translation>Läuft auf %1</translation>
        </message>
        <message>
            <source>Where upscaling and generation run; set a remote server in Settings</source>
            <translation>Wo Hochskalieren und Erzeugen laufen; einen entfernten Server in den Einstellungen festlegen</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::UpscaleQueueModel</name>
        <message>
            <source>Waiting</source>
            <translation>Wartend</translation>
        </message>
        <message>
            <source>Upscaling</source>
            <translation>Wird vergrößert</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Fertig</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fehlgeschlagen</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Abgebrochen</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
        <message>
            <source>%1:%2 min</source>
            <translation>%1:%2 min</translation>
        </message>
        <message>
            <source>%1
Saved as %2</source>
            <translation>%1
Gespeichert als %2</translation>
        </message>
        <message>
            <source>%1 × %2</source>
            <translation>%1 × %2</translation>
        </message>
        <message>
            <source>Done (LANCZOS fallback)</source>
            <translation>Fertig (Rückgriff auf LANCZOS)</translation>
        </message>
        <message>
            <source>Failed: %1</source>
            <translation>Fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>%1 (%2 left)</source>
            <translation>%1 (noch %2)</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>Bild</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>faces restored: %1</source>
            <translation>Gesichter restauriert: %1</translation>
        </message>
        <message>
            <source>face restoration skipped: %1</source>
            <translation>Gesichtsrestaurierung übersprungen: %1</translation>
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
            <translation>Vergleichsschieberegler</translation>
        </message>
        <message>
            <source>Drag to move the divider between the left and the right image (Left/Right arrow keys when focused)</source>
            <translation>Ziehen, um die Trennlinie zwischen linkem und rechtem Bild zu verschieben (Pfeiltasten links/rechts, wenn ausgewählt)</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::WipeView</name>
        <message>
            <source>Slider comparison, left image</source>
            <translation>Schiebevergleich, linkes Bild</translation>
        </message>
        <message>
            <source>Slider comparison, right image</source>
            <translation>Schiebevergleich, rechtes Bild</translation>
        </message>
    </context>
    <context>
        <name>upscale</name>
        <message>
            <source>out of memory</source>
            <translation>nicht genug Speicher</translation>
        </message>
        <message>
            <source>non-finite values in the output</source>
            <translation>nicht endliche Werte in der Ausgabe</translation>
        </message>
        <message>
            <source>error</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <source> at tile %1 of %2</source>
            <translation> bei Kachel %1 von %2</translation>
        </message>
        <message>
            <source>the image is empty</source>
            <translation>das Bild ist leer</translation>
        </message>
        <message>
            <source>invalid scale %1</source>
            <translation>ungültiger Faktor %1</translation>
        </message>
        <message>
            <source>the output would be %1 x %2 pixels, over the limit (%3 pixels per side, %4 megapixels)</source>
            <translation>die Ausgabe hätte %1 x %2 Pixel, über der Grenze (%3 Pixel je Seite, %4 Megapixel)</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>abgebrochen</translation>
        </message>
        <message>
            <source>not enough memory for %1 x %2</source>
            <translation>nicht genug Speicher für %1 x %2</translation>
        </message>
        <message>
            <source>an allocation failed</source>
            <translation>eine Speicheranforderung ist fehlgeschlagen</translation>
        </message>
        <message>
            <source>the CPU has no fp16 kernels</source>
            <translation>die CPU hat keine fp16-Kernel</translation>
        </message>
        <message>
            <source>unknown alpha mode '%1' (use model or lanczos)</source>
            <translation>unbekannter Alphamodus „%1“ (model oder lanczos verwenden)</translation>
        </message>
        <message>
            <source>unknown precision '%1' (use auto, fp32, fp16 or bf16)</source>
            <translation>unbekannte Genauigkeit „%1“ (auto, fp32, fp16 oder bf16 verwenden)</translation>
        </message>
    </context>
</TS>
