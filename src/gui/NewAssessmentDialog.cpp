#include "NewAssessmentDialog.h"

#include "domain/FiscalCalendar.h"
#include "io/FrameworkReader.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace ita::gui {

NewAssessmentDialog::NewAssessmentDialog(const QStringList &agencies, const QString &agency,
                                         const FrameworkRegistry &frameworks, QWidget *parent)
    : QDialog(parent)
    , m_agency(new QComboBox(this))
    , m_year(new QSpinBox(this))
    , m_framework(new QComboBox(this)) {
    setWindowTitle(tr("New assessment"));
    m_agency->setEditable(true);
    m_agency->addItems(agencies);
    m_agency->setCurrentText(agency);
    m_agency->lineEdit()->setPlaceholderText(tr("Name of the agency"));
    m_year->setRange(2560, 2700);
    m_year->setValue(fiscal::yearOf(QDate::currentDate()) - 1); // results arrive after the year
    for (const Framework *fw : frameworks.all())
        m_framework->addItem(QStringLiteral("%1 — %2").arg(fw->id, fw->title.th), fw->id);
    const auto pickFramework = [this, frameworks](int year) {
        if (const Framework *fw = frameworks.forYear(year))
            m_framework->setCurrentIndex(m_framework->findData(fw->id));
    };
    connect(m_year, &QSpinBox::valueChanged, this, pickFramework);
    pickFramework(m_year->value());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto validate = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!this->agency().isEmpty());
    };
    connect(m_agency, &QComboBox::currentTextChanged, this, validate);
    validate();

    auto *form = new QFormLayout(this);
    form->addRow(tr("Agency:"), m_agency);
    form->addRow(tr("Fiscal year (BE):"), m_year);
    form->addRow(tr("Framework:"), m_framework);
    form->addRow(buttons);
}

QString NewAssessmentDialog::agency() const {
    return m_agency->currentText().simplified();
}

int NewAssessmentDialog::fiscalYear() const {
    return m_year->value();
}

QString NewAssessmentDialog::frameworkId() const {
    return m_framework->currentData().toString();
}

} // namespace ita::gui
