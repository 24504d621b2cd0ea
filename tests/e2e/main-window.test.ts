// The built main window in Chromium, bound to the real main-process handlers on a temp data dir.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SCREENSHOT_DIR, axeViolations, browserMissing } from '../support/e2e/browser'
import type { E2eApp } from '../support/e2e/e2e-app'
import { useChromiumSuite } from '../support/e2e/chromium-suite'

const missing = browserMissing()

describe.skipIf(missing !== null)(`main window in Chromium${missing ? ` (skipped: ${missing})` : ''}`, () => {
  const chromium = useChromiumSuite()
  let limber: E2eApp

  it('shows the same sitting time as the tray, and follows it as time passes', async () => {
    limber = chromium.startLimber()
    const page = await limber.openPage('main')
    await expect.poll(() => page.locator('.status-line').textContent()).toBe('Sitting for 0 min')
    await limber.advanceMinutes(14)
    await expect.poll(() => page.locator('.status-line').textContent()).toBe('Sitting for 14 min')
    expect(limber.trayView?.statusLine).toBe('Sitting for 14 min')
  })

  it('offers the tray actions on Today: pausing for an hour pauses the engine', async () => {
    limber = chromium.startLimber()
    const page = await limber.openPage('main')
    await page.getByRole('button', { name: '1 hour' }).click()
    await expect.poll(() => page.locator('.status-line').textContent()).toBe('Paused until 10:00')
    expect(limber.trayView?.statusLine).toBe('Paused until 10:00')
    await page.getByRole('button', { name: 'Resume reminders' }).click()
    await expect.poll(() => limber.trayView?.icon.state).toBe('sitting')
  })

  it('saves settings from the Settings screen to settings.json, using only the keyboard', async () => {
    limber = chromium.startLimber()
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
    limber = chromium.startLimber()
    const page = await limber.openPage('main', { hash: '/settings' })
    await page.getByLabel('Snooze for (minutes)').fill('0')
    await page.getByRole('button', { name: 'Save settings' }).click()
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Snooze length')
    const onDisk = JSON.parse(readFileSync(join(limber.dir, 'settings.json'), 'utf8'))
    expect(onDisk.office.snoozeMinutes).toBe(5)
  })

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations on Today and Settings (${colorScheme})`, async () => {
      limber = chromium.startLimber()
      const page = await limber.openPage('main', { colorScheme })
      await page.locator('.status-line').waitFor()
      expect(await axeViolations(page)).toEqual([])
      await page.screenshot({ path: join(SCREENSHOT_DIR, `today-${colorScheme}.png`) })
      await page.getByRole('link', { name: 'Settings' }).click()
      await page.getByRole('heading', { name: 'Settings' }).waitFor()
      expect(await axeViolations(page)).toEqual([])
      await page.screenshot({ path: join(SCREENSHOT_DIR, `settings-${colorScheme}.png`), fullPage: true })
    })
  }
})
