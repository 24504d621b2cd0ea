// The progress log in the built main process: check-ins over IPC to disk, export and report through
// the native dialogs and printToPDF, moving the data folder, and the daily check-in reminder.
// Strict Electron stand-in, fake timers, real files.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { INVOKE_CHANNEL_NAMES, REPORT_PAGE_TITLES } from '@shared/contract'
import { progressReportSchema } from '@shared/progress-report'
import { StandinBrowserWindow, standin } from '../support/electron-standin'
import { bundleMissing, startMain, type MainHarness } from '../support/main-harness'

const missing = bundleMissing()
let app: MainHarness | null = null
const cleanup: string[] = []
afterEach(async () => {
  await app?.stop()
  app = null
  for (const dir of cleanup.splice(0)) rmSync(dir, { recursive: true, force: true })
})

const CHECK_IN = {
  backPain: 5,
  legPain: 3,
  furthestPoint: 'buttock',
  numbness: { present: false },
  morningStiffnessMinutes: 10,
  walkingMinutes: 20,
  psfs: [{ activity: 'drive 30 min', score: 4 }]
}

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'limber-progress-int-'))
  cleanup.push(dir)
  return dir
}

/** Every event line under a data folder's devices/, parsed. */
function eventsIn(dataDir: string): { type: string; [k: string]: unknown }[] {
  const devices = join(dataDir, 'devices')
  if (!existsSync(devices)) return []
  return readdirSync(devices).flatMap((device) =>
    readdirSync(join(devices, device))
      .filter((f) => f.endsWith('.jsonl'))
      .flatMap((f) =>
        readFileSync(join(devices, device, f), 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l))
      )
  )
}

async function ok<T>(app: MainHarness, window: StandinBrowserWindow, channel: string, payload?: unknown): Promise<T> {
  const envelope = await app.invoke(window, channel, payload)
  if (!envelope.ok) throw new Error(envelope.error?.message)
  return envelope.value as T
}

describe.skipIf(missing !== null)(
  `the progress log in the built main process${missing ? ` (skipped: ${missing})` : ''}`,
  () => {
    it('saves a check-in sent over IPC to this computer’s month file', async () => {
      app = await startMain()
      const saved = await ok<{ id: string }>(app, app.window('main')!, 'progress:save-check-in', CHECK_IN)
      const events = eventsIn(join(app.userData, 'progress'))
      expect(events).toEqual([
        expect.objectContaining({ type: 'check-in', id: saved.id, backPain: 5, furthestPoint: 'buttock' })
      ])
      const refused = await app.invoke(app.window('main')!, 'progress:save-check-in', { ...CHECK_IN, legPain: -1 })
      expect(refused.ok).toBe(false)
      expect(eventsIn(join(app.userData, 'progress'))).toHaveLength(1)
    })

    it('exports a date range through the native save dialog to the file the user chose', async () => {
      app = await startMain()
      const main = app.window('main')!
      await ok(app, main, 'progress:save-check-in', CHECK_IN)
      const target = join(tempDir(), 'march.csv')
      standin.dialog.saveAnswers.push(target)
      const result = await ok(app, main, 'progress:export', { from: '2026-03-01', to: '2026-03-31', format: 'csv' })
      expect(result).toEqual({ saved: true, path: target, entries: 1 })
      expect(standin.dialog.asked[0]).toMatchObject({
        kind: 'save',
        options: { defaultPath: join(app.appData, '..', 'Documents', 'limber-progress-2026-03-01-to-2026-03-31.csv') }
      })
      const lines = readFileSync(target, 'utf8').trim().split('\r\n')
      expect(lines).toHaveLength(2)
      expect(lines[1]).toMatch(/^2026-03-02T09:00:00\.000\+01:00,check-in,/)
    })

    /** The hidden window showing report.html once main has sent it the report (a few event-loop turns). */
    async function reportWindowWithReport(): Promise<StandinBrowserWindow> {
      for (let turn = 0; turn < 200; turn++) {
        const window = StandinBrowserWindow.all.find(
          (w) => w.loadedUrl?.startsWith('app://limber/report.html') && w.webContents.messages('report:content').length
        )
        if (window) return window
        await new Promise((resolve) => setImmediate(resolve))
      }
      throw new Error('main never sent a report to a report page')
    }

    /** Starts saving a report of February to a file the user chose; returns the reply to come and the file. */
    async function startSavingReport(): Promise<{ reply: ReturnType<MainHarness['invoke']>; target: string }> {
      app = await startMain()
      const main = app.window('main')!
      await ok(app, main, 'progress:save-check-in', CHECK_IN)
      const target = join(tempDir(), 'report.pdf')
      standin.dialog.saveAnswers.push(target)
      return { reply: app.invoke(main, 'progress:save-report', { from: '2026-02-01', to: '2026-03-02' }), target }
    }

    it('sends the report to a hidden, locked-down report page over IPC, prints it once drawn, saves the PDF and destroys the window', async () => {
      const { reply, target } = await startSavingReport()
      const reportWindow = await reportWindowWithReport()
      // The address carries no report (it used to, and aborted above 2 MiB); the report came as a message.
      expect(reportWindow.loadsStarted).toEqual(['app://limber/report.html'])
      const sent = reportWindow.webContents.messages('report:content')
      expect(sent).toHaveLength(1)
      const report = progressReportSchema.parse(sent[0])
      expect(report.range).toEqual({ from: '2026-02-01', to: '2026-03-02', days: 30 })
      expect(report.pain.latest).toEqual({ day: '2026-03-02', back: 5, leg: 3 })
      // Nothing is printed until the page says it has drawn the report.
      await new Promise((resolve) => setImmediate(resolve))
      expect(reportWindow.webContents.printed).toEqual([])
      reportWindow.webContents.emit('page-title-updated', {}, REPORT_PAGE_TITLES.drawn, true)
      expect(await reply).toEqual({ ok: true, value: { saved: true, path: target, entries: 1 } })
      expect(readFileSync(target, 'utf8')).toBe('%PDF-1.7 stand-in print of app://limber/report.html\n')
      expect(reportWindow.options.show).toBe(false)
      expect(reportWindow.visible).toBe(false)
      expect(reportWindow.options.webPreferences).toMatchObject({
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false
      })
      expect(reportWindow.webContents.printed[0]?.options).toMatchObject({ pageSize: 'A4', printBackground: true })
      expect(reportWindow.destroyed).toBe(true)
      // Only the report window was sent the report.
      const others = StandinBrowserWindow.all.filter((w) => w !== reportWindow)
      expect(others.flatMap((w) => w.webContents.messages('report:content'))).toEqual([])
    })

    it('saves nothing and says so when the report page cannot read the report', async () => {
      const { reply, target } = await startSavingReport()
      const reportWindow = await reportWindowWithReport()
      reportWindow.webContents.emit('page-title-updated', {}, REPORT_PAGE_TITLES.unreadable, true)
      expect(await reply).toEqual({
        ok: false,
        error: {
          code: 'failed',
          message: 'The report page could not read the report. Nothing was saved. Please try again.'
        }
      })
      expect(existsSync(target)).toBe(false)
      expect(reportWindow.webContents.printed).toEqual([])
      expect(reportWindow.destroyed).toBe(true)
    })

    it('gives up after a minute when the report page never draws the report, saving nothing', async () => {
      const { reply, target } = await startSavingReport()
      const reportWindow = await reportWindowWithReport()
      // A title that is not an answer (the page's own while it waits) changes nothing.
      reportWindow.webContents.emit('page-title-updated', {}, 'Limber progress report (waiting for the report)', true)
      await app!.advance(59_000)
      expect(reportWindow.destroyed).toBe(false)
      await app!.advance(1_000)
      const answer = await reply
      expect(answer).toMatchObject({ ok: false, error: { code: 'failed' } })
      expect(answer.ok ? '' : answer.error?.message).toMatch(
        /^The report page did not finish drawing the report within 60 s\. Nothing was saved\./
      )
      expect(existsSync(target)).toBe(false)
      expect(reportWindow.webContents.printed).toEqual([])
      expect(reportWindow.destroyed).toBe(true)
    })

    it('refuses every IPC request, on every channel, from a window showing the report page (it needs none)', async () => {
      app = await startMain()
      const reportPage = new StandinBrowserWindow({ show: false })
      await reportPage.loadURL('app://limber/report.html')
      for (const channel of INVOKE_CHANNEL_NAMES) {
        expect(await app.invoke(reportPage, channel, undefined)).toEqual({
          ok: false,
          error: { code: 'invalid-request', message: 'Request from an unknown sender was refused.' }
        })
      }
      expect(standin.dialog.asked).toEqual([])
    })

    it('moves the data folder (copied, then switched) and keeps using it after a restart', async () => {
      const appData = tempDir()
      const userData = join(appData, 'Limber')
      app = await startMain({ appData })
      const main = app.window('main')!
      await ok(app, main, 'progress:save-check-in', CHECK_IN)
      const target = join(tempDir(), 'Sync', 'limber')
      standin.dialog.openAnswers.push(target)
      const moved = await ok<{ outcome: string; folder: { path: string } }>(app, main, 'progress:move-data-folder', {
        to: 'choose'
      })
      expect(moved).toMatchObject({ outcome: 'moved', folder: { path: target, isDefault: false } })
      expect(eventsIn(target)).toEqual([expect.objectContaining({ type: 'check-in' })])
      expect(readdirSync(join(userData, 'progress'))).toContain('LIMBER-DATA-MOVED.txt')
      expect(JSON.parse(readFileSync(join(userData, 'settings.json'), 'utf8')).storage).toEqual({ dataDir: target })
      expect(await ok(app, main, 'app:get-info')).toMatchObject({ dataDir: target })
      await app.stop()
      app = await startMain({ appData, start: '2026-03-03T09:00:00+01:00' })
      await ok(app, app.window('main')!, 'progress:log-walk', { minutes: 30 })
      expect(eventsIn(target).map((e) => e.type)).toEqual(['check-in', 'walk'])
      expect(eventsIn(join(userData, 'progress')).map((e) => e.type)).toEqual(['check-in'])
    })

    it('reminds once at 18:30 on a day without a check-in, and not on a day with one', async () => {
      app = await startMain({ argv: ['--hidden'] })
      app.userIdle()
      const reminders = () => app!.notifications.filter((n) => /how is your back today/.test(String(n.title)))
      await app.minutes(9 * 60 + 29)
      expect(reminders()).toHaveLength(0)
      await app.minutes(2)
      expect(reminders()).toHaveLength(1)
      await app.minutes(3 * 60)
      expect(reminders()).toHaveLength(1)
      // Next day: a check-in at noon keeps the evening quiet.
      await app.minutes(14 * 60)
      app.tray().clickItem('open')
      await app.advance(0)
      await ok(app, app.window('main')!, 'progress:save-check-in', CHECK_IN)
      await app.minutes(8 * 60)
      expect(reminders()).toHaveLength(1)
    })
  }
)
