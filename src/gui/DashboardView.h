#pragma once

#include "render/DashboardRenderer.h"

#include <QWidget>

#include <memory>

namespace ita {
class Workspace;
}

namespace ita::gui {

/// The executive dashboard, painted by core's DashboardRenderer. Read-only: clicking an
/// indicator's bar asks the window to show it in the scores view.
class DashboardView : public QWidget {
    Q_OBJECT
public:
    explicit DashboardView(Workspace &workspace, QWidget *parent = nullptr);

    void setThai(bool thai);
    /// Larger type for meetings.
    void setPresentation(bool on);
    /// Rebuilds the data from the open assessment, its previous year and its plan.
    void refresh();

    const DashboardData &data() const { return m_data; }
    /// The indicator under a point, after the last paint ("" when none).
    QString indicatorAt(const QPoint &point) const;

signals:
    void indicatorActivated(const QString &code);

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    Workspace &m_workspace;
    DashboardData m_data;
    std::unique_ptr<DashboardRenderer> m_renderer;
    bool m_thai = true;
    bool m_presentation = false;
};

} // namespace ita::gui
