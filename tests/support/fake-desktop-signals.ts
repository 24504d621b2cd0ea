// A desktop-signals port for tests and the browser e2e, harsher than the real one: answers on a later
// turn, reports nothing before configure(), calls onChange when nothing changed, and can report a
// source unavailable or failing mid-way. The test sets what the desktop is doing with set().
import type { DesktopSignalsPort } from '../../src/main/app/ports'
import {
  SOURCE_REASON,
  type BusyReason,
  type SignalSource,
  type SignalSourceStatus
} from '../../src/shared/desktop-signals'

type SourceState = 'working' | 'unavailable' | 'failed'

export interface FakeDesktopSignalsOptions {
  /** Sources the OS pushes (seen at once, on a later turn); the others are seen only by poll(). */
  pushed?: SignalSource[]
  /** Sources this "desktop" cannot read at all. */
  unavailable?: SignalSource[]
  /** Called for each poll(), e.g. to record the virtual time. */
  onPoll?: () => void
}

const SOURCES: SignalSource[] = ['microphone', 'camera', 'fullscreen', 'dnd']

/** A later turn: after every microtask, as a child process or D-Bus answer would come. */
const laterTurn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

export class FakeDesktopSignals implements DesktopSignalsPort {
  private readonly truth = new Map<SignalSource, boolean>()
  private readonly seen = new Map<SignalSource, boolean>()
  private readonly state = new Map<SignalSource, SourceState>()
  private readonly notes = new Map<SignalSource, string>()
  private readonly pushed: Set<SignalSource>
  /** Nothing counts until configure() says which reasons are on. */
  private enabled: Record<BusyReason, boolean> = { call: false, presenting: false, dnd: false }
  private onChange: (() => void) | null = null
  pollCount = 0
  /** Answers still on their way. */
  private inFlight = 0
  configureCalls: Record<BusyReason, boolean>[] = []
  running = false

  constructor(private readonly options: FakeDesktopSignalsOptions = {}) {
    this.pushed = new Set(options.pushed ?? [])
    for (const s of SOURCES) this.state.set(s, options.unavailable?.includes(s) ? 'unavailable' : 'working')
  }

  /** The desktop starts or stops doing something (a call, fullscreen...). */
  set(source: SignalSource, active: boolean): void {
    this.truth.set(source, active)
    if (this.pushed.has(source)) void this.look([source])
  }

  /** The probe breaks: it turns itself off and says so. */
  fail(source: SignalSource, note = 'Stopped answering'): void {
    this.state.set(source, 'failed')
    this.notes.set(source, note)
    void this.look([])
  }

  /** Lets every answer in flight arrive. */
  async settle(): Promise<void> {
    while (this.inFlight > 0) await laterTurn()
  }

  get busy(): boolean {
    return this.inFlight > 0
  }

  start(onChange: () => void): void {
    this.onChange = onChange
    this.running = true
    void this.look(SOURCES.filter((s) => this.pushed.has(s)))
  }

  stop(): void {
    this.running = false
    this.onChange = null
  }

  async poll(): Promise<void> {
    this.pollCount += 1
    this.options.onPoll?.()
    await this.look(SOURCES.filter((s) => !this.pushed.has(s)))
  }

  readings(): Partial<Record<SignalSource, boolean>> {
    const out: Partial<Record<SignalSource, boolean>> = {}
    for (const s of SOURCES) if (this.counts(s) && this.seen.has(s)) out[s] = this.seen.get(s) === true
    return out
  }

  statuses(): SignalSourceStatus[] {
    return SOURCES.map((source) => {
      const state = this.state.get(source) ?? 'unavailable'
      const off = state === 'working' && !this.enabled[SOURCE_REASON[source]]
      return {
        source,
        state: off ? 'off' : state,
        active: this.counts(source) && this.seen.get(source) === true,
        note:
          state === 'unavailable'
            ? 'Not available on this desktop'
            : state === 'failed'
              ? (this.notes.get(source) ?? 'Stopped working')
              : 'Read by the test desktop'
      }
    })
  }

  configure(enabled: Record<BusyReason, boolean>): void {
    this.enabled = { ...enabled }
    this.configureCalls.push({ ...enabled })
    void this.look([])
  }

  private counts(source: SignalSource): boolean {
    return this.state.get(source) === 'working' && this.enabled[SOURCE_REASON[source]]
  }

  /** Reads the given sources on a later turn, then says "may have changed", changed or not. */
  private async look(sources: SignalSource[]): Promise<void> {
    this.inFlight += 1
    try {
      await laterTurn()
      if (!this.running) return
      for (const s of sources) this.seen.set(s, this.truth.get(s) === true)
      this.onChange?.()
    } finally {
      this.inFlight -= 1
    }
  }
}
