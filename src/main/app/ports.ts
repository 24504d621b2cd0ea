// The seams between the application and the outside world. The platform layer implements them with
// Electron and node-notifier; the integration tests and the browser e2e implement them with fakes.
import type { EventChannel, EventPayload } from '@shared/contract'
import type { OfficeSettings } from '@shared/office-settings'
import type { OfficeStatus, UserAction } from '@shared/office-status'
import type { ProgressEventDraft, ProgressEvent } from '@shared/progress-events'
import type { ProgressReport } from '@shared/progress-report'
import type { TrayView } from './tray-view'
import type { SignalSource, SignalSourceStatus, BusyReason } from '@shared/desktop-signals'

/** A domain event from the engine, as far as the application needs to know it. */
export interface OfficeEvent {
  type: string
  at: number
  [detail: string]: unknown
}

/** The engine's sampling runner (src/main/engine), seen from the application. */
export interface OfficeRunner {
  start(): void
  stop(): void
  lock(): void
  unlock(): void
  suspend(): void
  resume(): void
  act(action: UserAction): void
  setSettings(settings: OfficeSettings): void
  status(): OfficeStatus
}

export interface TrayPort {
  update(view: TrayView): void
}

export interface WindowsPort {
  openMain(route?: string): void
  showBreakCard(): void
  closeBreakCard(): void
  /** Sizes the open card to its content (CSS pixels), within the work area; absent where windows do not resize. */
  fitBreakCard?(contentHeight: number): void
  broadcast<E extends EventChannel>(event: E, payload: EventPayload<E>): void
}

export interface DesktopNotification {
  title: string
  message: string
}

export interface NotifierPort {
  notify(notification: DesktopNotification): void
}

/** Where office and home events are recorded (the progress log). Throws if the disk refuses. */
export interface ProgressLogPort {
  /** The event as saved (the real log returns it; a test double may return nothing). */
  append(draft: ProgressEventDraft): ProgressEvent | void
  /** What the log had to do on its own since last asked (e.g. a link put in place of its file, moved aside). */
  takeNotices?(): string[]
}

export interface Clock {
  now(): number
}

// ----- Progress log -----
export interface FileFilter {
  name: string
  extensions: string[]
}

/** Native file and folder dialogs; each resolves to null when the user cancels. */
export interface DialogsPort {
  saveFile(options: { title: string; defaultName: string; filters: FileFilter[] }): Promise<string | null>
  chooseFolder(options: { title: string; buttonLabel: string }): Promise<string | null>
  chooseFile(options: { title: string; filters: FileFilter[] }): Promise<string | null>
}

/** Draws this report on the report page (report.html), handed over by IPC, and prints it to PDF bytes. */
export interface ReportPrinterPort {
  printReport(report: ProgressReport): Promise<Uint8Array>
}
// ----- end Progress log -----

// ----- Desktop signals (issue 15) -----
/**
 * Notices calls, presentations and Do-Not-Disturb on this OS (src/main/platform/signals). Never throws and
 * never rejects: a probe that fails turns itself off and says so in statuses().
 */
export interface DesktopSignalsPort {
  /**
   * Starts the event-driven sources (those the OS can push). `onChange` is called, on a later turn,
   * whenever readings() may have changed; the app then reads readings().
   */
  start(onChange: () => void): void
  /** Stops every watcher and child process. */
  stop(): void
  /**
   * Polls the sources that cannot push. The app calls it at most every 10 s and only while a prompt is
   * near or pending. Resolves when every probe answered or timed out; calls onChange if readings changed.
   */
  poll(): Promise<void>
  /** What each working, enabled source saw last (true = active). Sources not listed are not active. */
  readings(): Partial<Record<SignalSource, boolean>>
  statuses(): SignalSourceStatus[]
  /** Which busy reasons the user has on (Settings); a reason turned off stops its sources. */
  configure(enabled: Record<BusyReason, boolean>): void
}
// ----- end Desktop signals -----
