// Draws the tray icon as a raw BGRA bitmap: a ring that fills as sitting time grows, coloured by state.
// Pure pixels (no canvas, no Electron), so tests can check the ring and the platform can cache it.
import type { TrayIconState } from './tray-view'

type Rgb = readonly [number, number, number]

const STATE_COLOUR: Record<TrayIconState, Rgb> = {
  sitting: [38, 139, 130], // teal
  due: [214, 104, 24], // orange
  break: [46, 160, 67], // green
  paused: [128, 128, 128], // grey
  meeting: [56, 110, 200] // blue
}
const TRACK: Rgb = [160, 160, 160]

/** The ring is drawn in 25 steps, so at most 25 distinct icons exist per state. */
export const PROGRESS_STEPS = 25

export function quantizeProgress(progress: number): number {
  const clamped = Math.min(1, Math.max(0, Number.isFinite(progress) ? progress : 0))
  return Math.round(clamped * PROGRESS_STEPS) / PROGRESS_STEPS
}

export function renderTrayIcon(progress: number, state: TrayIconState, size: number): Uint8Array {
  const pixels = new Uint8Array(size * size * 4)
  const filled = state === 'due' ? 1 : quantizeProgress(progress)
  const centre = (size - 1) / 2
  const outer = size / 2 - 0.5
  const inner = outer - Math.max(2, size / 6)
  const colour = STATE_COLOUR[state]
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const dx = x - centre
      const dy = y - centre
      const r = Math.hypot(dx, dy)
      let rgb: Rgb | null = null
      if (r <= outer && r >= inner) {
        // Angle clockwise from twelve o'clock, 0..1.
        const turn = (Math.atan2(dx, -dy) / (2 * Math.PI) + 1) % 1
        rgb = turn < filled ? colour : TRACK
      } else if (r < inner - 1.5 && state !== 'sitting') {
        // A solid centre marks every state that is not plain sitting.
        rgb = r < inner / 2 ? colour : null
      }
      if (rgb) {
        const i = (y * size + x) * 4
        pixels[i] = rgb[2] // B
        pixels[i + 1] = rgb[1] // G
        pixels[i + 2] = rgb[0] // R
        pixels[i + 3] = 255
      }
    }
  }
  return pixels
}
