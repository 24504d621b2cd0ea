// Drives the pure engine through injected ports (clock, one timer, idle probe); the app and the simulator share it.
import type { BusyReason } from '../../shared/desktop-signals'
import { DEFAULT_OFFICE_SETTINGS, type OfficeSettings } from '../../shared/office-settings'
import { status } from './engine-status'
import { initialState, step } from './office-engine'
import { AWAY_POLL_MS, SIGNAL_POLL_MIN_GAP_MS, SIGNAL_POLL_WAIT_MS, signalPollWanted } from './sampling-policy'
import type { EngineEvent, EngineInput, EngineState, EngineStatus, EpochMs, UserAction } from './types'

export interface Clock {
  /** Wall-clock time (Date.now()): what events carry. It can be set by hand or stepped by NTP. */
  now(): EpochMs
  /**
   * Monotonic milliseconds from any origin (performance.now()): never set, never stepped. With it,
   * a wall-clock change is removed exactly (clock-guard.ts); without it the engine has to guess.
   * It may stand still or run on while the machine sleeps: the engine copes with both.
   */
  monotonic?(): number
}

/** One pending timer at most: `schedule` replaces whatever was pending. */
export interface WakeScheduler {
  schedule(at: EpochMs, cb: () => void): void
  cancel(): void
}

/** What the platform can read about the user's presence at any moment. A method that throws is "no reading". */
export interface IdleProbe {
  /** System idle time in seconds, like Electron's powerMonitor.getSystemIdleTime(). */
  idleSeconds(): number
  /**
   * Whether the session is locked right now, like powerMonitor.getSystemIdleState(t) === 'locked'.
   * Only where the OS sends no lock events (Linux): the runner then polls it (see "Lock by polling").
   */
  lockedNow?(): boolean
  /**
   * The idle time may never move (native Wayland, where it depends on the compositor): the status
   * reports the source unverified (idleSourceVerified) until a reading of a minute or more.
   */
  needsVerification?: boolean
}

/**
 * Desktop signals that must be asked (see "Desktop signals" below). `poll` starts a look; whatever it
 * finds comes back through EngineRunner.setDesktopBusy, at once or before the promise settles.
 */
export interface SignalPoller {
  poll(): Promise<void> | void
}

export interface EngineRunnerPorts {
  clock: Clock
  scheduler: WakeScheduler
  idle: IdleProbe
  signals?: SignalPoller
  settings?: OfficeSettings
  onEvents?: (events: EngineEvent[]) => void
  onStatus?: (status: EngineStatus) => void
}

/** Guards against an engine bug asking for a wake-up in the past, which would spin the timer. */
const MIN_WAKE_DELAY_MS = 1000

/**
 * Lock by polling. Where the probe has lockedNow(), the runner reads it at start, at every wake-up and
 * around a sleep (suspend, resume), and feeds a change as a lock (with a fresh idle reading, like lock()) or an unlock, before that
 * wake-up's own input. The engine plans no polling while locked (it waits for an unlock event), so
 * while the screen is locked the runner wakes every AWAY_POLL_MS itself.
 *
 * Latency: a lock is seen at the next wake-up, at most 60 s late (SITTING_SAMPLE_MS; 30 s when away),
 * but the departure is dated from the idle reading (now − idle), which is exact wherever the idle clock
 * keeps counting under the lock; only a source reading 0 dates it at the detection. An unlock is seen
 * within 30 s and dated at the detection. Budget: while locked the polls are the only wake-ups, one
 * every 30 s, 120 an hour; whatever the engine planned inside a lock (the natural break, a prompt, a
 * pause or meeting ending) waits for the next poll, at most 30 s, as deadlines do while away
 * (sampling-policy.ts). While unlocked, polling adds no wake-up: it rides on the engine's own.
 */
/**
 * Desktop signals. Readings are fed with setDesktopBusy whenever they change (pushed by the OS, or
 * answering a poll). With a `signals` port the runner polls it at its own wake-ups while
 * signalPollWanted() (a prompt near, due or held), at most every SIGNAL_POLL_MIN_GAP_MS, and feeds
 * that wake-up's own input only once the poll has answered (at most SIGNAL_POLL_WAIT_MS later): the
 * prompt's own wake-up thus sees a call that began a second before. No wake-up is added.
 */
export class EngineRunner {
  private state: EngineState
  private running = false
  /** What the engine asked for at its last step: when to wake it, and whether with an idle sample. */
  private plannedAt: EpochMs | null = null
  private wantsIdleSample = false
  /** When lockedNow() was last read (null: never), by the wall clock and the monotonic one. */
  private lastLockPoll: { at: EpochMs; mono: number | undefined } | null = null
  private wakeUps = 0
  /** Monotonic (or wall) time of the last signal poll. */
  private lastSignalPoll: number | null = null
  private signalPolls = 0
  /** Inputs arriving while callbacks run (a handler reacting to an event) wait their turn. */
  private readonly queue: EngineInput[] = []
  private dispatching = false

  constructor(private readonly ports: EngineRunnerPorts) {
    const verified = ports.idle.needsVerification !== true
    this.state = initialState(ports.settings ?? DEFAULT_OFFICE_SETTINGS, { verified })
  }

  /** Begins tracking: the first idle sample decides whether the user is at the desk (a locked screen first). */
  start(): void {
    if (this.running) return
    this.running = true
    this.pollLock()
    this.feed({ kind: 'idle-sample', at: this.now(), idleSeconds: this.readIdle() ?? 0 })
  }

  /** Closes the open bout (reported as bout-ended) and cancels the timer. */
  stop(): void {
    if (!this.running) return
    this.feed({ kind: 'shutdown', at: this.now() })
    this.running = false
    this.ports.scheduler.cancel()
  }

  lock(): void {
    this.feedWithIdle('lock')
  }

  unlock(): void {
    this.feed({ kind: 'unlock', at: this.now() })
  }

  suspend(): void {
    this.pollLock()
    this.feedWithIdle('suspend')
  }

  /** With lock polling, the lock is read first: a laptop that slept locked wakes up locked, not back. */
  resume(): void {
    this.pollLock()
    this.feed({ kind: 'resume', at: this.now() })
    // What the desktop reported before the sleep is stale: look again if it matters.
    void this.pollSignals()
  }

  act(action: UserAction): void {
    this.feed({ kind: 'action', at: this.now(), action })
  }

  /**
   * What the desktop reports now (the active busy reasons). Accepted before start too; an unchanged
   * report is not fed, so a chatty source costs nothing.
   */
  setDesktopBusy(busy: readonly BusyReason[]): void {
    const known = this.state.desktop.reported
    if (busy.length === known.length && busy.every((r) => known.includes(r))) return
    this.feed({ kind: 'desktop-signals', at: this.now(), busy: [...busy] })
  }

  /** Accepted before start too, so the platform can load settings first. */
  setSettings(settings: OfficeSettings): void {
    this.feed({ kind: 'settings', at: this.now(), settings })
  }

  status(): EngineStatus {
    return status(this.state, this.engineNow())
  }

  /** Desktop signal polls asked for so far (for the bench). */
  get signalPollCount(): number {
    return this.signalPolls
  }

  /** Timer firings so far (for diagnostics and the bench). */
  get wakeUpCount(): number {
    return this.wakeUps
  }

  /** The engine state, e.g. for a test or a crash report. Do not mutate. */
  get engineState(): EngineState {
    return this.state
  }

  private now(): EpochMs {
    return this.ports.clock.now()
  }

  private mono(): number | undefined {
    const value = this.ports.clock.monotonic?.()
    return value !== undefined && Number.isFinite(value) ? value : undefined
  }

  /**
   * "Now" as the engine's stored times see it: the last input's time plus the real time since. A wall
   * clock changed since the last input then shows no jump in the status until the engine has removed it.
   */
  private engineNow(): EpochMs {
    const { lastAt, lastMono } = this.state
    const mono = this.mono()
    if (lastAt === null || lastMono === null || mono === undefined) return this.now()
    return lastAt + Math.max(0, mono - lastMono)
  }

  /** A probe that throws is treated as "no reading" rather than taking the runner down. */
  private readIdle(): number | undefined {
    try {
      return this.ports.idle.idleSeconds()
    } catch {
      return undefined
    }
  }

  private feedWithIdle(kind: 'lock' | 'suspend'): void {
    // A fresh reading dates the departure exactly when the lock or sleep followed a long idle time.
    const idleSeconds = this.readIdle()
    const at = this.now()
    this.feed(idleSeconds === undefined ? { kind, at } : { kind, at, idleSeconds })
  }

  /** Reads lockedNow() where there is one; a change from what the engine knows is fed as a lock or unlock. */
  private pollLock(): void {
    const probe = this.ports.idle
    if (!this.running || probe.lockedNow === undefined) return
    this.lastLockPoll = { at: this.now(), mono: this.mono() }
    let locked: boolean
    try {
      locked = probe.lockedNow()
    } catch {
      return
    }
    const known = this.state.presence.locked !== null
    if (locked && !known) this.lock()
    else if (!locked && known) this.unlock()
  }

  /** When to poll the lock next: only while locked (and awake) with lockedNow() to see the unlock. */
  private lockPollAt(now: EpochMs): EpochMs | null {
    const p = this.state.presence
    if (this.ports.idle.lockedNow === undefined || p.locked === null || p.suspended !== null) return null
    const last = this.lastLockPoll
    const mono = this.mono()
    // Real time since the last poll; without monotonic time, min() keeps a wall clock set back since
    // then from pushing the next poll away.
    const sinceLast =
      last === null
        ? 0
        : last.mono !== undefined && mono !== undefined
          ? mono - last.mono
          : now - Math.min(last.at, now)
    return Math.max(now + AWAY_POLL_MS - sinceLast, now + MIN_WAKE_DELAY_MS)
  }

  /**
   * Polls the desktop signals if they are wanted now and were not polled in the last 10 s. Returns the
   * answer still to come, if any (null: no poll, or it answered at once).
   */
  private pollSignals(): Promise<void> | null {
    const signals = this.ports.signals
    if (signals === undefined || !this.running) return null
    const now = this.now()
    if (!signalPollWanted(this.state, now)) return null
    const t = this.mono() ?? now
    if (this.lastSignalPoll !== null && t - this.lastSignalPoll < SIGNAL_POLL_MIN_GAP_MS && t >= this.lastSignalPoll) {
      return null
    }
    this.lastSignalPoll = t
    this.signalPolls += 1
    try {
      return signals.poll() ?? null
    } catch {
      // A poller that throws is a reading missed, never a stopped runner.
      return null
    }
  }

  /**
   * A wake-up: polls the signals if they are wanted, and goes on once they answered. A poll that never
   * answers is given up after SIGNAL_POLL_WAIT_MS (through the one timer), so the runner cannot stall.
   */
  private onWake(engineDue: boolean): void {
    if (!this.running) return
    this.wakeUps += 1
    const answer = this.pollSignals()
    if (answer === null) {
      this.finishWake(engineDue)
      return
    }
    let done = false
    const proceed = (): void => {
      if (done) return
      done = true
      this.finishWake(engineDue)
    }
    answer.then(proceed, proceed)
    this.ports.scheduler.schedule(this.now() + SIGNAL_POLL_WAIT_MS, proceed)
  }

  /** `engineDue`: the engine asked to be woken by now; otherwise this is only a lock poll. */
  private finishWake(engineDue: boolean): void {
    if (!this.running) return
    const wantsSample = engineDue && this.wantsIdleSample
    this.pollLock()
    const at = this.now()
    const idleSeconds = wantsSample ? this.readIdle() : undefined
    // A bare wake on a lock poll lets the engine see the time (expired timers, clock jumps); it is a no-op otherwise.
    this.feed(idleSeconds === undefined ? { kind: 'wake', at } : { kind: 'idle-sample', at, idleSeconds })
  }

  private scheduleWake(): void {
    const { scheduler } = this.ports
    scheduler.cancel()
    if (!this.running) return
    const now = this.now()
    const engineAt = this.plannedAt === null ? null : Math.max(this.plannedAt, now + MIN_WAKE_DELAY_MS)
    const pollAt = this.lockPollAt(now)
    if (pollAt === null) {
      if (engineAt !== null) scheduler.schedule(engineAt, () => this.onWake(true))
      return
    }
    // Locked, seen by polling: the polls are the only wake-ups, and the engine's waits for the next one.
    const engineDue = engineAt !== null && engineAt <= pollAt
    scheduler.schedule(pollAt, () => this.onWake(engineDue))
  }

  private feed(input: EngineInput): void {
    if (!this.running && input.kind !== 'settings') return
    const mono = input.mono ?? this.mono()
    this.queue.push(mono === undefined ? input : { ...input, mono })
    if (this.dispatching) return
    this.dispatching = true
    try {
      for (let next = this.queue.shift(); next !== undefined; next = this.queue.shift()) {
        const result = step(this.state, next)
        this.state = result.state
        this.afterStep(result.events, result.nextWakeAt, result.wantsIdleSample)
      }
    } finally {
      this.dispatching = false
    }
  }

  private afterStep(events: EngineEvent[], nextWakeAt: EpochMs | null, wantsIdleSample: boolean): void {
    this.plannedAt = nextWakeAt
    this.wantsIdleSample = wantsIdleSample
    this.scheduleWake()
    if (events.length > 0) this.ports.onEvents?.(events)
    this.ports.onStatus?.(status(this.state, this.engineNow()))
  }
}
