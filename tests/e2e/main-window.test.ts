// The built main window in Chromium, bound to the real main-process handlers on a temp data dir.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SCREENSHOT_DIR, axeViolations, browserMissing } from '../support/e2e/browser'
import type { E2eApp } from '../support/e2e/e2e-app'
import { useChromiumSuite } from '../support/e2e/chromium-suite'
import type { Locator } from 'playwright'
import { dispatch } from '../../src/main/app/dispatch'

/** The text of everything a field is described by (its message, its hint). */
function describedBy(field: Locator): Promise<string> {
  return field.evaluate((el) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim()
  )
}

const missing = browserMissing()

describe.skipIf(missing !== null)(`main window in Chromium${missing ? ` (skipped: ${missing})` : ''}`, () => {
  const chromium = useChromiumSuite()
  let limber: E2eApp

  /** Limber past its first run (the welcome, welcome.test.ts), so Today opens on the desk card. */
  async function startedLimber(): Promise<E2eApp> {
    limber = chromium.startLimber()
    await limber.answerSafetyQuestions()
    return limber
  }

  it('shows the same sitting time as the tray, and follows it as time passes', async () => {
    await startedLimber()
    const page = await limber.openPage('main')
    await expect.poll(() => page.locator('.status-line').textContent()).toBe('Sitting for 0 min')
    await limber.advanceMinutes(14)
    await expect.poll(() => page.locator('.status-line').textContent()).toBe('Sitting for 14 min')
    expect(limber.trayView?.statusLine).toBe('Sitting for 14 min')
  })

  it('offers the tray actions on Today: pausing for an hour pauses the engine', async () => {
    await startedLimber()
    const page = await limber.openPage('main')
    await page.getByRole('button', { name: '1 hour' }).click()
    await expect.poll(() => page.locator('.status-line').textContent()).toBe('Paused until 10:00')
    expect(limber.trayView?.statusLine).toBe('Paused until 10:00')
    await page.getByRole('button', { name: 'Resume reminders' }).click()
    await expect.poll(() => limber.trayView?.icon.state).toBe('sitting')
  })

  it('saves settings from the Settings screen to settings.json, using only the keyboard', async () => {
    await startedLimber()
    const page = await limber.openPage('main', { hash: '/settings' })
    const limit = page.getByLabel('Remind me to stand up after (minutes)')
    await limit.focus()
    await page.keyboard.press('Control+A')
    await page.keyboard.type('30')
    await page.getByRole('button', { name: 'Save settings' }).focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Settings saved.' }).count()).toBe(1)
    const onDisk = JSON.parse(readFileSync(join(limber.dir, 'settings.json'), 'utf8'))
    expect(onDisk.office.sitLimitMinutes).toBe(30)
  })

  it('shows why an impossible setting was refused, and keeps the file as it was', async () => {
    await startedLimber()
    const page = await limber.openPage('main', { hash: '/settings' })
    const snooze = page.getByLabel('Snooze for (minutes)')
    await snooze.fill('0')
    await page.getByLabel('Longest meeting (minutes)').fill('')
    await page.getByRole('button', { name: 'Save settings' }).click()
    // At the field, in plain words, marked, with focus on the first one; the summary names each.
    await expect.poll(() => snooze.evaluate((el) => el === document.activeElement)).toBe(true)
    expect(await snooze.getAttribute('aria-invalid')).toBe('true')
    expect(await describedBy(snooze)).toContain('At least 1 minute.')
    expect(await describedBy(page.getByLabel('Longest meeting (minutes)'))).toContain(
      'Enter a whole number from 15 to 240.'
    )
    const alert = await page.getByRole('alert').textContent()
    expect(alert).toContain('Snooze length: At least 1 minute.')
    expect(alert).not.toMatch(/Invalid input|expected number|NaN|Too (big|small)/)
    const onDisk = JSON.parse(readFileSync(join(limber.dir, 'settings.json'), 'utf8'))
    expect(onDisk.office.snoozeMinutes).toBe(5)
    // Fixing a field takes its message away at once.
    await snooze.fill('5')
    await expect.poll(() => snooze.getAttribute('aria-invalid')).toBeNull()
    expect(await page.getByRole('alert').textContent()).not.toContain('Snooze length')
  })

  it('refuses overlapping work periods, and "Add a work period" offers a free one', async () => {
    await startedLimber()
    const page = await limber.openPage('main', { hash: '/settings' })
    await page.getByLabel('Only remind me during work hours').check()
    await page.getByRole('button', { name: 'Add a work period' }).click()
    expect(await page.getByLabel('Work period 2 from').inputValue()).toBe('17:30')
    expect(await page.getByLabel('to', { exact: true }).nth(1).inputValue()).toBe('21:30')
    await page.getByLabel('Work period 2 from').fill('13:00')
    await page.getByRole('button', { name: 'Save settings' }).click()
    const start = page.getByLabel('Work period 2 from')
    await expect.poll(() => start.evaluate((el) => el === document.activeElement)).toBe(true)
    expect(await describedBy(start)).toBe('Work period 2 overlaps another one. Change its times or remove it.')
    let onDisk = JSON.parse(readFileSync(join(limber.dir, 'settings.json'), 'utf8'))
    expect(onDisk.office?.workHours?.ranges ?? [{}]).toHaveLength(1)
    // The main process refuses it too, whatever the window sends.
    const reply = await dispatch(
      limber.app.handlers(),
      'settings:update',
      {
        office: {
          workHours: {
            enabled: true,
            days: [1],
            ranges: [
              { start: '09:00', end: '17:30' },
              { start: '13:00', end: '17:00' }
            ]
          }
        }
      },
      { window: 'main' }
    )
    expect(reply).toMatchObject({ ok: true, value: { ok: false } })
    await start.fill('18:00')
    await page.getByRole('button', { name: 'Save settings' }).click()
    await page.getByRole('status').filter({ hasText: 'Settings saved.' }).waitFor()
    onDisk = JSON.parse(readFileSync(join(limber.dir, 'settings.json'), 'utf8'))
    expect(onDisk.office.workHours.ranges).toEqual([
      { start: '09:00', end: '17:30' },
      { start: '18:00', end: '21:30' }
    ])
  })

  it('asks before leaving Settings with unsaved changes: stay, save, or leave without saving', async () => {
    await startedLimber()
    const page = await limber.openPage('main', { hash: '/settings' })
    const limit = page.getByLabel('Remind me to stand up after (minutes)')
    await limit.fill('40')
    await page.getByRole('link', { name: 'Today' }).click()
    const dialog = page.getByRole('alertdialog', { name: 'Save your changes?' })
    await dialog.waitFor()
    expect(
      await page.getByRole('button', { name: 'Save and leave' }).evaluate((el) => el === document.activeElement)
    ).toBe(true)
    expect(page.url()).toMatch(/#\/settings$/)
    await page.keyboard.press('Escape') // stay
    await expect.poll(() => dialog.count()).toBe(0)
    expect(await limit.inputValue()).toBe('40')

    await page.getByRole('link', { name: 'Progress' }).click()
    await page.getByRole('button', { name: 'Save and leave' }).click()
    await page.getByRole('heading', { name: 'Progress', exact: true }).waitFor()
    let onDisk = JSON.parse(readFileSync(join(limber.dir, 'settings.json'), 'utf8'))
    expect(onDisk.office.sitLimitMinutes).toBe(40)

    await page.getByRole('link', { name: 'Settings' }).click()
    await limit.fill('50')
    await page.getByRole('link', { name: 'Today' }).click()
    await page.getByRole('button', { name: 'Leave without saving' }).click()
    await page.getByRole('heading', { name: 'Today', exact: true, level: 1 }).waitFor()
    onDisk = JSON.parse(readFileSync(join(limber.dir, 'settings.json'), 'utf8'))
    expect(onDisk.office.sitLimitMinutes).toBe(40)
    // Nothing unsaved: no question.
    await page.getByRole('link', { name: 'Settings' }).click()
    await page.getByRole('heading', { name: 'Settings', exact: true }).waitFor()
    await page.getByRole('link', { name: 'Routines' }).click()
    await page.getByRole('heading', { name: 'Routines', exact: true }).waitFor()
    expect(await page.getByRole('alertdialog').count()).toBe(0)
  })

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations on Today and Settings (${colorScheme})`, async () => {
      await startedLimber()
      const page = await limber.openPage('main', { colorScheme })
      await page.locator('.status-line').waitFor()
      expect(await axeViolations(page)).toEqual([])
      // today-light/-dark (Today with a day behind it) are written by welcome.test.ts.
      await page.getByRole('link', { name: 'Settings' }).click()
      await page.getByRole('heading', { name: 'Settings' }).waitFor()
      expect(await axeViolations(page)).toEqual([])
      await page.getByLabel('Snooze for (minutes)').fill('')
      await page.getByLabel('Remind me to stand up after (minutes)').fill('40')
      await page.getByRole('button', { name: 'Save settings' }).click()
      await page.locator('.field-error').waitFor()
      expect(await axeViolations(page), 'with an error').toEqual([])
      await page.getByRole('link', { name: 'Today' }).click()
      await page.getByRole('alertdialog').waitFor()
      expect(await axeViolations(page), 'unsaved-changes dialog').toEqual([])
      await page.getByRole('button', { name: 'Stay here' }).click()
      await page.getByLabel('Snooze for (minutes)').fill('5')
      await page.screenshot({ path: join(SCREENSHOT_DIR, `settings-${colorScheme}.png`), fullPage: true })
    })
  }
})
