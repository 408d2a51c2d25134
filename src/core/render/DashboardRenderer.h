#pragma once

#include <QStringList>

#include "analysis/Analysis.h"
#include "domain/Plan.h"

#include <QDate>
#include <QRectF>
#include <QString>

#include <optional>
#include <vector>

class QPainter;

namespace ita {

/// What an executive sees on the dashboard, assembled from core results.
struct DashboardData {
    QString agency;
    int fiscalYear = 0;
    std::optional<Score> overall;
    QString grade;
    LocalizedText gradePhrase; ///< "ระดับ A" or "ผลการประเมิน: ผ่าน", as the scheme words it
    std::optional<Score> previousOverall; ///< the year before, when the file holds it
    /// The shortest way to the next rating level up, when there is one: what the overall
    /// lacks, and the one item whose rise to 100.00 gives the overall most.
    struct NextLevel {
        LocalizedText level;
        Score gap;         ///< the overall's distance to the level's bound (≥ 0)
        QString item;      ///< the item that gives most on its own
        Score itemGain;    ///< what that item at 100.00 adds to the overall
        QString toolShort; ///< a tool below the level's tool condition, or ""
        std::optional<Score> toolMinimum;
    };
    std::optional<NextLevel> nextLevel;
    /// The next level's sentence: "ผ่านดี: +1.69 overall; O25 alone gives up to +5.00".
    LocalizedText nextLevelText() const;
    struct Tool {
        QString code;
        double weight = 0;
        std::optional<Score> score;
    };
    std::vector<Tool> tools;
    struct Indicator {
        QString code;
        LocalizedText title;
        std::optional<Score> score;
        Bucket bucket = Bucket::None;
    };
    std::vector<Indicator> indicators;
    Score maintainThreshold;
    Score fixedThreshold;
    int counts[4] = {0, 0, 0, 0}; ///< items per Bucket
    struct Weak {
        QString code;
        Score score;
        Bucket bucket = Bucket::None;
    };
    std::vector<Weak> weakest; ///< lowest items, up to five, with the analysis's bucket
    int findings = 0;
    bool hasPlan = false;
    struct QuarterProgress {
        int done = 0;
        int inProgress = 0;
        int overdue = 0;
        int planned = 0;
    };
    QuarterProgress quarters[4];
    struct UnitProgress {
        QString unit;
        QuarterProgress steps;
    };
    /// Per responsible unit, most overdue first (a step counts for each of its units).
    std::vector<UnitProgress> units;
    /// The plan's OIT checklist before the window (OitReadiness), when there is a plan.
    struct Oit {
        int ready = 0;
        int total = 0;
        int daysToWindow = 0;
        QStringList atRisk; ///< the items not ready, in the framework's order
        std::optional<Score> expectedOit;
        std::optional<Score> expectedOverall;
        QString expectedLevel;
    };
    std::optional<Oit> oit;
    /// "OIT พร้อม 21 จาก 26 ข้อ อีก 45 วันระบบเปิด · ยังไม่พร้อม: O3, O5 …" (empty without).
    LocalizedText oitText() const;
};

/// Builds the dashboard's data; `previous` and `plan` may be null.
DashboardData dashboardData(const Framework &framework, const Assessment &assessment,
                            const Analysis &analysis, const Analysis *previous, const Plan *plan,
                            const QDate &today);

/// Paints the dashboard into any rectangle with QPainter only: the window, a presentation
/// screen, a PNG and the PDF report all use it. Sizes follow the rectangle.
class DashboardRenderer {
public:
    struct Options {
        bool thai = true;
        double scale = 1.0; ///< type size factor (presentation mode uses more)
    };
    DashboardRenderer(const DashboardData &data, Options options);

    void paint(QPainter &painter, const QRectF &rect);
    /// The indicator whose bar (or label) is at `point` after the last paint, or "".
    QString indicatorAt(const QPointF &point) const;
    /// After a paint: texts that did not fit their place even at the smallest type (the
    /// renderer shrinks each text to fit; a non-zero count means something was cut off).
    int misfits() const { return m_misfits; }
    /// After a paint: the value written above each indicator's bar ("★ 94.80").
    const QStringList &barLabels() const { return m_barLabels; }
    /// After a paint: where the overall's rating words were drawn, and the tool tiles.
    QRectF ratingRect() const { return m_ratingRect; }
    QRectF nextLevelRect() const { return m_nextLevelRect; } ///< empty when there is none
    QRectF oitRect() const { return m_oitRect; }             ///< the OIT line; empty without
    const std::vector<QRectF> &tileRects() const { return m_tileRects; }

private:
    void paintHeadline(QPainter &p, const QRectF &r);
    void paintIndicators(QPainter &p, const QRectF &r);
    void paintWeakest(QPainter &p, const QRectF &r);
    void paintProgress(QPainter &p, const QRectF &r);
    void paintUnits(QPainter &p, const QRectF &r);
    /// A panel's bold heading at the top of `r`; returns the line height used.
    double paintHeading(QPainter &p, const QRectF &r, double size, const QString &text);

    const DashboardData &m_data;
    Options m_options;
    std::vector<std::pair<QRectF, QString>> m_barHits;
    QStringList m_barLabels;
    QRectF m_ratingRect;
    QRectF m_nextLevelRect;
    QRectF m_oitRect;
    std::vector<QRectF> m_tileRects;
    int m_misfits = 0;
};

} // namespace ita
