import { describe, expect, it } from 'vitest'
import { PROGRESS_STEPS, quantizeProgress, renderTrayIcon } from '../../../../src/main/app/tray-icon-bitmap'

const TEAL = [130, 139, 38] // B, G, R of the sitting colour
const ORANGE = [24, 104, 214]

/** Share of ring pixels in a colour. */
function share(pixels: Uint8Array, bgr: number[]): number {
  let ring = 0
  let hits = 0
  for (let i = 0; i < pixels.length; i += 4) {
    if (pixels[i + 3] === 0) continue
    ring++
    if (pixels[i] === bgr[0] && pixels[i + 1] === bgr[1] && pixels[i + 2] === bgr[2]) hits++
  }
  return hits / ring
}

describe('tray icon bitmap', () => {
  it('is a size×size BGRA bitmap', () => {
    expect(renderTrayIcon(0.3, 'sitting', 32)).toHaveLength(32 * 32 * 4)
  })

  it('fills the ring in proportion to sitting progress', () => {
    expect(share(renderTrayIcon(0, 'sitting', 64), TEAL)).toBe(0)
    expect(share(renderTrayIcon(0.5, 'sitting', 64), TEAL)).toBeCloseTo(0.5, 1)
    expect(share(renderTrayIcon(1, 'sitting', 64), TEAL)).toBeCloseTo(1, 2)
  })

  it('draws a due prompt as a full orange ring whatever the progress', () => {
    expect(share(renderTrayIcon(0.2, 'due', 64), ORANGE)).toBeGreaterThan(0.95)
  })

  it('leaves the corners transparent so it sits on any panel colour', () => {
    const pixels = renderTrayIcon(1, 'sitting', 32)
    expect(pixels[3]).toBe(0)
    expect(pixels[pixels.length - 1]).toBe(0)
  })

  it('quantizes progress into a few steps and survives nonsense', () => {
    expect(quantizeProgress(0.51) * PROGRESS_STEPS).toBe(13)
    expect(quantizeProgress(-3)).toBe(0)
    expect(quantizeProgress(7)).toBe(1)
    expect(quantizeProgress(Number.NaN)).toBe(0)
  })
})
