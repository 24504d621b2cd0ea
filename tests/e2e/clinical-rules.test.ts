// Issue 13's visible rules in Chromium, bound to the real main-process handlers on a temp data dir: a sharp
// prone press-up keeps extension out of the next routine (with the reason on screen), and an emergency
// answer silences the next stand-up prompt while Today says to get urgent care.
import { describe, expect, it } from 'vitest'
import { SHARP_EXTENSION_MESSAGE } from '@shared/content/gating'
import { EMERGENCY_NOTIFICATION, EMERGENCY_STOP_MESSAGE } from '@shared/content/warning-signs'
import type { SymptomLocation } from '@shared/progress-events'
import { dispatch } from '../../src/main/app/dispatch'
import { axeViolations, browserMissing } from '../support/e2e/browser'
import type { E2eApp } from '../support/e2e/e2e-app'
import { useChromiumSuite } from '../support/e2e/chromium-suite'

const missing = browserMissing()

/** Saves a check-in through the real channel, as the Check-in screen does. */
async function checkIn(limber: E2eApp, furthestPoint: SymptomLocation): Promise<void> {
  const reply = await dispatch(
    limber.app.handlers(),
    'progress:save-check-in',
    {
      backPain: 4,
      legPain: 4,
      furthestPoint,
      numbness: { present: false },
      morningStiffnessMinutes: 10,
      walkingMinutes: 10,
      psfs: []
    },
    { window: 'main' }
  )
  if (!reply.ok) throw new Error(reply.error.message)
}

describe.skipIf(missing !== null)(`clinical rules in Chromium${missing ? ` (skipped: ${missing})` : ''}`, () => {
  const chromium = useChromiumSuite()
  let limber: E2eApp

  it('sharp on the prone press-up leaves extension out of the next routine, and says why', async () => {
    limber = chromium.startLimber()
    await limber.answerSafetyQuestions()
    // Pain moving up from the foot to the thigh: extension is offered.
    await checkIn(limber, 'foot')
    await limber.advanceMinutes(1)
    await checkIn(limber, 'thigh')
    await limber.advanceMinutes(1)
    const page = await limber.openPage('main', { fakeClock: true, hash: '/player/morning' })
    await page.getByRole('heading', { name: 'Prone press-up' }).waitFor()
    await page.getByRole('button', { name: 'Start' }).click()
    await page.clock.runFor(10 * 60_000)
    await page.getByRole('button', { name: /Sharp/ }).click()
    await expect
      .poll(() => limber.logEvents().find((e) => e.type === 'exercise-completed'))
      .toMatchObject({ exerciseId: 'prone-press-up', feedback: 'sharp' })

    await page.goto(`${chromium.url}/index.html#/routines`)
    const morning = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Morning routine' }) })
    await morning.getByText(SHARP_EXTENSION_MESSAGE).waitFor()
    expect(await page.getByText(SHARP_EXTENSION_MESSAGE).count()).toBeGreaterThanOrEqual(3)
    expect(await axeViolations(page)).toEqual([])

    await page.goto(`${chromium.url}/index.html#/player/morning`)
    await page.getByRole('heading', { name: 'Knee to chest' }).waitFor()
    expect(await page.getByRole('heading', { name: 'Prone press-up' }).count()).toBe(0)
  })

  it('an emergency answer silences the next stand-up prompt; Today says to get urgent care', async () => {
    limber = chromium.startLimber()
    await limber.answerSafetyQuestions(['bladder-bowel-control'])
    await limber.advanceMinutes(25)
    expect(limber.opened).not.toContain('break-card')
    expect(limber.notifications).toEqual([EMERGENCY_NOTIFICATION])
    // Said once: the next prompts stay silent.
    await limber.advanceMinutes(60)
    expect(limber.notifications).toEqual([EMERGENCY_NOTIFICATION])
    expect(limber.opened).not.toContain('break-card')

    const page = await limber.openPage('main')
    await page.getByRole('heading', { name: 'Get emergency care now' }).waitFor()
    await page.getByText(EMERGENCY_STOP_MESSAGE).first().waitFor()
    expect(await page.getByText(/walking gently is still fine/).count()).toBe(0)
    expect(await axeViolations(page)).toEqual([])
  })
})
