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
    <name>hires::Diffusion</name>
    <message>
        <source>upscaling</source>
        <translation>Vergrößern</translation>
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
        <source>Generate at the model&apos;s size, upscale, then denoise again at the larger size</source>
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
        <source>Put this image&apos;s settings into the form</source>
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
        <extracomment>progress bar: stage, then &quot;step 7 / 20&quot;</extracomment>
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
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Upscale</source>
        <translation>Hochskalieren</translation>
    </message>
    <message>
        <source>Upscale images and folders, dropped or pasted</source>
        <translation>Bilder und Ordner hochskalieren, hineingezogen oder eingefügt</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansehen</translation>
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
        <source>Add the image or files on the clipboard to the current page</source>
        <translation>Das Bild oder die Dateien aus der Zwischenablage der aktuellen Seite hinzufügen</translation>
    </message>
    <message>
        <source>Open images or add them to the current page</source>
        <translation>Bilder öffnen oder der aktuellen Seite hinzufügen</translation>
    </message>
    <message>
        <source>Save the image shown under another name or format</source>
        <translation>Das angezeigte Bild unter anderem Namen oder Format speichern</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Einstellungen gespeichert</translation>
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
        <source>&lt;b&gt;Stable Diffusion 1.5&lt;/b&gt;: v1-5-pruned-emaonly.safetensors (4 GB, 512 x 512) from &lt;a href=&quot;https://huggingface.co/stable-diffusion-v1-5/stable-diffusion-v1-5&quot;&gt;huggingface.co/stable-diffusion-v1-5&lt;/a&gt;, licence CreativeML OpenRAIL-M</source>
        <translation>&lt;b&gt;Stable Diffusion 1.5&lt;/b&gt;: v1-5-pruned-emaonly.safetensors (4 GB, 512 x 512) von &lt;a href=&quot;https://huggingface.co/stable-diffusion-v1-5/stable-diffusion-v1-5&quot;&gt;huggingface.co/stable-diffusion-v1-5&lt;/a&gt;, Lizenz CreativeML OpenRAIL-M</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stable Diffusion XL&lt;/b&gt;: sd_xl_base_1.0.safetensors (7 GB, 1024 x 1024) from &lt;a href=&quot;https://huggingface.co/stabilityai/stable-diffusion-xl-base-1.0&quot;&gt;huggingface.co/stabilityai&lt;/a&gt;, licence CreativeML Open RAIL++-M</source>
        <translation>&lt;b&gt;Stable Diffusion XL&lt;/b&gt;: sd_xl_base_1.0.safetensors (7 GB, 1024 x 1024) von &lt;a href=&quot;https://huggingface.co/stabilityai/stable-diffusion-xl-base-1.0&quot;&gt;huggingface.co/stabilityai&lt;/a&gt;, Lizenz CreativeML Open RAIL++-M</translation>
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
        <translation>Das Real-ESRGAN-Modell, das hochskaliert, oder LANCZOS (kein Modell)</translation>
    </message>
    <message>
        <source>Upscaling model</source>
        <translation>Modell zum Hochskalieren</translation>
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
        <translation>Kacheln begrenzen den Speicherbedarf eines Modells; automatisch wählt die größte, die in den freien Speicher passt</translation>
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
        <translation>Wie ein Transparenzkanal (Alpha) hochskaliert wird</translation>
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
        <translation>Wohin Ergebnisse geschrieben werden; leer: neben das jeweilige Original. Vorhandene Dateien werden nie ersetzt.</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Wählen...</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>Ausgabeordner wählen</translation>
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
        <translation>Status des neuronalen Hochskalierens</translation>
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
        <translation>F&amp;ormat:</translation>
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
        <translation>Suche nach Modellen zum Hochskalieren...</translation>
    </message>
    <message>
        <source>Falling back to LANCZOS because %1</source>
        <translation>Ausweichen auf LANCZOS, weil: %1</translation>
    </message>
    <message>
        <source>Neural upscaling available: %1 (%2, ×%3) on %4.</source>
        <translation>Neuronales Hochskalieren verfügbar: %1 (%2, ×%3) auf %4.</translation>
    </message>
    <message>
        <source>Falling back to LANCZOS because %1 cannot be used: %2</source>
        <translation>Ausweichen auf LANCZOS, weil %1 nicht verwendbar ist: %2</translation>
    </message>
    <message>
        <source>LANCZOS chosen: no neural upscaling.</source>
        <translation>LANCZOS gewählt: kein neuronales Hochskalieren.</translation>
    </message>
    <message>
        <source>Falling back to LANCZOS because no upscaling model was found in %1. Add or download one in Tools &gt; Models.</source>
        <translation>Ausweichen auf LANCZOS, weil in %1 kein Modell zum Hochskalieren gefunden wurde. Fügen Sie unter Werkzeuge &gt; Modelle eines hinzu oder laden Sie eines herunter.</translation>
    </message>
    <message>
        <source>Results come from the neural network</source>
        <translation>Die Ergebnisse stammen vom neuronalen Netz</translation>
    </message>
    <message>
        <source>Results are resized with LANCZOS: no detail is invented</source>
        <translation>Die Ergebnisse werden mit LANCZOS vergrößert: es werden keine Details erfunden</translation>
    </message>
    <message>
        <source>Output Folder</source>
        <translation>Ausgabeordner</translation>
    </message>
</context>
<context>
    <name>hires::ui::UpscalePage</name>
    <message>
        <source>Upscale queue</source>
        <translation>Warteschlange zum Hochskalieren</translation>
    </message>
    <message>
        <source>Drop images or folders here, or paste an image (Ctrl+V)</source>
        <translation>Bilder oder Ordner hierher ziehen oder ein Bild einfügen (Strg+V)</translation>
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
        <translation>Alle wartenden und laufenden Bilder abbrechen</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Upscale the failed or cancelled images again</source>
        <translation>Die fehlgeschlagenen oder abgebrochenen Bilder erneut hochskalieren</translation>
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
        <translation>eingefuegt-%1</translation>
    </message>
    <message>
        <source>Cancelled the queue</source>
        <translation>Warteschlange abgebrochen</translation>
    </message>
    <message>
        <source>Drop images or folders here to upscale them.</source>
        <translation>Bilder oder Ordner hierher ziehen, um sie hochzuskalieren.</translation>
    </message>
    <message>
        <source>%1 waiting or running, %2 done, %3 failed, %4 cancelled</source>
        <translation>%1 wartend oder laufend, %2 fertig, %3 fehlgeschlagen, %4 abgebrochen</translation>
    </message>
</context>
<context>
    <name>hires::ui::UpscaleQueueModel</name>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Upscaling</source>
        <translation>Wird hochskaliert</translation>
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
        <translation>Fertig (LANCZOS als Ausweichlösung)</translation>
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
</TS>
