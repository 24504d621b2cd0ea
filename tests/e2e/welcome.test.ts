// The first run and Today, in Chromium with the real handlers on a temp data dir: the welcome by
// keyboard to a configured Today with a baseline check-in on disk, its errors, skipping it, axe on every
// step (light and dark), and Today showing the day after a routine, a break, a walk and a check-in.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright'
import { describe, expect, it } from 'vitest'
import { WARNING_SIGN_INFO } from '@shared/content/warning-signs'
import { dispatch } from '../../src/main/app/dispatch'
import { SCREENSHOT_DIR, axeViolations, browserMissing } from '../support/e2e/browser'
import type { E2eApp } from '../support/e2e/e2e-app'
import { useChromiumSuite } from '../support/e2e/chromium-suite'

const missing = browserMissing()

/** What has focus: its tag, text and the legend of the group it is in. */
function focused(page: Page): Promise<{ tag: string; text: string; group: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      text: (el?.textContent ?? '').trim(),
      group: el?.closest('fieldset')?.querySelector('legend')?.textContent ?? ''
    }
  })
}

/** Presses Tab until the focus is in a group whose legend starts with `legend`, or on a button named `text`. */
async function tabTo(page: Page, match: { group?: string; text?: string; label?: string }): Promise<void> {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab')
    const f = await focused(page)
    const label = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null
      return el?.labels?.[0]?.textContent ?? el?.getAttribute('aria-label') ?? ''
    })
    if (match.group !== undefined && f.group.startsWith(match.group)) return
    if (match.text !== undefined && f.text === match.text) return
    if (match.label !== undefined && label.startsWith(match.label)) return
  }
  throw new Error(`Tab never reached ${JSON.stringify(match)}`)
}

async function act(limber: E2eApp, channel: string, payload?: unknown): Promise<unknown> {
  const reply = await dispatch(limber.app.handlers(), channel, payload, { window: 'main' })
  if (!reply.ok) throw new Error(reply.error.message)
  return reply.value
}

describe.skipIf(missing !== null)(`welcome and Today in Chromium${missing ? ` (skipped: ${missing})` : ''}`, () => {
  const chromium = useChromiumSuite()
  let limber: E2eApp

  it('takes a new user through the welcome by keyboard to a configured Today, with a baseline check-in on disk', async () => {
    limber = chromium.startLimber()
    const page = await limber.openPage('main')
    await page.getByRole('heading', { name: 'Welcome to Limber' }).waitFor()
    expect(await page.getByText('Step 1 of 4').count()).toBe(1)
    expect(await focused(page)).toMatchObject({ tag: 'h1', text: 'Welcome to Limber' })
    expect(await page.locator('main').textContent()).toContain('in the top bar or panel of your desktop')

    await tabTo(page, { text: 'Next: your reminders' })
    await page.keyboard.press('Enter')
    await page.getByText('Step 2 of 4').waitFor()
    expect(await focused(page)).toMatchObject({ tag: 'h1', text: 'Your reminders' })
    expect(await page.getByLabel('Only remind me during work hours').isChecked()).toBe(true)
    await tabTo(page, { label: 'Remind me to stand up after' })
    await page.keyboard.press('Control+A')
    await page.keyboard.type('30')
    await tabTo(page, { text: 'Save and continue' })
    await page.keyboard.press('Enter')

    await page.getByText('Step 3 of 4').waitFor()
    expect(await focused(page)).toMatchObject({ tag: 'h1', text: 'A few safety questions' })
    expect(await page.getByRole('status').filter({ hasText: 'Saved:' }).textContent()).toBe(
      'Saved: a reminder to stand up every 30 minutes, Monday to Friday, 09:00 to 17:30.'
    )
    const settings = JSON.parse(readFileSync(join(limber.dir, 'settings.json'), 'utf8'))
    expect(settings.office.sitLimitMinutes).toBe(30)
    expect(settings.office.workHours).toMatchObject({ enabled: true, days: [1, 2, 3, 4, 5] })
    for (let i = 0; i < WARNING_SIGN_INFO.length; i++) {
      await page.keyboard.press('Tab')
      await page.keyboard.press('Space') // the first radio of each question: No
    }
    await tabTo(page, { text: 'Save my answers' })
    await page.keyboard.press('Enter')

    await page.getByText('Step 4 of 4').waitFor()
    expect(await focused(page)).toMatchObject({ tag: 'h1', text: 'Your starting point' })
    expect(await page.getByRole('status').filter({ hasText: 'answers are saved' }).count()).toBe(1)
    await tabTo(page, { group: 'Back pain now' })
    await page.keyboard.press('Space')
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight')
    await tabTo(page, { group: 'Leg pain now' })
    await page.keyboard.press('Space')
    for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowRight')
    await tabTo(page, { group: 'How far do your symptoms reach' })
    await page.keyboard.press('Space')
    for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowDown') // No symptoms, Back, Buttock
    await tabTo(page, { text: 'Save and finish' })
    await page.keyboard.press('Enter')

    await page.getByRole('heading', { name: 'You are set up' }).waitFor()
    expect(await focused(page)).toMatchObject({ tag: 'h1', text: 'Today' })
    expect(page.url()).toMatch(/#\/today\/welcomed$/)
    expect(await page.getByRole('status').filter({ hasText: 'You are set up' }).textContent()).toContain(
      'remind you to stand up every 30 minutes'
    )
    const day = page.getByRole('region', { name: 'Your day so far' })
    expect(await day.textContent()).toContain('Checked in at 09:00')
    expect(await day.textContent()).toMatch(/Next: When you have a few minutes, play today’s morning routine/)
    expect(await page.getByRole('heading', { name: 'Your programme' }).count()).toBe(1)

    const events = limber.logEvents()
    expect(events.find((e) => e.type === 'safety-answers')).toMatchObject({ signs: [], context: 'first-run' })
    expect(events.filter((e) => e.type === 'check-in')).toEqual([
      expect.objectContaining({ backPain: 4, legPain: 2, furthestPoint: 'buttock', psfs: [] })
    ])
    // Progress measures from this check-in: it is the baseline.
    expect(await act(limber, 'progress:figures', { range: 'all' })).toMatchObject({
      figures: { pain: { baseline: { back: 4, leg: 2 } } }
    })
  })

  it('says what is missing at each field of the baseline, and clears each message once answered', async () => {
    limber = chromium.startLimber()
    await limber.answerSafetyQuestions()
    const page = await limber.openPage('main', { hash: '/welcome' })
    await page.getByRole('heading', { name: 'Welcome to Limber' }).waitFor()
    await page.getByRole('button', { name: 'Next: your reminders' }).click()
    await page.getByRole('button', { name: 'Save and continue' }).click()
    await page.getByRole('button', { name: 'Save my answers' }).click()
    await page.getByText('Step 4 of 4').waitFor()
    await page.getByRole('button', { name: 'Save and finish' }).click()
    const summary = page.getByRole('alert')
    await summary.waitFor()
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true)
    expect(await page.getByRole('group', { name: 'Back pain now' }).getAttribute('aria-invalid')).toBe('true')
    await page.getByRole('group', { name: 'Back pain now' }).getByRole('radio', { name: '3', exact: true }).check()
    await expect.poll(() => summary.textContent()).not.toContain('Back pain')
    expect(await page.getByRole('group', { name: 'Back pain now' }).getAttribute('aria-invalid')).toBeNull()
    expect(await summary.textContent()).toContain('Leg pain')
    expect(limber.logEvents().filter((e) => e.type === 'check-in')).toEqual([])
  })

  it('refuses an impossible reminder at the field, with focus on it, and Back returns to the step before', async () => {
    limber = chromium.startLimber()
    const page = await limber.openPage('main')
    await page.getByRole('button', { name: 'Next: your reminders' }).click()
    const minutes = page.getByLabel('Remind me to stand up after (minutes)')
    await minutes.fill('3')
    await page.getByLabel('Monday').uncheck()
    await page.getByLabel('Tuesday').uncheck()
    await page.getByLabel('Wednesday').uncheck()
    await page.getByLabel('Thursday').uncheck()
    await page.getByLabel('Friday').uncheck()
    await page.getByRole('button', { name: 'Save and continue' }).click()
    await expect.poll(() => minutes.evaluate((el) => el === document.activeElement)).toBe(true)
    expect(await minutes.getAttribute('aria-invalid')).toBe('true')
    const description = await minutes.evaluate((el) =>
      (el.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent)
        .join(' ')
    )
    expect(description).toContain('At least 10 minutes.')
    expect(await page.locator('main').textContent()).toContain('Choose at least one work day, or turn work hours off.')
    const onDisk = JSON.parse(readFileSync(join(limber.dir, 'settings.json'), 'utf8'))
    expect(onDisk.office.sitLimitMinutes).toBe(25)
    await page.getByRole('button', { name: 'Back' }).click()
    await page.getByText('Step 1 of 4').waitFor()
    expect(await focused(page)).toMatchObject({ tag: 'h1', text: 'Welcome to Limber' })
  })

  it('can be skipped: Today then asks the safety questions, and the welcome does not come back', async () => {
    limber = chromium.startLimber()
    const page = await limber.openPage('main')
    await page.getByRole('button', { name: 'Skip the welcome' }).click()
    await page.getByRole('heading', { name: /Before you start/ }).waitFor()
    await page.reload()
    await page.getByRole('heading', { name: /Before you start/ }).waitFor()
    expect(await page.getByRole('heading', { name: 'Welcome to Limber' }).count()).toBe(0)
    expect(await page.getByRole('link', { name: 'Take the two-minute welcome' }).count()).toBe(1)
  })

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations on any step of the welcome, its errors, or Today after it (${colorScheme})`, async () => {
      limber = chromium.startLimber()
      const page = await limber.openPage('main', { colorScheme })
      const suffix = colorScheme === 'light' ? '' : '-dark'
      await page.getByRole('heading', { name: 'Welcome to Limber' }).waitFor()
      expect(await axeViolations(page), 'step 1').toEqual([])
      await page.screenshot({ path: join(SCREENSHOT_DIR, `welcome${suffix}.png`), fullPage: true })
      await page.getByRole('button', { name: 'Next: your reminders' }).click()
      await page.getByLabel('Remind me to stand up after (minutes)').fill('')
      await page.getByRole('button', { name: 'Save and continue' }).click()
      await page.locator('.field-error').first().waitFor()
      expect(await axeViolations(page), 'step 2 with an error').toEqual([])
      await page.getByLabel('Remind me to stand up after (minutes)').fill('25')
      await page.getByRole('button', { name: 'Save and continue' }).click()
      await page.getByText('Step 3 of 4').waitFor()
      expect(await axeViolations(page), 'step 3').toEqual([])
      for (const sign of WARNING_SIGN_INFO) {
        await page.getByRole('group', { name: sign.question }).getByRole('radio', { name: 'No' }).check()
      }
      await page.getByRole('button', { name: 'Save my answers' }).click()
      await page.getByText('Step 4 of 4').waitFor()
      await page.getByRole('button', { name: 'Save and finish' }).click()
      await page.getByRole('alert').waitFor()
      expect(await axeViolations(page), 'step 4 with errors').toEqual([])
      await page.getByRole('group', { name: 'Back pain now' }).getByRole('radio', { name: '2', exact: true }).check()
      await page.getByRole('group', { name: 'Leg pain now' }).getByRole('radio', { name: '1', exact: true }).check()
      await page.getByLabel('Back', { exact: true }).check()
      await page.getByRole('button', { name: 'Save and finish' }).click()
      await page.getByRole('heading', { name: 'You are set up' }).waitFor()
      expect(await axeViolations(page), 'Today after the welcome').toEqual([])
    })
  }

  it('shows the day on Today after a routine, a break, a walk and a check-in', async () => {
    limber = chromium.startLimber()
    await limber.answerSafetyQuestions()
    const page = await limber.openPage('main', { fakeClock: true, hash: '/today' })
    const day = page.getByRole('region', { name: 'Your day so far' })
    await day.waitFor()
    expect(await day.textContent()).toContain('No routine played yet today')
    expect(await day.textContent()).toContain('Check-in due today')
    expect(await day.textContent()).toMatch(/Next: Do today’s check-in/)

    // A reminder after 25 minutes of typing, answered with a break.
    await limber.advanceMinutes(26)
    await act(limber, 'office:act', { type: 'start-break' })
    await limber.advanceMinutes(3)
    await act(limber, 'office:act', { type: 'finish-break' })
    await expect.poll(() => day.textContent()).toContain('1 of 1 reminder answered with a break')

    // A desk routine played to the end.
    await page.goto(`${chromium.url}/index.html#/player/desk-tilt-walk`)
    await page.getByRole('heading', { name: 'Pelvic tilts, seated' }).waitFor()
    await page.getByRole('button', { name: 'Start' }).click()
    await page.clock.runFor(60_000)
    await page.getByRole('button', { name: /Fine/ }).click()
    await page.getByRole('heading', { name: 'Stand up and walk' }).waitFor()
    await page.getByRole('button', { name: 'Start' }).click()
    await page.clock.runFor(61_000)
    await page.getByRole('button', { name: /Fine/ }).click()
    await page.getByRole('heading', { name: 'Well done' }).waitFor()

    await act(limber, 'progress:log-walk', { minutes: 15 })
    await act(limber, 'progress:save-check-in', {
      backPain: 3,
      legPain: 2,
      furthestPoint: 'thigh',
      numbness: { present: false },
      morningStiffnessMinutes: 10,
      walkingMinutes: 15,
      psfs: []
    })
    // The player fills the window (no nav) until it is left: Exit, as a person would.
    await page.getByRole('button', { name: /^Exit/ }).click()
    await page.getByRole('link', { name: 'Today' }).click()
    await expect.poll(() => day.textContent()).toContain('Checked in at 09:29')
    const text = await day.textContent()
    expect(text).toContain('Tilts and a walk to the window: done')
    expect(text).toMatch(/Next: When you have a few minutes, play today’s morning routine/)
    expect(text).toContain('1 of 1 reminder answered with a break')
    expect(text).toContain('15 min walked')
    expect(await day.locator('.day-item.done').count()).toBe(4)
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme })
      expect(await axeViolations(page), colorScheme).toEqual([])
      await page.screenshot({ path: join(SCREENSHOT_DIR, `today-${colorScheme}.png`), fullPage: true })
    }
  })
})
