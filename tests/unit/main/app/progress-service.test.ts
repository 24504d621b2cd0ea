import Conf from 'conf'
import { appendFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Notice } from '@shared/contract'
import type { CheckInAnswers } from '@shared/progress-channels'
import { progressEventSchema, type ProgressEvent } from '@shared/progress-events'
import { progressReportSchema, type ProgressReport } from '@shared/progress-report'
import { checkInReminderDecision } from '../../../../src/main/app/check-in-reminder'
import { dispatch, type Handlers } from '../../../../src/main/app/dispatch'
import type { DesktopNotification } from '../../../../src/main/app/ports'
import { ProgressService } from '../../../../src/main/app/progress-service'
import { VirtualClock } from '../../../../src/main/engine/simulation/virtual-time'
import { ProgressLog } from '../../../../src/main/storage/progress-log'
import { SETTINGS_FILE_OPTIONS, openSettings, type SettingsStore } from '../../../../src/main/storage/settings-store'

const ANSWERS: CheckInAnswers = {
  backPain: 6,
  legPain: 4,
  furthestPoint: 'thigh',
  numbness: { present: true, where: 'outer calf' },
  morningStiffnessMinutes: 20,
  walkingMinutes: 15,
  psfs: [
    { activity: 'sit through a meeting', score: 3 },
    { activity: 'drive 30 min', score: 5 }
  ]
}

class Rig {
  readonly dir = mkdtempSync(join(tmpdir(), 'limber-progress-service-'))
  readonly clock: VirtualClock
  readonly settings: SettingsStore
  readonly log: ProgressLog
  readonly notices: Notice[] = []
  readonly notifications: DesktopNotification[] = []
  readonly observed: ProgressEvent[] = []
  readonly changes: string[] = []
  readonly saveAnswers: (string | null)[] = []
  readonly openAnswers: (string | null)[] = []
  readonly printed: ProgressReport[] = []
  wake: { at: number; callback: () => void } | null = null
  readonly service: ProgressService

  constructor(start = '2026-03-02T09:00:00+01:00') {
    this.clock = new VirtualClock(Date.parse(start))
    this.settings = openSettings(
      () =>
        new Conf<Record<string, unknown>>({
          cwd: this.dir,
          configName: 'settings',
          projectName: 'limber-test',
          ...SETTINGS_FILE_OPTIONS
        }),
      join(this.dir, 'settings.json'),
      new Date(start)
    )
    this.log = ProgressLog.open({
      dataDir: this.defaultDataDir,
      deviceId: 'this-pc',
      now: () => new Date(this.clock.now())
    })
    this.service = new ProgressService({
      log: this.log,
      defaultDataDir: this.defaultDataDir,
      dialogs: {
        saveFile: () => Promise.resolve(this.saveAnswers.shift() ?? null),
        chooseFolder: () => Promise.resolve(this.openAnswers.shift() ?? null),
        chooseFile: () => Promise.resolve(this.openAnswers.shift() ?? null)
      },
      printer: {
        printReport: (report) => {
          this.printed.push(report)
          return Promise.resolve(new TextEncoder().encode('%PDF-1.7 test'))
        }
      },
      reminderScheduler: {
        schedule: (at, callback) => (this.wake = { at, callback }),
        cancel: () => (this.wake = null)
      },
      clock: this.clock,
      settings: this.settings,
      notifier: { notify: (n) => this.notifications.push(n) },
      addNotice: (n) => this.notices.push(n),
      observe: (e) => this.observed.push(e),
      changed: (reason) => this.changes.push(reason)
    })
  }

  get defaultDataDir(): string {
    return join(this.dir, 'progress')
  }

  at(iso: string): void {
    this.clock.advanceTo(Date.parse(iso))
  }

  /** Moves the clock to the pending reminder wake-up and runs it. */
  fireWake(): void {
    const wake = this.wake
    if (!wake) throw new Error('no reminder scheduled')
    this.clock.advanceTo(wake.at)
    wake.callback()
  }

  handlers(): Handlers {
    return this.service.handlers() as unknown as Handlers
  }

  close(): void {
    this.log.close()
    rmSync(this.dir, { recursive: true, force: true })
  }
}

let rig: Rig
beforeEach(() => {
  rig = new Rig()
})
afterEach(() => rig.close())

describe('progress service: check-ins and walks', () => {
  it('saves a check-in as a valid event, lets home mode see it, and shows it in the figures', () => {
    const saved = rig.service.saveCheckIn(ANSWERS)
    const events = rig.log.readAll().events
    expect(events).toHaveLength(1)
    expect(progressEventSchema.parse(events[0])).toMatchObject({
      type: 'check-in',
      id: saved.id,
      backPain: 6,
      legPain: 4
    })
    expect(saved.t).toBe('2026-03-02T09:00:00.000+01:00')
    expect(rig.observed.map((e) => e.id)).toEqual([saved.id])
    expect(rig.changes).toEqual(['check-in'])
    const { figures } = rig.service.figures('week')
    expect(figures.pain.points).toMatchObject([{ day: '2026-03-02', back: 6, leg: 4 }])
    expect(figures.symptomLocation.points).toMatchObject([{ location: 'thigh' }])
    expect(figures.psfs.map((a) => a.activity)).toEqual(['sit through a meeting', 'drive 30 min'])
  })

  it('refuses a pain score above 10 at the contract, and saves nothing', async () => {
    const envelope = await dispatch(
      rig.handlers(),
      'progress:save-check-in',
      { ...ANSWERS, backPain: 11 },
      { window: 'main' }
    )
    expect(envelope.ok).toBe(false)
    if (!envelope.ok) expect(envelope.error.message).toMatch(/backPain/)
    expect(rig.log.readAll().events).toHaveLength(0)
  })

  it('remembers the activity names of the last check-in and the walks logged today for the next form', () => {
    expect(rig.service.checkInForm()).toEqual({
      today: '2026-03-02',
      checkedInToday: false,
      lastActivities: [],
      lastFurthestPoint: null,
      walkedTodayMinutes: 0
    })
    rig.service.saveCheckIn(ANSWERS)
    rig.at('2026-03-03T08:00:00+01:00')
    rig.service.logWalk(12)
    rig.service.logWalk(8)
    expect(rig.service.checkInForm()).toEqual({
      today: '2026-03-03',
      checkedInToday: false,
      lastActivities: ['sit through a meeting', 'drive 30 min'],
      lastFurthestPoint: 'thigh',
      walkedTodayMinutes: 20
    })
  })

  it('says in plain words when the disk refuses a check-in', () => {
    rmSync(rig.defaultDataDir, { recursive: true, force: true })
    appendFileSync(rig.defaultDataDir, 'a file where the folder should be')
    expect(() => rig.service.saveCheckIn(ANSWERS)).toThrow(
      /Your check-in could not be saved .*Everything saved before is safe/
    )
  })
})

describe('progress service: the daily check-in reminder', () => {
  it('reminds once in the early evening of a day without a check-in, and never twice that day', () => {
    rig.service.start()
    expect(new Date(rig.wake!.at).toString()).toMatch(/Mon Mar 02 2026 18:30/)
    rig.fireWake()
    expect(rig.notifications).toHaveLength(1)
    expect(rig.notifications[0]?.title).toMatch(/how is your back today/)
    // A second look the same evening (a restart of the timer) stays quiet.
    rig.at('2026-03-02T19:30:00+01:00')
    rig.service.remindIfDue()
    expect(rig.notifications).toHaveLength(1)
    expect(new Date(rig.wake!.at).toString()).toMatch(/Tue Mar 03 2026 18:30/)
  })

  it('stays quiet on a day with a check-in, and when the reminder is turned off', () => {
    rig.service.start()
    rig.at('2026-03-02T12:00:00+01:00')
    rig.service.saveCheckIn(ANSWERS)
    rig.fireWake()
    expect(rig.notifications).toHaveLength(0)
    rig.settings.update({ general: { checkInReminder: false } })
    rig.fireWake() // 3 March, no check-in, but switched off
    expect(rig.notifications).toHaveLength(0)
    rig.settings.update({ general: { checkInReminder: true } })
    rig.fireWake() // 4 March
    expect(rig.notifications).toHaveLength(1)
  })

  it('counts a check-in another computer synced into the log today', () => {
    rig.service.start()
    const other = ProgressLog.open({ dataDir: rig.defaultDataDir, deviceId: 'office-pc' })
    other.append({ type: 'check-in', t: '2026-03-02T13:00:00+01:00', ...ANSWERS })
    rig.fireWake()
    expect(rig.notifications).toHaveLength(0)
  })

  it('does not speak after 22:00: a late start skips the day', () => {
    const late = Date.parse('2026-03-02T22:15:00+01:00')
    const decision = checkInReminderDecision(late, { enabled: true, lastCheckInDay: null, lastRemindedDay: null })
    expect(decision.remindNow).toBe(false)
    expect(new Date(decision.nextCheckAt).toString()).toMatch(/Tue Mar 03 2026 18:30/)
  })
})

describe('progress service: sharing', () => {
  function seedAroundMarch(): Record<string, string> {
    const at = (t: string) => rig.log.append({ type: 'walk', t, minutes: 10 }).id
    return {
      before: at('2026-02-28T23:59:00+01:00'),
      first: at('2026-03-01T00:00:00+01:00'),
      last: at('2026-03-02T23:59:00+01:00'),
      after: at('2026-03-03T00:00:00+01:00')
    }
  }

  it('exports exactly the days asked for, as JSON, to the file chosen in the save dialog', async () => {
    const ids = seedAroundMarch()
    const target = join(rig.dir, 'export.json')
    rig.saveAnswers.push(target)
    const result = await rig.service.exportRange({ from: '2026-03-01', to: '2026-03-02', format: 'json' })
    expect(result).toEqual({ saved: true, path: target, entries: 2 })
    const exported = JSON.parse(readFileSync(target, 'utf8')) as { id: string }[]
    expect(exported.map((e) => e.id)).toEqual([ids['first'], ids['last']])
  })

  it('exports CSV with one row per event in range, and writes nothing when the dialog is cancelled', async () => {
    seedAroundMarch()
    rig.saveAnswers.push(null)
    expect(await rig.service.exportRange({ from: '2026-03-01', to: '2026-03-02', format: 'csv' })).toEqual({
      saved: false
    })
    expect(readdirSync(rig.dir).filter((f) => f.endsWith('.csv'))).toEqual([])
    const target = join(rig.dir, 'export.csv')
    rig.saveAnswers.push(target)
    await rig.service.exportRange({ from: '2026-03-02', to: '2026-03-01', format: 'csv' })
    const lines = readFileSync(target, 'utf8').trim().split('\r\n')
    expect(lines[0]).toBe('time,type,id,details')
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual([
      '2026-03-01T00:00:00+01:00',
      '2026-03-02T23:59:00+01:00'
    ])
  })

  it('prints the report of the range chosen and saves the PDF where the user said', async () => {
    rig.log.append({ type: 'check-in', t: '2026-02-20T20:00:00+01:00', ...ANSWERS, backPain: 7 })
    rig.log.append({ type: 'check-in', t: '2026-03-01T20:00:00+01:00', ...ANSWERS, backPain: 3 })
    rig.log.append({ type: 'safety-answers', t: '2026-03-01T20:01:00+01:00', signs: ['both-legs'] })
    const target = join(rig.dir, 'report.pdf')
    rig.saveAnswers.push(target)
    const result = await rig.service.saveReport({ from: '2026-02-15', to: '2026-03-02' })
    expect(result).toMatchObject({ saved: true, path: target, entries: 2 })
    expect(readFileSync(target, 'utf8')).toBe('%PDF-1.7 test')
    const report = progressReportSchema.parse(rig.printed[0])
    expect(report.range).toEqual({ from: '2026-02-15', to: '2026-03-02', days: 16 })
    expect(report.pain.backChange).toEqual({ delta: -4, meaningful: true, direction: 'better' })
    expect(report.warningSigns).toEqual([{ day: '2026-03-01', signs: ['Pain in both legs'] }])
  })
})

describe('progress service: data folder, backup, import, load problems', () => {
  it('moves the log to a chosen folder (copied, checked), saves the setting, and writes there from then on', async () => {
    rig.service.saveCheckIn(ANSWERS)
    const target = join(rig.dir, 'synced')
    rig.openAnswers.push(target)
    const result = await rig.service.moveDataFolder('choose')
    expect(result).toMatchObject({ outcome: 'moved', folder: { path: target, isDefault: false }, files: 1 })
    expect(rig.settings.get().storage.dataDir).toBe(target)
    rig.service.logWalk(10)
    expect(readdirSync(join(target, 'devices', 'this-pc'))).toEqual(['2026-03.jsonl'])
    expect(readFileSync(join(target, 'devices', 'this-pc', '2026-03.jsonl'), 'utf8')).toMatch(/"type":"walk"/)
    expect(readFileSync(join(rig.defaultDataDir, 'devices', 'this-pc', '2026-03.jsonl'), 'utf8')).not.toMatch(
      /"type":"walk"/
    )
    const back = await rig.service.moveDataFolder('default')
    expect(back).toMatchObject({ outcome: 'moved', folder: { isDefault: true } })
    expect(rig.settings.get().storage.dataDir).toBeNull()
  })

  it('refuses a folder inside the current one, says why, and changes nothing', async () => {
    rig.service.saveCheckIn(ANSWERS)
    rig.openAnswers.push(join(rig.defaultDataDir, 'inside'))
    const result = await rig.service.moveDataFolder('choose')
    expect(result.outcome).toBe('failed')
    if (result.outcome === 'failed') expect(result.message).toMatch(/neither inside/)
    expect(rig.settings.get().storage.dataDir).toBeNull()
    expect(rig.service.dataFolder()).toEqual({ path: rig.defaultDataDir, isDefault: true })
  })

  it('backs up to a folder, and importing that backup adds nothing already in the log (merged by id)', async () => {
    rig.service.saveCheckIn(ANSWERS)
    rig.service.logWalk(10)
    rig.openAnswers.push(join(rig.dir, 'backups'))
    const backup = await rig.service.backup()
    expect(backup.outcome).toBe('saved')
    if (backup.outcome !== 'saved') return
    expect(existsSync(join(backup.path, 'manifest.json'))).toBe(true)
    rig.openAnswers.push(backup.path)
    const again = await rig.service.importFrom('folder')
    expect(again).toMatchObject({
      outcome: 'imported',
      added: 0,
      message: 'Added 0 entries; 2 were already in your log.'
    })
  })

  it('tells the user about unreadable lines once, in plain words', () => {
    rig.service.logWalk(10)
    appendFileSync(join(rig.defaultDataDir, 'devices', 'this-pc', '2026-03.jsonl'), '{"v":2,"id":"x","t":"garbage"}\n')
    const { problems } = rig.service.figures('all')
    expect(problems[0]).toMatch(/1 line in 2026-03\.jsonl .*could not be read/)
    expect(rig.notices).toHaveLength(1)
    expect(rig.notices[0]).toMatchObject({ level: 'warning', message: problems[0] })
    rig.service.figures('week')
    expect(rig.notices).toHaveLength(1)
  })
})

describe('progress service: correcting and withdrawing entries', () => {
  it('lists recent entries, appends a correction for a walk, and the figures and the form use it', async () => {
    const walk = rig.service.logWalk(20)
    rig.service.saveCheckIn(ANSWERS)
    const entries = rig.service.recentEntries()
    expect(entries.map((e) => e.type)).toEqual(['check-in', 'walk'])
    const reply = await dispatch(
      rig.handlers(),
      'progress:correct-entry',
      {
        id: walk.id,
        type: 'walk',
        change: { kind: 'walk', minutes: 35 }
      },
      { window: 'main' }
    )
    expect(reply.ok).toBe(true)
    const log = rig.log.readAll().events
    // Append-only: the walk is still 20 minutes in the log, the correction names it.
    expect(log.find((e) => e.type === 'walk')).toMatchObject({ id: walk.id, minutes: 20 })
    expect(log.find((e) => e.type === 'correction')).toMatchObject({
      target: { id: walk.id, type: 'walk' },
      change: { kind: 'walk', minutes: 35 }
    })
    expect(rig.service.figures('week').figures.walking.totalMinutes).toBe(35)
    expect(rig.service.checkInForm().walkedTodayMinutes).toBe(35)
    expect(rig.service.recentEntries().find((e) => e.type === 'walk')).toMatchObject({ minutes: 35, corrected: true })
    expect(rig.changes).toContain('correction')
  })

  it('withdraws a check-in: the form and the figures no longer count it', () => {
    const saved = rig.service.saveCheckIn(ANSWERS)
    rig.service.correctEntry({ id: saved.id, type: 'check-in', change: { kind: 'withdraw' } })
    expect(rig.service.checkInForm()).toMatchObject({ checkedInToday: false, lastActivities: [] })
    expect(rig.service.figures('week').figures.pain.points).toEqual([])
    expect(rig.service.recentEntries()).toEqual([])
  })

  it('refuses to correct an entry it does not hold, in plain words, and saves nothing', async () => {
    const reply = await dispatch(
      rig.handlers(),
      'progress:correct-entry',
      {
        id: 'no-such-entry',
        type: 'walk',
        change: { kind: 'withdraw' }
      },
      { window: 'main' }
    )
    expect(reply).toMatchObject({ ok: false, error: { message: expect.stringMatching(/Nothing was changed/) } })
    expect(rig.log.readAll().events).toEqual([])
  })

  it('answers the check-in form from memory, without reading the log', () => {
    rig.service.saveCheckIn(ANSWERS)
    rig.service.logWalk(10)
    const readAll = rig.log.readAll.bind(rig.log)
    let reads = 0
    rig.log.readAll = (...args) => {
      reads++
      return readAll(...args)
    }
    expect(rig.service.checkInForm()).toMatchObject({
      checkedInToday: true,
      lastActivities: ['sit through a meeting', 'drive 30 min'],
      walkedTodayMinutes: 10
    })
    expect(reads).toBe(0)
  })
})
