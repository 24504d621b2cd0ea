// Every screen at 200 % zoom, in Chromium with the real handlers: nothing scrolls sideways and the nav
// shows every item.
//
// How 200 % is emulated: Chromium's page zoom halves the CSS viewport (a 1040×760 window lays out as
// 520×380 CSS px) and doubles devicePixelRatio; media queries, rem and layout all see the halved
// viewport. A page with a 520×380 viewport at deviceScaleFactor 2 is therefore laid out exactly as the
// zoomed window is (the scale factor only changes how sharply it is drawn). CSS `zoom: 2` on the root
// would not be faithful: media queries would still see 1040 px and the narrow layout would never apply.
import { join } from 'node:path'
import type { Page } from 'playwright'
import { describe, expect, it } from 'vitest'
import { SCREENSHOT_DIR, axeViolations, browserMissing } from '../support/e2e/browser'
import type { E2eApp } from '../support/e2e/e2e-app'
import { useChromiumSuite } from '../support/e2e/chromium-suite'

const missing = browserMissing()

/** The window at 200 %: 1040×760 device px, so 520×380 CSS px. */
const ZOOMED = { width: 520, height: 380 }

/** [hash, heading shown] for every route of the main window. */
const ROUTES: [string, string][] = [
  ['/today', 'Today'],
  ['/routines', 'Routines'],
  ['/exercise/knee-to-chest', 'Knee to chest'],
  ['/routine-edit/new', 'Make a routine'],
  ['/player/morning', 'Knee to chest'],
  ['/habits', 'Daily habits'],
  ['/safety', 'Safety'],
  ['/checkin', 'Check-in'],
  ['/progress', 'Progress'],
  ['/settings', 'Settings'],
  ['/welcome', 'Welcome to Limber']
]

/** How far the page scrolls sideways (0 when it does not), and any element sticking out to the right. */
async function sidewaysOverflow(page: Page): Promise<{ by: number; culprits: string[] }> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement
    const width = root.clientWidth
    const culprits = [...document.querySelectorAll<HTMLElement>('main *, nav *')]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').slice(0, 30)}"`)
    return { by: root.scrollWidth - width, culprits }
  })
}

/** Nav items the user cannot see: outside the window, or clipped by a scrolling list. */
async function hiddenNavItems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth
    return [...document.querySelectorAll<HTMLElement>('.app-nav a')]
      .filter((a) => {
        const r = a.getBoundingClientRect()
        const list = a.closest('ul')!.getBoundingClientRect()
        return r.width === 0 || r.left < 0 || r.right > width || r.right > list.right + 0.5 || r.left < list.left - 0.5
      })
      .map((a) => a.textContent ?? '')
  })
}

describe.skipIf(missing !== null)(`200 % zoom in Chromium${missing ? ` (skipped: ${missing})` : ''}`, () => {
  const chromium = useChromiumSuite()
  let limber: E2eApp

  it('follows the system text size: the root font is 112.5 % of the default, not fixed pixels', async () => {
    limber = chromium.startLimber()
    await limber.answerSafetyQuestions()
    const page = await limber.openPage('main', { hash: '/today' })
    await page.locator('.status-line').waitFor()
    const rootPx = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))
    expect(await rootPx()).toBe(18)
    // Chromium's own "font size" setting, as a person with a larger system text size has it.
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 24 } })
    await expect.poll(rootPx).toBe(27)
    expect(await page.locator('.status-line').evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBe(
      27 * 1.35
    )
  })

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`no screen scrolls sideways and the nav shows every item (${colorScheme})`, async () => {
      limber = chromium.startLimber()
      await limber.answerSafetyQuestions()
      const page = await limber.openPage('main', { colorScheme, fakeClock: true, hash: '/today' })
      await page.setViewportSize(ZOOMED)
      for (const [hash, heading] of ROUTES) {
        await page.goto(`${chromium.url}/index.html#${hash}`)
        await page.getByRole('heading', { name: heading, exact: true }).first().waitFor()
        const overflow = await sidewaysOverflow(page)
        expect(overflow, hash).toEqual({ by: 0, culprits: [] })
        if (hash.startsWith('/player/')) {
          // Exercise mode fills the window on purpose: no nav, and the way out in view.
          expect(await page.locator('.app-nav').isVisible(), hash).toBe(false)
          expect(await page.getByRole('button', { name: /^Exit/ }).isVisible(), hash).toBe(true)
          continue
        }
        expect(await hiddenNavItems(page), hash).toEqual([])
        expect(await page.locator('.app-nav a').count()).toBe(7)
      }
      // The welcome's later steps, and Settings with its messages and its unsaved-changes dialog.
      await page.goto(`${chromium.url}/index.html#/welcome`)
      await page.getByRole('button', { name: 'Next: your reminders' }).click()
      await page.getByLabel('Remind me to stand up after (minutes)').fill('')
      await page.getByRole('button', { name: 'Save and continue' }).click()
      await page.locator('.field-error').first().waitFor()
      expect(await sidewaysOverflow(page), 'welcome step 2').toEqual({ by: 0, culprits: [] })
      await page.getByLabel('Remind me to stand up after (minutes)').fill('25')
      await page.getByRole('button', { name: 'Save and continue' }).click()
      await page.getByText('Step 3 of 4').waitFor()
      expect(await sidewaysOverflow(page), 'welcome step 3').toEqual({ by: 0, culprits: [] })
      // Answered before this test, so the questions start filled in.
      await page.getByRole('button', { name: 'Save my answers' }).click()
      await page.getByRole('button', { name: 'Save and finish' }).click()
      await page.getByRole('alert').waitFor()
      expect(await sidewaysOverflow(page), 'welcome step 4 with messages').toEqual({ by: 0, culprits: [] })
      await page.goto(`${chromium.url}/index.html#/settings`)
      await page.getByLabel('Snooze for (minutes)').fill('')
      await page.getByRole('button', { name: 'Save settings' }).click()
      await page.locator('.field-error').first().waitFor()
      expect(await sidewaysOverflow(page), 'settings with a message').toEqual({ by: 0, culprits: [] })
      await page.getByRole('link', { name: 'Today' }).click()
      await page.getByRole('alertdialog').waitFor()
      expect(await sidewaysOverflow(page), 'unsaved-changes dialog').toEqual({ by: 0, culprits: [] })
      await page.getByRole('button', { name: 'Leave without saving' }).click()
      await page.locator('.status-line').waitFor()
      expect(await axeViolations(page)).toEqual([])
      if (colorScheme === 'light') await page.screenshot({ path: join(SCREENSHOT_DIR, 'today-zoom-200.png') })
    })
  }
})
