#pragma once

#include "io/FrameworkReader.h"

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace ita::gui {

/// Asks for the agency, the fiscal year (Buddhist Era) and the framework of a new
/// assessment.
class NewAssessmentDialog : public QDialog {
    Q_OBJECT
public:
    NewAssessmentDialog(const QStringList &agencies, const QString &agency,
                        const FrameworkRegistry &frameworks, QWidget *parent);
    QString agency() const;
    int fiscalYear() const;
    QString frameworkId() const;

private:
    QComboBox *m_agency;
    QSpinBox *m_year;
    QComboBox *m_framework;
};

/// The fiscal year (BE) a date falls in: FY2565 runs 1 Oct 2021 – 30 Sep 2022.
int fiscalYearOf(const QDate &date);

} // namespace ita::gui
