#pragma once

#include <QWidget>

class QCommandLinkButton;
class QLabel;

namespace ita::gui {

/// What the window shows while no file is open (at first start, or after the file was
/// closed): the four ways in, one click each. The window decides what each one does.
class WelcomePage : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

    QCommandLinkButton *sampleButton() const { return m_sample; }
    QCommandLinkButton *importButton() const { return m_import; }
    QCommandLinkButton *openButton() const { return m_open; }
    QCommandLinkButton *serverButton() const { return m_server; }

signals:
    void sampleRequested();
    void importRequested();
    void openRequested();
    void serverRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QLabel *m_title;
    QLabel *m_text;
    QCommandLinkButton *m_sample;
    QCommandLinkButton *m_import;
    QCommandLinkButton *m_open;
    QCommandLinkButton *m_server;
};

} // namespace ita::gui
