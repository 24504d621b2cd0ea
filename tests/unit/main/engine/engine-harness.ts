// Test helpers: write traces in local clock times, run them through the real runner, read events back.
import { DEFAULT_OFFICE_SETTINGS, type OfficeSettings } from '../../../../src/shared/office-settings'
import { initialState, step } from '../../../../src/main/engine/office-engine'
import {
  runSimulation,
  type SimulationOptions,
  type SimulationRun
} from '../../../../src/main/engine/simulation/simulate'
import { parseTrace } from '../../../../src/main/engine/simulation/trace'
import type { EngineEvent, EngineEventType, EngineInput, EngineState } from '../../../../src/main/engine/types'

export const MIN = 60_000
export const HOUR = 60 * MIN

type TraceLine = Record<string, string | number>

/** Trace-writing helpers for one calendar day at one UTC offset. */
export function day(date = '2026-03-02', offset = '+01:00') {
  const iso = (clock: string): string => `${date}T${clock.length === 5 ? `${clock}:00` : clock}${offset}`
  return {
    iso,
    t: (clock: string): number => Date.parse(iso(clock)),
    state: (from: string, to: string, state: 'active' | 'idle' | 'locked' | 'asleep'): TraceLine => ({
      from: iso(from),
      to: iso(to),
      state
    }),
    /** The desktop reports a busy reason (call, presenting, dnd) from `from` to `to`. */
    busy: (from: string, to: string, reason: 'call' | 'presenting' | 'dnd'): TraceLine => ({
      from: iso(from),
      to: iso(to),
      busy: reason
    }),
    action: (at: string, action: string, extra: Record<string, string | number> = {}): TraceLine => ({
      at: iso(at),
      action,
      ...extra
    })
  }
}

export const traceText = (lines: TraceLine[]): string => lines.map((l) => JSON.stringify(l)).join('\n')

export function simulateLines(
  lines: TraceLine[],
  settings: Partial<OfficeSettings> = {},
  options: SimulationOptions = {}
): SimulationRun {
  return runSimulation(parseTrace(traceText(lines)), { ...DEFAULT_OFFICE_SETTINGS, ...settings }, options)
}

export type EventOf<T extends EngineEventType> = Extract<EngineEvent, { type: T }>

export function ofType<T extends EngineEventType>(events: readonly EngineEvent[], type: T): EventOf<T>[] {
  return events.filter((e): e is EventOf<T> => e.type === type)
}

export const eventsOf = (run: SimulationRun): EngineEvent[] => run.events.map((r) => r.event)

/** Feeds inputs straight into the reducer, for cases a trace cannot express. */
export function feed(
  inputs: EngineInput[],
  settings: Partial<OfficeSettings> = {},
  from: EngineState = initialState({ ...DEFAULT_OFFICE_SETTINGS, ...settings })
): { state: EngineState; events: EngineEvent[]; nextWakeAt: number | null } {
  let state = from
  let nextWakeAt: number | null = null
  const events: EngineEvent[] = []
  for (const input of inputs) {
    const result = step(state, input)
    state = result.state
    nextWakeAt = result.nextWakeAt
    events.push(...result.events)
  }
  return { state, events, nextWakeAt }
}

/** Idle samples every `everyMs` from `start` to `end` (inclusive), reading `idle(t)` seconds. */
export function samples(
  start: number,
  end: number,
  everyMs: number,
  idle: (t: number) => number = () => 0
): EngineInput[] {
  const out: EngineInput[] = []
  for (let t = start; t <= end; t += everyMs) out.push({ kind: 'idle-sample', at: t, idleSeconds: idle(t) })
  return out
}
