// The application: turns engine events into prompts, tray updates, break cards and log entries, and
// serves the IPC handlers. Knows nothing of Electron; everything outside comes in through ports.
import type { AppInfo } from './app-info'
import type { Handlers } from './dispatch'
import type { Notice } from '@shared/contract'
import type { ProgressEventDraft } from '@shared/progress-events'
import type { UserAction } from '@shared/office-status'
import type { SettingsStore } from '../storage/settings-store'
import type { GatingContext } from '@shared/content/gating'
import type { BreakSuggestion, SuggestOptions } from './break-suggestion'
import type { ProgressEvent } from '@shared/progress-events'
import type { ProfileStore } from '../storage/profile-store'
import type { SignalSourceStatus } from '@shared/desktop-signals'
import { HomeService } from './home-service'
import { ProgressService, type ProgressPorts } from './progress-service'
import { OfficeLogMapper } from './office-log'
import { promptNotification } from './prompt-wording'
import { EMERGENCY_NOTIFICATION } from '@shared/content/warning-signs'
import { trayView, type TrayActionId } from './tray-view'
import type {
  Clock,
  DesktopSignalsPort,
  NotifierPort,
  OfficeEvent,
  OfficeRunner,
  ProgressLogPort,
  TrayPort,
  WindowsPort
} from './ports'
import { busyNotification } from './busy-wording'

export interface LimberAppDeps {
  clock: Clock
  settings: SettingsStore
  /** Builds the runner; the app passes the callbacks so events flow back here. */
  createRunner: (callbacks: { onEvents: (events: OfficeEvent[]) => void; onStatus: () => void }) => OfficeRunner
  tray: TrayPort
  windows: WindowsPort
  notifier: NotifierPort
  log: ProgressLogPort
  suggestStretch: (recentlyShown: readonly string[], gating: GatingContext, options?: SuggestOptions) => BreakSuggestion
  info: AppInfo
  setOpenAtLogin: (open: boolean) => void
  quit: () => void
  /** Problems found while opening storage, shown once to the user. */
  startupNotices: string[]
  /** Home mode's profile and a way to read the log back (see HomeService). */
  profile: ProfileStore
  /** The log's recent events, read once at start (see HOME_LOG_DAYS). */
  recentEvents: readonly ProgressEvent[]
  /** The progress log's screens, sharing and data folder (see ProgressService). */
  progress: ProgressPorts
  /** Desktop signals, for Settings' "what works here" (the runner has its own reference to feed the engine). */
  desktopSignals?: DesktopSignalsPort
}

/** Events after which an open break card has nothing left to ask. */
const ENDS_PROMPT = new Set([
  'break-completed',
  'natural-break',
  'break-skipped',
  'break-snoozed',
  'meeting-started',
  'paused'
])

export class LimberApp {
  private readonly runner: OfficeRunner
  private suggestion: BreakSuggestion | null = null
  /** The card's stretch has had its one rating. */
  private suggestionRated = false
  private readonly recentlyShown: string[]
  private promptCount = 0
  /** the one urgent-care notification of an emergency stop has gone out */
  private urgentCareTold = false
  /** Home mode: profile, programme, player sessions; owns flare mode and the safety stop. */
  readonly home: HomeService
  /** Check-ins, figures, export, report, backup, import, data folder, check-in reminder. */
  readonly progress: ProgressService
  private notices: Notice[]
  private logNoticeCount = 0
  private readonly officeLog = new OfficeLogMapper()

  constructor(private readonly deps: LimberAppDeps) {
    this.notices = deps.startupNotices.map((message, i) => ({ id: `startup-${i}`, level: 'warning', message }))
    this.home = new HomeService({
      clock: deps.clock,
      profile: deps.profile,
      record: (draft) => this.record(draft),
      // The rules learn from entries as corrected (a withdrawn "sharp" no longer holds the programme back).
      recentEvents: deps.recentEvents,
      publish: (state) => deps.windows.broadcast('home:state', state),
      onGatingChange: () => this.publishStatus(),
      newId: () => crypto.randomUUID()
    })
    this.recentlyShown = this.home.recentBreakStretches
    this.progress = new ProgressService({
      ...deps.progress,
      clock: deps.clock,
      settings: deps.settings,
      notifier: deps.notifier,
      addNotice: (notice) => this.addNotice(notice),
      observe: (event) => this.home.observeSaved(event),
      changed: (reason) => deps.windows.broadcast('progress:changed', { reason })
    })
    this.runner = deps.createRunner({
      onEvents: (events) => this.handleEvents(events),
      onStatus: () => this.publishStatus()
    })
  }

  start(): void {
    this.runner.start()
    this.progress.start(this.deps.recentEvents)
    this.publishStatus()
  }

  stop(): void {
    this.runner.stop()
    this.progress.stop()
    // The stretches shown lately are kept once, at quit, not at every prompt: losing them in a crash
    // only costs a little variety.
    try {
      this.home.rememberBreakStretches(this.recentlyShown)
    } catch {
      // A disk that refuses at quit: the list is only a nicety.
    }
  }

  /** Lock, unlock, suspend and resume come from the platform's power monitor. */
  get power(): Pick<OfficeRunner, 'lock' | 'unlock' | 'suspend' | 'resume'> {
    return this.runner
  }

  get currentSuggestion(): BreakSuggestion | null {
    return this.suggestion
  }

  act(action: UserAction): void {
    if (action.type === 'break-now') this.prepareSuggestion()
    this.runner.act(action)
    if (action.type === 'break-now') this.deps.windows.showBreakCard()
    this.publishStatus()
  }

  onTrayAction(id: TrayActionId): void {
    switch (id) {
      case 'open':
        return this.deps.windows.openMain()
      case 'quit':
        return this.deps.quit()
      case 'toggle-flare':
        this.home.toggleFlare()
        return
      case 'pause-30':
        return this.act({ type: 'pause', minutes: 30 })
      case 'pause-60':
        return this.act({ type: 'pause', minutes: 60 })
      case 'pause-120':
        return this.act({ type: 'pause', minutes: 120 })
      case 'pause-tomorrow':
        return this.act({ type: 'pause-until-tomorrow' })
      default:
        return this.act({ type: id })
    }
  }

  private prepareSuggestion(excludeIds: readonly string[] = []): BreakSuggestion {
    const suggestion = this.deps.suggestStretch(this.recentlyShown, this.gatingContext(), {
      dialBackIds: this.home.dialBackIds,
      urgentCare: this.home.urgentCare,
      excludeIds
    })
    // Oldest first, the last three only.
    this.recentlyShown.push(suggestion.exerciseId)
    if (this.recentlyShown.length > 3) this.recentlyShown.shift()
    this.suggestion = suggestion
    this.suggestionRated = false
    this.deps.windows.broadcast('office:break', suggestion)
    return suggestion
  }

  /** What the user's safety state allows: flare, safety stop, phase and symptom trend from home mode. */
  private gatingContext(): GatingContext {
    const gating = this.home.gatingContext()
    // Safety first: until the warning-sign questions are answered, the card only says stand up and walk.
    return this.home.firstRunDone ? gating : { ...gating, safetyStop: true }
  }

  private handleEvents(events: OfficeEvent[]): void {
    // A hold that reached its cap says so once: with the prompt it lets through, or alone.
    const capped = events.find((e) => e.type === 'busy-ended' && e['reason'] === 'cap')
    for (const event of events) {
      for (const draft of this.officeLog.drafts(event, () => crypto.randomUUID(), this.suggestion?.exerciseId)) {
        this.record(draft)
      }
      if (event.type === 'break-due') this.prompt(event, capped)
      // Done on the card ('finished') keeps it open for the one-tap rating; the card then closes itself.
      else if (ENDS_PROMPT.has(event.type) && !(event.type === 'break-completed' && event['how'] === 'finished')) {
        this.deps.windows.closeBreakCard()
      }
      // A call starting while the card asks: the card goes, the prompt comes back after the call.
      else if (event.type === 'busy-started' && event['deferredPrompt'] === true) this.deps.windows.closeBreakCard()
    }
    if (capped !== undefined && !events.some((e) => e.type === 'break-due')) this.notifyCap(capped)
    this.publishStatus()
  }

  /**
   * A due break: a notification and the break card. A quiet one (a hold's cap passed while the
   * presentation goes on) gets the notification only, never a card over the screen.
   */
  private prompt(event: OfficeEvent, capped: OfficeEvent | undefined): void {
    // Emergency warning sign: no stand-up prompt and no card; say once to get urgent care (issue 13).
    if (this.home.emergency) {
      if (!this.urgentCareTold) this.deps.notifier.notify(EMERGENCY_NOTIFICATION)
      this.urgentCareTold = true
      return
    }
    this.urgentCareTold = false
    const suggestion = this.prepareSuggestion()
    this.promptCount += 1
    const quiet = event['quiet'] === true
    if (this.deps.settings.get().general.notifications) {
      const sitting = typeof event['sittingMinutes'] === 'number' ? event['sittingMinutes'] : 0
      this.deps.notifier.notify(
        quiet && capped !== undefined
          ? busyNotification(capped, this.deps.settings.get().office.desktopSignals.capMinutes, sitting)
          : promptNotification(this.promptCount, sitting, suggestion.name)
      )
    }
    if (!quiet) this.deps.windows.showBreakCard()
  }

  /** The cap ended a hold with no break due: one quiet notification that reminders are back. */
  private notifyCap(capped: OfficeEvent): void {
    if (!this.deps.settings.get().general.notifications) return
    const status = this.runner.status()
    // Paused, off hours or away from the desk: nobody to tell, or reminders are not back.
    if (status.phase === 'paused' || status.phase === 'outside-hours' || status.phase === 'away') return
    this.deps.notifier.notify(busyNotification(capped, this.deps.settings.get().office.desktopSignals.capMinutes, null))
  }

  /** What each desktop signal does on this computer; a port that throws reads as none. */
  private signalStatuses(): SignalSourceStatus[] {
    try {
      return this.deps.desktopSignals?.statuses() ?? []
    } catch {
      return []
    }
  }

  /** Saves one log entry; a disk that refuses is reported to the user once, and the app carries on. */
  private record(draft: ProgressEventDraft): void {
    try {
      const saved = this.deps.log.append(draft)
      if (saved !== undefined) this.home.observeSaved(saved)
      else this.home.observe(draft)
      // Ratings recorded by home mode can be corrected from Progress, so the service keeps them too.
      if (saved !== undefined) this.progress.remember(saved)
      for (const message of this.deps.log.takeNotices?.() ?? []) {
        this.addNotice({ id: `log-notice-${++this.logNoticeCount}`, level: 'warning', message })
      }
    } catch (error) {
      if (this.notices.some((n) => n.id === 'log-write-failed')) return
      const detail = error instanceof Error ? error.message : String(error)
      this.addNotice({
        id: 'log-write-failed',
        level: 'warning',
        message: `Limber could not save to your progress log (${detail}). Reminders keep working; check that the data folder is writable and has free space.`
      })
    }
  }

  private publishStatus(): void {
    const status = this.runner.status()
    this.deps.tray.update(trayView(status, this.home.flare))
    this.deps.windows.broadcast('office:status', status)
  }

  /** Adds (or replaces, by id) a notice and shows it in open windows. */
  private addNotice(notice: Notice): void {
    this.notices = [...this.notices.filter((n) => n.id !== notice.id), notice]
    this.publishNotices()
  }

  private publishNotices(): void {
    this.deps.windows.broadcast('app:notices', this.notices)
  }

  /** The break card's own channels: another stretch, the rating after it, fitting and closing its window. */
  private cardHandlers(): Pick<Handlers, 'card:another-stretch' | 'card:feedback' | 'card:fit' | 'card:close'> {
    return {
      'card:another-stretch': () => {
        const current = this.suggestion
        if (!current?.canSwap) return current
        return this.prepareSuggestion([current.exerciseId])
      },
      'card:feedback': ({ exerciseId, rating }) => {
        const current = this.suggestion
        if (!current || current.exerciseId !== exerciseId || current.urgentCare) {
          throw new Error('That stretch is no longer on the card, so the rating was not saved.')
        }
        if (this.suggestionRated) throw new Error('This stretch already has its rating.')
        this.suggestionRated = true
        return this.home.deskFeedback(exerciseId, rating, current.dose)
      },
      'card:fit': ({ height }, context) => {
        if (context.window === 'break-card') this.deps.windows.fitBreakCard?.(height)
      },
      'card:close': () => this.deps.windows.closeBreakCard()
    }
  }

  handlers(): Handlers {
    return {
      'app:get-info': () => this.deps.info,
      'app:get-notices': () => this.notices,
      'app:dismiss-notice': ({ id }) => {
        this.notices = this.notices.filter((n) => n.id !== id)
        this.publishNotices()
        return this.notices
      },
      'office:get-status': () => this.runner.status(),
      'office:get-break': () => this.suggestion,
      'office:signal-statuses': () => this.signalStatuses(),
      'office:act': (action) => {
        this.act(action)
        return this.runner.status()
      },
      'settings:get': () => this.deps.settings.get(),
      'settings:update': (patch) => {
        const result = this.deps.settings.update(patch)
        if (result.ok) {
          this.runner.setSettings(result.settings.office)
          this.deps.setOpenAtLogin(result.settings.general.openAtLogin)
          this.deps.windows.broadcast('settings:changed', result.settings)
          this.publishStatus()
          // A settings file from a newer Limber is never rewritten: the change lasts until Limber quits.
          const unsaved = this.deps.settings.unsavedReason
          if (unsaved) this.addNotice({ id: 'settings-not-saved', level: 'warning', message: unsaved })
        }
        return result
      },
      'window:open-main': (request) => this.deps.windows.openMain(request?.route),
      ...this.cardHandlers(),
      ...this.home.handlers(),
      ...this.progress.handlers()
    }
  }
}
