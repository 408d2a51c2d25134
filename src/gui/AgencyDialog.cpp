#include "AgencyDialog.h"

#include "storage/AgencyRepository.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ita::gui {

AgencyDialog::AgencyDialog(Database &database, const QString &agency, QWidget *parent)
    : QDialog(parent)
    , m_province(new QLineEdit(this))
    , m_group(new QLineEdit(this))
    , m_parent(new QLineEdit(this)) {
    setWindowTitle(tr("Agency details"));
    AgencyRepository repository(database);
    const auto stored = repository.attributes(agency);
    const AgencyAttributes now = stored ? *stored : AgencyAttributes{};
    const auto offer = [&](QLineEdit *edit, AgencyRepository::Field field, const QString &value) {
        edit->setText(value);
        edit->setMinimumWidth(320);
        edit->setClearButtonEnabled(true);
        if (auto known = repository.values(field)) {
            auto *completer = new QCompleter(*known, edit);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            completer->setFilterMode(Qt::MatchContains);
            edit->setCompleter(completer);
        }
    };
    offer(m_province, AgencyRepository::Field::Province, now.province);
    offer(m_group, AgencyRepository::Field::Group, now.group);
    offer(m_parent, AgencyRepository::Field::Parent, now.parent);
    auto *form = new QFormLayout;
    auto *name = new QLabel(agency, this);
    name->setWordWrap(true);
    form->addRow(tr("Agency:"), name);
    form->addRow(tr("Province:"), m_province);
    form->addRow(tr("Group:"), m_group);
    form->addRow(tr("Parent organisation:"), m_parent);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(
        tr("Portfolios select and group agencies by these. Every change is recorded in the "
           "audit trail."),
        this));
    layout->addWidget(buttons);
}

AgencyAttributes AgencyDialog::attributes() const {
    return {m_province->text().simplified(), m_group->text().simplified(),
            m_parent->text().simplified()};
}

} // namespace ita::gui
