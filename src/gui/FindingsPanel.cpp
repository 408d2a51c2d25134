#include "FindingsPanel.h"
#include "Language.h"
#include "document/Workspace.h"

#include "document/AssessmentDocument.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace ita::gui {

FindingsPanel::FindingsPanel(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_list(new QListWidget(this)) {
    m_list->setObjectName(QStringLiteral("findingsList"));
    m_list->setWordWrap(true);
    m_label->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_label);
    layout->addWidget(m_list, 1);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit codeActivated(item->data(Qt::UserRole).toString());
    });
    refresh();
    connect(&workspace, &Workspace::documentChanged, this,
            [this, &workspace] { setDocument(workspace.document()); });
    setThai(uiIsThai());
}

void FindingsPanel::setDocument(AssessmentDocument *document) {
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &AssessmentDocument::changed, this, &FindingsPanel::refresh);
    refresh();
}

void FindingsPanel::setThai(bool thai) {
    m_thai = thai;
    refresh();
}

void FindingsPanel::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        setThai(uiIsThai()); // refreshes
    QWidget::changeEvent(event);
}

void FindingsPanel::refresh() {
    m_list->clear();
    // Missing scores one line per tool, not one per item (issue 25).
    const std::vector<Finding> findings =
        m_document ? groupedFindings(m_document->analysis()) : std::vector<Finding>();
    const int count = int(findings.size());
    m_label->setText(count == 0
                         ? tr("No findings: stated grades and scores agree with the data.")
                         : tr("%n finding(s); double-click one to go to its row.", nullptr, count));
    if (!m_document)
        return;
    const QIcon warning = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const auto &f : findings) {
        auto *item = new QListWidgetItem(warning, f.message.in(m_thai), m_list);
        item->setData(Qt::UserRole, f.code);
    }
}

} // namespace ita::gui
