// The built break card in Chromium, bound to the real main-process handlers: what it shows when a
// break is due, that it fits its window (sized to its content as main sizes it) at 100 % and 200 %
// zoom with the answers in view, its answers reaching the engine, Esc, the states after Done and for
// "Take a break now", "Another stretch", the rating landing in the log, the Skip form, and axe.
import { join } from 'node:path'
import type { Page } from 'playwright'
import { describe, expect, it } from 'vitest'
import { CATALOGUE } from '@shared/content/catalogue'
import { cardSize } from '../../src/main/platform/card-window/card-window'
import { SCREENSHOT_DIR, axeViolations, browserMissing } from '../support/e2e/browser'
import type { E2eApp } from '../support/e2e/e2e-app'
import { useChromiumSuite } from '../support/e2e/chromium-suite'

const missing = browserMissing()
/** A 1920×1080 desktop with a 40 px taskbar (the stand-in's primary display). */
const WORK_AREA = { x: 0, y: 0, width: 1920, height: 1040 }

describe.skipIf(missing !== null)(`break card in Chromium${missing ? ` (skipped: ${missing})` : ''}`, () => {
  const chromium = useChromiumSuite()
  let limber: E2eApp

  type CardOptions = { colorScheme?: 'light' | 'dark'; fakeClock?: boolean; zoom?: number }

  async function dueCard(options: CardOptions = {}) {
    limber = chromium.startLimber()
    await limber.answerSafetyQuestions()
    await limber.advanceMinutes(25)
    expect(limber.opened).toContain('break-card')
    const page = await limber.openPage('break-card', options)
    await page.getByRole('heading', { name: 'Time to stand up' }).waitFor()
    await fitWindow(page, options.zoom ?? 1)
    return page
  }

  /** What main does with 'card:fit': the window takes the content's height (at its zoom) within the work area. */
  async function fitWindow(page: Page, zoom: number) {
    for (let round = 0; round < 5; round++) {
      await expect.poll(() => limber.cardFits.length).toBeGreaterThan(0)
      const size = cardSize(WORK_AREA, limber.cardFits.at(-1)!, zoom)
      const css = { width: Math.floor(size.width / zoom), height: Math.floor(size.height / zoom) }
      const now = page.viewportSize()
      if (now?.width === css.width && now.height === css.height) return
      const reports = limber.cardFits.length
      await page.setViewportSize(css)
      // A new width reflows the card and it reports again; the same width may leave it quiet.
      await page.waitForTimeout(150)
      if (limber.cardFits.length === reports) return
    }
  }

  /** True when the element is wholly inside the window, with the page itself not scrolled. */
  async function inView(page: Page, selector: string): Promise<boolean> {
    return page.locator(selector).evaluate((node) => {
      const box = node.getBoundingClientRect()
      return box.top >= 0 && box.left >= 0 && box.bottom <= window.innerHeight && box.right <= window.innerWidth
    })
  }
  const pageScrolls = (page: Page) =>
    page.evaluate(() => {
      const root = document.scrollingElement!
      return root.scrollHeight > root.clientHeight || root.scrollWidth > root.clientWidth
    })

  it('shows the prompt with one desk-safe stretch, and the notification named the same stretch', async () => {
    const page = await dueCard()
    await expect.poll(() => page.locator('.status-line').textContent()).toBe('You have been sitting for 25 min.')
    const name = await page.locator('#stretch-name').textContent()
    expect(limber.notifications).toHaveLength(1)
    expect(limber.notifications[0]?.message).toContain(name!)
    expect(await page.getByRole('img').count()).toBe(1)
    expect(await page.getByRole('region', { name: 'Take care' }).isVisible()).toBe(true)
  })

  for (const zoom of [1, 2]) {
    it(`fits its window at ${zoom * 100} % zoom: the page never scrolls and the answers are in view`, async () => {
      const page = await dueCard({ zoom })
      const viewport = page.viewportSize()!
      expect(viewport.width * zoom).toBeLessThanOrEqual(WORK_AREA.width)
      expect(viewport.height * zoom).toBeLessThanOrEqual(WORK_AREA.height)
      expect(await pageScrolls(page)).toBe(false)
      for (const selector of ['#start', '#snooze', '#skip', '#meeting', '#card-title']) {
        expect(await inView(page, selector), selector).toBe(true)
      }
      // Nothing wraps to a second line in the answers.
      const heights = await page.locator('.answers button').evaluateAll((b) => b.map((x) => x.clientHeight))
      expect(new Set(heights).size).toBe(1)
      const scroller = await page
        .locator('.card-scroll')
        .evaluate((n) => ({ overflows: n.scrollHeight > n.clientHeight + 1 }))
      // At 100 % the window takes the whole card; at 200 % the stretch scrolls inside it, answers stay.
      expect(scroller.overflows).toBe(zoom !== 1)
      if (zoom === 1) expect(await inView(page, '#safety')).toBe(true)
      await page.getByRole('button', { name: 'Start' }).click()
      // Start re-lays the card out (the care box moves beside the timer) on the next frame.
      for (const selector of ['.take-care', '.timer-big', '#toggle', '#close'])
        await expect.poll(() => inView(page, selector), { message: selector }).toBe(true)
      expect(await pageScrolls(page)).toBe(false)
      await page.screenshot({ path: join(SCREENSHOT_DIR, `break-card-zoom-${zoom * 100}.png`) })
    })
  }

  it('Snooze reaches the engine: the card is closed and the tray sits again until 5 minutes later', async () => {
    const page = await dueCard()
    await page.getByRole('button', { name: 'Snooze 5 min' }).click()
    await expect.poll(() => limber.closed).toContain('break-card')
    expect(limber.trayView?.statusLine).toBe('Sitting for 25 min')
    await limber.advanceMinutes(5)
    expect(limber.notifications).toHaveLength(2)
  })

  it('Esc snoozes the prompt', async () => {
    const page = await dueCard()
    await page.keyboard.press('Escape')
    await expect.poll(() => limber.closed).toContain('break-card')
    expect(limber.logEvents().filter((e) => e.type === 'break-answer')).toMatchObject([{ answer: 'snoozed' }])
  })

  it('a guided stretch done with the keyboard alone is a completed break, its rating is logged, then only Close', async () => {
    const page = await dueCard({ fakeClock: true })
    await page.getByRole('button', { name: 'Start' }).focus()
    await page.keyboard.press('Enter')
    await page.locator('.timer-step').waitFor()
    const name = await page.locator('#stretch-name').textContent()
    const id = CATALOGUE.find((e) => e.name === name)!.id
    // Run the in-page clock well past any desk stretch's length.
    await page.clock.runFor(10 * 60_000)
    await page.getByRole('heading', { name: 'How did that feel?' }).waitFor()
    await page.keyboard.press('1')
    await page.getByRole('button', { name: 'Close' }).waitFor()
    await expect
      .poll(() => limber.logEvents().filter((e) => e.type === 'exercise-completed'))
      .toMatchObject([{ exerciseId: id, feedback: 'fine' }])
    const events = limber.logEvents()
    expect(events.filter((e) => e.type === 'break-completed')).toMatchObject([{ how: 'finished', exerciseId: id }])
    expect(events.some((e) => e.type === 'break-answer' && e.answer === 'taken')).toBe(true)
    // Done: the card stays for the rating's answer and offers Close only.
    expect(limber.closed).not.toContain('break-card')
    const buttons = await page.locator('.card-dock button').allTextContents()
    expect(buttons).toEqual(['Close'])
    await page.keyboard.press('Escape')
    await expect.poll(() => limber.closed).toContain('break-card')
  })

  it('a sharp rating says to dial back, and the same stretch comes back gentler', async () => {
    const page = await dueCard({ fakeClock: true })
    const name = await page.locator('#stretch-name').textContent()
    await page.getByRole('button', { name: 'Start' }).click()
    await page.clock.runFor(10 * 60_000)
    await page.getByRole('button', { name: 'Sharp' }).click()
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/Dial back now/)
    const id = CATALOGUE.find((e) => e.name === name)!.id
    expect((await limber.app.home.state()).dialBackIds).toContain(id)
  })

  it('"Take a break now" opens the card with no Snooze, Skip or In a meeting', async () => {
    limber = chromium.startLimber()
    await limber.answerSafetyQuestions()
    limber.app.act({ type: 'break-now' })
    const page = await limber.openPage('break-card')
    await page.getByRole('heading', { name: 'A short break' }).waitFor()
    await page.locator('#stretch-name').waitFor()
    expect(await page.locator('.card-dock button').allTextContents()).toEqual(['Start', 'Another stretch', 'Close'])
    expect(await axeViolations(page)).toEqual([])
  })

  it('"Another stretch" shows a different desk-safe stretch, never the step one', async () => {
    const page = await dueCard()
    const seen = new Set<string>()
    for (let i = 0; i < 6; i++) {
      const before = await page.locator('#stretch-name').textContent()
      seen.add(before!)
      await page.getByRole('button', { name: 'Another stretch' }).click()
      await expect.poll(() => page.locator('#stretch-name').textContent()).not.toBe(before)
    }
    expect(seen.size).toBeGreaterThan(2)
    expect(seen.has('Standing hamstring stretch')).toBe(false)
    expect(
      await page.getByRole('button', { name: 'Another stretch' }).evaluate((b) => b === document.activeElement)
    ).toBe(true)
  })

  it('the Skip form hides the answers, has a styled field, and records the reason', async () => {
    const page = await dueCard()
    await page.getByRole('button', { name: 'Skip' }).click()
    expect(await page.locator('.answers').isVisible()).toBe(false)
    expect(await page.getByRole('button', { name: 'Start' }).isVisible()).toBe(false)
    const field = page.getByLabel('Why skip? (optional)')
    const look = await field.evaluate((n) => {
      const s = getComputedStyle(n)
      return {
        width: n.getBoundingClientRect().width,
        height: n.getBoundingClientRect().height,
        radius: s.borderRadius
      }
    })
    expect(look.width).toBeGreaterThan(300)
    expect(look.height).toBeGreaterThanOrEqual(44)
    expect(look.radius).toBe('8px')
    expect(await inView(page, '.skip-form button[type="submit"]')).toBe(true)
    await field.fill('Deadline in ten minutes')
    await page.getByRole('button', { name: 'Skip this break' }).click()
    await expect.poll(() => limber.closed).toContain('break-card')
    expect(limber.logEvents().filter((e) => e.type === 'break-answer')).toMatchObject([
      { answer: 'skipped', reason: 'Deadline in ten minutes' }
    ])
  })

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations in any state (${colorScheme})`, async () => {
      const page = await dueCard({ colorScheme, fakeClock: true })
      expect(await axeViolations(page)).toEqual([])
      await page.screenshot({ path: join(SCREENSHOT_DIR, `break-card-${colorScheme}.png`) })
      await page.getByRole('button', { name: 'Skip' }).click()
      expect(await axeViolations(page)).toEqual([])
      await page.getByRole('button', { name: 'Cancel' }).click()
      await page.getByRole('button', { name: 'Start' }).click()
      await page.clock.runFor(8_000)
      expect(await axeViolations(page)).toEqual([])
      await page.clock.runFor(10 * 60_000)
      await page.getByRole('heading', { name: 'How did that feel?' }).waitFor()
      expect(await axeViolations(page)).toEqual([])
      await page.screenshot({ path: join(SCREENSHOT_DIR, `break-card-rating-${colorScheme}.png`) })
      await page.getByRole('button', { name: 'Sore' }).click()
      await page
        .getByRole('status')
        .filter({ hasText: /soreness/ })
        .waitFor()
      expect(await axeViolations(page)).toEqual([])
    })
  }

  it('with an emergency warning sign the card says to get urgent care and offers no exercise (axe-clean)', async () => {
    limber = chromium.startLimber()
    await limber.answerSafetyQuestions(['saddle-numbness'])
    limber.app.act({ type: 'break-now' })
    const page = await limber.openPage('break-card', { colorScheme: 'dark' })
    await page.getByRole('heading', { name: 'Please get checked first' }).waitFor()
    expect(await page.getByText(/Get emergency care now/).isVisible()).toBe(true)
    expect(await page.getByRole('button', { name: 'Start' }).count()).toBe(0)
    expect(await page.getByRole('img').count()).toBe(0)
    expect(await axeViolations(page)).toEqual([])
  })
})
