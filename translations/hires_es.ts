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
            <source>Unknown command '%1'. Try '%2 --help'.</source>
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
        <message>
            <source>%1: GFPGAN v1 in its original layout is not supported; use GFPGANv1.4.pth</source>
            <translation>%1: GFPGAN v1 con su estructura original no es compatible; use GFPGANv1.4.pth</translation>
        </message>
        <message>
            <source>%1: ONNX models other than YuNet's face detector are not used</source>
            <translation>%1: no se usan modelos ONNX distintos del detector de rostros de YuNet</translation>
        </message>
        <message>
            <source>%1: not an ONNX model file</source>
            <translation>%1: no es un archivo de modelo ONNX</translation>
        </message>
        <message>
            <source>the server sent no %1</source>
            <translation>la respuesta del servidor no contiene %1</translation>
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
        <name>hires::Compare</name>
        <message>
            <source>The job did not return a comparison.</source>
            <translation>El trabajo no devolvió ninguna comparación.</translation>
        </message>
        <message>
            <source>A difference needs two 8- or 16-bit images with 1, 3 or 4 channels.</source>
            <translation>Una diferencia necesita dos imágenes de 8 o 16 bits con 1, 3 o 4 canales.</translation>
        </message>
        <message>
            <source>A difference needs images of the same size (%1x%2 and %3x%4).</source>
            <translation>Una diferencia necesita imágenes del mismo tamaño (%1x%2 y %3x%4).</translation>
        </message>
        <message>
            <source>The difference gain must be positive (got %1).</source>
            <translation>La ganancia de la diferencia debe ser positiva (se obtuvo %1).</translation>
        </message>
        <message>
            <source>%1 vs %2</source>
            <translation>%1 frente a %2</translation>
        </message>
        <message>
            <source>The comparison was cancelled.</source>
            <translation>Se canceló la comparación.</translation>
        </message>
        <message>
            <source>Both images must be 8- or 16-bit with 1, 3 or 4 channels to be compared.</source>
            <translation>Para compararlas, ambas imágenes deben ser de 8 o 16 bits con 1, 3 o 4 canales.</translation>
        </message>
        <message>
            <source>PSNR needs two 8- or 16-bit images with 1, 3 or 4 channels.</source>
            <translation>PSNR necesita dos imágenes de 8 o 16 bits con 1, 3 o 4 canales.</translation>
        </message>
        <message>
            <source>PSNR needs images of the same size (%1x%2 and %3x%4).</source>
            <translation>PSNR necesita imágenes del mismo tamaño (%1x%2 y %3x%4).</translation>
        </message>
        <message>
            <source>Fidelity needs a result and the input it was made from.</source>
            <translation>La fidelidad necesita un resultado y la entrada a partir de la que se creó.</translation>
        </message>
        <message>
            <source>image</source>
            <translation>imagen</translation>
        </message>
        <message>
            <source>LANCZOS vs %1: %2</source>
            <translation>LANCZOS frente a %1: %2</translation>
        </message>
        <message>
            <source>Nothing to compare: no input image was given.</source>
            <translation>Nada que comparar: no se indicó ninguna imagen de entrada.</translation>
        </message>
        <message>
            <source>LANCZOS</source>
            <translation>LANCZOS</translation>
        </message>
        <message>
            <source>The restored faces do not fit the right image.</source>
            <translation>Los rostros restaurados no encajan en la imagen derecha.</translation>
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
            <source>%1: the vocabulary lacks the byte symbol '%2'</source>
            <translation>%1: al vocabulario le falta el símbolo de byte «%2»</translation>
        </message>
        <message>
            <source>%1: the vocabulary lacks &lt;|startoftext|&gt; or &lt;|endoftext|&gt;</source>
            <translation>%1: al vocabulario le falta &lt;|startoftext|&gt; o &lt;|endoftext|&gt;</translation>
        </message>
        <message>
            <source>%1: the merge '%2 %3' makes a token that is not in the vocabulary</source>
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
            <source>%1/vocab.json: the id of '%2' is not a token id</source>
            <translation>%1/vocab.json: el id de «%2» no es un id de token</translation>
        </message>
        <message>
            <source>%1/vocab.json: the byte symbol '%2' is missing</source>
            <translation>%1/vocab.json: falta el símbolo de byte «%2»</translation>
        </message>
        <message>
            <source>%1/vocab.json: '%2' is missing</source>
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
            <source>The prompt weight '%1' is not a number</source>
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
        <message>
            <source>%1: the diffusers folder has no %2 weights</source>
            <translation>%1: la carpeta de diffusers no tiene pesos de %2</translation>
        </message>
        <message>
            <source>%1: no such checkpoint file or folder</source>
            <translation>%1: no existe ese archivo o carpeta de checkpoint</translation>
        </message>
        <message>
            <source>%1: a folder, but not a diffusers pipeline (it needs unet/ and vae/ subfolders)</source>
            <translation>%1: es una carpeta, pero no un pipeline de diffusers (necesita las subcarpetas unet/ y vae/)</translation>
        </message>
        <message>
            <source>no face found</source>
            <translation>no se encontró ningún rostro</translation>
        </message>
        <message>
            <source>the restorer returned an image of another size</source>
            <translation>el restaurador devolvió una imagen de otro tamaño</translation>
        </message>
        <message>
            <source>no GFPGAN model found (GFPGANv1.4.pth); add one to a model folder</source>
            <translation>no se encontró ningún modelo GFPGAN (GFPGANv1.4.pth); añada uno a una carpeta de modelos</translation>
        </message>
        <message>
            <source>the face model did not run</source>
            <translation>el modelo de rostros no se ejecutó</translation>
        </message>
        <message>
            <source>Not enough memory for this generation; try a smaller size or turn hires fix off</source>
            <translation>No hay memoria suficiente para esta generación; pruebe un tamaño menor o desactive Hires fix</translation>
        </message>
        <message>
            <source>The generation failed: %1</source>
            <translation>La generación falló: %1</translation>
        </message>
        <message>
            <source>The parameters text has no settings line ("Steps: ..., Sampler: ..., Seed: ...")</source>
            <translation>El texto de parámetros no tiene línea de ajustes («Steps: ..., Sampler: ..., Seed: ...»)</translation>
        </message>
        <message>
            <source>%1 must be a multiple of 8 between %2 and %3, got %4</source>
            <translation>%1 debe ser un múltiplo de 8 entre %2 y %3; se obtuvo %4</translation>
        </message>
        <message>
            <source>%1 must be between %2 and %3, got %4</source>
            <translation>%1 debe estar entre %2 y %3; se obtuvo %4</translation>
        </message>
        <message>
            <source>%1 has the wrong type or value: %2</source>
            <translation>%1 tiene un tipo o valor incorrecto: %2</translation>
        </message>
        <message>
            <source>seed must be -1 (random) or between 0 and %1, got %2</source>
            <translation>seed debe ser -1 (aleatoria) o estar entre 0 y %1; se obtuvo %2</translation>
        </message>
        <message>
            <source>num_inference_steps must be between 1 and %1, got %2</source>
            <translation>num_inference_steps debe estar entre 1 y %1; se obtuvo %2</translation>
        </message>
        <message>
            <source>clip_skip must be between 1 and 12, got %1</source>
            <translation>clip_skip debe estar entre 1 y 12; se obtuvo %1</translation>
        </message>
        <message>
            <source>hires_steps must be between 0 and %1, got %2</source>
            <translation>hires_steps debe estar entre 0 y %1; se obtuvo %2</translation>
        </message>
        <message>
            <source>hires_scale %1 makes the image larger than %2 pixels</source>
            <translation>hires_scale %1 hace que la imagen supere los %2 píxeles</translation>
        </message>
        <message>
            <source>sampler "%1" is unknown; use euler_a, euler, dpmpp_2m, dpmpp_2m_karras or ddim</source>
            <translation>el muestreador «%1» es desconocido; use euler_a, euler, dpmpp_2m, dpmpp_2m_karras o ddim</translation>
        </message>
        <message>
            <source>hires_upscaler "%1" is unknown; use realesrgan, lanczos or latent</source>
            <translation>hires_upscaler «%1» es desconocido; use realesrgan, lanczos o latent</translation>
        </message>
        <message>
            <source>The generation was cancelled</source>
            <translation>Se canceló la generación</translation>
        </message>
        <message>
            <source>No model given: choose a Stable Diffusion checkpoint (.safetensors / .ckpt) or diffusers folder</source>
            <translation>No se indicó ningún modelo: elija un checkpoint de Stable Diffusion (.safetensors / .ckpt) o una carpeta de diffusers</translation>
        </message>
        <message>
            <source>No checkpoint "%1": not a file or folder, and not in the model folders (%2)</source>
            <translation>No existe el checkpoint «%1»: no es un archivo ni una carpeta, y no está en las carpetas de modelos (%2)</translation>
        </message>
        <message>
            <source>Re-running the second pass needs hires_fix on</source>
            <translation>Volver a ejecutar la segunda pasada requiere hires_fix activado</translation>
        </message>
        <message>
            <source>Re-running the second pass needs the first run's seed</source>
            <translation>Volver a ejecutar la segunda pasada requiere la semilla de la primera ejecución</translation>
        </message>
        <message>
            <source>loading model</source>
            <translation>cargando el modelo</translation>
        </message>
        <message>
            <source>width and height must be multiples of %1 for this model, got %2x%3</source>
            <translation>el ancho y el alto deben ser múltiplos de %1 para este modelo; se obtuvo %2x%3</translation>
        </message>
        <message>
            <source>upscaling</source>
            <translation>ampliando</translation>
        </message>
        <message>
            <source>latent upscale requested</source>
            <translation>se solicitó ampliación latente</translation>
        </message>
        <message>
            <source>encoding image</source>
            <translation>codificando la imagen</translation>
        </message>
        <message>
            <source>face restoration</source>
            <translation>restauración de rostros</translation>
        </message>
        <message>
            <source>encoding prompt</source>
            <translation>codificando el prompt</translation>
        </message>
        <message>
            <source>first pass</source>
            <translation>primera pasada</translation>
        </message>
        <message>
            <source>decoding</source>
            <translation>decodificando</translation>
        </message>
        <message>
            <source>second pass</source>
            <translation>segunda pasada</translation>
        </message>
        <message>
            <source>saving</source>
            <translation>guardando</translation>
        </message>
        <message>
            <source>done</source>
            <translation>terminado</translation>
        </message>
        <message>
            <source>Real-ESRGAN requested</source>
            <translation>se solicitó Real-ESRGAN</translation>
        </message>
        <message>
            <source>no Real-ESRGAN model found (realesrgan-x4fast or -x4plus); install the default models</source>
            <translation>no se encontró ningún modelo Real-ESRGAN (realesrgan-x4fast o -x4plus); instale los modelos predeterminados</translation>
        </message>
        <message>
            <source>LANCZOS requested</source>
            <translation>se solicitó LANCZOS</translation>
        </message>
        <message>
            <source>The tokenizer at %1 has %2 tokens but the text encoder of %3 knows only %4: it belongs to another model</source>
            <translation>El tokenizador de %1 tiene %2 tokens, pero el codificador de texto de %3 solo conoce %4: pertenece a otro modelo</translation>
        </message>
        <message>
            <source>given</source>
            <translation>indicado</translation>
        </message>
        <message>
            <source>the model's own</source>
            <translation>el propio del modelo</translation>
        </message>
        <message>
            <source>next to the checkpoint</source>
            <translation>junto al checkpoint</translation>
        </message>
        <message>
            <source>model folder</source>
            <translation>carpeta de modelos</translation>
        </message>
        <message>
            <source>tokenizer from %1 (%2)</source>
            <translation>tokenizador de %1 (%2)</translation>
        </message>
        <message>
            <source>%1 holds no CLIP tokenizer: it needs vocab.json and merges.txt, or bpe_simple_vocab_16e6.txt.gz</source>
            <translation>%1 no contiene ningún tokenizador CLIP: necesita vocab.json y merges.txt, o bpe_simple_vocab_16e6.txt.gz</translation>
        </message>
        <message>
            <source>No CLIP tokenizer found for %1. Get vocab.json and merges.txt from the tokenizer folder of openai/clip-vit-large-patch14 (or bpe_simple_vocab_16e6.txt.gz from openai/CLIP) and put them in a folder named "tokenizer" next to the checkpoint or in a model folder, or pass --tokenizer DIR. Looked in: %2</source>
            <translation>No se encontró ningún tokenizador CLIP para %1. Obtenga vocab.json y merges.txt de la carpeta tokenizer de openai/clip-vit-large-patch14 (o bpe_simple_vocab_16e6.txt.gz de openai/CLIP) y colóquelos en una carpeta llamada «tokenizer» junto al checkpoint o en una carpeta de modelos, o use --tokenizer DIR. Se buscó en: %2</translation>
        </message>
    </context>
    <context>
        <name>hires::Face</name>
        <message>
            <source>face landmarks are not finite</source>
            <translation>los puntos de referencia del rostro no son finitos</translation>
        </message>
        <message>
            <source>face landmarks are degenerate (all in one point)</source>
            <translation>los puntos de referencia del rostro están degenerados (todos en un mismo punto)</translation>
        </message>
        <message>
            <source>not enough memory for a face crop</source>
            <translation>no hay memoria suficiente para recortar un rostro</translation>
        </message>
        <message>
            <source>not enough memory for face detection</source>
            <translation>no hay memoria suficiente para la detección de rostros</translation>
        </message>
        <message>
            <source>unknown face detector '%1' (use auto, yunet or haar)</source>
            <translation>detector de rostros desconocido «%1» (use auto, yunet o haar)</translation>
        </message>
        <message>
            <source>no face_detection_yunet*.onnx in the model folders (%1)</source>
            <translation>no hay ningún face_detection_yunet*.onnx en las carpetas de modelos (%1)</translation>
        </message>
        <message>
            <source>no YuNet model file in the model folders</source>
            <translation>no hay ningún archivo de modelo YuNet en las carpetas de modelos</translation>
        </message>
        <message>
            <source>a restored face must be a square CV_32FC3 image</source>
            <translation>un rostro restaurado debe ser una imagen CV_32FC3 cuadrada</translation>
        </message>
        <message>
            <source>not enough memory to paste a face back</source>
            <translation>no hay memoria suficiente para volver a pegar un rostro</translation>
        </message>
        <message>
            <source>the face restoration weight must be between 0 and 1 (got %1)</source>
            <translation>el peso de la restauración de rostros debe estar entre 0 y 1 (se obtuvo %1)</translation>
        </message>
        <message>
            <source>a face comparison needs detected faces, not an aligned face as input</source>
            <translation>una comparación de rostros necesita rostros detectados, no un rostro alineado como entrada</translation>
        </message>
        <message>
            <source>a face record without its aligned crop</source>
            <translation>un registro de rostro sin su recorte alineado</translation>
        </message>
        <message>
            <source>there is no face %1 (the image has %2)</source>
            <translation>no existe el rostro %1 (la imagen tiene %2)</translation>
        </message>
        <message>
            <source>face restoration</source>
            <translation>restauración de rostros</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>omitido</translation>
        </message>
        <message>
            <source>face restoration needs an 8- or 16-bit gray, BGR or BGRA image</source>
            <translation>la restauración de rostros necesita una imagen gris, BGR o BGRA de 8 o 16 bits</translation>
        </message>
        <message>
            <source>no face restoration model was given</source>
            <translation>no se indicó ningún modelo de restauración de rostros</translation>
        </message>
        <message>
            <source>Loading the face restoration model</source>
            <translation>Cargando el modelo de restauración de rostros</translation>
        </message>
        <message>
            <source>Detecting faces</source>
            <translation>Detectando rostros</translation>
        </message>
        <message>
            <source>face restoration was cancelled</source>
            <translation>se canceló la restauración de rostros</translation>
        </message>
        <message>
            <source>Restoring face %1 of %2</source>
            <translation>Restaurando el rostro %1 de %2</translation>
        </message>
        <message>
            <source>Faces restored</source>
            <translation>Rostros restaurados</translation>
        </message>
        <message>
            <source>not enough memory for the face</source>
            <translation>no hay memoria suficiente para el rostro</translation>
        </message>
        <message>
            <source>GFPGAN needs a %1x%1 CV_32FC3 face</source>
            <translation>GFPGAN necesita un rostro CV_32FC3 de %1x%1</translation>
        </message>
        <message>
            <source>not enough memory to run GFPGAN on %1</source>
            <translation>no hay memoria suficiente para ejecutar GFPGAN en %1</translation>
        </message>
        <message>
            <source>GFPGAN failed: %1</source>
            <translation>GFPGAN falló: %1</translation>
        </message>
        <message>
            <source>cannot move GFPGAN to %1: %2</source>
            <translation>no se puede mover GFPGAN a %1: %2</translation>
        </message>
        <message>
            <source>face restoration model %1 does not exist</source>
            <translation>el modelo de restauración de rostros %1 no existe</translation>
        </message>
        <message>
            <source>%1 holds %2, not GFPGAN v1.4 (GFPGANv1Clean)</source>
            <translation>%1 contiene %2, no GFPGAN v1.4 (GFPGANv1Clean)</translation>
        </message>
        <message>
            <source>cannot read the face detector's cascade %1 (is Debian's opencv-data package installed?)</source>
            <translation>no se puede leer la cascada del detector de rostros %1 (¿está instalado el paquete opencv-data de Debian?)</translation>
        </message>
        <message>
            <source>face detection needs an 8-bit BGR image</source>
            <translation>la detección de rostros necesita una imagen BGR de 8 bits</translation>
        </message>
        <message>
            <source>cannot load the YuNet face detector %1: %2</source>
            <translation>no se puede cargar el detector de rostros YuNet %1: %2</translation>
        </message>
        <message>
            <source>cannot load the YuNet face detector %1</source>
            <translation>no se puede cargar el detector de rostros YuNet %1</translation>
        </message>
        <message>
            <source>the YuNet face detector %1 failed: %2</source>
            <translation>el detector de rostros YuNet %1 falló: %2</translation>
        </message>
        <message>
            <source>no face found</source>
            <translation>no se encontró ningún rostro</translation>
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
            <source>text entry "%1" is not a valid PNG keyword: left out</source>
            <translation>la entrada de texto "%1" no es una palabra clave PNG válida: se omite</translation>
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
        <message>
            <source>face detector</source>
            <translation>detector de rostros</translation>
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
            <source>the layer's weight sizes overflow</source>
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
            <source>entry %1 is not inside the archive's folder</source>
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
        <name>hires::RemoteBackend</name>
        <message>
            <source>cancelled</source>
            <translation>cancelado</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1: the server cannot start from an image of this computer (img2img runs only here)</source>
            <translation>%1: el servidor no puede partir de una imagen de este equipo (img2img solo se ejecuta aquí)</translation>
        </message>
    </context>
    <context>
        <name>hires::RemoteUpscaler</name>
        <message>
            <source>%1: the server sent no image</source>
            <translation>%1: el servidor no envió ninguna imagen</translation>
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
            <source>the header does not start with '{'</source>
            <translation>la cabecera no empieza por '{'</translation>
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
            <source>a tensor's size or stride is not a tuple of at most %1 integers</source>
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
            <source>Unknown argument '%1'. Try 'models --help'.</source>
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
            <source>The model folder (default: the user's model folder).</source>
            <translation>La carpeta de modelos (predeterminada: la del usuario).</translation>
        </message>
        <message>
            <source>Install the default upscaling models.</source>
            <translation>Instalar los modelos de ampliación predeterminados.</translation>
        </message>
        <message>
            <source>install-defaults needs --from DIR. Try 'models install-defaults --help'.</source>
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
            <source>A model id from 'models catalogue', or an http(s) URL.</source>
            <translation>Un id de modelo de «models catalogue» o una URL http(s).</translation>
        </message>
        <message>
            <source>Download a model, verifying its SHA-256.</source>
            <translation>Descargar un modelo verificando su SHA-256.</translation>
        </message>
        <message>
            <source>download needs exactly one ID or URL. Try 'models download --help'.</source>
            <translation>download necesita exactamente un ID o una URL. Pruebe «models download --help».</translation>
        </message>
        <message>
            <source>'%1' is neither a downloadable model of 'models catalogue' nor a URL.</source>
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
            <source>model id, model file (.pth, .safetensors, .param) or 'lanczos' (default: %1)</source>
            <translation>id de modelo, archivo de modelo (.pth, .safetensors, .param) o 'lanczos' (predeterminado: %1)</translation>
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
            <source>png, jpg, webp or tif (default: the input's)</source>
            <translation>png, jpg, webp o tif (predeterminado: el de la entrada)</translation>
        </message>
        <message>
            <source>alpha channel by 'model' or 'lanczos'</source>
            <translation>canal alfa con 'model' o 'lanczos'</translation>
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
            <source>invalid scale '%1' (a number above 0, at most 64)</source>
            <translation>escala «%1» no válida (un número mayor que 0, como máximo 64)</translation>
        </message>
        <message>
            <source>invalid tile '%1' (0 = automatic, or at least 32)</source>
            <translation>mosaico «%1» no válido (0 = automático, o al menos 32)</translation>
        </message>
        <message>
            <source>invalid thread count '%1'</source>
            <translation>número de hilos «%1» no válido</translation>
        </message>
        <message>
            <source>unknown format '%1' (png, jpg, webp, tif)</source>
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
            <source>-o %1 names a file but there are %2 inputs; give a folder (ending with '/') instead</source>
            <translation>-o %1 indica un archivo, pero hay %2 entradas; indique una carpeta (terminada en '/')</translation>
        </message>
        <message>
            <source>%1 exists; use --overwrite to replace it</source>
            <translation>%1 existe; use --overwrite para reemplazarlo</translation>
        </message>
        <message>
            <source>%1 is an input; it is never overwritten</source>
            <translation>%1 es una entrada; nunca se sobrescribe</translation>
        </message>
        <message>
            <source>--%1: '%2' is not a number</source>
            <translation>--%1: «%2» no es un número</translation>
        </message>
        <message>
            <source>Generates an image with a Stable Diffusion 1.x or SDXL checkpoint, optionally with hires fix.</source>
            <translation>Genera una imagen con un checkpoint de Stable Diffusion 1.x o SDXL, opcionalmente con Hires fix.</translation>
        </message>
        <message>
            <source>the prompt (A1111 weighting: (word:1.2), [word], BREAK)</source>
            <translation>el prompt (ponderación de A1111: (palabra:1.2), [palabra], BREAK)</translation>
        </message>
        <message>
            <source>the negative prompt</source>
            <translation>el prompt negativo</translation>
        </message>
        <message>
            <source>checkpoint file (.safetensors, .ckpt), diffusers folder or name in the model folders</source>
            <translation>archivo de checkpoint (.safetensors, .ckpt), carpeta de diffusers o nombre en las carpetas de modelos</translation>
        </message>
        <message>
            <source>width, a multiple of 8 (default: SDXL 768, SD 1.5 512)</source>
            <translation>ancho, múltiplo de 8 (predeterminado: SDXL 768, SD 1.5 512)</translation>
        </message>
        <message>
            <source>height, a multiple of 8 (default: as width)</source>
            <translation>alto, múltiplo de 8 (predeterminado: igual que el ancho)</translation>
        </message>
        <message>
            <source>sampling steps (default %1)</source>
            <translation>pasos de muestreo (predeterminado: %1)</translation>
        </message>
        <message>
            <source>guidance scale (default %1)</source>
            <translation>escala de guía (predeterminada: %1)</translation>
        </message>
        <message>
            <source>euler_a, euler, dpmpp_2m, dpmpp_2m_karras or ddim (default euler_a)</source>
            <translation>euler_a, euler, dpmpp_2m, dpmpp_2m_karras o ddim (predeterminado: euler_a)</translation>
        </message>
        <message>
            <source>seed, -1 = random (default)</source>
            <translation>semilla, -1 = aleatoria (predeterminado)</translation>
        </message>
        <message>
            <source>CLIP skip for SD 1.x (default 1)</source>
            <translation>CLIP skip para SD 1.x (predeterminado: 1)</translation>
        </message>
        <message>
            <source>img2img: the start image</source>
            <translation>img2img: la imagen inicial</translation>
        </message>
        <message>
            <source>img2img: how much of the start image is re-noised (default %1)</source>
            <translation>img2img: cuánto de la imagen inicial se vuelve a llenar de ruido (predeterminado: %1)</translation>
        </message>
        <message>
            <source>render at the base size, upscale, then refine (AUTOMATIC1111 hires fix)</source>
            <translation>generar al tamaño base, ampliar y después refinar (Hires fix de AUTOMATIC1111)</translation>
        </message>
        <message>
            <source>hires fix: upscale factor (default %1)</source>
            <translation>Hires fix: factor de ampliación (predeterminado: %1)</translation>
        </message>
        <message>
            <source>hires fix: denoising strength (default %1)</source>
            <translation>Hires fix: intensidad de eliminación de ruido (predeterminada: %1)</translation>
        </message>
        <message>
            <source>hires fix: second pass steps, 0 = as --steps (default 0)</source>
            <translation>Hires fix: pasos de la segunda pasada, 0 = igual que --steps (predeterminado: 0)</translation>
        </message>
        <message>
            <source>hires fix: upscale with LANCZOS instead of Real-ESRGAN</source>
            <translation>Hires fix: ampliar con LANCZOS en lugar de Real-ESRGAN</translation>
        </message>
        <message>
            <source>hires fix: upscale the latent (A1111 "Latent")</source>
            <translation>Hires fix: ampliar el espacio latente («Latent» de A1111)</translation>
        </message>
        <message>
            <source>hires fix: the Real-ESRGAN model file (default: realesrgan-x4fast from the model folders)</source>
            <translation>Hires fix: el archivo de modelo Real-ESRGAN (predeterminado: realesrgan-x4fast de las carpetas de modelos)</translation>
        </message>
        <message>
            <source>restore faces with this weight (0..1)</source>
            <translation>restaurar rostros con este peso (0..1)</translation>
        </message>
        <message>
            <source>the GFPGAN model file (default: GFPGANv1.4.pth from the model folders)</source>
            <translation>el archivo de modelo GFPGAN (predeterminado: GFPGANv1.4.pth de las carpetas de modelos)</translation>
        </message>
        <message>
            <source>folder with the CLIP tokenizer (vocab.json + merges.txt)</source>
            <translation>carpeta con el tokenizador CLIP (vocab.json + merges.txt)</translation>
        </message>
        <message>
            <source>an extra folder with models and tokenizers (repeatable)</source>
            <translation>una carpeta adicional con modelos y tokenizadores (se puede repetir)</translation>
        </message>
        <message>
            <source>output file (default: hires-studio-&lt;time&gt;.png)</source>
            <translation>archivo de salida (predeterminado: hires-studio-&lt;time&gt;.png)</translation>
        </message>
        <message>
            <source>also write the first pass next to the output (-first-pass)</source>
            <translation>escribir también la primera pasada junto a la salida (-first-pass)</translation>
        </message>
        <message>
            <source>replace an existing output file</source>
            <translation>reemplazar un archivo de salida existente</translation>
        </message>
        <message>
            <source>print the result as JSON (output, seed, provenance)</source>
            <translation>mostrar el resultado como JSON (salida, semilla, procedencia)</translation>
        </message>
        <message>
            <source>unexpected argument '%1' (the prompt goes after -p)</source>
            <translation>argumento inesperado «%1» (el prompt va después de -p)</translation>
        </message>
        <message>
            <source>no prompt given (-p TEXT)</source>
            <translation>no se indicó ningún prompt (-p TEXTO)</translation>
        </message>
        <message>
            <source>unknown sampler '%1' (euler_a, euler, dpmpp_2m, dpmpp_2m_karras, ddim)</source>
            <translation>muestreador desconocido «%1» (euler_a, euler, dpmpp_2m, dpmpp_2m_karras, ddim)</translation>
        </message>
        <message>
            <source>Output file (one INPUT) or folder (several).</source>
            <translation>Archivo de salida (una sola INPUT) o carpeta (varias).</translation>
        </message>
        <message>
            <source>Blend of original (0) and restored (1) faces; default 1.</source>
            <translation>Mezcla de rostros originales (0) y restaurados (1); predeterminado: 1.</translation>
        </message>
        <message>
            <source>GFPGAN v1.4 weights (GFPGANv1.4.pth).</source>
            <translation>Pesos de GFPGAN v1.4 (GFPGANv1.4.pth).</translation>
        </message>
        <message>
            <source>Inputs are aligned 512x512 faces: run the network alone (no detection, no paste-back).</source>
            <translation>Las entradas son rostros alineados de 512x512: ejecutar solo la red (sin detección ni repegado).</translation>
        </message>
        <message>
            <source>Face detector: auto, yunet or haar; default auto.</source>
            <translation>Detector de rostros: auto, yunet o haar; predeterminado: auto.</translation>
        </message>
        <message>
            <source>Folder searched for face_detection_yunet*.onnx (repeatable).</source>
            <translation>Carpeta en la que se busca face_detection_yunet*.onnx (se puede repetir).</translation>
        </message>
        <message>
            <source>Output format: png, jpg, webp or tif; default: the input's.</source>
            <translation>Formato de salida: png, jpg, webp o tif; predeterminado: el de la entrada.</translation>
        </message>
        <message>
            <source>Print the results and their provenance as JSON.</source>
            <translation>Mostrar los resultados y su procedencia como JSON.</translation>
        </message>
        <message>
            <source>Restore the faces of photos with GFPGAN v1.4.</source>
            <translation>Restaurar los rostros de fotos con GFPGAN v1.4.</translation>
        </message>
        <message>
            <source>Images to restore.</source>
            <translation>Imágenes que restaurar.</translation>
        </message>
        <message>
            <source>restore-faces needs at least one INPUT. Try 'restore-faces --help'.</source>
            <translation>restore-faces necesita al menos una INPUT. Pruebe «restore-faces --help».</translation>
        </message>
        <message>
            <source>--weight must be a number from 0 to 1, not '%1'.</source>
            <translation>--weight debe ser un número de 0 a 1, no «%1».</translation>
        </message>
        <message>
            <source>unknown output format '%1'.</source>
            <translation>formato de salida desconocido «%1».</translation>
        </message>
        <message>
            <source>restore faces after upscaling: blend of original (0) and restored (1) faces</source>
            <translation>restaurar rostros después de ampliar: mezcla de rostros originales (0) y restaurados (1)</translation>
        </message>
        <message>
            <source>GFPGAN v1.4 weights for --face-restore (default: %1 in the model folders)</source>
            <translation>pesos de GFPGAN v1.4 para --face-restore (predeterminado: %1 en las carpetas de modelos)</translation>
        </message>
        <message>
            <source>with --face-restore: the input is an aligned face (the network alone, no detection or paste-back)</source>
            <translation>con --face-restore: la entrada es un rostro alineado (solo la red, sin detección ni repegado)</translation>
        </message>
        <message>
            <source>--face-model and --face-aligned need --face-restore WEIGHT</source>
            <translation>--face-model y --face-aligned necesitan --face-restore PESO</translation>
        </message>
        <message>
            <source>invalid face restoration weight '%1' (a number from 0 to 1)</source>
            <translation>peso de restauración de rostros no válido «%1» (un número de 0 a 1)</translation>
        </message>
    </context>
    <context>
        <name>hires::cli::GenerateCommand</name>
        <message>
            <source>generate an image with Stable Diffusion (txt2img, img2img, hires fix)</source>
            <translation>generar una imagen con Stable Diffusion (txt2img, img2img, Hires fix)</translation>
        </message>
        <message>
            <source>Try 'hires-studio generate --help'.</source>
            <translation>Pruebe «hires-studio generate --help».</translation>
        </message>
        <message>
            <source>%1 exists; use --overwrite to replace it</source>
            <translation>%1 ya existe; use --overwrite para reemplazarlo</translation>
        </message>
        <message>
            <source>%1 %2/%3</source>
            <translation>%1 %2/%3</translation>
        </message>
        <message>
            <source>tokenizer: %1 (%2)</source>
            <translation>tokenizador: %1 (%2)</translation>
        </message>
        <message>
            <source>seed %1; %2</source>
            <translation>semilla %1; %2</translation>
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
            <source>inspect needs exactly one FILE. Try 'inspect --help'.</source>
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
        <name>hires::cli::RestoreFacesCommand</name>
        <message>
            <source>restore the faces in photos (GFPGAN v1.4) with a weight from 0 to 1</source>
            <translation>restaurar los rostros de fotos (GFPGAN v1.4) con un peso de 0 a 1</translation>
        </message>
        <message>
            <source>-o must be a folder when there are several inputs: %1</source>
            <translation>-o debe ser una carpeta cuando hay varias entradas: %1</translation>
        </message>
        <message>
            <source>cannot create the output folder %1</source>
            <translation>no se puede crear la carpeta de salida %1</translation>
        </message>
        <message>
            <source>warning: faces are not restored: %1</source>
            <translation>advertencia: no se restauran los rostros: %1</translation>
        </message>
        <message>
            <source>%1 -&gt; %2: %3 face(s) detected, %4 restored (%5)</source>
            <translation>%1 -&gt; %2: %3 rostro(s) detectado(s), %4 restaurado(s) (%5)</translation>
        </message>
    </context>
    <context>
        <name>hires::cli::ServeCommand</name>
        <message>
            <source>Serve the HTTP API (/generate, /upscale, /health, AUTOMATIC1111's /sdapi/v1).</source>
            <translation>Servir la API HTTP (/generate, /upscale, /health, /sdapi/v1 de AUTOMATIC1111).</translation>
        </message>
        <message>
            <source>Address to listen on (default 127.0.0.1).</source>
            <translation>Dirección en la que escuchar (predeterminada: 127.0.0.1).</translation>
        </message>
        <message>
            <source>Port (default 7860; 0: any).</source>
            <translation>Puerto (predeterminado: 7860; 0: cualquiera).</translation>
        </message>
        <message>
            <source>Bearer token every request must carry.</source>
            <translation>Token Bearer que debe llevar cada solicitud.</translation>
        </message>
        <message>
            <source>Read the token from FILE (keeps it out of `ps`).</source>
            <translation>Leer el token de FILE (así no aparece en `ps`).</translation>
        </message>
        <message>
            <source>Also look for models in DIR (may be repeated).</source>
            <translation>Buscar también modelos en DIR (se puede repetir).</translation>
        </message>
        <message>
            <source>Library id of the checkpoint /generate uses (default: the first found).</source>
            <translation>Id de biblioteca del checkpoint que usa /generate (predeterminado: el primero encontrado).</translation>
        </message>
        <message>
            <source>Jobs that may wait behind the running one (default 4).</source>
            <translation>Trabajos que pueden esperar detrás del que está en ejecución (predeterminado: 4).</translation>
        </message>
        <message>
            <source>Largest request body in MiB (default 48).</source>
            <translation>Tamaño máximo del cuerpo de la solicitud en MiB (predeterminado: 48).</translation>
        </message>
        <message>
            <source>serve: --host takes an IP address and --port a number up to 65535</source>
            <translation>serve: --host admite una dirección IP y --port un número hasta 65535</translation>
        </message>
        <message>
            <source>serve: cannot read %1: %2</source>
            <translation>serve: no se puede leer %1: %2</translation>
        </message>
        <message>
            <source>serve: %1</source>
            <translation>serve: %1</translation>
        </message>
        <message>
            <source>Serving on http://%1:%2 (%3 models found)</source>
            <translation>Sirviendo en http://%1:%2 (%3 modelos encontrados)</translation>
        </message>
        <message>
            <source>serve: stopped</source>
            <translation>serve: detenido</translation>
        </message>
    </context>
    <context>
        <name>hires::cli::UpscaleCommand</name>
        <message>
            <source>upscale images with Real-ESRGAN or LANCZOS (files and folders)</source>
            <translation>ampliar imágenes con Real-ESRGAN o LANCZOS (archivos y carpetas)</translation>
        </message>
        <message>
            <source>Try 'hires-studio upscale --help'.</source>
            <translation>Pruebe «hires-studio upscale --help».</translation>
        </message>
        <message>
            <source>model '%1' not found (looked in: %2); give a model file with -m</source>
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
        <message>
            <source>face model '%1' not found (looked in: %2); faces will not be restored; give a GFPGAN v1.4 file with --face-model</source>
            <translation>no se encontró el modelo de rostros «%1» (se buscó en: %2); no se restaurarán los rostros; indique un archivo GFPGAN v1.4 con --face-model</translation>
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
        <name>hires::ui::ComparisonPage</name>
        <message>
            <source>Comparison</source>
            <translation>Comparación</translation>
        </message>
        <message>
            <source>Comparison tools</source>
            <translation>Herramientas de comparación</translation>
        </message>
        <message>
            <source>Comparison progress</source>
            <translation>Progreso de la comparación</translation>
        </message>
        <message>
            <source>Comparison status</source>
            <translation>Estado de la comparación</translation>
        </message>
        <message>
            <source>Open an image to compare LANCZOS with a model, or compare two files.</source>
            <translation>Abra una imagen para comparar LANCZOS con un modelo, o compare dos archivos.</translation>
        </message>
        <message>
            <source>&amp;Open Image to Compare...</source>
            <translation>&amp;Abrir imagen para comparar...</translation>
        </message>
        <message>
            <source>Choose the image whose upscales are compared</source>
            <translation>Elegir la imagen cuyas ampliaciones se comparan</translation>
        </message>
        <message>
            <source>Compare &amp;LANCZOS vs Model</source>
            <translation>Comparar &amp;LANCZOS con modelo</translation>
        </message>
        <message>
            <source>Upscale the whole image with LANCZOS and with the chosen model to the same size, and compare them</source>
            <translation>Ampliar la imagen completa con LANCZOS y con el modelo elegido al mismo tamaño, y compararlas</translation>
        </message>
        <message>
            <source>&amp;Preview Visible Region</source>
            <translation>&amp;Previsualizar la región visible</translation>
        </message>
        <message>
            <source>Run the model only on the part in view (plus a margin), LANCZOS elsewhere: a quick look before the whole image</source>
            <translation>Ejecutar el modelo solo en la parte visible (más un margen) y LANCZOS en el resto: un vistazo rápido antes de procesar la imagen completa</translation>
        </message>
        <message>
            <source>Compare &amp;Two Files...</source>
            <translation>Comparar &amp;dos archivos...</translation>
        </message>
        <message>
            <source>Choose two image files and compare them</source>
            <translation>Elegir dos archivos de imagen y compararlos</translation>
        </message>
        <message>
            <source>&amp;Cancel Comparison</source>
            <translation>&amp;Cancelar la comparación</translation>
        </message>
        <message>
            <source>Stop the running comparison</source>
            <translation>Detener la comparación en curso</translation>
        </message>
        <message>
            <source>&amp;Side by Side</source>
            <translation>&amp;En paralelo</translation>
        </message>
        <message>
            <source>Show the two images next to each other</source>
            <translation>Mostrar las dos imágenes una junto a la otra</translation>
        </message>
        <message>
            <source>S&amp;lider</source>
            <translation>&amp;Deslizador</translation>
        </message>
        <message>
            <source>Show the left image left of a divider you drag, the right image right of it</source>
            <translation>Mostrar la imagen izquierda a la izquierda de un divisor que se arrastra y la derecha a su derecha</translation>
        </message>
        <message>
            <source>&amp;Difference</source>
            <translation>D&amp;iferencia</translation>
        </message>
        <message>
            <source>Show where the images differ: |A − B| amplified and colour-mapped</source>
            <translation>Mostrar dónde difieren las imágenes: |A − B| amplificada y con mapa de colores</translation>
        </message>
        <message>
            <source>&amp;Fit</source>
            <translation>Aj&amp;ustar</translation>
        </message>
        <message>
            <source>Fit the images to the panes</source>
            <translation>Ajustar las imágenes a los paneles</translation>
        </message>
        <message>
            <source>1:1</source>
            <translation>1:1</translation>
        </message>
        <message>
            <source>Actual pixels</source>
            <translation>Píxeles reales</translation>
        </message>
        <message>
            <source>2×</source>
            <translation>2×</translation>
        </message>
        <message>
            <source>Two screen pixels per image pixel</source>
            <translation>Dos píxeles de pantalla por píxel de imagen</translation>
        </message>
        <message>
            <source>4×</source>
            <translation>4×</translation>
        </message>
        <message>
            <source>Four screen pixels per image pixel</source>
            <translation>Cuatro píxeles de pantalla por píxel de imagen</translation>
        </message>
        <message>
            <source>Save &amp;Left As...</source>
            <translation>Guardar la i&amp;zquierda como...</translation>
        </message>
        <message>
            <source>Save the left image to a file</source>
            <translation>Guardar la imagen izquierda en un archivo</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>LANCZOS vs Model</source>
            <translation>LANCZOS frente a modelo</translation>
        </message>
        <message>
            <source>Preview Region</source>
            <translation>Previsualizar región</translation>
        </message>
        <message>
            <source>Two Files</source>
            <translation>Dos archivos</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Side by Side</source>
            <translation>En paralelo</translation>
        </message>
        <message>
            <source>Slider</source>
            <translation>Deslizador</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Diferencia</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Ajustar</translation>
        </message>
        <message>
            <source>Save &amp;Right As...</source>
            <translation>Guardar la de&amp;recha como...</translation>
        </message>
        <message>
            <source>Save the right image to a file</source>
            <translation>Guardar la imagen derecha en un archivo</translation>
        </message>
        <message>
            <source>Save Left</source>
            <translation>Guardar izquierda</translation>
        </message>
        <message>
            <source>Save Right</source>
            <translation>Guardar derecha</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modelo</translation>
        </message>
        <message>
            <source>The model compared with LANCZOS</source>
            <translation>El modelo que se compara con LANCZOS</translation>
        </message>
        <message>
            <source>Output scale</source>
            <translation>Escala de salida</translation>
        </message>
        <message>
            <source>Both sides are upscaled to this many times the input size</source>
            <translation>Ambos lados se amplían a este múltiplo del tamaño de entrada</translation>
        </message>
        <message>
            <source>×%1</source>
            <translation>×%1</translation>
        </message>
        <message>
            <source>Difference amplification</source>
            <translation>Amplificación de la diferencia</translation>
        </message>
        <message>
            <source>How strongly differences are amplified in the difference view</source>
            <translation>Cuánto se amplifican las diferencias en la vista de diferencia</translation>
        </message>
        <message>
            <source>|A − B| ×%1</source>
            <translation>|A − B| ×%1</translation>
        </message>
        <message>
            <source>%1: choose a model and compare, or zoom in and preview the region in view.</source>
            <translation>%1: elija un modelo y compare, o acerque la vista y previsualice la región visible.</translation>
        </message>
        <message>
            <source>Images (%1)</source>
            <translation>Imágenes (%1)</translation>
        </message>
        <message>
            <source>Open Image to Compare</source>
            <translation>Abrir imagen para comparar</translation>
        </message>
        <message>
            <source>Choose Two Images to Compare</source>
            <translation>Elegir dos imágenes para comparar</translation>
        </message>
        <message numerus="yes">
            <source>Choose exactly two images to compare (%n chosen).</source>
            <translation>
                <numerusform>Elija exactamente dos imágenes para comparar (%n elegida).</numerusform>
                <numerusform>Elija exactamente dos imágenes para comparar (%n elegidas).</numerusform>
            </translation>
        </message>
        <message>
            <source>Upscaling %1 with LANCZOS and %2...</source>
            <translation>Ampliando %1 con LANCZOS y %2...</translation>
        </message>
        <message>
            <source>Previewing %1 on %2 × %3 pixels in view...</source>
            <translation>Previsualizando %1 en %2 × %3 píxeles visibles...</translation>
        </message>
        <message>
            <source>Comparing %1 with %2...</source>
            <translation>Comparando %1 con %2...</translation>
        </message>
        <message>
            <source>Compared %1 with %2.</source>
            <translation>Se comparó %1 con %2.</translation>
        </message>
        <message>
            <source>The model could not run: see the right pane.</source>
            <translation>No se pudo ejecutar el modelo: vea el panel derecho.</translation>
        </message>
        <message>
            <source>The comparison failed: %1</source>
            <translation>La comparación falló: %1</translation>
        </message>
        <message>
            <source>The comparison was cancelled.</source>
            <translation>Se canceló la comparación.</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Se guardó %1</translation>
        </message>
        <message>
            <source>No model found: add one in the model manager</source>
            <translation>No se encontró ningún modelo: añada uno en el gestor de modelos</translation>
        </message>
        <message>
            <source>The model runs on %1; LANCZOS runs on this computer.</source>
            <translation>El modelo se ejecuta en %1; LANCZOS, en este equipo.</translation>
        </message>
        <message>
            <source>The model ran on %1.</source>
            <translation>El modelo se ejecutó en %1.</translation>
        </message>
        <message>
            <source>Restore &amp;Faces</source>
            <translation>Restaurar r&amp;ostros</translation>
        </message>
        <message>
            <source>Restore Faces</source>
            <translation>Restaurar rostros</translation>
        </message>
        <message>
            <source>Restore the faces of the model's side with GFPGAN, then switch each face and set the weight beside the view</source>
            <translation>Restaurar los rostros del lado del modelo con GFPGAN y, después, activar o desactivar cada rostro y ajustar el peso junto a la vista</translation>
        </message>
        <message>
            <source>Face restoration weight</source>
            <translation>Peso de la restauración de rostros</translation>
        </message>
        <message>
            <source>Face restoration weight — 0: the model's faces as they are; 1: fully restored (applies to the next comparison)</source>
            <translation>Peso de la restauración de rostros — 0: los rostros del modelo tal como están; 1: totalmente restaurados (se aplica a la próxima comparación)</translation>
        </message>
        <message>
            <source>this computer</source>
            <translation>este equipo</translation>
        </message>
        <message>
            <source>Faces are restored on this computer only: with a remote server the model's faces are shown as they are.</source>
            <translation>Los rostros solo se restauran en este equipo: con un servidor remoto, los rostros del modelo se muestran tal como están.</translation>
        </message>
        <message>
            <source>No face was found.</source>
            <translation>No se encontró ningún rostro.</translation>
        </message>
        <message>
            <source>The faces were not restored: see the right pane.</source>
            <translation>Los rostros no se restauraron: vea el panel derecho.</translation>
        </message>
        <message numerus="yes">
            <source>%n face(s) restored: review them beside the view.</source>
            <translation>
                <numerusform>%n rostro restaurado: revíselo junto a la vista.</numerusform>
                <numerusform>%n rostros restaurados: revíselos junto a la vista.</numerusform>
            </translation>
        </message>
        <message>
            <source>Face restoration and review run on this computer only; the model runs on %1 (see Settings)</source>
            <translation>La restauración y la revisión de rostros solo se ejecutan en este equipo; el modelo se ejecuta en %1 (vea Configuración)</translation>
        </message>
        <message>
            <source>Restore the faces of the model's side, and review them face by face (%1)</source>
            <translation>Restaurar los rostros del lado del modelo y revisarlos uno por uno (%1)</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::ComparisonView</name>
        <message>
            <source>Left image information</source>
            <translation>Información de la imagen izquierda</translation>
        </message>
        <message>
            <source>Right image information</source>
            <translation>Información de la imagen derecha</translation>
        </message>
        <message>
            <source>Difference information</source>
            <translation>Información de la diferencia</translation>
        </message>
        <message>
            <source>Left image</source>
            <translation>Imagen izquierda</translation>
        </message>
        <message>
            <source>Right image</source>
            <translation>Imagen derecha</translation>
        </message>
        <message>
            <source>Difference between the images</source>
            <translation>Diferencia entre las imágenes</translation>
        </message>
        <message>
            <source>Where the two images differ: black where they agree, brighter where they differ more (|A − B| amplified)</source>
            <translation>Dónde difieren las dos imágenes: negro donde coinciden, más brillante cuanto más difieren (|A − B| amplificada)</translation>
        </message>
        <message>
            <source>Compare LANCZOS with a model, or open two images to compare.</source>
            <translation>Compare LANCZOS con un modelo, o abra dos imágenes para compararlas.</translation>
        </message>
        <message>
            <source>The difference appears once two images are compared.</source>
            <translation>La diferencia aparece cuando se comparan dos imágenes.</translation>
        </message>
        <message>
            <source>made by %1</source>
            <translation>creada por %1</translation>
        </message>
        <message>
            <source>on %1</source>
            <translation>en %1</translation>
        </message>
        <message>
            <source>on %1 (%2)</source>
            <translation>en %1 (%2)</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
        <message>
            <source>%1 × %2 file</source>
            <translation>archivo de %1 × %2</translation>
        </message>
        <message>
            <source>sharpness %1</source>
            <translation>nitidez %1</translation>
        </message>
        <message>
            <source>fidelity ∞ dB (reduces to the input exactly)</source>
            <translation>fidelidad ∞ dB (se reduce exactamente a la entrada)</translation>
        </message>
        <message>
            <source>fidelity %1 dB</source>
            <translation>fidelidad %1 dB</translation>
        </message>
        <message>
            <source>Fell back: %1 → %2 (%3)</source>
            <translation>Alternativa usada: %1 → %2 (%3)</translation>
        </message>
        <message>
            <source>|A − B| × %1 · mean difference %2 of 255</source>
            <translation>|A − B| × %1 · diferencia media %2 de 255</translation>
        </message>
        <message>
            <source>Model preview of %1 × %2 pixels at %3, %4</source>
            <translation>Previsualización del modelo de %1 × %2 píxeles en %3, %4</translation>
        </message>
        <message>
            <source>The images have different shapes: one is stretched.</source>
            <translation>Las imágenes tienen proporciones distintas: una está estirada.</translation>
        </message>
        <message>
            <source>no face found</source>
            <translation>no se encontró ningún rostro</translation>
        </message>
        <message>
            <source>%1 of %2 faces restored by %3</source>
            <translation>%1 de %2 rostros restaurados con %3</translation>
        </message>
        <message>
            <source>faces not restored</source>
            <translation>rostros sin restaurar</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::FaceReviewPanel</name>
        <message>
            <source>Restored faces</source>
            <translation>Rostros restaurados</translation>
        </message>
        <message>
            <source>Detected faces</source>
            <translation>Rostros detectados</translation>
        </message>
        <message>
            <source>&amp;Weight:</source>
            <translation>&amp;Peso:</translation>
        </message>
        <message>
            <source>Face restoration weight</source>
            <translation>Peso de la restauración de rostros</translation>
        </message>
        <message>
            <source>0: the original faces; 100: fully restored. Applies to every face.</source>
            <translation>0: los rostros originales; 100: totalmente restaurados. Se aplica a todos los rostros.</translation>
        </message>
        <message>
            <source>No face restoration in this result.</source>
            <translation>Este resultado no tiene restauración de rostros.</translation>
        </message>
        <message>
            <source>No face was detected.</source>
            <translation>No se detectó ningún rostro.</translation>
        </message>
        <message>
            <source>Faces detected: %1</source>
            <translation>Rostros detectados: %1</translation>
        </message>
        <message>
            <source>Face %1</source>
            <translation>Rostro %1</translation>
        </message>
        <message>
            <source>Restore face %1</source>
            <translation>Restaurar el rostro %1</translation>
        </message>
        <message>
            <source>Switch the restoration of this face on or off</source>
            <translation>Activar o desactivar la restauración de este rostro</translation>
        </message>
        <message>
            <source>No restoration model ran for this face</source>
            <translation>No se ejecutó ningún modelo de restauración para este rostro</translation>
        </message>
        <message>
            <source>Face %1 before restoration</source>
            <translation>Rostro %1 antes de la restauración</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguna</translation>
        </message>
        <message>
            <source>Face %1 after restoration</source>
            <translation>Rostro %1 después de la restauración</translation>
        </message>
        <message>
            <source>not restored</source>
            <translation>sin restaurar</translation>
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
            <translation>Restauración de rostros</translation>
        </message>
        <message>
            <source>Generate</source>
            <translation>Generar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Describe the image (Ctrl+Enter generates, Ctrl+Up/Down walk the history)</source>
            <translation>Describa la imagen (Ctrl+Intro genera, Ctrl+Arriba/Abajo recorren el historial)</translation>
        </message>
        <message>
            <source>What the image should not show</source>
            <translation>Lo que la imagen no debe mostrar</translation>
        </message>
        <message>
            <source>The Stable Diffusion checkpoint that draws the image</source>
            <translation>El checkpoint de Stable Diffusion que dibuja la imagen</translation>
        </message>
        <message>
            <source>Hires fix upscales the first pass with Real-ESRGAN; off: with LANCZOS (also used, and reported, when no Real-ESRGAN model runs)</source>
            <translation>Hires fix amplía la primera pasada con Real-ESRGAN; desactivado: con LANCZOS (que también se usa, y se indica, cuando no se ejecuta ningún modelo Real-ESRGAN)</translation>
        </message>
        <message>
            <source>0: the generated face, 1: the fully restored face</source>
            <translation>0: el rostro generado, 1: el rostro totalmente restaurado</translation>
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
            <translation>Negativo:</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>Imagen</translation>
        </message>
        <message>
            <source> px</source>
            <translation> px</translation>
        </message>
        <message>
            <source>Classifier-free guidance: how closely the image follows the prompt</source>
            <translation>Guía sin clasificador (classifier-free guidance): cuánto se ajusta la imagen al prompt</translation>
        </message>
        <message>
            <source>Size:</source>
            <translation>Tamaño:</translation>
        </message>
        <message>
            <source>Steps:</source>
            <translation>Pasos:</translation>
        </message>
        <message>
            <source>CFG scale:</source>
            <translation>Escala CFG:</translation>
        </message>
        <message>
            <source>Sampler:</source>
            <translation>Muestreador:</translation>
        </message>
        <message>
            <source>Seed:</source>
            <translation>Semilla:</translation>
        </message>
        <message>
            <source>Hires fix</source>
            <translation>Hires fix</translation>
        </message>
        <message>
            <source>Generate at the model's size, upscale, then denoise again at the larger size</source>
            <translation>Generar al tamaño del modelo, ampliar y volver a eliminar ruido al tamaño mayor</translation>
        </message>
        <message>
            <source>How much the second pass may change the upscaled image</source>
            <translation>Cuánto puede cambiar la segunda pasada la imagen ampliada</translation>
        </message>
        <message>
            <source>same as steps</source>
            <translation>igual que los pasos</translation>
        </message>
        <message>
            <source>Upscale by:</source>
            <translation>Ampliar por:</translation>
        </message>
        <message>
            <source>Denoising strength:</source>
            <translation>Intensidad de eliminación de ruido:</translation>
        </message>
        <message>
            <source>Hires steps:</source>
            <translation>Pasos de Hires fix:</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::GeneratePage</name>
        <message>
            <source>Write a prompt and press Generate. Drop a PNG made by Hires Studio or AUTOMATIC1111 here to reuse its settings.</source>
            <translation>Escriba un prompt y pulse Generar. Suelte aquí un PNG creado por Hires Studio o AUTOMATIC1111 para reutilizar sus ajustes.</translation>
        </message>
        <message>
            <source>Compare...</source>
            <translation>Comparar...</translation>
        </message>
        <message>
            <source>The result against the first pass upscaled with LANCZOS and with Real-ESRGAN</source>
            <translation>El resultado frente a la primera pasada ampliada con LANCZOS y con Real-ESRGAN</translation>
        </message>
        <message>
            <source>Re-run Second Pass</source>
            <translation>Repetir la segunda pasada</translation>
        </message>
        <message>
            <source>Keep this first pass and run the hires fix again with the settings on the left</source>
            <translation>Conservar esta primera pasada y volver a ejecutar Hires fix con los ajustes de la izquierda</translation>
        </message>
        <message>
            <source>Use Settings</source>
            <translation>Usar ajustes</translation>
        </message>
        <message>
            <source>Put this image's settings into the form</source>
            <translation>Poner los ajustes de esta imagen en el formulario</translation>
        </message>
        <message>
            <source>Save...</source>
            <translation>Guardar...</translation>
        </message>
        <message>
            <source>Save as PNG with the generation parameters</source>
            <translation>Guardar como PNG con los parámetros de generación</translation>
        </message>
        <message>
            <source>Generation failed: %1</source>
            <translation>La generación falló: %1</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Cancelado.</translation>
        </message>
        <message>
            <source>Looking for models...</source>
            <translation>Buscando modelos...</translation>
        </message>
        <message>
            <source>Generating</source>
            <translation>Generando</translation>
        </message>
        <message>
            <source>Second pass</source>
            <translation>Segunda pasada</translation>
        </message>
        <message>
            <source>%1 with seed %2...</source>
            <translation>%1 con la semilla %2...</translation>
        </message>
        <message>
            <source>Loading the model...</source>
            <translation>Cargando el modelo...</translation>
        </message>
        <message>
            <source>%1: step %2 / %3</source>
            <extracomment>progress bar: stage, then "step 7 / 20"</extracomment>
            <translation>%1: paso %2 / %3</translation>
        </message>
        <message>
            <source>Done in %1 s.</source>
            <translation>Terminado en %1 s.</translation>
        </message>
        <message>
            <source>Save Image</source>
            <translation>Guardar imagen</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>Imágenes PNG (*.png)</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Se guardó %1</translation>
        </message>
        <message>
            <source>No image is selected.</source>
            <translation>No hay ninguna imagen seleccionada.</translation>
        </message>
        <message>
            <source>%1 has no generation parameters.</source>
            <translation>%1 no tiene parámetros de generación.</translation>
        </message>
        <message>
            <source>Settings taken from %1.</source>
            <translation>Ajustes tomados de %1.</translation>
        </message>
        <message>
            <source>this computer</source>
            <translation>este equipo</translation>
        </message>
        <message>
            <source>%1 generates with its own checkpoint</source>
            <translation>%1 genera con su propio checkpoint</translation>
        </message>
        <message>
            <source>Generating on %1</source>
            <translation>Generando en %1</translation>
        </message>
        <message>
            <source>Done on %1 in %2 s.</source>
            <translation>Terminado en %1 (%2 s).</translation>
        </message>
        <message>
            <source>Not available while generating on %1: the server cannot start from a first pass kept on this computer</source>
            <translation>No disponible al generar en %1: el servidor no puede partir de una primera pasada guardada en este equipo</translation>
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
        <message>
            <source>Generate</source>
            <translation>Generar</translation>
        </message>
        <message>
            <source>Generate images from a prompt, with hires fix</source>
            <translation>Generar imágenes a partir de un prompt, con Hires fix</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Comparar</translation>
        </message>
        <message>
            <source>LANCZOS against a model, or any two images</source>
            <translation>LANCZOS frente a un modelo, o dos imágenes cualesquiera</translation>
        </message>
        <message>
            <source>Compare &amp;This Image</source>
            <translation>Comparar es&amp;ta imagen</translation>
        </message>
        <message>
            <source>Open the viewed image in the Compare page to compare LANCZOS with a model</source>
            <translation>Abrir la imagen visualizada en la página Comparar para comparar LANCZOS con un modelo</translation>
        </message>
        <message>
            <source>&amp;Settings...</source>
            <translation>&amp;Configuración...</translation>
        </message>
        <message>
            <source>Model folders, processing, output and language</source>
            <translation>Carpetas de modelos, procesamiento, salida e idioma</translation>
        </message>
        <message>
            <source>&amp;Models...</source>
            <translation>&amp;Modelos...</translation>
        </message>
        <message>
            <source>See, add, download and remove models</source>
            <translation>Ver, añadir, descargar y eliminar modelos</translation>
        </message>
        <message>
            <source>Settings saved</source>
            <translation>Configuración guardada</translation>
        </message>
        <message>
            <source>&amp;Compare</source>
            <translation>&amp;Comparar</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>&amp;Herramientas</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::MissingCheckpointPanel</name>
        <message>
            <source>Open Model Manager...</source>
            <translation>Abrir el gestor de modelos...</translation>
        </message>
        <message>
            <source>Open Model Folder</source>
            <translation>Abrir la carpeta de modelos</translation>
        </message>
        <message>
            <source>Look Again</source>
            <translation>Volver a buscar</translation>
        </message>
        <message>
            <source>No Stable Diffusion checkpoint is installed</source>
            <translation>No hay ningún checkpoint de Stable Diffusion instalado</translation>
        </message>
        <message>
            <source>Generating images needs a checkpoint file (.safetensors or .ckpt). Get one of these:</source>
            <translation>Para generar imágenes se necesita un archivo de checkpoint (.safetensors o .ckpt). Consiga uno de estos:</translation>
        </message>
        <message>
            <source>&lt;b&gt;Stable Diffusion 1.5&lt;/b&gt;: v1-5-pruned-emaonly.safetensors (4 GB, 512 x 512) from &lt;a href="https://huggingface.co/stable-diffusion-v1-5/stable-diffusion-v1-5"&gt;huggingface.co/stable-diffusion-v1-5&lt;/a&gt;, licence CreativeML OpenRAIL-M</source>
            <translation>&lt;b&gt;Stable Diffusion 1.5&lt;/b&gt;: v1-5-pruned-emaonly.safetensors (4 GB, 512 x 512) de &lt;a href="https://huggingface.co/stable-diffusion-v1-5/stable-diffusion-v1-5"&gt;huggingface.co/stable-diffusion-v1-5&lt;/a&gt;, licencia CreativeML OpenRAIL-M</translation>
        </message>
        <message>
            <source>&lt;b&gt;Stable Diffusion XL&lt;/b&gt;: sd_xl_base_1.0.safetensors (7 GB, 1024 x 1024) from &lt;a href="https://huggingface.co/stabilityai/stable-diffusion-xl-base-1.0"&gt;huggingface.co/stabilityai&lt;/a&gt;, licence CreativeML Open RAIL++-M</source>
            <translation>&lt;b&gt;Stable Diffusion XL&lt;/b&gt;: sd_xl_base_1.0.safetensors (7 GB, 1024 x 1024) de &lt;a href="https://huggingface.co/stabilityai/stable-diffusion-xl-base-1.0"&gt;huggingface.co/stabilityai&lt;/a&gt;, licencia CreativeML Open RAIL++-M</translation>
        </message>
        <message>
            <source>Put the file into this folder, then press Look Again:&lt;br&gt;&lt;code&gt;%1&lt;/code&gt;</source>
            <translation>Coloque el archivo en esta carpeta y pulse Volver a buscar:&lt;br&gt;&lt;code&gt;%1&lt;/code&gt;</translation>
        </message>
        <message>
            <source>(the model folder)</source>
            <translation>(la carpeta de modelos)</translation>
        </message>
        <message>
            <source>A single-file checkpoint carries no vocabulary: put the CLIP tokenizer files vocab.json and merges.txt (from openai/clip-vit-large-patch14) into a &lt;code&gt;tokenizer&lt;/code&gt; folder beside it.</source>
            <translation>Un checkpoint de un solo archivo no incluye vocabulario: coloque los archivos del tokenizador CLIP vocab.json y merges.txt (de openai/clip-vit-large-patch14) en una carpeta &lt;code&gt;tokenizer&lt;/code&gt; junto a él.</translation>
        </message>
        <message>
            <source>Upscaling, face restoration and everything else work without a checkpoint.</source>
            <translation>La ampliación, la restauración de rostros y todo lo demás funcionan sin checkpoint.</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::ModelManagerDialog</name>
        <message>
            <source>%1: cannot be read (%2)</source>
            <translation>%1: no se puede leer (%2)</translation>
        </message>
        <message>
            <source>%1: cannot be written (%2)</source>
            <translation>%1: no se puede escribir (%2)</translation>
        </message>
        <message>
            <source>%1: copy failed (%2)</source>
            <translation>%1: falló la copia (%2)</translation>
        </message>
        <message>
            <source>Models</source>
            <translation>Modelos</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modelo</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Formato</translation>
        </message>
        <message>
            <source>Architecture</source>
            <translation>Arquitectura</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>Escala</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Licencia</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>Models found</source>
            <translation>Modelos encontrados</translation>
        </message>
        <message>
            <source>Add &amp;File...</source>
            <translation>Añadir &amp;archivo...</translation>
        </message>
        <message>
            <source>Copy a model file into your model folder</source>
            <translation>Copiar un archivo de modelo en su carpeta de modelos</translation>
        </message>
        <message>
            <source>Add F&amp;older...</source>
            <translation>Añadir &amp;carpeta...</translation>
        </message>
        <message>
            <source>Search a folder for models from now on</source>
            <translation>Buscar modelos en una carpeta a partir de ahora</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Eliminar</translation>
        </message>
        <message>
            <source>Delete the model from your model folder, or stop searching the folder it is in</source>
            <translation>Eliminar el modelo de su carpeta de modelos, o dejar de buscar en la carpeta en la que está</translation>
        </message>
        <message>
            <source>Re&amp;scan</source>
            <translation>&amp;Volver a analizar</translation>
        </message>
        <message>
            <source>Known models</source>
            <translation>Modelos conocidos</translation>
        </message>
        <message>
            <source>Models with a published download address</source>
            <translation>Modelos con una dirección de descarga publicada</translation>
        </message>
        <message>
            <source>%1 (%2, %3)</source>
            <translation>%1 (%2, %3)</translation>
        </message>
        <message>
            <source>size unknown</source>
            <translation>tamaño desconocido</translation>
        </message>
        <message>
            <source>&amp;Download</source>
            <translation>&amp;Descargar</translation>
        </message>
        <message>
            <source>Download the model and check its SHA-256 before using it</source>
            <translation>Descargar el modelo y comprobar su SHA-256 antes de usarlo</translation>
        </message>
        <message>
            <source>&amp;Cancel Download</source>
            <translation>Cancelar la desc&amp;arga</translation>
        </message>
        <message>
            <source>Download progress</source>
            <translation>Progreso de la descarga</translation>
        </message>
        <message>
            <source>Download:</source>
            <translation>Descarga:</translation>
        </message>
        <message>
            <source>Your model folder: %1</source>
            <translation>Su carpeta de modelos: %1</translation>
        </message>
        <message>
            <source>Downloaded %1 of %2</source>
            <translation>Descargado %1 de %2</translation>
        </message>
        <message>
            <source>?</source>
            <translation>?</translation>
        </message>
        <message>
            <source>%1 downloaded; SHA-256 verified (%2)</source>
            <translation>%1 descargado; SHA-256 verificado (%2)</translation>
        </message>
        <message>
            <source>Download failed: %1</source>
            <translation>La descarga falló: %1</translation>
        </message>
        <message>
            <source>Looking for models...</source>
            <translation>Buscando modelos...</translation>
        </message>
        <message numerus="yes">
            <source>%n model(s) found</source>
            <translation>
                <numerusform>%n modelo encontrado</numerusform>
                <numerusform>%n modelos encontrados</numerusform>
            </translation>
        </message>
        <message>
            <source>cannot be used: %1</source>
            <translation>no se puede usar: %1</translation>
        </message>
        <message>
            <source>×%1</source>
            <translation>×%1</translation>
        </message>
        <message>
            <source>%1: cannot create the model folder</source>
            <translation>%1: no se puede crear la carpeta de modelos</translation>
        </message>
        <message>
            <source>%1 is already in your model folder</source>
            <translation>%1 ya está en su carpeta de modelos</translation>
        </message>
        <message>
            <source>no model chosen</source>
            <translation>no se eligió ningún modelo</translation>
        </message>
        <message>
            <source>%1: cannot be deleted</source>
            <translation>%1: no se puede eliminar</translation>
        </message>
        <message>
            <source>%1 is in no folder that can be removed</source>
            <translation>%1 no está en ninguna carpeta que se pueda quitar</translation>
        </message>
        <message>
            <source>Downloading %1 from %2</source>
            <translation>Descargando %1 de %2</translation>
        </message>
        <message>
            <source>Add Model File</source>
            <translation>Añadir archivo de modelo</translation>
        </message>
        <message>
            <source>Models (*.pth *.pt *.ckpt *.safetensors *.param);;All files (*)</source>
            <translation>Modelos (*.pth *.pt *.ckpt *.safetensors *.param);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Added %1</source>
            <translation>Se añadió %1</translation>
        </message>
        <message>
            <source>Add Model Folder</source>
            <translation>Añadir carpeta de modelos</translation>
        </message>
        <message>
            <source>Remove Model</source>
            <translation>Eliminar modelo</translation>
        </message>
        <message>
            <source>Remove %1?
%2</source>
            <translation>¿Eliminar %1?
%2</translation>
        </message>
        <message>
            <source>Unverified Download</source>
            <translation>Descarga no verificada</translation>
        </message>
        <message>
            <source>There is no published SHA-256 for %1, so the file cannot be verified. Download it anyway?</source>
            <translation>No hay ningún SHA-256 publicado para %1, así que el archivo no se puede verificar. ¿Descargarlo de todos modos?</translation>
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
        <name>hires::ui::ResultComparisonDialog</name>
        <message>
            <source>Compare: %1</source>
            <translation>Comparar: %1</translation>
        </message>
        <message>
            <source>Result vs first pass + LANCZOS</source>
            <translation>Resultado frente a primera pasada + LANCZOS</translation>
        </message>
        <message>
            <source>Result vs first pass + Real-ESRGAN</source>
            <translation>Resultado frente a primera pasada + Real-ESRGAN</translation>
        </message>
        <message>
            <source>First pass: LANCZOS vs Real-ESRGAN</source>
            <translation>Primera pasada: LANCZOS frente a Real-ESRGAN</translation>
        </message>
        <message>
            <source>Compare:</source>
            <translation>Comparar:</translation>
        </message>
        <message>
            <source>Result (hires fix)</source>
            <translation>Resultado (Hires fix)</translation>
        </message>
        <message>
            <source>First pass + LANCZOS</source>
            <translation>Primera pasada + LANCZOS</translation>
        </message>
        <message>
            <source>First pass + %1</source>
            <translation>Primera pasada + %1</translation>
        </message>
        <message>
            <source>No Real-ESRGAN model is installed (see the model manager).</source>
            <translation>No hay ningún modelo Real-ESRGAN instalado (consulte el gestor de modelos).</translation>
        </message>
        <message>
            <source>Upscaling the first pass with %1...</source>
            <translation>Ampliando la primera pasada con %1...</translation>
        </message>
        <message>
            <source>This result has no first pass to compare with.</source>
            <translation>Este resultado no tiene primera pasada con la que comparar.</translation>
        </message>
        <message>
            <source>Upscaling the first pass on %1...</source>
            <translation>Ampliando la primera pasada en %1...</translation>
        </message>
        <message>
            <source>The server sent no image.</source>
            <translation>El servidor no envió ninguna imagen.</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::ResultGallery</name>
        <message>
            <source>Seed %1</source>
            <translation>Semilla %1</translation>
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
        <name>hires::ui::SeedControl</name>
        <message>
            <source>Random</source>
            <translation>Aleatoria</translation>
        </message>
        <message>
            <source>Fixed</source>
            <translation>Fija</translation>
        </message>
        <message>
            <source>Reuse last</source>
            <translation>Reutilizar la última</translation>
        </message>
        <message>
            <source>How the seed of the next image is chosen</source>
            <translation>Cómo se elige la semilla de la siguiente imagen</translation>
        </message>
        <message>
            <source>The same seed with the same settings gives the same image</source>
            <translation>La misma semilla con los mismos ajustes da la misma imagen</translation>
        </message>
        <message>
            <source>new seed each time</source>
            <translation>nueva semilla cada vez</translation>
        </message>
        <message>
            <source>seed</source>
            <translation>semilla</translation>
        </message>
        <message>
            <source>no image yet: random</source>
            <translation>aún no hay imagen: aleatoria</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Configuración</translation>
        </message>
        <message>
            <source>&amp;Models</source>
            <translation>&amp;Modelos</translation>
        </message>
        <message>
            <source>&amp;Processing</source>
            <translation>&amp;Procesamiento</translation>
        </message>
        <message>
            <source>&amp;Output</source>
            <translation>&amp;Salida</translation>
        </message>
        <message>
            <source>&amp;Interface</source>
            <translation>&amp;Interfaz</translation>
        </message>
        <message>
            <source>Model folders</source>
            <translation>Carpetas de modelos</translation>
        </message>
        <message>
            <source>Folders searched for models besides your own model folder</source>
            <translation>Carpetas en las que se buscan modelos además de su propia carpeta de modelos</translation>
        </message>
        <message>
            <source>&amp;Add Folder...</source>
            <translation>&amp;Añadir carpeta...</translation>
        </message>
        <message>
            <source>&amp;Remove Folder</source>
            <translation>&amp;Quitar carpeta</translation>
        </message>
        <message>
            <source>Default upscaling model</source>
            <translation>Modelo de ampliación predeterminado</translation>
        </message>
        <message>
            <source>The model the Upscale page starts with</source>
            <translation>El modelo con el que empieza la página Ampliar</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Automático</translation>
        </message>
        <message>
            <source>LANCZOS (no model)</source>
            <translation>LANCZOS (sin modelo)</translation>
        </message>
        <message>
            <source>Your model folder: %1</source>
            <translation>Su carpeta de modelos: %1</translation>
        </message>
        <message>
            <source>Other model &amp;folders:</source>
            <translation>Otras &amp;carpetas de modelos:</translation>
        </message>
        <message>
            <source>&amp;Default model:</source>
            <translation>Modelo &amp;predeterminado:</translation>
        </message>
        <message>
            <source>Tile size</source>
            <translation>Tamaño de tesela</translation>
        </message>
        <message>
            <source>Tile side in pixels for neural upscaling; automatic fits the tiles to free memory</source>
            <translation>Lado de la tesela en píxeles para la ampliación neuronal; en automático, las teselas se ajustan a la memoria libre</translation>
        </message>
        <message>
            <source> px</source>
            <translation> px</translation>
        </message>
        <message>
            <source>CPU threads</source>
            <translation>Hilos de CPU</translation>
        </message>
        <message>
            <source>Threads a model may use on the CPU</source>
            <translation>Hilos que un modelo puede usar en la CPU</translation>
        </message>
        <message>
            <source>All cores (%1)</source>
            <translation>Todos los núcleos (%1)</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>Dispositivo</translation>
        </message>
        <message>
            <source>Where models run; without a CUDA device everything runs on the CPU</source>
            <translation>Dónde se ejecutan los modelos; sin un dispositivo CUDA, todo se ejecuta en la CPU</translation>
        </message>
        <message>
            <source>CPU</source>
            <translation>CPU</translation>
        </message>
        <message>
            <source>CUDA GPU</source>
            <translation>GPU CUDA</translation>
        </message>
        <message>
            <source>&amp;Tile size:</source>
            <translation>&amp;Tamaño de tesela:</translation>
        </message>
        <message>
            <source>CPU &amp;threads:</source>
            <translation>&amp;Hilos de CPU:</translation>
        </message>
        <message>
            <source>&amp;Device:</source>
            <translation>&amp;Dispositivo:</translation>
        </message>
        <message>
            <source>Results are named &lt;name&gt;_&lt;method&gt;_&lt;scale&gt;x.&lt;extension&gt;, e.g. photo_realesrgan-x4plus_2x.png; an existing file is never replaced (photo_realesrgan-x4plus_2x_2.png, _3, ...) and the original is never touched.</source>
            <translation>Los resultados se llaman &lt;name&gt;_&lt;method&gt;_&lt;scale&gt;x.&lt;extension&gt;, p. ej., photo_realesrgan-x4plus_2x.png; nunca se reemplaza un archivo existente (photo_realesrgan-x4plus_2x_2.png, _3, ...) y el original nunca se modifica.</translation>
        </message>
        <message>
            <source>Output folder</source>
            <translation>Carpeta de salida</translation>
        </message>
        <message>
            <source>Where upscaled images go; empty: next to each original</source>
            <translation>Dónde se guardan las imágenes ampliadas; vacío: junto a cada original</translation>
        </message>
        <message>
            <source>Next to the original</source>
            <translation>Junto al original</translation>
        </message>
        <message>
            <source>&amp;Browse...</source>
            <translation>&amp;Examinar...</translation>
        </message>
        <message>
            <source>Output Folder</source>
            <translation>Carpeta de salida</translation>
        </message>
        <message>
            <source>Output format</source>
            <translation>Formato de salida</translation>
        </message>
        <message>
            <source>File format of results</source>
            <translation>Formato de archivo de los resultados</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>Calidad</translation>
        </message>
        <message>
            <source>JPEG and WebP quality, 1 (smallest) to 100 (best)</source>
            <translation>Calidad de JPEG y WebP, de 1 (menor tamaño) a 100 (mejor)</translation>
        </message>
        <message>
            <source>Output &amp;folder:</source>
            <translation>&amp;Carpeta de salida:</translation>
        </message>
        <message>
            <source>F&amp;ormat:</source>
            <translation>F&amp;ormato:</translation>
        </message>
        <message>
            <source>&amp;Quality:</source>
            <translation>C&amp;alidad:</translation>
        </message>
        <message>
            <source>Names:</source>
            <translation>Nombres:</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>The language of the interface; used from the next start</source>
            <translation>El idioma de la interfaz; se usa a partir del próximo inicio</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>Idioma del sistema</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <source>A new language is used from the next start.</source>
            <translation>El nuevo idioma se usa a partir del próximo inicio.</translation>
        </message>
        <message>
            <source>Add Model Folder</source>
            <translation>Añadir carpeta de modelos</translation>
        </message>
        <message>
            <source>Remote server</source>
            <translation>Servidor remoto</translation>
        </message>
        <message>
            <source>A hires-studio serve address such as http://gpu-host:7860; empty: work runs on this computer</source>
            <translation>Una dirección de hires-studio serve como http://gpu-host:7860; vacía: el trabajo se ejecuta en este equipo</translation>
        </message>
        <message>
            <source>This computer</source>
            <translation>Este equipo</translation>
        </message>
        <message>
            <source>Server token</source>
            <translation>Token del servidor</translation>
        </message>
        <message>
            <source>The --token the server was started with</source>
            <translation>El --token con el que se inició el servidor</translation>
        </message>
        <message>
            <source>Remote &amp;server:</source>
            <translation>&amp;Servidor remoto:</translation>
        </message>
        <message>
            <source>Server to&amp;ken:</source>
            <translation>To&amp;ken del servidor:</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::UpscaleFaceOptions</name>
        <message>
            <source>Rest&amp;ore faces</source>
            <translation>Rest&amp;aurar rostros</translation>
        </message>
        <message>
            <source>After upscaling, find the faces and restore them with GFPGAN</source>
            <translation>Tras escalar, buscar los rostros y restaurarlos con GFPGAN</translation>
        </message>
        <message>
            <source>Restore faces</source>
            <translation>Restaurar rostros</translation>
        </message>
        <message>
            <source>How much of the restored faces replaces the upscaled ones: 0.00 keeps the original faces, 1.00 uses the restored faces fully</source>
            <translation>Cuánto de los rostros restaurados sustituye a los escalados: 0,00 conserva los rostros originales, 1,00 usa por completo los restaurados</translation>
        </message>
        <message>
            <source>Face restoration weight</source>
            <translation>Peso de la restauración de rostros</translation>
        </message>
        <message>
            <source>&amp;Weight:</source>
            <translation>&amp;Peso:</translation>
        </message>
        <message>
            <source>The GFPGAN model that restores the faces</source>
            <translation>El modelo GFPGAN que restaura los rostros</translation>
        </message>
        <message>
            <source>Face restoration model</source>
            <translation>Modelo de restauración de rostros</translation>
        </message>
        <message>
            <source>Face mo&amp;del:</source>
            <translation>&amp;Modelo de rostros:</translation>
        </message>
        <message>
            <source>Face restoration model status</source>
            <translation>Estado del modelo de restauración de rostros</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>No GFPGAN face model found: add %1 to %2 or download it in Tools &gt; Models. Until then faces are not restored and each result says so.</source>
            <translation>No se encontró ningún modelo de rostros GFPGAN: añada %1 a %2 o descárguelo en Herramientas &gt; Modelos. Mientras tanto, los rostros no se restauran y cada resultado lo indica.</translation>
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
        <message>
            <source>Faces:</source>
            <translation>Rostros:</translation>
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
        <message>
            <source>this computer</source>
            <translation>este equipo</translation>
        </message>
        <message>
            <source>Working on %1</source>
            <translation>Ejecutándose en %1</translation>
        </message>
        <message>
            <source>Where upscaling and generation run; set a remote server in Settings</source>
            <translation>Dónde se ejecutan la ampliación y la generación; configure un servidor remoto en Configuración</translation>
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
        <message>
            <source>faces restored: %1</source>
            <translation>rostros restaurados: %1</translation>
        </message>
        <message>
            <source>face restoration skipped: %1</source>
            <translation>restauración de rostros omitida: %1</translation>
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
            <translation>Deslizador de comparación</translation>
        </message>
        <message>
            <source>Drag to move the divider between the left and the right image (Left/Right arrow keys when focused)</source>
            <translation>Arrastre para mover el divisor entre la imagen izquierda y la derecha (flechas Izquierda/Derecha cuando tiene el foco)</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::WipeView</name>
        <message>
            <source>Slider comparison, left image</source>
            <translation>Comparación con deslizador, imagen izquierda</translation>
        </message>
        <message>
            <source>Slider comparison, right image</source>
            <translation>Comparación con deslizador, imagen derecha</translation>
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
            <source>unknown alpha mode '%1' (use model or lanczos)</source>
            <translation>modo alfa «%1» desconocido (use model o lanczos)</translation>
        </message>
        <message>
            <source>unknown precision '%1' (use auto, fp32, fp16 or bf16)</source>
            <translation>precisión «%1» desconocida (use auto, fp32, fp16 o bf16)</translation>
        </message>
    </context>
</TS>
