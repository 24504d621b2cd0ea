// The progress log as the user sees it: check-ins and walks in, figures out, and sharing (export,
// physiotherapist report), backup, import and moving the data folder, each through the native dialogs.
// Also the daily check-in reminder. Knows nothing of Electron: dialogs and printing come in as ports.
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Notice } from '@shared/contract'
import { findExercise } from '@shared/content/catalogue'
import type {
  CheckInAnswers,
  CheckInForm,
  CorrectEntryRequest,
  DataFolder,
  DayRange,
  ProgressRange,
  RecentEntry
} from '@shared/progress-channels'
import { withCorrections } from '@shared/progress-facts'
import type { ProgressEvent, ProgressEventDraft } from '@shared/progress-events'
import { buildProgressReport } from '@shared/progress-report'
import { addDays } from '@shared/progress-stats'
import type { WakeScheduler } from '../engine/engine-runner'
import type { Handlers } from './dispatch'
import type { Clock, DialogsPort, NotifierPort, ReportPrinterPort } from './ports'
import { localDay } from '@shared/day-format'
import { CHECK_IN_REMINDER, checkInReminderDecision } from './check-in-reminder'
import type { SettingsStore } from '../storage/settings-store'
import { MoveDataFolderError, describeSkipped, type LoadIssue, type ProgressLog } from '../storage/progress-log'

/** One timer the service owns (the engine's scheduler is the engine's alone). */
/** What the composition root provides; LimberApp adds the rest (see ProgressServiceDeps). */
export interface ProgressPorts {
  log: ProgressLog
  /** progress/ in the user-data folder: where "Use the default folder" moves the log back to. */
  defaultDataDir: string
  dialogs: DialogsPort
  printer: ReportPrinterPort
  /** Wakes the service for the daily reminder. */
  reminderScheduler: WakeScheduler
}

export interface ProgressServiceDeps extends ProgressPorts {
  clock: Clock
  settings: SettingsStore
  notifier: NotifierPort
  /** Shows a notice in the main window (the NoticeBar). */
  addNotice: (notice: Notice) => void
  /** Lets home mode learn from an entry just saved (gating follows a check-in at once). */
  observe: (event: ProgressEvent) => void
  /** Tells open windows the log changed (the Progress screen reloads). */
  changed: (reason: 'check-in' | 'walk' | 'import' | 'moved' | 'correction') => void
  writeFile?: (path: string, data: string | Uint8Array) => void
}

type ProgressChannel = Extract<keyof Handlers, `progress:${string}`>
export type ProgressHandlers = Pick<Handlers, ProgressChannel>

/** How many entries Progress lists under "Recent entries" for correcting. */
const RECENT_ENTRIES = 12

/** The entries the service keeps in memory: what can be corrected, and the corrections. */
function kept(e: ProgressEvent): boolean {
  return e.type === 'check-in' || e.type === 'walk' || e.type === 'exercise-completed' || e.type === 'correction'
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`
}

export class ProgressService {
  private lastCheckInDay: string | null = null
  private lastRemindedDay: string | null = null
  /**
   * The log's recent events (read once at start) and every one saved since: the Check-in screen and
   * "Recent entries" are answered from here, never by reading the log again.
   */
  private events: ProgressEvent[] = []
  /** Load problems already shown this session, so a dismissed notice does not come back on every view. */
  private readonly shownIssues = new Set<string>()
  private readonly writeFile: (path: string, data: string | Uint8Array) => void

  constructor(private readonly deps: ProgressServiceDeps) {
    this.writeFile = deps.writeFile ?? ((path, data) => writeFileSync(path, data))
  }

  /** `recent`: the log's latest events, as read at start (oldest first). */
  start(recent: readonly ProgressEvent[] = []): void {
    this.events = recent.filter(kept)
    const checkIns = withCorrections(recent).filter((e) => e.type === 'check-in')
    this.lastCheckInDay = checkIns[checkIns.length - 1]?.t.slice(0, 10) ?? null
    this.scheduleReminder()
  }

  stop(): void {
    this.deps.reminderScheduler.cancel()
  }

  get dataDir(): string {
    return this.deps.log.dataDir
  }

  // ----- The daily reminder -----

  private scheduleReminder(): void {
    const decision = this.decide()
    this.deps.reminderScheduler.schedule(decision.nextCheckAt, () => this.remindIfDue())
  }

  private decide(): ReturnType<typeof checkInReminderDecision> {
    return checkInReminderDecision(this.deps.clock.now(), {
      enabled: this.deps.settings.get().general.checkInReminder,
      lastCheckInDay: this.lastCheckInDay,
      lastRemindedDay: this.lastRemindedDay
    })
  }

  /** Runs at the reminder time: re-reads today's check-ins (another computer may have synced one). */
  remindIfDue(): void {
    const today = localDay(this.deps.clock.now())
    if (this.lastCheckInDay !== today && this.deps.settings.get().general.checkInReminder) {
      const fromToday = this.deps.log.readAll({ from: new Date(`${today}T00:00:00`) }).events
      if (fromToday.some((e) => e.type === 'check-in')) this.lastCheckInDay = today
    }
    if (this.decide().remindNow) {
      this.lastRemindedDay = today
      this.deps.notifier.notify({ ...CHECK_IN_REMINDER })
    }
    this.scheduleReminder()
  }

  // ----- Saving -----

  private save(draft: ProgressEventDraft, what: string): ProgressEvent {
    let event: ProgressEvent
    try {
      event = this.deps.log.append(draft)
    } catch (error) {
      throw new Error(
        `Your ${what} could not be saved (${describe(error)}). Everything saved before is safe. ` +
          `Check that the data folder ${this.dataDir} is connected and writable, then try again.`,
        { cause: error }
      )
    }
    this.remember(event)
    this.deps.observe(event)
    return event
  }

  /** Keeps an entry saved elsewhere in this process (a rating from home mode) for the check-in form and corrections. */
  remember(event: ProgressEvent): void {
    if (kept(event)) this.events.push(event)
  }

  saveCheckIn(answers: CheckInAnswers): { id: string; t: string } {
    const event = this.save({ type: 'check-in', ...answers }, 'check-in')
    this.lastCheckInDay = event.t.slice(0, 10)
    this.deps.changed('check-in')
    return { id: event.id, t: event.t }
  }

  logWalk(minutes: number): { id: string; t: string } {
    const event = this.save({ type: 'walk', minutes }, 'walk')
    this.deps.changed('walk')
    return { id: event.id, t: event.t }
  }

  checkInForm(): CheckInForm {
    const today = localDay(this.deps.clock.now())
    const events = withCorrections(this.events)
    let last: Extract<ProgressEvent, { type: 'check-in' }> | null = null
    let walked = 0
    for (const e of events) {
      if (e.type === 'check-in') last = e
      else if (e.type === 'walk' && e.t.startsWith(today)) walked += e.minutes
    }
    return {
      today,
      checkedInToday: last?.t.startsWith(today) ?? false,
      lastActivities: last?.psfs.map((p) => p.activity) ?? [],
      lastFurthestPoint: last?.furthestPoint ?? null,
      walkedTodayMinutes: walked
    }
  }

  // ----- Corrections -----

  /** The latest check-ins, walks and rated exercises, newest first, as corrected so far. */
  recentEntries(): RecentEntry[] {
    const corrected = new Set<string>()
    for (const e of this.events) if (e.type === 'correction') corrected.add(e.target.id)
    const entries: RecentEntry[] = []
    const current = withCorrections(this.events)
    for (let i = current.length - 1; i >= 0 && entries.length < RECENT_ENTRIES; i--) {
      const e = current[i]
      if (e === undefined) continue
      const was = corrected.has(e.id)
      if (e.type === 'check-in') {
        const { v: _v, id, t, type: _type, ...answers } = e
        entries.push({ type: 'check-in', id, t, answers, corrected: was })
      } else if (e.type === 'walk') entries.push({ type: 'walk', id: e.id, t: e.t, minutes: e.minutes, corrected: was })
      else if (e.type === 'exercise-completed' && e.feedback !== undefined)
        entries.push({
          type: 'exercise-completed',
          id: e.id,
          t: e.t,
          exerciseId: e.exerciseId,
          exerciseName: findExercise(e.exerciseId)?.name ?? e.exerciseId,
          feedback: e.feedback,
          corrected: was
        })
    }
    return entries
  }

  /** Appends a correction of an entry still in memory; the original stays in the log as it was. */
  correctEntry(request: CorrectEntryRequest): { id: string; t: string } {
    const target = this.events.find((e) => e.id === request.id && e.type === request.type)
    if (
      target === undefined ||
      (target.type !== 'check-in' && target.type !== 'walk' && target.type !== 'exercise-completed')
    ) {
      throw new Error('That entry is too old to correct here, or it is no longer in the log. Nothing was changed.')
    }
    const event = this.save(
      { type: 'correction', target: { id: target.id, type: target.type, t: target.t }, change: request.change },
      'correction'
    )
    if (target.type === 'check-in') {
      const checkIns = withCorrections(this.events).filter((e) => e.type === 'check-in')
      this.lastCheckInDay = checkIns[checkIns.length - 1]?.t.slice(0, 10) ?? null
    }
    this.deps.changed('correction')
    return { id: event.id, t: event.t }
  }

  // ----- Figures -----

  figures(range: ProgressRange) {
    // Long ranges come back by month: ten years stay a few hundred rows for the window.
    const { figures, issues } = this.deps.log.progressFigures({ range, group: true })
    this.tellIssues(issues)
    return { figures, problems: issues.filter((i) => i.severity === 'warning').map((i) => i.message) }
  }

  /** Load problems become notices, each once per session (the storage keeps the bytes aside). */
  private tellIssues(issues: readonly LoadIssue[]): void {
    for (const issue of issues) {
      const id = `log-${issue.kind}-${issue.file}`.slice(0, 100)
      if (this.shownIssues.has(id)) continue
      this.shownIssues.add(id)
      this.deps.addNotice({ id, level: issue.severity === 'warning' ? 'warning' : 'info', message: issue.message })
    }
  }

  // ----- Sharing -----

  /** The instants of a day range: from the start of `from` to the start of the day after `to`, local time. */
  private instants(range: DayRange): { from: Date; to: Date; first: string; last: string } {
    const [first, last] = range.from <= range.to ? [range.from, range.to] : [range.to, range.from]
    const midnight = (day: string): Date =>
      new Date(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)))
    return { from: midnight(first), to: midnight(addDays(last, 1)), first, last }
  }

  async exportRange(range: DayRange & { format: 'csv' | 'json' }) {
    const { from, to, first, last } = this.instants(range)
    const path = await this.deps.dialogs.saveFile({
      title: 'Export your progress log',
      defaultName: `limber-progress-${first}-to-${last}.${range.format}`,
      filters:
        range.format === 'csv'
          ? [{ name: 'CSV (spreadsheet)', extensions: ['csv'] }]
          : [{ name: 'JSON (Limber can import it)', extensions: ['json'] }]
    })
    if (path === null) return { saved: false as const }
    const { text, entries } = this.deps.log.exportRange(from, to, range.format)
    this.writeOrExplain(path, text)
    return { saved: true as const, path, entries }
  }

  async saveReport(range: DayRange) {
    const { first, last } = this.instants(range)
    const path = await this.deps.dialogs.saveFile({
      title: 'Save the report for your physiotherapist',
      defaultName: `limber-report-${first}-to-${last}.pdf`,
      filters: [{ name: 'PDF', extensions: ['pdf'] }]
    })
    if (path === null) return { saved: false as const }
    const { figures } = this.deps.log.progressFigures({ range: { from: first, to: last } })
    const report = buildProgressReport(figures, {
      generatedOn: localDay(this.deps.clock.now()),
      exerciseName: (id) => findExercise(id)?.name ?? id
    })
    const pdf = await this.deps.printer.printReport(report)
    this.writeOrExplain(path, pdf)
    return { saved: true as const, path, entries: report.checkIns }
  }

  private writeOrExplain(path: string, data: string | Uint8Array): void {
    try {
      this.writeFile(path, data)
    } catch (error) {
      throw new Error(`Could not write ${path} (${describe(error)}). Choose another folder and try again.`, {
        cause: error
      })
    }
  }

  // ----- The data folder -----

  dataFolder(): DataFolder {
    return { path: this.dataDir, isDefault: resolve(this.dataDir) === resolve(this.deps.defaultDataDir) }
  }

  async moveDataFolder(to: 'choose' | 'default') {
    const target =
      to === 'default'
        ? this.deps.defaultDataDir
        : await this.deps.dialogs.chooseFolder({
            title: 'Choose a folder for your progress log',
            buttonLabel: 'Use this folder'
          })
    if (target === null) return { outcome: 'cancelled' as const }
    // The new folder could not be remembered (settings from a newer Limber are read-only): do not move.
    const unsaved = this.deps.settings.unsavedReason
    if (unsaved) return { outcome: 'failed' as const, message: `Limber cannot move your progress log now: ${unsaved}` }
    if (resolve(target) === resolve(this.dataDir)) {
      return { outcome: 'failed' as const, message: `Your progress log is already in ${this.dataDir}.` }
    }
    try {
      const result = this.deps.log.moveTo(target)
      this.deps.settings.setDataDir(to === 'default' ? null : result.location)
      // Only now that the new place is saved may the old folder say it is no longer in use.
      const noted = this.deps.log.confirmMove(result)
      this.deps.changed('moved')
      const skipped = describeSkipped(result.skipped)
      return {
        outcome: 'moved' as const,
        folder: this.dataFolder(),
        files: result.files.length,
        message:
          `Your progress log is now in ${result.location}: ${plural(result.files.length, 'file was', 'files were')} copied and checked. ` +
          (noted
            ? `The old folder ${result.oldLocationKept} is kept as a backup; delete it when you no longer need it.`
            : `The old folder ${result.oldLocationKept} is kept as it was.`) +
          (skipped ? ` ${skipped}` : '')
      }
    } catch (error) {
      if (error instanceof MoveDataFolderError) return { outcome: 'failed' as const, message: error.message }
      throw error
    }
  }

  async backup() {
    const parent = await this.deps.dialogs.chooseFolder({
      title: 'Choose where to save a backup',
      buttonLabel: 'Save backup here'
    })
    if (parent === null) return { outcome: 'cancelled' as const }
    try {
      const result = this.deps.log.backupTo(parent)
      const skipped = describeSkipped(result.skipped)
      return {
        outcome: 'saved' as const,
        path: result.path,
        message:
          `Backup saved in ${result.path}: ${plural(result.files.length, 'file', 'files')}, each checked against the original.` +
          (skipped ? ` ${skipped}` : '')
      }
    } catch (error) {
      return {
        outcome: 'failed' as const,
        message: `The backup could not be saved (${describe(error)}). Your log is unchanged.`
      }
    }
  }

  async importFrom(from: 'folder' | 'file') {
    const dialogs = this.deps.dialogs
    const source =
      from === 'folder'
        ? await dialogs.chooseFolder({ title: 'Choose a Limber backup or data folder', buttonLabel: 'Import' })
        : await dialogs.chooseFile({
            title: 'Choose an exported Limber file',
            filters: [{ name: 'Limber export (JSON or JSON Lines)', extensions: ['json', 'jsonl'] }]
          })
    if (source === null) return { outcome: 'cancelled' as const }
    try {
      const result = this.deps.log.importFrom(source)
      const refusals = result.issues.filter((i) => i.severity === 'warning').map((i) => i.message)
      // Nothing usable in it (a CSV export, not a Limber file, a damaged backup): say why, not "Added 0".
      if (result.added === 0 && result.duplicates === 0 && result.keptForNewerVersion === 0 && refusals.length > 0) {
        return { outcome: 'failed' as const, message: `Nothing was imported. ${refusals.join(' ')}` }
      }
      this.tellIssues(result.issues)
      const newer =
        result.keptForNewerVersion > 0
          ? ` ${plural(result.keptForNewerVersion, 'entry comes', 'entries come')} from a newer Limber and will show once this computer updates.`
          : ''
      this.deps.changed('import')
      return {
        outcome: 'imported' as const,
        added: result.added,
        problems: result.issues.map((i) => i.message),
        message: `Added ${plural(result.added, 'entry', 'entries')}; ${plural(result.duplicates, 'was', 'were')} already in your log.${newer}`
      }
    } catch (error) {
      return { outcome: 'failed' as const, message: `Nothing was imported from ${source}: ${describe(error)}` }
    }
  }

  handlers(): ProgressHandlers {
    return {
      'progress:check-in-form': () => this.checkInForm(),
      'progress:save-check-in': (answers) => this.saveCheckIn(answers),
      'progress:log-walk': ({ minutes }) => this.logWalk(minutes),
      'progress:figures': ({ range }) => this.figures(range),
      'progress:export': (request) => this.exportRange(request),
      'progress:save-report': (range) => this.saveReport(range),
      'progress:data-folder': () => this.dataFolder(),
      'progress:move-data-folder': ({ to }) => this.moveDataFolder(to),
      'progress:backup': () => this.backup(),
      'progress:import': ({ from }) => this.importFrom(from),
      'progress:recent-entries': () => this.recentEntries(),
      'progress:correct-entry': (request) => this.correctEntry(request)
    }
  }
}
