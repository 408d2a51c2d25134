#include "Workspace.h"
#include "storage/ServerLocation.h"

#include "storage/AgencyRepository.h"

#include "io/FrameworkReader.h"
#include "storage/AssessmentRepository.h"
#include "storage/FrameworkRepository.h"
#include "storage/ScoresWriter.h"
#include "storage/StateLedger.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace ita {

Workspace::Workspace(QObject *parent)
    : QObject(parent) {
    // Another instance on the same file (a shared folder) commits: notice it and show it.
    m_watch.setInterval(1500);
    connect(&m_watch, &QTimer::timeout, this, &Workspace::checkForExternalChanges);
    // Saves are folded from the write-ahead log into the .itadb file when the window is idle,
    // so that the file alone, copied or mailed as people do, holds everything saved.
    connect(&m_watch, &QTimer::timeout, this, [this] {
        if (m_db)
            m_db->checkpoint();
    });
    // A server's connection: looked at every 5 s, so that a lost one turns the window
    // read-only and a returned one writable again (changes come by notification).
    m_connectionWatch.setInterval(5000);
    connect(&m_connectionWatch, &QTimer::timeout, this, &Workspace::checkConnection);
    connect(&m_verifier, &QFutureWatcher<AuditLog::Verification>::finished, this,
            &Workspace::takeVerification);
}

Workspace::~Workspace() {
    stopVerification();
    m_plan.reset(); // before the database they use
    m_document.reset();
}

void Workspace::startVerification() {
    stopVerification();
    m_audit = {};
    m_audit.message = QCoreApplication::translate("ita::Workspace", "being checked");
    m_verifying = true;
    // Its own connection, read-only, in one snapshot: what the window commits meanwhile is
    // neither half seen nor taken for a change made outside.
    const QString location = m_db->location();
    const bool server = m_db->isServer();
    m_verifier.setFuture(
        QtConcurrent::run([location, server](QPromise<AuditLog::Verification> &promise) {
            AuditLog::Verification v;
            Database::Options options;
            options.readOnly = true;
            options.checkIntegrity = false; // quickCheck below, with the rest of the check
            auto db = Database::open(location, options);
            if (!db) {
                v.ok = false;
                v.message = db.error();
                promise.addResult(v);
                return;
            }
            (void)(*db)->exec(server ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ "
                                                      "READ ONLY")
                                     : QStringLiteral("BEGIN"));
            // First SQLite's own check of every page (the window opened without waiting for
            // it: seconds on a national file, issue 28); a damaged file goes no further.
            if (QString e = (*db)->quickCheck(); !e.isEmpty()) {
                (void)(*db)->exec(QStringLiteral("ROLLBACK"));
                v.ok = false;
                v.damaged = true;
                v.message = e;
                promise.addResult(v);
                return;
            }
            v = AuditLog(**db).verify([&promise](int done, int total) {
                promise.setProgressRange(0, total);
                promise.setProgressValue(done);
                return !promise.isCanceled();
            });
            (void)(*db)->exec(QStringLiteral("ROLLBACK"));
            promise.addResult(v);
        }));
    emit verificationChanged();
}

void Workspace::takeVerification() {
    if (!m_verifying)
        return; // taken already (waitForVerification), or a stopped check of a closed file
    m_verifying = false;
    const QFuture<AuditLog::Verification> f = m_verifier.future();
    if (!f.isCanceled() && f.resultCount() > 0) {
        m_audit = f.result();
        // A damaged file stays open to be looked at and exported, but nothing more is
        // written to it: a write could spread the damage.
        if (m_audit.damaged && m_db)
            m_db->makeReadOnly(
                QCoreApplication::translate("ita::Workspace", "the file is damaged"));
    } else {
        m_audit = {};
        m_audit.ok = false;
        m_audit.cancelled = true;
        m_audit.message = StateLedger::cancelled();
    }
    emit verificationChanged();
}

void Workspace::cancelVerification() {
    if (!m_verifying)
        return;
    m_verifier.cancel();
    m_verifier.waitForFinished();
    takeVerification();
}

void Workspace::waitForVerification() {
    m_verifier.waitForFinished();
    takeVerification();
}

void Workspace::stopVerification() {
    // A check of the file being closed: stopped and waited for (it ends at its next key),
    // its result dropped.
    m_verifier.cancel();
    m_verifier.waitForFinished();
    m_verifying = false;
}

QString Workspace::openFile(const QString &path, bool readOnly) {
    Database::Options options;
    // A file (or folder: SQLite writes its journal beside the file) we may not write is
    // opened read-only rather than refused: everything can still be viewed and exported.
    const QFileInfo info(path);
    m_readOnlyBecauseUnwritable = !readOnly && !ServerLocation::isServer(path) && info.exists() &&
                                  (!info.isWritable() || !Database::mayWriteFolderOf(path));
    options.readOnly = readOnly || m_readOnlyBecauseUnwritable;
    // A path that exists but holds nothing (a 0-byte file, a copy taken without its -wal) is
    // named as such, not set up as a new file over what the user meant to open.
    options.create = ServerLocation::isServer(path) || !info.exists();
    // SQLite's check of every page runs in the background check, so that the window opens at
    // once on a large file (issue 28); a file to be upgraded is still checked first (Database).
    options.checkIntegrity = false;
    auto db = Database::open(path, options);
    if (!db)
        return db.error();
    m_plan.reset();
    m_document.reset();
    m_db = db.take();
    m_assessmentsRevision = {}; // another file: its first revisions may equal the last one's
    m_db->setActor(m_actor);
    startVerification();
    m_dataVersion = m_db->dataVersion();
    m_sessions = m_db->sessions();
    if (m_db->watchChanges(this, [this] { checkForExternalChanges(); })) {
        // The store tells of every commit (a server): no polling, but its connection is
        // watched.
        m_watch.stop();
        m_connectionWatch.start();
    } else {
        m_connectionWatch.stop();
        m_watch.start();
    }
    emit documentChanged();
    emit fileChanged();
    return {};
}

void Workspace::setActor(const QString &name) {
    m_actor = name;
    if (m_db)
        m_db->setActor(name);
}

bool Workspace::checkConnection() {
    if (!m_db || !m_db->isServer())
        return true;
    const bool was = !m_db->isDisconnected();
    const bool is = m_db->checkConnection();
    // A new session (the server restarted between two looks, or an edit reconnected) has none
    // of the old one's LISTENs: ask again, and show what others did meanwhile.
    if (is && m_db->sessions() != m_sessions) {
        m_sessions = m_db->sessions();
        m_db->watchChanges(this, [this] { checkForExternalChanges(); });
        m_dataVersion = -1;
        checkForExternalChanges();
    }
    if (was != is)
        emit connectionChanged(is);
    return is;
}

bool Workspace::checkForExternalChanges() {
    if (!m_db)
        return false;
    const int version = m_db->dataVersion();
    if (version == m_dataVersion)
        return false;
    m_dataVersion = version;
    // Reopen what is shown from the file; undo history made against the old state goes.
    const qint64 id = m_document ? m_document->id() : 0;
    m_plan.reset();
    m_document.reset();
    if (id != 0) {
        if (auto doc = AssessmentDocument::open(*m_db, id)) {
            m_document = doc.take();
            openPlan();
        }
    }
    emit fileChanged();
    emit documentChanged();
    emit externalChange();
    return true;
}

void Workspace::closeFile() {
    stopVerification();
    m_watch.stop();
    m_connectionWatch.stop();
    m_plan.reset();
    m_document.reset();
    m_db.reset();
    m_assessments = {};
    m_assessmentsRevision = {};
    emit documentChanged();
    emit fileChanged();
}

AssessmentList Workspace::assessments() const {
    if (!m_db)
        return {};
    const Database::Revision now = m_db->revision();
    if (now.isValid() && now == m_assessmentsRevision)
        return m_assessments;
    auto list = AssessmentRepository(*m_db).list();
    if (!list) {
        m_assessmentsRevision = {};
        return {};
    }
    m_assessments = AssessmentList(list.take());
    m_assessmentsRevision = now;
    return m_assessments;
}

AssessmentList Workspace::assessmentsOf(const QString &agency) const {
    if (!m_db)
        return {};
    auto list = AssessmentRepository(*m_db).list(agency);
    return list ? AssessmentList(list.take()) : AssessmentList();
}

qint64 Workspace::assessmentCount() const {
    if (!m_db)
        return 0;
    const auto count = AssessmentRepository(*m_db).count();
    return count ? *count : 0;
}

std::vector<int> Workspace::fiscalYears() const {
    if (!m_db)
        return {};
    auto years = AssessmentRepository(*m_db).fiscalYears();
    return years ? years.take() : std::vector<int>();
}

qint64 Workspace::lastAssessment() const {
    if (!m_db)
        return 0;
    const auto id = AssessmentRepository(*m_db).last();
    return id ? *id : 0;
}

qint64 Workspace::findAssessment(const QString &agency, int fiscalYear) const {
    if (!m_db)
        return 0;
    const auto id = AssessmentRepository(*m_db).find(agency, fiscalYear);
    return id ? *id : 0;
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
    connect(m_document.get(), &AssessmentDocument::failed, this,
            [this] { QTimer::singleShot(0, this, &Workspace::checkForExternalChanges); });
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
    // A refused store (another instance changed the plan) shows the stored plan at once.
    connect(m_plan.get(), &PlanDocument::failed, this,
            [this] { QTimer::singleShot(0, this, &Workspace::checkForExternalChanges); });
    connect(m_document.get(), &AssessmentDocument::changed, m_plan.get(),
            [this] { m_plan->setAnalysis(m_document->analysis()); });
}

QString Workspace::createAssessment(const QString &agency, int fiscalYear,
                                    const QString &frameworkId) {
    if (!m_db)
        return QCoreApplication::translate("ita::Workspace", "no file is open");
    auto id = AssessmentRepository(*m_db).create(agency, fiscalYear, frameworkId, frameworks());
    if (!id)
        return id.error();
    emit fileChanged();
    return openAssessment(*id);
}

QString Workspace::setAgencyAttributes(const QString &agency, const AgencyAttributes &attributes) {
    if (!m_db)
        return QCoreApplication::translate("ita::Workspace", "no file is open");
    if (QString e = AgencyRepository(*m_db).setAttributes(agency, attributes,
                                                          AgencyRepository::Empty::Clears);
        !e.isEmpty())
        return e;
    emit fileChanged();
    return {};
}

QString Workspace::storeImported(const std::vector<Assessment> &assessments, bool replace) {
    const FrameworkRegistry registry = frameworks();
    // The command line's writer for the store: the same rows, ledger and audit records as
    // AssessmentRepository::save(), in a file at some fifteen times its speed (a thousand
    // agencies' file took seconds). The window has asked whether an agency of the same name
    // with other details is the same one before this is called: the file's details then
    // replace them.
    std::vector<std::pair<QString, AgencyAttributes>> attributes;
    for (const Assessment &a : assessments)
        if (!a.attributes.isEmpty())
            attributes.emplace_back(a.agency, a.attributes);
    const auto writer = ScoresWriter::forDatabase(*m_db, registry, {replace, true});
    return m_db->transact([&]() -> QString {
        if (QString e = writer->start(); !e.isEmpty())
            return e;
        for (const Assessment &a : assessments)
            if (QString e = writer->take(a, true, 0); !e.isEmpty())
                return e;
        if (const auto late = writer->late(true); !late.empty())
            return late.front().text;
        return writer->finish(attributes);
    });
}

QString Workspace::importAssessments(const std::vector<Assessment> &assessments, bool replace) {
    if (!m_db)
        return QCoreApplication::translate("ita::Workspace", "no file is open");
    const qint64 openId = m_document ? m_document->id() : 0;
    if (QString e = storeImported(assessments, replace); !e.isEmpty())
        return e;
    return reopenAfterImport(openId);
}

FileImport Workspace::importFile(const QString &path, const ImportOptions &options, bool replace,
                                 std::vector<ScoresWriter::Imported> *imported) {
    FileImport result;
    if (!m_db) {
        result.failure = QCoreApplication::translate("ita::Workspace", "no file is open");
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.failure = QStringLiteral("%1: %2").arg(path, file.errorString());
        return result;
    }
    const qint64 openId = m_document ? m_document->id() : 0;
    const FrameworkRegistry registry = frameworks();
    const auto writer = ScoresWriter::forDatabase(*m_db, registry, {replace, true});
    result = importScoresFile(*m_db, *writer, file, QFileInfo(path).fileName(), registry, options);
    if (!result.ok())
        return result;
    if (imported)
        *imported = writer->imported();
    result.warning = reopenAfterImport(openId);
    return result;
}

QString Workspace::reopenAfterImport(qint64 openId) {
    // A replaced assessment keeps its id; reload it so the window shows the new scores.
    m_plan.reset();
    m_document.reset();
    emit documentChanged(); // views drop the old document before anything else happens
    emit fileChanged();
    if (openId == 0) {
        emit documentChanged();
        return {};
    }
    if (QString e = openAssessment(openId); !e.isEmpty())
        return QCoreApplication::translate("ita::Workspace",
                                           "the scores were stored, but the open assessment "
                                           "could not be opened again: %1")
            .arg(e);
    return {};
}

FrameworkRegistry Workspace::frameworks() const {
    if (m_db)
        if (auto r = FrameworkRepository(*m_db).registry())
            return r.take();
    return FrameworkRegistry::builtIn();
}

QString Workspace::saveFramework(const Framework &framework) {
    if (!m_db)
        return QCoreApplication::translate("ita::Workspace", "no file is open");
    if (QString e = FrameworkRepository(*m_db).save(framework); !e.isEmpty())
        return e;
    emit fileChanged();
    if (m_document && m_document->assessment().frameworkId == framework.id) {
        const qint64 id = m_document->id();
        m_plan.reset();
        m_document.reset();
        emit documentChanged();
        if (QString e = openAssessment(id); !e.isEmpty())
            return QCoreApplication::translate("ita::Workspace",
                                               "the framework was stored, but the open "
                                               "assessment could not be opened again: %1")
                .arg(e);
    }
    return {};
}

QString Workspace::saveCopy(const QString &path) const {
    if (!m_db)
        return QCoreApplication::translate("ita::Workspace", "no file is open");
    QFile::remove(path);
    return m_db->saveCopy(path);
}

} // namespace ita
