#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace ita {
class Workspace;
}

namespace ita::gui {

class Settings;

/// The file's audit trail: who changed what, when, from what to what. Shows the open
/// assessment's records, its plan's (a measure's by typing "measure 2"), or the whole file's;
/// filters by any text; exports what it shows as CSV; says whether the hash chain is intact.
class AuditPanel : public QWidget {
    Q_OBJECT
public:
    AuditPanel(Workspace &workspace, Settings &settings, QWidget *parent = nullptr);

    enum class Scope { Assessment, Plan, File };
    void setScope(Scope scope);
    void setFilter(const QString &text);
    /// Rows shown after scope and filter (read first if the trail changed while hidden).
    int visibleRows();
    /// Writes the shown rows as CSV (UTF-8 with BOM). Error or "".
    QString exportCsv(const QString &path);
    void reload();
    /// Language of exported headers.
    void setThai(bool thai) { m_thai = thai; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    /// reload() now if the panel is shown, else when it is: a national file's trail is read
    /// only when someone looks at it, not before the window opens (issue 28).
    void reloadWhenShown();
    void retranslate();
    void exportWithDialog();
    QString scopePrefix() const;

    Workspace &m_workspace;
    Settings &m_settings;
    QComboBox *m_scope;
    QLineEdit *m_filter;
    QLabel *m_status;
    QTableView *m_table;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QPushButton *m_export;
    bool m_thai = true;
    bool m_stale = false; ///< the trail changed while the panel was hidden
};

} // namespace ita::gui
