#include "MainWindow.h"

#include "AgencyDialog.h"
#include "AuditPanel.h"
#include "Banner.h"
#include "DashboardView.h"
#include "FileController.h"
#include "FindingsPanel.h"
#include "FrameworkEditor.h"
#include "GuideDialog.h"
#include "ImportDialog.h"
#include "Language.h"
#include "NavigatorWidget.h"
#include "NewAssessmentDialog.h"
#include "OitView.h"
#include "PlanView.h"
#include "PortfolioView.h"
#include "ReportDialog.h"
#include "ScoresView.h"
#include "ScreenFit.h"
#include "Settings.h"
#include "Startup.h"
#include "SummaryView.h"
#include "ThresholdsPanel.h"
#include "TrendsView.h"
#include "WelcomePage.h"
#include "WhatIfView.h"
#include "io/FrameworkCsv.h"
#include "storage/AgencyRepository.h"
#include "storage/AuditLog.h"

#include "analysis/Summary.h"
#include "document/Workspace.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDate>
#include <QDockWidget>
#include <QFileInfo>
#include <QIcon>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoView>
#include <QVBoxLayout>

namespace ita::gui {

MainWindow::MainWindow(Settings &settings, Language &language, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_language(language)
    , m_workspace(new Workspace(this))
    , m_undoGroup(new QUndoGroup(this))
    , m_navigator(new NavigatorWidget(*m_workspace, this))
    , m_tabs(new QTabWidget(this))
    , m_scores(new ScoresView(*m_workspace, this))
    , m_summary(new SummaryView(*m_workspace, this))
    , m_plan(new PlanView(*m_workspace, this))
    , m_dashboard(new DashboardView(*m_workspace, this))
    , m_whatIf(new WhatIfView(*m_workspace, this))
    , m_trends(new TrendsView(*m_workspace, this))
    , m_portfolio(new PortfolioView(*m_workspace, this))
    , m_splitter(new QSplitter(this))
    , m_findings(new FindingsPanel(*m_workspace, this))
    , m_thresholds(new ThresholdsPanel(*m_workspace, this))
    , m_history(new QUndoView(m_undoGroup, this))
    , m_findingsDock(new QDockWidget(this))
    , m_thresholdsDock(new QDockWidget(this))
    , m_historyDock(new QDockWidget(this))
    , m_auditDock(new QDockWidget(this))
    , m_audit(new AuditPanel(*m_workspace, m_settings, this))
    , m_banner(new Banner(*m_workspace, this))
    , m_files(new FileController(*m_workspace, m_settings, this))
    , m_overallLabel(new QLabel(this))
    , m_countsLabel(new QLabel(this))
    , m_findingsLabel(new QLabel(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    connect(m_files, &FileController::message, this, &MainWindow::showMessage);
    connect(m_files, &FileController::recentFilesChanged, this, &MainWindow::updateRecentMenu);
    m_tabs->addTab(m_scores, QString());
    m_tabs->addTab(m_summary, QString());
    m_tabs->addTab(m_plan, QString());
    m_tabs->addTab(m_dashboard, QString());
    m_tabs->addTab(m_whatIf, QString());
    m_tabs->addTab(m_trends, QString());
    m_tabs->addTab(m_portfolio, QString());
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_navigator);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setSizes({200, 1080});
    // A banner above everything says what the user must know: read-only, a broken audit trail.
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_banner);
    // While no file is open the welcome page stands where the views are.
    m_stack = new QStackedWidget(this);
    m_welcome = new WelcomePage(this);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_splitter);
    m_stack->setCurrentWidget(m_splitter); // onFileChanged() turns to the welcome page
    centralLayout->addWidget(m_stack, 1);
    setCentralWidget(central);
    connect(m_welcome, &WelcomePage::sampleRequested, this, [this] { openSample(); });
    connect(m_welcome, &WelcomePage::importRequested, this, &MainWindow::importIntoNewFile);
    connect(m_welcome, &WelcomePage::openRequested, m_files, &FileController::openDialog);
    connect(m_welcome, &WelcomePage::serverRequested, m_files,
            [this] { m_files->connectToServer(); });
    setWindowIcon(QIcon(QStringLiteral(":/icons/org.itaplanner.ITAPlanner-256.png")));
    statusBar()->addWidget(m_overallLabel);
    statusBar()->addWidget(m_countsLabel);
    statusBar()->addPermanentWidget(m_findingsLabel);

    createActions();
    createMenus();
    createDocks();

    connect(m_workspace, &Workspace::fileChanged, this, &MainWindow::onFileChanged);
    connect(m_workspace, &Workspace::externalChange, this, [this] {
        showMessage(tr("Another user changed this file: the views show what is stored now."));
    });
    connect(m_workspace, &Workspace::documentChanged, this, &MainWindow::onDocumentChanged);
    // A server's connection lost: what is shown stays (nothing is read again), but read-only,
    // with the banner saying why, until it returns.
    const auto updateEditable = [this] {
        if (!m_workspace->database())
            return;
        m_import->setEnabled(!m_workspace->database()->isReadOnly());
        const bool editable = m_workspace->document() && !m_workspace->document()->isReadOnly();
        for (QAction *a : {m_paste, m_addSub, m_removeSub})
            a->setEnabled(editable);
    };
    // A file the background check finds damaged turns read-only (Workspace).
    connect(m_workspace, &Workspace::verificationChanged, this, updateEditable);
    connect(
        m_workspace, &Workspace::connectionChanged, this, [this, updateEditable](bool connected) {
            updateEditable();
            showMessage(connected ? tr("The connection to the server is back; you can edit again.")
                                  : tr("The connection to the server is lost: read-only until it "
                                       "returns."));
        });
    connect(m_navigator, &NavigatorWidget::assessmentChosen, this, [this](qint64 id) {
        if (QString e = m_workspace->openAssessment(id); !e.isEmpty())
            showMessage(e);
    });
    connect(m_portfolio, &PortfolioView::assessmentChosen, this, [this](qint64 id) {
        if (QString e = m_workspace->openAssessment(id); !e.isEmpty())
            return showMessage(e);
        m_tabs->setCurrentWidget(m_dashboard);
    });
    connect(m_navigator, &NavigatorWidget::agencyDetailsRequested, this,
            &MainWindow::editAgencyDetails);
    connect(m_navigator, &NavigatorWidget::newAgencyRequested, this,
            [this] { newAssessment(QString()); });
    connect(m_navigator, &NavigatorWidget::newYearRequested, this, &MainWindow::newAssessment);
    connect(m_findings, &FindingsPanel::codeActivated, this, [this](const QString &code) {
        m_tabs->setCurrentWidget(m_scores);
        m_scores->showCode(code);
    });
    connect(m_scores, &ScoresView::message, this, &MainWindow::showMessage);
    connect(m_plan, &PlanView::message, this, &MainWindow::showMessage);
    connect(m_plan->oit(), &OitView::checked, m_dashboard, &DashboardView::refresh);
    connect(m_whatIf, &WhatIfView::message, this, &MainWindow::showMessage);
    connect(m_plan, &PlanView::codeActivated, this, [this](const QString &code) {
        m_tabs->setCurrentWidget(m_scores);
        m_scores->showCode(code);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActiveStack);
    connect(m_dashboard, &DashboardView::indicatorActivated, this, [this](const QString &code) {
        m_tabs->setCurrentWidget(m_scores);
        m_scores->showCode(code);
    });

    // First start: most of the screen (later starts restore what the user left).
    // On an office laptop (1366×768) every pixel is needed: the whole available screen.
    if (const QScreen *screen = QGuiApplication::primaryScreen()) {
        const QRect available = screen->availableGeometry();
        if (available.width() < 1600)
            resize(fittedSize(available.size(), minimumSizeHint(), available));
        else
            resize(available.width() * 9 / 10, available.height() * 9 / 10);
    } else {
        resize(1280, 800);
    }
    restoreGeometry(m_settings.windowGeometry());
    restoreState(m_settings.windowState());
    m_splitter->restoreState(m_settings.splitterState());
    m_thai->setChecked(m_language.isThai());
    m_english->setChecked(!m_language.isThai());
    retranslate();
    onDocumentChanged();
}

MainWindow::~MainWindow() {
    // Children are destroyed after this body, and some signal while they go (the tabs'
    // currentChanged, the workspace's documentChanged): no slot of this half-destroyed
    // window may run then (found by the sanitizer build's assertions).
    m_tabs->disconnect(this);
    m_workspace->disconnect(this);
    m_undoGroup->disconnect(this);
}

void MainWindow::createActions() {
    m_new = new QAction(this);
    m_new->setShortcut(QKeySequence::New);
    connect(m_new, &QAction::triggered, m_files, [this] { m_files->newFile(); });
    m_open = new QAction(this);
    m_open->setShortcut(QKeySequence::Open);
    connect(m_open, &QAction::triggered, m_files, &FileController::openDialog);
    m_connect = new QAction(this);
    connect(m_connect, &QAction::triggered, m_files, [this] { m_files->connectToServer(); });
    m_saveCopy = new QAction(this);
    m_saveCopy->setShortcut(QKeySequence::SaveAs);
    connect(m_saveCopy, &QAction::triggered, m_files, &FileController::saveCopy);
    m_import = new QAction(this);
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_import, &QAction::triggered, this, &MainWindow::importScores);
    m_auditName = new QAction(this);
    connect(m_auditName, &QAction::triggered, this, &MainWindow::setAuditName);
    m_reports = new QAction(this);
    m_reports->setShortcut(QKeySequence::Print);
    connect(m_reports, &QAction::triggered, this, &MainWindow::openReports);
    m_newFramework = new QAction(this);
    connect(m_newFramework, &QAction::triggered, this, [this] { newFramework(); });
    m_editFramework = new QAction(this);
    connect(m_editFramework, &QAction::triggered, this, &MainWindow::editFrameworks);
    m_quit = new QAction(this);
    m_quit->setShortcut(QKeySequence::Quit);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    // Own actions rather than QUndoGroup's, whose "Undo %1" text would not follow a
    // language switch.
    m_undo = new QAction(this);
    m_undo->setShortcut(QKeySequence::Undo);
    connect(m_undo, &QAction::triggered, m_undoGroup, &QUndoGroup::undo);
    connect(m_undoGroup, &QUndoGroup::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(m_undoGroup, &QUndoGroup::undoTextChanged, this, &MainWindow::updateUndoTexts);
    m_redo = new QAction(this);
    m_redo->setShortcut(QKeySequence::Redo);
    connect(m_redo, &QAction::triggered, m_undoGroup, &QUndoGroup::redo);
    connect(m_undoGroup, &QUndoGroup::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(m_undoGroup, &QUndoGroup::redoTextChanged, this, &MainWindow::updateUndoTexts);
    m_undo->setEnabled(false);
    m_redo->setEnabled(false);
    m_paste = new QAction(this);
    m_paste->setShortcut(QKeySequence::Paste);
    connect(m_paste, &QAction::triggered, this, &MainWindow::paste);
    m_addSub = new QAction(this);
    connect(m_addSub, &QAction::triggered, this, &MainWindow::addSubItem);
    m_removeSub = new QAction(this);
    connect(m_removeSub, &QAction::triggered, this, &MainWindow::removeSubItem);

    m_present = new QAction(this);
    m_present->setShortcut(QKeySequence(Qt::Key_F11));
    connect(m_present, &QAction::triggered, this, [this] { present(); });

    m_guide = new QAction(this);
    m_guide->setShortcut(QKeySequence::HelpContents);
    connect(m_guide, &QAction::triggered, this, &MainWindow::showGuide);
    m_openSample = new QAction(this);
    connect(m_openSample, &QAction::triggered, this, [this] { openSample(); });
    m_about = new QAction(this);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);

    m_languageGroup = new QActionGroup(this);
    m_thai = new QAction(QStringLiteral("ไทย"), m_languageGroup);
    m_english = new QAction(QStringLiteral("English"), m_languageGroup);
    for (QAction *a : {m_thai, m_english})
        a->setCheckable(true);
    connect(m_thai, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("th")); });
    connect(m_english, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("en")); });
}

void MainWindow::createMenus() {
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addActions({m_new, m_open, m_connect});
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addAction(m_saveCopy);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_import);
    m_fileMenu->addAction(m_reports);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_newFramework);
    m_fileMenu->addAction(m_editFramework);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addActions({m_undo, m_redo});
    m_editMenu->addSeparator();
    m_editMenu->addActions({m_paste, m_addSub, m_removeSub});
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_auditName);
    m_viewMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions({m_thai, m_english});
    m_viewMenu->addAction(m_present);
    m_viewMenu->addSeparator();
    updateRecentMenu();
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addActions({m_guide, m_openSample});
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_about);
}

void MainWindow::createDocks() {
    const auto dock = [this](QDockWidget *d, QWidget *w, const char *name, Qt::DockWidgetArea at) {
        d->setObjectName(QLatin1String(name));
        d->setWidget(w);
        addDockWidget(at, d);
        m_viewMenu->addAction(d->toggleViewAction());
    };
    dock(m_thresholdsDock, m_thresholds, "thresholdsDock", Qt::RightDockWidgetArea);
    dock(m_findingsDock, m_findings, "findingsDock", Qt::RightDockWidgetArea);
    dock(m_historyDock, m_history, "historyDock", Qt::RightDockWidgetArea);
    dock(m_auditDock, m_audit, "auditDock", Qt::BottomDockWidgetArea);
    m_auditDock->hide(); // View → Audit Trail
    connect(m_auditDock, &QDockWidget::visibilityChanged, m_audit, [this](bool visible) {
        if (visible)
            m_audit->reload();
    });
    tabifyDockWidget(m_findingsDock, m_historyDock);
    m_findingsDock->raise();
}

void MainWindow::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate() {
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_new->setText(tr("&New…"));
    m_open->setText(tr("&Open…"));
    m_connect->setText(tr("Connect to &Server…"));
    updateSaveCopyText();
    m_import->setText(tr("&Import Scores…"));
    m_reports->setText(tr("&Reports and Export…"));
    m_newFramework->setText(tr("New &Framework…"));
    m_newFramework->setToolTip(tr("A new year's assessment design, copied from the latest one"));
    m_editFramework->setText(tr("&Edit the Framework…"));
    m_auditName->setText(tr("Your &Name in the Audit Trail…"));
    m_auditDock->setWindowTitle(tr("Audit Trail"));
    m_reports->setToolTip(tr("The published PDF, an editable ODT, CSV files, printing"));
    m_quit->setText(tr("&Quit"));
    m_helpMenu->setTitle(tr("&Help"));
    m_guide->setText(tr("&User Guide"));
    m_openSample->setText(tr("Open the &Sample"));
    m_openSample->setToolTip(tr("The bundled sample agency, in its own file"));
    m_about->setText(tr("&About ITA Planner"));
    updateUndoTexts();
    m_paste->setText(tr("&Paste Scores"));
    m_paste->setToolTip(tr("Paste code and score columns copied from a spreadsheet"));
    m_addSub->setText(tr("&Add Sub-item"));
    m_removeSub->setText(tr("Re&move Sub-item"));
    m_tabs->setTabText(0, tr("Scores"));
    m_tabs->setTabText(1, tr("Summary"));
    m_tabs->setTabText(2, tr("Plan"));
    m_tabs->setTabText(3, tr("Dashboard"));
    m_tabs->setTabText(4, tr("What-if"));
    m_tabs->setTabText(5, tr("Trends"));
    m_tabs->setTabText(6, tr("Portfolio"));
    m_present->setText(tr("&Presentation"));
    m_findingsDock->setWindowTitle(tr("Findings"));
    m_thresholdsDock->setWindowTitle(tr("Thresholds"));
    m_historyDock->setWindowTitle(tr("History"));
    m_history->setEmptyLabel(tr("<opened>"));
    updateStatus();
    onFileChanged();
}

void MainWindow::updateUndoTexts() {
    const QString undo = m_undoGroup->undoText();
    const QString redo = m_undoGroup->redoText();
    m_undo->setText(undo.isEmpty() ? tr("&Undo") : tr("&Undo: %1").arg(undo));
    m_redo->setText(redo.isEmpty() ? tr("&Redo") : tr("&Redo: %1").arg(redo));
}

void MainWindow::setLanguage(const QString &language) {
    m_language.apply(language);
    m_settings.setLanguage(language);
    const bool thai = m_language.isThai();
    m_thai->setChecked(thai);
    m_english->setChecked(!thai);
    updateStatus(); // each view follows the language itself (QEvent::LanguageChange)
}

void MainWindow::onFileChanged() {
    m_navigator->reload();
    const QString file = m_workspace->filePath();
    QString title = tr("ITA Planner");
    if (!file.isEmpty())
        title = QStringLiteral("%1 — %2").arg(
            m_workspace->database()->isServer() ? file : QFileInfo(file).fileName(), title);
    if (m_workspace->database() && m_workspace->database()->isReadOnly())
        title += QStringLiteral(" [%1]").arg(tr("read-only"));
    setWindowTitle(title);
    const bool writable = m_workspace->database() && !m_workspace->database()->isReadOnly();
    m_import->setEnabled(writable);
    m_saveCopy->setEnabled(m_workspace->database() != nullptr);
    updateSaveCopyText();
    // No file: the welcome page, and the docks that only speak of a file step aside.
    const bool welcome = m_workspace->database() == nullptr;
    if (welcome && !showsWelcome()) {
        for (QDockWidget *d : {m_findingsDock, m_thresholdsDock, m_historyDock})
            if (!d->isHidden()) { // shown, or to be shown with the window
                m_docksHiddenForWelcome << d;
                d->hide();
            }
    } else if (!welcome && showsWelcome()) {
        for (QDockWidget *d : std::as_const(m_docksHiddenForWelcome))
            d->show();
        m_docksHiddenForWelcome.clear();
    }
    m_stack->setCurrentWidget(welcome ? static_cast<QWidget *>(m_welcome) : m_splitter);
}

QLabel *MainWindow::banner() const {
    return m_banner->text();
}

void MainWindow::updateSaveCopyText() {
    // A server's data is copied into a file; a file is copied as a file.
    m_saveCopy->setText(m_workspace->database() && m_workspace->database()->isServer()
                            ? tr("&Copy to a File…")
                            : tr("Save a &Copy As…"));
}

void MainWindow::setAuditName() {
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Your Name in the Audit Trail"),
        tr("The audit trail records this name with every change you make (empty: your login "
           "name, %1).")
            .arg(systemUserName()),
        QLineEdit::Normal, m_settings.auditName(), &ok);
    if (!ok)
        return;
    m_settings.setAuditName(name.trimmed());
    m_workspace->setActor(name.trimmed());
}

void MainWindow::onDocumentChanged() {
    AssessmentDocument *doc = m_workspace->document();
    // The views follow the workspace themselves (they connected to documentChanged before
    // this window did, so they hold the new documents already); the window keeps the undo
    // group, the actions and the status bar.
    PlanDocument *plan = m_workspace->planDocument();
    if (plan && !m_undoGroup->stacks().contains(plan->undoStack()))
        m_undoGroup->addStack(plan->undoStack());
    if (plan)
        connect(plan, &PlanDocument::failed, this, &MainWindow::showMessage, Qt::UniqueConnection);
    if (doc) {
        if (!m_undoGroup->stacks().contains(doc->undoStack()))
            m_undoGroup->addStack(doc->undoStack());
        updateActiveStack();
        connect(doc, &AssessmentDocument::changed, this, &MainWindow::updateStatus,
                Qt::UniqueConnection);
        connect(doc, &AssessmentDocument::failed, this, &MainWindow::showMessage,
                Qt::UniqueConnection);
        m_navigator->select(doc->id());
    } else {
        m_undoGroup->setActiveStack(nullptr);
    }
    const bool editable = doc && !doc->isReadOnly();
    for (QAction *a : {m_paste, m_addSub, m_removeSub})
        a->setEnabled(editable);
    m_reports->setEnabled(doc != nullptr); // reports are for read-only files too
    updateStatus();
}

DashboardView *MainWindow::present() {
    auto *screen = new DashboardView(*m_workspace, this);
    screen->setWindowFlag(Qt::Window); // its own window, closed with this one
    screen->setAttribute(Qt::WA_DeleteOnClose);
    screen->setWindowTitle(tr("ITA Planner"));
    screen->setPresentation(true);
    connect(screen, &DashboardView::indicatorActivated, this, [this, screen](const QString &code) {
        screen->close();
        m_tabs->setCurrentWidget(m_scores);
        m_scores->showCode(code);
    });
    screen->showFullScreen();
    return screen;
}

void MainWindow::updateActiveStack() {
    // Undo acts on what is in front: the plan on the plan tab, the scores elsewhere.
    // The side panels are about scores: out of the plan's way (it needs the width), and back
    // as the user left them. The plan's undo history stays in Edit → Undo/Redo.
    const bool planInFront = m_tabs->currentWidget() == m_plan;
    if (planInFront != m_planInFront) {
        m_planInFront = planInFront;
        for (QDockWidget *d : {m_thresholdsDock, m_findingsDock, m_historyDock}) {
            if (planInFront) {
                d->setProperty("shownBeforePlan", d->isVisible());
                d->hide();
            } else if (d->property("shownBeforePlan").toBool()) {
                d->show();
            }
        }
    }
    QUndoStack *stack = nullptr;
    if (m_tabs->currentWidget() == m_plan && m_workspace->planDocument())
        stack = m_workspace->planDocument()->undoStack();
    else if (m_workspace->document())
        stack = m_workspace->document()->undoStack();
    m_undoGroup->setActiveStack(stack);
    m_undo->setEnabled(m_undoGroup->canUndo());
    m_redo->setEnabled(m_undoGroup->canRedo());
    updateUndoTexts();
}

void MainWindow::updateStatus() {
    const AssessmentDocument *doc = m_workspace->document();
    if (!doc) {
        m_overallLabel->setText(tr("No assessment open"));
        m_countsLabel->clear();
        m_findingsLabel->clear();
        return;
    }
    const Analysis &a = doc->analysis();
    m_overallLabel->setText(
        tr("%1 · FY %2 BE · overall %3 (%4)")
            .arg(doc->assessment().agency)
            .arg(doc->assessment().fiscalYear)
            .arg(a.overall ? a.overall->toString() : QStringLiteral("—"),
                 doc->framework().rating.phrase(a.nodes.empty() ? QString() : a.nodes.front().grade,
                                                m_language.isThai())));
    m_countsLabel->setText(tr("Items: ★ %1 · ▲ %2 · ! %3")
                               .arg(countIn(a, Bucket::Maintain, Level::Item))
                               .arg(countIn(a, Bucket::Improve, Level::Item))
                               .arg(countIn(a, Bucket::Urgent, Level::Item)));
    m_findingsLabel->setText(tr("⚠ %n finding(s)", nullptr, int(a.findings.size())));
}

QString MainWindow::statusSummary() const {
    return QStringList{m_overallLabel->text(), m_countsLabel->text(), m_findingsLabel->text()}.join(
        QStringLiteral(" | "));
}

QString MainWindow::openFile(const QString &path, bool readOnly) {
    return m_files->openFile(path, readOnly);
}

QString MainWindow::openServer(const QString &location, const QString &password) {
    return m_files->openServer(location, password);
}

QString MainWindow::openSample() {
    return m_files->openSample();
}

void MainWindow::updateRecentMenu() {
    m_recentMenu->clear();
    for (const QString &path : m_settings.recentFiles()) {
        QAction *a = m_recentMenu->addAction(path);
        connect(a, &QAction::triggered, m_files, [this, path] { m_files->openRecent(path); });
    }
    m_recentMenu->setEnabled(!m_recentMenu->isEmpty());
}

void MainWindow::showMessage(const QString &text) {
    statusBar()->showMessage(text, 10000);
}

bool MainWindow::showsWelcome() const {
    return m_stack->currentWidget() == m_welcome;
}

void MainWindow::importIntoNewFile() {
    if (m_files->newFile(defaultDatabasePath()))
        importScores();
}

void MainWindow::showGuide() {
    auto *guide = new GuideDialog(this);
    guide->setAttribute(Qt::WA_DeleteOnClose);
    guide->show(); // beside the window, to read while working
}

void MainWindow::showAbout() {
    QMessageBox::about(
        this, tr("About ITA Planner"),
        tr("<h3>ITA Planner %1</h3><p>Analysis and improvement planning for the Integrity and "
           "Transparency Assessment (ITA) of Thai government agencies.</p><p>MIT licence. The "
           "Sarabun fonts are under the SIL Open Font License 1.1.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::importScores() {
    const AssessmentDocument *doc = m_workspace->document();
    ImportDialog dialog(doc ? doc->assessment().agency : QString(),
                        doc ? doc->assessment().fiscalYear : 0, m_settings.lastImportFolder(),
                        m_workspace->frameworks(), this);
    dialog.checkAgenciesAgainst(m_workspace->database());
    connect(&dialog, &ImportDialog::frameworkNeeded, this, [this, &dialog](int year) {
        if (newFramework(year))
            dialog.setFrameworks(m_workspace->frameworks());
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_settings.setLastImportFolder(dialog.folder());
    // The file is read again as it is stored, streamed: the preview kept only its first rows.
    std::vector<ScoresWriter::Imported> imported;
    const FileImport result =
        m_workspace->importFile(dialog.path(), dialog.options(), dialog.replace(), &imported);
    if (!result.ok()) {
        QMessageBox::warning(this, tr("Import scores"),
                             tr("Nothing was imported: %1").arg(result.failure));
        return;
    }
    showMessage(result.warning.isEmpty()
                    ? tr("Imported %n assessment(s).", nullptr, int(imported.size()))
                    : result.warning);
    // What was imported is what the user wants to see next (issue 25: the table stayed on
    // the old year until the new one was found in the navigator): the file's last one.
    if (!imported.empty())
        if (const qint64 id =
                m_workspace->findAssessment(imported.back().agency, imported.back().fiscalYear);
            id != 0)
            if (QString e = m_workspace->openAssessment(id); !e.isEmpty())
                showMessage(e);
}

void MainWindow::openReports() {
    const AssessmentDocument *doc = m_workspace->document();
    if (!doc || !m_workspace->database())
        return;
    ReportDialog dialog(*m_workspace->database(), doc->id(), doc->assessment().agency,
                        doc->assessment().fiscalYear, m_settings, m_language.isThai(), this);
    connect(&dialog, &ReportDialog::goToDrafts, this, [this] {
        m_tabs->setCurrentWidget(m_plan);
        m_plan->showFirstDraft();
    });
    dialog.exec();
}

void MainWindow::newAssessment(const QString &agency) {
    if (!m_workspace->database())
        return;
    QStringList agencies;
    for (const auto &s : m_workspace->assessments()) // by agency: each name once in a row
        if (agencies.isEmpty() || agencies.constLast() != s.agency)
            agencies << s.agency;
    NewAssessmentDialog dialog(agencies, agency, m_workspace->frameworks(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (QString e = m_workspace->createAssessment(dialog.agency(), dialog.fiscalYear(),
                                                  dialog.frameworkId());
        !e.isEmpty())
        QMessageBox::warning(this, tr("New assessment"), e);
}

void MainWindow::paste() {
    const ScoresView::PasteOutcome outcome = m_scores->pasteText(QApplication::clipboard()->text());
    if (!outcome.error.isEmpty() && outcome.applied == 0) {
        QMessageBox::information(this, tr("Paste scores"),
                                 (QStringList{outcome.error} + outcome.skipped).join(u'\n'));
        return;
    }
    showMessage(tr("Pasted %n score(s).", nullptr, outcome.applied));
    if (!outcome.skipped.isEmpty())
        QMessageBox::information(this, tr("Paste scores"),
                                 tr("Rows that were not used:") + u'\n' +
                                     outcome.skipped.join(u'\n'));
}

void MainWindow::addSubItem() {
    AssessmentDocument *doc = m_workspace->document();
    if (!doc)
        return;
    QString code = m_scores->currentCode();
    if (const NodeResult *n = doc->analysis().find(code); n && n->level == Level::SubItem)
        code = doc->analysis().nodes[size_t(n->parent)].code;
    QString created;
    if (QString e = doc->addSubItem(code, &created); !e.isEmpty())
        showMessage(tr("Choose an item first: %1").arg(e));
    else
        m_scores->showCode(created);
}

void MainWindow::removeSubItem() {
    if (AssessmentDocument *doc = m_workspace->document())
        if (QString e = doc->removeSubItem(m_scores->currentCode()); !e.isEmpty())
            showMessage(e);
}

void MainWindow::closeEvent(QCloseEvent *event) {
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.setSplitterState(m_splitter->saveState());
    event->accept();
}

bool MainWindow::newFramework(int year) {
    return createYearFramework(*m_workspace, year, m_language.isThai(), this);
}

void MainWindow::editFrameworks() {
    editOpenFramework(*m_workspace, m_language.isThai(), this);
}

} // namespace ita::gui

namespace ita::gui {

void MainWindow::editAgencyDetails(const QString &agency) {
    Database *db = m_workspace->database();
    if (!db)
        return;
    if (db->isReadOnly())
        return showMessage(tr("This file is open read-only: the agency's details cannot be "
                              "changed."));
    AgencyDialog dialog(*db, agency, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (QString e = m_workspace->setAgencyAttributes(agency, dialog.attributes()); !e.isEmpty())
        showMessage(e);
}

} // namespace ita::gui
