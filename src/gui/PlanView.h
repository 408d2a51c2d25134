#pragma once

#include "document/PlanDocument.h"

#include <QPointer>

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QScrollBar;
class QTabWidget;
class QTableWidget;
class QTreeView;

namespace ita {
class Workspace;
class PlanDocument;
class PlanModel;
} // namespace ita

namespace ita::gui {

class GanttWidget;
class OitView;

/// The measures plan: the seed-style table, the Gantt chart beside a shorter table (same
/// model, same selection), the coverage check (always visible) and the workload by unit.
class PlanView : public QWidget {
    Q_OBJECT
public:
    /// Shows what `workspace` has open and follows it, and the interface language.
    explicit PlanView(Workspace &workspace, QWidget *parent = nullptr);

    void setDocument(PlanDocument *document);
    void setThai(bool thai);
    /// Shows the measures table with the first drafted cell nobody has reviewed current.
    void showFirstDraft();
    PlanModel *model() const { return m_model; }
    GanttWidget *gantt() const { return m_gantt; }
    QTreeView *table() const { return m_table; }

    bool eventFilter(QObject *watched, QEvent *event) override;
    QTreeView *ganttTable() const { return m_ganttTable; }
    QListWidget *coverage() const { return m_coverage; }
    QTableWidget *workload() const { return m_workload; }
    QTableWidget *publications() const { return m_publications; }
    OitView *oit() const { return m_oit; }
    QPushButton *addMeasureButton() const { return m_addMeasure; }
    QPushButton *addStepButton() const { return m_addStep; }
    QPushButton *removeButton() const { return m_remove; }
    QTabWidget *tabs() const { return m_tabs; }

signals:
    void message(const QString &text);
    /// A coverage finding about an item was activated: show it in the scores view.
    void codeActivated(const QString &code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void applyZoom();
    void fillPublications();
    void storePublications();
    /// The measure and step of the current row (step -1 on a measure row).
    std::pair<int, int> current() const;

    QPointer<PlanDocument> m_document; ///< null once the document is gone
    bool m_thai = true;
    PlanModel *m_model;
    QTabWidget *m_tabs;
    /// The planning columns (items, steps, quarters, units, status) fill the table's width on
    /// a laptop; the progress columns after them scroll into view. Only the step text gives
    /// way, down to a width that still reads.
    void fitPlanningColumns();
    QTreeView *m_table;
    QTreeView *m_ganttTable;
    GanttWidget *m_gantt;
    QScrollBar *m_ganttScroll;
    QListWidget *m_coverage;
    QTableWidget *m_workload;
    QLabel *m_title;
    QLabel *m_coverageLabel;
    QLabel *m_zoomLabel;
    QComboBox *m_zoom;
    QPushButton *m_draft;
    QPushButton *m_accept;
    QPushButton *m_saveToLibrary;
    QPushButton *m_library;
    QPushButton *m_unitRoles;
    QPushButton *m_addMeasure;
    QPushButton *m_addStep;
    QPushButton *m_remove;
    QTableWidget *m_publications;
    OitView *m_oit;
    bool m_filling = false;
};

} // namespace ita::gui
