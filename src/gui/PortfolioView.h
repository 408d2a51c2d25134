#pragma once

#include "analysis/Portfolio.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QList>
#include <QWidget>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QProgressBar;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;

namespace ita {
class Workspace;
}

namespace ita::gui {

class PortfolioRankingModel;

/// Many agencies of one fiscal year at once: the summary painted by PortfolioRenderer (the
/// report's first page draws the same), the ranking (sort, search, a double-click opens the
/// agency) and the subgroup table by province, group or parent. The file is read on a worker
/// thread over its own connection, with a progress bar and Cancel, so a national file never
/// freezes the window.
class PortfolioView : public QWidget {
    Q_OBJECT
public:
    explicit PortfolioView(Workspace &workspace, QWidget *parent = nullptr);
    ~PortfolioView() override;

    /// Reads the file again for the chosen year and selection (on the worker thread).
    void refresh();
    /// The portfolio shown, or null while none is (loading, or no file).
    const Portfolio *portfolio() const { return m_portfolio.get(); }
    bool isLoading() const { return m_loading; }
    QTableView *ranking() const { return m_ranking; }
    QTableWidget *groups() const { return m_groups; }
    QLineEdit *search() const { return m_search; }
    QComboBox *yearBox() const { return m_year; }
    /// What the change and the movers are measured from: the year before, or an earlier year.
    QComboBox *sinceBox() const { return m_since; }
    QLabel *notes() const { return m_notes; }
    QComboBox *fieldBox() const { return m_field; }
    QComboBox *valueBox() const { return m_value; }
    QComboBox *groupByBox() const { return m_groupBy; }
    /// The report of what is shown, as PDF bytes (the Export PDF… button writes them).
    QByteArray pdf() const;

signals:
    /// A double-click on an agency of the ranking.
    void assessmentChosen(qint64 id);
    /// A load finished (or failed, with the message shown in the view).
    void loaded();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    class Summary;
    void reloadChoices();
    void reloadValues();
    void reloadSince();
    void display(std::shared_ptr<const Portfolio> portfolio, const QString &error);
    void fillTables();
    void updateNotes();
    void retranslate();
    void exportPdf();
    void exportCsv();
    QString selectionLabel() const;

    Workspace &m_workspace;
    bool m_thai = true;
    std::shared_ptr<const Portfolio> m_portfolio;
    QComboBox *m_year;
    QComboBox *m_since;
    std::vector<int> m_years; ///< the file's fiscal years, newest first
    QComboBox *m_field;
    QComboBox *m_value;
    QComboBox *m_groupBy;
    QLineEdit *m_search;
    QPushButton *m_pdf;
    QPushButton *m_csv;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_notes; ///< frameworks, codes left out, agencies missing a score
    Summary *m_summary;
    PortfolioRankingModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_ranking;
    QTableWidget *m_groups;
    /// A load's outcome: the portfolio, or why there is none.
    struct Loaded {
        std::shared_ptr<const Portfolio> portfolio;
        QString error;
    };
    /// The load whose progress and result are shown. A newer request cancels it and watches
    /// its own (a watcher given another future forgets the old one's signals).
    QFutureWatcher<Loaded> *m_watcher;
    /// Every load not yet ended, the cancelled ones too: the destructor waits for them, since
    /// they read through connections of their own.
    QList<QFuture<Loaded>> m_running;
    bool m_loading = false;
    bool m_stale = true; ///< the file changed since the last load
};

} // namespace ita::gui
