<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>ImageDocument</name>
        <message>
            <source>%1: this pixel layout cannot be displayed</source>
            <translation>%1 : cette disposition de pixels ne peut pas être affichée</translation>
        </message>
        <message>
            <source>%1-bit</source>
            <translation>%1 bits</translation>
        </message>
        <message>
            <source>Gray (1 channel)</source>
            <translation>Niveaux de gris (1 canal)</translation>
        </message>
        <message>
            <source>RGB (3 channels)</source>
            <translation>RVB (3 canaux)</translation>
        </message>
        <message>
            <source>RGBA (4 channels)</source>
            <translation>RVBA (4 canaux)</translation>
        </message>
        <message numerus="yes">
            <source>%n channel(s)</source>
            <translation>
                <numerusform>%n canal</numerusform>
                <numerusform>%n canaux</numerusform>
            </translation>
        </message>
        <message>
            <source>Gray %1</source>
            <translation>Gris %1</translation>
        </message>
        <message>
            <source>R %1  G %2  B %3</source>
            <translation>R %1  V %2  B %3</translation>
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
            <translation>Impossible d’enregistrer « %1 » : « .%2 » n’est pas un format qu’écrit Hires Studio. Utilisez PNG, JPEG, WebP ou TIFF.</translation>
        </message>
        <message>
            <source>Save Image As</source>
            <translation>Enregistrer l’image sous</translation>
        </message>
        <message>
            <source>Replace File?</source>
            <translation>Remplacer le fichier ?</translation>
        </message>
        <message>
            <source>“%1” already exists. Replace it?</source>
            <translation>« %1 » existe déjà. Le remplacer ?</translation>
        </message>
        <message>
            <source>Replace the Original?</source>
            <translation>Remplacer l’original ?</translation>
        </message>
        <message>
            <source>“%1” is the image you are viewing. Saving under this name replaces the original file.</source>
            <translation>« %1 » est l’image affichée. L’enregistrer sous ce nom remplace le fichier d’origine.</translation>
        </message>
        <message>
            <source>Save as &amp;Copy</source>
            <translation>Enregistrer une &amp;copie</translation>
        </message>
        <message>
            <source>&amp;Replace Original</source>
            <translation>&amp;Remplacer l’original</translation>
        </message>
        <message>
            <source>Saving was cancelled.</source>
            <translation>L’enregistrement a été annulé.</translation>
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
            <translation>Stable Diffusion 2.x (prédiction v)</translation>
        </message>
        <message>
            <source>Stable Diffusion 2.x</source>
            <translation>Stable Diffusion 2.x</translation>
        </message>
        <message>
            <source>SDXL base</source>
            <translation>SDXL de base</translation>
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
            <translation>Usage : %1 [FICHIER...]         ouvre la fenêtre (avec les FICHIERs)
        %1 COMMANDE [OPTIONS]   exécute une commande sans fenêtre
        %1 COMMANDE --help      options d’une commande

Commandes :
</translation>
        </message>
        <message>
            <source>
Options:
  -h, --help     show this help
  -v, --version  show the version and the runtime (libtorch, OpenCV, device)</source>
            <translation>
Options :
  -h, --help     affiche cette aide
  -v, --version  affiche la version et l’environnement d’exécution (libtorch, OpenCV, périphérique)</translation>
        </message>
        <message>
            <source>Unknown command '%1'. Try '%2 --help'.</source>
            <translation>Commande « %1 » inconnue. Essayez « %2 --help ».</translation>
        </message>
    </context>
    <context>
        <name>hires</name>
        <message>
            <source>%1: cannot read (%2)</source>
            <translation>%1 : lecture impossible (%2)</translation>
        </message>
        <message>
            <source>%1: cannot write (%2)</source>
            <translation>%1 : écriture impossible (%2)</translation>
        </message>
        <message>
            <source>%1: copying failed (%2)</source>
            <translation>%1 : échec de la copie (%2)</translation>
        </message>
        <message>
            <source>layer %1 (%2): %3</source>
            <translation>couche %1 (%2) : %3</translation>
        </message>
        <message>
            <source>activation type %1 needs %2 activation params</source>
            <translation>le type d’activation %1 exige %2 paramètres d’activation</translation>
        </message>
        <message>
            <source>fused activation type %1 is unknown</source>
            <translation>le type d’activation fusionnée %1 est inconnu</translation>
        </message>
        <message>
            <source>a fixed output size (params 20/21) is not supported</source>
            <translation>une taille de sortie fixe (paramètres 20/21) n’est pas prise en charge</translation>
        </message>
        <message>
            <source>dynamic weights are not supported</source>
            <translation>les poids dynamiques ne sont pas pris en charge</translation>
        </message>
        <message>
            <source>negative padding</source>
            <translation>marge négative</translation>
        </message>
        <message>
            <source>padding %1/%2/%3/%4 is not supported</source>
            <translation>la marge %1/%2/%3/%4 n’est pas prise en charge</translation>
        </message>
        <message>
            <source>num_output, kernel, stride, dilation and group must be positive</source>
            <translation>num_output, kernel, stride, dilation et group doivent être positifs</translation>
        </message>
        <message>
            <source>the layer has no weights</source>
            <translation>la couche n’a pas de poids</translation>
        </message>
        <message>
            <source>int8-quantised weights are not supported</source>
            <translation>les poids quantifiés en int8 ne sont pas pris en charge</translation>
        </message>
        <message>
            <source>bias_term without bias</source>
            <translation>bias_term sans biais</translation>
        </message>
        <message>
            <source>weight_data_size %1 does not fit num_output %2, kernel %3x%4 and group %5</source>
            <translation>weight_data_size %1 ne correspond pas à num_output %2, au noyau %3x%4 et à group %5</translation>
        </message>
        <message>
            <source>the input channels do not divide into %1 groups</source>
            <translation>les canaux d’entrée ne se divisent pas en %1 groupes</translation>
        </message>
        <message>
            <source>resize type %1 is not supported (1 nearest, 2 bilinear, 3 bicubic)</source>
            <translation>le type de redimensionnement %1 n’est pas pris en charge (1 plus proche voisin, 2 bilinéaire, 3 bicubique)</translation>
        </message>
        <message>
            <source>a dynamic target size is not supported</source>
            <translation>une taille cible dynamique n’est pas prise en charge</translation>
        </message>
        <message>
            <source>the scales and sizes must be positive</source>
            <translation>les échelles et les tailles doivent être positives</translation>
        </message>
        <message>
            <source>starts, ends and axes must have the same length</source>
            <translation>starts, ends et axes doivent avoir la même longueur</translation>
        </message>
        <message>
            <source>a crop region read from a blob is not supported</source>
            <translation>une zone de recadrage lue dans un blob n’est pas prise en charge</translation>
        </message>
        <message>
            <source>channel-only and height-only crop forms are not supported</source>
            <translation>les recadrages par canal seul ou par hauteur seule ne sont pas pris en charge</translation>
        </message>
        <message>
            <source>num_slope must be positive</source>
            <translation>num_slope doit être positif</translation>
        </message>
        <message>
            <source>axis %1 does not exist on an image blob</source>
            <translation>l’axe %1 n’existe pas dans un blob d’image</translation>
        </message>
        <message>
            <source>operation %1 is unknown</source>
            <translation>l’opération %1 est inconnue</translation>
        </message>
        <message>
            <source>upscale factor %1 / mode %2 is not supported</source>
            <translation>le facteur d’agrandissement %1 / mode %2 n’est pas pris en charge</translation>
        </message>
        <message>
            <source>layer %1 has type %2, which the ncnn executor does not run (it runs %3)</source>
            <translation>la couche %1 est de type %2, que l’exécuteur ncnn n’exécute pas (il exécute %3)</translation>
        </message>
        <message>
            <source>layer %1 lacks its weights</source>
            <translation>il manque ses poids à la couche %1</translation>
        </message>
        <message>
            <source>layer %1: %2</source>
            <translation>couche %1 : %2</translation>
        </message>
        <message>
            <source>the ncnn weights are not those of an RRDBNet or SRVGGNetCompact: %1</source>
            <translation>les poids ncnn ne sont pas ceux d’un RRDBNet ou d’un SRVGGNetCompact : %1</translation>
        </message>
        <message>
            <source>tensor %1 is neither a convolution nor a PReLU weight</source>
            <translation>le tenseur %1 n’est ni un poids de convolution ni un poids PReLU</translation>
        </message>
        <message>
            <source>%1 convolutions</source>
            <translation>%1 convolutions</translation>
        </message>
        <message>
            <source>%1 layers</source>
            <translation>%1 couches</translation>
        </message>
        <message>
            <source>layer %1 breaks the conv/PReLU alternation</source>
            <translation>la couche %1 rompt l’alternance convolution/PReLU</translation>
        </message>
        <message>
            <source>%1: no such model file</source>
            <translation>%1 : ce fichier de modèle n’existe pas</translation>
        </message>
        <message>
            <source>%1: not enough memory to load the model</source>
            <translation>%1 : pas assez de mémoire pour charger le modèle</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>annulé</translation>
        </message>
        <message>
            <source>group must be at least 1</source>
            <translation>group doit valoir au moins 1</translation>
        </message>
        <message>
            <source>weight_data_size %1 is not a multiple of num_output x kernel_h x kernel_w (%2)</source>
            <translation>weight_data_size %1 n’est pas un multiple de num_output x kernel_h x kernel_w (%2)</translation>
        </message>
        <message>
            <source>weight_data_size %1 is not a multiple of num_output %2</source>
            <translation>weight_data_size %1 n’est pas un multiple de num_output %2</translation>
        </message>
        <message>
            <source>scale_data_size is negative</source>
            <translation>scale_data_size est négatif</translation>
        </message>
        <message>
            <source>ncnn .bin</source>
            <translation>.bin ncnn</translation>
        </message>
        <message>
            <source>PyTorch checkpoint</source>
            <translation>checkpoint PyTorch</translation>
        </message>
        <message>
            <source>PyTorch legacy checkpoint</source>
            <translation>checkpoint PyTorch (ancien format)</translation>
        </message>
        <message>
            <source>storage %1 declares %2 elements of %3 bytes but %4 holds only %5 bytes</source>
            <translation>le stockage %1 déclare %2 éléments de %3 octets mais %4 n’en contient que %5 octets</translation>
        </message>
        <message>
            <source>inflates to more than its declared %1 bytes</source>
            <translation>se décompresse en plus que les %1 octets déclarés</translation>
        </message>
        <message>
            <source>damaged deflate data (%1)</source>
            <translation>données deflate endommagées (%1)</translation>
        </message>
        <message>
            <source>the deflate data ends early</source>
            <translation>les données deflate se terminent trop tôt</translation>
        </message>
        <message>
            <source>inflates to %1 bytes, not its declared %2</source>
            <translation>se décompresse en %1 octets, et non les %2 déclarés</translation>
        </message>
        <message>
            <source>%1: GFPGAN v1 in its original layout is not supported; use GFPGANv1.4.pth</source>
            <translation>%1 : GFPGAN v1 dans sa disposition d’origine n’est pas pris en charge ; utilisez GFPGANv1.4.pth</translation>
        </message>
        <message>
            <source>%1: ONNX models other than YuNet's face detector are not used</source>
            <translation>%1 : les modèles ONNX autres que le détecteur de visages YuNet ne sont pas utilisés</translation>
        </message>
        <message>
            <source>%1: not an ONNX model file</source>
            <translation>%1 : pas un fichier de modèle ONNX</translation>
        </message>
        <message>
            <source>the server sent no %1</source>
            <translation>la réponse du serveur ne contient pas %1</translation>
        </message>
    </context>
    <context>
        <name>hires::Assembler</name>
        <message>
            <source>the file holds a pickled object (%1), not a state dict</source>
            <translation>le fichier contient un objet picklé (%1), pas un state dict</translation>
        </message>
        <message>
            <source>the file holds %1, not a state dict</source>
            <translation>le fichier contient %1, pas un state dict</translation>
        </message>
        <message>
            <source>the file holds no tensors</source>
            <translation>le fichier ne contient aucun tenseur</translation>
        </message>
        <message>
            <source>tensor %1 %2</source>
            <translation>tenseur %1 %2</translation>
        </message>
    </context>
    <context>
        <name>hires::Compare</name>
        <message>
            <source>The job did not return a comparison.</source>
            <translation>La tâche n’a pas renvoyé de comparaison.</translation>
        </message>
        <message>
            <source>A difference needs two 8- or 16-bit images with 1, 3 or 4 channels.</source>
            <translation>Une différence nécessite deux images 8 ou 16 bits avec 1, 3 ou 4 canaux.</translation>
        </message>
        <message>
            <source>A difference needs images of the same size (%1x%2 and %3x%4).</source>
            <translation>Une différence nécessite des images de même taille (%1x%2 et %3x%4).</translation>
        </message>
        <message>
            <source>The difference gain must be positive (got %1).</source>
            <translation>Le gain de différence doit être positif (reçu : %1).</translation>
        </message>
        <message>
            <source>%1 vs %2</source>
            <translation>%1 contre %2</translation>
        </message>
        <message>
            <source>The comparison was cancelled.</source>
            <translation>La comparaison a été annulée.</translation>
        </message>
        <message>
            <source>Both images must be 8- or 16-bit with 1, 3 or 4 channels to be compared.</source>
            <translation>Les deux images doivent être en 8 ou 16 bits avec 1, 3 ou 4 canaux pour être comparées.</translation>
        </message>
        <message>
            <source>PSNR needs two 8- or 16-bit images with 1, 3 or 4 channels.</source>
            <translation>Le PSNR nécessite deux images 8 ou 16 bits avec 1, 3 ou 4 canaux.</translation>
        </message>
        <message>
            <source>PSNR needs images of the same size (%1x%2 and %3x%4).</source>
            <translation>Le PSNR nécessite des images de même taille (%1x%2 et %3x%4).</translation>
        </message>
        <message>
            <source>Fidelity needs a result and the input it was made from.</source>
            <translation>La fidélité nécessite un résultat et l’image d’entrée dont il est issu.</translation>
        </message>
        <message>
            <source>image</source>
            <translation>image</translation>
        </message>
        <message>
            <source>LANCZOS vs %1: %2</source>
            <translation>LANCZOS contre %1 : %2</translation>
        </message>
        <message>
            <source>Nothing to compare: no input image was given.</source>
            <translation>Rien à comparer : aucune image d’entrée n’a été fournie.</translation>
        </message>
        <message>
            <source>LANCZOS</source>
            <translation>LANCZOS</translation>
        </message>
        <message>
            <source>The restored faces do not fit the right image.</source>
            <translation>Les visages restaurés ne correspondent pas à l’image de droite.</translation>
        </message>
    </context>
    <context>
        <name>hires::DefaultModels</name>
        <message>
            <source>%1: the default model file is missing</source>
            <translation>%1 : le fichier du modèle par défaut est absent</translation>
        </message>
        <message>
            <source>%1: cannot create the folder</source>
            <translation>%1 : impossible de créer le dossier</translation>
        </message>
    </context>
    <context>
        <name>hires::Diffusion</name>
        <message>
            <source>%1: the vocabulary lacks the byte symbol '%2'</source>
            <translation>%1 : il manque le symbole d’octet « %2 » au vocabulaire</translation>
        </message>
        <message>
            <source>%1: the vocabulary lacks &lt;|startoftext|&gt; or &lt;|endoftext|&gt;</source>
            <translation>%1 : il manque &lt;|startoftext|&gt; ou &lt;|endoftext|&gt; au vocabulaire</translation>
        </message>
        <message>
            <source>%1: the merge '%2 %3' makes a token that is not in the vocabulary</source>
            <translation>%1 : la fusion « %2 %3 » produit un jeton absent du vocabulaire</translation>
        </message>
        <message>
            <source>%1: the file does not exist</source>
            <translation>%1 : le fichier n’existe pas</translation>
        </message>
        <message>
            <source>%1: cannot open the file: %2</source>
            <translation>%1 : impossible d’ouvrir le fichier : %2</translation>
        </message>
        <message>
            <source>%1: %2 bytes is too large for a tokenizer file</source>
            <translation>%1 : %2 octets, c’est trop pour un fichier de tokenizer</translation>
        </message>
        <message>
            <source>%1: reading failed: %2</source>
            <translation>%1 : échec de la lecture : %2</translation>
        </message>
        <message>
            <source>%1: zlib could not start</source>
            <translation>%1 : zlib n’a pas pu démarrer</translation>
        </message>
        <message>
            <source>%1: the gzip data is damaged or truncated</source>
            <translation>%1 : les données gzip sont endommagées ou tronquées</translation>
        </message>
        <message>
            <source>%1: decompresses to more than %2 bytes</source>
            <translation>%1 : se décompresse en plus de %2 octets</translation>
        </message>
        <message>
            <source>%1: the text is not valid UTF-8</source>
            <translation>%1 : le texte n’est pas de l’UTF-8 valide</translation>
        </message>
        <message>
            <source>%1/vocab.json: not a JSON object (%2)</source>
            <translation>%1/vocab.json : pas un objet JSON (%2)</translation>
        </message>
        <message>
            <source>%1/vocab.json: the id of '%2' is not a token id</source>
            <translation>%1/vocab.json : l’identifiant de « %2 » n’est pas un identifiant de jeton</translation>
        </message>
        <message>
            <source>%1/vocab.json: the byte symbol '%2' is missing</source>
            <translation>%1/vocab.json : le symbole d’octet « %2 » est absent</translation>
        </message>
        <message>
            <source>%1/vocab.json: '%2' is missing</source>
            <translation>%1/vocab.json : « %2 » est absent</translation>
        </message>
        <message>
            <source>%1: no tokenizer here (expected vocab.json and merges.txt, or bpe_simple_vocab_16e6.txt.gz)</source>
            <translation>%1 : pas de tokenizer ici (attendu : vocab.json et merges.txt, ou bpe_simple_vocab_16e6.txt.gz)</translation>
        </message>
        <message>
            <source>alphas_cumprod must have between 2 and 100000 entries</source>
            <translation>alphas_cumprod doit avoir entre 2 et 100000 entrées</translation>
        </message>
        <message>
            <source>alphas_cumprod must lie strictly between 0 and 1</source>
            <translation>alphas_cumprod doit être strictement compris entre 0 et 1</translation>
        </message>
        <message>
            <source>alphas_cumprod must decrease strictly</source>
            <translation>alphas_cumprod doit décroître strictement</translation>
        </message>
        <message>
            <source>The prompt weight '%1' is not a number</source>
            <translation>Le poids de prompt « %1 » n’est pas un nombre</translation>
        </message>
        <message>
            <source>Sampling step %1 failed: %2</source>
            <translation>L’étape d’échantillonnage %1 a échoué : %2</translation>
        </message>
        <message>
            <source>A sampler needs at least two sigmas</source>
            <translation>Un échantillonneur a besoin d’au moins deux sigmas</translation>
        </message>
        <message>
            <source>Latents are sampled in float32 or float64; half precision belongs inside the network</source>
            <translation>Les latents sont échantillonnés en float32 ou float64 ; la demi-précision appartient au réseau</translation>
        </message>
        <message>
            <source>%1 needs a noise source</source>
            <translation>%1 a besoin d’une source de bruit</translation>
        </message>
        <message>
            <source>Sampling was cancelled after %1 of %2 steps</source>
            <translation>Échantillonnage annulé après %1 étapes sur %2</translation>
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
            <translation>Le nombre d’étapes doit être compris entre 1 et 10000</translation>
        </message>
        <message>
            <source>The denoising strength must be between 0 and 1</source>
            <translation>L’intensité de débruitage doit être comprise entre 0 et 1</translation>
        </message>
        <message>
            <source>Hires fix needs a denoising strength above 0</source>
            <translation>Le hires fix exige une intensité de débruitage supérieure à 0</translation>
        </message>
        <message>
            <source>The denoising strength is too small for this many steps</source>
            <translation>L’intensité de débruitage est trop faible pour autant d’étapes</translation>
        </message>
        <message>
            <source>%1: the diffusers folder has no %2 weights</source>
            <translation>%1 : le dossier diffusers ne contient pas de poids %2</translation>
        </message>
        <message>
            <source>%1: no such checkpoint file or folder</source>
            <translation>%1 : ce fichier ou dossier de checkpoint n’existe pas</translation>
        </message>
        <message>
            <source>%1: a folder, but not a diffusers pipeline (it needs unet/ and vae/ subfolders)</source>
            <translation>%1 : un dossier, mais pas un pipeline diffusers (il lui faut les sous-dossiers unet/ et vae/)</translation>
        </message>
        <message>
            <source>no face found</source>
            <translation>aucun visage trouvé</translation>
        </message>
        <message>
            <source>the restorer returned an image of another size</source>
            <translation>le restaurateur a renvoyé une image d’une autre taille</translation>
        </message>
        <message>
            <source>no GFPGAN model found (GFPGANv1.4.pth); add one to a model folder</source>
            <translation>aucun modèle GFPGAN trouvé (GFPGANv1.4.pth) ; ajoutez-en un à un dossier de modèles</translation>
        </message>
        <message>
            <source>the face model did not run</source>
            <translation>le modèle de visages ne s’est pas exécuté</translation>
        </message>
        <message>
            <source>Not enough memory for this generation; try a smaller size or turn hires fix off</source>
            <translation>Pas assez de mémoire pour cette génération ; essayez une taille plus petite ou désactivez le hires fix</translation>
        </message>
        <message>
            <source>The generation failed: %1</source>
            <translation>La génération a échoué : %1</translation>
        </message>
        <message>
            <source>The parameters text has no settings line ("Steps: ..., Sampler: ..., Seed: ...")</source>
            <translation>Le texte des paramètres n’a pas de ligne de réglages (« Steps: ..., Sampler: ..., Seed: ... »)</translation>
        </message>
        <message>
            <source>%1 must be a multiple of 8 between %2 and %3, got %4</source>
            <translation>%1 doit être un multiple de 8 entre %2 et %3, reçu : %4</translation>
        </message>
        <message>
            <source>%1 must be between %2 and %3, got %4</source>
            <translation>%1 doit être compris entre %2 et %3, reçu : %4</translation>
        </message>
        <message>
            <source>%1 has the wrong type or value: %2</source>
            <translation>%1 a un type ou une valeur incorrects : %2</translation>
        </message>
        <message>
            <source>seed must be -1 (random) or between 0 and %1, got %2</source>
            <translation>seed doit valoir -1 (aléatoire) ou être compris entre 0 et %1, reçu : %2</translation>
        </message>
        <message>
            <source>num_inference_steps must be between 1 and %1, got %2</source>
            <translation>num_inference_steps doit être compris entre 1 et %1, reçu : %2</translation>
        </message>
        <message>
            <source>clip_skip must be between 1 and 12, got %1</source>
            <translation>clip_skip doit être compris entre 1 et 12, reçu : %1</translation>
        </message>
        <message>
            <source>hires_steps must be between 0 and %1, got %2</source>
            <translation>hires_steps doit être compris entre 0 et %1, reçu : %2</translation>
        </message>
        <message>
            <source>hires_scale %1 makes the image larger than %2 pixels</source>
            <translation>hires_scale %1 rend l’image plus grande que %2 pixels</translation>
        </message>
        <message>
            <source>sampler "%1" is unknown; use euler_a, euler, dpmpp_2m, dpmpp_2m_karras or ddim</source>
            <translation>l’échantillonneur « %1 » est inconnu ; utilisez euler_a, euler, dpmpp_2m, dpmpp_2m_karras ou ddim</translation>
        </message>
        <message>
            <source>hires_upscaler "%1" is unknown; use realesrgan, lanczos or latent</source>
            <translation>hires_upscaler « %1 » est inconnu ; utilisez realesrgan, lanczos ou latent</translation>
        </message>
        <message>
            <source>The generation was cancelled</source>
            <translation>La génération a été annulée</translation>
        </message>
        <message>
            <source>No model given: choose a Stable Diffusion checkpoint (.safetensors / .ckpt) or diffusers folder</source>
            <translation>Aucun modèle indiqué : choisissez un checkpoint Stable Diffusion (.safetensors / .ckpt) ou un dossier diffusers</translation>
        </message>
        <message>
            <source>No checkpoint "%1": not a file or folder, and not in the model folders (%2)</source>
            <translation>Pas de checkpoint « %1 » : ni un fichier ni un dossier, et absent des dossiers de modèles (%2)</translation>
        </message>
        <message>
            <source>Re-running the second pass needs hires_fix on</source>
            <translation>Relancer la seconde passe nécessite hires_fix activé</translation>
        </message>
        <message>
            <source>Re-running the second pass needs the first run's seed</source>
            <translation>Relancer la seconde passe nécessite la graine de la première exécution</translation>
        </message>
        <message>
            <source>loading model</source>
            <translation>chargement du modèle</translation>
        </message>
        <message>
            <source>width and height must be multiples of %1 for this model, got %2x%3</source>
            <translation>la largeur et la hauteur doivent être des multiples de %1 pour ce modèle, reçu : %2x%3</translation>
        </message>
        <message>
            <source>upscaling</source>
            <translation>agrandissement</translation>
        </message>
        <message>
            <source>latent upscale requested</source>
            <translation>agrandissement latent demandé</translation>
        </message>
        <message>
            <source>encoding image</source>
            <translation>encodage de l’image</translation>
        </message>
        <message>
            <source>face restoration</source>
            <translation>restauration des visages</translation>
        </message>
        <message>
            <source>encoding prompt</source>
            <translation>encodage du prompt</translation>
        </message>
        <message>
            <source>first pass</source>
            <translation>première passe</translation>
        </message>
        <message>
            <source>decoding</source>
            <translation>décodage</translation>
        </message>
        <message>
            <source>second pass</source>
            <translation>seconde passe</translation>
        </message>
        <message>
            <source>saving</source>
            <translation>enregistrement</translation>
        </message>
        <message>
            <source>done</source>
            <translation>terminé</translation>
        </message>
        <message>
            <source>Real-ESRGAN requested</source>
            <translation>Real-ESRGAN demandé</translation>
        </message>
        <message>
            <source>no Real-ESRGAN model found (realesrgan-x4fast or -x4plus); install the default models</source>
            <translation>aucun modèle Real-ESRGAN trouvé (realesrgan-x4fast ou -x4plus) ; installez les modèles par défaut</translation>
        </message>
        <message>
            <source>LANCZOS requested</source>
            <translation>LANCZOS demandé</translation>
        </message>
        <message>
            <source>The tokenizer at %1 has %2 tokens but the text encoder of %3 knows only %4: it belongs to another model</source>
            <translation>Le tokenizer de %1 a %2 tokens, mais l’encodeur de texte de %3 n’en connaît que %4 : il appartient à un autre modèle</translation>
        </message>
        <message>
            <source>given</source>
            <translation>indiqué</translation>
        </message>
        <message>
            <source>the model's own</source>
            <translation>celui du modèle</translation>
        </message>
        <message>
            <source>next to the checkpoint</source>
            <translation>à côté du checkpoint</translation>
        </message>
        <message>
            <source>model folder</source>
            <translation>dossier de modèles</translation>
        </message>
        <message>
            <source>tokenizer from %1 (%2)</source>
            <translation>tokenizer de %1 (%2)</translation>
        </message>
        <message>
            <source>%1 holds no CLIP tokenizer: it needs vocab.json and merges.txt, or bpe_simple_vocab_16e6.txt.gz</source>
            <translation>%1 ne contient aucun tokenizer CLIP : il faut vocab.json et merges.txt, ou bpe_simple_vocab_16e6.txt.gz</translation>
        </message>
        <message>
            <source>No CLIP tokenizer found for %1. Get vocab.json and merges.txt from the tokenizer folder of openai/clip-vit-large-patch14 (or bpe_simple_vocab_16e6.txt.gz from openai/CLIP) and put them in a folder named "tokenizer" next to the checkpoint or in a model folder, or pass --tokenizer DIR. Looked in: %2</source>
            <translation>Aucun tokenizer CLIP trouvé pour %1. Récupérez vocab.json et merges.txt dans le dossier tokenizer d’openai/clip-vit-large-patch14 (ou bpe_simple_vocab_16e6.txt.gz d’openai/CLIP) et placez-les dans un dossier nommé « tokenizer » à côté du checkpoint ou dans un dossier de modèles, ou passez --tokenizer DIR. Emplacements examinés : %2</translation>
        </message>
    </context>
    <context>
        <name>hires::Face</name>
        <message>
            <source>face landmarks are not finite</source>
            <translation>les points de repère du visage ne sont pas finis</translation>
        </message>
        <message>
            <source>face landmarks are degenerate (all in one point)</source>
            <translation>les points de repère du visage sont dégénérés (tous en un seul point)</translation>
        </message>
        <message>
            <source>not enough memory for a face crop</source>
            <translation>pas assez de mémoire pour recadrer un visage</translation>
        </message>
        <message>
            <source>not enough memory for face detection</source>
            <translation>pas assez de mémoire pour la détection des visages</translation>
        </message>
        <message>
            <source>unknown face detector '%1' (use auto, yunet or haar)</source>
            <translation>détecteur de visages « %1 » inconnu (utilisez auto, yunet ou haar)</translation>
        </message>
        <message>
            <source>no face_detection_yunet*.onnx in the model folders (%1)</source>
            <translation>aucun face_detection_yunet*.onnx dans les dossiers de modèles (%1)</translation>
        </message>
        <message>
            <source>no YuNet model file in the model folders</source>
            <translation>aucun fichier de modèle YuNet dans les dossiers de modèles</translation>
        </message>
        <message>
            <source>a restored face must be a square CV_32FC3 image</source>
            <translation>un visage restauré doit être une image CV_32FC3 carrée</translation>
        </message>
        <message>
            <source>not enough memory to paste a face back</source>
            <translation>pas assez de mémoire pour recoller un visage</translation>
        </message>
        <message>
            <source>the face restoration weight must be between 0 and 1 (got %1)</source>
            <translation>le poids de restauration des visages doit être compris entre 0 et 1 (reçu : %1)</translation>
        </message>
        <message>
            <source>a face comparison needs detected faces, not an aligned face as input</source>
            <translation>une comparaison de visages nécessite des visages détectés, pas un visage aligné en entrée</translation>
        </message>
        <message>
            <source>a face record without its aligned crop</source>
            <translation>un enregistrement de visage sans son recadrage aligné</translation>
        </message>
        <message>
            <source>there is no face %1 (the image has %2)</source>
            <translation>il n’y a pas de visage %1 (l’image en a %2)</translation>
        </message>
        <message>
            <source>face restoration</source>
            <translation>restauration des visages</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>ignoré</translation>
        </message>
        <message>
            <source>face restoration needs an 8- or 16-bit gray, BGR or BGRA image</source>
            <translation>la restauration des visages nécessite une image 8 ou 16 bits en niveaux de gris, BGR ou BGRA</translation>
        </message>
        <message>
            <source>no face restoration model was given</source>
            <translation>aucun modèle de restauration des visages n’a été indiqué</translation>
        </message>
        <message>
            <source>Loading the face restoration model</source>
            <translation>Chargement du modèle de restauration des visages</translation>
        </message>
        <message>
            <source>Detecting faces</source>
            <translation>Détection des visages</translation>
        </message>
        <message>
            <source>face restoration was cancelled</source>
            <translation>la restauration des visages a été annulée</translation>
        </message>
        <message>
            <source>Restoring face %1 of %2</source>
            <translation>Restauration du visage %1 sur %2</translation>
        </message>
        <message>
            <source>Faces restored</source>
            <translation>Visages restaurés</translation>
        </message>
        <message>
            <source>not enough memory for the face</source>
            <translation>pas assez de mémoire pour le visage</translation>
        </message>
        <message>
            <source>GFPGAN needs a %1x%1 CV_32FC3 face</source>
            <translation>GFPGAN nécessite un visage CV_32FC3 de %1x%1</translation>
        </message>
        <message>
            <source>not enough memory to run GFPGAN on %1</source>
            <translation>pas assez de mémoire pour exécuter GFPGAN sur %1</translation>
        </message>
        <message>
            <source>GFPGAN failed: %1</source>
            <translation>Échec de GFPGAN : %1</translation>
        </message>
        <message>
            <source>cannot move GFPGAN to %1: %2</source>
            <translation>impossible de déplacer GFPGAN vers %1 : %2</translation>
        </message>
        <message>
            <source>face restoration model %1 does not exist</source>
            <translation>le modèle de restauration des visages %1 n’existe pas</translation>
        </message>
        <message>
            <source>%1 holds %2, not GFPGAN v1.4 (GFPGANv1Clean)</source>
            <translation>%1 contient %2, pas GFPGAN v1.4 (GFPGANv1Clean)</translation>
        </message>
        <message>
            <source>cannot read the face detector's cascade %1 (is Debian's opencv-data package installed?)</source>
            <translation>impossible de lire la cascade du détecteur de visages %1 (le paquet Debian opencv-data est-il installé ?)</translation>
        </message>
        <message>
            <source>face detection needs an 8-bit BGR image</source>
            <translation>la détection des visages nécessite une image BGR 8 bits</translation>
        </message>
        <message>
            <source>cannot load the YuNet face detector %1: %2</source>
            <translation>impossible de charger le détecteur de visages YuNet %1 : %2</translation>
        </message>
        <message>
            <source>cannot load the YuNet face detector %1</source>
            <translation>impossible de charger le détecteur de visages YuNet %1</translation>
        </message>
        <message>
            <source>the YuNet face detector %1 failed: %2</source>
            <translation>le détecteur de visages YuNet %1 a échoué : %2</translation>
        </message>
        <message>
            <source>no face found</source>
            <translation>aucun visage trouvé</translation>
        </message>
    </context>
    <context>
        <name>hires::Image</name>
        <message>
            <source>the disk is full</source>
            <translation>le disque est plein</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>cannot create a file in %1</source>
            <translation>impossible de créer un fichier dans %1</translation>
        </message>
        <message>
            <source>cannot create a temporary file in %1</source>
            <translation>impossible de créer un fichier temporaire dans %1</translation>
        </message>
        <message>
            <source>writing failed</source>
            <translation>échec de l’écriture</translation>
        </message>
        <message>
            <source>cannot replace the file</source>
            <translation>impossible de remplacer le fichier</translation>
        </message>
        <message>
            <source>the folder %1 does not exist</source>
            <translation>le dossier %1 n’existe pas</translation>
        </message>
        <message>
            <source>GIF image</source>
            <translation>image GIF</translation>
        </message>
        <message>
            <source>BMP image</source>
            <translation>image BMP</translation>
        </message>
        <message>
            <source>ICO icon</source>
            <translation>icône ICO</translation>
        </message>
        <message>
            <source>Photoshop PSD image</source>
            <translation>image PSD de Photoshop</translation>
        </message>
        <message>
            <source>QOI image</source>
            <translation>image QOI</translation>
        </message>
        <message>
            <source>OpenEXR image</source>
            <translation>image OpenEXR</translation>
        </message>
        <message>
            <source>JPEG XL image</source>
            <translation>image JPEG XL</translation>
        </message>
        <message>
            <source>JPEG 2000 image</source>
            <translation>image JPEG 2000</translation>
        </message>
        <message>
            <source>Radiance HDR image</source>
            <translation>image HDR Radiance</translation>
        </message>
        <message>
            <source>PDF document</source>
            <translation>document PDF</translation>
        </message>
        <message>
            <source>ZIP archive</source>
            <translation>archive ZIP</translation>
        </message>
        <message>
            <source>gzip archive</source>
            <translation>archive gzip</translation>
        </message>
        <message>
            <source>executable program</source>
            <translation>programme exécutable</translation>
        </message>
        <message>
            <source>Netpbm (PBM/PGM/PPM) image</source>
            <translation>image Netpbm (PBM/PGM/PPM)</translation>
        </message>
        <message>
            <source>HEIF/AVIF image</source>
            <translation>image HEIF/AVIF</translation>
        </message>
        <message>
            <source>RIFF file (not WebP)</source>
            <translation>fichier RIFF (pas WebP)</translation>
        </message>
        <message>
            <source>XML or SVG document</source>
            <translation>document XML ou SVG</translation>
        </message>
        <message>
            <source>supported: PNG, JPEG, WebP, TIFF</source>
            <translation>formats pris en charge : PNG, JPEG, WebP, TIFF</translation>
        </message>
        <message>
            <source>empty file; %1</source>
            <translation>fichier vide ; %1</translation>
        </message>
        <message>
            <source>not an image file we recognise; %1</source>
            <translation>pas un fichier image reconnu ; %1</translation>
        </message>
        <message>
            <source>%1: format not supported; %2</source>
            <translation>%1 : format non pris en charge ; %2</translation>
        </message>
        <message>
            <source>%1 image of %2 x %3 pixels is larger than the limit of %4 pixels a side</source>
            <translation>l’image %1 de %2 x %3 pixels dépasse la limite de %4 pixels par côté</translation>
        </message>
        <message>
            <source>%1 image of %2 x %3 pixels (%4 megapixels) is larger than the limit of %5 megapixels</source>
            <translation>l’image %1 de %2 x %3 pixels (%4 mégapixels) dépasse la limite de %5 mégapixels</translation>
        </message>
        <message>
            <source>%1: file not found</source>
            <translation>%1 : fichier introuvable</translation>
        </message>
        <message>
            <source>%1: is a folder, not an image file</source>
            <translation>%1 : c’est un dossier, pas un fichier image</translation>
        </message>
        <message>
            <source>%1: not a regular file</source>
            <translation>%1 : pas un fichier ordinaire</translation>
        </message>
        <message>
            <source>%1: cannot open: %2</source>
            <translation>%1 : ouverture impossible : %2</translation>
        </message>
        <message>
            <source>%1: file of %2 bytes is larger than the limit of %3 bytes</source>
            <translation>%1 : le fichier de %2 octets dépasse la limite de %3 octets</translation>
        </message>
        <message>
            <source>%1: reading failed: %2</source>
            <translation>%1 : échec de la lecture : %2</translation>
        </message>
        <message>
            <source>%1 file is larger than the decoder accepts (2 GiB)</source>
            <translation>le fichier %1 dépasse ce qu’accepte le décodeur (2 Gio)</translation>
        </message>
        <message>
            <source>the %1 decoder could not read the pixels (damaged or truncated file)</source>
            <translation>le décodeur %1 n’a pas pu lire les pixels (fichier endommagé ou tronqué)</translation>
        </message>
        <message>
            <source>the %1 decoder failed: %2</source>
            <translation>le décodeur %1 a échoué : %2</translation>
        </message>
        <message>
            <source>not enough memory to decode the %1 image</source>
            <translation>pas assez de mémoire pour décoder l’image %1</translation>
        </message>
        <message>
            <source>file of %1 bytes is larger than the limit of %2 bytes</source>
            <translation>le fichier de %1 octets dépasse la limite de %2 octets</translation>
        </message>
        <message>
            <source>damaged %1 file: the header says %2 x %3 pixels but the decoder produced %4 x %5</source>
            <translation>fichier %1 endommagé : l’en-tête indique %2 x %3 pixels mais le décodeur a produit %4 x %5</translation>
        </message>
        <message>
            <source>save it as PNG or TIFF instead</source>
            <translation>enregistrez-la plutôt en PNG ou en TIFF</translation>
        </message>
        <message>
            <source>scale it down or save it in tiles</source>
            <translation>réduisez-la ou enregistrez-la en tuiles</translation>
        </message>
        <message>
            <source>%1 holds at most %2 pixels a side and this image is %3 x %4: %5</source>
            <translation>%1 accepte au plus %2 pixels par côté et cette image fait %3 x %4 : %5</translation>
        </message>
        <message>
            <source>%1 stores 8 bits per channel: the 16-bit image is converted to 8 bits</source>
            <translation>%1 stocke 8 bits par canal : l’image 16 bits est convertie en 8 bits</translation>
        </message>
        <message>
            <source>%1 has no transparency: the alpha channel is composited onto white</source>
            <translation>%1 ne gère pas la transparence : le canal alpha est composé sur du blanc</translation>
        </message>
        <message>
            <source>WebP has no grayscale mode: the gray image is stored as RGB</source>
            <translation>WebP n’a pas de mode niveaux de gris : l’image grise est stockée en RVB</translation>
        </message>
        <message>
            <source>%1 output does not carry the PNG text chunks</source>
            <translation>la sortie %1 ne reprend pas les blocs de texte PNG</translation>
        </message>
        <message>
            <source>text entry "%1" is not a valid PNG keyword: left out</source>
            <translation>l’entrée de texte "%1" n’est pas un mot-clé PNG valide : omise</translation>
        </message>
        <message>
            <source>TIFF output does not carry EXIF (the ICC profile is kept)</source>
            <translation>la sortie TIFF ne reprend pas l’EXIF (le profil ICC est conservé)</translation>
        </message>
        <message>
            <source>the EXIF block (%1 bytes) does not fit in a JPEG segment: left out</source>
            <translation>le bloc EXIF (%1 octets) ne tient pas dans un segment JPEG : omis</translation>
        </message>
        <message>
            <source>the ICC profile (%1 bytes) is too large for JPEG: left out</source>
            <translation>le profil ICC (%1 octets) est trop grand pour JPEG : omis</translation>
        </message>
        <message>
            <source>the %1 encoder failed</source>
            <translation>l’encodeur %1 a échoué</translation>
        </message>
        <message>
            <source>the %1 encoder failed: %2</source>
            <translation>l’encodeur %1 a échoué : %2</translation>
        </message>
        <message>
            <source>not enough memory to encode the %1 image</source>
            <translation>pas assez de mémoire pour encoder l’image %1</translation>
        </message>
        <message>
            <source>the image has no pixels</source>
            <translation>l’image n’a aucun pixel</translation>
        </message>
        <message>
            <source>the image has %1 channels of type %2; expected 8- or 16-bit gray, BGR or BGRA</source>
            <translation>l’image a %1 canaux de type %2 ; attendu : gris, BGR ou BGRA 8 ou 16 bits</translation>
        </message>
        <message>
            <source>quality %1 is out of range (1 to 100)</source>
            <translation>la qualité %1 est hors limites (1 à 100)</translation>
        </message>
        <message>
            <source>PNG compression level %1 is out of range (0 to 9)</source>
            <translation>le niveau de compression PNG %1 est hors limites (0 à 9)</translation>
        </message>
        <message>
            <source>not enough memory to convert the image for saving</source>
            <translation>pas assez de mémoire pour convertir l’image avant l’enregistrement</translation>
        </message>
        <message>
            <source>no output file name given</source>
            <translation>aucun nom de fichier de sortie indiqué</translation>
        </message>
        <message>
            <source>%1: is a folder, not a file name</source>
            <translation>%1 : c’est un dossier, pas un nom de fichier</translation>
        </message>
        <message>
            <source>%1: refusing to overwrite %2, an input of this job</source>
            <translation>%1 : refus d’écraser %2, une entrée de cette tâche</translation>
        </message>
        <message>
            <source>JPEG file is truncated: it ends before its image data</source>
            <translation>le fichier JPEG est tronqué : il se termine avant ses données d’image</translation>
        </message>
        <message>
            <source>damaged JPEG file: expected a marker at byte %1</source>
            <translation>fichier JPEG endommagé : marqueur attendu à l’octet %1</translation>
        </message>
        <message>
            <source>damaged JPEG file: unexpected marker at byte %1</source>
            <translation>fichier JPEG endommagé : marqueur inattendu à l’octet %1</translation>
        </message>
        <message>
            <source>damaged JPEG file: invalid segment length at byte %1</source>
            <translation>fichier JPEG endommagé : longueur de segment invalide à l’octet %1</translation>
        </message>
        <message>
            <source>damaged JPEG file: invalid frame header at byte %1</source>
            <translation>fichier JPEG endommagé : en-tête de trame invalide à l’octet %1</translation>
        </message>
        <message>
            <source>lossless JPEG is not supported</source>
            <translation>le JPEG sans perte n’est pas pris en charge</translation>
        </message>
        <message>
            <source>%1-bit JPEG is not supported (only 8-bit)</source>
            <translation>le JPEG %1 bits n’est pas pris en charge (8 bits seulement)</translation>
        </message>
        <message>
            <source>JPEG with the height defined later (DNL) is not supported</source>
            <translation>le JPEG dont la hauteur est définie plus loin (DNL) n’est pas pris en charge</translation>
        </message>
        <message>
            <source>damaged JPEG file: the frame header says width 0</source>
            <translation>fichier JPEG endommagé : l’en-tête de trame indique une largeur de 0</translation>
        </message>
        <message>
            <source>JPEG with %1 colour components is not supported</source>
            <translation>le JPEG à %1 composantes de couleur n’est pas pris en charge</translation>
        </message>
        <message>
            <source>damaged JPEG file: it ends before its image data</source>
            <translation>fichier JPEG endommagé : il se termine avant ses données d’image</translation>
        </message>
        <message>
            <source>damaged JPEG file: image data before the frame header</source>
            <translation>fichier JPEG endommagé : données d’image avant l’en-tête de trame</translation>
        </message>
        <message>
            <source>JPEG file is truncated: the end-of-image marker is missing</source>
            <translation>le fichier JPEG est tronqué : le marqueur de fin d’image est absent</translation>
        </message>
        <message>
            <source>%1 image with samples of type %2 is not supported (only 8- and 16-bit)</source>
            <translation>l’image %1 avec des échantillons de type %2 n’est pas prise en charge (8 et 16 bits seulement)</translation>
        </message>
        <message>
            <source>%1 image with %2 channels is not supported</source>
            <translation>l’image %1 à %2 canaux n’est pas prise en charge</translation>
        </message>
        <message>
            <source>damaged PNG file: impossible chunk length at byte %1</source>
            <translation>fichier PNG endommagé : longueur de bloc impossible à l’octet %1</translation>
        </message>
        <message>
            <source>PNG file is truncated: the data ends inside the chunk at byte %1</source>
            <translation>le fichier PNG est tronqué : les données s’arrêtent dans le bloc à l’octet %1</translation>
        </message>
        <message>
            <source>damaged PNG file: the first chunk is not a valid IHDR</source>
            <translation>fichier PNG endommagé : le premier bloc n’est pas un IHDR valide</translation>
        </message>
        <message>
            <source>damaged PNG file: the IHDR checksum does not match</source>
            <translation>fichier PNG endommagé : la somme de contrôle IHDR ne correspond pas</translation>
        </message>
        <message>
            <source>damaged PNG file: invalid size %1 x %2 in IHDR</source>
            <translation>fichier PNG endommagé : taille %1 x %2 invalide dans IHDR</translation>
        </message>
        <message>
            <source>damaged PNG file: invalid colour type %1 with bit depth %2</source>
            <translation>fichier PNG endommagé : type de couleur %1 invalide avec une profondeur de %2 bits</translation>
        </message>
        <message>
            <source>PNG file is truncated: it ends without an IEND chunk</source>
            <translation>le fichier PNG est tronqué : il se termine sans bloc IEND</translation>
        </message>
        <message>
            <source>damaged PNG file: it has no image data (IDAT)</source>
            <translation>fichier PNG endommagé : il n’a pas de données d’image (IDAT)</translation>
        </message>
        <message>
            <source>the PNG encoder wrote no IHDR chunk first</source>
            <translation>l’encodeur PNG n’a pas écrit de bloc IHDR en premier</translation>
        </message>
        <message>
            <source>cannot convert pixels of type %1 to a tensor</source>
            <translation>impossible de convertir des pixels de type %1 en tenseur</translation>
        </message>
        <message>
            <source>converting pixels to a tensor failed: %1</source>
            <translation>échec de la conversion des pixels en tenseur : %1</translation>
        </message>
        <message>
            <source>bit depth %1 is not 8 or 16</source>
            <translation>la profondeur %1 bits n’est ni 8 ni 16</translation>
        </message>
        <message>
            <source>expected an RGB tensor of shape [1, 3, H, W]</source>
            <translation>tenseur RVB de forme [1, 3, H, W] attendu</translation>
        </message>
        <message>
            <source>the alpha tensor is not [1, 1, %1, %2]</source>
            <translation>le tenseur alpha n’est pas [1, 1, %1, %2]</translation>
        </message>
        <message>
            <source>converting a tensor to pixels failed: %1</source>
            <translation>échec de la conversion d’un tenseur en pixels : %1</translation>
        </message>
        <message>
            <source>damaged TIFF data: %1</source>
            <translation>données TIFF endommagées : %1</translation>
        </message>
        <message>
            <source>the image data locations are missing or inconsistent</source>
            <translation>les emplacements des données d’image sont absents ou incohérents</translation>
        </message>
        <message>
            <source>invalid image data location</source>
            <translation>emplacement des données d’image invalide</translation>
        </message>
        <message>
            <source>TIFF file is truncated: image data at byte %1 runs past the end of the file</source>
            <translation>le fichier TIFF est tronqué : les données d’image à l’octet %1 dépassent la fin du fichier</translation>
        </message>
        <message>
            <source>unknown byte order</source>
            <translation>ordre des octets inconnu</translation>
        </message>
        <message>
            <source>invalid header</source>
            <translation>en-tête invalide</translation>
        </message>
        <message>
            <source>the first directory lies outside the data</source>
            <translation>le premier répertoire se trouve hors des données</translation>
        </message>
        <message>
            <source>the first directory runs past the end</source>
            <translation>le premier répertoire dépasse la fin</translation>
        </message>
        <message>
            <source>missing or invalid image size</source>
            <translation>taille d’image absente ou invalide</translation>
        </message>
        <message>
            <source>floating-point TIFF is not supported (only 8- and 16-bit integer samples)</source>
            <translation>le TIFF à virgule flottante n’est pas pris en charge (échantillons entiers 8 et 16 bits seulement)</translation>
        </message>
        <message>
            <source>%1-bit TIFF samples are not supported (only 8 and 16 bits)</source>
            <translation>les échantillons TIFF de %1 bits ne sont pas pris en charge (8 et 16 bits seulement)</translation>
        </message>
        <message>
            <source>TIFF with %1 samples per pixel is not supported</source>
            <translation>le TIFF à %1 échantillons par pixel n’est pas pris en charge</translation>
        </message>
        <message>
            <source>cannot add a tag to a BigTIFF file</source>
            <translation>impossible d’ajouter une balise à un fichier BigTIFF</translation>
        </message>
        <message>
            <source>the TIFF file with its metadata would exceed 4 GiB</source>
            <translation>le fichier TIFF dépasserait 4 Gio avec ses métadonnées</translation>
        </message>
        <message>
            <source>WebP file is truncated: a chunk runs past the end of the file</source>
            <translation>le fichier WebP est tronqué : un bloc dépasse la fin du fichier</translation>
        </message>
        <message>
            <source>damaged WebP file: no image chunk</source>
            <translation>fichier WebP endommagé : aucun bloc d’image</translation>
        </message>
        <message>
            <source>damaged WebP file: %1</source>
            <translation>fichier WebP endommagé : %1</translation>
        </message>
        <message>
            <source>invalid VP8 frame header</source>
            <translation>en-tête de trame VP8 invalide</translation>
        </message>
        <message>
            <source>invalid VP8L header</source>
            <translation>en-tête VP8L invalide</translation>
        </message>
        <message>
            <source>unknown VP8L version</source>
            <translation>version VP8L inconnue</translation>
        </message>
        <message>
            <source>unknown first chunk</source>
            <translation>premier bloc inconnu</translation>
        </message>
        <message>
            <source>VP8X chunk too short</source>
            <translation>bloc VP8X trop court</translation>
        </message>
        <message>
            <source>animated WebP is not supported</source>
            <translation>le WebP animé n’est pas pris en charge</translation>
        </message>
        <message>
            <source>no image chunk</source>
            <translation>aucun bloc d’image</translation>
        </message>
        <message>
            <source>image size 0</source>
            <translation>taille d’image nulle</translation>
        </message>
        <message>
            <source>the WebP file with its metadata would exceed 4 GiB</source>
            <translation>le fichier WebP dépasserait 4 Gio avec ses métadonnées</translation>
        </message>
    </context>
    <context>
        <name>hires::LegacyStorageTable</name>
        <message>
            <source>the storage key list is not a list</source>
            <translation>la liste des clés de stockage n’est pas une liste</translation>
        </message>
        <message>
            <source>a storage key is not a string</source>
            <translation>une clé de stockage n’est pas une chaîne</translation>
        </message>
        <message>
            <source>storage %1 is listed but no tensor uses it</source>
            <translation>le stockage %1 est listé mais aucun tenseur ne l’utilise</translation>
        </message>
        <message>
            <source>the file ends before the data of storage %1</source>
            <translation>le fichier se termine avant les données du stockage %1</translation>
        </message>
        <message>
            <source>storage %1 holds %2 elements but is declared with %3</source>
            <translation>le stockage %1 contient %2 éléments mais est déclaré avec %3</translation>
        </message>
        <message>
            <source>the file ends inside the data of storage %1</source>
            <translation>le fichier se termine au milieu des données du stockage %1</translation>
        </message>
        <message>
            <source>storage %1 is listed twice</source>
            <translation>le stockage %1 est listé deux fois</translation>
        </message>
        <message>
            <source>%1 unexpected bytes follow the last storage</source>
            <translation>%1 octets inattendus suivent le dernier stockage</translation>
        </message>
        <message>
            <source>the data of storage %1 is missing</source>
            <translation>les données du stockage %1 sont absentes</translation>
        </message>
        <message>
            <source>storage view %1 has an overflowing offset</source>
            <translation>la vue de stockage %1 a un décalage qui déborde</translation>
        </message>
        <message>
            <source>storage view %1 has no root storage</source>
            <translation>la vue de stockage %1 n’a pas de stockage racine</translation>
        </message>
        <message>
            <source>the file</source>
            <translation>le fichier</translation>
        </message>
        <message>
            <source>its root storage %1</source>
            <translation>son stockage racine %1</translation>
        </message>
    </context>
    <context>
        <name>hires::MappedFile</name>
        <message>
            <source>%1: no such file</source>
            <translation>%1 : ce fichier n’existe pas</translation>
        </message>
        <message>
            <source>%1: not a regular file</source>
            <translation>%1 : pas un fichier ordinaire</translation>
        </message>
        <message>
            <source>%1: cannot open: %2</source>
            <translation>%1 : ouverture impossible : %2</translation>
        </message>
        <message>
            <source>%1: cannot map into memory: %2</source>
            <translation>%1 : impossible de projeter en mémoire : %2</translation>
        </message>
    </context>
    <context>
        <name>hires::ModelDownloader</name>
        <message>
            <source>%1: not an http(s) URL</source>
            <translation>%1 : pas une URL http(s)</translation>
        </message>
        <message>
            <source>%1: no destination file</source>
            <translation>%1 : pas de fichier de destination</translation>
        </message>
        <message>
            <source>%1 is not a SHA-256 (64 hexadecimal digits)</source>
            <translation>%1 n’est pas un SHA-256 (64 chiffres hexadécimaux)</translation>
        </message>
        <message>
            <source>%1: no SHA-256 is known for this file, so it cannot be verified; it is only installed when unverified files are explicitly accepted</source>
            <translation>%1 : aucun SHA-256 n’est connu pour ce fichier, il ne peut donc pas être vérifié ; il n’est installé que si les fichiers non vérifiés sont explicitement acceptés</translation>
        </message>
        <message>
            <source>%1: cannot create a file there (%2)</source>
            <translation>%1 : impossible d’y créer un fichier (%2)</translation>
        </message>
        <message>
            <source>%1: the file has %2 bytes, more than the limit of %3</source>
            <translation>%1 : le fichier fait %2 octets, plus que la limite de %3</translation>
        </message>
        <message>
            <source>%1: the download was cancelled</source>
            <translation>%1 : le téléchargement a été annulé</translation>
        </message>
        <message>
            <source>%1: the file is larger than the limit of %2 bytes</source>
            <translation>%1 : le fichier dépasse la limite de %2 octets</translation>
        </message>
        <message>
            <source>%1: writing failed (%2)</source>
            <translation>%1 : échec de l’écriture (%2)</translation>
        </message>
        <message>
            <source>%1: the server answered HTTP %2 %3</source>
            <translation>%1 : le serveur a répondu HTTP %2 %3</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>%1: the transfer ended after %2 of %3 bytes</source>
            <translation>%1 : le transfert s’est arrêté après %2 octets sur %3</translation>
        </message>
        <message>
            <source>%1: the SHA-256 of the download is %2, not the expected %3; the file was discarded</source>
            <translation>%1 : le SHA-256 du téléchargement est %2 et non %3 comme attendu ; le fichier a été supprimé</translation>
        </message>
        <message>
            <source>%1: cannot move the download into place (%2)</source>
            <translation>%1 : impossible de mettre le téléchargement en place (%2)</translation>
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
            <translation>checkpoint PyTorch</translation>
        </message>
        <message>
            <source>PyTorch legacy checkpoint</source>
            <translation>checkpoint PyTorch (ancien format)</translation>
        </message>
        <message>
            <source>PyTorch tar checkpoint</source>
            <translation>checkpoint PyTorch (tar)</translation>
        </message>
        <message>
            <source>ncnn model</source>
            <translation>modèle ncnn</translation>
        </message>
        <message>
            <source>unknown format</source>
            <translation>format inconnu</translation>
        </message>
        <message>
            <source>not an ncnn .param file (no magic number 7767517), and no .param file lies next to it</source>
            <translation>pas un fichier .param ncnn (pas de nombre magique 7767517), et aucun fichier .param à côté</translation>
        </message>
        <message>
            <source>a .param file of %1 bytes is too large</source>
            <translation>un fichier .param de %1 octets est trop grand</translation>
        </message>
        <message>
            <source>its weights file %1 is missing</source>
            <translation>son fichier de poids %1 est absent</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>le fichier est vide</translation>
        </message>
        <message>
            <source>not a safetensors, PyTorch or ncnn model file</source>
            <translation>pas un fichier de modèle safetensors, PyTorch ou ncnn</translation>
        </message>
    </context>
    <context>
        <name>hires::ModelInfo</name>
        <message>
            <source>upscaler</source>
            <translation>agrandisseur</translation>
        </message>
        <message>
            <source>face restorer</source>
            <translation>restaurateur de visages</translation>
        </message>
        <message>
            <source>diffusion checkpoint</source>
            <translation>checkpoint de diffusion</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>inconnu</translation>
        </message>
        <message>
            <source>face detector</source>
            <translation>détecteur de visages</translation>
        </message>
    </context>
    <context>
        <name>hires::ModelInfoCache</name>
        <message>
            <source>%1: cannot write the model cache (%2)</source>
            <translation>%1 : impossible d’écrire le cache des modèles (%2)</translation>
        </message>
    </context>
    <context>
        <name>hires::ModelProbe</name>
        <message>
            <source>%1: the file cannot be read</source>
            <translation>%1 : impossible de lire le fichier</translation>
        </message>
        <message>
            <source>%1: the file is empty</source>
            <translation>%1 : le fichier est vide</translation>
        </message>
        <message>
            <source>%1: not a safetensors, PyTorch or ncnn model file</source>
            <translation>%1 : pas un fichier de modèle safetensors, PyTorch ou ncnn</translation>
        </message>
    </context>
    <context>
        <name>hires::NcnnBinReader</name>
        <message>
            <source>layer %1: %2</source>
            <translation>couche %1 : %2</translation>
        </message>
        <message>
            <source>%1 bytes are left over after the weights of the last layer (the .bin does not belong to this .param)</source>
            <translation>il reste %1 octets après les poids de la dernière couche (le .bin n’appartient pas à ce .param)</translation>
        </message>
        <message>
            <source>the .bin ends inside the %1 (needs %2 bytes at offset %3, has %4)</source>
            <translation>le .bin se termine au milieu de %1 (il faut %2 octets à l’offset %3, il y en a %4)</translation>
        </message>
        <message>
            <source>the .bin ends before the storage tag of the %1</source>
            <translation>le .bin se termine avant la balise de stockage de %1</translation>
        </message>
        <message>
            <source>the .bin ends inside the quantised %1</source>
            <translation>le .bin se termine au milieu de %1 quantifié</translation>
        </message>
    </context>
    <context>
        <name>hires::NcnnGraph</name>
        <message>
            <source>takes %1 channels but gets %2</source>
            <translation>prend %1 canaux mais en reçoit %2</translation>
        </message>
        <message>
            <source>an input of %1 is too small for the kernel</source>
            <translation>une entrée de %1 est trop petite pour le noyau</translation>
        </message>
        <message>
            <source>axis %1 does not exist</source>
            <translation>l’axe %1 n’existe pas</translation>
        </message>
        <message>
            <source>needs a reference blob</source>
            <translation>a besoin d’un blob de référence</translation>
        </message>
        <message>
            <source>the crop window does not lie inside a %1 blob</source>
            <translation>la fenêtre de recadrage n’est pas dans un blob %1</translation>
        </message>
        <message>
            <source>has %1 slopes for %2 channels</source>
            <translation>a %1 pentes pour %2 canaux</translation>
        </message>
        <message>
            <source>cannot join %1 and %2 along axis %3</source>
            <translation>impossible de joindre %1 et %2 le long de l’axe %3</translation>
        </message>
        <message>
            <source>inputs %1 and %2 differ</source>
            <translation>les entrées %1 et %2 diffèrent</translation>
        </message>
        <message>
            <source>cannot combine %1 with %2</source>
            <translation>impossible de combiner %1 avec %2</translation>
        </message>
        <message>
            <source>resizes %1 to nothing</source>
            <translation>réduit %1 à rien</translation>
        </message>
        <message>
            <source>%1 channels do not divide by %2</source>
            <translation>%1 canaux ne se divisent pas par %2</translation>
        </message>
        <message>
            <source>the graph turns %1 channels into %2, not an image upscaler</source>
            <translation>le graphe transforme %1 canaux en %2 : ce n’est pas un agrandisseur d’images</translation>
        </message>
        <message>
            <source>%1: the graph does not enlarge images by a whole factor</source>
            <translation>%1 : le graphe n’agrandit pas les images d’un facteur entier</translation>
        </message>
        <message>
            <source>ncnn graph x%1 (%2 layers)</source>
            <translation>graphe ncnn x%1 (%2 couches)</translation>
        </message>
        <message>
            <source>%1: an upscaler graph has exactly one Input layer with one blob</source>
            <translation>%1 : un graphe d’agrandissement a exactement une couche Input avec un blob</translation>
        </message>
        <message>
            <source>%1: the graph has no Input layer</source>
            <translation>%1 : le graphe n’a pas de couche Input</translation>
        </message>
        <message>
            <source>%1: layer %2 (%3) has %4 inputs and %5 outputs</source>
            <translation>%1 : la couche %2 (%3) a %4 entrées et %5 sorties</translation>
        </message>
    </context>
    <context>
        <name>hires::NcnnLayerCatalog</name>
        <message>
            <source>layer type %1 is unknown, so its weights cannot be located in the .bin</source>
            <translation>le type de couche %1 est inconnu, ses poids ne peuvent donc pas être localisés dans le .bin</translation>
        </message>
        <message>
            <source>%1 declares %2 elements, more than ncnn can hold</source>
            <translation>%1 déclare %2 éléments, plus que ncnn ne peut en contenir</translation>
        </message>
    </context>
    <context>
        <name>hires::NcnnModel</name>
        <message>
            <source>the file is not text</source>
            <translation>le fichier n’est pas du texte</translation>
        </message>
    </context>
    <context>
        <name>hires::NcnnNetwork</name>
        <message>
            <source>%1: not enough memory for the weights</source>
            <translation>%1 : pas assez de mémoire pour les poids</translation>
        </message>
    </context>
    <context>
        <name>hires::NcnnParamParser</name>
        <message>
            <source>ncnn .param</source>
            <translation>.param ncnn</translation>
        </message>
        <message>
            <source>the file does not start with the magic number 7767517 (not an ncnn .param file, or one too old to read)</source>
            <translation>le fichier ne commence pas par le nombre magique 7767517 (pas un fichier .param ncnn, ou trop ancien pour être lu)</translation>
        </message>
        <message>
            <source>the second line must hold the layer count and the blob count</source>
            <translation>la deuxième ligne doit contenir le nombre de couches et le nombre de blobs</translation>
        </message>
        <message>
            <source>more layers follow than the %1 the header declares</source>
            <translation>plus de couches suivent que les %1 déclarées dans l’en-tête</translation>
        </message>
        <message>
            <source>the header declares %1 layers but the file has %2</source>
            <translation>l’en-tête déclare %1 couches mais le fichier en a %2</translation>
        </message>
        <message>
            <source>the header declares %1 blobs but the layers produce %2</source>
            <translation>l’en-tête déclare %1 blobs mais les couches en produisent %2</translation>
        </message>
        <message>
            <source>line %1: %2</source>
            <translation>ligne %1 : %2</translation>
        </message>
        <message>
            <source>a layer line must read: type name inputs outputs blobs... params...</source>
            <translation>une ligne de couche doit se lire : type nom entrées sorties blobs... paramètres...</translation>
        </message>
        <message>
            <source>layer %1 names fewer blobs than it declares</source>
            <translation>la couche %1 nomme moins de blobs qu’elle n’en déclare</translation>
        </message>
        <message>
            <source>the layer name %1 is used twice</source>
            <translation>le nom de couche %1 est utilisé deux fois</translation>
        </message>
        <message>
            <source>layer %1 reads blob %2, which no earlier layer produces</source>
            <translation>la couche %1 lit le blob %2, qu’aucune couche précédente ne produit</translation>
        </message>
        <message>
            <source>blob %1 is produced twice</source>
            <translation>le blob %1 est produit deux fois</translation>
        </message>
        <message>
            <source>layer %1 has a param %2 that is not id=value</source>
            <translation>la couche %1 a un paramètre %2 qui n’est pas de la forme id=valeur</translation>
        </message>
        <message>
            <source>layer %1 has param key %2; ncnn allows ids 0 to 31</source>
            <translation>la couche %1 a la clé de paramètre %2 ; ncnn autorise les identifiants 0 à 31</translation>
        </message>
        <message>
            <source>layer %1 has a malformed value for param %2</source>
            <translation>la couche %1 a une valeur mal formée pour le paramètre %2</translation>
        </message>
        <message>
            <source>layer %1 sets param %2 twice</source>
            <translation>la couche %1 définit le paramètre %2 deux fois</translation>
        </message>
    </context>
    <context>
        <name>hires::NeuralUpscaler</name>
        <message>
            <source>%1: this build cannot read model files (the model loader is missing)</source>
            <translation>%1 : cette version ne peut pas lire les fichiers de modèle (le chargeur de modèles est absent)</translation>
        </message>
        <message>
            <source>the image must be 8- or 16-bit gray, BGR or BGRA</source>
            <translation>l’image doit être en gris, BGR ou BGRA 8 ou 16 bits</translation>
        </message>
    </context>
    <context>
        <name>hires::Params</name>
        <message>
            <source>param %1 must be an integer</source>
            <translation>le paramètre %1 doit être un entier</translation>
        </message>
        <message>
            <source>param %1 is negative (%2)</source>
            <translation>le paramètre %1 est négatif (%2)</translation>
        </message>
        <message>
            <source>the layer's weight sizes overflow</source>
            <translation>les tailles des poids de la couche débordent</translation>
        </message>
    </context>
    <context>
        <name>hires::Parser</name>
        <message>
            <source>entry %1 is not an object</source>
            <translation>l’entrée %1 n’est pas un objet</translation>
        </message>
        <message>
            <source>tensor %1 has no dtype</source>
            <translation>le tenseur %1 n’a pas de dtype</translation>
        </message>
        <message>
            <source>tensor %1 has dtype %2, which Hires Studio does not read</source>
            <translation>le tenseur %1 a le dtype %2, que Hires Studio ne lit pas</translation>
        </message>
        <message>
            <source>tensor %1 has no shape</source>
            <translation>le tenseur %1 n’a pas de forme</translation>
        </message>
        <message>
            <source>tensor %1 has a shape entry that is not a non-negative integer</source>
            <translation>le tenseur %1 a une entrée de forme qui n’est pas un entier positif ou nul</translation>
        </message>
        <message>
            <source>tensor %1 has no data_offsets [begin, end]</source>
            <translation>le tenseur %1 n’a pas de data_offsets [début, fin]</translation>
        </message>
        <message>
            <source>tensor %1 has data_offsets that are not non-negative integers</source>
            <translation>le tenseur %1 a des data_offsets qui ne sont pas des entiers positifs ou nuls</translation>
        </message>
        <message>
            <source>tensor %1 has data_offsets [%2, %3] that end before they begin</source>
            <translation>le tenseur %1 a des data_offsets [%2, %3] qui se terminent avant de commencer</translation>
        </message>
        <message>
            <source>tensor %1 has a shape whose byte size overflows</source>
            <translation>le tenseur %1 a une forme dont la taille en octets déborde</translation>
        </message>
        <message>
            <source>tensor %1 needs %2 bytes for its shape and dtype but data_offsets span %3</source>
            <translation>le tenseur %1 a besoin de %2 octets pour sa forme et son dtype mais data_offsets en couvre %3</translation>
        </message>
    </context>
    <context>
        <name>hires::PickleMachine</name>
        <message>
            <source>the pickle ends without a STOP opcode</source>
            <translation>le pickle se termine sans opcode STOP</translation>
        </message>
        <message>
            <source>opcode 0x%1 failed</source>
            <translation>l’opcode 0x%1 a échoué</translation>
        </message>
        <message>
            <source>pickle offset %1: %2</source>
            <translation>offset %1 du pickle : %2</translation>
        </message>
        <message>
            <source>the pickle is truncated</source>
            <translation>le pickle est tronqué</translation>
        </message>
        <message>
            <source>the pickle needs more than %1 MiB of memory</source>
            <translation>le pickle demande plus de %1 Mio de mémoire</translation>
        </message>
        <message>
            <source>the pickle has too many values</source>
            <translation>le pickle contient trop de valeurs</translation>
        </message>
        <message>
            <source>an integer of %1 bytes is too long</source>
            <translation>un entier de %1 octets est trop long</translation>
        </message>
        <message>
            <source>stack underflow</source>
            <translation>dépassement par le bas de la pile</translation>
        </message>
        <message>
            <source>no MARK to pop to</source>
            <translation>aucun MARK jusqu’où dépiler</translation>
        </message>
        <message>
            <source>a GLOBAL name is longer than %1 bytes</source>
            <translation>un nom GLOBAL dépasse %1 octets</translation>
        </message>
        <message>
            <source>memo entry %1 was never stored</source>
            <translation>l’entrée de mémo %1 n’a jamais été stockée</translation>
        </message>
        <message>
            <source>a negative length</source>
            <translation>une longueur négative</translation>
        </message>
        <message>
            <source>SETITEMS with an odd number of items</source>
            <translation>SETITEMS avec un nombre impair d’éléments</translation>
        </message>
        <message>
            <source>%1 on %2</source>
            <translation>%1 sur %2</translation>
        </message>
        <message>
            <source>DICT with an odd number of items</source>
            <translation>DICT avec un nombre impair d’éléments</translation>
        </message>
        <message>
            <source>STACK_GLOBAL with names that are not strings</source>
            <translation>STACK_GLOBAL avec des noms qui ne sont pas des chaînes</translation>
        </message>
        <message>
            <source>a text persistent id (PERSID) is not a torch storage record</source>
            <translation>un identifiant persistant texte (PERSID) n’est pas un enregistrement de stockage torch</translation>
        </message>
        <message>
            <source>pickle protocol %1 is unknown</source>
            <translation>le protocole pickle %1 est inconnu</translation>
        </message>
        <message>
            <source>STOP with %1 values on the stack</source>
            <translation>STOP avec %1 valeurs sur la pile</translation>
        </message>
        <message>
            <source>opcode 0x%1 is not allowed in a checkpoint</source>
            <translation>l’opcode 0x%1 n’est pas autorisé dans un checkpoint</translation>
        </message>
    </context>
    <context>
        <name>hires::PytorchCheckpointReader</name>
        <message>
            <source>the tar format of PyTorch before 0.4 is not supported; re-save the weights with a current PyTorch</source>
            <translation>le format tar de PyTorch antérieur à 0.4 n’est pas pris en charge ; réenregistrez les poids avec un PyTorch récent</translation>
        </message>
        <message>
            <source>neither a zip (torch.save) nor a legacy PyTorch checkpoint</source>
            <translation>ni un zip (torch.save) ni un checkpoint PyTorch de l’ancien format</translation>
        </message>
        <message>
            <source>the archive is empty</source>
            <translation>l’archive est vide</translation>
        </message>
        <message>
            <source>entry %1 is not inside the archive's folder</source>
            <translation>l’entrée %1 n’est pas dans le dossier de l’archive</translation>
        </message>
        <message>
            <source>this is a TorchScript archive (torch.jit.save), not a state dict; save the weights with torch.save(model.state_dict(), path)</source>
            <translation>c’est une archive TorchScript (torch.jit.save), pas un state dict ; enregistrez les poids avec torch.save(model.state_dict(), path)</translation>
        </message>
        <message>
            <source>the tensors are stored in %1 byte order; only little-endian files are read</source>
            <translation>les tenseurs sont stockés en ordre d’octets %1 ; seuls les fichiers little-endian sont lus</translation>
        </message>
        <message>
            <source>the archive has no %1</source>
            <translation>il manque %1 à l’archive</translation>
        </message>
        <message>
            <source>storage key %1 is not a plain name</source>
            <translation>la clé de stockage %1 n’est pas un nom simple</translation>
        </message>
        <message>
            <source>the data of storage %1 (%2) is missing</source>
            <translation>les données du stockage %1 (%2) sont absentes</translation>
        </message>
        <message>
            <source>the file does not start with the legacy magic number</source>
            <translation>le fichier ne commence pas par le nombre magique de l’ancien format</translation>
        </message>
        <message>
            <source>unsupported legacy protocol version</source>
            <translation>version de protocole de l’ancien format non prise en charge</translation>
        </message>
        <message>
            <source>the file was not written on a little-endian machine</source>
            <translation>le fichier n’a pas été écrit sur une machine little-endian</translation>
        </message>
    </context>
    <context>
        <name>hires::Reader</name>
        <message>
            <source>param %1 must be an integer</source>
            <translation>le paramètre %1 doit être un entier</translation>
        </message>
        <message>
            <source>param %1 must be a number</source>
            <translation>le paramètre %1 doit être un nombre</translation>
        </message>
        <message>
            <source>param %1 must hold integers</source>
            <translation>le paramètre %1 doit contenir des entiers</translation>
        </message>
    </context>
    <context>
        <name>hires::RemoteBackend</name>
        <message>
            <source>cancelled</source>
            <translation>annulé</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>%1: the server cannot start from an image of this computer (img2img runs only here)</source>
            <translation>%1 : le serveur ne peut pas partir d’une image de cet ordinateur (img2img ne s’exécute qu’ici)</translation>
        </message>
    </context>
    <context>
        <name>hires::RemoteUpscaler</name>
        <message>
            <source>%1: the server sent no image</source>
            <translation>%1 : le serveur n'a envoyé aucune image</translation>
        </message>
    </context>
    <context>
        <name>hires::SafetensorsReader</name>
        <message>
            <source>the file is shorter than the 8-byte header length</source>
            <translation>le fichier est plus court que la longueur d’en-tête de 8 octets</translation>
        </message>
        <message>
            <source>the header declares %1 bytes, more than the limit of %2</source>
            <translation>l’en-tête déclare %1 octets, plus que la limite de %2</translation>
        </message>
        <message>
            <source>the header declares %1 bytes but only %2 follow</source>
            <translation>l’en-tête déclare %1 octets mais seuls %2 suivent</translation>
        </message>
        <message>
            <source>the header does not start with '{'</source>
            <translation>l’en-tête ne commence pas par '{'</translation>
        </message>
        <message>
            <source>the header is not valid UTF-8 JSON: %1 at byte %2</source>
            <translation>l’en-tête n’est pas du JSON UTF-8 valide : %1 à l’octet %2</translation>
        </message>
        <message>
            <source>__metadata__ is not an object</source>
            <translation>__metadata__ n’est pas un objet</translation>
        </message>
        <message>
            <source>__metadata__ value %1 is not a string</source>
            <translation>la valeur %1 de __metadata__ n’est pas une chaîne</translation>
        </message>
        <message>
            <source>tensor %1 at bytes [%2, %3] overlaps the tensor before it</source>
            <translation>le tenseur %1 aux octets [%2, %3] chevauche le tenseur précédent</translation>
        </message>
        <message>
            <source>the bytes [%2, %3] before tensor %1 belong to no tensor</source>
            <translation>les octets [%2, %3] avant le tenseur %1 n’appartiennent à aucun tenseur</translation>
        </message>
        <message>
            <source>the tensors need %1 bytes of data but the file has %2</source>
            <translation>les tenseurs demandent %1 octets de données mais le fichier en a %2</translation>
        </message>
        <message>
            <source>the file has %1 bytes of data after the last tensor</source>
            <translation>le fichier a %1 octets de données après le dernier tenseur</translation>
        </message>
        <message>
            <source>tensor %1 %2</source>
            <translation>tenseur %1 %2</translation>
        </message>
    </context>
    <context>
        <name>hires::TensorRef</name>
        <message>
            <source>has no storage</source>
            <translation>n’a pas de stockage</translation>
        </message>
        <message>
            <source>has %1 dimensions but %2 strides</source>
            <translation>a %1 dimensions mais %2 pas</translation>
        </message>
        <message>
            <source>has a negative dimension (%1)</source>
            <translation>a une dimension négative (%1)</translation>
        </message>
        <message>
            <source>has a negative stride (%1)</source>
            <translation>a un pas négatif (%1)</translation>
        </message>
        <message>
            <source>has a negative storage offset (%1)</source>
            <translation>a un décalage de stockage négatif (%1)</translation>
        </message>
        <message>
            <source>has a shape whose element count overflows</source>
            <translation>a une forme dont le nombre d’éléments déborde</translation>
        </message>
        <message>
            <source>declares %1 elements but its storage holds only %2</source>
            <translation>déclare %1 éléments mais son stockage n’en contient que %2</translation>
        </message>
        <message>
            <source>addresses bytes outside its storage of %1 bytes (offset %2)</source>
            <translation>adresse des octets hors de son stockage de %1 octets (décalage %2)</translation>
        </message>
    </context>
    <context>
        <name>hires::TorchPickleCalls</name>
        <message>
            <source>the global %1 is forbidden (only tensor data is read from checkpoints)</source>
            <translation>le global %1 est interdit (seules les données de tenseurs sont lues dans les checkpoints)</translation>
        </message>
        <message>
            <source>REDUCE calls %1, which is not an allow-listed global</source>
            <translation>REDUCE appelle %1, qui n’est pas un global autorisé</translation>
        </message>
        <message>
            <source>REDUCE arguments are not a tuple</source>
            <translation>les arguments de REDUCE ne sont pas un tuple</translation>
        </message>
        <message>
            <source>a parameter is rebuilt from something that is not a tensor</source>
            <translation>un paramètre est reconstruit à partir de quelque chose qui n’est pas un tenseur</translation>
        </message>
        <message>
            <source>REDUCE calls %1, which is not callable here</source>
            <translation>REDUCE appelle %1, qui n’est pas appelable ici</translation>
        </message>
        <message>
            <source>NEWOBJ creates %1, which is not an allow-listed class</source>
            <translation>NEWOBJ crée %1, qui n’est pas une classe autorisée</translation>
        </message>
        <message>
            <source>BUILD on %1 is not allowed</source>
            <translation>BUILD sur %1 n’est pas autorisé</translation>
        </message>
        <message>
            <source>OrderedDict is called with unexpected arguments</source>
            <translation>OrderedDict est appelé avec des arguments inattendus</translation>
        </message>
        <message>
            <source>OrderedDict is called with an item that is not a pair</source>
            <translation>OrderedDict est appelé avec un élément qui n’est pas une paire</translation>
        </message>
        <message>
            <source>a tensor is rebuilt with %1 arguments</source>
            <translation>un tenseur est reconstruit avec %1 arguments</translation>
        </message>
        <message>
            <source>a tensor is rebuilt from %1, not a storage</source>
            <translation>un tenseur est reconstruit à partir de %1, pas d’un stockage</translation>
        </message>
        <message>
            <source>a tensor has a storage offset that is not an integer</source>
            <translation>un tenseur a un décalage de stockage qui n’est pas un entier</translation>
        </message>
        <message>
            <source>a tensor's size or stride is not a tuple of at most %1 integers</source>
            <translation>la taille ou le pas d’un tenseur n’est pas un tuple d’au plus %1 entiers</translation>
        </message>
        <message>
            <source>storage %1 is declared twice with different types or sizes</source>
            <translation>le stockage %1 est déclaré deux fois avec des types ou des tailles différents</translation>
        </message>
        <message>
            <source>a persistent id where none is allowed</source>
            <translation>un identifiant persistant là où aucun n’est autorisé</translation>
        </message>
        <message>
            <source>a persistent id that is not a torch storage record</source>
            <translation>un identifiant persistant qui n’est pas un enregistrement de stockage torch</translation>
        </message>
        <message>
            <source>a persistent id that is not a torch storage record (it starts with %1)</source>
            <translation>un identifiant persistant qui n’est pas un enregistrement de stockage torch (il commence par %1)</translation>
        </message>
        <message>
            <source>a storage record whose type is %1, not a torch storage class</source>
            <translation>un enregistrement de stockage de type %1, qui n’est pas une classe de stockage torch</translation>
        </message>
        <message>
            <source>a storage record with a malformed key, location or size</source>
            <translation>un enregistrement de stockage dont la clé, l’emplacement ou la taille est mal formé</translation>
        </message>
        <message>
            <source>a storage view record that is malformed</source>
            <translation>un enregistrement de vue de stockage mal formé</translation>
        </message>
    </context>
    <context>
        <name>hires::UpscaleJob</name>
        <message>
            <source>%1: the image is empty</source>
            <translation>%1 : l’image est vide</translation>
        </message>
        <message>
            <source>no input image given</source>
            <translation>aucune image d’entrée indiquée</translation>
        </message>
        <message>
            <source>%1: no output folder given for an image that has no file</source>
            <translation>%1 : aucun dossier de sortie indiqué pour une image sans fichier</translation>
        </message>
    </context>
    <context>
        <name>hires::ZipArchive</name>
        <message>
            <source>entry %1 fails its CRC-32 check</source>
            <translation>l’entrée %1 échoue au contrôle CRC-32</translation>
        </message>
        <message>
            <source>entry %1 uses compression method %2; only stored and deflated entries are read</source>
            <translation>l’entrée %1 utilise la méthode de compression %2 ; seules les entrées stockées ou compressées en deflate sont lues</translation>
        </message>
        <message>
            <source>entry %1 would inflate to %2 bytes, over the limit of %3 for this archive (a zip bomb?)</source>
            <translation>l’entrée %1 se décompresserait en %2 octets, au-delà de la limite de %3 pour cette archive (une bombe zip ?)</translation>
        </message>
        <message>
            <source>not enough memory to inflate entry %1 (%2 bytes)</source>
            <translation>pas assez de mémoire pour décompresser l’entrée %1 (%2 octets)</translation>
        </message>
        <message>
            <source>entry %1: %2</source>
            <translation>entrée %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>hires::ZipDirectoryParser</name>
        <message>
            <source>the central directory cannot hold its %1 entries</source>
            <translation>le répertoire central ne peut pas contenir ses %1 entrées</translation>
        </message>
        <message>
            <source>the file is too short to be a zip archive</source>
            <translation>le fichier est trop court pour être une archive zip</translation>
        </message>
        <message>
            <source>no end-of-central-directory record (not a zip archive, or truncated)</source>
            <translation>pas d’enregistrement de fin de répertoire central (pas une archive zip, ou tronquée)</translation>
        </message>
        <message>
            <source>the archive needs ZIP64 records but has none</source>
            <translation>l’archive a besoin d’enregistrements ZIP64 mais n’en a pas</translation>
        </message>
        <message>
            <source>multi-volume zip archives are not supported</source>
            <translation>les archives zip en plusieurs volumes ne sont pas prises en charge</translation>
        </message>
        <message>
            <source>the ZIP64 end-of-central-directory record is missing or misplaced</source>
            <translation>l’enregistrement ZIP64 de fin de répertoire central est absent ou mal placé</translation>
        </message>
        <message>
            <source>the central directory (offset %1, %2 bytes) lies outside the archive</source>
            <translation>le répertoire central (offset %1, %2 octets) se trouve hors de l’archive</translation>
        </message>
        <message>
            <source>central directory entry %1 is damaged</source>
            <translation>l’entrée %1 du répertoire central est endommagée</translation>
        </message>
        <message>
            <source>entry %1 is encrypted</source>
            <translation>l’entrée %1 est chiffrée</translation>
        </message>
        <message>
            <source>stored entry %1 declares %2 bytes stored but %3 bytes of content</source>
            <translation>l’entrée stockée %1 déclare %2 octets stockés mais %3 octets de contenu</translation>
        </message>
        <message>
            <source>the archive has two entries named %1</source>
            <translation>l’archive a deux entrées nommées %1</translation>
        </message>
        <message>
            <source>entry %1 has a short ZIP64 extra field</source>
            <translation>l’entrée %1 a un champ supplémentaire ZIP64 trop court</translation>
        </message>
        <message>
            <source>entry %1 needs a ZIP64 extra field but has none</source>
            <translation>l’entrée %1 a besoin d’un champ supplémentaire ZIP64 mais n’en a pas</translation>
        </message>
        <message>
            <source>the local header of entry %1 is missing or damaged</source>
            <translation>l’en-tête local de l’entrée %1 est absent ou endommagé</translation>
        </message>
        <message>
            <source>the local header of entry %1 names %2</source>
            <translation>l’en-tête local de l’entrée %1 indique %2</translation>
        </message>
        <message>
            <source>the data of entry %1 (%2 bytes) runs past the end of the archive data</source>
            <translation>les données de l’entrée %1 (%2 octets) dépassent la fin des données de l’archive</translation>
        </message>
    </context>
    <context>
        <name>hires::cli</name>
        <message>
            <source>not recognised (%1)</source>
            <translation>non reconnu (%1)</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Wrapper key</source>
            <translation>Clé d’enveloppe</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(aucune)</translation>
        </message>
        <message>
            <source>Stripped prefix</source>
            <translation>Préfixe retiré</translation>
        </message>
        <message>
            <source>Tensors</source>
            <translation>Tenseurs</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>Dtypes</source>
            <translation>Dtypes</translation>
        </message>
        <message>
            <source>Skipped entries</source>
            <translation>Entrées ignorées</translation>
        </message>
        <message>
            <source>Architecture</source>
            <translation>Architecture</translation>
        </message>
        <message>
            <source>Layers</source>
            <translation>Couches</translation>
        </message>
        <message>
            <source>Layer types</source>
            <translation>Types de couches</translation>
        </message>
        <message>
            <source>Metadata</source>
            <translation>Métadonnées</translation>
        </message>
        <message>
            <source>Print JSON instead of a table.</source>
            <translation>Afficher du JSON au lieu d’un tableau.</translation>
        </message>
        <message>
            <source>Also look in DIR (may be repeated).</source>
            <translation>Chercher aussi dans DIR (peut être répété).</translation>
        </message>
        <message>
            <source>List the models in the model folders.</source>
            <translation>Lister les modèles des dossiers de modèles.</translation>
        </message>
        <message>
            <source>Unknown argument '%1'. Try 'models --help'.</source>
            <translation>Argument « %1 » inconnu. Essayez « models --help ».</translation>
        </message>
        <message>
            <source>No models in %1.</source>
            <translation>Aucun modèle dans %1.</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>KIND</source>
            <translation>TYPE</translation>
        </message>
        <message>
            <source>ARCHITECTURE</source>
            <translation>ARCHITECTURE</translation>
        </message>
        <message>
            <source>SCALE</source>
            <translation>ÉCHELLE</translation>
        </message>
        <message>
            <source>FORMAT</source>
            <translation>FORMAT</translation>
        </message>
        <message>
            <source>SIZE</source>
            <translation>TAILLE</translation>
        </message>
        <message>
            <source>LICENCE / ERROR</source>
            <translation>LICENCE / ERREUR</translation>
        </message>
        <message>
            <source>error: %1</source>
            <translation>erreur : %1</translation>
        </message>
        <message>
            <source>* default upscaler</source>
            <translation>* agrandisseur par défaut</translation>
        </message>
        <message>
            <source>The folder with realesrgan-x4plus/x4fast .param and .bin.</source>
            <translation>Le dossier contenant les .param et .bin de realesrgan-x4plus/x4fast.</translation>
        </message>
        <message>
            <source>The model folder (default: the user's model folder).</source>
            <translation>Le dossier des modèles (par défaut : celui de l’utilisateur).</translation>
        </message>
        <message>
            <source>Install the default upscaling models.</source>
            <translation>Installer les modèles d’agrandissement par défaut.</translation>
        </message>
        <message>
            <source>install-defaults needs --from DIR. Try 'models install-defaults --help'.</source>
            <translation>install-defaults exige --from DIR. Essayez « models install-defaults --help ».</translation>
        </message>
        <message>
            <source>The default models are already installed in %1.</source>
            <translation>Les modèles par défaut sont déjà installés dans %1.</translation>
        </message>
        <message>
            <source>Installed %1 into %2.</source>
            <translation>%1 installé dans %2.</translation>
        </message>
        <message>
            <source>The expected SHA-256.</source>
            <translation>Le SHA-256 attendu.</translation>
        </message>
        <message>
            <source>Install the file even though no SHA-256 is known to check it against.</source>
            <translation>Installer le fichier même si aucun SHA-256 n’est connu pour le vérifier.</translation>
        </message>
        <message>
            <source>A model id from 'models catalogue', or an http(s) URL.</source>
            <translation>Un identifiant de modèle de « models catalogue », ou une URL http(s).</translation>
        </message>
        <message>
            <source>Download a model, verifying its SHA-256.</source>
            <translation>Télécharger un modèle en vérifiant son SHA-256.</translation>
        </message>
        <message>
            <source>download needs exactly one ID or URL. Try 'models download --help'.</source>
            <translation>download exige exactement un identifiant ou une URL. Essayez « models download --help ».</translation>
        </message>
        <message>
            <source>'%1' is neither a downloadable model of 'models catalogue' nor a URL.</source>
            <translation>« %1 » n’est ni un modèle téléchargeable de « models catalogue » ni une URL.</translation>
        </message>
        <message>
            <source>%1: the URL does not end in a file name.</source>
            <translation>%1 : l’URL ne se termine pas par un nom de fichier.</translation>
        </message>
        <message>
            <source>%1 is already installed and verified.</source>
            <translation>%1 est déjà installé et vérifié.</translation>
        </message>
        <message>
            <source>%1: %2 of %3 (%4%)</source>
            <translation>%1 : %2 sur %3 (%4 %)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>Saved %1 (SHA-256 %2%3).</source>
            <translation>%1 enregistré (SHA-256 %2%3).</translation>
        </message>
        <message>
            <source>, not verified</source>
            <translation>, non vérifié</translation>
        </message>
        <message>
            <source>, verified</source>
            <translation>, vérifié</translation>
        </message>
        <message>
            <source>List the models Hires Studio knows by name.</source>
            <translation>Lister les modèles que Hires Studio connaît par leur nom.</translation>
        </message>
        <message>
            <source>LICENCE</source>
            <translation>LICENCE</translation>
        </message>
        <message>
            <source>SOURCE</source>
            <translation>SOURCE</translation>
        </message>
        <message>
            <source>Upscales images with a Real-ESRGAN model, falling back to LANCZOS when the model cannot run.</source>
            <translation>Agrandit des images avec un modèle Real-ESRGAN, avec repli sur LANCZOS quand le modèle ne peut pas s’exécuter.</translation>
        </message>
        <message>
            <source>image files or folders</source>
            <translation>fichiers image ou dossiers</translation>
        </message>
        <message>
            <source>output file (one input) or folder</source>
            <translation>fichier de sortie (une entrée) ou dossier</translation>
        </message>
        <message>
            <source>model id, model file (.pth, .safetensors, .param) or 'lanczos' (default: %1)</source>
            <translation>identifiant de modèle, fichier de modèle (.pth, .safetensors, .param) ou 'lanczos' (par défaut : %1)</translation>
        </message>
        <message>
            <source>output scale (default 2)</source>
            <translation>échelle de sortie (2 par défaut)</translation>
        </message>
        <message>
            <source>tile size in pixels, 0 = automatic</source>
            <translation>taille des tuiles en pixels, 0 = automatique</translation>
        </message>
        <message>
            <source>auto, cpu or cuda</source>
            <translation>auto, cpu ou cuda</translation>
        </message>
        <message>
            <source>png, jpg, webp or tif (default: the input's)</source>
            <translation>png, jpg, webp ou tif (par défaut : celui de l’entrée)</translation>
        </message>
        <message>
            <source>alpha channel by 'model' or 'lanczos'</source>
            <translation>canal alpha par 'model' ou 'lanczos'</translation>
        </message>
        <message>
            <source>CPU threads, 0 = all cores</source>
            <translation>threads CPU, 0 = tous les cœurs</translation>
        </message>
        <message>
            <source>auto, fp32, fp16 (CUDA) or bf16</source>
            <translation>auto, fp32, fp16 (CUDA) ou bf16</translation>
        </message>
        <message>
            <source>fail instead of falling back to LANCZOS</source>
            <translation>échouer au lieu de se replier sur LANCZOS</translation>
        </message>
        <message>
            <source>replace an existing -o FILE</source>
            <translation>remplacer un -o FICHIER existant</translation>
        </message>
        <message>
            <source>print one JSON object per input (output, provenance)</source>
            <translation>afficher un objet JSON par entrée (sortie, provenance)</translation>
        </message>
        <message>
            <source>no input given</source>
            <translation>aucune entrée indiquée</translation>
        </message>
        <message>
            <source>invalid scale '%1' (a number above 0, at most 64)</source>
            <translation>échelle « %1 » invalide (un nombre supérieur à 0, au plus 64)</translation>
        </message>
        <message>
            <source>invalid tile '%1' (0 = automatic, or at least 32)</source>
            <translation>tuile « %1 » invalide (0 = automatique, ou au moins 32)</translation>
        </message>
        <message>
            <source>invalid thread count '%1'</source>
            <translation>nombre de threads « %1 » invalide</translation>
        </message>
        <message>
            <source>unknown format '%1' (png, jpg, webp, tif)</source>
            <translation>format « %1 » inconnu (png, jpg, webp, tif)</translation>
        </message>
        <message>
            <source>%1: no such file or folder</source>
            <translation>%1 : ce fichier ou dossier n’existe pas</translation>
        </message>
        <message>
            <source>no images found in %1</source>
            <translation>aucune image trouvée dans %1</translation>
        </message>
        <message>
            <source>%1: cannot create this folder</source>
            <translation>%1 : impossible de créer ce dossier</translation>
        </message>
        <message>
            <source>-o %1 names a file but there are %2 inputs; give a folder (ending with '/') instead</source>
            <translation>-o %1 désigne un fichier mais il y a %2 entrées ; indiquez plutôt un dossier (terminé par '/')</translation>
        </message>
        <message>
            <source>%1 exists; use --overwrite to replace it</source>
            <translation>%1 existe ; utilisez --overwrite pour le remplacer</translation>
        </message>
        <message>
            <source>%1 is an input; it is never overwritten</source>
            <translation>%1 est une entrée ; elle n’est jamais écrasée</translation>
        </message>
        <message>
            <source>--%1: '%2' is not a number</source>
            <translation>--%1 : « %2 » n’est pas un nombre</translation>
        </message>
        <message>
            <source>Generates an image with a Stable Diffusion 1.x or SDXL checkpoint, optionally with hires fix.</source>
            <translation>Génère une image avec un checkpoint Stable Diffusion 1.x ou SDXL, éventuellement avec le hires fix.</translation>
        </message>
        <message>
            <source>the prompt (A1111 weighting: (word:1.2), [word], BREAK)</source>
            <translation>le prompt (pondération A1111 : (mot:1.2), [mot], BREAK)</translation>
        </message>
        <message>
            <source>the negative prompt</source>
            <translation>le prompt négatif</translation>
        </message>
        <message>
            <source>checkpoint file (.safetensors, .ckpt), diffusers folder or name in the model folders</source>
            <translation>fichier de checkpoint (.safetensors, .ckpt), dossier diffusers ou nom dans les dossiers de modèles</translation>
        </message>
        <message>
            <source>width, a multiple of 8 (default: SDXL 768, SD 1.5 512)</source>
            <translation>largeur, multiple de 8 (par défaut : SDXL 768, SD 1.5 512)</translation>
        </message>
        <message>
            <source>height, a multiple of 8 (default: as width)</source>
            <translation>hauteur, multiple de 8 (par défaut : comme la largeur)</translation>
        </message>
        <message>
            <source>sampling steps (default %1)</source>
            <translation>étapes d’échantillonnage (par défaut %1)</translation>
        </message>
        <message>
            <source>guidance scale (default %1)</source>
            <translation>échelle de guidage (par défaut %1)</translation>
        </message>
        <message>
            <source>euler_a, euler, dpmpp_2m, dpmpp_2m_karras or ddim (default euler_a)</source>
            <translation>euler_a, euler, dpmpp_2m, dpmpp_2m_karras ou ddim (par défaut euler_a)</translation>
        </message>
        <message>
            <source>seed, -1 = random (default)</source>
            <translation>graine, -1 = aléatoire (par défaut)</translation>
        </message>
        <message>
            <source>CLIP skip for SD 1.x (default 1)</source>
            <translation>CLIP skip pour SD 1.x (par défaut 1)</translation>
        </message>
        <message>
            <source>img2img: the start image</source>
            <translation>img2img : l’image de départ</translation>
        </message>
        <message>
            <source>img2img: how much of the start image is re-noised (default %1)</source>
            <translation>img2img : part de l’image de départ qui est rebruitée (par défaut %1)</translation>
        </message>
        <message>
            <source>render at the base size, upscale, then refine (AUTOMATIC1111 hires fix)</source>
            <translation>générer à la taille de base, agrandir, puis affiner (hires fix d’AUTOMATIC1111)</translation>
        </message>
        <message>
            <source>hires fix: upscale factor (default %1)</source>
            <translation>hires fix : facteur d’agrandissement (par défaut %1)</translation>
        </message>
        <message>
            <source>hires fix: denoising strength (default %1)</source>
            <translation>hires fix : intensité de débruitage (par défaut %1)</translation>
        </message>
        <message>
            <source>hires fix: second pass steps, 0 = as --steps (default 0)</source>
            <translation>hires fix : étapes de la seconde passe, 0 = comme --steps (par défaut 0)</translation>
        </message>
        <message>
            <source>hires fix: upscale with LANCZOS instead of Real-ESRGAN</source>
            <translation>hires fix : agrandir avec LANCZOS au lieu de Real-ESRGAN</translation>
        </message>
        <message>
            <source>hires fix: upscale the latent (A1111 "Latent")</source>
            <translation>hires fix : agrandir le latent (« Latent » d’A1111)</translation>
        </message>
        <message>
            <source>hires fix: the Real-ESRGAN model file (default: realesrgan-x4fast from the model folders)</source>
            <translation>hires fix : le fichier de modèle Real-ESRGAN (par défaut : realesrgan-x4fast des dossiers de modèles)</translation>
        </message>
        <message>
            <source>restore faces with this weight (0..1)</source>
            <translation>restaurer les visages avec ce poids (0..1)</translation>
        </message>
        <message>
            <source>the GFPGAN model file (default: GFPGANv1.4.pth from the model folders)</source>
            <translation>le fichier de modèle GFPGAN (par défaut : GFPGANv1.4.pth des dossiers de modèles)</translation>
        </message>
        <message>
            <source>folder with the CLIP tokenizer (vocab.json + merges.txt)</source>
            <translation>dossier contenant le tokenizer CLIP (vocab.json + merges.txt)</translation>
        </message>
        <message>
            <source>an extra folder with models and tokenizers (repeatable)</source>
            <translation>un dossier supplémentaire de modèles et de tokenizers (répétable)</translation>
        </message>
        <message>
            <source>output file (default: hires-studio-&lt;time&gt;.png)</source>
            <translation>fichier de sortie (par défaut : hires-studio-&lt;time&gt;.png)</translation>
        </message>
        <message>
            <source>also write the first pass next to the output (-first-pass)</source>
            <translation>écrire aussi la première passe à côté de la sortie (-first-pass)</translation>
        </message>
        <message>
            <source>replace an existing output file</source>
            <translation>remplacer un fichier de sortie existant</translation>
        </message>
        <message>
            <source>print the result as JSON (output, seed, provenance)</source>
            <translation>afficher le résultat en JSON (sortie, graine, provenance)</translation>
        </message>
        <message>
            <source>unexpected argument '%1' (the prompt goes after -p)</source>
            <translation>argument inattendu « %1 » (le prompt se place après -p)</translation>
        </message>
        <message>
            <source>no prompt given (-p TEXT)</source>
            <translation>aucun prompt indiqué (-p TEXTE)</translation>
        </message>
        <message>
            <source>unknown sampler '%1' (euler_a, euler, dpmpp_2m, dpmpp_2m_karras, ddim)</source>
            <translation>échantillonneur « %1 » inconnu (euler_a, euler, dpmpp_2m, dpmpp_2m_karras, ddim)</translation>
        </message>
        <message>
            <source>Output file (one INPUT) or folder (several).</source>
            <translation>Fichier de sortie (un seul INPUT) ou dossier (plusieurs).</translation>
        </message>
        <message>
            <source>Blend of original (0) and restored (1) faces; default 1.</source>
            <translation>Mélange entre les visages d’origine (0) et restaurés (1) ; par défaut 1.</translation>
        </message>
        <message>
            <source>GFPGAN v1.4 weights (GFPGANv1.4.pth).</source>
            <translation>Poids GFPGAN v1.4 (GFPGANv1.4.pth).</translation>
        </message>
        <message>
            <source>Inputs are aligned 512x512 faces: run the network alone (no detection, no paste-back).</source>
            <translation>Les entrées sont des visages alignés de 512x512 : exécuter le réseau seul (sans détection ni recollage).</translation>
        </message>
        <message>
            <source>Face detector: auto, yunet or haar; default auto.</source>
            <translation>Détecteur de visages : auto, yunet ou haar ; par défaut auto.</translation>
        </message>
        <message>
            <source>Folder searched for face_detection_yunet*.onnx (repeatable).</source>
            <translation>Dossier où chercher face_detection_yunet*.onnx (répétable).</translation>
        </message>
        <message>
            <source>Output format: png, jpg, webp or tif; default: the input's.</source>
            <translation>Format de sortie : png, jpg, webp ou tif ; par défaut : celui de l’entrée.</translation>
        </message>
        <message>
            <source>Print the results and their provenance as JSON.</source>
            <translation>Afficher les résultats et leur provenance en JSON.</translation>
        </message>
        <message>
            <source>Restore the faces of photos with GFPGAN v1.4.</source>
            <translation>Restaurer les visages de photos avec GFPGAN v1.4.</translation>
        </message>
        <message>
            <source>Images to restore.</source>
            <translation>Images à restaurer.</translation>
        </message>
        <message>
            <source>restore-faces needs at least one INPUT. Try 'restore-faces --help'.</source>
            <translation>restore-faces nécessite au moins un INPUT. Essayez « restore-faces --help ».</translation>
        </message>
        <message>
            <source>--weight must be a number from 0 to 1, not '%1'.</source>
            <translation>--weight doit être un nombre de 0 à 1, pas « %1 ».</translation>
        </message>
        <message>
            <source>unknown output format '%1'.</source>
            <translation>format de sortie « %1 » inconnu.</translation>
        </message>
        <message>
            <source>restore faces after upscaling: blend of original (0) and restored (1) faces</source>
            <translation>restaurer les visages après l’agrandissement : mélange entre visages d’origine (0) et restaurés (1)</translation>
        </message>
        <message>
            <source>GFPGAN v1.4 weights for --face-restore (default: %1 in the model folders)</source>
            <translation>poids GFPGAN v1.4 pour --face-restore (par défaut : %1 dans les dossiers de modèles)</translation>
        </message>
        <message>
            <source>with --face-restore: the input is an aligned face (the network alone, no detection or paste-back)</source>
            <translation>avec --face-restore : l’entrée est un visage aligné (le réseau seul, sans détection ni recollage)</translation>
        </message>
        <message>
            <source>--face-model and --face-aligned need --face-restore WEIGHT</source>
            <translation>--face-model et --face-aligned nécessitent --face-restore WEIGHT</translation>
        </message>
        <message>
            <source>invalid face restoration weight '%1' (a number from 0 to 1)</source>
            <translation>poids de restauration des visages « %1 » invalide (un nombre de 0 à 1)</translation>
        </message>
    </context>
    <context>
        <name>hires::cli::GenerateCommand</name>
        <message>
            <source>generate an image with Stable Diffusion (txt2img, img2img, hires fix)</source>
            <translation>générer une image avec Stable Diffusion (txt2img, img2img, hires fix)</translation>
        </message>
        <message>
            <source>Try 'hires-studio generate --help'.</source>
            <translation>Essayez « hires-studio generate --help ».</translation>
        </message>
        <message>
            <source>%1 exists; use --overwrite to replace it</source>
            <translation>%1 existe ; utilisez --overwrite pour le remplacer</translation>
        </message>
        <message>
            <source>%1 %2/%3</source>
            <translation>%1 %2/%3</translation>
        </message>
        <message>
            <source>tokenizer: %1 (%2)</source>
            <translation>tokenizer : %1 (%2)</translation>
        </message>
        <message>
            <source>seed %1; %2</source>
            <translation>graine %1 ; %2</translation>
        </message>
    </context>
    <context>
        <name>hires::cli::InspectCommand</name>
        <message>
            <source>show what a model file (.safetensors, .pth, .ckpt, ncnn .param/.bin) holds</source>
            <translation>montrer ce que contient un fichier de modèle (.safetensors, .pth, .ckpt, .param/.bin ncnn)</translation>
        </message>
        <message>
            <source>Print JSON instead of text.</source>
            <translation>Afficher du JSON au lieu de texte.</translation>
        </message>
        <message>
            <source>List every tensor with its dtype and shape.</source>
            <translation>Lister chaque tenseur avec son dtype et sa forme.</translation>
        </message>
        <message>
            <source>The model file.</source>
            <translation>Le fichier de modèle.</translation>
        </message>
        <message>
            <source>inspect needs exactly one FILE. Try 'inspect --help'.</source>
            <translation>inspect exige exactement un FICHIER. Essayez « inspect --help ».</translation>
        </message>
    </context>
    <context>
        <name>hires::cli::ModelsCommand</name>
        <message>
            <source>list, install and download models (models --help)</source>
            <translation>lister, installer et télécharger des modèles (models --help)</translation>
        </message>
        <message>
            <source>Usage: models [--json] [--folder DIR]...
       models install-defaults --from DIR [--to DIR]
       models download ID|URL [--sha256 HEX] [--to DIR] [--allow-unverified]
       models catalogue [--json]
Each sub-command takes --help.</source>
            <translation>Usage : models [--json] [--folder DIR]...
        models install-defaults --from DIR [--to DIR]
        models download ID|URL [--sha256 HEX] [--to DIR] [--allow-unverified]
        models catalogue [--json]
Chaque sous-commande accepte --help.</translation>
        </message>
    </context>
    <context>
        <name>hires::cli::RestoreFacesCommand</name>
        <message>
            <source>restore the faces in photos (GFPGAN v1.4) with a weight from 0 to 1</source>
            <translation>restaurer les visages de photos (GFPGAN v1.4) avec un poids de 0 à 1</translation>
        </message>
        <message>
            <source>-o must be a folder when there are several inputs: %1</source>
            <translation>-o doit être un dossier lorsqu’il y a plusieurs entrées : %1</translation>
        </message>
        <message>
            <source>cannot create the output folder %1</source>
            <translation>impossible de créer le dossier de sortie %1</translation>
        </message>
        <message>
            <source>warning: faces are not restored: %1</source>
            <translation>avertissement : les visages ne sont pas restaurés : %1</translation>
        </message>
        <message>
            <source>%1 -&gt; %2: %3 face(s) detected, %4 restored (%5)</source>
            <translation>%1 -&gt; %2 : %3 visage(s) détecté(s), %4 restauré(s) (%5)</translation>
        </message>
    </context>
    <context>
        <name>hires::cli::ServeCommand</name>
        <message>
            <source>Serve the HTTP API (/generate, /upscale, /health, AUTOMATIC1111's /sdapi/v1).</source>
            <translation>Servir l’API HTTP (/generate, /upscale, /health, /sdapi/v1 d’AUTOMATIC1111).</translation>
        </message>
        <message>
            <source>Address to listen on (default 127.0.0.1).</source>
            <translation>Adresse d’écoute (par défaut 127.0.0.1).</translation>
        </message>
        <message>
            <source>Port (default 7860; 0: any).</source>
            <translation>Port (par défaut 7860 ; 0 : n’importe lequel).</translation>
        </message>
        <message>
            <source>Bearer token every request must carry.</source>
            <translation>Jeton Bearer que chaque requête doit porter.</translation>
        </message>
        <message>
            <source>Read the token from FILE (keeps it out of `ps`).</source>
            <translation>Lire le jeton depuis FILE (le garde hors de `ps`).</translation>
        </message>
        <message>
            <source>Also look for models in DIR (may be repeated).</source>
            <translation>Chercher aussi des modèles dans DIR (répétable).</translation>
        </message>
        <message>
            <source>Library id of the checkpoint /generate uses (default: the first found).</source>
            <translation>Identifiant dans la bibliothèque du checkpoint utilisé par /generate (par défaut : le premier trouvé).</translation>
        </message>
        <message>
            <source>Jobs that may wait behind the running one (default 4).</source>
            <translation>Tâches pouvant attendre derrière celle en cours (par défaut 4).</translation>
        </message>
        <message>
            <source>Largest request body in MiB (default 48).</source>
            <translation>Taille maximale du corps de requête en Mio (par défaut 48).</translation>
        </message>
        <message>
            <source>serve: --host takes an IP address and --port a number up to 65535</source>
            <translation>serve : --host attend une adresse IP et --port un nombre jusqu’à 65535</translation>
        </message>
        <message>
            <source>serve: cannot read %1: %2</source>
            <translation>serve : impossible de lire %1 : %2</translation>
        </message>
        <message>
            <source>serve: %1</source>
            <translation>serve : %1</translation>
        </message>
        <message>
            <source>Serving on http://%1:%2 (%3 models found)</source>
            <translation>Service sur http://%1:%2 (%3 modèles trouvés)</translation>
        </message>
        <message>
            <source>serve: stopped</source>
            <translation>serve : arrêté</translation>
        </message>
    </context>
    <context>
        <name>hires::cli::UpscaleCommand</name>
        <message>
            <source>upscale images with Real-ESRGAN or LANCZOS (files and folders)</source>
            <translation>agrandir des images avec Real-ESRGAN ou LANCZOS (fichiers et dossiers)</translation>
        </message>
        <message>
            <source>Try 'hires-studio upscale --help'.</source>
            <translation>Essayez « hires-studio upscale --help ».</translation>
        </message>
        <message>
            <source>model '%1' not found (looked in: %2); give a model file with -m</source>
            <translation>modèle « %1 » introuvable (recherché dans : %2) ; indiquez un fichier de modèle avec -m</translation>
        </message>
        <message>
            <source>upscaled %1 of %2 images, %3 failed</source>
            <translation>%1 images agrandies sur %2, %3 en échec</translation>
        </message>
        <message>
            <source>upscaled %1 of %2 images</source>
            <translation>%1 images agrandies sur %2</translation>
        </message>
        <message>
            <source>[%1/%2] %3: %4 %5/%6</source>
            <translation>[%1/%2] %3 : %4 %5/%6</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>face model '%1' not found (looked in: %2); faces will not be restored; give a GFPGAN v1.4 file with --face-model</source>
            <translation>modèle de visages « %1 » introuvable (emplacements examinés : %2) ; les visages ne seront pas restaurés ; indiquez un fichier GFPGAN v1.4 avec --face-model</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::AboutDialog</name>
        <message>
            <source>About Hires Studio</source>
            <translation>À propos de Hires Studio</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Hires Studio %1&lt;/h2&gt;&lt;p&gt;Image generation, neural upscaling and A/B comparison on the desktop.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;Hires Studio %1&lt;/h2&gt;&lt;p&gt;Génération d’images, agrandissement neuronal et comparaison A/B sur le bureau.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&amp;Copy Details</source>
            <translation>&amp;Copier les détails</translation>
        </message>
        <message numerus="yes">
            <source>CUDA (%n device(s))</source>
            <translation>
                <numerusform>CUDA (%n périphérique)</numerusform>
                <numerusform>CUDA (%n périphériques)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>CPU only (%n thread(s))</source>
            <translation>
                <numerusform>CPU seulement (%n thread)</numerusform>
                <numerusform>CPU seulement (%n threads)</numerusform>
            </translation>
        </message>
        <message>
            <source>libtorch %1, %2
OpenCV %3
Qt %4 (built with %5)</source>
            <translation>libtorch %1, %2
OpenCV %3
Qt %4 (compilé avec %5)</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::ComparisonPage</name>
        <message>
            <source>Comparison</source>
            <translation>Comparaison</translation>
        </message>
        <message>
            <source>Comparison tools</source>
            <translation>Outils de comparaison</translation>
        </message>
        <message>
            <source>Comparison progress</source>
            <translation>Progression de la comparaison</translation>
        </message>
        <message>
            <source>Comparison status</source>
            <translation>État de la comparaison</translation>
        </message>
        <message>
            <source>Open an image to compare LANCZOS with a model, or compare two files.</source>
            <translation>Ouvrez une image pour comparer LANCZOS à un modèle, ou comparez deux fichiers.</translation>
        </message>
        <message>
            <source>&amp;Open Image to Compare...</source>
            <translation>&amp;Ouvrir une image à comparer...</translation>
        </message>
        <message>
            <source>Choose the image whose upscales are compared</source>
            <translation>Choisir l’image dont les agrandissements sont comparés</translation>
        </message>
        <message>
            <source>Compare &amp;LANCZOS vs Model</source>
            <translation>Comparer &amp;LANCZOS et le modèle</translation>
        </message>
        <message>
            <source>Upscale the whole image with LANCZOS and with the chosen model to the same size, and compare them</source>
            <translation>Agrandir toute l’image avec LANCZOS et avec le modèle choisi à la même taille, puis les comparer</translation>
        </message>
        <message>
            <source>&amp;Preview Visible Region</source>
            <translation>&amp;Aperçu de la zone visible</translation>
        </message>
        <message>
            <source>Run the model only on the part in view (plus a margin), LANCZOS elsewhere: a quick look before the whole image</source>
            <translation>Exécuter le modèle uniquement sur la partie affichée (plus une marge), LANCZOS ailleurs : un aperçu rapide avant l’image entière</translation>
        </message>
        <message>
            <source>Compare &amp;Two Files...</source>
            <translation>Comparer &amp;deux fichiers...</translation>
        </message>
        <message>
            <source>Choose two image files and compare them</source>
            <translation>Choisir deux fichiers image et les comparer</translation>
        </message>
        <message>
            <source>&amp;Cancel Comparison</source>
            <translation>A&amp;nnuler la comparaison</translation>
        </message>
        <message>
            <source>Stop the running comparison</source>
            <translation>Arrêter la comparaison en cours</translation>
        </message>
        <message>
            <source>&amp;Side by Side</source>
            <translation>Côte à côt&amp;e</translation>
        </message>
        <message>
            <source>Show the two images next to each other</source>
            <translation>Afficher les deux images l’une à côté de l’autre</translation>
        </message>
        <message>
            <source>S&amp;lider</source>
            <translation>&amp;Curseur</translation>
        </message>
        <message>
            <source>Show the left image left of a divider you drag, the right image right of it</source>
            <translation>Afficher l’image de gauche à gauche d’un séparateur que vous faites glisser, l’image de droite à sa droite</translation>
        </message>
        <message>
            <source>&amp;Difference</source>
            <translation>&amp;Différence</translation>
        </message>
        <message>
            <source>Show where the images differ: |A − B| amplified and colour-mapped</source>
            <translation>Montrer où les images diffèrent : |A − B| amplifiée et en fausses couleurs</translation>
        </message>
        <message>
            <source>&amp;Fit</source>
            <translation>A&amp;juster</translation>
        </message>
        <message>
            <source>Fit the images to the panes</source>
            <translation>Ajuster les images aux volets</translation>
        </message>
        <message>
            <source>1:1</source>
            <translation>1:1</translation>
        </message>
        <message>
            <source>Actual pixels</source>
            <translation>Pixels réels</translation>
        </message>
        <message>
            <source>2×</source>
            <translation>2×</translation>
        </message>
        <message>
            <source>Two screen pixels per image pixel</source>
            <translation>Deux pixels d’écran par pixel d’image</translation>
        </message>
        <message>
            <source>4×</source>
            <translation>4×</translation>
        </message>
        <message>
            <source>Four screen pixels per image pixel</source>
            <translation>Quatre pixels d’écran par pixel d’image</translation>
        </message>
        <message>
            <source>Save &amp;Left As...</source>
            <translation>Enregistrer l’image de &amp;gauche sous...</translation>
        </message>
        <message>
            <source>Save the left image to a file</source>
            <translation>Enregistrer l’image de gauche dans un fichier</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <source>LANCZOS vs Model</source>
            <translation>LANCZOS contre modèle</translation>
        </message>
        <message>
            <source>Preview Region</source>
            <translation>Aperçu de la zone</translation>
        </message>
        <message>
            <source>Two Files</source>
            <translation>Deux fichiers</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Side by Side</source>
            <translation>Côte à côte</translation>
        </message>
        <message>
            <source>Slider</source>
            <translation>Curseur</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Différence</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Ajuster</translation>
        </message>
        <message>
            <source>Save &amp;Right As...</source>
            <translation>Enregistrer l’image de d&amp;roite sous...</translation>
        </message>
        <message>
            <source>Save the right image to a file</source>
            <translation>Enregistrer l’image de droite dans un fichier</translation>
        </message>
        <message>
            <source>Save Left</source>
            <translation>Enregistrer gauche</translation>
        </message>
        <message>
            <source>Save Right</source>
            <translation>Enregistrer droite</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modèle</translation>
        </message>
        <message>
            <source>The model compared with LANCZOS</source>
            <translation>Le modèle comparé à LANCZOS</translation>
        </message>
        <message>
            <source>Output scale</source>
            <translation>Échelle de sortie</translation>
        </message>
        <message>
            <source>Both sides are upscaled to this many times the input size</source>
            <translation>Les deux côtés sont agrandis à ce multiple de la taille d’entrée</translation>
        </message>
        <message>
            <source>×%1</source>
            <translation>×%1</translation>
        </message>
        <message>
            <source>Difference amplification</source>
            <translation>Amplification de la différence</translation>
        </message>
        <message>
            <source>How strongly differences are amplified in the difference view</source>
            <translation>Intensité de l’amplification des différences dans la vue Différence</translation>
        </message>
        <message>
            <source>|A − B| ×%1</source>
            <translation>|A − B| ×%1</translation>
        </message>
        <message>
            <source>%1: choose a model and compare, or zoom in and preview the region in view.</source>
            <translation>%1 : choisissez un modèle et comparez, ou zoomez et prévisualisez la zone affichée.</translation>
        </message>
        <message>
            <source>Images (%1)</source>
            <translation>Images (%1)</translation>
        </message>
        <message>
            <source>Open Image to Compare</source>
            <translation>Ouvrir une image à comparer</translation>
        </message>
        <message>
            <source>Choose Two Images to Compare</source>
            <translation>Choisir deux images à comparer</translation>
        </message>
        <message numerus="yes">
            <source>Choose exactly two images to compare (%n chosen).</source>
            <translation>
                <numerusform>Choisissez exactement deux images à comparer (%n choisie).</numerusform>
                <numerusform>Choisissez exactement deux images à comparer (%n choisies).</numerusform>
            </translation>
        </message>
        <message>
            <source>Upscaling %1 with LANCZOS and %2...</source>
            <translation>Agrandissement de %1 avec LANCZOS et %2...</translation>
        </message>
        <message>
            <source>Previewing %1 on %2 × %3 pixels in view...</source>
            <translation>Aperçu de %1 sur %2 × %3 pixels affichés...</translation>
        </message>
        <message>
            <source>Comparing %1 with %2...</source>
            <translation>Comparaison de %1 avec %2...</translation>
        </message>
        <message>
            <source>Compared %1 with %2.</source>
            <translation>%1 comparé à %2.</translation>
        </message>
        <message>
            <source>The model could not run: see the right pane.</source>
            <translation>Le modèle n’a pas pu s’exécuter : voir le volet de droite.</translation>
        </message>
        <message>
            <source>The comparison failed: %1</source>
            <translation>La comparaison a échoué : %1</translation>
        </message>
        <message>
            <source>The comparison was cancelled.</source>
            <translation>La comparaison a été annulée.</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>%1 enregistré</translation>
        </message>
        <message>
            <source>No model found: add one in the model manager</source>
            <translation>Aucun modèle trouvé : ajoutez-en un dans le gestionnaire de modèles</translation>
        </message>
        <message>
            <source>The model runs on %1; LANCZOS runs on this computer.</source>
            <translation>Le modèle s’exécute sur %1, LANCZOS sur cet ordinateur.</translation>
        </message>
        <message>
            <source>The model ran on %1.</source>
            <translation>Le modèle s’est exécuté sur %1.</translation>
        </message>
        <message>
            <source>Restore &amp;Faces</source>
            <translation>Restaurer les &amp;visages</translation>
        </message>
        <message>
            <source>Restore Faces</source>
            <translation>Restaurer les visages</translation>
        </message>
        <message>
            <source>Restore the faces of the model's side with GFPGAN, then switch each face and set the weight beside the view</source>
            <translation>Restaurer les visages du côté du modèle avec GFPGAN, puis activer ou désactiver chaque visage et régler le poids à côté de la vue</translation>
        </message>
        <message>
            <source>Face restoration weight</source>
            <translation>Poids de la restauration des visages</translation>
        </message>
        <message>
            <source>Face restoration weight — 0: the model's faces as they are; 1: fully restored (applies to the next comparison)</source>
            <translation>Poids de la restauration des visages — 0 : les visages du modèle tels quels ; 1 : entièrement restaurés (s’applique à la prochaine comparaison)</translation>
        </message>
        <message>
            <source>this computer</source>
            <translation>cet ordinateur</translation>
        </message>
        <message>
            <source>Faces are restored on this computer only: with a remote server the model's faces are shown as they are.</source>
            <translation>Les visages ne sont restaurés que sur cet ordinateur : avec un serveur distant, les visages du modèle sont affichés tels quels.</translation>
        </message>
        <message>
            <source>No face was found.</source>
            <translation>Aucun visage n’a été trouvé.</translation>
        </message>
        <message>
            <source>The faces were not restored: see the right pane.</source>
            <translation>Les visages n’ont pas été restaurés : voir le volet de droite.</translation>
        </message>
        <message numerus="yes">
            <source>%n face(s) restored: review them beside the view.</source>
            <translation>
                <numerusform>%n visage restauré : vérifiez-le à côté de la vue.</numerusform>
                <numerusform>%n visages restaurés : vérifiez-les à côté de la vue.</numerusform>
            </translation>
        </message>
        <message>
            <source>Face restoration and review run on this computer only; the model runs on %1 (see Settings)</source>
            <translation>La restauration et la vérification des visages ne s’exécutent que sur cet ordinateur ; le modèle s’exécute sur %1 (voir Paramètres)</translation>
        </message>
        <message>
            <source>Restore the faces of the model's side, and review them face by face (%1)</source>
            <translation>Restaurer les visages du côté du modèle et les vérifier un par un (%1)</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::ComparisonView</name>
        <message>
            <source>Left image information</source>
            <translation>Informations sur l’image de gauche</translation>
        </message>
        <message>
            <source>Right image information</source>
            <translation>Informations sur l’image de droite</translation>
        </message>
        <message>
            <source>Difference information</source>
            <translation>Informations sur la différence</translation>
        </message>
        <message>
            <source>Left image</source>
            <translation>Image de gauche</translation>
        </message>
        <message>
            <source>Right image</source>
            <translation>Image de droite</translation>
        </message>
        <message>
            <source>Difference between the images</source>
            <translation>Différence entre les images</translation>
        </message>
        <message>
            <source>Where the two images differ: black where they agree, brighter where they differ more (|A − B| amplified)</source>
            <translation>Où les deux images diffèrent : noir là où elles concordent, plus clair là où elles diffèrent davantage (|A − B| amplifiée)</translation>
        </message>
        <message>
            <source>Compare LANCZOS with a model, or open two images to compare.</source>
            <translation>Comparez LANCZOS à un modèle, ou ouvrez deux images à comparer.</translation>
        </message>
        <message>
            <source>The difference appears once two images are compared.</source>
            <translation>La différence apparaît dès que deux images sont comparées.</translation>
        </message>
        <message>
            <source>made by %1</source>
            <translation>réalisé par %1</translation>
        </message>
        <message>
            <source>on %1</source>
            <translation>sur %1</translation>
        </message>
        <message>
            <source>on %1 (%2)</source>
            <translation>sur %1 (%2)</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
        <message>
            <source>%1 × %2 file</source>
            <translation>fichier %1 × %2</translation>
        </message>
        <message>
            <source>sharpness %1</source>
            <translation>netteté %1</translation>
        </message>
        <message>
            <source>fidelity ∞ dB (reduces to the input exactly)</source>
            <translation>fidélité ∞ dB (se réduit exactement à l’entrée)</translation>
        </message>
        <message>
            <source>fidelity %1 dB</source>
            <translation>fidélité %1 dB</translation>
        </message>
        <message>
            <source>Fell back: %1 → %2 (%3)</source>
            <translation>Repli : %1 → %2 (%3)</translation>
        </message>
        <message>
            <source>|A − B| × %1 · mean difference %2 of 255</source>
            <translation>|A − B| × %1 · différence moyenne %2 sur 255</translation>
        </message>
        <message>
            <source>Model preview of %1 × %2 pixels at %3, %4</source>
            <translation>Aperçu du modèle sur %1 × %2 pixels à %3, %4</translation>
        </message>
        <message>
            <source>The images have different shapes: one is stretched.</source>
            <translation>Les images ont des formes différentes : l’une est étirée.</translation>
        </message>
        <message>
            <source>no face found</source>
            <translation>aucun visage trouvé</translation>
        </message>
        <message>
            <source>%1 of %2 faces restored by %3</source>
            <translation>%1 visages sur %2 restaurés par %3</translation>
        </message>
        <message>
            <source>faces not restored</source>
            <translation>visages non restaurés</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::FaceReviewPanel</name>
        <message>
            <source>Restored faces</source>
            <translation>Visages restaurés</translation>
        </message>
        <message>
            <source>Detected faces</source>
            <translation>Visages détectés</translation>
        </message>
        <message>
            <source>&amp;Weight:</source>
            <translation>&amp;Poids :</translation>
        </message>
        <message>
            <source>Face restoration weight</source>
            <translation>Poids de la restauration des visages</translation>
        </message>
        <message>
            <source>0: the original faces; 100: fully restored. Applies to every face.</source>
            <translation>0 : les visages d'origine ; 100 : entièrement restaurés. S'applique à chaque visage.</translation>
        </message>
        <message>
            <source>No face restoration in this result.</source>
            <translation>Aucune restauration de visage dans ce résultat.</translation>
        </message>
        <message>
            <source>No face was detected.</source>
            <translation>Aucun visage n'a été détecté.</translation>
        </message>
        <message>
            <source>Faces detected: %1</source>
            <translation>Visages détectés : %1</translation>
        </message>
        <message>
            <source>Face %1</source>
            <translation>Visage %1</translation>
        </message>
        <message>
            <source>Restore face %1</source>
            <translation>Restaurer le visage %1</translation>
        </message>
        <message>
            <source>Switch the restoration of this face on or off</source>
            <translation>Activer ou désactiver la restauration de ce visage</translation>
        </message>
        <message>
            <source>No restoration model ran for this face</source>
            <translation>Aucun modèle de restauration n'a été exécuté pour ce visage</translation>
        </message>
        <message>
            <source>Face %1 before restoration</source>
            <translation>Visage %1 avant la restauration</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucune</translation>
        </message>
        <message>
            <source>Face %1 after restoration</source>
            <translation>Visage %1 après la restauration</translation>
        </message>
        <message>
            <source>not restored</source>
            <translation>non restauré</translation>
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
            <translation>Restauration des visages</translation>
        </message>
        <message>
            <source>Generate</source>
            <translation>Générer</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Describe the image (Ctrl+Enter generates, Ctrl+Up/Down walk the history)</source>
            <translation>Décrivez l’image (Ctrl+Entrée lance la génération, Ctrl+Haut/Bas parcourent l’historique)</translation>
        </message>
        <message>
            <source>What the image should not show</source>
            <translation>Ce que l’image ne doit pas montrer</translation>
        </message>
        <message>
            <source>The Stable Diffusion checkpoint that draws the image</source>
            <translation>Le checkpoint Stable Diffusion qui dessine l’image</translation>
        </message>
        <message>
            <source>Hires fix upscales the first pass with Real-ESRGAN; off: with LANCZOS (also used, and reported, when no Real-ESRGAN model runs)</source>
            <translation>Le hires fix agrandit la première passe avec Real-ESRGAN ; désactivé : avec LANCZOS (également utilisé, et signalé, quand aucun modèle Real-ESRGAN ne s’exécute)</translation>
        </message>
        <message>
            <source>0: the generated face, 1: the fully restored face</source>
            <translation>0 : le visage généré, 1 : le visage entièrement restauré</translation>
        </message>
        <message>
            <source>Checkpoint:</source>
            <translation>Checkpoint :</translation>
        </message>
        <message>
            <source>Prompt:</source>
            <translation>Prompt :</translation>
        </message>
        <message>
            <source>Negative:</source>
            <translation>Négatif :</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>Image</translation>
        </message>
        <message>
            <source> px</source>
            <translation> px</translation>
        </message>
        <message>
            <source>Classifier-free guidance: how closely the image follows the prompt</source>
            <translation>Guidage sans classifieur : à quel point l’image suit le prompt</translation>
        </message>
        <message>
            <source>Size:</source>
            <translation>Taille :</translation>
        </message>
        <message>
            <source>Steps:</source>
            <translation>Étapes :</translation>
        </message>
        <message>
            <source>CFG scale:</source>
            <translation>Échelle CFG :</translation>
        </message>
        <message>
            <source>Sampler:</source>
            <translation>Échantillonneur :</translation>
        </message>
        <message>
            <source>Seed:</source>
            <translation>Graine :</translation>
        </message>
        <message>
            <source>Hires fix</source>
            <translation>Hires fix</translation>
        </message>
        <message>
            <source>Generate at the model's size, upscale, then denoise again at the larger size</source>
            <translation>Générer à la taille du modèle, agrandir, puis débruiter à nouveau à la taille supérieure</translation>
        </message>
        <message>
            <source>How much the second pass may change the upscaled image</source>
            <translation>Dans quelle mesure la seconde passe peut modifier l’image agrandie</translation>
        </message>
        <message>
            <source>same as steps</source>
            <translation>comme les étapes</translation>
        </message>
        <message>
            <source>Upscale by:</source>
            <translation>Agrandir de :</translation>
        </message>
        <message>
            <source>Denoising strength:</source>
            <translation>Intensité de débruitage :</translation>
        </message>
        <message>
            <source>Hires steps:</source>
            <translation>Étapes hires :</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::GeneratePage</name>
        <message>
            <source>Write a prompt and press Generate. Drop a PNG made by Hires Studio or AUTOMATIC1111 here to reuse its settings.</source>
            <translation>Écrivez un prompt et appuyez sur Générer. Déposez ici un PNG créé par Hires Studio ou AUTOMATIC1111 pour réutiliser ses réglages.</translation>
        </message>
        <message>
            <source>Compare...</source>
            <translation>Comparer...</translation>
        </message>
        <message>
            <source>The result against the first pass upscaled with LANCZOS and with Real-ESRGAN</source>
            <translation>Le résultat face à la première passe agrandie avec LANCZOS et avec Real-ESRGAN</translation>
        </message>
        <message>
            <source>Re-run Second Pass</source>
            <translation>Relancer la seconde passe</translation>
        </message>
        <message>
            <source>Keep this first pass and run the hires fix again with the settings on the left</source>
            <translation>Conserver cette première passe et relancer le hires fix avec les réglages de gauche</translation>
        </message>
        <message>
            <source>Use Settings</source>
            <translation>Utiliser les réglages</translation>
        </message>
        <message>
            <source>Put this image's settings into the form</source>
            <translation>Reporter les réglages de cette image dans le formulaire</translation>
        </message>
        <message>
            <source>Save...</source>
            <translation>Enregistrer...</translation>
        </message>
        <message>
            <source>Save as PNG with the generation parameters</source>
            <translation>Enregistrer en PNG avec les paramètres de génération</translation>
        </message>
        <message>
            <source>Generation failed: %1</source>
            <translation>La génération a échoué : %1</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Annulé.</translation>
        </message>
        <message>
            <source>Looking for models...</source>
            <translation>Recherche des modèles...</translation>
        </message>
        <message>
            <source>Generating</source>
            <translation>Génération</translation>
        </message>
        <message>
            <source>Second pass</source>
            <translation>Seconde passe</translation>
        </message>
        <message>
            <source>%1 with seed %2...</source>
            <translation>%1 avec la graine %2...</translation>
        </message>
        <message>
            <source>Loading the model...</source>
            <translation>Chargement du modèle...</translation>
        </message>
        <message>
            <source>%1: step %2 / %3</source>
            <extracomment>progress bar: stage, then "step 7 / 20"</extracomment>
            <translation>%1 : étape %2 / %3</translation>
        </message>
        <message>
            <source>Done in %1 s.</source>
            <translation>Terminé en %1 s.</translation>
        </message>
        <message>
            <source>Save Image</source>
            <translation>Enregistrer l’image</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>Images PNG (*.png)</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>%1 enregistré</translation>
        </message>
        <message>
            <source>No image is selected.</source>
            <translation>Aucune image n’est sélectionnée.</translation>
        </message>
        <message>
            <source>%1 has no generation parameters.</source>
            <translation>%1 n’a pas de paramètres de génération.</translation>
        </message>
        <message>
            <source>Settings taken from %1.</source>
            <translation>Réglages repris de %1.</translation>
        </message>
        <message>
            <source>this computer</source>
            <translation>cet ordinateur</translation>
        </message>
        <message>
            <source>%1 generates with its own checkpoint</source>
            <translation>%1 génère avec son propre checkpoint</translation>
        </message>
        <message>
            <source>Generating on %1</source>
            <translation>Génération sur %1</translation>
        </message>
        <message>
            <source>Done on %1 in %2 s.</source>
            <translation>Terminé sur %1 en %2 s.</translation>
        </message>
        <message>
            <source>Not available while generating on %1: the server cannot start from a first pass kept on this computer</source>
            <translation>Indisponible pendant la génération sur %1 : le serveur ne peut pas partir d’une première passe conservée sur cet ordinateur</translation>
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
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <source>&amp;System Default</source>
            <translation>Langue du &amp;système</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::MainWindow</name>
        <message>
            <source>Open an image with File &gt; Open (Ctrl+O), or drop image files here.</source>
            <translation>Ouvrez une image avec Fichier &gt; Ouvrir (Ctrl+O), ou déposez des fichiers image ici.</translation>
        </message>
        <message>
            <source>&amp;Open...</source>
            <translation>&amp;Ouvrir...</translation>
        </message>
        <message>
            <source>&amp;Save As...</source>
            <translation>Enregistrer &amp;sous...</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Fermer</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>Zoom &amp;avant</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>Zoom a&amp;rrière</translation>
        </message>
        <message>
            <source>&amp;Fit to Window</source>
            <translation>&amp;Ajuster à la fenêtre</translation>
        </message>
        <message>
            <source>&amp;Actual Size (1:1)</source>
            <translation>&amp;Taille réelle (1:1)</translation>
        </message>
        <message>
            <source>&amp;Previous Image</source>
            <translation>Image &amp;précédente</translation>
        </message>
        <message>
            <source>&amp;Next Image</source>
            <translation>Image &amp;suivante</translation>
        </message>
        <message>
            <source>&amp;About Hires Studio</source>
            <translation>À &amp;propos de Hires Studio</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <source>Images (%1)</source>
            <translation>Images (%1)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Open Images</source>
            <translation>Ouvrir des images</translation>
        </message>
        <message>
            <source>No image files found in: %1</source>
            <translation>Aucun fichier image trouvé dans : %1</translation>
        </message>
        <message>
            <source>Opened %1</source>
            <translation>%1 ouvert</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>%1 enregistré</translation>
        </message>
        <message>
            <source>Hires Studio</source>
            <translation>Hires Studio</translation>
        </message>
        <message>
            <source>%1 (%2 of %3)</source>
            <translation>%1 (%2 sur %3)</translation>
        </message>
        <message>
            <source>Hires Studio shows the new language from its next start.</source>
            <translation>Hires Studio affichera la nouvelle langue au prochain démarrage.</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Pages</translation>
        </message>
        <message>
            <source>Upscale</source>
            <translation>Agrandir</translation>
        </message>
        <message>
            <source>Upscale images and folders, dropped or pasted</source>
            <translation>Agrandir des images et des dossiers, déposés ou collés</translation>
        </message>
        <message>
            <source>View</source>
            <translation>Affichage</translation>
        </message>
        <message>
            <source>Look at one image: zoom, pan, Save As</source>
            <translation>Regarder une image : zoom, déplacement, Enregistrer sous</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Coller</translation>
        </message>
        <message>
            <source>Add the image or files on the clipboard to the current page</source>
            <translation>Ajouter l’image ou les fichiers du presse-papiers à la page actuelle</translation>
        </message>
        <message>
            <source>Open images or add them to the current page</source>
            <translation>Ouvrir des images ou les ajouter à la page actuelle</translation>
        </message>
        <message>
            <source>Save the image shown under another name or format</source>
            <translation>Enregistrer l’image affichée sous un autre nom ou format</translation>
        </message>
        <message>
            <source>The clipboard holds no image or file</source>
            <translation>Le presse-papiers ne contient ni image ni fichier</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Édition</translation>
        </message>
        <message>
            <source>Generate</source>
            <translation>Générer</translation>
        </message>
        <message>
            <source>Generate images from a prompt, with hires fix</source>
            <translation>Générer des images à partir d’un prompt, avec hires fix</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Comparer</translation>
        </message>
        <message>
            <source>LANCZOS against a model, or any two images</source>
            <translation>LANCZOS face à un modèle, ou deux images quelconques</translation>
        </message>
        <message>
            <source>Compare &amp;This Image</source>
            <translation>Comparer &amp;cette image</translation>
        </message>
        <message>
            <source>Open the viewed image in the Compare page to compare LANCZOS with a model</source>
            <translation>Ouvrir l’image affichée dans la page Comparer pour comparer LANCZOS à un modèle</translation>
        </message>
        <message>
            <source>&amp;Settings...</source>
            <translation>&amp;Paramètres...</translation>
        </message>
        <message>
            <source>Model folders, processing, output and language</source>
            <translation>Dossiers de modèles, traitement, sortie et langue</translation>
        </message>
        <message>
            <source>&amp;Models...</source>
            <translation>&amp;Modèles...</translation>
        </message>
        <message>
            <source>See, add, download and remove models</source>
            <translation>Voir, ajouter, télécharger et supprimer des modèles</translation>
        </message>
        <message>
            <source>Settings saved</source>
            <translation>Paramètres enregistrés</translation>
        </message>
        <message>
            <source>&amp;Compare</source>
            <translation>&amp;Comparer</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>&amp;Outils</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::MissingCheckpointPanel</name>
        <message>
            <source>Open Model Manager...</source>
            <translation>Ouvrir le gestionnaire de modèles...</translation>
        </message>
        <message>
            <source>Open Model Folder</source>
            <translation>Ouvrir le dossier de modèles</translation>
        </message>
        <message>
            <source>Look Again</source>
            <translation>Chercher à nouveau</translation>
        </message>
        <message>
            <source>No Stable Diffusion checkpoint is installed</source>
            <translation>Aucun checkpoint Stable Diffusion n’est installé</translation>
        </message>
        <message>
            <source>Generating images needs a checkpoint file (.safetensors or .ckpt). Get one of these:</source>
            <translation>La génération d’images nécessite un fichier de checkpoint (.safetensors ou .ckpt). Procurez-vous l’un de ceux-ci :</translation>
        </message>
        <message>
            <source>&lt;b&gt;Stable Diffusion 1.5&lt;/b&gt;: v1-5-pruned-emaonly.safetensors (4 GB, 512 x 512) from &lt;a href="https://huggingface.co/stable-diffusion-v1-5/stable-diffusion-v1-5"&gt;huggingface.co/stable-diffusion-v1-5&lt;/a&gt;, licence CreativeML OpenRAIL-M</source>
            <translation>&lt;b&gt;Stable Diffusion 1.5&lt;/b&gt; : v1-5-pruned-emaonly.safetensors (4 Go, 512 x 512) sur &lt;a href="https://huggingface.co/stable-diffusion-v1-5/stable-diffusion-v1-5"&gt;huggingface.co/stable-diffusion-v1-5&lt;/a&gt;, licence CreativeML OpenRAIL-M</translation>
        </message>
        <message>
            <source>&lt;b&gt;Stable Diffusion XL&lt;/b&gt;: sd_xl_base_1.0.safetensors (7 GB, 1024 x 1024) from &lt;a href="https://huggingface.co/stabilityai/stable-diffusion-xl-base-1.0"&gt;huggingface.co/stabilityai&lt;/a&gt;, licence CreativeML Open RAIL++-M</source>
            <translation>&lt;b&gt;Stable Diffusion XL&lt;/b&gt; : sd_xl_base_1.0.safetensors (7 Go, 1024 x 1024) sur &lt;a href="https://huggingface.co/stabilityai/stable-diffusion-xl-base-1.0"&gt;huggingface.co/stabilityai&lt;/a&gt;, licence CreativeML Open RAIL++-M</translation>
        </message>
        <message>
            <source>Put the file into this folder, then press Look Again:&lt;br&gt;&lt;code&gt;%1&lt;/code&gt;</source>
            <translation>Placez le fichier dans ce dossier, puis appuyez sur Chercher à nouveau :&lt;br&gt;&lt;code&gt;%1&lt;/code&gt;</translation>
        </message>
        <message>
            <source>(the model folder)</source>
            <translation>(le dossier de modèles)</translation>
        </message>
        <message>
            <source>A single-file checkpoint carries no vocabulary: put the CLIP tokenizer files vocab.json and merges.txt (from openai/clip-vit-large-patch14) into a &lt;code&gt;tokenizer&lt;/code&gt; folder beside it.</source>
            <translation>Un checkpoint en un seul fichier ne contient pas de vocabulaire : placez les fichiers du tokenizer CLIP vocab.json et merges.txt (d’openai/clip-vit-large-patch14) dans un dossier &lt;code&gt;tokenizer&lt;/code&gt; à côté de lui.</translation>
        </message>
        <message>
            <source>Upscaling, face restoration and everything else work without a checkpoint.</source>
            <translation>L’agrandissement, la restauration des visages et tout le reste fonctionnent sans checkpoint.</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::ModelManagerDialog</name>
        <message>
            <source>%1: cannot be read (%2)</source>
            <translation>%1 : lecture impossible (%2)</translation>
        </message>
        <message>
            <source>%1: cannot be written (%2)</source>
            <translation>%1 : écriture impossible (%2)</translation>
        </message>
        <message>
            <source>%1: copy failed (%2)</source>
            <translation>%1 : échec de la copie (%2)</translation>
        </message>
        <message>
            <source>Models</source>
            <translation>Modèles</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modèle</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Architecture</source>
            <translation>Architecture</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>Échelle</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Licence</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>Models found</source>
            <translation>Modèles trouvés</translation>
        </message>
        <message>
            <source>Add &amp;File...</source>
            <translation>Ajouter un &amp;fichier...</translation>
        </message>
        <message>
            <source>Copy a model file into your model folder</source>
            <translation>Copier un fichier de modèle dans votre dossier de modèles</translation>
        </message>
        <message>
            <source>Add F&amp;older...</source>
            <translation>Ajouter un d&amp;ossier...</translation>
        </message>
        <message>
            <source>Search a folder for models from now on</source>
            <translation>Chercher désormais des modèles dans un dossier</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Supprimer</translation>
        </message>
        <message>
            <source>Delete the model from your model folder, or stop searching the folder it is in</source>
            <translation>Supprimer le modèle de votre dossier de modèles, ou cesser de chercher dans le dossier qui le contient</translation>
        </message>
        <message>
            <source>Re&amp;scan</source>
            <translation>&amp;Réanalyser</translation>
        </message>
        <message>
            <source>Known models</source>
            <translation>Modèles connus</translation>
        </message>
        <message>
            <source>Models with a published download address</source>
            <translation>Modèles dont l’adresse de téléchargement est publiée</translation>
        </message>
        <message>
            <source>%1 (%2, %3)</source>
            <translation>%1 (%2, %3)</translation>
        </message>
        <message>
            <source>size unknown</source>
            <translation>taille inconnue</translation>
        </message>
        <message>
            <source>&amp;Download</source>
            <translation>&amp;Télécharger</translation>
        </message>
        <message>
            <source>Download the model and check its SHA-256 before using it</source>
            <translation>Télécharger le modèle et vérifier son SHA-256 avant de l’utiliser</translation>
        </message>
        <message>
            <source>&amp;Cancel Download</source>
            <translation>&amp;Annuler le téléchargement</translation>
        </message>
        <message>
            <source>Download progress</source>
            <translation>Progression du téléchargement</translation>
        </message>
        <message>
            <source>Download:</source>
            <translation>Téléchargement :</translation>
        </message>
        <message>
            <source>Your model folder: %1</source>
            <translation>Votre dossier de modèles : %1</translation>
        </message>
        <message>
            <source>Downloaded %1 of %2</source>
            <translation>%1 sur %2 téléchargés</translation>
        </message>
        <message>
            <source>?</source>
            <translation>?</translation>
        </message>
        <message>
            <source>%1 downloaded; SHA-256 verified (%2)</source>
            <translation>%1 téléchargé ; SHA-256 vérifié (%2)</translation>
        </message>
        <message>
            <source>Download failed: %1</source>
            <translation>Échec du téléchargement : %1</translation>
        </message>
        <message>
            <source>Looking for models...</source>
            <translation>Recherche des modèles...</translation>
        </message>
        <message numerus="yes">
            <source>%n model(s) found</source>
            <translation>
                <numerusform>%n modèle trouvé</numerusform>
                <numerusform>%n modèles trouvés</numerusform>
            </translation>
        </message>
        <message>
            <source>cannot be used: %1</source>
            <translation>inutilisable : %1</translation>
        </message>
        <message>
            <source>×%1</source>
            <translation>×%1</translation>
        </message>
        <message>
            <source>%1: cannot create the model folder</source>
            <translation>%1 : impossible de créer le dossier de modèles</translation>
        </message>
        <message>
            <source>%1 is already in your model folder</source>
            <translation>%1 est déjà dans votre dossier de modèles</translation>
        </message>
        <message>
            <source>no model chosen</source>
            <translation>aucun modèle choisi</translation>
        </message>
        <message>
            <source>%1: cannot be deleted</source>
            <translation>%1 : suppression impossible</translation>
        </message>
        <message>
            <source>%1 is in no folder that can be removed</source>
            <translation>%1 ne se trouve dans aucun dossier pouvant être retiré</translation>
        </message>
        <message>
            <source>Downloading %1 from %2</source>
            <translation>Téléchargement de %1 depuis %2</translation>
        </message>
        <message>
            <source>Add Model File</source>
            <translation>Ajouter un fichier de modèle</translation>
        </message>
        <message>
            <source>Models (*.pth *.pt *.ckpt *.safetensors *.param);;All files (*)</source>
            <translation>Modèles (*.pth *.pt *.ckpt *.safetensors *.param);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Added %1</source>
            <translation>%1 ajouté</translation>
        </message>
        <message>
            <source>Add Model Folder</source>
            <translation>Ajouter un dossier de modèles</translation>
        </message>
        <message>
            <source>Remove Model</source>
            <translation>Supprimer le modèle</translation>
        </message>
        <message>
            <source>Remove %1?
%2</source>
            <translation>Supprimer %1 ?
%2</translation>
        </message>
        <message>
            <source>Unverified Download</source>
            <translation>Téléchargement non vérifié</translation>
        </message>
        <message>
            <source>There is no published SHA-256 for %1, so the file cannot be verified. Download it anyway?</source>
            <translation>Aucun SHA-256 n’est publié pour %1 : le fichier ne peut donc pas être vérifié. Le télécharger quand même ?</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::RecentFilesMenu</name>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Fichiers &amp;récents</translation>
        </message>
        <message>
            <source>No recent files</source>
            <translation>Aucun fichier récent</translation>
        </message>
        <message>
            <source>&amp;Clear List</source>
            <translation>&amp;Effacer la liste</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::ResultComparisonDialog</name>
        <message>
            <source>Compare: %1</source>
            <translation>Comparer : %1</translation>
        </message>
        <message>
            <source>Result vs first pass + LANCZOS</source>
            <translation>Résultat contre première passe + LANCZOS</translation>
        </message>
        <message>
            <source>Result vs first pass + Real-ESRGAN</source>
            <translation>Résultat contre première passe + Real-ESRGAN</translation>
        </message>
        <message>
            <source>First pass: LANCZOS vs Real-ESRGAN</source>
            <translation>Première passe : LANCZOS contre Real-ESRGAN</translation>
        </message>
        <message>
            <source>Compare:</source>
            <translation>Comparer :</translation>
        </message>
        <message>
            <source>Result (hires fix)</source>
            <translation>Résultat (hires fix)</translation>
        </message>
        <message>
            <source>First pass + LANCZOS</source>
            <translation>Première passe + LANCZOS</translation>
        </message>
        <message>
            <source>First pass + %1</source>
            <translation>Première passe + %1</translation>
        </message>
        <message>
            <source>No Real-ESRGAN model is installed (see the model manager).</source>
            <translation>Aucun modèle Real-ESRGAN n’est installé (voir le gestionnaire de modèles).</translation>
        </message>
        <message>
            <source>Upscaling the first pass with %1...</source>
            <translation>Agrandissement de la première passe avec %1...</translation>
        </message>
        <message>
            <source>This result has no first pass to compare with.</source>
            <translation>Ce résultat n’a pas de première passe à laquelle le comparer.</translation>
        </message>
        <message>
            <source>Upscaling the first pass on %1...</source>
            <translation>Agrandissement de la première passe sur %1...</translation>
        </message>
        <message>
            <source>The server sent no image.</source>
            <translation>Le serveur n’a envoyé aucune image.</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::ResultGallery</name>
        <message>
            <source>Seed %1</source>
            <translation>Graine %1</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::SaveOptionsDialog</name>
        <message>
            <source>Save as %1</source>
            <translation>Enregistrer en %1</translation>
        </message>
        <message>
            <source>Saving &lt;b&gt;%1&lt;/b&gt; as %2.</source>
            <translation>Enregistrement de &lt;b&gt;%1&lt;/b&gt; en %2.</translation>
        </message>
        <message>
            <source>&amp;Quality:</source>
            <translation>&amp;Qualité :</translation>
        </message>
        <message>
            <source>&amp;Lossless (exact pixels, larger file)</source>
            <translation>&amp;Sans perte (pixels exacts, fichier plus gros)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Cannot save:&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;Enregistrement impossible :&lt;/b&gt; %1</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::SeedControl</name>
        <message>
            <source>Random</source>
            <translation>Aléatoire</translation>
        </message>
        <message>
            <source>Fixed</source>
            <translation>Fixe</translation>
        </message>
        <message>
            <source>Reuse last</source>
            <translation>Réutiliser la dernière</translation>
        </message>
        <message>
            <source>How the seed of the next image is chosen</source>
            <translation>Comment la graine de l’image suivante est choisie</translation>
        </message>
        <message>
            <source>The same seed with the same settings gives the same image</source>
            <translation>La même graine avec les mêmes réglages donne la même image</translation>
        </message>
        <message>
            <source>new seed each time</source>
            <translation>nouvelle graine à chaque fois</translation>
        </message>
        <message>
            <source>seed</source>
            <translation>graine</translation>
        </message>
        <message>
            <source>no image yet: random</source>
            <translation>pas encore d’image : aléatoire</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>&amp;Models</source>
            <translation>&amp;Modèles</translation>
        </message>
        <message>
            <source>&amp;Processing</source>
            <translation>&amp;Traitement</translation>
        </message>
        <message>
            <source>&amp;Output</source>
            <translation>&amp;Sortie</translation>
        </message>
        <message>
            <source>&amp;Interface</source>
            <translation>&amp;Interface</translation>
        </message>
        <message>
            <source>Model folders</source>
            <translation>Dossiers de modèles</translation>
        </message>
        <message>
            <source>Folders searched for models besides your own model folder</source>
            <translation>Dossiers où chercher des modèles en plus de votre dossier de modèles</translation>
        </message>
        <message>
            <source>&amp;Add Folder...</source>
            <translation>&amp;Ajouter un dossier...</translation>
        </message>
        <message>
            <source>&amp;Remove Folder</source>
            <translation>&amp;Retirer le dossier</translation>
        </message>
        <message>
            <source>Default upscaling model</source>
            <translation>Modèle d’agrandissement par défaut</translation>
        </message>
        <message>
            <source>The model the Upscale page starts with</source>
            <translation>Le modèle sélectionné à l’ouverture de la page Agrandir</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Automatique</translation>
        </message>
        <message>
            <source>LANCZOS (no model)</source>
            <translation>LANCZOS (sans modèle)</translation>
        </message>
        <message>
            <source>Your model folder: %1</source>
            <translation>Votre dossier de modèles : %1</translation>
        </message>
        <message>
            <source>Other model &amp;folders:</source>
            <translation>Autres &amp;dossiers de modèles :</translation>
        </message>
        <message>
            <source>&amp;Default model:</source>
            <translation>Modèle par &amp;défaut :</translation>
        </message>
        <message>
            <source>Tile size</source>
            <translation>Taille des tuiles</translation>
        </message>
        <message>
            <source>Tile side in pixels for neural upscaling; automatic fits the tiles to free memory</source>
            <translation>Côté des tuiles en pixels pour l’agrandissement neuronal ; automatique ajuste les tuiles à la mémoire libre</translation>
        </message>
        <message>
            <source> px</source>
            <translation> px</translation>
        </message>
        <message>
            <source>CPU threads</source>
            <translation>Threads CPU</translation>
        </message>
        <message>
            <source>Threads a model may use on the CPU</source>
            <translation>Threads qu’un modèle peut utiliser sur le CPU</translation>
        </message>
        <message>
            <source>All cores (%1)</source>
            <translation>Tous les cœurs (%1)</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>Périphérique</translation>
        </message>
        <message>
            <source>Where models run; without a CUDA device everything runs on the CPU</source>
            <translation>Où les modèles s’exécutent ; sans périphérique CUDA, tout s’exécute sur le CPU</translation>
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
            <translation>&amp;Taille des tuiles :</translation>
        </message>
        <message>
            <source>CPU &amp;threads:</source>
            <translation>T&amp;hreads CPU :</translation>
        </message>
        <message>
            <source>&amp;Device:</source>
            <translation>&amp;Périphérique :</translation>
        </message>
        <message>
            <source>Results are named &lt;name&gt;_&lt;method&gt;_&lt;scale&gt;x.&lt;extension&gt;, e.g. photo_realesrgan-x4plus_2x.png; an existing file is never replaced (photo_realesrgan-x4plus_2x_2.png, _3, ...) and the original is never touched.</source>
            <translation>Les résultats sont nommés &lt;nom&gt;_&lt;méthode&gt;_&lt;échelle&gt;x.&lt;extension&gt;, p. ex. photo_realesrgan-x4plus_2x.png ; un fichier existant n’est jamais remplacé (photo_realesrgan-x4plus_2x_2.png, _3, ...) et l’original n’est jamais modifié.</translation>
        </message>
        <message>
            <source>Output folder</source>
            <translation>Dossier de sortie</translation>
        </message>
        <message>
            <source>Where upscaled images go; empty: next to each original</source>
            <translation>Où vont les images agrandies ; vide : à côté de chaque original</translation>
        </message>
        <message>
            <source>Next to the original</source>
            <translation>À côté de l’original</translation>
        </message>
        <message>
            <source>&amp;Browse...</source>
            <translation>&amp;Parcourir...</translation>
        </message>
        <message>
            <source>Output Folder</source>
            <translation>Dossier de sortie</translation>
        </message>
        <message>
            <source>Output format</source>
            <translation>Format de sortie</translation>
        </message>
        <message>
            <source>File format of results</source>
            <translation>Format de fichier des résultats</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>Qualité</translation>
        </message>
        <message>
            <source>JPEG and WebP quality, 1 (smallest) to 100 (best)</source>
            <translation>Qualité JPEG et WebP, de 1 (fichier le plus petit) à 100 (meilleure qualité)</translation>
        </message>
        <message>
            <source>Output &amp;folder:</source>
            <translation>&amp;Dossier de sortie :</translation>
        </message>
        <message>
            <source>F&amp;ormat:</source>
            <translation>F&amp;ormat :</translation>
        </message>
        <message>
            <source>&amp;Quality:</source>
            <translation>&amp;Qualité :</translation>
        </message>
        <message>
            <source>Names:</source>
            <translation>Noms :</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>The language of the interface; used from the next start</source>
            <translation>La langue de l’interface ; appliquée au prochain démarrage</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>Langue du système</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Langue :</translation>
        </message>
        <message>
            <source>A new language is used from the next start.</source>
            <translation>Une nouvelle langue est appliquée au prochain démarrage.</translation>
        </message>
        <message>
            <source>Add Model Folder</source>
            <translation>Ajouter un dossier de modèles</translation>
        </message>
        <message>
            <source>Remote server</source>
            <translation>Serveur distant</translation>
        </message>
        <message>
            <source>A hires-studio serve address such as http://gpu-host:7860; empty: work runs on this computer</source>
            <translation>Une adresse hires-studio serve comme http://gpu-host:7860 ; vide : le travail s'exécute sur cet ordinateur</translation>
        </message>
        <message>
            <source>This computer</source>
            <translation>Cet ordinateur</translation>
        </message>
        <message>
            <source>Server token</source>
            <translation>Jeton du serveur</translation>
        </message>
        <message>
            <source>The --token the server was started with</source>
            <translation>Le --token avec lequel le serveur a été démarré</translation>
        </message>
        <message>
            <source>Remote &amp;server:</source>
            <translation>&amp;Serveur distant :</translation>
        </message>
        <message>
            <source>Server to&amp;ken:</source>
            <translation>&amp;Jeton du serveur :</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::UpscaleFaceOptions</name>
        <message>
            <source>Rest&amp;ore faces</source>
            <translation>Rest&amp;aurer les visages</translation>
        </message>
        <message>
            <source>After upscaling, find the faces and restore them with GFPGAN</source>
            <translation>Après l’agrandissement, trouver les visages et les restaurer avec GFPGAN</translation>
        </message>
        <message>
            <source>Restore faces</source>
            <translation>Restaurer les visages</translation>
        </message>
        <message>
            <source>How much of the restored faces replaces the upscaled ones: 0.00 keeps the original faces, 1.00 uses the restored faces fully</source>
            <translation>Part des visages restaurés qui remplace les visages agrandis : 0,00 garde les visages d’origine, 1,00 utilise entièrement les visages restaurés</translation>
        </message>
        <message>
            <source>Face restoration weight</source>
            <translation>Poids de la restauration des visages</translation>
        </message>
        <message>
            <source>&amp;Weight:</source>
            <translation>&amp;Poids :</translation>
        </message>
        <message>
            <source>The GFPGAN model that restores the faces</source>
            <translation>Le modèle GFPGAN qui restaure les visages</translation>
        </message>
        <message>
            <source>Face restoration model</source>
            <translation>Modèle de restauration des visages</translation>
        </message>
        <message>
            <source>Face mo&amp;del:</source>
            <translation>&amp;Modèle de visage :</translation>
        </message>
        <message>
            <source>Face restoration model status</source>
            <translation>État du modèle de restauration des visages</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>No GFPGAN face model found: add %1 to %2 or download it in Tools &gt; Models. Until then faces are not restored and each result says so.</source>
            <translation>Aucun modèle de visage GFPGAN trouvé : ajoutez %1 à %2 ou téléchargez-le dans Outils &gt; Modèles. D’ici là, les visages ne sont pas restaurés et chaque résultat le signale.</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::UpscaleOptionsPanel</name>
        <message>
            <source>the CPU (%1)</source>
            <translation>le processeur (%1)</translation>
        </message>
        <message>
            <source>the CPU</source>
            <translation>le processeur</translation>
        </message>
        <message>
            <source>The Real-ESRGAN model that upscales, or LANCZOS (no model)</source>
            <translation>Le modèle Real-ESRGAN qui agrandit, ou LANCZOS (aucun modèle)</translation>
        </message>
        <message>
            <source>Upscaling model</source>
            <translation>Modèle d’agrandissement</translation>
        </message>
        <message>
            <source>Output size as a multiple of the input size</source>
            <translation>Taille de sortie en multiple de la taille d’entrée</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>Échelle</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Automatique</translation>
        </message>
        <message>
            <source>%1 px</source>
            <translation>%1 px</translation>
        </message>
        <message>
            <source>Whole image</source>
            <translation>Image entière</translation>
        </message>
        <message>
            <source>Tiles bound the memory a model needs; automatic picks the largest that fits in free memory</source>
            <translation>Les tuiles limitent la mémoire dont un modèle a besoin ; automatique choisit la plus grande qui tient dans la mémoire libre</translation>
        </message>
        <message>
            <source>Tile size</source>
            <translation>Taille des tuiles</translation>
        </message>
        <message>
            <source>Through the model</source>
            <translation>Par le modèle</translation>
        </message>
        <message>
            <source>LANCZOS</source>
            <translation>LANCZOS</translation>
        </message>
        <message>
            <source>How a transparency (alpha) channel is upscaled</source>
            <translation>Comment un canal de transparence (alpha) est agrandi</translation>
        </message>
        <message>
            <source>Alpha channel</source>
            <translation>Canal alpha</translation>
        </message>
        <message>
            <source>Next to the original</source>
            <translation>À côté de l’original</translation>
        </message>
        <message>
            <source>Where results are written; empty: next to each original. Existing files are never replaced.</source>
            <translation>Où les résultats sont écrits ; vide : à côté de chaque original. Les fichiers existants ne sont jamais remplacés.</translation>
        </message>
        <message>
            <source>Output folder</source>
            <translation>Dossier de sortie</translation>
        </message>
        <message>
            <source>Choose...</source>
            <translation>Choisir...</translation>
        </message>
        <message>
            <source>Choose the output folder</source>
            <translation>Choisir le dossier de sortie</translation>
        </message>
        <message>
            <source>Same as the original</source>
            <translation>Comme l’original</translation>
        </message>
        <message>
            <source>File format of the results</source>
            <translation>Format de fichier des résultats</translation>
        </message>
        <message>
            <source>Output format</source>
            <translation>Format de sortie</translation>
        </message>
        <message>
            <source>Neural upscaling status</source>
            <translation>État de l’agrandissement neuronal</translation>
        </message>
        <message>
            <source>&amp;Model:</source>
            <translation>&amp;Modèle :</translation>
        </message>
        <message>
            <source>&amp;Scale:</source>
            <translation>É&amp;chelle :</translation>
        </message>
        <message>
            <source>&amp;Tiles:</source>
            <translation>&amp;Tuiles :</translation>
        </message>
        <message>
            <source>Al&amp;pha:</source>
            <translation>Al&amp;pha :</translation>
        </message>
        <message>
            <source>O&amp;utput folder:</source>
            <translation>Dossier de so&amp;rtie :</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>&amp;Format :</translation>
        </message>
        <message>
            <source>LANCZOS (no model)</source>
            <translation>LANCZOS (aucun modèle)</translation>
        </message>
        <message>
            <source>%1 (%2, ×%3)</source>
            <translation>%1 (%2, ×%3)</translation>
        </message>
        <message>
            <source>%1 (cannot be used)</source>
            <translation>%1 (inutilisable)</translation>
        </message>
        <message>
            <source>Looking for upscaling models...</source>
            <translation>Recherche de modèles d’agrandissement...</translation>
        </message>
        <message>
            <source>Falling back to LANCZOS because %1</source>
            <translation>Repli sur LANCZOS car %1</translation>
        </message>
        <message>
            <source>Neural upscaling available: %1 (%2, ×%3) on %4.</source>
            <translation>Agrandissement neuronal disponible : %1 (%2, ×%3) sur %4.</translation>
        </message>
        <message>
            <source>Falling back to LANCZOS because %1 cannot be used: %2</source>
            <translation>Repli sur LANCZOS car %1 est inutilisable : %2</translation>
        </message>
        <message>
            <source>LANCZOS chosen: no neural upscaling.</source>
            <translation>LANCZOS choisi : pas d’agrandissement neuronal.</translation>
        </message>
        <message>
            <source>Falling back to LANCZOS because no upscaling model was found in %1. Add or download one in Tools &gt; Models.</source>
            <translation>Repli sur LANCZOS car aucun modèle d’agrandissement n’a été trouvé dans %1. Ajoutez-en ou téléchargez-en un dans Outils &gt; Modèles.</translation>
        </message>
        <message>
            <source>Results come from the neural network</source>
            <translation>Les résultats viennent du réseau de neurones</translation>
        </message>
        <message>
            <source>Results are resized with LANCZOS: no detail is invented</source>
            <translation>Les résultats sont redimensionnés avec LANCZOS : aucun détail n’est inventé</translation>
        </message>
        <message>
            <source>Output Folder</source>
            <translation>Dossier de sortie</translation>
        </message>
        <message>
            <source>Faces:</source>
            <translation>Visages :</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::UpscalePage</name>
        <message>
            <source>Upscale queue</source>
            <translation>File d’agrandissement</translation>
        </message>
        <message>
            <source>Drop images or folders here, or paste an image (Ctrl+V)</source>
            <translation>Déposez ici des images ou des dossiers, ou collez une image (Ctrl+V)</translation>
        </message>
        <message>
            <source>%p % of the queue</source>
            <translation>%p % de la file</translation>
        </message>
        <message>
            <source>Overall progress</source>
            <translation>Progression globale</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>&amp;Add Images...</source>
            <translation>&amp;Ajouter des images...</translation>
        </message>
        <message>
            <source>Add images or folders to the queue</source>
            <translation>Ajouter des images ou des dossiers à la file</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <source>Cancel the selected images</source>
            <translation>Annuler les images sélectionnées</translation>
        </message>
        <message>
            <source>Cancel A&amp;ll</source>
            <translation>Tout a&amp;nnuler</translation>
        </message>
        <message>
            <source>Cancel every waiting and running image</source>
            <translation>Annuler toutes les images en attente et en cours</translation>
        </message>
        <message>
            <source>&amp;Retry</source>
            <translation>&amp;Réessayer</translation>
        </message>
        <message>
            <source>Upscale the failed or cancelled images again</source>
            <translation>Agrandir à nouveau les images en échec ou annulées</translation>
        </message>
        <message>
            <source>Clear &amp;Finished</source>
            <translation>&amp;Retirer les terminées</translation>
        </message>
        <message>
            <source>Remove finished images from the list</source>
            <translation>Retirer de la liste les images terminées</translation>
        </message>
        <message>
            <source>Images (%1)</source>
            <translation>Images (%1)</translation>
        </message>
        <message>
            <source>Add Images</source>
            <translation>Ajouter des images</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>%1 enregistré</translation>
        </message>
        <message>
            <source>Cancelled; nothing was written</source>
            <translation>Annulé ; rien n’a été écrit</translation>
        </message>
        <message>
            <source>No image files found in: %1</source>
            <translation>Aucun fichier image trouvé dans : %1</translation>
        </message>
        <message>
            <source>Not added: %1</source>
            <translation>Non ajouté : %1</translation>
        </message>
        <message numerus="yes">
            <source>Added %n image(s) to the queue</source>
            <translation>
                <numerusform>%n image ajoutée à la file</numerusform>
                <numerusform>%n images ajoutées à la file</numerusform>
            </translation>
        </message>
        <message>
            <source>pasted-%1</source>
            <translation>colle-%1</translation>
        </message>
        <message>
            <source>Cancelled the queue</source>
            <translation>File annulée</translation>
        </message>
        <message>
            <source>Drop images or folders here to upscale them.</source>
            <translation>Déposez ici des images ou des dossiers pour les agrandir.</translation>
        </message>
        <message>
            <source>%1 waiting or running, %2 done, %3 failed, %4 cancelled</source>
            <translation>%1 en attente ou en cours, %2 terminées, %3 en échec, %4 annulées</translation>
        </message>
        <message>
            <source>this computer</source>
            <translation>cet ordinateur</translation>
        </message>
        <message>
            <source>Working on %1</source>
            <translation>Exécution sur %1</translation>
        </message>
        <message>
            <source>Where upscaling and generation run; set a remote server in Settings</source>
            <translation>Où s’exécutent l’agrandissement et la génération ; définissez un serveur distant dans les paramètres</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::UpscaleQueueModel</name>
        <message>
            <source>Waiting</source>
            <translation>En attente</translation>
        </message>
        <message>
            <source>Upscaling</source>
            <translation>Agrandissement</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Échec</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annulé</translation>
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
Enregistré sous %2</translation>
        </message>
        <message>
            <source>%1 × %2</source>
            <translation>%1 × %2</translation>
        </message>
        <message>
            <source>Done (LANCZOS fallback)</source>
            <translation>Terminé (repli sur LANCZOS)</translation>
        </message>
        <message>
            <source>Failed: %1</source>
            <translation>Échec : %1</translation>
        </message>
        <message>
            <source>%1 (%2 left)</source>
            <translation>%1 (%2 restant)</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>Image</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progression</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Temps</translation>
        </message>
        <message>
            <source>faces restored: %1</source>
            <translation>visages restaurés : %1</translation>
        </message>
        <message>
            <source>face restoration skipped: %1</source>
            <translation>restauration des visages ignorée : %1</translation>
        </message>
        <message>
            <source>%1; %2</source>
            <translation>%1 ; %2</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::WipeHandle</name>
        <message>
            <source>Comparison slider</source>
            <translation>Curseur de comparaison</translation>
        </message>
        <message>
            <source>Drag to move the divider between the left and the right image (Left/Right arrow keys when focused)</source>
            <translation>Faire glisser pour déplacer le séparateur entre l’image de gauche et celle de droite (flèches Gauche/Droite quand il a le focus)</translation>
        </message>
    </context>
    <context>
        <name>hires::ui::WipeView</name>
        <message>
            <source>Slider comparison, left image</source>
            <translation>Comparaison par curseur, image de gauche</translation>
        </message>
        <message>
            <source>Slider comparison, right image</source>
            <translation>Comparaison par curseur, image de droite</translation>
        </message>
    </context>
    <context>
        <name>upscale</name>
        <message>
            <source>out of memory</source>
            <translation>mémoire insuffisante</translation>
        </message>
        <message>
            <source>non-finite values in the output</source>
            <translation>valeurs non finies dans la sortie</translation>
        </message>
        <message>
            <source>error</source>
            <translation>erreur</translation>
        </message>
        <message>
            <source> at tile %1 of %2</source>
            <translation> à la tuile %1 sur %2</translation>
        </message>
        <message>
            <source>the image is empty</source>
            <translation>l’image est vide</translation>
        </message>
        <message>
            <source>invalid scale %1</source>
            <translation>échelle %1 invalide</translation>
        </message>
        <message>
            <source>the output would be %1 x %2 pixels, over the limit (%3 pixels per side, %4 megapixels)</source>
            <translation>la sortie ferait %1 x %2 pixels, au-delà de la limite (%3 pixels par côté, %4 mégapixels)</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>annulé</translation>
        </message>
        <message>
            <source>not enough memory for %1 x %2</source>
            <translation>pas assez de mémoire pour %1 x %2</translation>
        </message>
        <message>
            <source>an allocation failed</source>
            <translation>une allocation a échoué</translation>
        </message>
        <message>
            <source>the CPU has no fp16 kernels</source>
            <translation>le processeur n’a pas de noyaux fp16</translation>
        </message>
        <message>
            <source>unknown alpha mode '%1' (use model or lanczos)</source>
            <translation>mode alpha « %1 » inconnu (utilisez model ou lanczos)</translation>
        </message>
        <message>
            <source>unknown precision '%1' (use auto, fp32, fp16 or bf16)</source>
            <translation>précision « %1 » inconnue (utilisez auto, fp32, fp16 ou bf16)</translation>
        </message>
    </context>
</TS>
