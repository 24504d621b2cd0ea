// Windows: bottom-right corner of the work area (clear of the taskbar), topmost.
import { cornerPosition } from '../../app/window-placement'
import type { CardWindowTraits } from './card-window'

export const win32CardWindow: CardWindowTraits = {
  position: cornerPosition,
  raise: (window) => window.setAlwaysOnTop(true, 'floating')
}
