// Drives the pure engine through injected ports (clock, one timer, idle probe); the app and the simulator share it.
import { DEFAULT_OFFICE_SETTINGS, type OfficeSettings } from '../../shared/office-settings'
import { status } from './engine-status'
import { initialState, step } from './office-engine'
import type { EngineEvent, EngineInput, EngineState, EngineStatus, EpochMs, UserAction } from './types'

export interface Clock {
  now(): EpochMs
}

/** One pending timer at most: `schedule` replaces whatever was pending. */
export interface WakeScheduler {
  schedule(at: EpochMs, cb: () => void): void
  cancel(): void
}

/** System idle time in seconds, like Electron's powerMonitor.getSystemIdleTime(). */
export interface IdleProbe {
  idleSeconds(): number
}

export interface EngineRunnerPorts {
  clock: Clock
  scheduler: WakeScheduler
  idle: IdleProbe
  settings?: OfficeSettings
  onEvents?: (events: EngineEvent[]) => void
  onStatus?: (status: EngineStatus) => void
}

/** Guards against an engine bug asking for a wake-up in the past, which would spin the timer. */
const MIN_WAKE_DELAY_MS = 1000

export class EngineRunner {
  private state: EngineState
  private running = false
  private wantsIdleSample = false
  private wakeUps = 0
  /** Inputs arriving while callbacks run (a handler reacting to an event) wait their turn. */
  private readonly queue: EngineInput[] = []
  private dispatching = false

  constructor(private readonly ports: EngineRunnerPorts) {
    this.state = initialState(ports.settings ?? DEFAULT_OFFICE_SETTINGS)
  }

  /** Begins tracking: the first idle sample decides whether the user is at the desk. */
  start(): void {
    if (this.running) return
    this.running = true
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
    this.feedWithIdle('suspend')
  }

  resume(): void {
    this.feed({ kind: 'resume', at: this.now() })
  }

  act(action: UserAction): void {
    this.feed({ kind: 'action', at: this.now(), action })
  }

  /** Accepted before start too, so the platform can load settings first. */
  setSettings(settings: OfficeSettings): void {
    this.feed({ kind: 'settings', at: this.now(), settings })
  }

  status(): EngineStatus {
    return status(this.state, this.now())
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

  private onWake(): void {
    if (!this.running) return
    this.wakeUps += 1
    const at = this.now()
    const idleSeconds = this.wantsIdleSample ? this.readIdle() : undefined
    this.feed(idleSeconds === undefined ? { kind: 'wake', at } : { kind: 'idle-sample', at, idleSeconds })
  }

  private feed(input: EngineInput): void {
    if (!this.running && input.kind !== 'settings') return
    this.queue.push(input)
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
    const { scheduler } = this.ports
    scheduler.cancel()
    this.wantsIdleSample = wantsIdleSample
    if (nextWakeAt !== null && this.running) {
      scheduler.schedule(Math.max(nextWakeAt, this.now() + MIN_WAKE_DELAY_MS), () => this.onWake())
    }
    if (events.length > 0) this.ports.onEvents?.(events)
    this.ports.onStatus?.(status(this.state, this.now()))
  }
}
