#pragma once

#include <QRect>
#include <QSize>

class QWidget;

namespace ita::gui {

/// Room a window manager takes around a window (title bar and frame) that Qt's size does not
/// include. Generous on purpose: a window a little smaller than it could be is harmless, one
/// whose buttons fall off the screen is not.
inline constexpr QSize kWindowFrameAllowance{16, 40};

/// The size a top-level window should open at: `preferred`, shrunk to what `available`
/// leaves after the frame allowance, and never below `minimum`.
QSize fittedSize(QSize preferred, QSize minimum, const QRect &available);

/// Resizes `window` to fittedSize() on the screen it will show on (its parent's, else the
/// primary screen) and centres it there. Every dialog with a preferred size calls this
/// instead of resize(), so a 1366×768 office laptop shows its buttons.
void fitToScreen(QWidget *window, QSize preferred);

} // namespace ita::gui
