#pragma once

#include "analysis/Drafting.h"

#include <QDialog>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace ita::gui {

/// Draft measures: for each indicator with improve or urgent items no measure answers, the
/// proposals of the measures library and of last year's plan, best first, each with its steps
/// (quarters and units) and why it was proposed. The best ones come ticked; the group ticks
/// what to take, and may take nothing.
class DraftDialog : public QDialog {
    Q_OBJECT
public:
    DraftDialog(std::vector<DraftGroup> groups, bool thai, QWidget *parent = nullptr);
    /// The ticked proposals, in the groups' order.
    std::vector<Measure> chosen() const;
    QTreeWidget *tree() const { return m_tree; }

private:
    void fill();
    void updateSummary();

    std::vector<DraftGroup> m_groups;
    bool m_thai = true;
    QTreeWidget *m_tree;
    QLabel *m_summary;
    QLabel *m_roles;
};

} // namespace ita::gui
