#pragma once

#include "analysis/OitReadiness.h"
#include "net/LinkChecker.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTimer;

namespace ita {
class BackgroundLinkCheck;
class PlanDocument;
} // namespace ita

namespace ita::gui {

/// The OIT checklist before the NACC's window: every OIT item of the framework with its
/// status (ready, incomplete, missing) and why; for the chosen item its links (address or a file
/// still to upload, title, date, the year it covers, what the check found), the information
/// elements to tick and the explanation for ITAS. *Check links* asks the web for every address
/// on a thread of its own (BackgroundLinkCheck), with progress and *Stop*; *Check again* only
/// for what failed or is older than a day. The summary says how many items are ready, how many
/// days remain before the window, and what the OIT and the overall would be if assessed today.
class OitView : public QWidget {
    Q_OBJECT
public:
    explicit OitView(QWidget *parent = nullptr);
    ~OitView() override;

    void setDocument(PlanDocument *document);
    void setThai(bool thai);
    /// The link check's limits (tests make the time limit short).
    void setCheckOptions(const LinkChecker::Options &options) { m_options = options; }
    const OitReadiness &readiness() const { return m_readiness; }
    bool isChecking() const;

    /// Checks every address (`all`), or only those never checked, failed, or older than a day.
    void checkLinks(bool all);
    void stopChecking();

    /// What *Export* writes: the agency's OIT page, the CSV for ITAS, the readiness report.
    enum class Output { Page, ItasCsv, ReadinessPdf };
    /// Writes `output` to `path` whole or not at all; the error, or empty.
    [[nodiscard]] QString exportTo(Output output, const QString &path);

signals:
    void message(const QString &text);
    /// A link check ended and its results are stored (the plan itself did not change, so the
    /// dashboard's OIT line is told by this).
    void checked();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void refresh();
    void showItem();
    void storeItem();
    const OitItemReadiness *currentItem() const;
    void linkChecked(const LinkCheck &result);
    void checkFinished(bool cancelled);
    void updateButtons();
    void chooseAndExport(Output output);

    QPointer<PlanDocument> m_document;
    bool m_thai = true;
    OitReadiness m_readiness;
    QHash<QString, LinkCheck> m_checks;
    LinkChecker::Options m_options;
    std::unique_ptr<BackgroundLinkCheck> m_check;
    std::vector<LinkCheck> m_pending; ///< results not yet stored
    QString m_shownCode;              ///< the item the detail pane shows
    bool m_filling = false;
    bool m_stale = true; ///< changed while hidden: refreshed when shown

    QLabel *m_summary;
    QLabel *m_websiteLabel;
    QLineEdit *m_website;
    QCheckBox *m_online;
    QPushButton *m_checkAll;
    QPushButton *m_checkAgain;
    QPushButton *m_stop;
    QPushButton *m_export; ///< a menu of the three outputs
    QProgressBar *m_progress;
    QTableWidget *m_items;
    QLabel *m_itemTitle;
    QLabel *m_linksLabel;
    QTableWidget *m_links;
    QLabel *m_linkResults; ///< what the check found, a line per link
    QPushButton *m_addLink;
    QPushButton *m_removeLink;
    QLabel *m_elementsLabel;
    QListWidget *m_elements;
    QLabel *m_explanationLabel;
    QPlainTextEdit *m_explanation;
    QTimer *m_explanationTimer;
};

} // namespace ita::gui
