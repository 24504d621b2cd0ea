// Home mode in Chromium, bound to the real main-process handlers on a temp data dir: first run, safety
// stop, the guided player to the end and into the log, keyboard only, and axe on every screen.
import { join } from 'node:path'
import type { Page } from 'playwright'
import { describe, expect, it } from 'vitest'
import { WARNING_SIGN_INFO, type WarningSignId } from '@shared/content/warning-signs'
import { SCREENSHOT_DIR, axeViolations, browserMissing } from '../support/e2e/browser'
import type { E2eApp } from '../support/e2e/e2e-app'
import { useChromiumSuite } from '../support/e2e/chromium-suite'

const missing = browserMissing()

const logEvents = (app: E2eApp) => app.logEvents()

/** The first run opens the welcome (welcome.test.ts walks it); these tests skip it to Today's questions. */
async function skipWelcome(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Skip the welcome' }).click()
  await page.getByRole('heading', { name: /Before you start/ }).waitFor()
}

/** Answers every warning-sign question with the mouse: yes for `yes`, no for the rest. */
async function answerQuestions(page: Page, yes: WarningSignId[] = []): Promise<void> {
  if ((await page.getByRole('heading', { name: /Before you start/ }).count()) === 0) await skipWelcome(page)
  const card = page.getByRole('region', { name: /Before you start/ })
  for (const sign of WARNING_SIGN_INFO) {
    await card
      .getByRole('group', { name: sign.question })
      .getByRole('radio', { name: yes.includes(sign.id) ? 'Yes' : 'No' })
      .check()
  }
  await card.getByRole('button', { name: 'Save my answers' }).click()
}

/** Presses Tab until the focused element's text matches, as a keyboard user would. */
async function tabTo(page: Page, text: RegExp): Promise<void> {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '')
    if (text.test(focused)) return
  }
  throw new Error(`Tab never reached ${text}`)
}

describe.skipIf(missing !== null)(`home mode in Chromium${missing ? ` (skipped: ${missing})` : ''}`, () => {
  const chromium = useChromiumSuite()
  let limber: E2eApp

  it('shows the warning-sign questions before anything else on first run, and before any routine', async () => {
    limber = chromium.startLimber()
    const page = await limber.openPage('main')
    // The welcome comes first; its questions come before any exercise advice (welcome.test.ts). Skipped:
    await page.getByRole('heading', { name: 'Welcome to Limber' }).waitFor()
    expect(await page.locator('main').textContent()).not.toMatch(/Start the|routine/i)
    await skipWelcome(page)
    expect(await page.locator('main h2').first().textContent()).toMatch(/Before you start/)
    await page.goto(`${chromium.url}/index.html#/routines`)
    await page.getByRole('heading', { name: /Before you start/ }).waitFor()
    expect(await page.getByRole('heading', { name: 'Built-in routines' }).count()).toBe(0)
  })

  it('after saddle numbness shows emergency advice, and no routine can start even by address', async () => {
    limber = chromium.startLimber()
    const page = await limber.openPage('main')
    await answerQuestions(page, ['saddle-numbness'])
    await page.getByRole('heading', { name: 'Get emergency care now' }).waitFor()
    expect(await page.getByRole('heading', { name: 'Your programme' }).count()).toBe(0)
    await page.goto(`${chromium.url}/index.html#/player/morning`)
    const refusal = page.getByRole('alert').filter({ hasText: 'This routine cannot start' })
    await refusal.waitFor()
    expect(await refusal.textContent()).toContain('Limber has stopped all exercise advice')
    expect(await page.getByRole('button', { name: 'Start' }).count()).toBe(0)
    const events = logEvents(limber)
    expect(events.find((e) => e.type === 'safety-answers')).toMatchObject({ signs: ['saddle-numbness'] })
    expect(events.some((e) => e.type === 'routine-started')).toBe(false)
  })

  it('plays a desk micro-routine to the end and records it in the progress log', async () => {
    limber = chromium.startLimber()
    const page = await limber.openPage('main', { fakeClock: true })
    await answerQuestions(page)
    await page.goto(`${chromium.url}/index.html#/player/desk-tilt-walk`)
    await page.getByRole('heading', { name: 'Pelvic tilts, seated' }).waitFor()
    await page.getByRole('button', { name: 'Start' }).click()
    // The lead-in to get into position, then the exercise itself.
    await page.getByText('Get into position', { exact: true }).waitFor()
    await page.clock.runFor(10_500)
    await page.clock.runFor(60_000)
    await page.getByRole('button', { name: /Fine/ }).click()
    await page.getByRole('heading', { name: 'Stand up and walk' }).waitFor()
    // After the first exercise, each one starts its own lead-in: no Start to press.
    await page.getByText('Get into position', { exact: true }).waitFor()
    expect(await page.getByRole('button', { name: 'Start', exact: true }).count()).toBe(0)
    await page.clock.runFor(10_500)
    await page.clock.runFor(61_000)
    await page.getByRole('button', { name: /Sore/ }).click()
    await page.getByRole('button', { name: 'Carry on' }).click()
    await page.getByRole('heading', { name: 'Well done' }).waitFor()
    await expect.poll(() => logEvents(limber).filter((e) => e.type === 'routine-completed').length).toBe(1)
    const done = logEvents(limber).filter((e) => e.type === 'exercise-completed')
    expect(done.map((e) => e.type === 'exercise-completed' && [e.exerciseId, e.routineId, e.feedback])).toEqual([
      ['pelvic-tilt-seated', 'desk-tilt-walk', 'fine'],
      ['stand-and-walk', 'desk-tilt-walk', 'sore']
    ])
  })

  it('takes a new user from first launch through the safety questions to the end of the morning routine, keyboard only', async () => {
    limber = chromium.startLimber()
    const page = await limber.openPage('main', { fakeClock: true })
    await page.getByRole('heading', { name: 'Welcome to Limber' }).waitFor()
    await tabTo(page, /^Skip the welcome$/)
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { name: /Before you start/ }).waitFor()
    await page.keyboard.press('Tab') // past "Take the two-minute welcome"
    for (let i = 0; i < WARNING_SIGN_INFO.length; i++) {
      await page.keyboard.press('Tab')
      await page.keyboard.press('Space')
    }
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { name: 'Your programme' }).waitFor()
    await tabTo(page, /Start the morning routine/)
    await page.keyboard.press('Enter')
    for (const name of ['Knee to chest', 'Pelvic tilts', 'Cat-cow']) {
      await page.getByRole('heading', { name }).waitFor()
      if (name === 'Knee to chest') await page.keyboard.press('Space')
      await page.getByText('Get into position', { exact: true }).waitFor()
      await page.clock.runFor(10_500)
      await page.clock.runFor(10 * 60_000)
      await page.getByRole('heading', { name: /How did .* feel\?/ }).waitFor()
      await page.keyboard.press('1')
    }
    await page.getByRole('heading', { name: 'Well done' }).waitFor()
    await expect
      .poll(() => logEvents(limber).find((e) => e.type === 'routine-completed'))
      .toMatchObject({ routineId: 'morning' })
    expect(logEvents(limber).filter((e) => e.type === 'exercise-completed')).toHaveLength(3)
  })

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations on any home screen (${colorScheme})`, async () => {
      limber = chromium.startLimber()
      const page = await limber.openPage('main', { colorScheme, fakeClock: true })
      await skipWelcome(page)
      expect(await axeViolations(page)).toEqual([])
      await answerQuestions(page)
      await page.getByRole('heading', { name: 'Your programme' }).waitFor()
      expect(await axeViolations(page)).toEqual([])
      const suffix = colorScheme === 'light' ? '' : '-dark'
      // main-window.test.ts owns today-light/today-dark (the first-run view); this is the programme view.
      await page.screenshot({
        path: join(SCREENSHOT_DIR, colorScheme === 'light' ? 'today.png' : 'today-programme-dark.png'),
        fullPage: true
      })

      const screens: [string, string, string | null][] = [
        ['/routines', 'Routines', 'routines'],
        ['/exercise/knee-to-chest', 'Knee to chest', 'exercise'],
        ['/habits', 'Daily habits', 'habits'],
        ['/safety', 'Safety', 'safety'],
        ['/routine-edit/new', 'Make a routine', null]
      ]
      for (const [hash, heading, shot] of screens) {
        await page.goto(`${chromium.url}/index.html#${hash}`)
        await page.getByRole('heading', { name: heading, exact: true }).waitFor()
        expect(await axeViolations(page), hash).toEqual([])
        if (shot) await page.screenshot({ path: join(SCREENSHOT_DIR, `${shot}${suffix}.png`), fullPage: true })
      }

      await page.goto(`${chromium.url}/index.html#/player/morning`)
      await page.getByRole('heading', { name: 'Knee to chest' }).waitFor()
      await page.keyboard.press('Space')
      await page.clock.runFor(10_500)
      await page.clock.runFor(12_000)
      expect(await axeViolations(page), 'player').toEqual([])
      await page.screenshot({ path: join(SCREENSHOT_DIR, `player${suffix}.png`), fullPage: true })
      await page.clock.runFor(10 * 60_000)
      await page.getByRole('heading', { name: /How did .* feel\?/ }).waitFor()
      expect(await axeViolations(page), 'feedback').toEqual([])
    })
  }
})
