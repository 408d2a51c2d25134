#include "OitView.h"

#include "Language.h"
#include "Settings.h"

#include "document/PlanDocument.h"
#include "domain/FiscalCalendar.h"
#include "io/OitWriters.h"
#include "net/BackgroundLinkCheck.h"
#include "report/OitReport.h"
#include "report/ReportWriters.h"

#include <QBuffer>
#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace ita::gui {

namespace {

enum ItemColumn { CodeColumn, StatusColumn, ReasonColumn };
enum LinkColumn { UrlColumn, TitleColumn, DateColumn, YearColumn };

QColor statusColour(OitStatus status) {
    switch (status) {
    case OitStatus::Ready:
        return QColor(0xd8, 0xf0, 0xd8);
    case OitStatus::Incomplete:
        return QColor(0xff, 0xec, 0xc2);
    case OitStatus::Missing:
        return QColor(0xf8, 0xd4, 0xd4);
    }
    return {};
}

QTableWidgetItem *readOnly(const QString &text) {
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(text);
    return item;
}

} // namespace

OitView::OitView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_websiteLabel(new QLabel(this))
    , m_website(new QLineEdit(this))
    , m_online(new QCheckBox(this))
    , m_checkAll(new QPushButton(this))
    , m_checkAgain(new QPushButton(this))
    , m_stop(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_items(new QTableWidget(this))
    , m_itemTitle(new QLabel(this))
    , m_linksLabel(new QLabel(this))
    , m_links(new QTableWidget(this))
    , m_linkResults(new QLabel(this))
    , m_addLink(new QPushButton(this))
    , m_removeLink(new QPushButton(this))
    , m_elementsLabel(new QLabel(this))
    , m_elements(new QListWidget(this))
    , m_explanationLabel(new QLabel(this))
    , m_explanation(new QPlainTextEdit(this))
    , m_explanationTimer(new QTimer(this)) {
    setObjectName(QStringLiteral("oitChecklist"));
    m_summary->setObjectName(QStringLiteral("oitSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_website->setObjectName(QStringLiteral("oitWebsite"));
    m_website->setPlaceholderText(QStringLiteral("https://www.example.go.th"));
    m_online->setObjectName(QStringLiteral("oitOnline"));
    m_checkAll->setObjectName(QStringLiteral("oitCheckAll"));
    m_checkAgain->setObjectName(QStringLiteral("oitCheckAgain"));
    m_stop->setObjectName(QStringLiteral("oitStop"));
    m_export->setObjectName(QStringLiteral("oitExport"));
    auto *outputs = new QMenu(m_export);
    m_export->setMenu(outputs);
    connect(outputs, &QMenu::aboutToShow, this, [this, outputs] {
        outputs->clear();
        const std::pair<Output, QString> items[] = {
            {Output::Page, tr("The agency's OIT web page (HTML)…")},
            {Output::ItasCsv, tr("Links and explanations for ITAS (CSV)…")},
            {Output::ReadinessPdf, tr("Readiness report for the executive (PDF)…")}};
        for (const auto &[output, text] : items)
            connect(outputs->addAction(text), &QAction::triggered, this,
                    [this, output = output] { chooseAndExport(output); });
    });
    m_progress->setObjectName(QStringLiteral("oitProgress"));
    m_progress->setVisible(false);
    m_progress->setMaximumWidth(220);
    m_online->setChecked(Settings().checkLinks());

    m_items->setObjectName(QStringLiteral("oitItems"));
    m_items->setColumnCount(3);
    m_items->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_items->setSelectionMode(QAbstractItemView::SingleSelection);
    m_items->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_items->verticalHeader()->hide();
    m_items->setWordWrap(false);
    m_items->horizontalHeader()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);

    m_itemTitle->setObjectName(QStringLiteral("oitItemTitle"));
    m_itemTitle->setWordWrap(true);
    m_itemTitle->setFont(bold);
    m_links->setObjectName(QStringLiteral("oitLinks"));
    m_links->setColumnCount(4);
    m_linkResults->setObjectName(QStringLiteral("oitLinkResults"));
    m_linkResults->setWordWrap(true);
    m_linkResults->setTextFormat(Qt::PlainText);
    m_linkResults->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_links->verticalHeader()->hide();
    m_links->horizontalHeader()->setSectionResizeMode(UrlColumn, QHeaderView::Stretch);
    m_links->setWordWrap(false);
    m_addLink->setObjectName(QStringLiteral("oitAddLink"));
    m_removeLink->setObjectName(QStringLiteral("oitRemoveLink"));
    m_elements->setObjectName(QStringLiteral("oitElements"));
    m_elementsLabel->setWordWrap(true);
    m_elements->setWordWrap(true);
    // The wrapped texts take the width the window gives them: a long Thai run (no spaces to
    // wrap at) must not widen the main window's minimum.
    for (QLabel *label : {m_summary, m_itemTitle, m_elementsLabel, m_linkResults})
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_explanation->setObjectName(QStringLiteral("oitExplanation"));
    m_explanation->setTabChangesFocus(true);
    m_explanationTimer->setSingleShot(true);
    m_explanationTimer->setInterval(1500);

    // Two rows, so that the tab never widens the window's minimum: the website, then the
    // check's buttons with its progress, and the outputs.
    auto *site = new QHBoxLayout;
    site->addWidget(m_websiteLabel);
    site->addWidget(m_website, 1);
    site->addWidget(m_online);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_checkAll);
    bar->addWidget(m_checkAgain);
    bar->addWidget(m_stop);
    bar->addWidget(m_progress);
    bar->addStretch(1);
    bar->addWidget(m_export);

    auto *detail = new QWidget(this);
    auto *grid = new QVBoxLayout(detail);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_itemTitle);
    auto *linkBar = new QHBoxLayout;
    linkBar->addWidget(m_linksLabel, 1);
    linkBar->addWidget(m_addLink);
    linkBar->addWidget(m_removeLink);
    grid->addLayout(linkBar);
    grid->addWidget(m_links, 2);
    grid->addWidget(m_linkResults);
    grid->addWidget(m_elementsLabel);
    grid->addWidget(m_elements, 2);
    grid->addWidget(m_explanationLabel);
    grid->addWidget(m_explanation, 2);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_items);
    split->addWidget(detail);
    split->setStretchFactor(0, 5);
    split->setStretchFactor(1, 4);
    split->setSizes({500, 400});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(site);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    connect(m_items, &QTableWidget::currentCellChanged, this, [this] {
        if (!m_filling) {
            storeItem();
            showItem();
        }
    });
    connect(m_website, &QLineEdit::editingFinished, this, [this] {
        if (m_document && !m_filling)
            if (QString e = m_document->setWebsite(m_website->text()); !e.isEmpty())
                emit message(e);
    });
    connect(m_online, &QCheckBox::toggled, this, [this](bool on) {
        Settings().setCheckLinks(on);
        if (!on)
            stopChecking();
        updateButtons();
    });
    connect(m_checkAll, &QPushButton::clicked, this, [this] { checkLinks(true); });
    connect(m_checkAgain, &QPushButton::clicked, this, [this] { checkLinks(false); });
    connect(m_stop, &QPushButton::clicked, this, &OitView::stopChecking);
    // Stored from the event loop: storing refills the tables, which must not happen while the
    // cell that changed is still emitting.
    connect(m_links, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            QMetaObject::invokeMethod(this, &OitView::storeItem, Qt::QueuedConnection);
    });
    connect(m_elements, &QListWidget::itemChanged, this, [this] {
        if (!m_filling)
            QMetaObject::invokeMethod(this, &OitView::storeItem, Qt::QueuedConnection);
    });
    connect(m_explanation, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_filling)
            m_explanationTimer->start();
    });
    connect(m_explanationTimer, &QTimer::timeout, this, &OitView::storeItem);
    connect(m_addLink, &QPushButton::clicked, this, [this] {
        m_filling = true;
        const int row = m_links->rowCount();
        m_links->insertRow(row);
        for (int c = UrlColumn; c <= YearColumn; ++c)
            m_links->setItem(row, c, new QTableWidgetItem);
        m_filling = false;
        m_links->setCurrentCell(row, UrlColumn);
        m_links->editItem(m_links->item(row, UrlColumn));
    });
    connect(m_removeLink, &QPushButton::clicked, this, [this] {
        if (m_links->currentRow() < 0)
            return;
        m_links->removeRow(m_links->currentRow());
        storeItem();
    });
    retranslate();
    updateButtons();
}

OitView::~OitView() = default;

bool OitView::isChecking() const {
    return m_check && m_check->isRunning();
}

void OitView::setDocument(PlanDocument *document) {
    storeItem();
    // A check of the plan shown before ends here: its results belong to that file.
    m_check.reset();
    m_pending.clear();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_shownCode.clear();
    if (m_document)
        connect(m_document, &PlanDocument::changed, this, &OitView::refresh);
    refresh();
}

void OitView::setThai(bool thai) {
    m_thai = thai;
    refresh();
}

void OitView::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        setThai(uiIsThai());
    }
    QWidget::changeEvent(event);
}

void OitView::retranslate() {
    m_websiteLabel->setText(tr("Agency website:"));
    m_website->setToolTip(tr("The agency's main website: the NACC expects the OIT information "
                             "there, so links on other sites are flagged."));
    m_online->setText(tr("Check on the web"));
    m_online->setToolTip(tr("Off: nothing is sent; the last stored results are shown. On: only "
                            "the plan's own links are requested (GET), through the system's "
                            "proxy."));
    m_checkAll->setText(tr("Check links"));
    m_checkAll->setToolTip(tr("Asks the web for every link of every item"));
    m_checkAgain->setText(tr("Check again"));
    m_checkAgain->setToolTip(
        tr("Only the links never checked, those that failed, and those checked more than a day "
           "ago"));
    m_stop->setText(tr("Stop"));
    m_export->setText(tr("Export"));
    m_items->setHorizontalHeaderLabels({tr("Item"), tr("Status"), tr("Why")});
    m_links->setHorizontalHeaderLabels(
        {tr("Link or file"), tr("Title"), tr("Date"), tr("Of year")});
    // The short headers fit a laptop's width; the tips say them in full.
    const QString tips[] = {tr("The address entered in ITAS, or a local file still to upload"),
                            tr("A short title of the information"),
                            tr("The date of the information (day/month/year, BE or CE)"),
                            tr("The fiscal year (BE) the information covers")};
    for (int c = UrlColumn; c <= YearColumn; ++c)
        m_links->horizontalHeaderItem(c)->setToolTip(tips[c]);
    m_linksLabel->setText(tr("Links"));
    m_addLink->setText(tr("Add link"));
    m_removeLink->setText(tr("Remove link"));
    m_explanationLabel->setText(tr("Explanation for ITAS"));
}

void OitView::updateButtons() {
    const bool editable = m_document && !m_document->isReadOnly();
    const bool checking = isChecking();
    const bool any = !m_readiness.items.empty();
    m_checkAll->setEnabled(editable && m_online->isChecked() && !checking && any);
    m_checkAgain->setEnabled(editable && m_online->isChecked() && !checking && any);
    m_stop->setVisible(checking);
    m_progress->setVisible(checking);
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_website, m_addLink, m_removeLink, m_explanation})
        w->setEnabled(editable);
    const QString off = tr("Checking on the web is off: nothing is sent.");
    m_checkAll->setToolTip(m_online->isChecked() ? tr("Asks the web for every link of every item")
                                                 : off);
}

void OitView::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void OitView::refresh() {
    // Reading the checklist reads the file (the assessment, the stored checks): only when the
    // tab is shown; an edit elsewhere marks it stale until then.
    m_stale = !isVisible();
    if (m_stale)
        return;
    if (!m_document) {
        m_readiness = OitReadiness();
        m_items->setRowCount(0);
        m_summary->setText(tr("Open an agency's plan to see its OIT checklist."));
        showItem();
        updateButtons();
        return;
    }
    auto in = m_document->oitInputs();
    if (!in) {
        m_readiness = OitReadiness();
        m_items->setRowCount(0);
        m_summary->setText(in.error());
        showItem();
        updateButtons();
        return;
    }
    m_checks = in->checks;
    for (const LinkCheck &c : m_pending) // checked but not stored yet (a check is running)
        m_checks.insert(c.url, c);
    m_readiness = oitReadiness(in->framework, in->plan, m_checks, in->base ? &*in->base : nullptr,
                               QDate::currentDate());
    const OitReadiness &r = m_readiness;

    QString summary = r.daysToWindow >= 0
                          ? tr("OIT ready: %1 of %2 items, %3 days before the window opens (%4).")
                                .arg(r.ready)
                                .arg(r.total)
                                .arg(r.daysToWindow)
                                .arg(fiscal::formatDate(r.windowOpens, m_thai))
                          : tr("OIT ready: %1 of %2 items; the window opened on %3.")
                                .arg(r.ready)
                                .arg(r.total)
                                .arg(fiscal::formatDate(r.windowOpens, m_thai));
    const QString oit = r.expectedOit ? r.expectedOit->toString() : QStringLiteral("–");
    summary += u' ';
    summary += r.expectedOverall
                   ? tr("If assessed today: OIT %1, overall %2, %3.")
                         .arg(oit, r.expectedOverall->toString(), r.expectedLevel)
                   : tr("If assessed today: OIT %1 (the file has no %2 results for the overall).")
                         .arg(oit)
                         .arg(in->plan.basedOnYear);
    m_summary->setText(summary);

    m_filling = true;
    if (!m_website->hasFocus())
        m_website->setText(in->plan.website);
    m_items->setRowCount(int(r.items.size()));
    int currentRow = 0;
    for (int row = 0; row < int(r.items.size()); ++row) {
        const OitItemReadiness &i = r.items[size_t(row)];
        auto *code = readOnly(QStringLiteral("%1 %2").arg(i.code, i.title.in(m_thai)));
        code->setData(Qt::UserRole, i.code);
        m_items->setItem(row, CodeColumn, code);
        auto *status = readOnly(oitStatusTitle(i.status).in(m_thai));
        status->setBackground(statusColour(i.status));
        status->setData(Qt::UserRole, oitStatusKey(i.status));
        m_items->setItem(row, StatusColumn, status);
        QStringList reasons;
        for (const LocalizedText &t : i.reasons)
            reasons << t.in(m_thai);
        auto *why = readOnly(reasons.value(0));
        why->setToolTip(reasons.join(u'\n'));
        m_items->setItem(row, ReasonColumn, why);
        if (i.code == m_shownCode)
            currentRow = row;
    }
    m_items->resizeColumnToContents(StatusColumn);
    m_items->setColumnWidth(CodeColumn, 210);
    if (!r.items.empty())
        m_items->setCurrentCell(currentRow, CodeColumn);
    m_filling = false;
    showItem();
    updateButtons();
}

const OitItemReadiness *OitView::currentItem() const {
    const int row = m_items->currentRow();
    if (row < 0 || row >= int(m_readiness.items.size()))
        return nullptr;
    return &m_readiness.items[size_t(row)];
}

void OitView::showItem() {
    m_filling = true;
    const OitItemReadiness *item = currentItem();
    m_shownCode = item ? item->code : QString();
    m_links->setRowCount(0);
    m_linkResults->clear();
    m_elements->clear();
    m_explanation->clear();
    m_itemTitle->setText(item ? QStringLiteral("%1 %2").arg(item->code, item->title.in(m_thai))
                              : QString());
    if (item && m_document) {
        const OitPublication *pub = nullptr;
        for (const OitPublication &p : m_document->plan().publications)
            if (p.code == item->code)
                pub = &p;
        m_links->setRowCount(int(item->links.size()));
        QStringList results;
        for (int row = 0; row < int(item->links.size()); ++row) {
            const OitLinkReadiness &l = item->links[size_t(row)];
            m_links->setItem(row, UrlColumn,
                             new QTableWidgetItem(l.link.url.isEmpty() ? l.link.file : l.link.url));
            m_links->item(row, UrlColumn)->setData(Qt::UserRole, l.link.url.isEmpty());
            m_links->setItem(row, TitleColumn, new QTableWidgetItem(l.link.title));
            m_links->setItem(row, DateColumn,
                             new QTableWidgetItem(l.link.infoDate.isValid()
                                                      ? fiscal::formatDate(l.link.infoDate, true)
                                                      : QString()));
            m_links->setItem(row, YearColumn,
                             new QTableWidgetItem(l.link.coversYear
                                                      ? QString::number(l.link.coversYear)
                                                      : QString()));
            QStringList result;
            if (l.check && l.check->httpStatus)
                result << QStringLiteral("HTTP %1").arg(l.check->httpStatus);
            for (const LocalizedText &p : l.problems)
                result << p.in(m_thai);
            for (const LocalizedText &w : l.warnings)
                result << w.in(m_thai);
            if (result.size() == 1 && l.check && l.problems.empty())
                result << tr("OK");
            // Under the table, one line a link: what the check found, in full.
            results << tr("Link %1: %2").arg(row + 1).arg(result.join(QStringLiteral(" · ")));
            if (!l.problems.empty())
                for (int c = UrlColumn; c <= YearColumn; ++c)
                    m_links->item(row, c)->setBackground(statusColour(OitStatus::Incomplete));
        }
        m_linkResults->setText(results.join(u'\n'));
        m_links->setColumnWidth(TitleColumn, 110);
        m_links->setColumnWidth(DateColumn, 90);
        m_links->setColumnWidth(YearColumn, 70);
        // The framework's elements in its order, ticked when the group found them on the page.
        for (const LocalizedText &e : item->elements) {
            auto *row = new QListWidgetItem(e.in(m_thai), m_elements);
            row->setData(Qt::UserRole, e.th); // what the plan records
            row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            row->setCheckState(pub && pub->elementsDone.contains(e.th) ? Qt::Checked
                                                                       : Qt::Unchecked);
        }
        // Without elements in the framework, the list gives way to a line saying so.
        m_elements->setVisible(!item->elements.empty());
        m_elementsLabel->setText(
            item->elements.empty()
                ? tr("The framework lists no information elements for this item (add them in "
                     "the framework editor or its structure CSV).")
                : tr("Information elements found on the page (tick each)"));
        if (pub)
            m_explanation->setPlainText(pub->explanation);
    }
    m_filling = false;
}

void OitView::storeItem() {
    m_explanationTimer->stop();
    if (!m_document || m_document->isReadOnly() || m_shownCode.isEmpty())
        return;
    OitPublication p;
    p.code = m_shownCode;
    for (const OitPublication &stored : m_document->plan().publications)
        if (stored.code == m_shownCode)
            p = stored;
    const OitPublication before = p;
    p.links.clear();
    for (int row = 0; row < m_links->rowCount(); ++row) {
        const auto text = [&](int c) {
            const QTableWidgetItem *item = m_links->item(row, c);
            return item ? item->text().trimmed() : QString();
        };
        OitLink link;
        const QString address = text(UrlColumn);
        // A typed path or a file: address is a file to upload; anything else an address.
        const bool isFile = !address.isEmpty() && !address.contains(QStringLiteral("://")) &&
                            (address.contains(u'\\') || address.startsWith(u'/') ||
                             (address.size() > 2 && address[1] == u':'));
        (isFile ? link.file : link.url) = address;
        link.title = text(TitleColumn);
        if (const auto d = fiscal::parseDate(text(DateColumn)))
            link.infoDate = *d;
        link.coversYear = text(YearColumn).toInt();
        if (link.coversYear && link.coversYear < 2400)
            link.coversYear += fiscal::beOffset; // a Christian Era year typed
        if (!(link == OitLink()))
            p.links.push_back(link);
    }
    // Ticks of elements the framework no longer lists are kept; those it lists follow the boxes.
    for (int i = 0; i < m_elements->count(); ++i) {
        const QString element = m_elements->item(i)->data(Qt::UserRole).toString();
        p.elementsDone.removeAll(element);
        if (m_elements->item(i)->checkState() == Qt::Checked)
            p.elementsDone << element;
    }
    p.explanation = m_explanation->toPlainText();
    if (p == before)
        return;
    if (QString e = m_document->setPublication(p); !e.isEmpty())
        emit message(e);
}

void OitView::checkLinks(bool all) {
    if (!m_document || isChecking() || !m_online->isChecked())
        return;
    storeItem();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList wanted;
    for (const QString &url : oitAddresses(m_document->plan())) {
        const auto it = m_checks.constFind(url);
        if (all || needsCheck(it == m_checks.constEnd() ? nullptr : &*it, now))
            wanted << url;
    }
    if (wanted.isEmpty()) {
        emit message(tr("Every link was checked within the day; nothing to check again."));
        return;
    }
    m_pending.clear();
    m_check = std::make_unique<BackgroundLinkCheck>(m_options);
    connect(m_check.get(), &BackgroundLinkCheck::checked, this, &OitView::linkChecked);
    connect(m_check.get(), &BackgroundLinkCheck::progress, this, [this](int done, int total) {
        m_progress->setMaximum(total);
        m_progress->setValue(done);
        m_progress->setFormat(tr("%1 of %2 links").arg(done).arg(total));
    });
    connect(m_check.get(), &BackgroundLinkCheck::finished, this, &OitView::checkFinished);
    m_progress->setRange(0, int(wanted.size()));
    m_progress->setValue(0);
    m_check->start(wanted);
    updateButtons();
}

void OitView::stopChecking() {
    if (isChecking())
        m_check->cancel();
}

void OitView::chooseAndExport(Output output) {
    if (!m_document)
        return;
    Settings settings;
    const Plan &plan = m_document->plan();
    const QString stem = output == Output::Page      ? QStringLiteral("oit-%1.html")
                         : output == Output::ItasCsv ? QStringLiteral("itas-%1.csv")
                                                     : QStringLiteral("oit-readiness-%1.pdf");
    const QString filter = output == Output::Page      ? tr("Web page (*.html)")
                           : output == Output::ItasCsv ? tr("CSV (*.csv)")
                                                       : tr("PDF (*.pdf)");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export"), QDir(settings.lastExportFolder()).filePath(stem.arg(plan.fiscalYear)),
        filter);
    if (path.isEmpty())
        return;
    settings.setLastExportFolder(QFileInfo(path).absolutePath());
    if (QString e = exportTo(output, path); !e.isEmpty())
        QMessageBox::warning(this, tr("Export"), e);
    else
        emit message(tr("Written: %1").arg(QDir::toNativeSeparators(path)));
}

QString OitView::exportTo(Output output, const QString &path) {
    if (!m_document)
        return tr("No plan is open.");
    auto in = m_document->oitInputs();
    if (!in)
        return in.error();
    const OitReadiness readiness = oitReadiness(
        in->framework, in->plan, in->checks, in->base ? &*in->base : nullptr, QDate::currentDate());
    QByteArray bytes;
    if (output == Output::Page) {
        bytes = writeOitPage(in->framework, in->plan, in->plan.agency, m_thai);
    } else if (output == Output::ItasCsv) {
        bytes = writeOitCsv(in->framework, in->plan, m_thai);
    } else {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (QString e = report::writePdf(
                report::buildOitReport(readiness, in->plan.agency, in->plan.fiscalYear, m_thai),
                &buffer);
            !e.isEmpty())
            return e;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

void OitView::linkChecked(const LinkCheck &result) {
    m_pending.push_back(result);
}

void OitView::checkFinished(bool cancelled) {
    // What was checked is kept, a stopped check's results too: each stands on its own.
    if (m_document && !m_pending.empty())
        if (QString e = m_document->storeLinkChecks(m_pending); !e.isEmpty())
            emit message(tr("The link check could not be stored: %1").arg(e));
    emit message(cancelled ? tr("Link check stopped: %1 links checked.").arg(m_pending.size())
                           : tr("Link check done: %1 links checked.").arg(m_pending.size()));
    m_pending.clear();
    refresh();
    updateButtons();
    emit checked();
}

} // namespace ita::gui
