#pragma once

#include "document/AssessmentDocument.h"

#include <QPointer>

#include <QWidget>

#include <memory>

namespace Ui {
class ThresholdsPanel;
}

namespace ita {
class Workspace;
class AssessmentDocument;
} // namespace ita

namespace ita::gui {

/// The two thresholds of the open assessment. Each change is one undo step; the
/// classification follows at once.
class ThresholdsPanel : public QWidget {
    Q_OBJECT
public:
    /// Shows what `workspace` has open and follows it, and the interface language.
    explicit ThresholdsPanel(Workspace &workspace, QWidget *parent = nullptr);
    ~ThresholdsPanel() override;
    void setDocument(AssessmentDocument *document);

    /// Sets the maintain threshold (nullopt = the overall score) as a user would.
    void chooseMaintain(std::optional<double> value);

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    void commit();
    void updateRule();
    std::unique_ptr<Ui::ThresholdsPanel> m_ui;
    QPointer<AssessmentDocument> m_document; ///< null once the document is gone
    bool m_loading = false;
};

} // namespace ita::gui
