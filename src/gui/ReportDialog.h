#pragma once

#include "report/ReportBuilder.h"
#include "report/ReportExport.h"
#include "report/ReportSource.h"

#include <QDialog>
#include <QTimer>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPrinter;
class QPushButton;
class QVBoxLayout;

namespace ita {
class Database;
}

namespace ita::gui {

class Settings;

/// Reports and exports of the open assessment: the analysis-and-measures report or the
/// progress report, previewed page by page with the same layout that writes the PDF and
/// drives the printer; PDF, ODT, both CSVs, print and print preview. The objectives text
/// and the agency's full name are edited here and stored in the file as they are typed.
class ReportDialog : public QDialog {
    Q_OBJECT
public:
    ReportDialog(Database &database, qint64 assessmentId, const QString &agency, int fiscalYear,
                 Settings &settings, bool thai, QWidget *parent = nullptr);
    ~ReportDialog() override;

    /// The report kind box's entries are report::ReportKind's, in its order.
    using Format = report::FileType;

    /// The report as the options stand now.
    report::Document document() const;
    /// What a report is made from, with the texts as typed (stored or not yet).
    report::Input typedInput() const;
    /// Writes to `path` without asking (the buttons ask for the path first). Error or "".
    QString exportTo(Format format, const QString &path);
    /// What the export buttons do once a path is chosen: remember its folder, then export.
    QString exportChosen(Format format, const QString &path);
    /// The path the save dialog proposes: the last export folder and a descriptive name.
    QString suggestedPath(Format format) const;
    /// Paints the report on a printer (also a PDF-file printer). Error or "".
    QString printTo(QPrinter &printer);
    int previewPageCount() const { return m_previewPages; }
    /// Stores typed texts now (they are also stored a moment after typing stops).
    void saveTexts();
    /// Drafted cells of the plan nobody has reviewed (PlanDocument::acceptDrafts).
    int unreviewedDrafts() const;
    /// Before a PDF, DOCX, ODT or print: when drafts are unreviewed, asks whether to export
    /// anyway or go to them (then goToDrafts and the dialog closes). True: go on.
    bool confirmDrafts();

    QPlainTextEdit *objectivesEditor() const { return m_objectives; }
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *languageBox() const { return m_language; }
    QComboBox *digitsBox() const { return m_digits; }
    QCheckBox *sectionBox(report::Section s) const { return m_sections[int(s)]; }
    QDateEdit *asOfEdit() const { return m_asOf; }

signals:
    /// The user chose to review the plan's drafts before exporting.
    void goToDrafts();

protected:
    void done(int result) override;

private:
    void buildUi(bool thai);
    void reload();
    void schedulePreview();
    void updatePreview();
    void exportWithDialog(Format format);
    /// The formats table's row for a file type and the report kind chosen.
    report::ExportFormat exportFormat(Format format) const;
    void print();
    void printPreview();
    report::Options options() const;

    Database &m_db;
    qint64 m_assessmentId;
    QString m_agency;
    int m_year;
    Settings &m_settings;
    std::shared_ptr<report::Source> m_source;
    QString m_loadError;

    QComboBox *m_kind = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_digits = nullptr;
    QDateEdit *m_asOf = nullptr;
    QLabel *m_asOfBE = nullptr;
    QCheckBox *m_sections[report::kSectionCount] = {};
    QLineEdit *m_fullName = nullptr;
    QPlainTextEdit *m_objectives = nullptr;
    QLabel *m_readOnlyNote = nullptr;
    QVBoxLayout *m_pages = nullptr;
    QLabel *m_pageCount = nullptr;
    QTimer m_previewTimer;
    QTimer m_saveTimer;
    int m_previewPages = 0;
    bool m_textsDirty = false;
};

} // namespace ita::gui
