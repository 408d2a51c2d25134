#pragma once

#include <QWidget>

class QTreeWidget;
class QPushButton;

namespace ita {
class Workspace;
}

namespace ita::gui {

/// Agencies and their fiscal years (Buddhist Era) in the open file.
class NavigatorWidget : public QWidget {
    Q_OBJECT
public:
    explicit NavigatorWidget(Workspace &workspace, QWidget *parent = nullptr);
    void reload();
    QTreeWidget *tree() const { return m_tree; }
    /// Selects the assessment's row without opening anything.
    void select(qint64 assessmentId);

signals:
    void assessmentChosen(qint64 id);
    void newAgencyRequested();
    void newYearRequested(const QString &agency);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QString currentAgency() const;
    Workspace &m_workspace;
    QTreeWidget *m_tree;
    QPushButton *m_newAgency;
    QPushButton *m_newYear;
};

} // namespace ita::gui
