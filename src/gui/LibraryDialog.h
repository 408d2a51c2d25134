#pragma once

#include "domain/Library.h"
#include "domain/Result.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace ita {
class Database;
class FrameworkRegistry;
} // namespace ita

namespace ita::gui {

/// The measures library (คลังมาตรการ): the bundled entries and the file's own, searchable by
/// any word of a title, target or step; one entry's steps, monitoring and source beside the
/// list. Any entry can be edited in a form (a bundled one becomes the file's own version) and
/// two merged into one; the file's entries can be deleted; a library file (JSON or CSV) can be
/// imported into the file (checked first, all or nothing) and the library exported.
class LibraryDialog : public QDialog {
    Q_OBJECT
public:
    LibraryDialog(Database &database, const FrameworkRegistry &frameworks, bool thai,
                  QWidget *parent = nullptr);
    ~LibraryDialog() override;
    QTableWidget *table() const { return m_table; }
    QLineEdit *search() const { return m_search; }
    /// Imports a library file into the file's library; error or "".
    QString importFile(const QString &path, bool replace);
    /// Writes the library as shown (bundled and the file's) to `path`; error or "".
    QString exportTo(const QString &path) const;
    /// Deletes the file's entry on the current row; error or "".
    QString deleteCurrent();
    /// Stores `entry` in the file's library (a bundled entry's id: the file's own version,
    /// which drafting then uses); with `mergedFrom`, the file's entry of that id goes, as
    /// a merge replaces it. Error or "".
    QString saveEntry(const LibraryEntry &entry, const QString &mergedFrom = {});
    /// The two selected entries made one (mergeLibraryEntries(), the current row kept) and the
    /// other's id; or why not (not two rows selected).
    Result<std::pair<LibraryEntry, QString>> mergedSelection() const;

private:
    /// The entry in the entry form; saved when the form is accepted.
    void review(const LibraryEntry &entry, const QString &mergedFrom);
    void reload();
    void filter();
    void showCurrent();

    Database &m_db;
    const FrameworkRegistry &m_frameworks;
    bool m_thai = true;
    Library m_library;    ///< bundled and the file's, merged
    QStringList m_ownIds; ///< ids of the file's entries
    QLineEdit *m_search;
    QTableWidget *m_table;
    QTextBrowser *m_details;
    QPushButton *m_delete;
    QLabel *m_status;
};

} // namespace ita::gui
