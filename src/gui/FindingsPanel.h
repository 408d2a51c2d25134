#pragma once

#include "document/AssessmentDocument.h"

#include <QPointer>

#include <QWidget>

class QListWidget;
class QLabel;

namespace ita {
class Workspace;
class AssessmentDocument;
} // namespace ita

namespace ita::gui {

/// The validator's findings; activating one jumps to its row.
class FindingsPanel : public QWidget {
    Q_OBJECT
public:
    /// Shows what `workspace` has open and follows it, and the interface language.
    explicit FindingsPanel(Workspace &workspace, QWidget *parent = nullptr);
    void setDocument(AssessmentDocument *document);
    void setThai(bool thai);
    QListWidget *list() const { return m_list; }

signals:
    void codeActivated(const QString &code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    QPointer<AssessmentDocument> m_document; ///< null once the document is gone
    bool m_thai = true;
    QLabel *m_label;
    QListWidget *m_list;
};

} // namespace ita::gui
