// Every exercise's drawing in Chromium, as the built app shows it on the exercise page and the break
// card: moving, or two still panels under reduced motion; light and dark; axe; and a gallery screenshot.
import { join } from 'node:path'
import type { Page } from 'playwright'
import { describe, expect, it } from 'vitest'
import { CATALOGUE } from '@shared/content/catalogue'
import { drawingSpecFor } from '@shared/drawings'
import { SCREENSHOT_DIR, axeViolations, browserMissing } from '../support/e2e/browser'
import { useChromiumSuite } from '../support/e2e/chromium-suite'

const missing = browserMissing()

type Motion = 'reduce' | 'no-preference'

/** What the drawing on the page is made of, as the person's browser has it. */
async function drawingOnPage(page: Page) {
  const img = page.locator('.detail-drawing [role="img"], .card-drawing [role="img"]').first()
  await img.waitFor()
  return img.evaluate((svg) => {
    const box = svg.getBoundingClientRect()
    const style = (cls: string) => {
      const el = svg.querySelector(cls)
      return el ? getComputedStyle(el) : null
    }
    return {
      name: svg.getAttribute('aria-label'),
      width: box.width,
      panels: svg.querySelectorAll('.dr-panel').length,
      animations: svg.querySelectorAll('animate').length,
      running: (svg as SVGSVGElement).animationsPaused?.() === false,
      hatch: style('.dr-feel-hatch')?.stroke ?? null,
      body: style('.dr-torso')?.fill ?? null,
      labels: [...svg.querySelectorAll('.dr-label')].map((t) => t.textContent)
    }
  })
}

describe.skipIf(missing !== null)(`exercise drawings in Chromium${missing ? ` (skipped: ${missing})` : ''}`, () => {
  const chromium = useChromiumSuite()

  for (const colorScheme of ['light', 'dark'] as const) {
    for (const motion of ['reduce', 'no-preference'] as const satisfies Motion[]) {
      it(`draws every exercise on its page, axe-clean (${colorScheme}, motion: ${motion})`, async () => {
        const limber = chromium.startLimber()
        await limber.answerSafetyQuestions()
        const page = await limber.openPage('main', { colorScheme, reducedMotion: motion, hash: '/today' })
        for (const exercise of CATALOGUE) {
          await page.evaluate((id) => (window.location.hash = `#/exercise/${id}`), exercise.id)
          await page.getByRole('heading', { level: 1, name: exercise.name }).waitFor()
          const drawing = await drawingOnPage(page)
          expect(drawing.name, exercise.id).toBe(drawingSpecFor(exercise.id)!.alt)
          expect(drawing.labels, exercise.id).toContain(drawingSpecFor(exercise.id)!.feel.label)
          // Styled by ExerciseDrawing.css: a hatched feel area in its own colour, a filled body.
          expect(drawing.hatch, exercise.id).not.toBe('none')
          expect(drawing.body, exercise.id).not.toBe(drawing.hatch)
          if (motion === 'reduce') {
            expect(drawing.panels, exercise.id).toBe(2)
            expect(drawing.animations, exercise.id).toBe(0)
          } else {
            expect(drawing.panels, exercise.id).toBe(0)
            expect(drawing.animations, exercise.id).toBeGreaterThan(3)
            expect(drawing.running, exercise.id).toBe(true)
          }
          expect(await axeViolations(page), exercise.id).toEqual([])
        }
      })
    }
  }

  for (const motion of ['reduce', 'no-preference'] as const) {
    it(`shows the same drawing on the break card, larger than before (motion: ${motion})`, async () => {
      const limber = chromium.startLimber()
      await limber.answerSafetyQuestions()
      await limber.advanceMinutes(25)
      const page = await limber.openPage('break-card', { reducedMotion: motion })
      await page.getByRole('heading', { name: 'Time to stand up' }).waitFor()
      const drawing = await drawingOnPage(page)
      const id = CATALOGUE.find((e) => e.name === drawing.name || drawingSpecFor(e.id)?.alt === drawing.name)?.id
      expect(id).toBeDefined()
      expect(drawing.width).toBeGreaterThan(200)
      expect(drawing.panels).toBe(motion === 'reduce' ? 2 : 0)
      expect(drawing.animations > 0).toBe(motion !== 'reduce')
      expect(await axeViolations(page)).toEqual([])
    })
  }

  it('writes a gallery of every drawing, still panels in light and a moving frame in dark', async () => {
    const limber = chromium.startLimber()
    await limber.answerSafetyQuestions()
    const shots: { id: string; light: string; dark: string }[] = []
    const light = await limber.openPage('main', { colorScheme: 'light', viewport: { width: 900, height: 700 } })
    for (const exercise of CATALOGUE) {
      await light.evaluate((id) => (window.location.hash = `#/exercise/${id}`), exercise.id)
      await light.getByRole('heading', { level: 1, name: exercise.name }).waitFor()
      const png = await light.locator('.detail-drawing').screenshot()
      shots.push({ id: exercise.name, light: png.toString('base64'), dark: '' })
    }
    const dark = await chromium.browser.newPage({ colorScheme: 'dark', reducedMotion: 'no-preference' })
    // The dark, moving drawings: the same page in a context that allows motion, caught mid-move.
    const darkApp = await limber.openPage('main', {
      colorScheme: 'dark',
      reducedMotion: 'no-preference',
      viewport: { width: 900, height: 700 }
    })
    for (const [i, exercise] of CATALOGUE.entries()) {
      await darkApp.evaluate((id) => (window.location.hash = `#/exercise/${id}`), exercise.id)
      await darkApp.getByRole('heading', { level: 1, name: exercise.name }).waitFor()
      const svg = darkApp.locator('.detail-drawing svg')
      // Hold the loop part way through the move (start held 1.2 s, then 2.2 s of movement).
      await svg.evaluate((el) => {
        const s = el as SVGSVGElement
        s.pauseAnimations()
        s.setCurrentTime(2.3)
      })
      shots[i]!.dark = (await darkApp.locator('.detail-drawing').screenshot()).toString('base64')
    }
    const cells = shots
      .map(
        (s) =>
          `<figure><figcaption>${s.id}</figcaption><img alt="" src="data:image/png;base64,${s.light}">` +
          `<img class="dark" alt="" src="data:image/png;base64,${s.dark}"></figure>`
      )
      .join('')
    await dark.setContent(
      `<!doctype html><html lang="en"><body style="margin:0;padding:12px;background:#f7f6f2;font:14px system-ui,sans-serif;color:#1d2327">` +
        `<div style="display:grid;grid-template-columns:repeat(3,1fr);gap:12px">${cells}</div>` +
        `<style>figure{margin:0;background:#fff;border:1px solid #c9cdd1;border-radius:8px;padding:8px}` +
        `figcaption{font-weight:600;margin-bottom:4px}img{display:block;width:100%}` +
        `img.dark{background:#15191c;margin-top:6px;border-radius:6px}</style></body></html>`
    )
    await dark.setViewportSize({ width: 1400, height: 900 })
    await dark.screenshot({ path: join(SCREENSHOT_DIR, 'drawings.png'), fullPage: true })
    await dark.close()
  })
})
