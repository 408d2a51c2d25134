#pragma once

#include "document/AssessmentDocument.h"

#include <QPointer>

#include <QTextBrowser>

namespace ita {
class Workspace;
class AssessmentDocument;
} // namespace ita

namespace ita::gui {

/// The seed's summary ("สรุป"): per bucket, per tool, per indicator, the item codes, with
/// counts. Built from core's summarise(); this class only lays it out.
class SummaryView : public QTextBrowser {
    Q_OBJECT
public:
    /// Shows what `workspace` has open and follows it, and the interface language.
    explicit SummaryView(Workspace &workspace, QWidget *parent = nullptr);
    void setDocument(AssessmentDocument *document);
    void setThai(bool thai);
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    QPointer<AssessmentDocument> m_document; ///< null once the document is gone
    bool m_thai = true;
};

} // namespace ita::gui
