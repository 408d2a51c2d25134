#include "Workspace.h"

#include "io/FrameworkReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace ita {

Workspace::Workspace(QObject *parent)
    : QObject(parent) {}

Workspace::~Workspace() {
    m_plan.reset(); // before the database they use
    m_document.reset();
}

QString Workspace::openFile(const QString &path, bool readOnly) {
    Database::Options options;
    options.readOnly = readOnly;
    auto db = Database::open(path, options);
    if (!db)
        return db.error();
    m_plan.reset();
    m_document.reset();
    m_db = db.take();
    emit documentChanged();
    emit fileChanged();
    return {};
}

void Workspace::closeFile() {
    m_plan.reset();
    m_document.reset();
    m_db.reset();
    emit documentChanged();
    emit fileChanged();
}

std::vector<AssessmentSummary> Workspace::assessments() const {
    if (!m_db)
        return {};
    auto list = AssessmentRepository(*m_db).list();
    return list ? *list : std::vector<AssessmentSummary>();
}

QString Workspace::openAssessment(qint64 id) {
    if (!m_db)
        return QCoreApplication::translate("ita::Workspace", "no file is open");
    if (m_document && m_document->id() == id)
        return {};
    auto doc = AssessmentDocument::open(*m_db, id);
    if (!doc)
        return doc.error();
    m_plan.reset();
    m_document = doc.take();
    openPlan();
    emit documentChanged();
    return {};
}

void Workspace::openPlan() {
    m_plan.reset();
    if (!m_db || !m_document)
        return;
    const Assessment &a = m_document->assessment();
    auto plan = PlanDocument::open(*m_db, a.agency, a.fiscalYear + 1);
    if (!plan)
        return;
    m_plan = plan.take();
    m_plan->setAnalysis(m_document->analysis());
    connect(m_document.get(), &AssessmentDocument::changed, m_plan.get(),
            [this] { m_plan->setAnalysis(m_document->analysis()); });
}

QString Workspace::createAssessment(const QString &agency, int fiscalYear,
                                    const QString &frameworkId) {
    if (!m_db)
        return QCoreApplication::translate("ita::Workspace", "no file is open");
    auto id = AssessmentRepository(*m_db).create(agency, fiscalYear, frameworkId,
                                                 FrameworkRegistry::builtIn());
    if (!id)
        return id.error();
    emit fileChanged();
    return openAssessment(*id);
}

QString Workspace::importAssessments(const std::vector<Assessment> &assessments, bool replace) {
    if (!m_db)
        return QCoreApplication::translate("ita::Workspace", "no file is open");
    const qint64 openId = m_document ? m_document->id() : 0;
    if (QString e =
            AssessmentRepository(*m_db).save(assessments, FrameworkRegistry::builtIn(), replace);
        !e.isEmpty())
        return e;
    // A replaced assessment keeps its id; reload it so the window shows the new scores.
    m_plan.reset();
    m_document.reset();
    emit documentChanged(); // views drop the old document before anything else happens
    emit fileChanged();
    if (openId != 0)
        openAssessment(openId);
    else
        emit documentChanged();
    return {};
}

QString Workspace::saveCopy(const QString &path) const {
    if (!m_db)
        return QCoreApplication::translate("ita::Workspace", "no file is open");
    QFile::remove(path);
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(path);
    return q.exec() ? QString() : q.lastError().text();
}

} // namespace ita
