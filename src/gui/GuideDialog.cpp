#include "GuideDialog.h"

#include "Language.h"
#include "ScreenFit.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ita::gui {

GuideDialog::GuideDialog(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this)) {
    setObjectName(QStringLiteral("guide"));
    setWindowTitle(tr("ITA Planner User Guide"));
    m_browser->setSearchPaths({QStringLiteral(":/guide")});
    m_browser->setOpenExternalLinks(true);
    m_browser->setSource(
        QUrl(uiIsThai() ? QStringLiteral("index-th.html") : QStringLiteral("index-en.html")));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // Qt's own "Close" has no Thai translation on Debian: the program names it.
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    setMinimumSize(480, 360);
    fitToScreen(this, QSize(820, 900));
}

} // namespace ita::gui
