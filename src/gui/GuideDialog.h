#pragma once

#include <QDialog>

class QTextBrowser;

namespace ita::gui {

/// Help → User Guide: the short guide shipped with the program (docs/guide, compiled in),
/// in the interface's language, readable offline.
class GuideDialog : public QDialog {
    Q_OBJECT
public:
    explicit GuideDialog(QWidget *parent = nullptr);
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser;
};

} // namespace ita::gui
