// Picks the break card's placement for this OS.
import type { CardWindowTraits } from './card-window'
import { darwinCardWindow } from './darwin'
import { linuxCardWindow } from './linux'
import { win32CardWindow } from './win32'

export { cardSize, CARD_MARGIN, type CardWindowTraits } from './card-window'

export function cardWindowFor(platform: NodeJS.Platform, wayland: boolean): CardWindowTraits {
  if (platform === 'darwin') return darwinCardWindow
  if (platform === 'win32') return win32CardWindow
  return linuxCardWindow(wayland)
}
