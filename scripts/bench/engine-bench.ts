// Engine bench: simulated 8-hour office days and nights through the real runner; wake-ups, tray updates, timing errors, CPU per day.
import { pathToFileURL } from 'node:url'
import { DEFAULT_OFFICE_SETTINGS } from '../../src/shared/office-settings'
import { toOfficeStatus } from '../../src/main/app/office-runner'
import { TrayChangeTracker, trayView } from '../../src/main/app/tray-view'
import { generateOfficeDay } from '../../src/main/engine/simulation/day-generator'
import { runSimulation, type SimulationOptions, type SimulationRun } from '../../src/main/engine/simulation/simulate'
import { formatWithOffset } from '../../src/main/engine/simulation/time-format'
import { parseTrace, type Trace } from '../../src/main/engine/simulation/trace'
import type { EpochMs } from '../../src/main/engine/types'

/** What a 1-second polling loop (Stretchly, BreakTimer) costs: one wake-up a second. */
const ONE_SECOND_POLLER_PER_HOUR = 3600

export interface EngineBenchOptions {
  /** Distinct generated days (different seeds). */
  days?: number
  /** Times each day is re-run to measure CPU time. */
  cpuRepetitions?: number
}

export interface EngineBenchFigures {
  days: number
  simulatedHours: { working: number; away: number; asleep: number }
  wakeUpsPerHourWorking: number
  wakeUpsPerHourAway: number
  /** Away at an unlocked desk, the worst case for polling. */
  wakeUpsPerHourIdle: number
  wakeUpsPerHourOverall: number
  worstPromptDelaySeconds: number
  worstReturnDetectionSeconds: number
  worstDepartureErrorSeconds: number
  missedReturns: number
  cpuMsPerDay: number
  /** How many times fewer wake-ups than a 1-second poller, over the whole day. */
  fewerWakeUpsThanOneSecondPoller: number
  /** The same days with desktop signals on (polled, the costly kind), a call and a presentation a day. */
  signals: { wakeUpsPerHourWorking: number; pollsPerHourWorking: number; worstPromptDelaySeconds: number }
  /** A desktop left overnight (14 h, 18:00 to 08:00): wake-ups an hour and tray updates an hour. */
  overnight: {
    unlocked: { wakeUpsPerHour: number; trayUpdatesPerHour: number }
    locked: { wakeUpsPerHour: number; trayUpdatesPerHour: number }
    /** Linux: no lock events, so the lock is polled every 30 s. */
    lockedPolled: { wakeUpsPerHour: number; trayUpdatesPerHour: number }
  }
  /** Tray updates (tooltip, icon or menu set) an hour while working, and menu rebuilds among them. */
  trayUpdatesPerHourWorking: number
  menuRebuildsPerHourWorking: number
}

const HOUR = 3_600_000

/** Counts the tray calls a run would make (what LimberTray sets), split by the trace's state at the time. */
function trayCounter(): {
  options: Pick<SimulationOptions, 'onStatus'>
  updatesBetween(from: EpochMs, to: EpochMs): number
  menusBetween(from: EpochMs, to: EpochMs): number
} {
  const tracker = new TrayChangeTracker()
  const updates: { at: EpochMs; menu: boolean }[] = []
  return {
    options: {
      onStatus: (status, at) => {
        const changed = tracker.next(trayView(toOfficeStatus(status, DEFAULT_OFFICE_SETTINGS), false))
        if (changed.tooltip || changed.icon || changed.menu) updates.push({ at, menu: changed.menu })
      }
    },
    updatesBetween: (from, to) => updates.filter((u) => u.at >= from && u.at < to).length,
    menusBetween: (from, to) => updates.filter((u) => u.menu && u.at >= from && u.at < to).length
  }
}

/** 17:00-18:00 at work, then 18:00-08:00 away (idle at an unlocked desk, or locked), then back. */
function overnight(
  away: 'idle' | 'locked',
  lock: 'events' | 'polled'
): { wakeUpsPerHour: number; trayUpdatesPerHour: number } {
  const day = Date.parse('2026-03-02T00:00:00+01:00')
  const iso = (t: number): string => formatWithOffset(t, 60)
  const leave = day + 18 * HOUR
  const back = day + 32 * HOUR
  const text = [
    { from: iso(day + 17 * HOUR), to: iso(leave), state: 'active' },
    { from: iso(leave), to: iso(back), state: away },
    { from: iso(back), to: iso(back + HOUR), state: 'active' }
  ]
    .map((l) => JSON.stringify(l))
    .join('\n')
  const tray = trayCounter()
  const run = runSimulation(parseTrace(text), DEFAULT_OFFICE_SETTINGS, { lock, ...tray.options })
  const hours = (back - leave) / HOUR
  return {
    wakeUpsPerHour: run.wakeUps.filter((w) => w >= leave && w < back).length / hours,
    trayUpdatesPerHour: tray.updatesBetween(leave, back) / hours
  }
}

/** Each generated day with a 45-minute call at 10:00 and a 30-minute presentation at 14:00 added. */
function withSignals(trace: Trace): Trace {
  const day = trace.start - 9 * HOUR
  const iso = (t: number): string => formatWithOffset(t, 60)
  const lines = [
    { from: iso(day + 10 * HOUR), to: iso(day + 10.75 * HOUR), busy: 'call' },
    { from: iso(day + 14 * HOUR), to: iso(day + 14.5 * HOUR), busy: 'presenting' }
  ]
  const own = parseTrace(
    [...trace.segments.map((s) => ({ from: iso(s.from), to: iso(s.to), state: s.state })), ...lines]
      .map((l) => JSON.stringify(l))
      .join('\n')
  )
  return { ...trace, signals: own.signals }
}

function generatedDays(count: number): Trace[] {
  const date = Date.parse('2026-03-02T00:00:00+01:00')
  return Array.from({ length: count }, (_, i) =>
    parseTrace(generateOfficeDay({ seed: 1 + i, date: date + (i % 5) * 86_400_000, offsetMinutes: 60 }))
  )
}

const maxOf = (runs: SimulationRun[], pick: (r: SimulationRun) => number | null): number =>
  Math.max(0, ...runs.map((r) => pick(r) ?? 0))

export function runEngineBench(options: EngineBenchOptions = {}): EngineBenchFigures {
  const days = options.days ?? 20
  const repetitions = options.cpuRepetitions ?? 20
  const traces = generatedDays(days)
  const runs = traces.map((t) => runSimulation(t, DEFAULT_OFFICE_SETTINGS))

  const sum = (pick: (r: SimulationRun) => number): number => runs.reduce((acc, r) => acc + pick(r), 0)
  const working = sum((r) => r.metrics.hours.working)
  const idle = sum((r) => r.metrics.hours.idle)
  const locked = sum((r) => r.metrics.hours.locked)
  const asleep = sum((r) => r.metrics.hours.asleep)
  const wakeWorking = sum((r) => r.metrics.wakeUps.working)
  const wakeIdle = sum((r) => r.metrics.wakeUps.idle)
  const wakeLocked = sum((r) => r.metrics.wakeUps.locked)
  const wakeTotal = sum((r) => r.metrics.wakeUps.total)
  const awakeHours = working + idle + locked

  const before = process.cpuUsage()
  for (let i = 0; i < repetitions; i++) for (const t of traces) runSimulation(t, DEFAULT_OFFICE_SETTINGS)
  const used = process.cpuUsage(before)
  const cpuMsPerDay = (used.user + used.system) / 1000 / (repetitions * traces.length)

  const overall = wakeTotal / awakeHours

  const signalRuns = traces.map((t) => runSimulation(withSignals(t), DEFAULT_OFFICE_SETTINGS, { signals: 'polled' }))
  const signalWorking = signalRuns.reduce((acc, r) => acc + r.metrics.wakeUps.working, 0)
  const signalPolls = signalRuns.reduce((acc, r) => acc + r.metrics.signalPolls, 0)

  const trayRuns = traces.map((t) => {
    const tray = trayCounter()
    runSimulation(t, DEFAULT_OFFICE_SETTINGS, tray.options)
    return { updates: tray.updatesBetween(t.start, t.end), menus: tray.menusBetween(t.start, t.end) }
  })

  return {
    days,
    simulatedHours: { working, away: idle + locked, asleep },
    wakeUpsPerHourWorking: wakeWorking / working,
    wakeUpsPerHourAway: (wakeIdle + wakeLocked) / (idle + locked),
    wakeUpsPerHourIdle: wakeIdle / idle,
    wakeUpsPerHourOverall: overall,
    worstPromptDelaySeconds: maxOf(runs, (r) => r.metrics.worstPromptDelaySeconds),
    worstReturnDetectionSeconds: maxOf(runs, (r) => r.metrics.worstReturnDetectionSeconds),
    worstDepartureErrorSeconds: maxOf(runs, (r) => r.metrics.worstDepartureErrorSeconds),
    missedReturns: sum((r) => r.metrics.missedReturns),
    cpuMsPerDay,
    fewerWakeUpsThanOneSecondPoller: ONE_SECOND_POLLER_PER_HOUR / overall,
    signals: {
      wakeUpsPerHourWorking: signalWorking / working,
      pollsPerHourWorking: signalPolls / working,
      worstPromptDelaySeconds: maxOf(signalRuns, (r) => r.metrics.worstPromptDelaySeconds)
    },
    overnight: {
      unlocked: overnight('idle', 'events'),
      locked: overnight('locked', 'events'),
      lockedPolled: overnight('locked', 'polled')
    },
    // Per hour of the whole day (the tray follows the status whatever the user does).
    trayUpdatesPerHourWorking: trayRuns.reduce((a, r) => a + r.updates, 0) / (days * 8),
    menuRebuildsPerHourWorking: trayRuns.reduce((a, r) => a + r.menus, 0) / (days * 8)
  }
}

export function formatBenchTable(f: EngineBenchFigures): string {
  const rows: [string, string, string][] = [
    [
      'simulated days',
      `${f.days}`,
      `${f.simulatedHours.working.toFixed(1)} h working, ${f.simulatedHours.away.toFixed(1)} h away, ${f.simulatedHours.asleep.toFixed(1)} h asleep`
    ],
    ['wake-ups / hour working', f.wakeUpsPerHourWorking.toFixed(1), 'budget 120'],
    [
      '  with desktop signals',
      f.signals.wakeUpsPerHourWorking.toFixed(1),
      `budget 60 (${(f.signals.wakeUpsPerHourWorking / 60).toFixed(2)}x); ${f.signals.pollsPerHourWorking.toFixed(1)} polls / hour; worst prompt delay ${f.signals.worstPromptDelaySeconds.toFixed(1)} s`
    ],
    ['wake-ups / hour away', f.wakeUpsPerHourAway.toFixed(1), 'budget 120 (idle and locked)'],
    ['  of which idle at desk', f.wakeUpsPerHourIdle.toFixed(1), '30 s polls once away is known'],
    [
      'overnight, unlocked desk',
      f.overnight.unlocked.wakeUpsPerHour.toFixed(1),
      `wake-ups / hour; budget 15 (${(f.overnight.unlocked.wakeUpsPerHour / 15).toFixed(2)}x): 6-minute polls after 30 min away`
    ],
    [
      'overnight, locked',
      f.overnight.locked.wakeUpsPerHour.toFixed(1),
      'wake-ups / hour; lock events (Windows, macOS)'
    ],
    [
      'overnight, locked (polled)',
      f.overnight.lockedPolled.wakeUpsPerHour.toFixed(1),
      'wake-ups / hour; Linux: the lock is polled every 30 s'
    ],
    [
      'tray updates overnight',
      Math.max(
        f.overnight.unlocked.trayUpdatesPerHour,
        f.overnight.locked.trayUpdatesPerHour,
        f.overnight.lockedPolled.trayUpdatesPerHour
      ).toFixed(2),
      `per hour, worst of the three; budget 2 (${(Math.max(f.overnight.unlocked.trayUpdatesPerHour, f.overnight.locked.trayUpdatesPerHour, f.overnight.lockedPolled.trayUpdatesPerHour) / 2).toFixed(2)}x)`
    ],
    [
      'tray updates working',
      f.trayUpdatesPerHourWorking.toFixed(1),
      `per hour (the tooltip counts minutes); menu rebuilt ${f.menuRebuildsPerHourWorking.toFixed(1)} / hour`
    ],
    ['worst prompt delay', `${f.worstPromptDelaySeconds.toFixed(1)} s`, 'budget 5 s'],
    [
      'worst return detection',
      `${f.worstReturnDetectionSeconds.toFixed(1)} s`,
      `budget 30 s (6 min after 30 min away); missed ${f.missedReturns}`
    ],
    ['worst departure error', `${f.worstDepartureErrorSeconds.toFixed(1)} s`, 'exact: now − idle'],
    ['CPU per simulated day', `${f.cpuMsPerDay.toFixed(2)} ms`, 'mean, user + system'],
    [
      'vs 1-second poller',
      `${f.fewerWakeUpsThanOneSecondPoller.toFixed(0)}x fewer`,
      `3600 vs ${f.wakeUpsPerHourOverall.toFixed(1)} wake-ups / hour`
    ]
  ]
  const w0 = Math.max(...rows.map((r) => r[0].length))
  const w1 = Math.max(...rows.map((r) => r[1].length))
  return rows.map(([a, b, c]) => `${a.padEnd(w0)}  ${b.padStart(w1)}  ${c}`).join('\n')
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(`Office engine bench\n${formatBenchTable(runEngineBench())}\n`)
}
