// Exercise mode in Chromium with the real main-process handlers: the full-window player fits 1280×720
// and 800×600 mid-hold without scrolling, the lead-in comes before the first hold, "Stop: this hurts"
// records sharp feedback, one exercise plays from its page, and axe finds nothing in any state.
import { join } from 'node:path'
import type { Page } from 'playwright'
import { describe, expect, it } from 'vitest'
import { findExercise } from '@shared/content/catalogue'
import { WARNING_SIGN_INFO } from '@shared/content/warning-signs'
import { stopRuleFor } from '@shared/content/stop-rule'
import { SCREENSHOT_DIR, axeViolations, browserMissing } from '../support/e2e/browser'
import type { E2eApp } from '../support/e2e/e2e-app'
import { useChromiumSuite } from '../support/e2e/chromium-suite'

const missing = browserMissing()

async function answerNoToEverything(page: Page): Promise<void> {
  // A first run may open with a welcome (its own e2e walks it): skip it to the questions.
  const skip = page.getByRole('button', { name: 'Skip the welcome' })
  await skip
    .or(page.getByRole('heading', { name: /Before you start/ }))
    .first()
    .waitFor()
  if ((await skip.count()) > 0) await skip.click()
  const card = page.getByRole('region', { name: /Before you start/ })
  for (const sign of WARNING_SIGN_INFO) {
    await card.getByRole('group', { name: sign.question }).getByRole('radio', { name: 'No' }).check()
  }
  await card.getByRole('button', { name: 'Save my answers' }).click()
  await page.getByRole('heading', { name: 'Your programme' }).waitFor()
}

interface Box {
  x: number
  y: number
  width: number
  height: number
}

/** What a person on the floor must see, measured as the browser lays it out. */
async function measure(page: Page) {
  return page.evaluate(() => {
    const box = (selector: string): Box | null => {
      const el = document.querySelector(selector)
      if (!el) return null
      const r = el.getBoundingClientRect()
      return { x: r.x, y: r.y, width: r.width, height: r.height }
    }
    const button = (name: string): Box | null => {
      const el = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim().startsWith(name))
      if (!el) return null
      const r = el.getBoundingClientRect()
      return { x: r.x, y: r.y, width: r.width, height: r.height }
    }
    const countdown = document.querySelector('.play .timer-big')
    const scroller = document.scrollingElement!
    return {
      viewport: { width: window.innerWidth, height: window.innerHeight },
      scroll: { height: scroller.scrollHeight, width: scroller.scrollWidth },
      drawing: box('.play-drawing svg'),
      countdown: box('.play .timer-big'),
      countdownFontPx: countdown ? parseFloat(getComputedStyle(countdown).fontSize) : 0,
      cue: box('.play .timer-step'),
      pause: button('Pause'),
      next: button('Next'),
      hurts: button('Stop: this hurts')
    }
  })
}

function inView(box: Box | null, viewport: { width: number; height: number }): boolean {
  return (
    box !== null &&
    box.width > 0 &&
    box.height > 0 &&
    box.x >= 0 &&
    box.y >= 0 &&
    box.x + box.width <= viewport.width + 0.5 &&
    box.y + box.height <= viewport.height + 0.5
  )
}

describe.skipIf(missing !== null)(`exercise mode in Chromium${missing ? ` (skipped: ${missing})` : ''}`, () => {
  const chromium = useChromiumSuite()
  let limber: E2eApp

  async function openMorningRoutine(colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
    limber = chromium.startLimber()
    const page = await limber.openPage('main', { fakeClock: true, colorScheme })
    await answerNoToEverything(page)
    await page.setViewportSize({ width: 1280, height: 720 })
    await page.goto(`${chromium.url}/index.html#/player/morning`)
    await page.getByRole('heading', { name: 'Knee to chest' }).waitFor()
    return page
  }

  it('gives time to get into position before the first hold, then counts the hold', async () => {
    const page = await openMorningRoutine()
    expect(await page.getByRole('navigation', { name: 'Limber' }).isVisible()).toBe(false)
    await page.keyboard.press('Space')
    await page.getByText('Get into position', { exact: true }).waitFor()
    expect(await page.locator('.play .timer-big').textContent()).toMatch(/^10\b/)
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'exercise-mode-lead-in.png') })
    await page.clock.runFor(9_000)
    expect(await page.locator('.play .timer-step').textContent()).toBe('Get into position')
    await page.clock.runFor(1_500)
    expect(await page.locator('.play .timer-step').textContent()).toBe('Left side: hold')
    expect(await page.locator('.play .timer-big').textContent()).toMatch(/^30\b/)
  })

  it('shows the drawing, a countdown readable from the floor, the cue and the controls mid-hold at 1280×720 and 800×600, without scrolling', async () => {
    const page = await openMorningRoutine()
    await page.keyboard.press('Space')
    await page.clock.runFor(10_500)
    await page.clock.runFor(12_000)
    expect(await page.locator('.play .timer-step').textContent()).toBe('Left side: hold')
    // Before and during the hold: the exercise's own stop rule, word for word as on its page.
    const rules = [stopRuleFor(findExercise('knee-to-chest')!)]
    expect(await page.locator('.play-stop-rule').allTextContents()).toEqual(rules)
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'exercise-mode.png') })

    for (const [width, height, minDrawing] of [
      [1280, 720, 360],
      [800, 600, 240]
    ] as const) {
      await page.setViewportSize({ width, height })
      if (width === 800) await page.screenshot({ path: join(SCREENSHOT_DIR, 'exercise-mode-800.png') })
      const m = await measure(page)
      const where = `${width}×${height}`
      expect(m.scroll, where).toEqual({ width, height })
      expect(m.drawing!.width, where).toBeGreaterThanOrEqual(minDrawing)
      expect(m.countdownFontPx, where).toBeGreaterThanOrEqual(64)
      for (const [name, box] of Object.entries({
        drawing: m.drawing,
        countdown: m.countdown,
        cue: m.cue,
        pause: m.pause,
        next: m.next,
        hurts: m.hurts
      })) {
        expect(inView(box, m.viewport), `${name} at ${where}: ${JSON.stringify(box)}`).toBe(true)
      }
    }
    // 200 % zoom of 1280×720 lays out like a 640×360 window: one column, scrolling down, never sideways.
    await page.setViewportSize({ width: 640, height: 360 })
    const zoomed = await measure(page)
    expect(zoomed.scroll.width).toBe(640)
    expect(zoomed.countdownFontPx).toBeGreaterThanOrEqual(64)
    expect(zoomed.pause!.x + zoomed.pause!.width).toBeLessThanOrEqual(640)
  })

  it('records sharp feedback when "Stop: this hurts" is pressed mid-hold, and plays that exercise gentler next time', async () => {
    const page = await openMorningRoutine()
    await page.keyboard.press('Space')
    await page.clock.runFor(10_500)
    await page.clock.runFor(5_000)
    await page.getByRole('button', { name: 'Stop: this hurts' }).click()
    await page.getByText(/Dial back now/).waitFor()
    await expect
      .poll(() =>
        limber
          .logEvents()
          .filter((e) => e.type === 'exercise-completed')
          .map((e) => e.type === 'exercise-completed' && [e.exerciseId, e.feedback])
      )
      .toEqual([['knee-to-chest', 'sharp']])
    await page.goto(`${chromium.url}/index.html#/exercise/knee-to-chest`)
    await page.getByText(/Dialled back after a sharp rating/).waitFor()
    expect(await page.getByRole('navigation', { name: 'Limber' }).isVisible()).toBe(true)
  })

  it('plays one exercise from its page: lead-in skipped with S, Esc goes back to the page, logged as that exercise only', async () => {
    limber = chromium.startLimber()
    const page = await limber.openPage('main', { fakeClock: true })
    await answerNoToEverything(page)
    await page.goto(`${chromium.url}/index.html#/exercise/cat-cow`)
    await page.getByRole('link', { name: 'Play this exercise' }).click()
    await page.getByRole('heading', { name: 'Cat-cow', level: 2 }).waitFor()
    await page.keyboard.press('Space')
    await page.getByText('Get into position', { exact: true }).waitFor()
    await page.keyboard.press('s')
    await page.getByRole('button', { name: 'Pause' }).waitFor()
    expect(await page.locator('.play .timer-step').textContent()).toMatch(/slow repetitions/)
    await page.clock.runFor(10 * 60_000)
    await page.getByRole('button', { name: /Fine/ }).click()
    await page.getByRole('heading', { name: 'Well done' }).waitFor()
    await expect
      .poll(() => limber.logEvents().filter((e) => e.type === 'exercise-completed'))
      .toMatchObject([{ exerciseId: 'cat-cow', feedback: 'fine' }])
    expect(limber.logEvents().some((e) => e.type === 'routine-started' || e.type === 'routine-completed')).toBe(false)

    await page.getByRole('button', { name: 'Back to the exercise page' }).click()
    await page.getByRole('link', { name: 'Play this exercise' }).click()
    await page.getByRole('heading', { name: 'Cat-cow', level: 2 }).waitFor()
    await page.keyboard.press('Escape')
    await page.getByRole('heading', { name: 'Cat-cow', level: 1 }).waitFor()
    expect(page.url()).toMatch(/#\/exercise\/cat-cow$/)
  })

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations in any player state (${colorScheme}, with and without reduced motion)`, async () => {
      const page = await openMorningRoutine(colorScheme)
      for (const reducedMotion of ['reduce', 'no-preference'] as const) {
        await page.emulateMedia({ colorScheme, reducedMotion })
        const where = `${colorScheme}, ${reducedMotion}`
        if (reducedMotion === 'reduce') {
          expect(await axeViolations(page), `intro ${where}`).toEqual([])
          await page.keyboard.press('Space')
          expect(await axeViolations(page), `lead-in ${where}`).toEqual([])
          await page.clock.runFor(10_500)
          await page.clock.runFor(12_000)
        }
        expect(await axeViolations(page), `mid-hold ${where}`).toEqual([])
        await page.keyboard.press('i')
        await page.getByRole('complementary', { name: 'Steps and care' }).waitFor()
        expect(await axeViolations(page), `steps panel ${where}`).toEqual([])
        await page.keyboard.press('i')
      }
      if (colorScheme === 'dark') await page.screenshot({ path: join(SCREENSHOT_DIR, 'exercise-mode-dark.png') })
      // In a small window the steps panel scrolls: it must be reachable by keyboard too.
      await page.setViewportSize({ width: 800, height: 600 })
      await page.keyboard.press('i')
      expect(await axeViolations(page), 'steps panel at 800×600').toEqual([])
      await page.keyboard.press('i')
      await page.clock.runFor(10 * 60_000)
      await page.getByRole('heading', { name: /How did .* feel\?/ }).waitFor()
      expect(await axeViolations(page), 'feedback').toEqual([])
    })
  }
})
