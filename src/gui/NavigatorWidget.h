#pragma once

#include <QFutureWatcher>
#include <QHash>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItem;
class QStandardItemModel;
class QTimer;
class QTreeView;

namespace ita {
class AssessmentList;
class Workspace;
} // namespace ita

namespace ita::gui {

/// Agencies and their fiscal years (Buddhist Era) in the open file, with a search box and
/// grouping by parent organisation, province or group. A model and a filter proxy rather
/// than a widget per row: a national file's 40,000 assessments open and filter without a
/// pause (the search matches the agency's name, province, group and parent).
class NavigatorWidget : public QWidget {
    Q_OBJECT
public:
    explicit NavigatorWidget(Workspace &workspace, QWidget *parent = nullptr);
    ~NavigatorWidget() override;
    /// Shows the file's assessments again. A file of `backgroundFrom()` assessments or more
    /// is read on its own connection in another thread: the window is usable meanwhile, the
    /// tree says it is reading, and loaded() follows. A smaller file is read at once.
    void reload();
    bool isLoading() const { return !m_pending.isEmpty(); }
    /// 2,000 assessments: under that the list reads in a few milliseconds, less than a
    /// second connection costs to open. Tests set 0 to take the background path.
    void setBackgroundFrom(qint64 count) { m_backgroundFrom = count; }
    qint64 backgroundFrom() const { return m_backgroundFrom; }
    QTreeView *tree() const { return m_tree; }
    QLineEdit *search() const { return m_search; }
    QComboBox *grouping() const { return m_grouping; }
    /// Selects the assessment's row without opening anything.
    void select(qint64 assessmentId);
    /// Applies the search now (typing applies it after a short pause).
    void applySearch();

signals:
    /// The tree shows the file's assessments (after reload(), at once or from the
    /// background); `error` says why the list could not be read, else it is empty.
    void loaded(const QString &error);
    void assessmentChosen(qint64 id);
    void newAgencyRequested();
    void newYearRequested(const QString &agency);
    void agencyDetailsRequested(const QString &agency);

protected:
    void changeEvent(QEvent *event) override;

private:
    /// A tree of agencies and years built apart from the view, and each assessment's row.
    struct Tree {
        QStandardItemModel *model = nullptr;
        QHash<qint64, QStandardItem *> rows;
        QString error;
    };
    struct Wording; // what the tree's texts need, taken from tr() before a thread starts
    Wording wording() const;
    static Tree build(const AssessmentList &assessments, const Wording &wording);
    /// Shows `tree` and takes ownership of its model; says loaded() unless it only says
    /// that the list is being read.
    enum class Announce { Yes, No };
    void install(Tree tree, Announce announce = Announce::Yes);
    void retranslate();
    QString currentAgency() const;
    QModelIndex find(qint64 assessmentId) const;
    Workspace &m_workspace;
    QLineEdit *m_search;
    QComboBox *m_grouping;
    QStandardItemModel *m_model;
    QHash<qint64, QStandardItem *> m_rows; ///< each assessment's row in m_model
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_tree;
    QTimer *m_searchDelay;
    QPushButton *m_newAgency;
    QPushButton *m_newYear;
    qint64 m_backgroundFrom = 2000;
    int m_generation = 0;    ///< reload() counts; a background tree of an older one is dropped
    QString m_shownLocation; ///< whose tree m_model is: another file's is not kept meanwhile
    QList<QFutureWatcher<Tree> *> m_pending; ///< background reads not yet shown or dropped
};

} // namespace ita::gui
