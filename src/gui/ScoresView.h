#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTreeView;
class QLabel;

namespace ita {
class Workspace;
class AssessmentDocument;
class ScoresTreeModel;
class ScoresFilterProxy;
} // namespace ita

namespace ita::gui {

/// The scores tree with its filter bar. Edits in place go through the model (and so
/// become undo commands); paste applies a spreadsheet block as one step.
class ScoresView : public QWidget {
    Q_OBJECT
public:
    /// Shows what `workspace` has open and follows it, and the interface language.
    explicit ScoresView(Workspace &workspace, QWidget *parent = nullptr);

    void setDocument(AssessmentDocument *document);
    void setThai(bool thai);
    ScoresTreeModel *model() const { return m_model; }
    ScoresFilterProxy *proxy() const { return m_proxy; }
    QTreeView *tree() const { return m_tree; }

    /// Selects and shows the row of a code (clearing filters that hide it).
    void showCode(const QString &code);
    /// The code of the current row, or "".
    QString currentCode() const;

    struct PasteOutcome {
        int applied = 0;
        QStringList skipped; ///< "row 3: unknown code "X9""
        QString error;
    };
    /// Applies tab-separated code/score rows as one undo step.
    PasteOutcome pasteText(const QString &text);

signals:
    /// An edit was refused; the text says why.
    void message(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillFilters();

    ScoresTreeModel *m_model;
    ScoresFilterProxy *m_proxy;
    QTreeView *m_tree;
    QComboBox *m_bucket;
    QComboBox *m_tool;
    QLineEdit *m_search;
    QLabel *m_filterLabel;
};

} // namespace ita::gui
