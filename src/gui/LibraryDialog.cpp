#include "LibraryDialog.h"

#include "LibraryEntryDialog.h"
#include "io/FrameworkReader.h"
#include "io/LibraryCsv.h"
#include "storage/Database.h"
#include "storage/LibraryRepository.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ita::gui {

namespace {
QString answersText(const LibraryTargets &t, bool thai) {
    QStringList parts;
    QStringList themes;
    for (int theme : t.themes)
        themes << QString::number(theme);
    if (!themes.isEmpty())
        parts << (thai ? QStringLiteral("ตัวชี้วัด %1") : QStringLiteral("indicators %1"))
                     .arg(themes.join(u','));
    if (!t.subIndicators.isEmpty())
        parts << t.subIndicators.join(u',');
    for (Role r : t.roles)
        parts << roleTitle(r).in(thai);
    if (!t.codes.isEmpty())
        parts << t.codes.join(u' ');
    if (!t.keywords.isEmpty())
        parts << t.keywords.join(QStringLiteral(", "));
    return parts.join(QStringLiteral("; "));
}
} // namespace

LibraryDialog::LibraryDialog(Database &database, const FrameworkRegistry &frameworks, bool thai,
                             QWidget *parent)
    : QDialog(parent)
    , m_db(database)
    , m_frameworks(frameworks)
    , m_thai(thai)
    , m_search(new QLineEdit(this))
    , m_table(new QTableWidget(this))
    , m_details(new QTextBrowser(this))
    , m_delete(new QPushButton(this))
    , m_status(new QLabel(this)) {
    setObjectName(QStringLiteral("libraryDialog"));
    setWindowTitle(tr("Measures Library"));
    m_search->setObjectName(QStringLiteral("librarySearch"));
    m_search->setPlaceholderText(tr("Search titles, items, keywords and steps"));
    m_search->setClearButtonEnabled(true);
    m_table->setObjectName(QStringLiteral("libraryTable"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Measure"), tr("Answers"), tr("Steps"), tr("Source")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Two rows (Ctrl+click) are what Merge takes.
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setColumnWidth(1, 180);
    m_table->setColumnWidth(2, 60);
    m_table->setColumnWidth(3, 170);
    m_delete->setObjectName(QStringLiteral("libraryDelete"));
    m_delete->setText(tr("Delete from the File's Library"));
    auto *edit = new QPushButton(tr("Edit…"), this);
    edit->setObjectName(QStringLiteral("libraryEdit"));
    edit->setToolTip(tr("Edit the entry; a bundled entry is saved as the file's own version"));
    auto *merge = new QPushButton(tr("Merge…"), this);
    merge->setObjectName(QStringLiteral("libraryMerge"));
    merge->setToolTip(tr("Make the two selected entries one (select two rows with Ctrl)"));
    auto *import = new QPushButton(tr("Import a Library File…"), this);
    import->setObjectName(QStringLiteral("libraryImport"));
    auto *exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setObjectName(QStringLiteral("libraryExport"));
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setText(tr("Close"));
    m_status->setWordWrap(true);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(edit);
    buttons->addWidget(merge);
    buttons->addWidget(import);
    buttons->addWidget(exportButton);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(m_search, &QLineEdit::textChanged, this, &LibraryDialog::filter);
    connect(m_table, &QTableWidget::currentCellChanged, this, &LibraryDialog::showCurrent);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (QString e = deleteCurrent(); !e.isEmpty())
            QMessageBox::warning(this, windowTitle(), e);
    });
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import a Library File"),
                                                          QString(), tr("Library (*.json *.csv)"));
        if (path.isEmpty())
            return;
        if (QString e = importFile(path, false); !e.isEmpty())
            QMessageBox::warning(this, windowTitle(), e);
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export the Library"), QStringLiteral("library.json"),
            tr("Library, JSON (*.json);;Library, CSV for a spreadsheet (*.csv)"));
        if (path.isEmpty())
            return;
        if (QString e = exportTo(path); !e.isEmpty())
            QMessageBox::warning(this, windowTitle(), e);
    });
    connect(edit, &QPushButton::clicked, this, [this] {
        const int r = m_table->currentRow();
        if (r < 0 || r >= int(m_library.entries.size()))
            return;
        review(m_library.entries[size_t(r)], {});
    });
    connect(merge, &QPushButton::clicked, this, [this] {
        const auto merged = mergedSelection();
        if (!merged) {
            QMessageBox::information(this, windowTitle(), merged.error());
            return;
        }
        review(merged->first, merged->second);
    });
    m_delete->setEnabled(!m_db.isReadOnly());
    edit->setEnabled(!m_db.isReadOnly());
    merge->setEnabled(!m_db.isReadOnly());
    import->setEnabled(!m_db.isReadOnly());
    reload();
    resize(1100, 620);
}

LibraryDialog::~LibraryDialog() = default;

void LibraryDialog::reload() {
    auto own = LibraryRepository(m_db, &m_frameworks).load(m_frameworks);
    m_ownIds.clear();
    if (own)
        for (const LibraryEntry &e : *own)
            m_ownIds << e.id;
    else
        m_status->setText(own.error());
    m_library = mergedLibrary(bundledLibrary(), own ? *own : std::vector<LibraryEntry>());
    m_table->setRowCount(int(m_library.entries.size()));
    for (int r = 0; r < int(m_library.entries.size()); ++r) {
        const LibraryEntry &e = m_library.entries[size_t(r)];
        const bool own = m_ownIds.contains(e.id);
        const QString source =
            own ? tr("this file: %1").arg(librarySourceTitle(e.source).in(m_thai))
                : librarySourceTitle(e.source).in(m_thai);
        const QStringList cells = {e.title.in(m_thai), answersText(e.targets, m_thai),
                                   QString::number(e.steps.size()), source};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, e.id);
            item->setToolTip(cells[c]);
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeRowsToContents();
    filter();
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(0, 0);
}

void LibraryDialog::filter() {
    const QString words = m_search->text().trimmed();
    int shown = 0;
    for (int r = 0; r < int(m_library.entries.size()); ++r) {
        const LibraryEntry &e = m_library.entries[size_t(r)];
        bool match = words.isEmpty();
        if (!match) {
            QStringList haystack = {e.id,
                                    e.title.th,
                                    e.title.en,
                                    e.notes,
                                    e.sourceDetail,
                                    e.targets.codes.join(u' '),
                                    e.targets.keywords.join(u' '),
                                    e.targets.subIndicators.join(u' ')};
            for (const LibraryStep &s : e.steps)
                haystack << s.text;
            haystack << e.monitoring;
            match = haystack.join(u'\n').contains(words, Qt::CaseInsensitive);
        }
        m_table->setRowHidden(r, !match);
        shown += match;
    }
    // The details follow what is shown: a hidden current row gives way to the first shown.
    if (m_table->currentRow() < 0 || m_table->isRowHidden(m_table->currentRow()))
        for (int r = 0; r < m_table->rowCount(); ++r)
            if (!m_table->isRowHidden(r)) {
                m_table->setCurrentCell(r, 0);
                break;
            }
    m_status->setText(tr("%1 of %2 measures shown; %3 in this file's own library.")
                          .arg(shown)
                          .arg(m_library.entries.size())
                          .arg(m_ownIds.size()));
}

void LibraryDialog::showCurrent() {
    const int r = m_table->currentRow();
    if (r < 0 || r >= int(m_library.entries.size())) {
        m_details->clear();
        return;
    }
    const LibraryEntry &e = m_library.entries[size_t(r)];
    QString html = QStringLiteral("<h3>%1</h3>").arg(e.title.in(m_thai).toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(tr("Answers:"), answersText(e.targets, m_thai).toHtmlEscaped());
    html += QStringLiteral("<ol>");
    for (const LibraryStep &s : e.steps) {
        QStringList roles;
        for (UnitRole role : s.roles)
            roles << unitRoleTitle(role).in(m_thai);
        html += QStringLiteral("<li>%1 <i>(%2; %3)</i></li>")
                    .arg(s.text.toHtmlEscaped(), stepTimingText(s.timing),
                         roles.join(QStringLiteral(", ")).toHtmlEscaped());
    }
    html += QStringLiteral("</ol>");
    if (!e.monitoring.isEmpty())
        html +=
            QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(tr("Monitoring:"), e.monitoring.join(QStringLiteral("; ")).toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b> %2 %3</p>")
                .arg(tr("Reporting:"), cadenceLabel(e.cadence, m_thai), e.reportTo.toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b> %2 %3</p>")
                .arg(tr("Source:"), librarySourceTitle(e.source).in(m_thai),
                     e.sourceDetail.toHtmlEscaped());
    if (!e.notes.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(e.notes.toHtmlEscaped());
    m_details->setHtml(html);
    m_delete->setEnabled(!m_db.isReadOnly() && m_ownIds.contains(e.id));
}

QString LibraryDialog::importFile(const QString &path, bool replace) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("%1: %2").arg(path, file.errorString());
    const LibraryImport read = readLibraryFile(file.readAll(), path, m_frameworks);
    if (!read.ok()) {
        QStringList problems;
        for (const Diagnostic &d : read.diagnostics)
            problems << d.toString();
        return problems.join(u'\n');
    }
    if (QString e = LibraryRepository(m_db, &m_frameworks).import(read.library, replace);
        !e.isEmpty())
        return QStringLiteral("%1: %2").arg(path, e);
    reload();
    return {};
}

QString LibraryDialog::exportTo(const QString &path) const {
    QSaveFile file(path);
    const QByteArray bytes = writeLibraryFile(m_library, path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return QStringLiteral("%1: %2").arg(path, file.errorString());
    return {};
}

void LibraryDialog::review(const LibraryEntry &entry, const QString &mergedFrom) {
    LibraryEntryDialog dialog(entry, m_frameworks, m_thai, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto edited = dialog.entry();
    if (!edited)
        return; // accept() lets only a checked entry through
    if (QString e = saveEntry(*edited, mergedFrom); !e.isEmpty())
        QMessageBox::warning(this, windowTitle(), e);
}

Result<std::pair<LibraryEntry, QString>> LibraryDialog::mergedSelection() const {
    using R = Result<std::pair<LibraryEntry, QString>>;
    QList<int> rows;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        if (!m_table->isRowHidden(i.row()))
            rows << i.row();
    if (rows.size() != 2)
        return R::failure(tr("Select the two entries to merge (Ctrl+click the second)."));
    // The current row is the one kept; the other's id is what the merge replaces.
    const int kept = rows.contains(m_table->currentRow()) ? m_table->currentRow() : rows.front();
    const int other = rows.front() == kept ? rows.back() : rows.front();
    const LibraryEntry &a = m_library.entries[size_t(kept)];
    const LibraryEntry &b = m_library.entries[size_t(other)];
    return std::make_pair(mergeLibraryEntries(a, b), b.id);
}

QString LibraryDialog::saveEntry(const LibraryEntry &entry, const QString &mergedFrom) {
    LibraryRepository repository(m_db, &m_frameworks);
    if (QString e = repository.save(entry); !e.isEmpty())
        return e;
    // A merged entry takes the other's place when the file owns it; a bundled one stays (it
    // cannot be deleted) and the merged entry is beside it.
    if (!mergedFrom.isEmpty() && mergedFrom != entry.id && m_ownIds.contains(mergedFrom))
        if (QString e = repository.remove(mergedFrom); !e.isEmpty())
            return e;
    reload();
    for (int r = 0; r < int(m_library.entries.size()); ++r)
        if (m_library.entries[size_t(r)].id == entry.id)
            m_table->setCurrentCell(r, 0);
    return {};
}

QString LibraryDialog::deleteCurrent() {
    const int r = m_table->currentRow();
    if (r < 0 || r >= int(m_library.entries.size()))
        return tr("Choose an entry first.");
    const QString id = m_library.entries[size_t(r)].id;
    if (!m_ownIds.contains(id))
        return tr("The bundled entries cannot be deleted; save your own version instead.");
    if (QString e = LibraryRepository(m_db, &m_frameworks).remove(id); !e.isEmpty())
        return e;
    reload();
    return {};
}

} // namespace ita::gui
