#include "FrameworkEditor.h"

#include "domain/FiscalCalendar.h"

#include "ScreenFit.h"
#include "document/Workspace.h"
#include "io/FrameworkCsv.h"
#include "storage/FrameworkRepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUndoCommand>
#include <QVBoxLayout>

#include <algorithm>

namespace ita::gui {

namespace {

/// Every edit of the draft: the framework before and after (a framework is small), set
/// through `apply` on redo and undo.
class Snapshot : public QUndoCommand {
public:
    Snapshot(Framework before, Framework after, const QString &text,
             std::function<void(const Framework &)> apply)
        : QUndoCommand(text)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_apply(std::move(apply)) {}
    void undo() override { m_apply(m_before); }
    void redo() override { m_apply(m_after); }

private:
    Framework m_before;
    Framework m_after;
    std::function<void(const Framework &)> m_apply;
};

enum TreeColumn {
    CodeColumn,
    TitleColumn,
    TitleEnColumn,
    WeightColumn,
    RoleColumn,
    DateRuleColumn, ///< OIT items: the year their information is about
    ElementsColumn, ///< OIT items: the information elements, " | " between them
};

/// The Elements column is edited one element a line, so the manual's list pastes as it is;
/// the tree shows them with " | " between.
class ElementsDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &) const override {
        auto *edit = new QPlainTextEdit(parent);
        edit->setTabChangesFocus(true);
        edit->setMinimumHeight(120);
        return edit;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override {
        static_cast<QPlainTextEdit *>(editor)->setPlainText(
            index.data().toString().split(QStringLiteral(" | ")).join(u'\n'));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override {
        QStringList lines;
        for (const QString &line :
             static_cast<QPlainTextEdit *>(editor)->toPlainText().split(u'\n'))
            if (!line.simplified().isEmpty())
                lines << line.simplified();
        model->setData(index, lines.join(QStringLiteral(" | ")));
    }
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &) const override {
        editor->setGeometry(option.rect.adjusted(0, 0, 0, 120));
    }
};

/// A column edited by choosing one of its titles (the Role and Date rule columns offer the
/// roles and the rules by their titles, and none, instead of free text).
class ChoiceDelegate : public QStyledItemDelegate {
public:
    ChoiceDelegate(QStringList titles, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_titles(std::move(titles)) {}
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &) const override {
        auto *box = new QComboBox(parent);
        box->addItems(m_titles);
        return box;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override {
        auto *box = static_cast<QComboBox *>(editor);
        box->setCurrentIndex(std::max(0, box->findText(index.data().toString())));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override {
        model->setData(index, static_cast<QComboBox *>(editor)->currentText());
    }

private:
    QStringList m_titles;
};
enum RatingColumn { LabelColumn, LabelEnColumn, MinColumn, ToolsColumn, PassColumn };

QString weightText(const Framework::Node &n) {
    if (n.level != Level::Tool && n.weight == 10000)
        return {};
    QString w = QString::number(double(n.weight) / 10000.0, 'f', 4);
    while (w.endsWith(u'0'))
        w.chop(1);
    if (w.endsWith(u'.'))
        w.chop(1);
    return w;
}

} // namespace

FrameworkEditor::FrameworkEditor(
    Framework framework, std::function<std::vector<FrameworkProblem>(const Framework &)> problems,
    std::function<QString(const Framework &)> save, bool thai, QWidget *parent)
    : QDialog(parent)
    , m_fw(std::move(framework))
    , m_problems(std::move(problems))
    , m_save(std::move(save))
    , m_thai(thai) {
    setWindowTitle(tr("Framework %1").arg(m_fw.id));
    buildUi();
    refresh();
    m_undo.setClean();
    connect(&m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) {
        setWindowTitle(tr("Framework %1").arg(m_fw.id) +
                       (clean ? QString() : QStringLiteral(" *")));
    });
    fitToScreen(this, {1100, 760});
}

FrameworkEditor::~FrameworkEditor() {
    // Child editors lose focus while they are destroyed and would call back into this
    // half-destroyed dialog (editingFinished → readHeader).
    for (QLineEdit *edit : {m_id, m_title, m_titleEn, m_years, m_threshold, m_tolerance})
        disconnect(edit, nullptr, this, nullptr);
    disconnect(m_tree, nullptr, this, nullptr);
    disconnect(m_rating, nullptr, this, nullptr);
    disconnect(&m_undo, nullptr, this, nullptr);
}

void FrameworkEditor::buildUi() {
    m_id = new QLineEdit;
    m_title = new QLineEdit;
    m_titleEn = new QLineEdit;
    m_years = new QLineEdit;
    m_years->setPlaceholderText(tr("Buddhist Era years, e.g. 2569, 2570"));
    m_threshold = new QLineEdit;
    m_tolerance = new QLineEdit;
    auto *header = new QWidget;
    auto *form = new QFormLayout(header);
    form->addRow(tr("Id:"), m_id);
    form->addRow(tr("Title (Thai):"), m_title);
    form->addRow(tr("Title (English):"), m_titleEn);
    auto *numbers = new QHBoxLayout;
    numbers->addWidget(m_years, 2);
    numbers->addWidget(new QLabel(tr("Urgent below:")));
    numbers->addWidget(m_threshold, 1);
    numbers->addWidget(new QLabel(tr("Tolerance:")));
    numbers->addWidget(m_tolerance, 1);
    form->addRow(tr("Fiscal years:"), numbers);
    // The NACC's OIT window, in months of the fiscal year: publishing steps are drafted to end
    // before it opens, and coverage flags an OIT item no step publishes by its close.
    m_oitFrom = new QComboBox;
    m_oitFrom->setObjectName(QStringLiteral("oitWindowFrom"));
    m_oitTo = new QComboBox;
    m_oitTo->setObjectName(QStringLiteral("oitWindowTo"));
    for (int month = 1; month <= 12; ++month)
        for (QComboBox *box : {m_oitFrom, m_oitTo})
            box->addItem(fiscal::monthName(month, m_thai), month);
    auto *window = new QHBoxLayout;
    window->addWidget(m_oitFrom);
    window->addWidget(new QLabel(tr("to")));
    window->addWidget(m_oitTo);
    window->addStretch(1);
    form->addRow(tr("OIT window:"), window);
    for (QComboBox *box : {m_oitFrom, m_oitTo})
        connect(box, &QComboBox::activated, this, &FrameworkEditor::readHeader);
    for (QLineEdit *edit : {m_id, m_title, m_titleEn, m_years, m_threshold, m_tolerance})
        connect(edit, &QLineEdit::editingFinished, this, &FrameworkEditor::readHeader);

    // Structure: the tree, with add, remove and paste.
    m_tree = new QTreeWidget;
    m_tree->setObjectName(QStringLiteral("frameworkTree"));
    m_tree->setHeaderLabels({tr("Code"), tr("Title (Thai)"), tr("Title (English)"), tr("Weight"),
                             tr("Role"), tr("Year of the information"),
                             tr("Information elements (OIT)")});
    m_tree->headerItem()->setToolTip(
        ElementsColumn, tr("What an OIT item must show (องค์ประกอบด้านข้อมูล), one a line when "
                           "edited: paste the manual's list"));
    m_tree->header()->resizeSection(CodeColumn, 120);
    m_tree->header()->resizeSection(TitleColumn, 360);
    m_tree->header()->resizeSection(TitleEnColumn, 260);
    m_tree->header()->resizeSection(WeightColumn, 70);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    QStringList roles, rules;
    for (Role role : {Role::None, Role::Analysis, Role::Implementation})
        roles << roleTitle(role).in(m_thai);
    for (DateRule rule : {DateRule::None, DateRule::AssessedYear, DateRule::PreviousYear})
        rules << dateRuleTitle(rule).in(m_thai);
    m_tree->setItemDelegateForColumn(RoleColumn, new ChoiceDelegate(roles, m_tree));
    m_tree->setItemDelegateForColumn(DateRuleColumn, new ChoiceDelegate(rules, m_tree));
    m_tree->setItemDelegateForColumn(ElementsColumn, new ElementsDelegate(m_tree));
    m_tree->header()->resizeSection(RoleColumn, 150);
    m_tree->header()->resizeSection(DateRuleColumn, 170);
    connect(m_tree, &QTreeWidget::itemChanged, this, &FrameworkEditor::treeItemChanged);
    auto *addChild = new QPushButton(tr("Add under…"));
    auto *remove = new QPushButton(tr("Remove"));
    auto *paste = new QPushButton(tr("Paste rows (code | title | parent)"));
    m_replaceItems = new QCheckBox(tr("Pasted items replace their tool's items"));
    // Off by default: pasting one row to fix a title must not remove the tool's other items.
    m_replaceItems->setChecked(false);
    connect(addChild, &QPushButton::clicked, this, [this] {
        const QTreeWidgetItem *current = m_tree->currentItem();
        const QString parent = current ? current->text(CodeColumn) : QStringLiteral("ITA");
        bool ok = false;
        const QString code = QInputDialog::getText(this, tr("Add under %1").arg(parent),
                                                   tr("Code:"), QLineEdit::Normal, QString(), &ok);
        if (!ok || code.trimmed().isEmpty())
            return;
        if (QString e = addNode(parent, code, QString()); !e.isEmpty())
            QMessageBox::warning(this, windowTitle(), e);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (const QTreeWidgetItem *current = m_tree->currentItem())
            if (QString e = removeNode(current->text(CodeColumn)); !e.isEmpty())
                QMessageBox::warning(this, windowTitle(), e);
    });
    connect(paste, &QPushButton::clicked, this, &FrameworkEditor::pasteFromClipboard);
    auto *structureButtons = new QHBoxLayout;
    structureButtons->addWidget(addChild);
    structureButtons->addWidget(remove);
    structureButtons->addWidget(paste);
    structureButtons->addWidget(m_replaceItems);
    structureButtons->addStretch();
    auto *structure = new QWidget;
    auto *structureLayout = new QVBoxLayout(structure);
    structureLayout->addWidget(m_tree, 1);
    structureLayout->addLayout(structureButtons);

    // Rating: levels highest first, presets from data/ratings.
    m_rating = new QTableWidget(0, 5);
    m_rating->setObjectName(QStringLiteral("ratingTable"));
    m_rating->setHorizontalHeaderLabels({tr("Level (Thai)"), tr("Level (English)"), tr("From"),
                                         tr("Every tool at least"), tr("Passes")});
    m_rating->horizontalHeader()->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);
    m_rating->horizontalHeader()->setSectionResizeMode(LabelEnColumn, QHeaderView::Stretch);
    for (int c : {MinColumn, ToolsColumn, PassColumn})
        m_rating->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    connect(m_rating, &QTableWidget::itemChanged, this, &FrameworkEditor::ratingChanged);
    m_wording = new QComboBox;
    m_wording->addItem(tr("Reports say \"grade A\""), int(RatingScheme::Wording::Grade));
    m_wording->addItem(tr("Reports say \"result: pass\""), int(RatingScheme::Wording::Result));
    connect(m_wording, &QComboBox::activated, this, &FrameworkEditor::ratingChanged);
    m_presets = new QComboBox;
    for (const auto &preset : ratingPresets())
        m_presets->addItem(preset.name.in(m_thai), preset.key);
    auto *usePresetButton = new QPushButton(tr("Use this scheme"));
    connect(usePresetButton, &QPushButton::clicked, this,
            [this] { usePreset(m_presets->currentData().toString()); });
    auto *addLevel = new QPushButton(tr("Add level"));
    connect(addLevel, &QPushButton::clicked, this, [this] {
        Framework after = m_fw;
        after.rating.levels.push_back({{tr("New level"), QString()}, Score(), std::nullopt, false});
        apply(after, tr("Add a rating level"));
    });
    auto *removeLevel = new QPushButton(tr("Remove level"));
    connect(removeLevel, &QPushButton::clicked, this, [this] {
        const int row = m_rating->currentRow();
        if (row < 0 || row >= int(m_fw.rating.levels.size()))
            return;
        Framework after = m_fw;
        after.rating.levels.erase(after.rating.levels.begin() + row);
        apply(after, tr("Remove rating level %1").arg(m_fw.rating.levels[size_t(row)].label.th));
    });
    auto *ratingButtons = new QHBoxLayout;
    ratingButtons->addWidget(m_wording);
    ratingButtons->addWidget(addLevel);
    ratingButtons->addWidget(removeLevel);
    ratingButtons->addStretch();
    ratingButtons->addWidget(m_presets);
    ratingButtons->addWidget(usePresetButton);
    auto *rating = new QWidget;
    auto *ratingLayout = new QVBoxLayout(rating);
    ratingLayout->addWidget(m_rating, 1);
    ratingLayout->addLayout(ratingButtons);

    auto *tabs = new QTabWidget;
    tabs->addTab(structure, tr("Tools, indicators and items"));
    tabs->addTab(rating, tr("Rating scheme"));

    m_problemList = new QListWidget;
    m_problemList->setObjectName(QStringLiteral("frameworkProblems"));
    // Long problems and warnings wrap at the list's width rather than run off it.
    m_problemList->setWordWrap(true);
    m_problemList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_problemList->setResizeMode(QListView::Adjust);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(tabs);
    split->addWidget(m_problemList);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);

    auto *undo = new QPushButton(tr("Undo"));
    auto *redo = new QPushButton(tr("Redo"));
    undo->setShortcut(QKeySequence::Undo);
    redo->setShortcut(QKeySequence::Redo);
    connect(undo, &QPushButton::clicked, &m_undo, &QUndoStack::undo);
    connect(redo, &QPushButton::clicked, &m_undo, &QUndoStack::redo);
    connect(&m_undo, &QUndoStack::canUndoChanged, undo, &QPushButton::setEnabled);
    connect(&m_undo, &QUndoStack::canRedoChanged, redo, &QPushButton::setEnabled);
    undo->setEnabled(false);
    redo->setEnabled(false);
    auto *saveButton = new QPushButton(tr("Save"));
    connect(saveButton, &QPushButton::clicked, this, [this] {
        if (QString e = save(); !e.isEmpty())
            QMessageBox::warning(this, windowTitle(), e);
    });
    auto *close = new QPushButton(tr("Close"));
    connect(close, &QPushButton::clicked, this, &FrameworkEditor::reject);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(undo);
    buttons->addWidget(redo);
    buttons->addStretch();
    buttons->addWidget(saveButton);
    buttons->addWidget(close);

    // What the program chose for the user (a new year's rating scheme), said where it is seen.
    m_note = new QLabel;
    m_note->setObjectName(QStringLiteral("frameworkNote"));
    m_note->setWordWrap(true);
    m_note->setVisible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addWidget(m_note);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);
}

void FrameworkEditor::apply(const Framework &after, const QString &text) {
    m_undo.push(new Snapshot(m_fw, after, text, [this](const Framework &fw) {
        m_fw = fw;
        m_fw.buildIndex();
        refresh();
    })); // push runs redo()
}

void FrameworkEditor::refresh() {
    m_refreshing = true;
    m_id->setText(m_fw.id);
    m_title->setText(m_fw.title.th);
    m_titleEn->setText(m_fw.title.en);
    QStringList years;
    for (int y : m_fw.fiscalYears)
        years << QString::number(y);
    m_years->setText(years.join(QStringLiteral(", ")));
    m_threshold->setText(m_fw.fixedThreshold.toString());
    m_tolerance->setText(m_fw.tolerance.toString());
    m_oitFrom->setCurrentIndex(m_oitFrom->findData(m_fw.oitWindowFrom));
    m_oitTo->setCurrentIndex(m_oitTo->findData(m_fw.oitWindowTo));

    // The tree keeps what the user had open, where the cursor was and where it was scrolled
    // to (issue 25: every edit of a role jumped back to the top).
    const int scrolled = m_tree->verticalScrollBar()->value();
    const QString current =
        m_tree->currentItem() ? m_tree->currentItem()->text(CodeColumn) : QString();
    QSet<QString> collapsed;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if ((*it)->childCount() > 0 && !(*it)->isExpanded())
            collapsed.insert((*it)->text(CodeColumn));
    m_tree->clear();
    std::vector<QTreeWidgetItem *> items(m_fw.nodes.size(), nullptr);
    for (int i = 1; i < int(m_fw.nodes.size()); ++i) {
        const auto &n = m_fw.node(i);
        QStringList elements;
        for (const LocalizedText &e : n.elements)
            elements << e.th;
        const QStringList cells{n.code,
                                n.title.th,
                                n.title.en,
                                weightText(n),
                                roleTitle(n.role).in(m_thai),
                                dateRuleTitle(n.dateRule).in(m_thai),
                                elements.join(QStringLiteral(" | "))};
        QTreeWidgetItem *item = n.parent > 0 && items[size_t(n.parent)]
                                    ? new QTreeWidgetItem(items[size_t(n.parent)], cells)
                                    : new QTreeWidgetItem(m_tree, cells);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        item->setToolTip(TitleColumn, n.title.th);
        items[size_t(i)] = item;
        if (n.code == current)
            m_tree->setCurrentItem(item);
    }
    m_tree->expandAll();
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if (collapsed.contains((*it)->text(CodeColumn)))
            (*it)->setExpanded(false);
    m_tree->verticalScrollBar()->setValue(scrolled);

    m_rating->setRowCount(int(m_fw.rating.levels.size()));
    for (int r = 0; r < int(m_fw.rating.levels.size()); ++r) {
        const auto &l = m_fw.rating.levels[size_t(r)];
        m_rating->setItem(r, LabelColumn, new QTableWidgetItem(l.label.th));
        m_rating->setItem(r, LabelEnColumn, new QTableWidgetItem(l.label.en));
        m_rating->setItem(r, MinColumn, new QTableWidgetItem(l.minimum.toString()));
        m_rating->setItem(
            r, ToolsColumn,
            new QTableWidgetItem(l.allToolsMinimum ? l.allToolsMinimum->toString() : QString()));
        auto *pass = new QTableWidgetItem;
        pass->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        pass->setCheckState(l.pass ? Qt::Checked : Qt::Unchecked);
        m_rating->setItem(r, PassColumn, pass);
    }
    m_wording->setCurrentIndex(m_fw.rating.wording == RatingScheme::Wording::Grade ? 0 : 1);
    for (int i = 0; i < int(ratingPresets().size()); ++i)
        if (ratingPresets()[size_t(i)].scheme == m_fw.rating)
            m_presets->setCurrentIndex(i); // the scheme in use, when it is a preset

    m_problemList->clear();
    const auto problems = m_problems ? m_problems(m_fw) : checkFramework(m_fw);
    for (const auto &p : problems)
        new QListWidgetItem(QIcon::fromTheme(QStringLiteral("dialog-warning")), p.text(m_thai),
                            m_problemList);
    if (problems.empty())
        new QListWidgetItem(tr("No problems: the framework can be saved."), m_problemList);
    // Warnings do not stop saving; they say what the documents will lack.
    for (const auto &w : frameworkWarnings(m_fw))
        new QListWidgetItem(QIcon::fromTheme(QStringLiteral("dialog-information")),
                            tr("Warning: %1").arg(w.text(m_thai)), m_problemList);
    m_refreshing = false;
}

void FrameworkEditor::setNote(const QString &text) {
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

QString FrameworkEditor::note() const {
    return m_note->text();
}

QStringList FrameworkEditor::problemTexts() const {
    QStringList out;
    for (const auto &p : m_problems ? m_problems(m_fw) : checkFramework(m_fw))
        out << p.text(m_thai);
    return out;
}

void FrameworkEditor::readHeader() {
    if (m_refreshing)
        return;
    Framework after = m_fw;
    after.id = m_id->text().trimmed();
    after.title = {m_title->text().trimmed(), m_titleEn->text().trimmed()};
    after.fiscalYears.clear();
    for (const QString &y :
         m_years->text().split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts))
        after.fiscalYears.push_back(y.toInt()); // not a number: 0, which the check names
    const auto threshold = Score::parse(m_threshold->text());
    const auto tolerance = Score::parse(m_tolerance->text());
    if (!threshold || !tolerance)
        QMessageBox::warning(this, windowTitle(),
                             tr("\"%1\" is not a score: write it like 85 or 0.01, with \".\" as "
                                "the decimal mark.")
                                 .arg(!threshold ? m_threshold->text() : m_tolerance->text()));
    if (threshold)
        after.fixedThreshold = threshold->value;
    if (tolerance)
        after.tolerance = tolerance->value;
    after.oitWindowFrom = m_oitFrom->currentData().toInt();
    after.oitWindowTo = m_oitTo->currentData().toInt();
    if (after.id == m_fw.id && after.title.th == m_fw.title.th && after.title.en == m_fw.title.en &&
        after.fiscalYears == m_fw.fiscalYears && after.fixedThreshold == m_fw.fixedThreshold &&
        after.tolerance == m_fw.tolerance && after.oitWindowFrom == m_fw.oitWindowFrom &&
        after.oitWindowTo == m_fw.oitWindowTo) {
        if (!threshold || !tolerance)
            refresh(); // a value that is no score goes back to the stored one
        return;
    }
    apply(after, tr("Edit the framework's details"));
}

QString FrameworkEditor::setNodeField(const QString &code, int field, const QString &value) {
    const int i = m_fw.indexOf(code);
    if (i <= 0)
        return tr("%1 is not in the framework").arg(code);
    Framework after = m_fw;
    auto &n = after.nodes[size_t(i)];
    switch (field) {
    case 0:
        n.title.th = value.trimmed();
        break;
    case 1:
        n.title.en = value.trimmed();
        break;
    case 2: {
        const auto w = value.trimmed().isEmpty() ? std::optional<qint64>(10000)
                                                 : parseFixedPoint(value.trimmed(), 4);
        if (!w || *w <= 0 || *w > 10000)
            return tr("a weight is a number above 0 and at most 1, such as 0.30");
        n.weight = *w;
        break;
    }
    case 3: {
        // The key ("analysis") or the role's title as the tree shows it, in either language.
        std::optional<Role> role = roleFromKey(value);
        for (Role r : {Role::Analysis, Role::Implementation})
            if (value.trimmed() == roleTitle(r).th || value.trimmed() == roleTitle(r).en)
                role = r;
        if (!role)
            return tr("a role is \"analysis\", \"implementation\" or empty");
        n.role = *role;
        break;
    }
    case 4: {
        // The key ("previous_year") or the rule's title as the tree shows it.
        std::optional<DateRule> rule = dateRuleFromKey(value);
        for (DateRule r : {DateRule::AssessedYear, DateRule::PreviousYear})
            if (value.trimmed() == dateRuleTitle(r).th || value.trimmed() == dateRuleTitle(r).en)
                rule = r;
        if (!rule)
            return tr("a date rule is \"assessed_year\", \"previous_year\" or empty");
        if (*rule != DateRule::None && n.level != Level::Item)
            return tr("only an item has a date rule");
        n.dateRule = *rule;
        break;
    }
    case 5: {
        if (!value.trimmed().isEmpty() && n.level != Level::Item)
            return tr("only an item has information elements");
        // An element kept keeps its English; a new or changed one has none yet.
        std::vector<LocalizedText> elements;
        for (const QString &part : value.split(u'|')) {
            const QString th = part.simplified();
            if (th.isEmpty())
                continue;
            LocalizedText e{th, {}};
            for (const LocalizedText &old : n.elements)
                if (old.th == th)
                    e = old;
            elements.push_back(e);
        }
        n.elements = elements;
        break;
    }
    default:
        return {};
    }
    if (after.nodes[size_t(i)].title.th == m_fw.node(i).title.th &&
        after.nodes[size_t(i)].title.en == m_fw.node(i).title.en &&
        after.nodes[size_t(i)].weight == m_fw.node(i).weight &&
        after.nodes[size_t(i)].role == m_fw.node(i).role &&
        after.nodes[size_t(i)].dateRule == m_fw.node(i).dateRule &&
        after.nodes[size_t(i)].elements == m_fw.node(i).elements)
        return {};
    apply(after, tr("Edit %1").arg(code));
    return {};
}

void FrameworkEditor::treeItemChanged(QTreeWidgetItem *item, int column) {
    if (m_refreshing || column == CodeColumn) {
        if (!m_refreshing)
            refresh(); // codes are changed by removing and adding, so scores never move
        return;
    }
    const QString code = item->text(CodeColumn);
    const QString error = setNodeField(code, column - 1, item->text(column));
    if (!error.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), error);
        refresh();
    }
}

QString FrameworkEditor::addNode(const QString &parentCode, const QString &code,
                                 const QString &title) {
    StructureRow row;
    row.code = code.trimmed().toUpper();
    row.parent = parentCode.trimmed().toUpper();
    row.title = title;
    if (m_fw.indexOf(row.code) >= 0)
        return tr("code %1 is already in the framework").arg(row.code);
    if (row.parent != u"ITA" && m_fw.indexOf(row.parent) < 0)
        return tr("%1 is not in the framework").arg(row.parent);
    auto after = buildFromRows(m_fw, mergeRows(m_fw, {row}, false), tr("framework"));
    if (!after)
        return after.error();
    apply(*after, tr("Add %1 under %2").arg(row.code, row.parent));
    return {};
}

QString FrameworkEditor::removeNode(const QString &code) {
    const int i = m_fw.indexOf(code);
    if (i <= 0)
        return tr("%1 is not in the framework").arg(code);
    auto rows = structureRows(m_fw);
    // The node and everything under it.
    QSet<QString> gone{code};
    for (bool grew = true; grew;) {
        grew = false;
        for (const auto &r : rows)
            if (gone.contains(r.parent) && !gone.contains(r.code)) {
                gone.insert(r.code);
                grew = true;
            }
    }
    std::erase_if(rows, [&](const StructureRow &r) { return gone.contains(r.code); });
    auto after = buildFromRows(m_fw, rows, tr("framework"));
    if (!after)
        return after.error();
    apply(*after, tr("Remove %1").arg(code));
    return {};
}

QString FrameworkEditor::pasteRows(const QString &text, bool replaceItems) {
    auto pasted = parsePastedRows(text);
    if (!pasted)
        return pasted.error();
    auto after = buildFromRows(m_fw, mergeRows(m_fw, *pasted, replaceItems), tr("pasted rows"));
    if (!after)
        return after.error();
    // A removed role's item: carried by title, or said (carryRoles()).
    QStringList lost;
    for (const auto &[code, role] : carryRoles(m_fw, *after))
        lost << tr("%1 (role “%2”)").arg(code, roleTitle(role).in(m_thai));
    apply(*after, tr("Paste %n row(s)", nullptr, int(pasted->size())));
    if (!lost.isEmpty())
        setNote(tr("The paste removed %1: give each role to its new item in the Role column "
                   "(O25 and O26 in a FY2569 list).")
                    .arg(lost.join(QStringLiteral(", "))));
    return {};
}

void FrameworkEditor::pasteFromClipboard() {
    if (QString e = pasteRows(QApplication::clipboard()->text(), m_replaceItems->isChecked());
        !e.isEmpty())
        QMessageBox::warning(this, tr("Paste rows"), e);
}

bool FrameworkEditor::usePreset(const QString &key) {
    for (const auto &preset : ratingPresets()) {
        if (preset.key != key)
            continue;
        Framework after = m_fw;
        after.rating = preset.scheme;
        apply(after, tr("Use the rating scheme: %1").arg(preset.name.in(m_thai)));
        return true;
    }
    return false;
}

void FrameworkEditor::ratingChanged() {
    if (m_refreshing)
        return;
    Framework after = m_fw;
    after.rating.wording = RatingScheme::Wording(m_wording->currentData().toInt());
    after.rating.levels.clear();
    for (int r = 0; r < m_rating->rowCount(); ++r) {
        const auto text = [&](int c) {
            return m_rating->item(r, c) ? m_rating->item(r, c)->text().trimmed() : QString();
        };
        RatingLevel level;
        level.label = {text(LabelColumn), text(LabelEnColumn)};
        const auto min = Score::parse(text(MinColumn));
        const auto tools = text(ToolsColumn).isEmpty() ? std::optional<ParsedScore>()
                                                       : Score::parse(text(ToolsColumn));
        if (!min || (!text(ToolsColumn).isEmpty() && !tools)) {
            QMessageBox::warning(this, tr("Rating scheme"),
                                 tr("\"%1\" is not a score: write it like 85 or 92.50, with \".\" "
                                    "as the decimal mark.")
                                     .arg(!min ? text(MinColumn) : text(ToolsColumn)));
            refresh(); // the scheme stays as it was
            return;
        }
        level.minimum = min->value;
        if (tools)
            level.allToolsMinimum = tools->value;
        level.pass = m_rating->item(r, PassColumn) &&
                     m_rating->item(r, PassColumn)->checkState() == Qt::Checked;
        after.rating.levels.push_back(level);
    }
    if (after.rating == m_fw.rating)
        return;
    apply(after, tr("Edit the rating scheme"));
}

QString FrameworkEditor::save() {
    readHeader();
    const QString error = m_save ? m_save(m_fw) : QString();
    if (error.isEmpty())
        m_undo.setClean();
    return error;
}

void FrameworkEditor::reject() {
    // What is still being typed (a field or a cell with the cursor in it) counts first: Esc or
    // the window's close button must not drop it without asking.
    if (QWidget *typing = focusWidget())
        typing->clearFocus();
    readHeader();
    // Nothing typed is lost without asking.
    if (!m_undo.isClean()) {
        const auto answer = QMessageBox::question(
            this, windowTitle(), tr("The framework has changes that are not saved. Save them?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Save) {
            if (QString e = save(); !e.isEmpty()) {
                QMessageBox::warning(this, windowTitle(), e);
                return;
            }
        }
    }
    QDialog::reject();
}

namespace {

/// The editor over `framework`, checking and storing through the workspace.
bool runFrameworkEditor(Workspace &workspace, Framework framework, bool thai, QWidget *parent,
                        const QString &note = {}) {
    bool stored = false;
    FrameworkEditor editor(
        std::move(framework),
        [&workspace](const Framework &fw) {
            return workspace.database() ? FrameworkRepository(*workspace.database()).problems(fw)
                                        : checkFramework(fw);
        },
        [&workspace, &stored](const Framework &fw) {
            const QString e = workspace.saveFramework(fw);
            stored = stored || e.isEmpty();
            return e;
        },
        thai, parent);
    editor.setNote(note);
    editor.exec();
    return stored;
}

} // namespace

bool createYearFramework(Workspace &workspace, int year, bool thai, QWidget *parent) {
    if (!workspace.database() || workspace.database()->isReadOnly())
        return false;
    const FrameworkRegistry frameworks = workspace.frameworks();
    const Framework *latest = latestFramework(frameworks.all());
    if (!latest)
        return false;
    if (year == 0) {
        bool ok = false;
        year = QInputDialog::getInt(
            parent, FrameworkEditor::tr("New framework"),
            FrameworkEditor::tr("Fiscal year (BE) of the new framework, copied from %1:")
                .arg(latest->id),
            latest->fiscalYears.back() + 1, 2560, 2700, 1, &ok);
        if (!ok)
            return false;
    }
    // The rating in force for the year, said in the editor (issue 25: a copy of FY2564 kept
    // the AA–F grades the NACC replaced in FY2566).
    LocalizedText ratingNote;
    Framework copy = newYearFramework(*latest, year, &ratingNote);
    // A copy never replaces a framework of the same id: open that one instead.
    if (const Framework *taken = frameworks.byId(copy.id)) {
        QMessageBox::information(
            parent, FrameworkEditor::tr("New framework"),
            FrameworkEditor::tr("The file already has framework %1. It opens for editing instead.")
                .arg(taken->id));
        return runFrameworkEditor(workspace, *taken, thai, parent);
    }
    return runFrameworkEditor(workspace, copy, thai, parent, ratingNote.in(thai));
}

void editOpenFramework(Workspace &workspace, bool thai, QWidget *parent) {
    const AssessmentDocument *doc = workspace.document();
    if (!doc || !workspace.database())
        return;
    if (workspace.database()->isReadOnly()) {
        QMessageBox::information(
            parent, FrameworkEditor::tr("Edit the framework"),
            FrameworkEditor::tr("The file is open read-only: frameworks cannot be changed."));
        return;
    }
    auto fw = FrameworkRepository(*workspace.database()).find(doc->assessment().frameworkId);
    if (!fw) {
        QMessageBox::warning(parent, FrameworkEditor::tr("Edit the framework"), fw.error());
        return;
    }
    runFrameworkEditor(workspace, fw.take(), thai, parent);
}

} // namespace ita::gui
