#pragma once

#include "document/AssessmentDocument.h"
#include "document/PlanDocument.h"
#include "io/FrameworkReader.h"
#include "storage/AssessmentRepository.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/ScoresFileImport.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <memory>

namespace ita {

/// The open .itadb file and the assessment open in it: what a window shows.
class Workspace : public QObject {
    Q_OBJECT
public:
    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    /// Opens (or creates) a file; the previous one is closed only when this succeeds.
    [[nodiscard]] QString openFile(const QString &path, bool readOnly = false);
    void closeFile();
    Database *database() const { return m_db.get(); }
    QString filePath() const { return m_db ? m_db->path() : QString(); }

    /// Every assessment in the file, by agency then year. Read once per revision of the file
    /// (Database::revision): the navigator, the portfolio and the trends all ask when a file
    /// opens, and the national file holds 41,500 (issue 28).
    AssessmentList assessments() const;
    /// What the window needs when a file opens, without reading every assessment: one
    /// agency's assessments by year; how many there are; the years, newest first; the id of
    /// the newest year of the last agency (the last of assessments()) and of an agency's year
    /// (0 when there is none).
    AssessmentList assessmentsOf(const QString &agency) const;
    qint64 assessmentCount() const;
    std::vector<int> fiscalYears() const;
    qint64 lastAssessment() const;
    qint64 findAssessment(const QString &agency, int fiscalYear) const;

    [[nodiscard]] QString openAssessment(qint64 id);
    AssessmentDocument *document() const { return m_document.get(); }
    /// The plan that answers the open assessment (the fiscal year after it); created empty,
    /// and stored at its first edit, when the file has none.
    PlanDocument *planDocument() const { return m_plan.get(); }

    /// Creates an empty assessment and opens it.
    [[nodiscard]] QString createAssessment(const QString &agency, int fiscalYear,
                                           const QString &frameworkId);
    /// Stores imported assessments in one transaction (see AssessmentRepository::save; a file
    /// through SqliteScoresWriter, the command line's writer).
    [[nodiscard]] QString importAssessments(const std::vector<Assessment> &assessments,
                                            bool replace);
    /// Stores a scores file (a CSV streamed, or an assessment JSON) in one transaction through
    /// the store's writer, as the command line imports it: the file is read again, never held
    /// whole, and any error stores nothing. The agencies' details the file gives replace stored
    /// ones (the window asks first). `imported` gets what was stored, in the file's order.
    [[nodiscard]] FileImport importFile(const QString &path, const ImportOptions &options,
                                        bool replace,
                                        std::vector<ScoresWriter::Imported> *imported = nullptr);
    /// Sets an agency's province, group and parent (an empty field clears it), audited; the
    /// navigator and the portfolio follow (fileChanged).
    [[nodiscard]] QString setAgencyAttributes(const QString &agency,
                                              const AgencyAttributes &attributes);
    /// The frameworks imports and new assessments use: the file's, then the built-in ones.
    FrameworkRegistry frameworks() const;
    /// Stores a framework the group built or edited (see FrameworkRepository::save); the
    /// open assessment is reopened when it uses it, so every view follows.
    [[nodiscard]] QString saveFramework(const Framework &framework);
    /// A consistent copy of the whole file (VACUUM INTO), for "Save a Copy As".
    [[nodiscard]] QString saveCopy(const QString &path) const;

    /// The audit trail's check, made when the file was opened.
    /// The file's integrity as its check found it. The check (the audit trail's chain and
    /// seal, and every stored row against its sealed digest) runs off the window's thread on a
    /// connection of its own, in one read snapshot, started when the file opens: until it ends
    /// isVerifying() is true and this says nothing is known yet.
    const AuditLog::Verification &auditVerification() const { return m_audit; }
    bool isVerifying() const { return m_verifying; }
    /// The check's future: progress (keys checked of all) for the banner.
    const QFutureWatcher<AuditLog::Verification> &verifier() const { return m_verifier; }
    /// Stops the check; the verification then says it was stopped (cancelled).
    void cancelVerification();
    /// Blocks until the check has ended and its result is taken (tests, the command line).
    void waitForVerification();
    /// Opened read-only because the file or its folder cannot be written.
    bool readOnlyBecauseUnwritable() const { return m_readOnlyBecauseUnwritable; }
    /// The name the audit trail records for this user (empty: the OS user).
    void setActor(const QString &name);
    /// When another instance committed to the file since the last look, reopens the shown
    /// assessment and plan from it and says so (externalChange). Polled every 1.5 s for a
    /// file; on a server, run when the server notifies a commit (LISTEN/NOTIFY).
    bool checkForExternalChanges();
    /// A server's connection: tried every 5 s; a lost one makes everything read-only until it
    /// returns (connectionChanged). True when usable.
    bool checkConnection();

signals:
    void fileChanged();     ///< another file, or its list of assessments changed
    void documentChanged(); ///< another assessment is open (or none)
    void externalChange();  ///< another instance changed the file; the views were reloaded
    void connectionChanged(bool connected); ///< a server's connection was lost or came back
    /// The integrity check started or ended (auditVerification() holds its result).
    void verificationChanged();

private:
    /// After an import: the documents reloaded, the one that was open opened again.
    QString reopenAfterImport(qint64 openId);
    void startVerification();
    void takeVerification();
    void stopVerification();
    [[nodiscard]] QString storeImported(const std::vector<Assessment> &assessments, bool replace);
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AssessmentDocument> m_document;
    std::unique_ptr<PlanDocument> m_plan;
    AuditLog::Verification m_audit;
    QFutureWatcher<AuditLog::Verification> m_verifier;
    bool m_verifying = false;
    QString m_actor;
    QTimer m_watch;
    QTimer m_connectionWatch;
    /// What assessments() last read, and at which revision of the file.
    mutable AssessmentList m_assessments;
    mutable Database::Revision m_assessmentsRevision;
    int m_dataVersion = 0;
    int m_sessions = 0; ///< the server session the notifications were asked on
    bool m_readOnlyBecauseUnwritable = false;
    void openPlan();
};

} // namespace ita
