// The routine editor in Chromium with the real handlers, keyboard only: Up, Down and Remove keep focus on
// the item (or a neighbour), never dropping it to the page; adding an exercise the user's phase does not
// allow yet is warned about in plain words; the saved routine is on disk as built.
import { describe, expect, it } from 'vitest'
import type { HomeState } from '@shared/home/home-state'
import { dispatch } from '../../src/main/app/dispatch'
import { axeViolations, browserMissing } from '../support/e2e/browser'
import type { E2eApp } from '../support/e2e/e2e-app'
import { useChromiumSuite } from '../support/e2e/chromium-suite'

const missing = browserMissing()

describe.skipIf(missing !== null)(`routine editor in Chromium${missing ? ` (skipped: ${missing})` : ''}`, () => {
  const chromium = useChromiumSuite()
  let limber: E2eApp

  it('moves and removes by keyboard with focus kept, warns about a locked exercise, and saves', async () => {
    limber = chromium.startLimber()
    await limber.answerSafetyQuestions()
    const page = await limber.openPage('main', { hash: '/routine-edit/new' })
    await page.getByRole('heading', { name: 'Make a routine' }).waitFor()
    await page.getByLabel('Name').fill('Lunch stretch')
    const picker = page.getByRole('combobox', { name: 'Exercise to add' })
    for (const id of ['seated-piriformis', 'cat-cow-seated', 'pelvic-tilt-seated']) {
      await picker.selectOption(id)
      await page.getByRole('button', { name: 'Add exercise' }).press('Enter')
    }
    const focused = () =>
      page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.tagName)

    await page.getByRole('button', { name: 'Move Seated piriformis stretch down' }).focus()
    await page.keyboard.press('Enter')
    expect(await focused()).toBe('Move Seated piriformis stretch down')
    await page.keyboard.press('Enter')
    // Now last: Down is disabled, so focus stays on the same item's Up.
    expect(await focused()).toBe('Move Seated piriformis stretch up')
    await page.getByRole('button', { name: /^Remove Cat-cow/ }).focus()
    await page.keyboard.press('Enter')
    expect(await focused()).not.toBe('BODY')
    expect(await focused()).toMatch(/^Remove /)

    // Bridging unlocks in phase 3: choosing it says so before it is added.
    await picker.selectOption('bridging')
    await expect.poll(() => page.locator('#adding-note').textContent()).toMatch(/Not for you yet: Unlocks in phase 3/)
    expect(await axeViolations(page)).toEqual([])

    await picker.selectOption('cat-cow-seated')
    await page.getByRole('button', { name: 'Save routine' }).click()
    const saved = async () => {
      const reply = await dispatch(limber.app.handlers(), 'home:get-state', undefined, { window: 'main' })
      if (!reply.ok) throw new Error(reply.error.message)
      return (reply.value as HomeState).customRoutines.map((r) => [r.name, r.items.map((i) => i.exerciseId)])
    }
    await expect.poll(saved).toEqual([['Lunch stretch', ['pelvic-tilt-seated', 'seated-piriformis']]])
  })
})
