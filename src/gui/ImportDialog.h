#pragma once

#include "io/FrameworkReader.h"
#include "io/ScoresIo.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTableWidget;

class QDate;

namespace ita {
class Database;
}

namespace ita::gui {

/// The fiscal year the import dialog proposes: the year whose results were published last
/// (the fiscal year before today's), or the year shown when it is later (issue 25: 2564 was
/// proposed whatever the date).
int defaultImportYear(int shownYear, const QDate &today);

/// Import scores (CSV or JSON) with a preview: the first rows as read, and every problem by
/// line, before anything is stored. Import is possible only when the file has no error. The
/// file is streamed through, as the import then reads it again: neither holds it whole.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    ImportDialog(const QString &agency, int fiscalYear, const QString &folder,
                 FrameworkRegistry frameworks, QWidget *parent);
    ~ImportDialog() override;

    /// The frameworks changed (one was created for a year the file needs): read again.
    void setFrameworks(FrameworkRegistry frameworks);

    /// Rows of a file shown in the preview, at most (all are checked and imported).
    static constexpr int kPreviewRows = 2000;
    /// Reads and previews a file (also used by tests, without the file chooser).
    void preview(const QString &path);
    /// What the last preview read: diagnostics, rows, the agencies' details the file gives.
    const StreamResult &read() const { return m_read; }
    /// How many agency-years the file holds (0 when it could not be read).
    qint64 assessmentCount() const { return m_assessments; }
    /// The file previewed, and how it is read (the agency and year for a file without those
    /// columns, the encoding): what the import reads it with again.
    QString path() const { return m_previewed; }
    ImportOptions options() const;
    /// The file the import goes into: an agency of the file stored there with other details
    /// (province, group, parent) is asked about on Import (the same agency, whose details the
    /// file's replace, or another of the same name, and nothing is imported). Null: not asked.
    void checkAgenciesAgainst(Database *database) { m_database = database; }
    /// Import: after the agencies are settled (sameAgencies()), closes the dialog accepted.
    void accept() override;
    QTableWidget *rows() const { return m_rows; }
    QLabel *status() const { return m_status; }
    bool replace() const;
    QString folder() const { return m_folder; }
    /// The button that offers to create a missing year's framework (visible when needed).
    QPushButton *createFrameworkButton() const { return m_createFramework; }

signals:
    /// The file names a fiscal year no framework serves; the user asked to create it.
    void frameworkNeeded(int fiscalYear);

private:
    void browse();
    /// Asks about the agencies stored with other details; true to go on.
    bool sameAgencies();
    QLineEdit *m_path;
    QLineEdit *m_agency;
    QSpinBox *m_year;
    QComboBox *m_encoding;
    QCheckBox *m_replace;
    QTableWidget *m_rows;
    QListWidget *m_problems;
    QLabel *m_status;
    QPushButton *m_import;
    QPushButton *m_createFramework;
    StreamResult m_read;
    qint64 m_assessments = 0;
    Database *m_database = nullptr;
    QString m_previewed; ///< the path last read, so leaving the field does not read it again
    QString m_folder;
    FrameworkRegistry m_frameworks;
};

} // namespace ita::gui
