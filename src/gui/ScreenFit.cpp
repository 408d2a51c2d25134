#include "ScreenFit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

#include <algorithm>

namespace ita::gui {

QSize fittedSize(QSize preferred, QSize minimum, const QRect &available) {
    const QSize room = available.size() - kWindowFrameAllowance;
    return {std::max(minimum.width(), std::min(preferred.width(), room.width())),
            std::max(minimum.height(), std::min(preferred.height(), room.height()))};
}

void fitToScreen(QWidget *window, QSize preferred) {
    const QWidget *anchor = window->parentWidget() ? window->parentWidget()->window() : nullptr;
    QScreen *screen = anchor ? anchor->screen() : window->screen();
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (!screen) {
        window->resize(preferred);
        return;
    }
    const QRect available = screen->availableGeometry();
    const QSize size = fittedSize(preferred, window->minimumSizeHint(), available);
    window->resize(size);
    QRect frame(QPoint(), size);
    frame.moveCenter(available.center());
    window->move(frame.topLeft().y() < available.top() ? QPoint(frame.left(), available.top())
                                                       : frame.topLeft());
}

} // namespace ita::gui
