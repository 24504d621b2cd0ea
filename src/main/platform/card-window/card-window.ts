// How the break card is placed and kept in view, per OS behind one port.
import type { BrowserWindow } from 'electron'
import type { Rect } from '../../app/window-placement'

export interface CardWindowTraits {
  /** Where the card goes in the work area, or null where the compositor places windows itself. */
  position(workArea: Rect, size: { width: number; height: number }): { x: number; y: number } | null
  /** Keeps the card above other windows as far as this OS allows, without taking focus. */
  raise(window: BrowserWindow): void
}
