// Replays a trace through the real EngineRunner on a virtual clock and measures how it behaved.
import type { BusyReason } from '../../../shared/desktop-signals'
import { DEFAULT_OFFICE_SETTINGS, type OfficeSettings } from '../../../shared/office-settings'
import { EngineRunner, type IdleProbe } from '../engine-runner'
import { AWAY_SLOW_POLL_MS } from '../sampling-policy'
import type { EngineEvent, EngineEventType, EngineStatus, EpochMs } from '../types'
import { formatWithOffset, localOffsetMinutes } from './time-format'
import { parseTrace, type Trace, type TraceSegment, type TraceState } from './trace'
import { VirtualClock, VirtualScheduler } from './virtual-time'

export interface SimulationOptions {
  /** 'trace' (default): idle time follows the trace. 'always-zero': a broken source that reads 0. */
  idleSource?: 'trace' | 'always-zero'
  /**
   * 'events' (default): lock and unlock arrive as events (macOS, Windows). 'polled': no lock events;
   * the runner polls lockedNow() instead, as on Linux (see engine-runner.ts "Lock by polling").
   */
  lock?: 'events' | 'polled'
  /**
   * Offset of printed times. 'auto' (default): the process time zone's when it agrees with every
   * offset written in the trace (so DST shows as local time), otherwise the trace's own offsets.
   */
  timeZone?: 'auto' | 'trace' | 'local'
  /**
   * How the trace's busy lines reach the runner. 'polled' (the default when the trace has busy lines):
   * only by the runner's polls, as for a source the OS cannot push (see engine-runner.ts "Desktop
   * signals"). 'events': every change at once, as a pushed source; polls answer too. 'none': no
   * desktop signals at all (the default without busy lines).
   */
  signals?: 'polled' | 'events' | 'none'
  /** Every status the runner publishes, with the true time (the bench draws the tray from it). */
  onStatus?: (status: EngineStatus, trueAt: EpochMs) => void
}

/**
 * One engine event and when the runner reported it: `emittedAt` by the machine's wall clock (the
 * frame the event's own times are in), `trueAt` in the trace's true time (they differ only after a
 * setClock line).
 */
export interface RecordedEvent {
  event: EngineEvent
  emittedAt: EpochMs
  trueAt: EpochMs
}

/** An output line: `t` and `type` first, the event's other fields after, times as ISO strings. */
export type SimulationLine = { t: string; type: EngineEventType } & Record<string, string | number | boolean>

export interface SimulationMetrics {
  hours: { working: number; idle: number; locked: number; asleep: number }
  wakeUps: { working: number; idle: number; locked: number; total: number }
  wakeUpsPerHour: { working: number; away: number; idle: number }
  prompts: number
  /** Desktop signal polls the runner asked for. */
  signalPolls: number
  /** Worst lateness of an on-time prompt (catch-ups after meetings, pauses and off hours excluded). */
  worstPromptDelaySeconds: number | null
  returns: number
  /** Absences long enough to be a break whose end the engine never reported (should be 0). */
  missedReturns: number
  /** Worst time between a return in the trace and the engine reporting sitting-started. */
  worstReturnDetectionSeconds: number | null
  /** Worst error of the reported return time itself. */
  worstReturnTimingSeconds: number | null
  /** Worst error of a natural break's departure time against the trace. */
  worstDepartureErrorSeconds: number | null
}

export interface SimulationRun {
  trace: Trace
  events: RecordedEvent[]
  lines: SimulationLine[]
  /** When each timer fired, in true time. */
  wakeUps: EpochMs[]
  metrics: SimulationMetrics
}

type Category = 'working' | 'idle' | 'locked' | 'asleep'

/** The trace's state at `t` ([from, to) intervals); time between state lines counts as idle. */
function segmentAt(trace: Trace, t: EpochMs): TraceSegment | undefined {
  return trace.segments.find((s) => s.from <= t && t < s.to)
}

function categoryAt(trace: Trace, t: EpochMs): Category {
  const state: TraceState = segmentAt(trace, t)?.state ?? 'idle'
  return state === 'active' ? 'working' : state
}

/** The last moment at or before `t` when the user was active (the trace start if never). */
function lastActiveAt(trace: Trace, t: EpochMs): EpochMs {
  let last = trace.start
  for (const s of trace.segments) {
    if (s.state !== 'active' || s.from > t) continue
    last = Math.max(last, Math.min(s.to, t))
  }
  return last
}

/**
 * Idle seconds the way the system reports them: whole seconds since the last active moment. Idle time
 * is counted in real time, so setting the wall clock does not move it.
 */
function traceIdleProbe(trace: Trace, clock: VirtualClock): IdleProbe {
  return { idleSeconds: () => Math.floor((clock.elapsed - lastActiveAt(trace, clock.elapsed)) / 1000) }
}

interface Flags {
  locked: boolean
  asleep: boolean
}

/** The machine's lock and sleep flags from each change of state on: a locked laptop that sleeps stays locked. */
function powerStates(trace: Trace): { at: EpochMs; flags: Flags }[] {
  const out: { at: EpochMs; flags: Flags }[] = []
  let flags: Flags = { locked: false, asleep: false }
  let cursor = trace.start
  const change = (at: EpochMs, next: Flags): void => {
    out.push({ at, flags: next })
    flags = next
  }
  for (const s of trace.segments) {
    if (s.from > cursor) change(cursor, { locked: false, asleep: false })
    const next: Flags =
      s.state === 'locked'
        ? { locked: true, asleep: false }
        : s.state === 'asleep'
          ? { locked: flags.locked && s.from === cursor, asleep: true }
          : { locked: false, asleep: false }
    change(s.from, next)
    cursor = s.to
  }
  return out
}

/**
 * Lock/unlock and suspend/resume calls at every change of state, in the order a machine makes them.
 * With `lockEvents` false only suspend and resume are sent (the lock is left to polling).
 */
function powerTransitions(trace: Trace, lockEvents: boolean): { at: EpochMs; apply: (r: EngineRunner) => void }[] {
  const out: { at: EpochMs; apply: (r: EngineRunner) => void }[] = []
  let flags: Flags = { locked: false, asleep: false }
  for (const { at, flags: next } of powerStates(trace)) {
    // Wake before unlocking, lock before sleeping.
    if (flags.asleep && !next.asleep) out.push({ at, apply: (r) => r.resume() })
    if (lockEvents && !flags.locked && next.locked) out.push({ at, apply: (r) => r.lock() })
    if (lockEvents && flags.locked && !next.locked) out.push({ at, apply: (r) => r.unlock() })
    if (!flags.asleep && next.asleep) out.push({ at, apply: (r) => r.suspend() })
    flags = next
  }
  return out
}

/** Whether the session is locked at `t`, for a runner that polls the lock. */
/** The busy reasons the trace's busy lines report at `t` ([from, to) intervals). */
function busyAt(trace: Trace, t: EpochMs): BusyReason[] {
  return [...new Set(trace.signals.filter((b) => b.from <= t && t < b.to).map((b) => b.reason))]
}

function traceLockedNow(trace: Trace, clock: VirtualClock): () => boolean {
  const states = powerStates(trace)
  return () => {
    const t = clock.elapsed
    let locked = false
    for (const s of states) if (s.at <= t) locked = s.flags.locked
    return locked
  }
}

const TIME_FIELDS = new Set(['from', 'until', 'start', 'end', 'dueAt'])
const MINUTE_FIELDS = new Set(['sittingMinutes', 'awayMinutes', 'minutes', 'jumpMinutes', 'heldMinutes'])

/** True when the process time zone gives every trace line the offset it was written with. */
function traceMatchesLocalZone(trace: Trace): boolean {
  return (
    trace.segments.every((s) => localOffsetMinutes(s.from) === s.offsetMinutes) &&
    trace.actions.every((a) => localOffsetMinutes(a.at) === a.offsetMinutes)
  )
}

function offsetFor(trace: Trace, t: EpochMs, timeZone: 'trace' | 'local'): number {
  if (timeZone === 'local') return localOffsetMinutes(t)
  let offset = trace.segments[0]?.offsetMinutes ?? 0
  for (const s of trace.segments) if (s.from <= t) offset = s.offsetMinutes
  return offset
}

export function toLine(trace: Trace, event: EngineEvent, timeZone: 'trace' | 'local'): SimulationLine {
  const fmt = (t: EpochMs): string => formatWithOffset(t, offsetFor(trace, t, timeZone))
  const line: SimulationLine = { t: fmt(event.at), type: event.type }
  for (const [key, value] of Object.entries(event)) {
    if (key === 'at' || key === 'type' || value === undefined) continue
    if (typeof value === 'number' && TIME_FIELDS.has(key)) line[key] = fmt(value)
    else if (typeof value === 'number' && MINUTE_FIELDS.has(key)) line[key] = Math.round(value * 100) / 100
    else if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') {
      line[key] = value
    } else if (Array.isArray(value)) line[key] = value.join(',')
  }
  return line
}

const worst = (values: number[]): number | null => (values.length === 0 ? null : Math.max(...values))

/** Maximal stretches without activity (idle, locked, asleep, or between state lines). */
function awayRuns(trace: Trace): { start: EpochMs; end: EpochMs }[] {
  const runs: { start: EpochMs; end: EpochMs }[] = []
  let runStart: EpochMs | null = null
  let cursor = trace.start
  for (const s of trace.segments) {
    if (s.from > cursor && runStart === null) runStart = cursor
    if (s.state === 'active') {
      if (runStart !== null) runs.push({ start: runStart, end: s.from })
      runStart = null
    } else if (runStart === null) runStart = s.from
    cursor = s.to
  }
  if (runStart !== null) runs.push({ start: runStart, end: trace.end })
  return runs
}

function measure(
  trace: Trace,
  settings: OfficeSettings,
  events: RecordedEvent[],
  wakeUps: EpochMs[],
  signalPolls: number
): SimulationMetrics {
  const hours = { working: 0, idle: 0, locked: 0, asleep: 0 }
  let cursor = trace.start
  for (const s of trace.segments) {
    hours.idle += (s.from - cursor) / 3_600_000
    hours[categoryAt(trace, s.from)] += (s.to - s.from) / 3_600_000
    cursor = s.to
  }
  const wakes = { working: 0, idle: 0, locked: 0, total: wakeUps.length }
  for (const at of wakeUps) {
    const c = categoryAt(trace, at)
    if (c !== 'asleep') wakes[c] += 1
  }
  const perHour = (n: number, h: number): number => (h > 0 ? n / h : 0)

  // Event times are wall-clock times; `toTrue` maps one back to the trace's true time (the same unless
  // a setClock line moved the wall clock before the event was reported).
  const toTrue = (r: RecordedEvent, wall: EpochMs): EpochMs => wall - (r.emittedAt - r.trueAt)
  const prompts = events.filter((r) => r.event.type === 'break-due')
  const promptDelays = prompts.flatMap((r) =>
    r.event.type === 'break-due' && !r.event.catchUp ? [(r.emittedAt - r.event.dueAt) / 1000] : []
  )

  // Real absences: maximal runs of non-active time. Only those long enough to be a break in any case
  // (natural break and break length) must be seen coming back.
  const runs = awayRuns(trace)
  const mustSee = Math.max(settings.naturalBreakMinutes, settings.breakLengthMinutes) * 60_000
  const detection: number[] = []
  const timing: number[] = []
  let missedReturns = 0
  for (const run of runs) {
    if (run.end - run.start < mustSee || run.end >= trace.end) continue
    const found = events.find(
      (r) => r.event.type === 'sitting-started' && r.trueAt >= run.end && toTrue(r, r.event.at) >= run.end - 2000
    )
    // Seen within the slowest away poll (long absences at an unlocked desk), with a minute to spare.
    if (found === undefined || found.trueAt > run.end + AWAY_SLOW_POLL_MS + 60_000) {
      missedReturns += 1
      continue
    }
    detection.push((found.trueAt - run.end) / 1000)
    timing.push(Math.abs(toTrue(found, found.event.at) - run.end) / 1000)
  }

  const departures = events.flatMap((r) => {
    if (r.event.type !== 'natural-break') return []
    const from = toTrue(r, r.event.from)
    const errors = runs.filter((run) => run.start <= r.trueAt).map((run) => Math.abs(from - run.start))
    return errors.length === 0 ? [] : [Math.min(...errors) / 1000]
  })

  return {
    hours,
    wakeUps: wakes,
    wakeUpsPerHour: {
      working: perHour(wakes.working, hours.working),
      away: perHour(wakes.idle + wakes.locked, hours.idle + hours.locked),
      idle: perHour(wakes.idle, hours.idle)
    },
    prompts: prompts.length,
    signalPolls,
    worstPromptDelaySeconds: worst(promptDelays),
    returns: detection.length,
    missedReturns,
    worstReturnDetectionSeconds: worst(detection),
    worstReturnTimingSeconds: worst(timing),
    worstDepartureErrorSeconds: worst(departures)
  }
}

/**
 * Runs the trace: the runner starts at the trace's first moment, state changes, actions and clock
 * changes are fed at their (true) times (a timer due at the same moment fires first), and the runner
 * stops at the trace's end. The virtual clock's monotonic time is the true time.
 */
export function runSimulation(
  trace: Trace,
  settings: OfficeSettings = DEFAULT_OFFICE_SETTINGS,
  options: SimulationOptions = {}
): SimulationRun {
  const clock = new VirtualClock(trace.start)
  const scheduler = new VirtualScheduler(clock)
  const polled = options.lock === 'polled'
  const idleProbe = options.idleSource === 'always-zero' ? { idleSeconds: () => 0 } : traceIdleProbe(trace, clock)
  const idle: IdleProbe = polled ? { ...idleProbe, lockedNow: traceLockedNow(trace, clock) } : idleProbe
  const events: RecordedEvent[] = []
  const signalMode = options.signals ?? (trace.signals.length > 0 ? 'polled' : 'none')
  // Declared before the runner so the poller can reach it; a poll answers at once (on a virtual clock
  // the answer takes no time).
  let runnerRef: EngineRunner | null = null
  const signals =
    signalMode === 'none' ? undefined : { poll: () => runnerRef?.setDesktopBusy(busyAt(trace, clock.elapsed)) }
  const runner = new EngineRunner({
    clock,
    scheduler,
    idle,
    settings,
    ...(signals === undefined ? {} : { signals }),
    ...(options.onStatus === undefined ? {} : { onStatus: (s: EngineStatus) => options.onStatus?.(s, clock.elapsed) }),
    onEvents: (batch) => {
      for (const event of batch) events.push({ event, emittedAt: clock.now(), trueAt: clock.elapsed })
    }
  })

  runnerRef = runner
  // Pushed signals: every busy line's start and end, read back as the whole report at that moment.
  const signalChanges =
    signalMode === 'events'
      ? [...new Set(trace.signals.flatMap((b) => [b.from, b.to]))].map((at, i) => ({
          at,
          order: 500_000 + i,
          apply: (r: EngineRunner) => r.setDesktopBusy(busyAt(trace, at))
        }))
      : []
  // At one moment: clock changes first, then the machine's lock and sleep, then desktop signals,
  // then the user's actions.
  const inputs = [
    ...trace.clockChanges.map((c, i) => ({
      at: c.at,
      order: -1_000_000 + i,
      apply: () => clock.setWallClock(c.wall)
    })),
    ...powerTransitions(trace, !polled).map((p, order) => ({ ...p, order })),
    ...signalChanges,
    ...trace.actions.map((a, i) => ({
      at: a.at,
      order: 1_000_000 + i,
      apply: (r: EngineRunner) => r.act(a.action)
    }))
  ].sort((a, b) => a.at - b.at || a.order - b.order)

  runner.start()
  for (const input of inputs) {
    scheduler.runUntil(input.at)
    input.apply(runner)
  }
  scheduler.runUntil(trace.end)
  runner.stop()

  const wakeUps = scheduler.fired.map((w) => w.elapsed)
  const choice = options.timeZone ?? 'auto'
  const timeZone = choice === 'auto' ? (traceMatchesLocalZone(trace) ? 'local' : 'trace') : choice
  return {
    trace,
    events,
    lines: events.map((r) => toLine(trace, r.event, timeZone)),
    wakeUps,
    metrics: measure(trace, settings, events, wakeUps, runner.signalPollCount)
  }
}

/** The simulator in one call: trace text in, output lines out. Throws TraceError for a bad trace. */
export function simulate(
  traceText: string,
  settings: OfficeSettings = DEFAULT_OFFICE_SETTINGS,
  options: SimulationOptions = {}
): SimulationLine[] {
  return runSimulation(parseTrace(traceText), settings, options).lines
}
