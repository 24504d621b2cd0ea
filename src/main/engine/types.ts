// The office engine's vocabulary: what goes in (inputs, actions), what comes out (events, status) and its state.
import type { BusyReason } from '../../shared/desktop-signals'
import type { OfficeSettings } from '../../shared/office-settings'

/** Epoch milliseconds. Every time in the engine is one of these; nothing reads the real clock. */
export type EpochMs = number

/** What the user did on the break card, the notification or the tray menu. */
export type UserAction =
  | { type: 'snooze' }
  | { type: 'skip'; reason?: string }
  | { type: 'start-break' }
  | { type: 'finish-break' }
  /** The user asks for a break early: behaves like a due prompt they started. */
  | { type: 'break-now' }
  | { type: 'meeting' }
  | { type: 'end-meeting' }
  | { type: 'pause'; minutes: number }
  | { type: 'pause-until-tomorrow' }
  | { type: 'resume' }

/**
 * When an input happened. `at` is the wall clock (what events and the log carry, and what work hours
 * are read against); `mono` is a monotonic clock in milliseconds from any origin (performance.now()),
 * which nobody can set. With both, a wall-clock change is measured exactly (clock-guard.ts); an input
 * without `mono` falls back to guessing, and a clock set back then loses the time since the last input.
 */
export interface InputTime {
  at: EpochMs
  mono?: number
}

/**
 * Everything the engine reacts to. `idleSeconds` is the system idle time (seconds since the last
 * keyboard or mouse input, like Electron's powerMonitor.getSystemIdleTime()). Lock and suspend may
 * carry a fresh idle reading so that an automatic lock after a long idle time dates the departure
 * exactly; without it the departure is the lock (or suspend) time.
 */
export type EngineInput = InputTime &
  (
    | { kind: 'idle-sample'; idleSeconds: number }
    | { kind: 'lock'; idleSeconds?: number }
    | { kind: 'unlock' }
    | { kind: 'suspend'; idleSeconds?: number }
    | { kind: 'resume' }
    | { kind: 'action'; action: UserAction }
    | { kind: 'settings'; settings: OfficeSettings }
    /**
     * What the desktop reports now: the busy reasons whose signals are active (a call, a presentation,
     * Do-Not-Disturb), whatever the settings say; the engine applies the settings (desktop-hold.ts).
     */
    | { kind: 'desktop-signals'; busy: BusyReason[] }
    /** The wake-up the engine asked for fired, and it did not ask for an idle sample. */
    | { kind: 'wake' }
    /** The app is quitting: the open sitting bout is closed so the progress log gets it. */
    | { kind: 'shutdown' }
  )

/** Why a meeting or a pause ended. */
export type EndReason = 'user' | 'expired'

/**
 * Why a started break counts as taken: the stretch on the card was finished, or the user was away from
 * the desk for the break length. Anything else is `break-abandoned`, not a break.
 */
export type BreakCompletion = 'finished' | 'away'

/** Domain events, in the order they happened. `at` is when the engine noticed (see each note). */
export type EngineEvent =
  /** Time to stand up. `prompt` counts prompts since the last break (1, then 2 after a snooze...). */
  | {
      type: 'break-due'
      at: EpochMs
      sittingMinutes: number
      prompt: number
      /** When the prompt was due; earlier than `at` only for a catch-up after a meeting, pause or off hours. */
      dueAt: EpochMs
      catchUp: boolean
      /**
       * A desktop hold reached its cap while its signals go on (a long presentation): announce the
       * prompt without a break card over the screen. Absent otherwise.
       */
      quiet?: true
    }
  /** Away long enough to count as a break; `from` is the exact departure, `at` when it became a break. */
  | { type: 'natural-break'; at: EpochMs; from: EpochMs; awayMinutes: number; answeredPrompt: boolean }
  | { type: 'break-snoozed'; at: EpochMs; until: EpochMs; snoozesInRow: number; sittingMinutes: number }
  /** The prompt is sticky: the user snoozed maxSnoozesInRow times in a row already. */
  | { type: 'snooze-refused'; at: EpochMs; snoozesInRow: number }
  | { type: 'break-skipped'; at: EpochMs; reason?: string; sittingMinutes: number }
  | { type: 'break-started'; at: EpochMs; prompted: boolean; sittingMinutes: number }
  /** A started break that counts as taken; the bout before it ended at `from`, when the break began. */
  | { type: 'break-completed'; at: EpochMs; from: EpochMs; minutes: number; how: BreakCompletion }
  /**
   * A started break that was neither finished nor spent away (the user kept working, skipped it, went
   * into a meeting or quit): no break. The bout goes on through it (`sittingMinutes` now), and the next
   * prompt counts from the last real break.
   */
  | { type: 'break-abandoned'; at: EpochMs; from: EpochMs; minutes: number; sittingMinutes: number }
  | { type: 'paused'; at: EpochMs; until: EpochMs }
  | { type: 'resumed'; at: EpochMs; reason: EndReason }
  | { type: 'meeting-started'; at: EpochMs; until: EpochMs }
  | { type: 'meeting-ended'; at: EpochMs; reason: EndReason; sittingMinutes: number }
  /**
   * The desktop says the user is busy (desktop-hold.ts): prompts are held back, sitting still counts.
   * `deferredPrompt`: a pending prompt was put off by it (it comes back when the hold ends).
   */
  | { type: 'busy-started'; at: EpochMs; reasons: BusyReason[]; deferredPrompt: boolean }
  /**
   * The hold is over: its signals stopped and stayed off for the grace time (`signal`), or it reached
   * the cap (`cap`; the signals may still be on and are ignored until they stop).
   */
  | {
      type: 'busy-ended'
      at: EpochMs
      reason: 'signal' | 'cap'
      reasons: BusyReason[]
      heldMinutes: number
      sittingMinutes: number
    }
  /** A sitting bout began; `at` is the moment the user came back (or started the app). */
  | { type: 'sitting-started'; at: EpochMs; awayMinutes?: number }
  /** A sitting bout is over, for the progress log; `at` is when the engine knew it. */
  | { type: 'bout-ended'; at: EpochMs; start: EpochMs; end: EpochMs; minutes: number }
  | { type: 'idle-source-unreliable'; at: EpochMs }
  /** The wall clock moved without real time passing (set by hand, or a sleep nobody announced). */
  | { type: 'clock-changed'; at: EpochMs; jumpMinutes: number }

export type EngineEventType = EngineEvent['type']

export type EnginePhase =
  | 'sitting'
  | 'away'
  | 'due'
  | 'on-break'
  | 'paused'
  | 'meeting'
  /** Held automatically by a desktop signal (busyReasons says which). */
  | 'busy'
  | 'outside-hours'

/** A snapshot for the tray and the break card. */
export interface EngineStatus {
  phase: EnginePhase
  sittingMinutes: number
  /** 0..1 of the way to the next prompt. */
  progress: number
  /** When the pending prompt was due, or when the next one will come if the user keeps sitting. */
  dueAt: EpochMs | null
  snoozesInRow: number
  snoozeAllowed: boolean
  /** A prompt is pending and can no longer be snoozed: it stays until answered. */
  promptSticky: boolean
  pausedUntil: EpochMs | null
  meetingUntil: EpochMs | null
  /** Why prompts are held automatically (a call, presenting, Do-Not-Disturb); empty when they are not. */
  busyReasons: BusyReason[]
  idleSourceReliable: boolean
  /**
   * False while a source that must prove itself (a Wayland session, where the idle time may stay 0
   * forever) has not yet reported a minute or more of idle time; true everywhere else.
   */
  idleSourceVerified: boolean
  withinWorkHours: boolean
}

/** Where the user is, as far as the evidence goes. */
export interface PresenceState {
  locked: { since: EpochMs } | null
  suspended: { since: EpochMs } | null
  /**
   * An absence in progress. `recognized` once it lasted long enough to be a natural break; until
   * then a return makes it part of the sitting bout (short gaps count as sitting).
   */
  away: { since: EpochMs; recognized: boolean } | null
  /** The latest moment input is known to have happened (at − idle of the newest sample). */
  lastInputAt: EpochMs | null
  lastSample: { at: EpochMs; idleSeconds: number } | null
  /** No absence may start before this: the last moment the user was certainly present. */
  floor: EpochMs
}

/** Prompts, breaks, snoozes, meeting and pause. */
export interface ScheduleState {
  /** Sitting for the next prompt counts from here (the bout start, or the last skip). */
  anchorAt: EpochMs | null
  snoozedUntil: EpochMs | null
  prompt: { since: EpochMs; dueAt: EpochMs } | null
  promptsInSequence: number
  snoozesInRow: number
  /** A started break. The bout stays open through it until the break proves real (break-credit.ts). */
  onBreak: { since: EpochMs; prompted: boolean } | null
  pause: { until: EpochMs } | null
  meeting: { until: EpochMs } | null
}

/** What the engine knows about the idle-time source (see idle-source-check.ts). */
export interface IdleSourceState {
  reliable: boolean
  /** Locks during the current zero run in which a sample a minute or more in still read 0. */
  zeroLockProbes: number
  lastProbedLockSince: EpochMs | null
  /** A reading of a minute or more has been seen (starts false only where the runner asks for proof). */
  verified: boolean
}

/** Desktop signals and the automatic hold they cause (desktop-hold.ts). */
export interface DesktopHoldState {
  /** The busy reasons the desktop reported last, before the settings are applied. */
  reported: BusyReason[]
  /**
   * The hold in progress. `quietSince`: when its signals stopped; it ends after the grace time unless
   * they come back (a call that drops and reconnects is one hold).
   */
  hold: { since: EpochMs; reasons: BusyReason[]; quietSince: EpochMs | null } | null
  /** The cap ended a hold while its signals went on: they are ignored until they all stop. */
  capped: boolean
}

export interface EngineState {
  settings: OfficeSettings
  /** The last input's time; null before the first input and after shutdown. */
  lastAt: EpochMs | null
  /** The last input's monotonic time, when it had one (see InputTime). */
  lastMono: number | null
  /** The wake-up asked for by the last step, to notice when the clock jumped past it. */
  plannedWakeAt: EpochMs | null
  presence: PresenceState
  bout: { start: EpochMs } | null
  schedule: ScheduleState
  idleSource: IdleSourceState
  desktop: DesktopHoldState
}

/** What one step returns. The engine owns no timer: the caller wakes it at `nextWakeAt`. */
export interface StepResult {
  state: EngineState
  events: EngineEvent[]
  nextWakeAt: EpochMs | null
  /** Feed an idle sample (rather than a bare wake) at that wake-up. */
  wantsIdleSample: boolean
}
