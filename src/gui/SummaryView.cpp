#include "SummaryView.h"
#include "Language.h"
#include "document/Workspace.h"

#include "analysis/Summary.h"
#include "document/AssessmentDocument.h"
#include "models/ScoresTreeModel.h"

#include <QEvent>

namespace ita::gui {

SummaryView::SummaryView(Workspace &workspace, QWidget *parent)
    : QTextBrowser(parent) {
    setObjectName(QStringLiteral("summaryView"));
    setOpenLinks(false);
    connect(&workspace, &Workspace::documentChanged, this,
            [this, &workspace] { setDocument(workspace.document()); });
    setThai(uiIsThai());
}

void SummaryView::setDocument(AssessmentDocument *document) {
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &AssessmentDocument::changed, this, &SummaryView::refresh);
    refresh();
}

void SummaryView::setThai(bool thai) {
    m_thai = thai;
    refresh();
}

void SummaryView::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        setThai(uiIsThai()); // refreshes
    QTextBrowser::changeEvent(event);
}

void SummaryView::refresh() {
    if (!m_document) {
        setHtml(QStringLiteral("<p>%1</p>").arg(tr("Choose an agency and a fiscal year.")));
        return;
    }
    const Analysis &a = m_document->analysis();
    const auto lines = summarise(a);
    QString html = QStringLiteral("<h2>%1</h2>").arg(tr("Summary of the analysis").toHtmlEscaped());
    const QString colours[] = {QString(), QStringLiteral("#d8f0d8"), QStringLiteral("#fff0c0"),
                               QStringLiteral("#f8d0d0")};
    for (Bucket bucket : {Bucket::Maintain, Bucket::Improve, Bucket::Urgent}) {
        QString rule;
        const QString m = a.maintainThreshold.toString();
        const QString f = a.fixedThreshold.toString();
        if (bucket == Bucket::Maintain)
            rule = tr("score %1 or more").arg(m);
        else if (bucket == Bucket::Improve)
            rule = tr("score from %1 to below %2").arg(f, m);
        else
            rule = tr("score below %1").arg(f);
        const int count = countIn(a, bucket, Level::Item);
        html += QStringLiteral("<h3 style=\"background:%1\">%2 (%3) — %4</h3>")
                    .arg(colours[int(bucket)],
                         ScoresTreeModel::bucketLabel(int(bucket), m_thai).toHtmlEscaped(),
                         rule.toHtmlEscaped(), tr("%n item(s)", nullptr, count));
        QString tool;
        bool any = false;
        for (const auto &l : lines) {
            if (l.bucket != bucket)
                continue;
            if (l.toolCode != tool) {
                if (any)
                    html += QStringLiteral("</ul>");
                tool = l.toolCode;
                html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tool);
            }
            any = true;
            html += QStringLiteral("<li>%1 %2 %3: <b>%4</b> (%5)</li>")
                        .arg(tr("Indicator"), l.indicatorCode,
                             l.indicatorTitle.in(m_thai).toHtmlEscaped(), l.itemCodes.join(u' '),
                             QString::number(l.itemCodes.size()));
        }
        html += any ? QStringLiteral("</ul>") : QStringLiteral("<p>—</p>");
    }
    setHtml(html);
}

} // namespace ita::gui
