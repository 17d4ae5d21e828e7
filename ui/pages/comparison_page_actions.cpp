// ComparisonPage, part 2: its actions (texts, shortcuts, tooltips, the
// handlers they trigger) and the toolbar they are shown in.
#include "ui/pages/comparison_page.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QToolBar>

#include "ui/views/comparison_view.h"

#include <utility>

namespace hires::ui {

namespace {

constexpr double kScales[] = {2.0, 3.0, 4.0};
constexpr double kGains[] = {1.0, 2.0, 4.0, 8.0, 16.0};

QAction* makeAction(QWidget* owner, const QString& text, const QKeySequence& key,
                    const QString& tip)
{
    auto* action = new QAction(text, owner);
    action->setShortcut(key);
    action->setToolTip(QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
    action->setStatusTip(tip);
    owner->addAction(action);
    return action;
}

} // namespace

void ComparisonPage::createActions()
{
    m_openAction = makeAction(this, tr("&Open Image to Compare..."),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I),
                              tr("Choose the image whose upscales are compared"));
    m_compareAction = makeAction(this, tr("Compare &LANCZOS vs Model"),
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
                                 tr("Upscale the whole image with LANCZOS and with the chosen "
                                    "model to the same size, and compare them"));
    m_previewAction = makeAction(this, tr("&Preview Visible Region"),
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                                 tr("Run the model only on the part in view (plus a margin), "
                                    "LANCZOS elsewhere: a quick look before the whole image"));
    m_compareFilesAction = makeAction(this, tr("Compare &Two Files..."),
                                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
                                      tr("Choose two image files and compare them"));
    m_cancelAction = makeAction(this, tr("&Cancel Comparison"), QKeySequence(Qt::Key_Escape),
                                tr("Stop the running comparison"));
    m_cancelAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    m_sideBySideAction =
        makeAction(this, tr("&Side by Side"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_1),
                   tr("Show the two images next to each other"));
    m_sliderAction = makeAction(this, tr("S&lider"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_2),
                                tr("Show the left image left of a divider you drag, the right "
                                   "image right of it"));
    m_differenceAction =
        makeAction(this, tr("&Difference"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_3),
                   tr("Show where the images differ: |A − B| amplified and colour-mapped"));
    auto* modes = new QActionGroup(this);
    for (QAction* action : {m_sideBySideAction, m_sliderAction, m_differenceAction}) {
        action->setCheckable(true);
        modes->addAction(action);
    }
    m_sideBySideAction->setChecked(true);

    m_fitAction = makeAction(this, tr("&Fit"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_0),
                             tr("Fit the images to the panes"));
    m_actualAction = makeAction(this, tr("1:1"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_1),
                                tr("Actual pixels"));
    m_doubleAction = makeAction(this, tr("2×"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_2),
                                tr("Two screen pixels per image pixel"));
    m_quadrupleAction = makeAction(this, tr("4×"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_4),
                                   tr("Four screen pixels per image pixel"));
    m_saveLeftAction =
        makeAction(this, tr("Save &Left As..."), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S),
                   tr("Save the left image to a file"));
    // Short texts for the toolbar; the menus keep the full ones.
    m_openAction->setIconText(tr("Open"));
    m_compareAction->setIconText(tr("LANCZOS vs Model"));
    m_previewAction->setIconText(tr("Preview Region"));
    m_compareFilesAction->setIconText(tr("Two Files"));
    m_cancelAction->setIconText(tr("Cancel"));
    m_sideBySideAction->setIconText(tr("Side by Side"));
    m_sliderAction->setIconText(tr("Slider"));
    m_differenceAction->setIconText(tr("Difference"));
    m_fitAction->setIconText(tr("Fit"));
    m_saveRightAction = makeAction(this, tr("Save &Right As..."),
                                   QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_S),
                                   tr("Save the right image to a file"));
    m_saveLeftAction->setIconText(tr("Save Left"));
    m_saveRightAction->setIconText(tr("Save Right"));

    connect(m_openAction, &QAction::triggered, this, &ComparisonPage::chooseInput);
    connect(m_compareAction, &QAction::triggered, this, &ComparisonPage::compareWithModel);
    connect(m_previewAction, &QAction::triggered, this, &ComparisonPage::previewVisibleRegion);
    connect(m_compareFilesAction, &QAction::triggered, this, &ComparisonPage::chooseFiles);
    connect(m_cancelAction, &QAction::triggered, this, &ComparisonPage::cancel);
    using Mode = ComparisonView::Mode;
    for (auto [action, mode] : {std::pair{m_sideBySideAction, Mode::SideBySide},
                                {m_sliderAction, Mode::Slider},
                                {m_differenceAction, Mode::Difference}})
        connect(action, &QAction::triggered, this, [this, mode] { m_view->setMode(mode); });
    using Preset = ComparisonView::ZoomPreset;
    for (auto [action, preset] : {std::pair{m_fitAction, Preset::Fit},
                                  {m_actualAction, Preset::Actual},
                                  {m_doubleAction, Preset::Double},
                                  {m_quadrupleAction, Preset::Quadruple}})
        connect(action, &QAction::triggered, this, [this, preset] { m_view->applyPreset(preset); });
    connect(m_saveLeftAction, &QAction::triggered, this, [this] { saveSide(0); });
    connect(m_saveRightAction, &QAction::triggered, this, [this] { saveSide(1); });
}

void ComparisonPage::createToolBar()
{
    m_modelBox->setAccessibleName(tr("Model"));
    m_modelBox->setToolTip(tr("The model compared with LANCZOS"));
    m_modelBox->setMinimumContentsLength(14);
    m_scaleBox->setAccessibleName(tr("Output scale"));
    m_scaleBox->setToolTip(tr("Both sides are upscaled to this many times the input size"));
    for (double scale : kScales)
        m_scaleBox->addItem(tr("×%1").arg(scale), scale);
    m_scaleBox->setCurrentIndex(2);
    m_gainBox->setAccessibleName(tr("Difference amplification"));
    m_gainBox->setToolTip(tr("How strongly differences are amplified in the difference view"));
    for (double gain : kGains)
        m_gainBox->addItem(tr("|A − B| ×%1").arg(gain), gain);
    m_gainBox->setCurrentIndex(2);
    connect(m_gainBox, &QComboBox::currentIndexChanged, this,
            [this] { m_view->setDifferenceGain(m_gainBox->currentData().toDouble()); });

    m_toolBar->addAction(m_openAction);
    m_toolBar->addWidget(m_modelBox);
    m_toolBar->addWidget(m_scaleBox);
    m_toolBar->addAction(m_compareAction);
    m_toolBar->addAction(m_previewAction);
    m_toolBar->addAction(m_compareFilesAction);
    m_toolBar->addAction(m_cancelAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_facesAction);
    m_toolBar->addWidget(m_faceWeightBox);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_sideBySideAction);
    m_toolBar->addAction(m_sliderAction);
    m_toolBar->addAction(m_differenceAction);
    m_toolBar->addWidget(m_gainBox);
    m_toolBar->addSeparator();
    for (QAction* action : {m_fitAction, m_actualAction, m_doubleAction, m_quadrupleAction})
        m_toolBar->addAction(action);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_saveLeftAction);
    m_toolBar->addAction(m_saveRightAction);
}

QList<QAction*> ComparisonPage::pageActions() const
{
    return {m_openAction,     m_compareAction,    m_previewAction, m_compareFilesAction,
            m_cancelAction,   m_sideBySideAction, m_sliderAction,  m_differenceAction,
            m_fitAction,      m_actualAction,     m_doubleAction,  m_quadrupleAction,
            m_saveLeftAction, m_saveRightAction,  m_facesAction};
}

} // namespace hires::ui
