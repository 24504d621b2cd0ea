// Engine bench: simulated 8-hour office days through the real runner; wake-ups, timing errors, CPU per day.
import { pathToFileURL } from 'node:url'
import { DEFAULT_OFFICE_SETTINGS } from '../../src/shared/office-settings'
import { generateOfficeDay } from '../../src/main/engine/simulation/day-generator'
import { runSimulation, type SimulationRun } from '../../src/main/engine/simulation/simulate'
import { parseTrace, type Trace } from '../../src/main/engine/simulation/trace'

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
    fewerWakeUpsThanOneSecondPoller: ONE_SECOND_POLLER_PER_HOUR / overall
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
    ['wake-ups / hour away', f.wakeUpsPerHourAway.toFixed(1), 'budget 120 (idle and locked)'],
    ['  of which idle at desk', f.wakeUpsPerHourIdle.toFixed(1), '30 s polls once away is known'],
    ['worst prompt delay', `${f.worstPromptDelaySeconds.toFixed(1)} s`, 'budget 5 s'],
    [
      'worst return detection',
      `${f.worstReturnDetectionSeconds.toFixed(1)} s`,
      `budget 30 s; missed ${f.missedReturns}`
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
