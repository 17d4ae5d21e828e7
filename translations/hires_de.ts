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
</TS>
