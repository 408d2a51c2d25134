#pragma once

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
class Workspace;
}

namespace ita::gui {

/// Agencies and their fiscal years (Buddhist Era) in the open file, with a search box and
/// grouping by parent organisation, province or group. A model and a filter proxy rather
/// than a widget per row: a national file's 40,000 assessments open and filter without a
/// pause (the search matches the agency's name, province, group and parent).
class NavigatorWidget : public QWidget {
    Q_OBJECT
public:
    explicit NavigatorWidget(Workspace &workspace, QWidget *parent = nullptr);
    void reload();
    QTreeView *tree() const { return m_tree; }
    QLineEdit *search() const { return m_search; }
    QComboBox *grouping() const { return m_grouping; }
    /// Selects the assessment's row without opening anything.
    void select(qint64 assessmentId);
    /// Applies the search now (typing applies it after a short pause).
    void applySearch();

signals:
    void assessmentChosen(qint64 id);
    void newAgencyRequested();
    void newYearRequested(const QString &agency);
    void agencyDetailsRequested(const QString &agency);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QString currentAgency() const;
    QModelIndex find(qint64 assessmentId) const;
    Workspace &m_workspace;
    QLineEdit *m_search;
    QComboBox *m_grouping;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_tree;
    QTimer *m_searchDelay;
    QPushButton *m_newAgency;
    QPushButton *m_newYear;
};

} // namespace ita::gui
