// Linux. On X11: bottom-right corner, above other windows (EWMH _NET_WM_STATE_ABOVE). On native
// Wayland clients can neither place windows nor keep them on top: the compositor places the card
// (GNOME centres it) and ignores always-on-top; showInactive still avoids taking focus where the
// compositor honours it.
import { cornerPosition } from '../../app/window-placement'
import type { CardWindowTraits } from './card-window'

export function linuxCardWindow(wayland: boolean): CardWindowTraits {
  return {
    position: wayland ? () => null : cornerPosition,
    raise: (window) => window.setAlwaysOnTop(true, 'floating')
  }
}
