// macOS: bottom-right corner, above full-screen apps and on every Space. The 'floating' level stays
// behind a full-screen app's Space, so the card uses 'screen-saver' plus visibleOnFullScreen.
import { cornerPosition } from '../../app/window-placement'
import type { CardWindowTraits } from './card-window'

export const darwinCardWindow: CardWindowTraits = {
  position: cornerPosition,
  raise(window) {
    window.setAlwaysOnTop(true, 'screen-saver')
    window.setVisibleOnAllWorkspaces(true, { visibleOnFullScreen: true })
  }
}
