#pragma once

#include "domain/Assessment.h"

#include <QMainWindow>

#include <vector>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QUndoGroup;
class QUndoView;

namespace ita {
class Workspace;
}

namespace ita::gui {

class Banner;
class FileController;

class AuditPanel;
class FindingsPanel;
class Language;
class DashboardView;
class WhatIfView;
class TrendsView;
class PortfolioView;
class NavigatorWidget;
class PlanView;
class ScoresView;
class Settings;
class SummaryView;
class ThresholdsPanel;
class WelcomePage;

/// The window: wires the workspace to the views and the menus. Every rule lives in core,
/// every view in its own class.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(Settings &settings, Language &language, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// The file and server flows (FileController), for the program's start and the tests.
    QString openFile(const QString &path, bool readOnly = false);
    QString openServer(const QString &location, const QString &password);
    Workspace &workspace() const { return *m_workspace; }
    QLabel *banner() const;
    AuditPanel *auditPanel() const { return m_audit; }
    ScoresView *scoresView() const { return m_scores; }
    PlanView *planView() const { return m_plan; }
    DashboardView *dashboardView() const { return m_dashboard; }
    WhatIfView *whatIfView() const { return m_whatIf; }
    TrendsView *trendsView() const { return m_trends; }
    PortfolioView *portfolioView() const { return m_portfolio; }
    /// Opens the dashboard full screen with large type; Esc closes it.
    DashboardView *present();
    QTabWidget *tabs() const { return m_tabs; }
    FindingsPanel *findingsPanel() const { return m_findings; }
    ThresholdsPanel *thresholdsPanel() const { return m_thresholds; }
    NavigatorWidget *navigator() const { return m_navigator; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *pasteAction() const { return m_paste; }
    QAction *importAction() const { return m_import; }
    QAction *newFrameworkAction() const { return m_newFramework; }
    QAction *editFrameworkAction() const { return m_editFramework; }
    QAction *guideAction() const { return m_guide; }
    QAction *openSampleAction() const { return m_openSample; }
    /// Shown instead of the views while no file is open.
    WelcomePage *welcomePage() const { return m_welcome; }
    bool showsWelcome() const;
    QString openSample();
    void setLanguage(const QString &language);
    QString statusSummary() const; ///< the status bar's texts, for tests

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void retranslate();
    void onFileChanged();
    void onDocumentChanged();
    void updateStatus();
    void updateUndoTexts();
    void updateActiveStack();
    void updateRecentMenu();
    void updateSaveCopyText();
    void importScores();
    /// The welcome page's second way in: a new file, then the import.
    void importIntoNewFile();
    void showGuide();
    void showAbout();
    void openReports();
    /// The navigator's "Agency details…": province, group and parent, audited.
    void editAgencyDetails(const QString &agency);
    void setAuditName();
    void newAssessment(const QString &agency);
    /// Builds a framework for `year` (0: asks) from the latest one in the framework editor;
    /// true when one was stored.
    bool newFramework(int year = 0);
    void editFrameworks();
    void paste();
    void addSubItem();
    void removeSubItem();
    void showMessage(const QString &text);

    Settings &m_settings;
    Language &m_language;
    Workspace *m_workspace;
    QUndoGroup *m_undoGroup;

    NavigatorWidget *m_navigator;
    QTabWidget *m_tabs;
    ScoresView *m_scores;
    SummaryView *m_summary;
    PlanView *m_plan;
    DashboardView *m_dashboard;
    WhatIfView *m_whatIf;
    TrendsView *m_trends;
    PortfolioView *m_portfolio;
    QAction *m_present = nullptr;
    QSplitter *m_splitter;
    FindingsPanel *m_findings;
    ThresholdsPanel *m_thresholds;
    QUndoView *m_history;
    QDockWidget *m_findingsDock;
    QDockWidget *m_thresholdsDock;
    QDockWidget *m_historyDock;
    QDockWidget *m_auditDock;
    AuditPanel *m_audit;
    Banner *m_banner;
    FileController *m_files;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_guide = nullptr;
    QAction *m_openSample = nullptr;
    QAction *m_about = nullptr;
    QStackedWidget *m_stack = nullptr;
    WelcomePage *m_welcome = nullptr;
    QList<QDockWidget *> m_docksHiddenForWelcome;
    QAction *m_new = nullptr;
    QAction *m_open = nullptr;
    QAction *m_saveCopy = nullptr;
    QAction *m_connect = nullptr;
    QAction *m_import = nullptr;
    QAction *m_reports = nullptr;
    QAction *m_newFramework = nullptr;
    QAction *m_editFramework = nullptr;
    QAction *m_auditName = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_paste = nullptr;
    QAction *m_addSub = nullptr;
    QAction *m_removeSub = nullptr;
    QAction *m_thai = nullptr;
    QAction *m_english = nullptr;
    QActionGroup *m_languageGroup = nullptr;

    bool m_planInFront = false;
    QLabel *m_overallLabel;
    QLabel *m_countsLabel;
    QLabel *m_findingsLabel;
};

} // namespace ita::gui
