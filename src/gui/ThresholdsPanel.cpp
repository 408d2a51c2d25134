#include "ThresholdsPanel.h"
#include "Language.h"
#include "document/Workspace.h"

#include "document/AssessmentDocument.h"
#include "ui_ThresholdsPanel.h"

#include <QEvent>

namespace ita::gui {

ThresholdsPanel::ThresholdsPanel(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ThresholdsPanel>()) {
    m_ui->setupUi(this);
    connect(m_ui->fixedSpin, &QDoubleSpinBox::editingFinished, this, &ThresholdsPanel::commit);
    connect(m_ui->maintainSpin, &QDoubleSpinBox::editingFinished, this, &ThresholdsPanel::commit);
    connect(m_ui->customRadio, &QRadioButton::toggled, this, [this](bool on) {
        m_ui->maintainSpin->setEnabled(on);
        commit();
    });
    setEnabled(false);
    connect(&workspace, &Workspace::documentChanged, this,
            [this, &workspace] { setDocument(workspace.document()); });
}

ThresholdsPanel::~ThresholdsPanel() = default;

void ThresholdsPanel::setDocument(AssessmentDocument *document) {
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &AssessmentDocument::changed, this, &ThresholdsPanel::load);
    setEnabled(m_document && !m_document->isReadOnly());
    load();
}

void ThresholdsPanel::chooseMaintain(std::optional<double> value) {
    if (value) {
        m_ui->maintainSpin->setValue(*value);
        if (m_ui->customRadio->isChecked())
            commit();
        else
            m_ui->customRadio->setChecked(true);
    } else {
        m_ui->overallRadio->setChecked(true);
    }
}

void ThresholdsPanel::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateRule();
    }
    QWidget::changeEvent(event);
}

void ThresholdsPanel::load() {
    m_loading = true;
    if (m_document) {
        const Analysis &a = m_document->analysis();
        const Assessment &as = m_document->assessment();
        m_ui->fixedSpin->setValue(a.fixedThreshold.toDouble());
        m_ui->customRadio->setChecked(as.maintainThreshold.has_value());
        m_ui->overallRadio->setChecked(!as.maintainThreshold.has_value());
        m_ui->maintainSpin->setValue(a.maintainThreshold.toDouble());
        m_ui->maintainSpin->setEnabled(as.maintainThreshold.has_value());
    }
    m_loading = false;
    updateRule();
}

void ThresholdsPanel::commit() {
    if (m_loading || !m_document)
        return;
    const auto score = [](double v) {
        return Score::fromHundredths(qRound64(v * 100.0));
    };
    const Score fixed = score(m_ui->fixedSpin->value());
    const std::optional<Score> fixedOverride =
        fixed == m_document->framework().fixedThreshold ? std::nullopt : std::optional(fixed);
    const std::optional<Score> maintain = m_ui->customRadio->isChecked()
                                              ? std::optional(score(m_ui->maintainSpin->value()))
                                              : std::nullopt;
    // The spin boxes keep both within 0–100; a store that fails is shown through the
    // document's failed() (the main window's message).
    (void)m_document->editThresholds(fixedOverride, maintain);
}

void ThresholdsPanel::updateRule() {
    if (!m_document) {
        m_ui->ruleLabel->clear();
        return;
    }
    const Analysis &a = m_document->analysis();
    m_ui->ruleLabel->setText(tr("★ maintain: %1 or more\n▲ improve: %2 to below %1\n! urgent: "
                                "below %2")
                                 .arg(a.maintainThreshold.toString(), a.fixedThreshold.toString()));
}

} // namespace ita::gui
