// The built break card in Chromium, bound to the real main-process handlers: what it shows when a
// break is due, its answers reaching the engine, its guided stretch landing in the log, and axe.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SCREENSHOT_DIR, axeViolations, browserMissing } from '../support/e2e/browser'
import type { E2eApp } from '../support/e2e/e2e-app'
import { useChromiumSuite } from '../support/e2e/chromium-suite'

const missing = browserMissing()

describe.skipIf(missing !== null)(`break card in Chromium${missing ? ` (skipped: ${missing})` : ''}`, () => {
  const chromium = useChromiumSuite()
  let limber: E2eApp

  async function dueCard(options: { colorScheme?: 'light' | 'dark'; fakeClock?: boolean } = {}) {
    limber = chromium.startLimber()
    await limber.answerSafetyQuestions()
    await limber.advanceMinutes(25)
    expect(limber.opened).toContain('break-card')
    const page = await limber.openPage('break-card', options)
    await page.getByRole('heading', { name: 'Time to stand up' }).waitFor()
    return page
  }

  it('shows the prompt with one desk-safe stretch, and the notification named the same stretch', async () => {
    const page = await dueCard()
    await expect.poll(() => page.locator('.status-line').textContent()).toBe('You have been sitting for 25 min.')
    const name = await page.locator('#stretch-name').textContent()
    expect(limber.notifications).toHaveLength(1)
    expect(limber.notifications[0]?.message).toContain(name!)
    expect(await page.getByRole('img').count()).toBe(1)
  })

  it('Snooze reaches the engine: the card is closed and the tray sits again until 5 minutes later', async () => {
    const page = await dueCard()
    await page.getByRole('button', { name: 'Snooze 5 min' }).click()
    await expect.poll(() => limber.closed).toContain('break-card')
    expect(limber.trayView?.statusLine).toBe('Sitting for 25 min')
    await limber.advanceMinutes(5)
    expect(limber.notifications).toHaveLength(2)
  })

  it('a guided stretch done with the keyboard alone is a completed break in the log', async () => {
    const page = await dueCard({ fakeClock: true })
    await page.keyboard.press('Tab')
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Start')
    await page.keyboard.press('Enter')
    await page.locator('.timer-step').waitFor()
    const name = await page.locator('#stretch-name').textContent()
    // Run the in-page clock well past any desk stretch's length.
    await page.clock.runFor(10 * 60_000)
    await page.getByRole('button', { name: 'Done' }).waitFor()
    await page.keyboard.press('Enter')
    await expect.poll(() => limber.closed).toContain('break-card')
    const events = limber.logEvents()
    const completed = events.filter((e) => e.type === 'break-completed')
    expect(completed).toHaveLength(1)
    const { CATALOGUE } = await import('@shared/content/catalogue')
    expect(CATALOGUE.find((e) => e.id === (completed[0] as { exerciseId?: string }).exerciseId)?.name).toBe(name)
    expect(events.some((e) => e.type === 'break-answer' && e.answer === 'taken')).toBe(true)
  })

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations, before and during the stretch (${colorScheme})`, async () => {
      const page = await dueCard({ colorScheme, fakeClock: true })
      expect(await axeViolations(page)).toEqual([])
      await page.screenshot({ path: join(SCREENSHOT_DIR, `break-card-${colorScheme}.png`), fullPage: true })
      await page.getByRole('button', { name: 'Start' }).click()
      await page.clock.runFor(8_000)
      expect(await axeViolations(page)).toEqual([])
      await page.getByRole('button', { name: 'Skip' }).click()
      expect(await axeViolations(page)).toEqual([])
    })
  }
})
