#include "ui/save_as_controller.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <opencv2/core.hpp>

#include "core/image/image_decoder.h"
#include "core/image/image_encoder.h"
#include "ui/dialogs/save_options_dialog.h"
#include "ui/image_document.h"
#include "ui/settings.h"
#include "support/modal_dialog.h"

using namespace hires;
using namespace hires::ui;

namespace {

QString photo(const char* name)
{
    return QStringLiteral(HIRES_TEST_DATA_DIR "/photos/") + QLatin1String(name);
}

using hires::test::answerNextDialog;

void chooseFile(const QString& path)
{
    answerNextDialog<QFileDialog>([path](QFileDialog* dialog) {
        dialog->selectFile(path);
        static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept() is protected
    });
}

void clickButton(const QString& text)
{
    answerNextDialog<QMessageBox>([text](QMessageBox* box) {
        for (QAbstractButton* button : box->buttons())
            if (button->text() == text)
                button->click();
    });
}

QByteArray digest(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

bool samePixels(const cv::Mat& a, const cv::Mat& b)
{
    return a.type() == b.type() && a.size() == b.size() && cv::norm(a, b, cv::NORM_INF) == 0;
}

} // namespace

class TestSaveAsController : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    QWidget m_parent;

    QString temp(const QString& name) const { return m_dir.filePath(name); }
    ImageDocument open(const QString& path)
    {
        Result<ImageDocument> document = ImageDocument::open(path);
        if (!document)
            qFatal("%s", qPrintable(document.error().message));
        return std::move(document).value();
    }
    // A copy of a photo in the temporary folder, to be saved over.
    QString copyOf(const char* name, const QString& as)
    {
        QFile::remove(temp(as));
        QFile::copy(photo(name), temp(as));
        return temp(as);
    }

private Q_SLOTS:
    void init()
    {
        QFile::remove(temp(QStringLiteral("settings.ini")));
        m_settings = std::make_unique<Settings>(temp(QStringLiteral("settings.ini")));
    }

    void resolveTarget_data()
    {
        QTest::addColumn<QString>("chosen");
        QTest::addColumn<int>("fallback");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("format");
        QTest::newRow("extension wins")
            << "/a/b.jpeg" << int(ImageFormat::Png) << "/a/b.jpeg" << int(ImageFormat::Jpeg);
        QTest::newRow("upper case")
            << "/a/B.TIF" << int(ImageFormat::Png) << "/a/B.TIF" << int(ImageFormat::Tiff);
        QTest::newRow("no extension: filter")
            << "/a/b" << int(ImageFormat::Webp) << "/a/b.webp" << int(ImageFormat::Webp);
    }
    void resolveTarget()
    {
        QFETCH(QString, chosen);
        QFETCH(int, fallback);
        QFETCH(QString, path);
        QFETCH(int, format);
        const auto resolved = SaveAsController::resolveTarget(chosen, ImageFormat(fallback));
        QVERIFY(resolved);
        QCOMPARE(resolved->first, path);
        QCOMPARE(int(resolved->second), format);
    }

    void resolveTargetRefusesOtherFormats()
    {
        const auto resolved =
            SaveAsController::resolveTarget(QStringLiteral("/a/b.bmp"), ImageFormat::Png);
        QVERIFY(!resolved);
        QCOMPARE(resolved.error().code, ErrorCode::UnsupportedFormat);
        QVERIFY(resolved.error().message.contains(QStringLiteral(".bmp")));
        QCOMPARE(SaveAsController::formatOfFilter(SaveAsController::nameFilters().at(1)),
                 ImageFormat::Jpeg);
    }

    void savesJpegWithChosenQuality()
    {
        const ImageDocument document = open(photo("astronaut.png"));
        const QString target = temp(QStringLiteral("astronaut.jpg"));
        chooseFile(target);
        bool asked = false;
        answerNextDialog<SaveOptionsDialog>([&asked](SaveOptionsDialog* dialog) {
            asked = true;
            dialog->findChild<QSpinBox*>()->setValue(80);
            dialog->accept();
        });
        SaveAsController saver(&m_parent, *m_settings);
        const Result<QString> saved = saver.saveAs(document);
        QVERIFY(asked);
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
        QCOMPARE(*saved, target);
        const Result<Image> reread = readImageFile(target);
        QVERIFY(reread);
        QCOMPARE(reread->sourceFormat, ImageFormat::Jpeg);
        QCOMPARE(reread->pixels.size(), document.image().pixels.size());
        QCOMPARE(m_settings->value(keys::kJpegQuality), 80);
        QCOMPARE(m_settings->value(keys::kSaveFormat), QStringLiteral("jpg"));
        QCOMPARE(m_settings->value(keys::kLastSaveFolder), m_dir.path());

        // The quality really reached the encoder: a lower one makes a smaller file.
        const QString rough = temp(QStringLiteral("astronaut_rough.jpg"));
        chooseFile(rough);
        int remembered = 0;
        answerNextDialog<SaveOptionsDialog>([&remembered](SaveOptionsDialog* dialog) {
            remembered = dialog->options().quality;
            dialog->findChild<QSpinBox*>()->setValue(20);
            dialog->accept();
        });
        QVERIFY(saver.saveAs(document));
        QCOMPARE(remembered, 80); // from the last time
        QVERIFY(QFileInfo(rough).size() < QFileInfo(target).size() * 2 / 3);
    }

    void filterGivesTheFormatOfANameWithoutExtension()
    {
        const ImageDocument document = open(photo("camera.png"));
        answerNextDialog<QFileDialog>([this](QFileDialog* dialog) {
            dialog->selectNameFilter(SaveAsController::nameFilters().at(3)); // TIFF
            dialog->selectFile(temp(QStringLiteral("camera_copy")));
            static_cast<QDialog*>(dialog)->accept();
        });
        SaveAsController saver(&m_parent, *m_settings);
        const Result<QString> saved = saver.saveAs(document);
        QVERIFY(saved);
        QCOMPARE(*saved, temp(QStringLiteral("camera_copy.tif")));
        const Result<Image> reread = readImageFile(*saved);
        QVERIFY(reread);
        QVERIFY(samePixels(reread->pixels, document.image().pixels)); // TIFF is lossless
    }

    void alphaToJpegShowsTheNotesFirst()
    {
        const ImageDocument document = open(photo("logo.png"));
        QVERIFY(document.image().hasAlpha());
        EncodeOptions jpeg;
        jpeg.format = ImageFormat::Jpeg;
        QStringList expected;
        QVERIFY(preflightEncode(document.image(), jpeg, &expected));
        QVERIFY(!expected.isEmpty()); // at least: alpha flattened

        chooseFile(temp(QStringLiteral("logo.jpg")));
        QStringList shown;
        bool labelVisible = false;
        answerNextDialog<SaveOptionsDialog>([&](SaveOptionsDialog* dialog) {
            shown = dialog->notes();
            const auto* label = dialog->findChild<QLabel*>(QStringLiteral("preflightNotes"));
            labelVisible = label && label->isVisible() &&
                           label->text().contains(expected.first().toHtmlEscaped());
            dialog->accept();
        });
        SaveAsController saver(&m_parent, *m_settings);
        QVERIFY(saver.saveAs(document));
        QCOMPARE(shown, expected);
        QVERIFY(labelVisible);
        QCOMPARE(readImageFile(temp(QStringLiteral("logo.jpg")))->channels(), 3);
    }

    void cancelWritesNothing()
    {
        const ImageDocument document = open(photo("astronaut.png"));
        chooseFile(temp(QStringLiteral("never.webp")));
        answerNextDialog<SaveOptionsDialog>([](SaveOptionsDialog* dialog) { dialog->reject(); });
        SaveAsController saver(&m_parent, *m_settings);
        const Result<QString> saved = saver.saveAs(document);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, ErrorCode::Cancelled);
        QVERIFY(!QFile::exists(temp(QStringLiteral("never.webp"))));
    }

    void refusedExtensionIsAnError()
    {
        const ImageDocument document = open(photo("astronaut.png"));
        chooseFile(temp(QStringLiteral("picture.bmp")));
        SaveAsController saver(&m_parent, *m_settings);
        const Result<QString> saved = saver.saveAs(document);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, ErrorCode::UnsupportedFormat);
        QVERIFY(!QFile::exists(temp(QStringLiteral("picture.bmp"))));
    }

    void originalIsKeptUnlessReplaceIsChosen()
    {
        const QString original = copyOf("astronaut.png", QStringLiteral("viewed.png"));
        QFile::remove(temp(QStringLiteral("viewed_2.png")));
        const QByteArray before = digest(original);
        const ImageDocument document = open(original);
        SaveAsController saver(&m_parent, *m_settings);

        // "Save as Copy": the original stays, the copy gets a free name.
        chooseFile(original);
        clickButton(QStringLiteral("Save as &Copy"));
        Result<QString> saved = saver.saveAs(document);
        QVERIFY(saved);
        QCOMPARE(*saved, temp(QStringLiteral("viewed_2.png")));
        QCOMPARE(digest(original), before);
        QVERIFY(samePixels(readImageFile(*saved)->pixels, document.image().pixels));

        // Cancel: nothing at all.
        chooseFile(original);
        clickButton(QStringLiteral("Cancel"));
        saved = saver.saveAs(document);
        QCOMPARE(saved.error().code, ErrorCode::Cancelled);
        QCOMPARE(digest(original), before);

        // "Replace Original", explicitly: now it is written.
        chooseFile(original);
        clickButton(QStringLiteral("&Replace Original"));
        saved = saver.saveAs(document);
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
        QCOMPARE(*saved, original);
        QVERIFY(samePixels(readImageFile(original)->pixels, document.image().pixels));
    }

    void otherExistingFileNeedsConfirmation()
    {
        const ImageDocument document = open(photo("chelsea.png"));
        const QString other = copyOf("coffee.png", QStringLiteral("other.png"));
        const QByteArray before = digest(other);
        SaveAsController saver(&m_parent, *m_settings);
        chooseFile(other);
        answerNextDialog<QMessageBox>(
            [](QMessageBox* box) { box->button(QMessageBox::Cancel)->click(); });
        QCOMPARE(saver.saveAs(document).error().code, ErrorCode::Cancelled);
        QCOMPARE(digest(other), before);

        chooseFile(other);
        answerNextDialog<QMessageBox>(
            [](QMessageBox* box) { box->button(QMessageBox::Yes)->click(); });
        QVERIFY(saver.saveAs(document));
        QCOMPARE(readImageFile(other)->width(), 451); // now chelsea
    }
};

QTEST_MAIN(TestSaveAsController)
#include "tst_save_as_controller.moc"
