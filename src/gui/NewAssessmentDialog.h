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

} // namespace ita::gui
