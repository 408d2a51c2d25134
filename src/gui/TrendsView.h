#pragma once

#include "analysis/WhatIf.h"

#include <QWidget>

class QTableWidget;

namespace ita {
class Workspace;
}

namespace ita::gui {

/// Trends across the fiscal years of the open assessment's agency: a line chart of the
/// overall and the indicators, and a table of year-on-year changes that flags items a plan
/// answered without their score rising.
class TrendsView : public QWidget {
    Q_OBJECT
public:
    explicit TrendsView(Workspace &workspace, QWidget *parent = nullptr);
    void setThai(bool thai);
    /// Reads every year of the open agency and compares them. Done when the tab is shown
    /// (the window opens without it) and again when another assessment is opened.
    void refresh();
    bool isStale() const { return m_stale; }
    const std::vector<int> &years() const { return m_years; }
    const std::vector<TrendRow> &rows() const { return m_rows; }
    QTableWidget *table() const { return m_table; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    class Chart;
    void refreshWhenShown();
    Workspace &m_workspace;
    bool m_thai = true;
    bool m_stale = true; ///< what is shown is not the open agency's (the tab was hidden)
    std::vector<int> m_years;
    std::vector<TrendRow> m_rows;
    std::vector<std::pair<int, Analysis>> m_analyses;
    Chart *m_chart;
    QTableWidget *m_table;
};

} // namespace ita::gui
