#pragma once

#include <QTextBrowser>

namespace ita {
class AssessmentDocument;
}

namespace ita::gui {

/// The seed's summary ("สรุป"): per bucket, per tool, per indicator, the item codes, with
/// counts. Built from core's summarise(); this class only lays it out.
class SummaryView : public QTextBrowser {
    Q_OBJECT
public:
    explicit SummaryView(QWidget *parent = nullptr);
    void setDocument(AssessmentDocument *document);
    void setThai(bool thai);
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    AssessmentDocument *m_document = nullptr;
    bool m_thai = true;
};

} // namespace ita::gui
