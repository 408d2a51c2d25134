#pragma once

#include "analysis/WhatIf.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace ita {
class Workspace;
}

namespace ita::gui {

/// What-if and target tools over the open assessment. Scenarios are layers of overrides,
/// named and kept in the file; the stored results are never touched.
class WhatIfView : public QWidget {
    Q_OBJECT
public:
    explicit WhatIfView(Workspace &workspace, QWidget *parent = nullptr);

    void setThai(bool thai);
    /// Reloads the scenarios and the figures of the open assessment.
    void refresh();
    /// Recomputes the scenario against the current results (after an edit of the scores).
    void recompute();

    /// Sets a scenario score as a user would (adds the row when missing).
    void setOverride(const QString &code, double score);
    QString saveScenario(const QString &name);
    QString deleteScenario(const QString &name);
    void loadScenario(const QString &name);
    Overrides overrides() const;
    const WhatIfResult &result() const { return m_result; }
    /// Runs the target search for the target and items in the form; returns its text.
    QString computeTarget();

    QComboBox *scenarios() const { return m_scenarios; }
    QTableWidget *sensitivityTable() const { return m_sensitivity; }
    QLineEdit *targetItems() const { return m_targetItems; }
    QDoubleSpinBox *targetOverall() const { return m_target; }
    /// A rating level as the target instead of a score (first entry: the score).
    QComboBox *targetLevel() const { return m_targetLevel; }

signals:
    void message(const QString &text);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void fillSensitivity();

    Workspace &m_workspace;
    bool m_thai = true;
    bool m_filling = false;
    bool m_sensitivityStale = false; ///< the sensitivity table waits for the page to be shown
    WhatIfResult m_result;
    QComboBox *m_scenarios;
    QLineEdit *m_name;
    QPushButton *m_save;
    QPushButton *m_delete;
    QTableWidget *m_overrides;
    QLineEdit *m_code;
    QDoubleSpinBox *m_score;
    QPushButton *m_add;
    QPushButton *m_removeRow;
    QLabel *m_outcome;
    QListWidget *m_changes;
    QTableWidget *m_sensitivity;
    QDoubleSpinBox *m_target;
    QComboBox *m_targetLevel;
    QLineEdit *m_targetItems;
    QPushButton *m_urgentPreset;
    QPushButton *m_compute;
    QLabel *m_targetResult;
    QLabel *m_labels[6];
};

} // namespace ita::gui
