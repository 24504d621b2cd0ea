// Calls and presentations in the built main window: Settings says what works here, a call holds the break card.
import { describe, expect, it } from 'vitest'
import { axeViolations, browserMissing } from '../support/e2e/browser'
import type { E2eApp } from '../support/e2e/e2e-app'
import { useChromiumSuite } from '../support/e2e/chromium-suite'

const missing = browserMissing()

describe.skipIf(missing !== null)(`desktop signals in Chromium${missing ? ` (skipped: ${missing})` : ''}`, () => {
  const chromium = useChromiumSuite()
  let limber: E2eApp

  it('lists in Settings what Limber can notice on this computer, keyboard-usable and axe-clean', async () => {
    limber = chromium.startLimber()
    const page = await limber.openPage('main')
    await page.getByRole('link', { name: 'Settings' }).click()
    const list = page.getByRole('list', { name: 'On this computer' })
    await expect
      .poll(() => list.getByRole('listitem').allTextContents())
      .toEqual([
        'Microphone: detected',
        'Camera: detected',
        'Fullscreen: not available on this desktop',
        'Do Not Disturb: detected'
      ])
    await page.getByRole('checkbox', { name: /Do Not Disturb/ }).focus()
    await page.keyboard.press('Space')
    await page.getByRole('button', { name: 'Save settings' }).click()
    await expect.poll(() => list.getByRole('listitem').nth(3).textContent()).toBe('Do Not Disturb: off')
    expect(await axeViolations(page)).toEqual([])
  })

  it('holds the break card through a call, says so on Today and in the tray, and prompts once after it', async () => {
    limber = chromium.startLimber()
    await limber.answerSafetyQuestions()
    const page = await limber.openPage('main')
    await limber.advanceMinutes(10)
    limber.signals.set('microphone', true)
    await limber.signals.settle()
    await limber.advanceMinutes(20)
    expect(limber.opened).not.toContain('break-card')
    await expect
      .poll(() => page.locator('.status-line').textContent())
      .toBe('In a call: reminders wait (sitting 30 min)')
    expect(limber.trayView?.menu[0]).toEqual({ kind: 'label', label: 'In a call: reminders wait' })
    limber.signals.set('microphone', false)
    await limber.signals.settle()
    await limber.advanceMinutes(3)
    expect(limber.opened.filter((k) => k === 'break-card')).toHaveLength(1)
  })
})
