// The progress log in Chromium, bound to the real main-process handlers on a temp data dir: a keyboard
// check-in into the log, the Progress screen over a year of data, export, the physiotherapist report
// printed to PDF (text checked with pdftotext), and axe on each page, light and dark.
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright'
import { describe, expect, it } from 'vitest'
import { SCREENSHOT_DIR, axeViolations, browserMissing } from '../support/e2e/browser'
import type { ProgressReport } from '@shared/progress-report'
import type { E2eApp } from '../support/e2e/e2e-app'
import { useChromiumSuite } from '../support/e2e/chromium-suite'
import { seedProgressYear } from '../support/e2e/progress-year'
import { reportFixture } from '../support/report-fixture'

const missing =
  browserMissing() ?? (existsSync('/usr/bin/pdftotext') ? null : 'pdftotext not found (apt-get install poppler-utils)')

/** What the focused element is, in words: its radio group's legend and value, or its label or text. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null
    if (!el) return ''
    if (el.type === 'radio')
      return `${el.closest('fieldset')?.querySelector('legend')?.textContent ?? ''} = ${el.value}`
    return el.closest('label')?.textContent ?? el.textContent ?? ''
  })
}

async function tabTo(page: Page, text: RegExp): Promise<void> {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab')
    if (text.test(await focused(page))) return
  }
  throw new Error(`Tab never reached ${text}`)
}

async function press(page: Page, key: string, times: number): Promise<void> {
  for (let i = 0; i < times; i++) await page.keyboard.press(key)
}

/** A February report at least `bytes` long as JSON: one pain reading per check-in, many check-ins a day. */
function reportOfSize(bytes: number): ProgressReport {
  const point = (i: number) => {
    const day = `2026-02-${String((i % 28) + 1).padStart(2, '0')}`
    return { label: `${(i % 28) + 1} Feb`, day, back: i % 11, leg: (i * 7) % 11 }
  }
  const count = Math.ceil(bytes / JSON.stringify(point(0)).length)
  const series = Array.from({ length: count }, (_, i) => point(i)).sort((a, b) => a.day.localeCompare(b.day))
  return reportFixture({
    checkIns: count,
    pain: {
      baseline: { day: '2026-02-01', back: 8, leg: 6 },
      firstInRange: { day: '2026-02-02', back: 7, leg: 5 },
      latest: { day: '2026-03-01', back: 3, leg: 2 },
      backChange: { delta: -4, meaningful: true, direction: 'better' },
      legChange: { delta: -3, meaningful: true, direction: 'better' },
      series,
      seriesUnit: 'check-in'
    },
    latestSafetyAnswers: { day: '2026-03-01', signs: ['Pain in both legs'] }
  })
}

describe.skipIf(missing !== null)(`the progress log in Chromium${missing ? ` (skipped: ${missing})` : ''}`, () => {
  const chromium = useChromiumSuite()
  let limber: E2eApp

  it('a check-in done with the keyboard alone lands in the log, and the next one remembers the activities', async () => {
    limber = chromium.startLimber('2026-03-02T20:15:00+01:00')
    const page = await limber.openPage('main', { hash: '/checkin' })
    await page.getByRole('form', { name: "Today's check-in" }).waitFor()
    expect(await axeViolations(page)).toEqual([])
    await tabTo(page, /^Back pain now = 0$/)
    await press(page, 'ArrowRight', 5)
    await tabTo(page, /^Leg pain now = 0$/)
    await press(page, 'ArrowRight', 7)
    await tabTo(page, /How far do your symptoms reach/)
    await press(page, 'ArrowDown', 5) // No symptoms, Back, Buttock, Thigh, Knee, Calf
    await tabTo(page, /I have numbness/)
    await page.keyboard.press('Space')
    await tabTo(page, /Where\?/)
    await page.keyboard.type('outer calf')
    await tabTo(page, /Morning stiffness/)
    await page.keyboard.press('Control+A')
    await page.keyboard.type('25')
    // Walking is entered once, in the walk log; the check-in counts it.
    await page.getByLabel('Minutes walked').fill('10')
    await page.getByRole('button', { name: 'Save walk' }).click()
    await page.getByText('Walking today: 10 min', { exact: false }).waitFor()
    await page.getByLabel('Morning stiffness (minutes)').focus()
    await tabTo(page, /^Activity 1$/)
    await page.keyboard.type('sit through a meeting')
    await tabTo(page, /How well can you sit through a meeting today\? = 0/)
    await press(page, 'ArrowRight', 3)
    expect(await axeViolations(page)).toEqual([])
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'checkin.png'), fullPage: true })
    await tabTo(page, /^Save check-in$/)
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { name: 'Check-in saved at 20:15' }).waitFor()

    const checkIns = limber.logEvents().filter((e) => e.type === 'check-in')
    expect(checkIns).toEqual([
      expect.objectContaining({
        backPain: 5,
        legPain: 7,
        furthestPoint: 'calf',
        numbness: { present: true, where: 'outer calf' },
        morningStiffnessMinutes: 25,
        walkingMinutes: 10,
        psfs: [{ activity: 'sit through a meeting', score: 3 }]
      })
    ])
    await page.reload()
    await page.getByRole('form', { name: "Today's check-in" }).waitFor()
    expect(await page.getByLabel('Activity 1').inputValue()).toBe('sit through a meeting')
    expect(await page.getByText('You already checked in today.', { exact: false }).count()).toBe(1)
  })

  it('shows a year of data as charts with summaries, light and dark, and exports a range as CSV', async () => {
    limber = chromium.createLimber('2026-03-02T09:00:00+01:00')
    const seeded = seedProgressYear(join(limber.dir, 'progress'), '2026-03-01')
    limber.start()
    const page = await limber.openPage('main', { hash: '/progress' })
    await page.getByRole('region', { name: 'Pain' }).waitFor()
    await page.getByRole('button', { name: 'All time' }).click()
    await page.getByText('2 Mar 2025 to 2 Mar 2026 (366 days)', { exact: false }).waitFor()
    expect(await page.locator('svg.chart').count()).toBe(6)
    // A year and more: the axes say which year; the numbers tables are not built until opened.
    expect(await page.getByRole('region', { name: 'Pain' }).locator('.chart-x-label').allTextContents()).toEqual([
      '2 Mar 2025',
      '2 Mar 2026'
    ])
    expect(await page.getByRole('region', { name: 'Sitting' }).locator('.chart-x-label').first().textContent()).toBe(
      'Mar 2025'
    )
    expect(await page.locator('table').count()).toBe(0)
    expect(await page.locator('main *').count()).toBeLessThan(2000)
    // The unit sits above the top tick label, not on it.
    const unit = await page.getByRole('region', { name: 'Sitting' }).locator('.chart-axis-unit').boundingBox()
    const topTick = await page.getByRole('region', { name: 'Sitting' }).locator('.chart-grid text').last().boundingBox()
    expect(unit!.y + unit!.height).toBeLessThanOrEqual(topTick!.y)
    // Skip reasons, as typed when skipping.
    expect(await page.getByRole('region', { name: 'Breaks' }).locator('.skip-reasons li').allTextContents()).toEqual([
      expect.stringMatching(/^In a call: \d+ times$/),
      expect.stringMatching(/^Deadline: \d+ times?$/)
    ])
    const summary = (name: string) => page.getByRole('region', { name }).locator('.chart-summary').textContent()
    expect(await summary('Pain')).toMatch(/back pain is \d+ points lower, a change that matters/)
    expect(await summary('How far symptoms reach')).toMatch(/^Centralizing: your symptoms moved up from foot to back/)
    expect(await summary('Activities you find hard')).toMatch(/sit through a meeting: 8 out of 10 now, 6 points better/)
    expect(await summary('Breaks')).toMatch(/^You took \d+ of the \d+ breaks Limber asked for \(\d+ %\)/)
    expect(await summary('Sitting')).toMatch(/Longest bout: 54 min on/)
    expect(await summary('Walking')).toMatch(/^Walked \d+ h/)
    // The numbers behind a chart, from the keyboard: the disclosure opens with Enter.
    await page.getByRole('region', { name: 'Walking' }).getByText('Show the numbers').focus()
    await page.keyboard.press('Enter')
    // The table is built once the disclosure has opened (its toggle event comes on a later turn).
    await expect
      .poll(() => page.getByRole('region', { name: 'Walking' }).getByRole('table').getByRole('row').count())
      .toBe(1 + 13)
    expect(await axeViolations(page)).toEqual([])
    await page.getByRole('button', { name: 'Last 30 days' }).click()
    await page.getByText('1 Feb 2026 to 2 Mar 2026 (30 days)', { exact: false }).waitFor()
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'progress.png'), fullPage: false })

    const dark = await limber.openPage('main', { hash: '/progress', colorScheme: 'dark' })
    await dark.getByRole('region', { name: 'Pain' }).waitFor()
    expect(await axeViolations(dark)).toEqual([])
    await dark.screenshot({ path: join(SCREENSHOT_DIR, 'progress-dark.png'), fullPage: false })

    const target = join(limber.dir, 'january.csv')
    limber.saveAnswers.push(target)
    await page.getByLabel('From', { exact: true }).fill('2026-01-01')
    await page.getByLabel('To', { exact: true }).fill('2026-01-31')
    await page.getByRole('button', { name: 'Export CSV' }).click()
    await page
      .getByRole('status')
      .filter({ hasText: `saved to ${target}` })
      .waitFor()
    const inJanuary = limber.logEvents({ from: new Date(2026, 0, 1), to: new Date(2026, 1, 1) })
    const rows = readFileSync(target, 'utf8').trim().split('\r\n').slice(1)
    expect(rows).toHaveLength(inJanuary.length)
    expect(rows.every((r) => r.startsWith('2026-01-'))).toBe(true)
    expect(seeded.events).toBeGreaterThan(5000)
  })

  it('prints the physiotherapist report to PDF with the period, trends, adherence, what helped and hurt, and warning signs', async () => {
    limber = chromium.createLimber('2026-03-02T09:00:00+01:00')
    const seeded = seedProgressYear(join(limber.dir, 'progress'), '2026-03-01')
    limber.start()
    const page = await limber.openPage('main', { hash: '/progress' })
    await page.getByRole('region', { name: 'Pain' }).waitFor()
    const target = join(limber.dir, 'report.pdf')
    limber.saveAnswers.push(target)
    await page.getByLabel('From', { exact: true }).fill('2025-12-02')
    await page.getByLabel('To', { exact: true }).fill('2026-03-01')
    await page.getByRole('button', { name: 'Save report as PDF' }).click()
    await page
      .getByRole('status')
      .filter({ hasText: `Report saved to ${target}` })
      .waitFor({ timeout: 20_000 })
    expect(readFileSync(target).subarray(0, 5).toString()).toBe('%PDF-')
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [target], { encoding: 'utf8' }))?.[1])
    expect(pages).toBeGreaterThanOrEqual(1)
    expect(pages).toBeLessThanOrEqual(2)
    const text = execFileSync('pdftotext', ['-layout', target, '-'], { encoding: 'utf8' }).replace(/[ \t]+/g, ' ')
    expect(text).toContain('Limber progress report')
    expect(text).toMatch(/Period: 2 Dec 2025 to 1 Mar 2026 \(90 days/)
    expect(text).toContain('Pain trend')
    expect(text).toMatch(/Back \d+ \d+ −\d+ \((better|worse)/)
    expect(text).toContain('Function: activities the person finds hard')
    expect(text).toMatch(/sit through a meeting \d+ \d+/)
    expect(text).toContain('Adherence')
    expect(text).toMatch(/Routines finished on \d+ of 90 days/)
    expect(text).toMatch(/Breaks taken: \d+ of \d+ prompted/)
    expect(text).toContain('Felt fine (never rated sharp)')
    expect(text).toMatch(/Knee to chest: fine \d+/)
    expect(text).toContain('Rated sharp at least once')
    expect(text).toMatch(/Prone press-up: sharp \d+/i)
    expect(text).not.toMatch(/Felt fine[\s\S]*Prone press-up[\s\S]*Rated sharp/)
    expect(text).toContain('for pain, 2 points or 30 %; for an activity score, 2 points')
    expect(text).toContain('Sitting at the desk')
    expect(text).toMatch(/Sitting bouts: \d+ on \d+ days, \d+ minutes a day on average/)
    expect(text).toMatch(/Longest bout: \d+ minutes on \d+ \w+ 20\d\d \(\d\d:\d\d to \d\d:\d\d\)/)
    expect(text).toMatch(/Breaks: \d+ taken of \d+ prompted/)
    expect(text).toContain('Reasons given for skipping a break')
    expect(text).toMatch(/In a call: \d+ times/)
    expect(text).toContain('Warning signs')
    expect(text).toContain(`${Number(seeded.warningDay.slice(8, 10))} Jan 2026: Pain in both legs`)

    const report = await limber.showReport(
      await chromium.browser.newContext({ colorScheme: 'light' }),
      limber.lastReport!
    )
    await report.getByRole('heading', { name: 'Limber progress report' }).waitFor()
    expect(await axeViolations(report)).toEqual([])
    await report.context().close()
  })

  it('starts with one friendly empty state, not seven blank charts', async () => {
    limber = chromium.startLimber('2026-03-02T09:00:00+01:00')
    const page = await limber.openPage('main', { hash: '/progress' })
    await page.getByRole('heading', { name: 'Nothing logged in this period' }).waitFor()
    expect(await page.locator('svg.chart').count()).toBe(0)
    expect(await axeViolations(page)).toEqual([])
    await page.getByRole('button', { name: 'Show all time' }).click()
    await page.getByRole('heading', { name: 'Your progress starts here' }).waitFor()
    expect(await page.getByRole('link', { name: 'Do a check-in' }).getAttribute('href')).toBe('#/checkin')
    const dark = await limber.openPage('main', { hash: '/progress', colorScheme: 'dark' })
    await dark.getByRole('heading', { name: 'Nothing logged in this period' }).waitFor()
    expect(await axeViolations(dark)).toEqual([])
  })

  it('corrects a walk and withdraws a check-in from Recent entries: the log keeps both, Progress uses the correction', async () => {
    limber = chromium.startLimber('2026-03-02T20:15:00+01:00')
    const page = await limber.openPage('main', { hash: '/checkin' })
    await page.getByRole('form', { name: "Today's check-in" }).waitFor()
    const send = async (channel: string, body: unknown) =>
      page.evaluate(
        ([c, b]) =>
          (window as unknown as { limber: { invoke(c: string, b: unknown): Promise<unknown> } }).limber.invoke(c, b),
        [channel, body] as const
      )
    await send('progress:log-walk', { minutes: 20 })
    await send('progress:save-check-in', {
      backPain: 6,
      legPain: 5,
      furthestPoint: 'calf',
      numbness: { present: false },
      morningStiffnessMinutes: 15,
      walkingMinutes: 20,
      psfs: []
    })
    await page.goto(page.url().replace(/#.*$/, '#/progress'))
    const entries = page.getByRole('region', { name: 'Recent entries' })
    await entries.waitFor()
    const walking = page.getByRole('region', { name: 'Walking' }).locator('.chart-summary')
    expect(await walking.textContent()).toMatch(/^Walked 20 min in total/)

    await entries.getByRole('button', { name: /^Correct Walk: 20 min/ }).click()
    const field = entries.getByLabel('Minutes walked')
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true)
    await field.fill('45')
    expect(await axeViolations(page)).toEqual([])
    await page.keyboard.press('Enter')
    await entries.getByRole('status').filter({ hasText: 'Corrected: Walk' }).waitFor()
    await entries.getByText('Walk: 45 min').waitFor()
    // The check-in says 20 minutes walked that day, the corrected walk says 45: the larger counts.
    await expect.poll(() => walking.textContent()).toMatch(/^Walked 45 min in total/)

    await entries.getByRole('button', { name: /^Withdraw Check-in: back pain 6/ }).click()
    await entries.getByRole('status').filter({ hasText: 'Withdrawn: Check-in' }).waitFor()
    await page
      .getByRole('region', { name: 'Pain' })
      .locator('.chart-summary')
      .filter({ hasText: /No check-ins/ })
      .waitFor()

    const log = limber.logEvents()
    const corrections = log.filter((e) => e.type === 'correction')
    expect(corrections).toEqual([
      expect.objectContaining({
        target: expect.objectContaining({ type: 'walk' }),
        change: { kind: 'walk', minutes: 45 }
      }),
      expect.objectContaining({ target: expect.objectContaining({ type: 'check-in' }), change: { kind: 'withdraw' } })
    ])
    // Append-only: the originals are still in the log, unchanged.
    expect(log.find((e) => e.type === 'walk')).toMatchObject({ minutes: 20 })
    expect(log.find((e) => e.type === 'check-in')).toMatchObject({ backPain: 6 })
  })

  it('draws and prints a 5 MiB report whole: it reaches the page as a message, not in the address', async () => {
    limber = chromium.startLimber('2026-03-02T09:00:00+01:00')
    const report = reportOfSize(5 * 1024 * 1024)
    const target = join(limber.dir, 'big-report.pdf')
    writeFileSync(target, await limber.printReport(report))
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [target], { encoding: 'utf8' }))?.[1])
    expect(pages).toBeGreaterThanOrEqual(1)
    const text = execFileSync('pdftotext', ['-layout', target, '-'], { encoding: 'utf8' }).replace(/[ \t]+/g, ' ')
    expect(text).toContain(`(28 days, ${report.checkIns} check-ins)`)
    // The report's last field, drawn: the page had the whole 5 MiB, checked against its schema.
    expect(text).toContain('Latest answers to the warning-sign questions (1 Mar 2026): Pain in both legs.')
  })
})
