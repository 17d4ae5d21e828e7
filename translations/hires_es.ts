<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ImageDocument</name>
    <message>
        <source>%1: this pixel layout cannot be displayed</source>
        <translation>%1: este formato de píxeles no se puede mostrar</translation>
    </message>
    <message>
        <source>%1-bit</source>
        <translation>%1 bits</translation>
    </message>
    <message>
        <source>Gray (1 channel)</source>
        <translation>Escala de grises (1 canal)</translation>
    </message>
    <message>
        <source>RGB (3 channels)</source>
        <translation>RGB (3 canales)</translation>
    </message>
    <message>
        <source>RGBA (4 channels)</source>
        <translation>RGBA (4 canales)</translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s)</source>
        <translation>
            <numerusform>%n canal</numerusform>
            <numerusform>%n canales</numerusform>
        </translation>
    </message>
    <message>
        <source>Gray %1</source>
        <translation>Gris %1</translation>
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
        <translation>No se puede guardar «%1»: «.%2» no es un formato que Hires Studio escriba. Use PNG, JPEG, WebP o TIFF.</translation>
    </message>
    <message>
        <source>Save Image As</source>
        <translation>Guardar imagen como</translation>
    </message>
    <message>
        <source>Replace File?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it?</source>
        <translation>«%1» ya existe. ¿Reemplazarlo?</translation>
    </message>
    <message>
        <source>Replace the Original?</source>
        <translation>¿Reemplazar el original?</translation>
    </message>
    <message>
        <source>“%1” is the image you are viewing. Saving under this name replaces the original file.</source>
        <translation>«%1» es la imagen que está viendo. Guardar con este nombre reemplaza el archivo original.</translation>
    </message>
    <message>
        <source>Save as &amp;Copy</source>
        <translation>Guardar como &amp;copia</translation>
    </message>
    <message>
        <source>&amp;Replace Original</source>
        <translation>&amp;Reemplazar el original</translation>
    </message>
    <message>
        <source>Saving was cancelled.</source>
        <translation>Se canceló el guardado.</translation>
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
        <translation>Stable Diffusion 2.x (predicción v)</translation>
    </message>
    <message>
        <source>Stable Diffusion 2.x</source>
        <translation>Stable Diffusion 2.x</translation>
    </message>
    <message>
        <source>SDXL base</source>
        <translation>SDXL base</translation>
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
        <translation>Uso: %1 [ARCHIVO...]          abre la ventana (con los ARCHIVOs)
     %1 ORDEN [OPCIONES]      ejecuta una orden sin ventana
     %1 ORDEN --help          opciones de una orden

Órdenes:
</translation>
    </message>
    <message>
        <source>
Options:
  -h, --help     show this help
  -v, --version  show the version and the runtime (libtorch, OpenCV, device)</source>
        <translation>
Opciones:
  -h, --help     muestra esta ayuda
  -v, --version  muestra la versión y el entorno de ejecución (libtorch, OpenCV, dispositivo)</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;. Try &apos;%2 --help&apos;.</source>
        <translation>Orden «%1» desconocida. Pruebe «%2 --help».</translation>
    </message>
</context>
<context>
    <name>hires</name>
    <message>
        <source>%1: cannot read (%2)</source>
        <translation>%1: no se puede leer (%2)</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1: no se puede escribir (%2)</translation>
    </message>
    <message>
        <source>%1: copying failed (%2)</source>
        <translation>%1: falló la copia (%2)</translation>
    </message>
    <message>
        <source>layer %1 (%2): %3</source>
        <translation>capa %1 (%2): %3</translation>
    </message>
    <message>
        <source>activation type %1 needs %2 activation params</source>
        <translation>el tipo de activación %1 necesita %2 parámetros de activación</translation>
    </message>
    <message>
        <source>fused activation type %1 is unknown</source>
        <translation>el tipo de activación fusionada %1 es desconocido</translation>
    </message>
    <message>
        <source>a fixed output size (params 20/21) is not supported</source>
        <translation>no se admite un tamaño de salida fijo (parámetros 20/21)</translation>
    </message>
    <message>
        <source>dynamic weights are not supported</source>
        <translation>no se admiten pesos dinámicos</translation>
    </message>
    <message>
        <source>negative padding</source>
        <translation>relleno negativo</translation>
    </message>
    <message>
        <source>padding %1/%2/%3/%4 is not supported</source>
        <translation>no se admite el relleno %1/%2/%3/%4</translation>
    </message>
    <message>
        <source>num_output, kernel, stride, dilation and group must be positive</source>
        <translation>num_output, kernel, stride, dilation y group deben ser positivos</translation>
    </message>
    <message>
        <source>the layer has no weights</source>
        <translation>la capa no tiene pesos</translation>
    </message>
    <message>
        <source>int8-quantised weights are not supported</source>
        <translation>no se admiten pesos cuantizados en int8</translation>
    </message>
    <message>
        <source>bias_term without bias</source>
        <translation>bias_term sin sesgo</translation>
    </message>
    <message>
        <source>weight_data_size %1 does not fit num_output %2, kernel %3x%4 and group %5</source>
        <translation>weight_data_size %1 no encaja con num_output %2, núcleo %3x%4 y group %5</translation>
    </message>
    <message>
        <source>the input channels do not divide into %1 groups</source>
        <translation>los canales de entrada no se dividen en %1 grupos</translation>
    </message>
    <message>
        <source>resize type %1 is not supported (1 nearest, 2 bilinear, 3 bicubic)</source>
        <translation>no se admite el tipo de redimensionado %1 (1 vecino más cercano, 2 bilineal, 3 bicúbico)</translation>
    </message>
    <message>
        <source>a dynamic target size is not supported</source>
        <translation>no se admite un tamaño de destino dinámico</translation>
    </message>
    <message>
        <source>the scales and sizes must be positive</source>
        <translation>las escalas y los tamaños deben ser positivos</translation>
    </message>
    <message>
        <source>starts, ends and axes must have the same length</source>
        <translation>starts, ends y axes deben tener la misma longitud</translation>
    </message>
    <message>
        <source>a crop region read from a blob is not supported</source>
        <translation>no se admite una región de recorte leída de un blob</translation>
    </message>
    <message>
        <source>channel-only and height-only crop forms are not supported</source>
        <translation>no se admiten los recortes solo de canal ni solo de altura</translation>
    </message>
    <message>
        <source>num_slope must be positive</source>
        <translation>num_slope debe ser positivo</translation>
    </message>
    <message>
        <source>axis %1 does not exist on an image blob</source>
        <translation>el eje %1 no existe en un blob de imagen</translation>
    </message>
    <message>
        <source>operation %1 is unknown</source>
        <translation>la operación %1 es desconocida</translation>
    </message>
    <message>
        <source>upscale factor %1 / mode %2 is not supported</source>
        <translation>no se admite el factor de ampliación %1 / modo %2</translation>
    </message>
    <message>
        <source>layer %1 has type %2, which the ncnn executor does not run (it runs %3)</source>
        <translation>la capa %1 es de tipo %2, que el ejecutor ncnn no ejecuta (ejecuta %3)</translation>
    </message>
    <message>
        <source>layer %1 lacks its weights</source>
        <translation>a la capa %1 le faltan sus pesos</translation>
    </message>
    <message>
        <source>layer %1: %2</source>
        <translation>capa %1: %2</translation>
    </message>
    <message>
        <source>the ncnn weights are not those of an RRDBNet or SRVGGNetCompact: %1</source>
        <translation>los pesos ncnn no son los de un RRDBNet ni de un SRVGGNetCompact: %1</translation>
    </message>
    <message>
        <source>tensor %1 is neither a convolution nor a PReLU weight</source>
        <translation>el tensor %1 no es un peso de convolución ni de PReLU</translation>
    </message>
    <message>
        <source>%1 convolutions</source>
        <translation>%1 convoluciones</translation>
    </message>
    <message>
        <source>%1 layers</source>
        <translation>%1 capas</translation>
    </message>
    <message>
        <source>layer %1 breaks the conv/PReLU alternation</source>
        <translation>la capa %1 rompe la alternancia convolución/PReLU</translation>
    </message>
    <message>
        <source>%1: no such model file</source>
        <translation>%1: no existe ese archivo de modelo</translation>
    </message>
    <message>
        <source>%1: not enough memory to load the model</source>
        <translation>%1: no hay memoria suficiente para cargar el modelo</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>group must be at least 1</source>
        <translation>group debe ser al menos 1</translation>
    </message>
    <message>
        <source>weight_data_size %1 is not a multiple of num_output x kernel_h x kernel_w (%2)</source>
        <translation>weight_data_size %1 no es múltiplo de num_output x kernel_h x kernel_w (%2)</translation>
    </message>
    <message>
        <source>weight_data_size %1 is not a multiple of num_output %2</source>
        <translation>weight_data_size %1 no es múltiplo de num_output %2</translation>
    </message>
    <message>
        <source>scale_data_size is negative</source>
        <translation>scale_data_size es negativo</translation>
    </message>
    <message>
        <source>ncnn .bin</source>
        <translation>.bin de ncnn</translation>
    </message>
    <message>
        <source>PyTorch checkpoint</source>
        <translation>checkpoint de PyTorch</translation>
    </message>
    <message>
        <source>PyTorch legacy checkpoint</source>
        <translation>checkpoint de PyTorch (formato antiguo)</translation>
    </message>
    <message>
        <source>storage %1 declares %2 elements of %3 bytes but %4 holds only %5 bytes</source>
        <translation>el almacenamiento %1 declara %2 elementos de %3 bytes, pero %4 solo contiene %5 bytes</translation>
    </message>
    <message>
        <source>inflates to more than its declared %1 bytes</source>
        <translation>se descomprime en más de los %1 bytes declarados</translation>
    </message>
    <message>
        <source>damaged deflate data (%1)</source>
        <translation>datos deflate dañados (%1)</translation>
    </message>
    <message>
        <source>the deflate data ends early</source>
        <translation>los datos deflate terminan antes de tiempo</translation>
    </message>
    <message>
        <source>inflates to %1 bytes, not its declared %2</source>
        <translation>se descomprime en %1 bytes, no en los %2 declarados</translation>
    </message>
</context>
<context>
    <name>hires::Assembler</name>
    <message>
        <source>the file holds a pickled object (%1), not a state dict</source>
        <translation>el archivo contiene un objeto serializado con pickle (%1), no un state dict</translation>
    </message>
    <message>
        <source>the file holds %1, not a state dict</source>
        <translation>el archivo contiene %1, no un state dict</translation>
    </message>
    <message>
        <source>the file holds no tensors</source>
        <translation>el archivo no contiene tensores</translation>
    </message>
    <message>
        <source>tensor %1 %2</source>
        <translation>tensor %1 %2</translation>
    </message>
</context>
<context>
    <name>hires::DefaultModels</name>
    <message>
        <source>%1: the default model file is missing</source>
        <translation>%1: falta el archivo del modelo predeterminado</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: no se puede crear la carpeta</translation>
    </message>
</context>
<context>
    <name>hires::Diffusion</name>
    <message>
        <source>%1: the vocabulary lacks the byte symbol &apos;%2&apos;</source>
        <translation>%1: al vocabulario le falta el símbolo de byte «%2»</translation>
    </message>
    <message>
        <source>%1: the vocabulary lacks &lt;|startoftext|&gt; or &lt;|endoftext|&gt;</source>
        <translation>%1: al vocabulario le falta &lt;|startoftext|&gt; o &lt;|endoftext|&gt;</translation>
    </message>
    <message>
        <source>%1: the merge &apos;%2 %3&apos; makes a token that is not in the vocabulary</source>
        <translation>%1: la fusión «%2 %3» produce un token que no está en el vocabulario</translation>
    </message>
    <message>
        <source>%1: the file does not exist</source>
        <translation>%1: el archivo no existe</translation>
    </message>
    <message>
        <source>%1: cannot open the file: %2</source>
        <translation>%1: no se puede abrir el archivo: %2</translation>
    </message>
    <message>
        <source>%1: %2 bytes is too large for a tokenizer file</source>
        <translation>%1: %2 bytes es demasiado para un archivo de tokenizador</translation>
    </message>
    <message>
        <source>%1: reading failed: %2</source>
        <translation>%1: falló la lectura: %2</translation>
    </message>
    <message>
        <source>%1: zlib could not start</source>
        <translation>%1: zlib no pudo iniciarse</translation>
    </message>
    <message>
        <source>%1: the gzip data is damaged or truncated</source>
        <translation>%1: los datos gzip están dañados o truncados</translation>
    </message>
    <message>
        <source>%1: decompresses to more than %2 bytes</source>
        <translation>%1: se descomprime en más de %2 bytes</translation>
    </message>
    <message>
        <source>%1: the text is not valid UTF-8</source>
        <translation>%1: el texto no es UTF-8 válido</translation>
    </message>
    <message>
        <source>%1/vocab.json: not a JSON object (%2)</source>
        <translation>%1/vocab.json: no es un objeto JSON (%2)</translation>
    </message>
    <message>
        <source>%1/vocab.json: the id of &apos;%2&apos; is not a token id</source>
        <translation>%1/vocab.json: el id de «%2» no es un id de token</translation>
    </message>
    <message>
        <source>%1/vocab.json: the byte symbol &apos;%2&apos; is missing</source>
        <translation>%1/vocab.json: falta el símbolo de byte «%2»</translation>
    </message>
    <message>
        <source>%1/vocab.json: &apos;%2&apos; is missing</source>
        <translation>%1/vocab.json: falta «%2»</translation>
    </message>
    <message>
        <source>%1: no tokenizer here (expected vocab.json and merges.txt, or bpe_simple_vocab_16e6.txt.gz)</source>
        <translation>%1: aquí no hay tokenizador (se esperaba vocab.json y merges.txt, o bpe_simple_vocab_16e6.txt.gz)</translation>
    </message>
    <message>
        <source>alphas_cumprod must have between 2 and 100000 entries</source>
        <translation>alphas_cumprod debe tener entre 2 y 100000 entradas</translation>
    </message>
    <message>
        <source>alphas_cumprod must lie strictly between 0 and 1</source>
        <translation>alphas_cumprod debe estar estrictamente entre 0 y 1</translation>
    </message>
    <message>
        <source>alphas_cumprod must decrease strictly</source>
        <translation>alphas_cumprod debe decrecer estrictamente</translation>
    </message>
    <message>
        <source>The prompt weight &apos;%1&apos; is not a number</source>
        <translation>El peso del prompt «%1» no es un número</translation>
    </message>
    <message>
        <source>Sampling step %1 failed: %2</source>
        <translation>Falló el paso de muestreo %1: %2</translation>
    </message>
    <message>
        <source>A sampler needs at least two sigmas</source>
        <translation>Un muestreador necesita al menos dos sigmas</translation>
    </message>
    <message>
        <source>Latents are sampled in float32 or float64; half precision belongs inside the network</source>
        <translation>Los latentes se muestrean en float32 o float64; la media precisión corresponde a la red</translation>
    </message>
    <message>
        <source>%1 needs a noise source</source>
        <translation>%1 necesita una fuente de ruido</translation>
    </message>
    <message>
        <source>Sampling was cancelled after %1 of %2 steps</source>
        <translation>Muestreo cancelado tras %1 de %2 pasos</translation>
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
        <translation>El número de pasos debe estar entre 1 y 10000</translation>
    </message>
    <message>
        <source>The denoising strength must be between 0 and 1</source>
        <translation>La intensidad de eliminación de ruido debe estar entre 0 y 1</translation>
    </message>
    <message>
        <source>Hires fix needs a denoising strength above 0</source>
        <translation>Hires fix necesita una intensidad de eliminación de ruido mayor que 0</translation>
    </message>
    <message>
        <source>The denoising strength is too small for this many steps</source>
        <translation>La intensidad de eliminación de ruido es demasiado baja para tantos pasos</translation>
    </message>
</context>
<context>
    <name>hires::Image</name>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot create a file in %1</source>
        <translation>no se puede crear un archivo en %1</translation>
    </message>
    <message>
        <source>cannot create a temporary file in %1</source>
        <translation>no se puede crear un archivo temporal en %1</translation>
    </message>
    <message>
        <source>writing failed</source>
        <translation>falló la escritura</translation>
    </message>
    <message>
        <source>cannot replace the file</source>
        <translation>no se puede reemplazar el archivo</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>la carpeta %1 no existe</translation>
    </message>
    <message>
        <source>GIF image</source>
        <translation>imagen GIF</translation>
    </message>
    <message>
        <source>BMP image</source>
        <translation>imagen BMP</translation>
    </message>
    <message>
        <source>ICO icon</source>
        <translation>icono ICO</translation>
    </message>
    <message>
        <source>Photoshop PSD image</source>
        <translation>imagen PSD de Photoshop</translation>
    </message>
    <message>
        <source>QOI image</source>
        <translation>imagen QOI</translation>
    </message>
    <message>
        <source>OpenEXR image</source>
        <translation>imagen OpenEXR</translation>
    </message>
    <message>
        <source>JPEG XL image</source>
        <translation>imagen JPEG XL</translation>
    </message>
    <message>
        <source>JPEG 2000 image</source>
        <translation>imagen JPEG 2000</translation>
    </message>
    <message>
        <source>Radiance HDR image</source>
        <translation>imagen HDR de Radiance</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>documento PDF</translation>
    </message>
    <message>
        <source>ZIP archive</source>
        <translation>archivo ZIP</translation>
    </message>
    <message>
        <source>gzip archive</source>
        <translation>archivo gzip</translation>
    </message>
    <message>
        <source>executable program</source>
        <translation>programa ejecutable</translation>
    </message>
    <message>
        <source>Netpbm (PBM/PGM/PPM) image</source>
        <translation>imagen Netpbm (PBM/PGM/PPM)</translation>
    </message>
    <message>
        <source>HEIF/AVIF image</source>
        <translation>imagen HEIF/AVIF</translation>
    </message>
    <message>
        <source>RIFF file (not WebP)</source>
        <translation>archivo RIFF (no WebP)</translation>
    </message>
    <message>
        <source>XML or SVG document</source>
        <translation>documento XML o SVG</translation>
    </message>
    <message>
        <source>supported: PNG, JPEG, WebP, TIFF</source>
        <translation>admitidos: PNG, JPEG, WebP, TIFF</translation>
    </message>
    <message>
        <source>empty file; %1</source>
        <translation>archivo vacío; %1</translation>
    </message>
    <message>
        <source>not an image file we recognise; %1</source>
        <translation>no es un archivo de imagen que reconozcamos; %1</translation>
    </message>
    <message>
        <source>%1: format not supported; %2</source>
        <translation>%1: formato no admitido; %2</translation>
    </message>
    <message>
        <source>%1 image of %2 x %3 pixels is larger than the limit of %4 pixels a side</source>
        <translation>la imagen %1 de %2 x %3 píxeles supera el límite de %4 píxeles por lado</translation>
    </message>
    <message>
        <source>%1 image of %2 x %3 pixels (%4 megapixels) is larger than the limit of %5 megapixels</source>
        <translation>la imagen %1 de %2 x %3 píxeles (%4 megapíxeles) supera el límite de %5 megapíxeles</translation>
    </message>
    <message>
        <source>%1: file not found</source>
        <translation>%1: archivo no encontrado</translation>
    </message>
    <message>
        <source>%1: is a folder, not an image file</source>
        <translation>%1: es una carpeta, no un archivo de imagen</translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation>%1: no es un archivo normal</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: no se puede abrir: %2</translation>
    </message>
    <message>
        <source>%1: file of %2 bytes is larger than the limit of %3 bytes</source>
        <translation>%1: el archivo de %2 bytes supera el límite de %3 bytes</translation>
    </message>
    <message>
        <source>%1: reading failed: %2</source>
        <translation>%1: falló la lectura: %2</translation>
    </message>
    <message>
        <source>%1 file is larger than the decoder accepts (2 GiB)</source>
        <translation>el archivo %1 es mayor de lo que acepta el decodificador (2 GiB)</translation>
    </message>
    <message>
        <source>the %1 decoder could not read the pixels (damaged or truncated file)</source>
        <translation>el decodificador %1 no pudo leer los píxeles (archivo dañado o truncado)</translation>
    </message>
    <message>
        <source>the %1 decoder failed: %2</source>
        <translation>falló el decodificador %1: %2</translation>
    </message>
    <message>
        <source>not enough memory to decode the %1 image</source>
        <translation>no hay memoria suficiente para decodificar la imagen %1</translation>
    </message>
    <message>
        <source>file of %1 bytes is larger than the limit of %2 bytes</source>
        <translation>el archivo de %1 bytes supera el límite de %2 bytes</translation>
    </message>
    <message>
        <source>damaged %1 file: the header says %2 x %3 pixels but the decoder produced %4 x %5</source>
        <translation>archivo %1 dañado: la cabecera indica %2 x %3 píxeles, pero el decodificador produjo %4 x %5</translation>
    </message>
    <message>
        <source>save it as PNG or TIFF instead</source>
        <translation>guárdela mejor como PNG o TIFF</translation>
    </message>
    <message>
        <source>scale it down or save it in tiles</source>
        <translation>redúzcala o guárdela en mosaicos</translation>
    </message>
    <message>
        <source>%1 holds at most %2 pixels a side and this image is %3 x %4: %5</source>
        <translation>%1 admite como máximo %2 píxeles por lado y esta imagen mide %3 x %4: %5</translation>
    </message>
    <message>
        <source>%1 stores 8 bits per channel: the 16-bit image is converted to 8 bits</source>
        <translation>%1 guarda 8 bits por canal: la imagen de 16 bits se convierte a 8 bits</translation>
    </message>
    <message>
        <source>%1 has no transparency: the alpha channel is composited onto white</source>
        <translation>%1 no admite transparencia: el canal alfa se compone sobre blanco</translation>
    </message>
    <message>
        <source>WebP has no grayscale mode: the gray image is stored as RGB</source>
        <translation>WebP no tiene modo de escala de grises: la imagen gris se guarda como RGB</translation>
    </message>
    <message>
        <source>%1 output does not carry the PNG text chunks</source>
        <translation>la salida %1 no conserva los bloques de texto PNG</translation>
    </message>
    <message>
        <source>text entry &quot;%1&quot; is not a valid PNG keyword: left out</source>
        <translation>la entrada de texto &quot;%1&quot; no es una palabra clave PNG válida: se omite</translation>
    </message>
    <message>
        <source>TIFF output does not carry EXIF (the ICC profile is kept)</source>
        <translation>la salida TIFF no conserva el EXIF (el perfil ICC se mantiene)</translation>
    </message>
    <message>
        <source>the EXIF block (%1 bytes) does not fit in a JPEG segment: left out</source>
        <translation>el bloque EXIF (%1 bytes) no cabe en un segmento JPEG: se omite</translation>
    </message>
    <message>
        <source>the ICC profile (%1 bytes) is too large for JPEG: left out</source>
        <translation>el perfil ICC (%1 bytes) es demasiado grande para JPEG: se omite</translation>
    </message>
    <message>
        <source>the %1 encoder failed</source>
        <translation>falló el codificador %1</translation>
    </message>
    <message>
        <source>the %1 encoder failed: %2</source>
        <translation>falló el codificador %1: %2</translation>
    </message>
    <message>
        <source>not enough memory to encode the %1 image</source>
        <translation>no hay memoria suficiente para codificar la imagen %1</translation>
    </message>
    <message>
        <source>the image has no pixels</source>
        <translation>la imagen no tiene píxeles</translation>
    </message>
    <message>
        <source>the image has %1 channels of type %2; expected 8- or 16-bit gray, BGR or BGRA</source>
        <translation>la imagen tiene %1 canales de tipo %2; se esperaba gris, BGR o BGRA de 8 o 16 bits</translation>
    </message>
    <message>
        <source>quality %1 is out of range (1 to 100)</source>
        <translation>la calidad %1 está fuera de rango (1 a 100)</translation>
    </message>
    <message>
        <source>PNG compression level %1 is out of range (0 to 9)</source>
        <translation>el nivel de compresión PNG %1 está fuera de rango (0 a 9)</translation>
    </message>
    <message>
        <source>not enough memory to convert the image for saving</source>
        <translation>no hay memoria suficiente para convertir la imagen antes de guardarla</translation>
    </message>
    <message>
        <source>no output file name given</source>
        <translation>no se indicó un nombre de archivo de salida</translation>
    </message>
    <message>
        <source>%1: is a folder, not a file name</source>
        <translation>%1: es una carpeta, no un nombre de archivo</translation>
    </message>
    <message>
        <source>%1: refusing to overwrite %2, an input of this job</source>
        <translation>%1: no se sobrescribe %2, una entrada de este trabajo</translation>
    </message>
    <message>
        <source>JPEG file is truncated: it ends before its image data</source>
        <translation>el archivo JPEG está truncado: termina antes de sus datos de imagen</translation>
    </message>
    <message>
        <source>damaged JPEG file: expected a marker at byte %1</source>
        <translation>archivo JPEG dañado: se esperaba un marcador en el byte %1</translation>
    </message>
    <message>
        <source>damaged JPEG file: unexpected marker at byte %1</source>
        <translation>archivo JPEG dañado: marcador inesperado en el byte %1</translation>
    </message>
    <message>
        <source>damaged JPEG file: invalid segment length at byte %1</source>
        <translation>archivo JPEG dañado: longitud de segmento no válida en el byte %1</translation>
    </message>
    <message>
        <source>damaged JPEG file: invalid frame header at byte %1</source>
        <translation>archivo JPEG dañado: cabecera de trama no válida en el byte %1</translation>
    </message>
    <message>
        <source>lossless JPEG is not supported</source>
        <translation>no se admite JPEG sin pérdida</translation>
    </message>
    <message>
        <source>%1-bit JPEG is not supported (only 8-bit)</source>
        <translation>no se admite JPEG de %1 bits (solo 8 bits)</translation>
    </message>
    <message>
        <source>JPEG with the height defined later (DNL) is not supported</source>
        <translation>no se admite JPEG con la altura definida más adelante (DNL)</translation>
    </message>
    <message>
        <source>damaged JPEG file: the frame header says width 0</source>
        <translation>archivo JPEG dañado: la cabecera de trama indica anchura 0</translation>
    </message>
    <message>
        <source>JPEG with %1 colour components is not supported</source>
        <translation>no se admite JPEG con %1 componentes de color</translation>
    </message>
    <message>
        <source>damaged JPEG file: it ends before its image data</source>
        <translation>archivo JPEG dañado: termina antes de sus datos de imagen</translation>
    </message>
    <message>
        <source>damaged JPEG file: image data before the frame header</source>
        <translation>archivo JPEG dañado: datos de imagen antes de la cabecera de trama</translation>
    </message>
    <message>
        <source>JPEG file is truncated: the end-of-image marker is missing</source>
        <translation>el archivo JPEG está truncado: falta el marcador de fin de imagen</translation>
    </message>
    <message>
        <source>%1 image with samples of type %2 is not supported (only 8- and 16-bit)</source>
        <translation>no se admite una imagen %1 con muestras de tipo %2 (solo 8 y 16 bits)</translation>
    </message>
    <message>
        <source>%1 image with %2 channels is not supported</source>
        <translation>no se admite una imagen %1 con %2 canales</translation>
    </message>
    <message>
        <source>damaged PNG file: impossible chunk length at byte %1</source>
        <translation>archivo PNG dañado: longitud de bloque imposible en el byte %1</translation>
    </message>
    <message>
        <source>PNG file is truncated: the data ends inside the chunk at byte %1</source>
        <translation>el archivo PNG está truncado: los datos terminan dentro del bloque en el byte %1</translation>
    </message>
    <message>
        <source>damaged PNG file: the first chunk is not a valid IHDR</source>
        <translation>archivo PNG dañado: el primer bloque no es un IHDR válido</translation>
    </message>
    <message>
        <source>damaged PNG file: the IHDR checksum does not match</source>
        <translation>archivo PNG dañado: la suma de comprobación de IHDR no coincide</translation>
    </message>
    <message>
        <source>damaged PNG file: invalid size %1 x %2 in IHDR</source>
        <translation>archivo PNG dañado: tamaño %1 x %2 no válido en IHDR</translation>
    </message>
    <message>
        <source>damaged PNG file: invalid colour type %1 with bit depth %2</source>
        <translation>archivo PNG dañado: tipo de color %1 no válido con profundidad de bits %2</translation>
    </message>
    <message>
        <source>PNG file is truncated: it ends without an IEND chunk</source>
        <translation>el archivo PNG está truncado: termina sin bloque IEND</translation>
    </message>
    <message>
        <source>damaged PNG file: it has no image data (IDAT)</source>
        <translation>archivo PNG dañado: no tiene datos de imagen (IDAT)</translation>
    </message>
    <message>
        <source>the PNG encoder wrote no IHDR chunk first</source>
        <translation>el codificador PNG no escribió primero un bloque IHDR</translation>
    </message>
    <message>
        <source>cannot convert pixels of type %1 to a tensor</source>
        <translation>no se pueden convertir píxeles de tipo %1 en un tensor</translation>
    </message>
    <message>
        <source>converting pixels to a tensor failed: %1</source>
        <translation>falló la conversión de píxeles a tensor: %1</translation>
    </message>
    <message>
        <source>bit depth %1 is not 8 or 16</source>
        <translation>la profundidad de bits %1 no es 8 ni 16</translation>
    </message>
    <message>
        <source>expected an RGB tensor of shape [1, 3, H, W]</source>
        <translation>se esperaba un tensor RGB de forma [1, 3, H, W]</translation>
    </message>
    <message>
        <source>the alpha tensor is not [1, 1, %1, %2]</source>
        <translation>el tensor alfa no es [1, 1, %1, %2]</translation>
    </message>
    <message>
        <source>converting a tensor to pixels failed: %1</source>
        <translation>falló la conversión de un tensor a píxeles: %1</translation>
    </message>
    <message>
        <source>damaged TIFF data: %1</source>
        <translation>datos TIFF dañados: %1</translation>
    </message>
    <message>
        <source>the image data locations are missing or inconsistent</source>
        <translation>las ubicaciones de los datos de imagen faltan o son incoherentes</translation>
    </message>
    <message>
        <source>invalid image data location</source>
        <translation>ubicación de datos de imagen no válida</translation>
    </message>
    <message>
        <source>TIFF file is truncated: image data at byte %1 runs past the end of the file</source>
        <translation>el archivo TIFF está truncado: los datos de imagen en el byte %1 pasan del final del archivo</translation>
    </message>
    <message>
        <source>unknown byte order</source>
        <translation>orden de bytes desconocido</translation>
    </message>
    <message>
        <source>invalid header</source>
        <translation>cabecera no válida</translation>
    </message>
    <message>
        <source>the first directory lies outside the data</source>
        <translation>el primer directorio está fuera de los datos</translation>
    </message>
    <message>
        <source>the first directory runs past the end</source>
        <translation>el primer directorio pasa del final</translation>
    </message>
    <message>
        <source>missing or invalid image size</source>
        <translation>falta el tamaño de imagen o no es válido</translation>
    </message>
    <message>
        <source>floating-point TIFF is not supported (only 8- and 16-bit integer samples)</source>
        <translation>no se admite TIFF de coma flotante (solo muestras enteras de 8 y 16 bits)</translation>
    </message>
    <message>
        <source>%1-bit TIFF samples are not supported (only 8 and 16 bits)</source>
        <translation>no se admiten muestras TIFF de %1 bits (solo 8 y 16 bits)</translation>
    </message>
    <message>
        <source>TIFF with %1 samples per pixel is not supported</source>
        <translation>no se admite TIFF con %1 muestras por píxel</translation>
    </message>
    <message>
        <source>cannot add a tag to a BigTIFF file</source>
        <translation>no se puede añadir una etiqueta a un archivo BigTIFF</translation>
    </message>
    <message>
        <source>the TIFF file with its metadata would exceed 4 GiB</source>
        <translation>el archivo TIFF superaría 4 GiB con sus metadatos</translation>
    </message>
    <message>
        <source>WebP file is truncated: a chunk runs past the end of the file</source>
        <translation>el archivo WebP está truncado: un bloque pasa del final del archivo</translation>
    </message>
    <message>
        <source>damaged WebP file: no image chunk</source>
        <translation>archivo WebP dañado: no hay bloque de imagen</translation>
    </message>
    <message>
        <source>damaged WebP file: %1</source>
        <translation>archivo WebP dañado: %1</translation>
    </message>
    <message>
        <source>invalid VP8 frame header</source>
        <translation>cabecera de trama VP8 no válida</translation>
    </message>
    <message>
        <source>invalid VP8L header</source>
        <translation>cabecera VP8L no válida</translation>
    </message>
    <message>
        <source>unknown VP8L version</source>
        <translation>versión VP8L desconocida</translation>
    </message>
    <message>
        <source>unknown first chunk</source>
        <translation>primer bloque desconocido</translation>
    </message>
    <message>
        <source>VP8X chunk too short</source>
        <translation>bloque VP8X demasiado corto</translation>
    </message>
    <message>
        <source>animated WebP is not supported</source>
        <translation>no se admite WebP animado</translation>
    </message>
    <message>
        <source>no image chunk</source>
        <translation>no hay bloque de imagen</translation>
    </message>
    <message>
        <source>image size 0</source>
        <translation>tamaño de imagen 0</translation>
    </message>
    <message>
        <source>the WebP file with its metadata would exceed 4 GiB</source>
        <translation>el archivo WebP superaría 4 GiB con sus metadatos</translation>
    </message>
</context>
<context>
    <name>hires::LegacyStorageTable</name>
    <message>
        <source>the storage key list is not a list</source>
        <translation>la lista de claves de almacenamiento no es una lista</translation>
    </message>
    <message>
        <source>a storage key is not a string</source>
        <translation>una clave de almacenamiento no es una cadena</translation>
    </message>
    <message>
        <source>storage %1 is listed but no tensor uses it</source>
        <translation>el almacenamiento %1 aparece en la lista, pero ningún tensor lo usa</translation>
    </message>
    <message>
        <source>the file ends before the data of storage %1</source>
        <translation>el archivo termina antes de los datos del almacenamiento %1</translation>
    </message>
    <message>
        <source>storage %1 holds %2 elements but is declared with %3</source>
        <translation>el almacenamiento %1 contiene %2 elementos, pero se declaró con %3</translation>
    </message>
    <message>
        <source>the file ends inside the data of storage %1</source>
        <translation>el archivo termina dentro de los datos del almacenamiento %1</translation>
    </message>
    <message>
        <source>storage %1 is listed twice</source>
        <translation>el almacenamiento %1 aparece dos veces</translation>
    </message>
    <message>
        <source>%1 unexpected bytes follow the last storage</source>
        <translation>tras el último almacenamiento siguen %1 bytes inesperados</translation>
    </message>
    <message>
        <source>the data of storage %1 is missing</source>
        <translation>faltan los datos del almacenamiento %1</translation>
    </message>
    <message>
        <source>storage view %1 has an overflowing offset</source>
        <translation>la vista de almacenamiento %1 tiene un desplazamiento que desborda</translation>
    </message>
    <message>
        <source>storage view %1 has no root storage</source>
        <translation>la vista de almacenamiento %1 no tiene almacenamiento raíz</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>el archivo</translation>
    </message>
    <message>
        <source>its root storage %1</source>
        <translation>su almacenamiento raíz %1</translation>
    </message>
</context>
<context>
    <name>hires::MappedFile</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: no existe ese archivo</translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation>%1: no es un archivo normal</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: no se puede abrir: %2</translation>
    </message>
    <message>
        <source>%1: cannot map into memory: %2</source>
        <translation>%1: no se puede asignar en memoria: %2</translation>
    </message>
</context>
<context>
    <name>hires::ModelDownloader</name>
    <message>
        <source>%1: not an http(s) URL</source>
        <translation>%1: no es una URL http(s)</translation>
    </message>
    <message>
        <source>%1: no destination file</source>
        <translation>%1: no hay archivo de destino</translation>
    </message>
    <message>
        <source>%1 is not a SHA-256 (64 hexadecimal digits)</source>
        <translation>%1 no es un SHA-256 (64 dígitos hexadecimales)</translation>
    </message>
    <message>
        <source>%1: no SHA-256 is known for this file, so it cannot be verified; it is only installed when unverified files are explicitly accepted</source>
        <translation>%1: no se conoce ningún SHA-256 para este archivo, así que no se puede verificar; solo se instala si se aceptan explícitamente archivos sin verificar</translation>
    </message>
    <message>
        <source>%1: cannot create a file there (%2)</source>
        <translation>%1: no se puede crear un archivo allí (%2)</translation>
    </message>
    <message>
        <source>%1: the file has %2 bytes, more than the limit of %3</source>
        <translation>%1: el archivo tiene %2 bytes, más que el límite de %3</translation>
    </message>
    <message>
        <source>%1: the download was cancelled</source>
        <translation>%1: se canceló la descarga</translation>
    </message>
    <message>
        <source>%1: the file is larger than the limit of %2 bytes</source>
        <translation>%1: el archivo supera el límite de %2 bytes</translation>
    </message>
    <message>
        <source>%1: writing failed (%2)</source>
        <translation>%1: falló la escritura (%2)</translation>
    </message>
    <message>
        <source>%1: the server answered HTTP %2 %3</source>
        <translation>%1: el servidor respondió HTTP %2 %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the transfer ended after %2 of %3 bytes</source>
        <translation>%1: la transferencia terminó tras %2 de %3 bytes</translation>
    </message>
    <message>
        <source>%1: the SHA-256 of the download is %2, not the expected %3; the file was discarded</source>
        <translation>%1: el SHA-256 de la descarga es %2, no el esperado %3; se descartó el archivo</translation>
    </message>
    <message>
        <source>%1: cannot move the download into place (%2)</source>
        <translation>%1: no se puede mover la descarga a su sitio (%2)</translation>
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
        <translation>checkpoint de PyTorch</translation>
    </message>
    <message>
        <source>PyTorch legacy checkpoint</source>
        <translation>checkpoint de PyTorch (formato antiguo)</translation>
    </message>
    <message>
        <source>PyTorch tar checkpoint</source>
        <translation>checkpoint de PyTorch (tar)</translation>
    </message>
    <message>
        <source>ncnn model</source>
        <translation>modelo ncnn</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>formato desconocido</translation>
    </message>
    <message>
        <source>not an ncnn .param file (no magic number 7767517), and no .param file lies next to it</source>
        <translation>no es un archivo .param de ncnn (sin el número mágico 7767517) y no hay un archivo .param junto a él</translation>
    </message>
    <message>
        <source>a .param file of %1 bytes is too large</source>
        <translation>un archivo .param de %1 bytes es demasiado grande</translation>
    </message>
    <message>
        <source>its weights file %1 is missing</source>
        <translation>falta su archivo de pesos %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>not a safetensors, PyTorch or ncnn model file</source>
        <translation>no es un archivo de modelo safetensors, PyTorch ni ncnn</translation>
    </message>
</context>
<context>
    <name>hires::ModelInfo</name>
    <message>
        <source>upscaler</source>
        <translation>ampliador</translation>
    </message>
    <message>
        <source>face restorer</source>
        <translation>restaurador de rostros</translation>
    </message>
    <message>
        <source>diffusion checkpoint</source>
        <translation>checkpoint de difusión</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
</context>
<context>
    <name>hires::ModelInfoCache</name>
    <message>
        <source>%1: cannot write the model cache (%2)</source>
        <translation>%1: no se puede escribir la caché de modelos (%2)</translation>
    </message>
</context>
<context>
    <name>hires::ModelProbe</name>
    <message>
        <source>%1: the file cannot be read</source>
        <translation>%1: no se puede leer el archivo</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: el archivo está vacío</translation>
    </message>
    <message>
        <source>%1: not a safetensors, PyTorch or ncnn model file</source>
        <translation>%1: no es un archivo de modelo safetensors, PyTorch ni ncnn</translation>
    </message>
</context>
<context>
    <name>hires::NcnnBinReader</name>
    <message>
        <source>layer %1: %2</source>
        <translation>capa %1: %2</translation>
    </message>
    <message>
        <source>%1 bytes are left over after the weights of the last layer (the .bin does not belong to this .param)</source>
        <translation>quedan %1 bytes tras los pesos de la última capa (el .bin no corresponde a este .param)</translation>
    </message>
    <message>
        <source>the .bin ends inside the %1 (needs %2 bytes at offset %3, has %4)</source>
        <translation>el .bin termina dentro de %1 (necesita %2 bytes en el desplazamiento %3, tiene %4)</translation>
    </message>
    <message>
        <source>the .bin ends before the storage tag of the %1</source>
        <translation>el .bin termina antes de la etiqueta de almacenamiento de %1</translation>
    </message>
    <message>
        <source>the .bin ends inside the quantised %1</source>
        <translation>el .bin termina dentro de %1 cuantizado</translation>
    </message>
</context>
<context>
    <name>hires::NcnnGraph</name>
    <message>
        <source>takes %1 channels but gets %2</source>
        <translation>admite %1 canales pero recibe %2</translation>
    </message>
    <message>
        <source>an input of %1 is too small for the kernel</source>
        <translation>una entrada de %1 es demasiado pequeña para el núcleo</translation>
    </message>
    <message>
        <source>axis %1 does not exist</source>
        <translation>el eje %1 no existe</translation>
    </message>
    <message>
        <source>needs a reference blob</source>
        <translation>necesita un blob de referencia</translation>
    </message>
    <message>
        <source>the crop window does not lie inside a %1 blob</source>
        <translation>la ventana de recorte no está dentro de un blob %1</translation>
    </message>
    <message>
        <source>has %1 slopes for %2 channels</source>
        <translation>tiene %1 pendientes para %2 canales</translation>
    </message>
    <message>
        <source>cannot join %1 and %2 along axis %3</source>
        <translation>no se pueden unir %1 y %2 a lo largo del eje %3</translation>
    </message>
    <message>
        <source>inputs %1 and %2 differ</source>
        <translation>las entradas %1 y %2 difieren</translation>
    </message>
    <message>
        <source>cannot combine %1 with %2</source>
        <translation>no se puede combinar %1 con %2</translation>
    </message>
    <message>
        <source>resizes %1 to nothing</source>
        <translation>redimensiona %1 a nada</translation>
    </message>
    <message>
        <source>%1 channels do not divide by %2</source>
        <translation>%1 canales no son divisibles entre %2</translation>
    </message>
    <message>
        <source>the graph turns %1 channels into %2, not an image upscaler</source>
        <translation>el grafo convierte %1 canales en %2: no es un ampliador de imágenes</translation>
    </message>
    <message>
        <source>%1: the graph does not enlarge images by a whole factor</source>
        <translation>%1: el grafo no amplía las imágenes por un factor entero</translation>
    </message>
    <message>
        <source>ncnn graph x%1 (%2 layers)</source>
        <translation>grafo ncnn x%1 (%2 capas)</translation>
    </message>
    <message>
        <source>%1: an upscaler graph has exactly one Input layer with one blob</source>
        <translation>%1: un grafo de ampliación tiene exactamente una capa Input con un blob</translation>
    </message>
    <message>
        <source>%1: the graph has no Input layer</source>
        <translation>%1: el grafo no tiene capa Input</translation>
    </message>
    <message>
        <source>%1: layer %2 (%3) has %4 inputs and %5 outputs</source>
        <translation>%1: la capa %2 (%3) tiene %4 entradas y %5 salidas</translation>
    </message>
</context>
<context>
    <name>hires::NcnnLayerCatalog</name>
    <message>
        <source>layer type %1 is unknown, so its weights cannot be located in the .bin</source>
        <translation>el tipo de capa %1 es desconocido, así que sus pesos no se pueden localizar en el .bin</translation>
    </message>
    <message>
        <source>%1 declares %2 elements, more than ncnn can hold</source>
        <translation>%1 declara %2 elementos, más de los que ncnn admite</translation>
    </message>
</context>
<context>
    <name>hires::NcnnModel</name>
    <message>
        <source>the file is not text</source>
        <translation>el archivo no es texto</translation>
    </message>
</context>
<context>
    <name>hires::NcnnNetwork</name>
    <message>
        <source>%1: not enough memory for the weights</source>
        <translation>%1: no hay memoria suficiente para los pesos</translation>
    </message>
</context>
<context>
    <name>hires::NcnnParamParser</name>
    <message>
        <source>ncnn .param</source>
        <translation>.param de ncnn</translation>
    </message>
    <message>
        <source>the file does not start with the magic number 7767517 (not an ncnn .param file, or one too old to read)</source>
        <translation>el archivo no empieza por el número mágico 7767517 (no es un .param de ncnn o es demasiado antiguo)</translation>
    </message>
    <message>
        <source>the second line must hold the layer count and the blob count</source>
        <translation>la segunda línea debe contener el número de capas y el de blobs</translation>
    </message>
    <message>
        <source>more layers follow than the %1 the header declares</source>
        <translation>siguen más capas que las %1 que declara la cabecera</translation>
    </message>
    <message>
        <source>the header declares %1 layers but the file has %2</source>
        <translation>la cabecera declara %1 capas, pero el archivo tiene %2</translation>
    </message>
    <message>
        <source>the header declares %1 blobs but the layers produce %2</source>
        <translation>la cabecera declara %1 blobs, pero las capas producen %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>a layer line must read: type name inputs outputs blobs... params...</source>
        <translation>una línea de capa debe ser: tipo nombre entradas salidas blobs... parámetros...</translation>
    </message>
    <message>
        <source>layer %1 names fewer blobs than it declares</source>
        <translation>la capa %1 nombra menos blobs de los que declara</translation>
    </message>
    <message>
        <source>the layer name %1 is used twice</source>
        <translation>el nombre de capa %1 se usa dos veces</translation>
    </message>
    <message>
        <source>layer %1 reads blob %2, which no earlier layer produces</source>
        <translation>la capa %1 lee el blob %2, que ninguna capa anterior produce</translation>
    </message>
    <message>
        <source>blob %1 is produced twice</source>
        <translation>el blob %1 se produce dos veces</translation>
    </message>
    <message>
        <source>layer %1 has a param %2 that is not id=value</source>
        <translation>la capa %1 tiene un parámetro %2 que no es id=valor</translation>
    </message>
    <message>
        <source>layer %1 has param key %2; ncnn allows ids 0 to 31</source>
        <translation>la capa %1 tiene la clave de parámetro %2; ncnn admite ids de 0 a 31</translation>
    </message>
    <message>
        <source>layer %1 has a malformed value for param %2</source>
        <translation>la capa %1 tiene un valor mal formado para el parámetro %2</translation>
    </message>
    <message>
        <source>layer %1 sets param %2 twice</source>
        <translation>la capa %1 establece el parámetro %2 dos veces</translation>
    </message>
</context>
<context>
    <name>hires::NeuralUpscaler</name>
    <message>
        <source>%1: this build cannot read model files (the model loader is missing)</source>
        <translation>%1: esta compilación no puede leer archivos de modelo (falta el cargador de modelos)</translation>
    </message>
    <message>
        <source>the image must be 8- or 16-bit gray, BGR or BGRA</source>
        <translation>la imagen debe ser gris, BGR o BGRA de 8 o 16 bits</translation>
    </message>
</context>
<context>
    <name>hires::Params</name>
    <message>
        <source>param %1 must be an integer</source>
        <translation>el parámetro %1 debe ser un entero</translation>
    </message>
    <message>
        <source>param %1 is negative (%2)</source>
        <translation>el parámetro %1 es negativo (%2)</translation>
    </message>
    <message>
        <source>the layer&apos;s weight sizes overflow</source>
        <translation>los tamaños de los pesos de la capa desbordan</translation>
    </message>
</context>
<context>
    <name>hires::Parser</name>
    <message>
        <source>entry %1 is not an object</source>
        <translation>la entrada %1 no es un objeto</translation>
    </message>
    <message>
        <source>tensor %1 has no dtype</source>
        <translation>el tensor %1 no tiene dtype</translation>
    </message>
    <message>
        <source>tensor %1 has dtype %2, which Hires Studio does not read</source>
        <translation>el tensor %1 tiene el dtype %2, que Hires Studio no lee</translation>
    </message>
    <message>
        <source>tensor %1 has no shape</source>
        <translation>el tensor %1 no tiene forma</translation>
    </message>
    <message>
        <source>tensor %1 has a shape entry that is not a non-negative integer</source>
        <translation>el tensor %1 tiene una entrada de forma que no es un entero no negativo</translation>
    </message>
    <message>
        <source>tensor %1 has no data_offsets [begin, end]</source>
        <translation>el tensor %1 no tiene data_offsets [inicio, fin]</translation>
    </message>
    <message>
        <source>tensor %1 has data_offsets that are not non-negative integers</source>
        <translation>el tensor %1 tiene data_offsets que no son enteros no negativos</translation>
    </message>
    <message>
        <source>tensor %1 has data_offsets [%2, %3] that end before they begin</source>
        <translation>el tensor %1 tiene data_offsets [%2, %3] que terminan antes de empezar</translation>
    </message>
    <message>
        <source>tensor %1 has a shape whose byte size overflows</source>
        <translation>el tensor %1 tiene una forma cuyo tamaño en bytes desborda</translation>
    </message>
    <message>
        <source>tensor %1 needs %2 bytes for its shape and dtype but data_offsets span %3</source>
        <translation>el tensor %1 necesita %2 bytes para su forma y dtype, pero data_offsets abarca %3</translation>
    </message>
</context>
<context>
    <name>hires::PickleMachine</name>
    <message>
        <source>the pickle ends without a STOP opcode</source>
        <translation>el pickle termina sin el código de operación STOP</translation>
    </message>
    <message>
        <source>opcode 0x%1 failed</source>
        <translation>falló el código de operación 0x%1</translation>
    </message>
    <message>
        <source>pickle offset %1: %2</source>
        <translation>desplazamiento %1 del pickle: %2</translation>
    </message>
    <message>
        <source>the pickle is truncated</source>
        <translation>el pickle está truncado</translation>
    </message>
    <message>
        <source>the pickle needs more than %1 MiB of memory</source>
        <translation>el pickle necesita más de %1 MiB de memoria</translation>
    </message>
    <message>
        <source>the pickle has too many values</source>
        <translation>el pickle tiene demasiados valores</translation>
    </message>
    <message>
        <source>an integer of %1 bytes is too long</source>
        <translation>un entero de %1 bytes es demasiado largo</translation>
    </message>
    <message>
        <source>stack underflow</source>
        <translation>desbordamiento inferior de la pila</translation>
    </message>
    <message>
        <source>no MARK to pop to</source>
        <translation>no hay MARK hasta el que desapilar</translation>
    </message>
    <message>
        <source>a GLOBAL name is longer than %1 bytes</source>
        <translation>un nombre GLOBAL supera los %1 bytes</translation>
    </message>
    <message>
        <source>memo entry %1 was never stored</source>
        <translation>la entrada de memo %1 nunca se guardó</translation>
    </message>
    <message>
        <source>a negative length</source>
        <translation>una longitud negativa</translation>
    </message>
    <message>
        <source>SETITEMS with an odd number of items</source>
        <translation>SETITEMS con un número impar de elementos</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sobre %2</translation>
    </message>
    <message>
        <source>DICT with an odd number of items</source>
        <translation>DICT con un número impar de elementos</translation>
    </message>
    <message>
        <source>STACK_GLOBAL with names that are not strings</source>
        <translation>STACK_GLOBAL con nombres que no son cadenas</translation>
    </message>
    <message>
        <source>a text persistent id (PERSID) is not a torch storage record</source>
        <translation>un id persistente de texto (PERSID) no es un registro de almacenamiento de torch</translation>
    </message>
    <message>
        <source>pickle protocol %1 is unknown</source>
        <translation>el protocolo pickle %1 es desconocido</translation>
    </message>
    <message>
        <source>STOP with %1 values on the stack</source>
        <translation>STOP con %1 valores en la pila</translation>
    </message>
    <message>
        <source>opcode 0x%1 is not allowed in a checkpoint</source>
        <translation>el código de operación 0x%1 no está permitido en un checkpoint</translation>
    </message>
</context>
<context>
    <name>hires::PytorchCheckpointReader</name>
    <message>
        <source>the tar format of PyTorch before 0.4 is not supported; re-save the weights with a current PyTorch</source>
        <translation>no se admite el formato tar de PyTorch anterior a 0.4; vuelva a guardar los pesos con un PyTorch actual</translation>
    </message>
    <message>
        <source>neither a zip (torch.save) nor a legacy PyTorch checkpoint</source>
        <translation>no es un zip (torch.save) ni un checkpoint de PyTorch antiguo</translation>
    </message>
    <message>
        <source>the archive is empty</source>
        <translation>el archivo comprimido está vacío</translation>
    </message>
    <message>
        <source>entry %1 is not inside the archive&apos;s folder</source>
        <translation>la entrada %1 no está dentro de la carpeta del archivo comprimido</translation>
    </message>
    <message>
        <source>this is a TorchScript archive (torch.jit.save), not a state dict; save the weights with torch.save(model.state_dict(), path)</source>
        <translation>es un archivo TorchScript (torch.jit.save), no un state dict; guarde los pesos con torch.save(model.state_dict(), path)</translation>
    </message>
    <message>
        <source>the tensors are stored in %1 byte order; only little-endian files are read</source>
        <translation>los tensores están guardados en orden de bytes %1; solo se leen archivos little-endian</translation>
    </message>
    <message>
        <source>the archive has no %1</source>
        <translation>al archivo comprimido le falta %1</translation>
    </message>
    <message>
        <source>storage key %1 is not a plain name</source>
        <translation>la clave de almacenamiento %1 no es un nombre simple</translation>
    </message>
    <message>
        <source>the data of storage %1 (%2) is missing</source>
        <translation>faltan los datos del almacenamiento %1 (%2)</translation>
    </message>
    <message>
        <source>the file does not start with the legacy magic number</source>
        <translation>el archivo no empieza por el número mágico del formato antiguo</translation>
    </message>
    <message>
        <source>unsupported legacy protocol version</source>
        <translation>versión de protocolo del formato antiguo no admitida</translation>
    </message>
    <message>
        <source>the file was not written on a little-endian machine</source>
        <translation>el archivo no se escribió en una máquina little-endian</translation>
    </message>
</context>
<context>
    <name>hires::Reader</name>
    <message>
        <source>param %1 must be an integer</source>
        <translation>el parámetro %1 debe ser un entero</translation>
    </message>
    <message>
        <source>param %1 must be a number</source>
        <translation>el parámetro %1 debe ser un número</translation>
    </message>
    <message>
        <source>param %1 must hold integers</source>
        <translation>el parámetro %1 debe contener enteros</translation>
    </message>
</context>
<context>
    <name>hires::SafetensorsReader</name>
    <message>
        <source>the file is shorter than the 8-byte header length</source>
        <translation>el archivo es más corto que la longitud de cabecera de 8 bytes</translation>
    </message>
    <message>
        <source>the header declares %1 bytes, more than the limit of %2</source>
        <translation>la cabecera declara %1 bytes, más que el límite de %2</translation>
    </message>
    <message>
        <source>the header declares %1 bytes but only %2 follow</source>
        <translation>la cabecera declara %1 bytes, pero solo siguen %2</translation>
    </message>
    <message>
        <source>the header does not start with &apos;{&apos;</source>
        <translation>la cabecera no empieza por &apos;{&apos;</translation>
    </message>
    <message>
        <source>the header is not valid UTF-8 JSON: %1 at byte %2</source>
        <translation>la cabecera no es JSON UTF-8 válido: %1 en el byte %2</translation>
    </message>
    <message>
        <source>__metadata__ is not an object</source>
        <translation>__metadata__ no es un objeto</translation>
    </message>
    <message>
        <source>__metadata__ value %1 is not a string</source>
        <translation>el valor %1 de __metadata__ no es una cadena</translation>
    </message>
    <message>
        <source>tensor %1 at bytes [%2, %3] overlaps the tensor before it</source>
        <translation>el tensor %1 en los bytes [%2, %3] se solapa con el tensor anterior</translation>
    </message>
    <message>
        <source>the bytes [%2, %3] before tensor %1 belong to no tensor</source>
        <translation>los bytes [%2, %3] antes del tensor %1 no pertenecen a ningún tensor</translation>
    </message>
    <message>
        <source>the tensors need %1 bytes of data but the file has %2</source>
        <translation>los tensores necesitan %1 bytes de datos, pero el archivo tiene %2</translation>
    </message>
    <message>
        <source>the file has %1 bytes of data after the last tensor</source>
        <translation>el archivo tiene %1 bytes de datos tras el último tensor</translation>
    </message>
    <message>
        <source>tensor %1 %2</source>
        <translation>tensor %1 %2</translation>
    </message>
</context>
<context>
    <name>hires::TensorRef</name>
    <message>
        <source>has no storage</source>
        <translation>no tiene almacenamiento</translation>
    </message>
    <message>
        <source>has %1 dimensions but %2 strides</source>
        <translation>tiene %1 dimensiones pero %2 pasos</translation>
    </message>
    <message>
        <source>has a negative dimension (%1)</source>
        <translation>tiene una dimensión negativa (%1)</translation>
    </message>
    <message>
        <source>has a negative stride (%1)</source>
        <translation>tiene un paso negativo (%1)</translation>
    </message>
    <message>
        <source>has a negative storage offset (%1)</source>
        <translation>tiene un desplazamiento de almacenamiento negativo (%1)</translation>
    </message>
    <message>
        <source>has a shape whose element count overflows</source>
        <translation>tiene una forma cuyo número de elementos desborda</translation>
    </message>
    <message>
        <source>declares %1 elements but its storage holds only %2</source>
        <translation>declara %1 elementos, pero su almacenamiento solo contiene %2</translation>
    </message>
    <message>
        <source>addresses bytes outside its storage of %1 bytes (offset %2)</source>
        <translation>accede a bytes fuera de su almacenamiento de %1 bytes (desplazamiento %2)</translation>
    </message>
</context>
<context>
    <name>hires::TorchPickleCalls</name>
    <message>
        <source>the global %1 is forbidden (only tensor data is read from checkpoints)</source>
        <translation>el global %1 está prohibido (de los checkpoints solo se leen datos de tensores)</translation>
    </message>
    <message>
        <source>REDUCE calls %1, which is not an allow-listed global</source>
        <translation>REDUCE llama a %1, que no es un global permitido</translation>
    </message>
    <message>
        <source>REDUCE arguments are not a tuple</source>
        <translation>los argumentos de REDUCE no son una tupla</translation>
    </message>
    <message>
        <source>a parameter is rebuilt from something that is not a tensor</source>
        <translation>un parámetro se reconstruye a partir de algo que no es un tensor</translation>
    </message>
    <message>
        <source>REDUCE calls %1, which is not callable here</source>
        <translation>REDUCE llama a %1, que aquí no se puede llamar</translation>
    </message>
    <message>
        <source>NEWOBJ creates %1, which is not an allow-listed class</source>
        <translation>NEWOBJ crea %1, que no es una clase permitida</translation>
    </message>
    <message>
        <source>BUILD on %1 is not allowed</source>
        <translation>BUILD sobre %1 no está permitido</translation>
    </message>
    <message>
        <source>OrderedDict is called with unexpected arguments</source>
        <translation>OrderedDict se llama con argumentos inesperados</translation>
    </message>
    <message>
        <source>OrderedDict is called with an item that is not a pair</source>
        <translation>OrderedDict se llama con un elemento que no es un par</translation>
    </message>
    <message>
        <source>a tensor is rebuilt with %1 arguments</source>
        <translation>un tensor se reconstruye con %1 argumentos</translation>
    </message>
    <message>
        <source>a tensor is rebuilt from %1, not a storage</source>
        <translation>un tensor se reconstruye a partir de %1, no de un almacenamiento</translation>
    </message>
    <message>
        <source>a tensor has a storage offset that is not an integer</source>
        <translation>un tensor tiene un desplazamiento de almacenamiento que no es un entero</translation>
    </message>
    <message>
        <source>a tensor&apos;s size or stride is not a tuple of at most %1 integers</source>
        <translation>el tamaño o el paso de un tensor no es una tupla de como máximo %1 enteros</translation>
    </message>
    <message>
        <source>storage %1 is declared twice with different types or sizes</source>
        <translation>el almacenamiento %1 se declara dos veces con tipos o tamaños distintos</translation>
    </message>
    <message>
        <source>a persistent id where none is allowed</source>
        <translation>un id persistente donde no se permite ninguno</translation>
    </message>
    <message>
        <source>a persistent id that is not a torch storage record</source>
        <translation>un id persistente que no es un registro de almacenamiento de torch</translation>
    </message>
    <message>
        <source>a persistent id that is not a torch storage record (it starts with %1)</source>
        <translation>un id persistente que no es un registro de almacenamiento de torch (empieza por %1)</translation>
    </message>
    <message>
        <source>a storage record whose type is %1, not a torch storage class</source>
        <translation>un registro de almacenamiento de tipo %1, no una clase de almacenamiento de torch</translation>
    </message>
    <message>
        <source>a storage record with a malformed key, location or size</source>
        <translation>un registro de almacenamiento con clave, ubicación o tamaño mal formados</translation>
    </message>
    <message>
        <source>a storage view record that is malformed</source>
        <translation>un registro de vista de almacenamiento mal formado</translation>
    </message>
</context>
<context>
    <name>hires::UpscaleJob</name>
    <message>
        <source>%1: the image is empty</source>
        <translation>%1: la imagen está vacía</translation>
    </message>
    <message>
        <source>no input image given</source>
        <translation>no se indicó ninguna imagen de entrada</translation>
    </message>
    <message>
        <source>%1: no output folder given for an image that has no file</source>
        <translation>%1: no se indicó carpeta de salida para una imagen sin archivo</translation>
    </message>
</context>
<context>
    <name>hires::ZipArchive</name>
    <message>
        <source>entry %1 fails its CRC-32 check</source>
        <translation>la entrada %1 no supera la comprobación CRC-32</translation>
    </message>
    <message>
        <source>entry %1 uses compression method %2; only stored and deflated entries are read</source>
        <translation>la entrada %1 usa el método de compresión %2; solo se leen entradas almacenadas o comprimidas con deflate</translation>
    </message>
    <message>
        <source>entry %1 would inflate to %2 bytes, over the limit of %3 for this archive (a zip bomb?)</source>
        <translation>la entrada %1 se descomprimiría en %2 bytes, por encima del límite de %3 para este archivo (¿una bomba zip?)</translation>
    </message>
    <message>
        <source>not enough memory to inflate entry %1 (%2 bytes)</source>
        <translation>no hay memoria suficiente para descomprimir la entrada %1 (%2 bytes)</translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>entrada %1: %2</translation>
    </message>
</context>
<context>
    <name>hires::ZipDirectoryParser</name>
    <message>
        <source>the central directory cannot hold its %1 entries</source>
        <translation>el directorio central no puede contener sus %1 entradas</translation>
    </message>
    <message>
        <source>the file is too short to be a zip archive</source>
        <translation>el archivo es demasiado corto para ser un zip</translation>
    </message>
    <message>
        <source>no end-of-central-directory record (not a zip archive, or truncated)</source>
        <translation>no hay registro de fin del directorio central (no es un zip o está truncado)</translation>
    </message>
    <message>
        <source>the archive needs ZIP64 records but has none</source>
        <translation>el archivo necesita registros ZIP64 pero no los tiene</translation>
    </message>
    <message>
        <source>multi-volume zip archives are not supported</source>
        <translation>no se admiten archivos zip de varios volúmenes</translation>
    </message>
    <message>
        <source>the ZIP64 end-of-central-directory record is missing or misplaced</source>
        <translation>el registro ZIP64 de fin del directorio central falta o está mal situado</translation>
    </message>
    <message>
        <source>the central directory (offset %1, %2 bytes) lies outside the archive</source>
        <translation>el directorio central (desplazamiento %1, %2 bytes) está fuera del archivo</translation>
    </message>
    <message>
        <source>central directory entry %1 is damaged</source>
        <translation>la entrada %1 del directorio central está dañada</translation>
    </message>
    <message>
        <source>entry %1 is encrypted</source>
        <translation>la entrada %1 está cifrada</translation>
    </message>
    <message>
        <source>stored entry %1 declares %2 bytes stored but %3 bytes of content</source>
        <translation>la entrada almacenada %1 declara %2 bytes almacenados pero %3 bytes de contenido</translation>
    </message>
    <message>
        <source>the archive has two entries named %1</source>
        <translation>el archivo tiene dos entradas llamadas %1</translation>
    </message>
    <message>
        <source>entry %1 has a short ZIP64 extra field</source>
        <translation>la entrada %1 tiene un campo extra ZIP64 demasiado corto</translation>
    </message>
    <message>
        <source>entry %1 needs a ZIP64 extra field but has none</source>
        <translation>la entrada %1 necesita un campo extra ZIP64 pero no lo tiene</translation>
    </message>
    <message>
        <source>the local header of entry %1 is missing or damaged</source>
        <translation>la cabecera local de la entrada %1 falta o está dañada</translation>
    </message>
    <message>
        <source>the local header of entry %1 names %2</source>
        <translation>la cabecera local de la entrada %1 indica %2</translation>
    </message>
    <message>
        <source>the data of entry %1 (%2 bytes) runs past the end of the archive data</source>
        <translation>los datos de la entrada %1 (%2 bytes) pasan del final de los datos del archivo</translation>
    </message>
</context>
<context>
    <name>hires::cli</name>
    <message>
        <source>not recognised (%1)</source>
        <translation>no reconocido (%1)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Wrapper key</source>
        <translation>Clave contenedora</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Stripped prefix</source>
        <translation>Prefijo eliminado</translation>
    </message>
    <message>
        <source>Tensors</source>
        <translation>Tensores</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Dtypes</source>
        <translation>Dtypes</translation>
    </message>
    <message>
        <source>Skipped entries</source>
        <translation>Entradas omitidas</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Arquitectura</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Capas</translation>
    </message>
    <message>
        <source>Layer types</source>
        <translation>Tipos de capa</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadatos</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>Mostrar JSON en lugar de una tabla.</translation>
    </message>
    <message>
        <source>Also look in DIR (may be repeated).</source>
        <translation>Buscar también en DIR (se puede repetir).</translation>
    </message>
    <message>
        <source>List the models in the model folders.</source>
        <translation>Listar los modelos de las carpetas de modelos.</translation>
    </message>
    <message>
        <source>Unknown argument &apos;%1&apos;. Try &apos;models --help&apos;.</source>
        <translation>Argumento «%1» desconocido. Pruebe «models --help».</translation>
    </message>
    <message>
        <source>No models in %1.</source>
        <translation>No hay modelos en %1.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>ARCHITECTURE</source>
        <translation>ARQUITECTURA</translation>
    </message>
    <message>
        <source>SCALE</source>
        <translation>ESCALA</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>TAMAÑO</translation>
    </message>
    <message>
        <source>LICENCE / ERROR</source>
        <translation>LICENCIA / ERROR</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>* default upscaler</source>
        <translation>* ampliador predeterminado</translation>
    </message>
    <message>
        <source>The folder with realesrgan-x4plus/x4fast .param and .bin.</source>
        <translation>La carpeta con los .param y .bin de realesrgan-x4plus/x4fast.</translation>
    </message>
    <message>
        <source>The model folder (default: the user&apos;s model folder).</source>
        <translation>La carpeta de modelos (predeterminada: la del usuario).</translation>
    </message>
    <message>
        <source>Install the default upscaling models.</source>
        <translation>Instalar los modelos de ampliación predeterminados.</translation>
    </message>
    <message>
        <source>install-defaults needs --from DIR. Try &apos;models install-defaults --help&apos;.</source>
        <translation>install-defaults necesita --from DIR. Pruebe «models install-defaults --help».</translation>
    </message>
    <message>
        <source>The default models are already installed in %1.</source>
        <translation>Los modelos predeterminados ya están instalados en %1.</translation>
    </message>
    <message>
        <source>Installed %1 into %2.</source>
        <translation>%1 instalado en %2.</translation>
    </message>
    <message>
        <source>The expected SHA-256.</source>
        <translation>El SHA-256 esperado.</translation>
    </message>
    <message>
        <source>Install the file even though no SHA-256 is known to check it against.</source>
        <translation>Instalar el archivo aunque no se conozca ningún SHA-256 para verificarlo.</translation>
    </message>
    <message>
        <source>A model id from &apos;models catalogue&apos;, or an http(s) URL.</source>
        <translation>Un id de modelo de «models catalogue» o una URL http(s).</translation>
    </message>
    <message>
        <source>Download a model, verifying its SHA-256.</source>
        <translation>Descargar un modelo verificando su SHA-256.</translation>
    </message>
    <message>
        <source>download needs exactly one ID or URL. Try &apos;models download --help&apos;.</source>
        <translation>download necesita exactamente un ID o una URL. Pruebe «models download --help».</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a downloadable model of &apos;models catalogue&apos; nor a URL.</source>
        <translation>«%1» no es un modelo descargable de «models catalogue» ni una URL.</translation>
    </message>
    <message>
        <source>%1: the URL does not end in a file name.</source>
        <translation>%1: la URL no termina en un nombre de archivo.</translation>
    </message>
    <message>
        <source>%1 is already installed and verified.</source>
        <translation>%1 ya está instalado y verificado.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 (%4%)</source>
        <translation>%1: %2 de %3 (%4 %)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Saved %1 (SHA-256 %2%3).</source>
        <translation>%1 guardado (SHA-256 %2%3).</translation>
    </message>
    <message>
        <source>, not verified</source>
        <translation>, sin verificar</translation>
    </message>
    <message>
        <source>, verified</source>
        <translation>, verificado</translation>
    </message>
    <message>
        <source>List the models Hires Studio knows by name.</source>
        <translation>Listar los modelos que Hires Studio conoce por su nombre.</translation>
    </message>
    <message>
        <source>LICENCE</source>
        <translation>LICENCIA</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>ORIGEN</translation>
    </message>
    <message>
        <source>Upscales images with a Real-ESRGAN model, falling back to LANCZOS when the model cannot run.</source>
        <translation>Amplía imágenes con un modelo Real-ESRGAN y recurre a LANCZOS cuando el modelo no puede ejecutarse.</translation>
    </message>
    <message>
        <source>image files or folders</source>
        <translation>archivos de imagen o carpetas</translation>
    </message>
    <message>
        <source>output file (one input) or folder</source>
        <translation>archivo de salida (una entrada) o carpeta</translation>
    </message>
    <message>
        <source>model id, model file (.pth, .safetensors, .param) or &apos;lanczos&apos; (default: %1)</source>
        <translation>id de modelo, archivo de modelo (.pth, .safetensors, .param) o &apos;lanczos&apos; (predeterminado: %1)</translation>
    </message>
    <message>
        <source>output scale (default 2)</source>
        <translation>escala de salida (predeterminada 2)</translation>
    </message>
    <message>
        <source>tile size in pixels, 0 = automatic</source>
        <translation>tamaño de mosaico en píxeles, 0 = automático</translation>
    </message>
    <message>
        <source>auto, cpu or cuda</source>
        <translation>auto, cpu o cuda</translation>
    </message>
    <message>
        <source>png, jpg, webp or tif (default: the input&apos;s)</source>
        <translation>png, jpg, webp o tif (predeterminado: el de la entrada)</translation>
    </message>
    <message>
        <source>alpha channel by &apos;model&apos; or &apos;lanczos&apos;</source>
        <translation>canal alfa con &apos;model&apos; o &apos;lanczos&apos;</translation>
    </message>
    <message>
        <source>CPU threads, 0 = all cores</source>
        <translation>hilos de CPU, 0 = todos los núcleos</translation>
    </message>
    <message>
        <source>auto, fp32, fp16 (CUDA) or bf16</source>
        <translation>auto, fp32, fp16 (CUDA) o bf16</translation>
    </message>
    <message>
        <source>fail instead of falling back to LANCZOS</source>
        <translation>fallar en lugar de recurrir a LANCZOS</translation>
    </message>
    <message>
        <source>replace an existing -o FILE</source>
        <translation>reemplazar un -o ARCHIVO existente</translation>
    </message>
    <message>
        <source>print one JSON object per input (output, provenance)</source>
        <translation>mostrar un objeto JSON por entrada (salida, procedencia)</translation>
    </message>
    <message>
        <source>no input given</source>
        <translation>no se indicó ninguna entrada</translation>
    </message>
    <message>
        <source>invalid scale &apos;%1&apos; (a number above 0, at most 64)</source>
        <translation>escala «%1» no válida (un número mayor que 0, como máximo 64)</translation>
    </message>
    <message>
        <source>invalid tile &apos;%1&apos; (0 = automatic, or at least 32)</source>
        <translation>mosaico «%1» no válido (0 = automático, o al menos 32)</translation>
    </message>
    <message>
        <source>invalid thread count &apos;%1&apos;</source>
        <translation>número de hilos «%1» no válido</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (png, jpg, webp, tif)</source>
        <translation>formato «%1» desconocido (png, jpg, webp, tif)</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: no existe ese archivo o carpeta</translation>
    </message>
    <message>
        <source>no images found in %1</source>
        <translation>no se encontraron imágenes en %1</translation>
    </message>
    <message>
        <source>%1: cannot create this folder</source>
        <translation>%1: no se puede crear esta carpeta</translation>
    </message>
    <message>
        <source>-o %1 names a file but there are %2 inputs; give a folder (ending with &apos;/&apos;) instead</source>
        <translation>-o %1 indica un archivo, pero hay %2 entradas; indique una carpeta (terminada en &apos;/&apos;)</translation>
    </message>
    <message>
        <source>%1 exists; use --overwrite to replace it</source>
        <translation>%1 existe; use --overwrite para reemplazarlo</translation>
    </message>
    <message>
        <source>%1 is an input; it is never overwritten</source>
        <translation>%1 es una entrada; nunca se sobrescribe</translation>
    </message>
</context>
<context>
    <name>hires::cli::InspectCommand</name>
    <message>
        <source>show what a model file (.safetensors, .pth, .ckpt, ncnn .param/.bin) holds</source>
        <translation>mostrar qué contiene un archivo de modelo (.safetensors, .pth, .ckpt, .param/.bin de ncnn)</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Mostrar JSON en lugar de texto.</translation>
    </message>
    <message>
        <source>List every tensor with its dtype and shape.</source>
        <translation>Listar cada tensor con su dtype y su forma.</translation>
    </message>
    <message>
        <source>The model file.</source>
        <translation>El archivo de modelo.</translation>
    </message>
    <message>
        <source>inspect needs exactly one FILE. Try &apos;inspect --help&apos;.</source>
        <translation>inspect necesita exactamente un ARCHIVO. Pruebe «inspect --help».</translation>
    </message>
</context>
<context>
    <name>hires::cli::ModelsCommand</name>
    <message>
        <source>list, install and download models (models --help)</source>
        <translation>listar, instalar y descargar modelos (models --help)</translation>
    </message>
    <message>
        <source>Usage: models [--json] [--folder DIR]...
       models install-defaults --from DIR [--to DIR]
       models download ID|URL [--sha256 HEX] [--to DIR] [--allow-unverified]
       models catalogue [--json]
Each sub-command takes --help.</source>
        <translation>Uso: models [--json] [--folder DIR]...
     models install-defaults --from DIR [--to DIR]
     models download ID|URL [--sha256 HEX] [--to DIR] [--allow-unverified]
     models catalogue [--json]
Cada suborden admite --help.</translation>
    </message>
</context>
<context>
    <name>hires::cli::UpscaleCommand</name>
    <message>
        <source>upscale images with Real-ESRGAN or LANCZOS (files and folders)</source>
        <translation>ampliar imágenes con Real-ESRGAN o LANCZOS (archivos y carpetas)</translation>
    </message>
    <message>
        <source>Try &apos;hires-studio upscale --help&apos;.</source>
        <translation>Pruebe «hires-studio upscale --help».</translation>
    </message>
    <message>
        <source>model &apos;%1&apos; not found (looked in: %2); give a model file with -m</source>
        <translation>no se encontró el modelo «%1» (se buscó en: %2); indique un archivo de modelo con -m</translation>
    </message>
    <message>
        <source>upscaled %1 of %2 images, %3 failed</source>
        <translation>%1 de %2 imágenes ampliadas, %3 fallidas</translation>
    </message>
    <message>
        <source>upscaled %1 of %2 images</source>
        <translation>%1 de %2 imágenes ampliadas</translation>
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
        <translation>Acerca de Hires Studio</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Hires Studio %1&lt;/h2&gt;&lt;p&gt;Image generation, neural upscaling and A/B comparison on the desktop.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Hires Studio %1&lt;/h2&gt;&lt;p&gt;Generación de imágenes, ampliación neuronal y comparación A/B en el escritorio.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>&amp;Copiar detalles</translation>
    </message>
    <message numerus="yes">
        <source>CUDA (%n device(s))</source>
        <translation>
            <numerusform>CUDA (%n dispositivo)</numerusform>
            <numerusform>CUDA (%n dispositivos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>CPU only (%n thread(s))</source>
        <translation>
            <numerusform>solo CPU (%n hilo)</numerusform>
            <numerusform>solo CPU (%n hilos)</numerusform>
        </translation>
    </message>
    <message>
        <source>libtorch %1, %2
OpenCV %3
Qt %4 (built with %5)</source>
        <translation>libtorch %1, %2
OpenCV %3
Qt %4 (compilado con %5)</translation>
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
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>Idioma del &amp;sistema</translation>
    </message>
</context>
<context>
    <name>hires::ui::MainWindow</name>
    <message>
        <source>Open an image with File &gt; Open (Ctrl+O), or drop image files here.</source>
        <translation>Abra una imagen con Archivo &gt; Abrir (Ctrl+O) o suelte aquí archivos de imagen.</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Abrir...</translation>
    </message>
    <message>
        <source>&amp;Save As...</source>
        <translation>&amp;Guardar como...</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>Ajustar a la &amp;ventana</translation>
    </message>
    <message>
        <source>&amp;Actual Size (1:1)</source>
        <translation>Tamaño &amp;real (1:1)</translation>
    </message>
    <message>
        <source>&amp;Previous Image</source>
        <translation>Imagen a&amp;nterior</translation>
    </message>
    <message>
        <source>&amp;Next Image</source>
        <translation>Imagen &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;About Hires Studio</source>
        <translation>&amp;Acerca de Hires Studio</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Imágenes (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open Images</source>
        <translation>Abrir imágenes</translation>
    </message>
    <message>
        <source>No image files found in: %1</source>
        <translation>No se encontraron archivos de imagen en: %1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 abierto</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 guardado</translation>
    </message>
    <message>
        <source>Hires Studio</source>
        <translation>Hires Studio</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 de %3)</translation>
    </message>
    <message>
        <source>Hires Studio shows the new language from its next start.</source>
        <translation>Hires Studio mostrará el nuevo idioma a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Upscale</source>
        <translation>Ampliar</translation>
    </message>
    <message>
        <source>Upscale images and folders, dropped or pasted</source>
        <translation>Ampliar imágenes y carpetas, soltadas o pegadas</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Visor</translation>
    </message>
    <message>
        <source>Look at one image: zoom, pan, Save As</source>
        <translation>Ver una imagen: zoom, desplazamiento, Guardar como</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Add the image or files on the clipboard to the current page</source>
        <translation>Añadir la imagen o los archivos del portapapeles a la página actual</translation>
    </message>
    <message>
        <source>Open images or add them to the current page</source>
        <translation>Abrir imágenes o añadirlas a la página actual</translation>
    </message>
    <message>
        <source>Save the image shown under another name or format</source>
        <translation>Guardar la imagen mostrada con otro nombre o formato</translation>
    </message>
    <message>
        <source>The clipboard holds no image or file</source>
        <translation>El portapapeles no contiene ninguna imagen ni archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
</context>
<context>
    <name>hires::ui::RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>No hay archivos recientes</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Borrar la lista</translation>
    </message>
</context>
<context>
    <name>hires::ui::SaveOptionsDialog</name>
    <message>
        <source>Save as %1</source>
        <translation>Guardar como %1</translation>
    </message>
    <message>
        <source>Saving &lt;b&gt;%1&lt;/b&gt; as %2.</source>
        <translation>Se guardará &lt;b&gt;%1&lt;/b&gt; como %2.</translation>
    </message>
    <message>
        <source>&amp;Quality:</source>
        <translation>&amp;Calidad:</translation>
    </message>
    <message>
        <source>&amp;Lossless (exact pixels, larger file)</source>
        <translation>&amp;Sin pérdida (píxeles exactos, archivo más grande)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot save:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;No se puede guardar:&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>hires::ui::UpscaleOptionsPanel</name>
    <message>
        <source>the CPU (%1)</source>
        <translation>la CPU (%1)</translation>
    </message>
    <message>
        <source>the CPU</source>
        <translation>la CPU</translation>
    </message>
    <message>
        <source>The Real-ESRGAN model that upscales, or LANCZOS (no model)</source>
        <translation>El modelo Real-ESRGAN que amplía, o LANCZOS (sin modelo)</translation>
    </message>
    <message>
        <source>Upscaling model</source>
        <translation>Modelo de ampliación</translation>
    </message>
    <message>
        <source>Output size as a multiple of the input size</source>
        <translation>Tamaño de salida como múltiplo del tamaño de entrada</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Escala</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>%1 px</source>
        <translation>%1 px</translation>
    </message>
    <message>
        <source>Whole image</source>
        <translation>Imagen completa</translation>
    </message>
    <message>
        <source>Tiles bound the memory a model needs; automatic picks the largest that fits in free memory</source>
        <translation>Los mosaicos limitan la memoria que necesita un modelo; automático elige el mayor que cabe en la memoria libre</translation>
    </message>
    <message>
        <source>Tile size</source>
        <translation>Tamaño de mosaico</translation>
    </message>
    <message>
        <source>Through the model</source>
        <translation>Con el modelo</translation>
    </message>
    <message>
        <source>LANCZOS</source>
        <translation>LANCZOS</translation>
    </message>
    <message>
        <source>How a transparency (alpha) channel is upscaled</source>
        <translation>Cómo se amplía un canal de transparencia (alfa)</translation>
    </message>
    <message>
        <source>Alpha channel</source>
        <translation>Canal alfa</translation>
    </message>
    <message>
        <source>Next to the original</source>
        <translation>Junto al original</translation>
    </message>
    <message>
        <source>Where results are written; empty: next to each original. Existing files are never replaced.</source>
        <translation>Dónde se escriben los resultados; vacío: junto a cada original. Los archivos existentes nunca se reemplazan.</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Carpeta de salida</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Elegir...</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>Elegir la carpeta de salida</translation>
    </message>
    <message>
        <source>Same as the original</source>
        <translation>Igual que el original</translation>
    </message>
    <message>
        <source>File format of the results</source>
        <translation>Formato de archivo de los resultados</translation>
    </message>
    <message>
        <source>Output format</source>
        <translation>Formato de salida</translation>
    </message>
    <message>
        <source>Neural upscaling status</source>
        <translation>Estado de la ampliación neuronal</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>&amp;Escala:</translation>
    </message>
    <message>
        <source>&amp;Tiles:</source>
        <translation>&amp;Mosaicos:</translation>
    </message>
    <message>
        <source>Al&amp;pha:</source>
        <translation>Al&amp;fa:</translation>
    </message>
    <message>
        <source>O&amp;utput folder:</source>
        <translation>Carpeta de sa&amp;lida:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>LANCZOS (no model)</source>
        <translation>LANCZOS (sin modelo)</translation>
    </message>
    <message>
        <source>%1 (%2, ×%3)</source>
        <translation>%1 (%2, ×%3)</translation>
    </message>
    <message>
        <source>%1 (cannot be used)</source>
        <translation>%1 (no se puede usar)</translation>
    </message>
    <message>
        <source>Looking for upscaling models...</source>
        <translation>Buscando modelos de ampliación...</translation>
    </message>
    <message>
        <source>Falling back to LANCZOS because %1</source>
        <translation>Se recurre a LANCZOS porque %1</translation>
    </message>
    <message>
        <source>Neural upscaling available: %1 (%2, ×%3) on %4.</source>
        <translation>Ampliación neuronal disponible: %1 (%2, ×%3) en %4.</translation>
    </message>
    <message>
        <source>Falling back to LANCZOS because %1 cannot be used: %2</source>
        <translation>Se recurre a LANCZOS porque %1 no se puede usar: %2</translation>
    </message>
    <message>
        <source>LANCZOS chosen: no neural upscaling.</source>
        <translation>LANCZOS elegido: sin ampliación neuronal.</translation>
    </message>
    <message>
        <source>Falling back to LANCZOS because no upscaling model was found in %1. Add or download one in Tools &gt; Models.</source>
        <translation>Se recurre a LANCZOS porque no se encontró ningún modelo de ampliación en %1. Añada o descargue uno en Herramientas &gt; Modelos.</translation>
    </message>
    <message>
        <source>Results come from the neural network</source>
        <translation>Los resultados proceden de la red neuronal</translation>
    </message>
    <message>
        <source>Results are resized with LANCZOS: no detail is invented</source>
        <translation>Los resultados se redimensionan con LANCZOS: no se inventa ningún detalle</translation>
    </message>
    <message>
        <source>Output Folder</source>
        <translation>Carpeta de salida</translation>
    </message>
</context>
<context>
    <name>hires::ui::UpscalePage</name>
    <message>
        <source>Upscale queue</source>
        <translation>Cola de ampliación</translation>
    </message>
    <message>
        <source>Drop images or folders here, or paste an image (Ctrl+V)</source>
        <translation>Suelte aquí imágenes o carpetas, o pegue una imagen (Ctrl+V)</translation>
    </message>
    <message>
        <source>%p % of the queue</source>
        <translation>%p % de la cola</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Progreso total</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Add Images...</source>
        <translation>&amp;Añadir imágenes...</translation>
    </message>
    <message>
        <source>Add images or folders to the queue</source>
        <translation>Añadir imágenes o carpetas a la cola</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Cancel the selected images</source>
        <translation>Cancelar las imágenes seleccionadas</translation>
    </message>
    <message>
        <source>Cancel A&amp;ll</source>
        <translation>Cancelar &amp;todo</translation>
    </message>
    <message>
        <source>Cancel every waiting and running image</source>
        <translation>Cancelar todas las imágenes en espera y en curso</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Upscale the failed or cancelled images again</source>
        <translation>Volver a ampliar las imágenes fallidas o canceladas</translation>
    </message>
    <message>
        <source>Clear &amp;Finished</source>
        <translation>&amp;Quitar terminadas</translation>
    </message>
    <message>
        <source>Remove finished images from the list</source>
        <translation>Quitar de la lista las imágenes terminadas</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Imágenes (%1)</translation>
    </message>
    <message>
        <source>Add Images</source>
        <translation>Añadir imágenes</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 guardado</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written</source>
        <translation>Cancelado; no se escribió nada</translation>
    </message>
    <message>
        <source>No image files found in: %1</source>
        <translation>No se encontraron archivos de imagen en: %1</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>No añadido: %1</translation>
    </message>
    <message numerus="yes">
        <source>Added %n image(s) to the queue</source>
        <translation>
            <numerusform>%n imagen añadida a la cola</numerusform>
            <numerusform>%n imágenes añadidas a la cola</numerusform>
        </translation>
    </message>
    <message>
        <source>pasted-%1</source>
        <translation>pegada-%1</translation>
    </message>
    <message>
        <source>Cancelled the queue</source>
        <translation>Cola cancelada</translation>
    </message>
    <message>
        <source>Drop images or folders here to upscale them.</source>
        <translation>Suelte aquí imágenes o carpetas para ampliarlas.</translation>
    </message>
    <message>
        <source>%1 waiting or running, %2 done, %3 failed, %4 cancelled</source>
        <translation>%1 en espera o en curso, %2 terminadas, %3 fallidas, %4 canceladas</translation>
    </message>
</context>
<context>
    <name>hires::ui::UpscaleQueueModel</name>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Upscaling</source>
        <translation>Ampliando</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
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
Guardado como %2</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Done (LANCZOS fallback)</source>
        <translation>Terminado (se recurrió a LANCZOS)</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Falló: %1</translation>
    </message>
    <message>
        <source>%1 (%2 left)</source>
        <translation>%1 (quedan %2)</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
</context>
<context>
    <name>upscale</name>
    <message>
        <source>out of memory</source>
        <translation>memoria insuficiente</translation>
    </message>
    <message>
        <source>non-finite values in the output</source>
        <translation>valores no finitos en la salida</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source> at tile %1 of %2</source>
        <translation> en el mosaico %1 de %2</translation>
    </message>
    <message>
        <source>the image is empty</source>
        <translation>la imagen está vacía</translation>
    </message>
    <message>
        <source>invalid scale %1</source>
        <translation>escala %1 no válida</translation>
    </message>
    <message>
        <source>the output would be %1 x %2 pixels, over the limit (%3 pixels per side, %4 megapixels)</source>
        <translation>la salida tendría %1 x %2 píxeles, por encima del límite (%3 píxeles por lado, %4 megapíxeles)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>not enough memory for %1 x %2</source>
        <translation>no hay memoria suficiente para %1 x %2</translation>
    </message>
    <message>
        <source>an allocation failed</source>
        <translation>falló una reserva de memoria</translation>
    </message>
    <message>
        <source>the CPU has no fp16 kernels</source>
        <translation>la CPU no tiene núcleos fp16</translation>
    </message>
    <message>
        <source>unknown alpha mode &apos;%1&apos; (use model or lanczos)</source>
        <translation>modo alfa «%1» desconocido (use model o lanczos)</translation>
    </message>
    <message>
        <source>unknown precision &apos;%1&apos; (use auto, fp32, fp16 or bf16)</source>
        <translation>precisión «%1» desconocida (use auto, fp32, fp16 o bf16)</translation>
    </message>
</context>
</TS>
