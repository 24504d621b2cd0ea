// How the break card is placed, sized and kept in view, per OS behind one port.
import type { BrowserWindow } from 'electron'
import { BREAK_CARD_SIZE, type Rect } from '../../app/window-placement'

export interface CardWindowTraits {
  /** Where the card goes in the work area, or null where the compositor places windows itself. */
  position(workArea: Rect, size: { width: number; height: number }): { x: number; y: number } | null
  /** Keeps the card above other windows as far as this OS allows, without taking focus. */
  raise(window: BrowserWindow): void
}

/** Space kept between the card and the work area's edges. */
export const CARD_MARGIN = 16
/** The card is never shorter than this: a header, a line and the answers. */
const CARD_MIN_HEIGHT = 240

/**
 * The card's window size for its content: `contentHeight` CSS pixels at page zoom `zoom` (the window
 * is in device-independent pixels, so both sides grow with the zoom), never beyond the work area less
 * a margin. Where the content is taller, the card scrolls its stretch and keeps the answers in view.
 */
export function cardSize(workArea: Rect, contentHeight: number, zoom: number): { width: number; height: number } {
  const z = Number.isFinite(zoom) && zoom > 0 ? zoom : 1
  const room = { width: workArea.width - 2 * CARD_MARGIN, height: workArea.height - 2 * CARD_MARGIN }
  const width = Math.max(1, Math.min(Math.round(BREAK_CARD_SIZE.width * z), room.width))
  const wanted = Math.max(CARD_MIN_HEIGHT, Math.ceil(contentHeight * z))
  return { width, height: Math.max(1, Math.min(wanted, room.height)) }
}
