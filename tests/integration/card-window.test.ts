// The break card's window on the built main process and the strict stand-in, per OS persona: it takes
// the height its content asks for ('card:fit'), grows with the page zoom, never leaves the work area,
// keeps its corner where the OS lets Limber place windows, and only the card itself can resize it.
import { afterEach, describe, expect, it } from 'vitest'
import { bundleMissing, startMain, type MainHarness } from '../support/main-harness'

const missing = bundleMissing()
let app: MainHarness | null = null
afterEach(async () => {
  await app?.stop()
  app = null
})

/** The stand-in's primary display: 1920×1080 with a 40 px taskbar; the card keeps 16 px clear of its edges. */
const WORK = { width: 1920, height: 1040 }
const MARGIN = 16

const PERSONAS = [
  { name: 'Windows', options: { platform: 'win32' as const }, placed: true },
  { name: 'macOS', options: { platform: 'darwin' as const }, placed: true },
  { name: 'Linux on X11', options: { platform: 'linux' as const }, placed: true },
  {
    name: 'Linux on Wayland',
    options: { platform: 'linux' as const, persona: { wayland: true }, env: { XDG_SESSION_TYPE: 'wayland' } },
    placed: false
  }
]

async function openCard(options: (typeof PERSONAS)[number]['options']) {
  const harness = await startMain({ ...options, argv: ['--hidden'] })
  app = harness
  await harness.minutes(25)
  const card = harness.window('break-card')
  if (!card) throw new Error('no break card after 25 minutes')
  return { harness, card }
}

describe.skipIf(missing !== null)(`break card window${missing ? ` (skipped: ${missing})` : ''}`, () => {
  for (const persona of PERSONAS) {
    it(`${persona.name}: sized to its content, in the corner where Limber may place it`, async () => {
      const { harness, card } = await openCard(persona.options)
      const before = card.getBounds()
      expect(await harness.invoke(card, 'card:fit', { height: 540 })).toMatchObject({ ok: true })
      const fitted = card.getBounds()
      expect(fitted).toMatchObject({ width: 400, height: 540 })
      // Smaller than it opened, yet the user still cannot drag its edges.
      expect(fitted.height).toBeLessThan(before.height)
      expect(card.isResizable()).toBe(false)
      if (persona.placed) {
        expect(fitted).toMatchObject({ x: WORK.width - 400 - MARGIN, y: WORK.height - 540 - MARGIN })
      } else {
        // The compositor placed it; a client can resize itself but not move.
        expect(fitted).toMatchObject({ x: before.x, y: before.y })
      }
    })

    it(`${persona.name}: at 200 % zoom it grows to match, but never beyond the work area`, async () => {
      const { harness, card } = await openCard(persona.options)
      card.webContents.zoomFactor = 2
      await harness.invoke(card, 'card:fit', { height: 300 })
      expect(card.getBounds()).toMatchObject({ width: 800, height: 600 })
      await harness.invoke(card, 'card:fit', { height: 900 })
      const tall = card.getBounds()
      expect(tall).toMatchObject({ width: 800, height: WORK.height - 2 * MARGIN })
      if (persona.placed) {
        expect(tall.y).toBe(MARGIN)
        expect(tall.x + tall.width).toBe(WORK.width - MARGIN)
      }
    })
  }

  it('only the card can resize the card: a fit request from the main window changes nothing', async () => {
    const { harness, card } = await openCard({ platform: 'win32' })
    harness.tray().clickItem('open')
    await harness.advance(0)
    const before = card.getBounds()
    await harness.invoke(harness.window('main')!, 'card:fit', { height: 300 })
    expect(card.getBounds()).toEqual(before)
  })

  it('a fit request that is not a sane height is refused before it reaches the window', async () => {
    const { harness, card } = await openCard({ platform: 'win32' })
    const before = card.getBounds()
    for (const height of [-5, 0, Number.NaN, 1e9, '600']) {
      expect(await harness.invoke(card, 'card:fit', { height })).toMatchObject({ ok: false })
    }
    expect(card.getBounds()).toEqual(before)
  })
})
