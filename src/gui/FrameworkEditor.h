#pragma once

#include "domain/Framework.h"
#include "domain/FrameworkCheck.h"

#include <QDialog>
#include <QUndoStack>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace ita {
class Workspace;
}

namespace ita::gui {

/// Edits a framework as the NACC's manual for a year describes it: identity and years,
/// tools (with weights), indicators, sub-indicators and items (code, Thai and English
/// titles, role), the rating scheme, threshold and tolerance. Every edit is one undo step;
/// problems are listed as they arise; Save stores the whole framework through the
/// workspace (one transaction, audited field by field, refused when a problem remains or a
/// stored score would lose its item).
class FrameworkEditor : public QDialog {
    Q_OBJECT
public:
    /// `problems` checks a draft in its file (its own problems and year claims); `save`
    /// stores it and returns an error, empty on success.
    FrameworkEditor(Framework framework,
                    std::function<std::vector<FrameworkProblem>(const Framework &)> problems,
                    std::function<QString(const Framework &)> save, bool thai, QWidget *parent);
    ~FrameworkEditor() override;

    const Framework &framework() const { return m_fw; }
    QUndoStack *undoStack() { return &m_undo; }
    /// Rows of code | title | parent copied from a spreadsheet; with `replaceItems`, the
    /// items of the tools they reach that they do not list are removed. Returns an error.
    QString pasteRows(const QString &text, bool replaceItems);
    /// Replaces the rating scheme by a shipped preset (data/ratings) by key.
    bool usePreset(const QString &key);
    /// Sets one node's field: 0 Thai title, 1 English title, 2 weight, 3 role, 4 date rule
    /// (its key or title), 5 information elements (" | " between them).
    QString setNodeField(const QString &code, int field, const QString &value);
    QString addNode(const QString &parentCode, const QString &code, const QString &title);
    QString removeNode(const QString &code);
    /// Stores the framework; returns the error, empty when stored.
    QString save();
    QStringList problemTexts() const;
    /// A line above the tabs saying what the program chose (empty hides it).
    void setNote(const QString &text);
    QString note() const;
    bool isSaved() const { return m_undo.isClean(); }

    /// One undo step: the whole framework before and after (a framework is small).
    void apply(const Framework &after, const QString &text);

protected:
    void reject() override;

private:
    void buildUi();
    void refresh();
    void readHeader();
    void treeItemChanged(QTreeWidgetItem *item, int column);
    void ratingChanged();
    void pasteFromClipboard();

    Framework m_fw;
    std::function<std::vector<FrameworkProblem>(const Framework &)> m_problems;
    std::function<QString(const Framework &)> m_save;
    bool m_thai;
    bool m_refreshing = false;
    QUndoStack m_undo;
    QLineEdit *m_id;
    QLineEdit *m_title;
    QLineEdit *m_titleEn;
    QLineEdit *m_years;
    QLineEdit *m_threshold;
    QLineEdit *m_tolerance;
    QComboBox *m_oitFrom; ///< the OIT window's first fiscal month
    QComboBox *m_oitTo;   ///< and its last
    QTreeWidget *m_tree;
    QTableWidget *m_rating;
    QLabel *m_note = nullptr;
    QComboBox *m_wording;
    QComboBox *m_presets;
    QCheckBox *m_replaceItems;
    QListWidget *m_problemList;
};

/// File → New Framework… and the import's offer: a copy of the latest framework for `year`
/// (asked when 0), with the rating in force that year said, opened in the editor; a year the
/// file already has opens that framework instead. True when a framework was stored.
bool createYearFramework(Workspace &workspace, int year, bool thai, QWidget *parent);
/// Edit → Edit the Framework…: the open assessment's framework in the editor (a read-only
/// file says it cannot be changed).
void editOpenFramework(Workspace &workspace, bool thai, QWidget *parent);

} // namespace ita::gui
