#pragma once

#include "domain/Library.h"
#include "domain/Result.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace ita {
class FrameworkRegistry;
} // namespace ita

namespace ita::gui {

/// One library entry as a form (the library window's *Edit…* and *Merge…*): titles, what it
/// answers, buckets, its steps (text, timing, the unit roles responsible, by name), monitoring,
/// reporting and notes. OK is refused, with every problem listed, until the entry passes the
/// same checks as a library file's entry.
class LibraryEntryDialog : public QDialog {
    Q_OBJECT
public:
    LibraryEntryDialog(const LibraryEntry &entry, const FrameworkRegistry &frameworks, bool thai,
                       QWidget *parent = nullptr);

    /// The entry as the form holds it, checked: the problems, one per line, or the entry.
    Result<LibraryEntry> entry() const;

    void accept() override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void addStepRow(const LibraryStep &step);

    const FrameworkRegistry &m_frameworks;
    bool m_thai = true;
    LibraryEntry m_original;
    QLineEdit *m_id;
    QLineEdit *m_title;
    QLineEdit *m_titleEn;
    QLineEdit *m_themes;
    QLineEdit *m_subIndicators;
    QLineEdit *m_keywords;
    QCheckBox *m_analysis;
    QCheckBox *m_implementation;
    QCheckBox *m_urgent;
    QCheckBox *m_improve;
    QCheckBox *m_maintain;
    QTableWidget *m_steps;
    QPlainTextEdit *m_monitoring;
    QComboBox *m_cadence;
    QLineEdit *m_reportTo;
    QPlainTextEdit *m_notes;
    QLabel *m_problems;
};

} // namespace ita::gui
