import { describe, expect, it } from 'vitest'
import { TraceError, parseTrace } from '../../../../../src/main/engine/simulation/trace'

const line = (o: object): string => JSON.stringify(o)
const active = line({ from: '2026-03-02T09:00:00+01:00', to: '2026-03-02T10:00:00+01:00', state: 'active' })

function errorOf(text: string): TraceError {
  try {
    parseTrace(text)
  } catch (error) {
    if (error instanceof TraceError) return error
    throw error
  }
  throw new Error('the trace was accepted')
}

describe('reading a trace', () => {
  it('reads busy lines (a call, a presentation, Do-Not-Disturb), overlapping each other and state lines', () => {
    const trace = parseTrace(
      [
        active,
        line({ from: '2026-03-02T09:30:00+01:00', to: '2026-03-02T09:50:00+01:00', busy: 'presenting' }),
        line({ from: '2026-03-02T09:10:00+01:00', to: '2026-03-02T09:40:00+01:00', busy: 'call' })
      ].join('\n')
    )
    expect(trace.signals.map((b) => [b.reason, b.line])).toEqual([
      ['call', 3],
      ['presenting', 2]
    ])
    expect(trace.signals[0]?.from).toBe(Date.parse('2026-03-02T08:10:00Z'))
  })

  it('names the line of a bad busy line', () => {
    const unknown = line({ from: '2026-03-02T09:10:00+01:00', to: '2026-03-02T09:40:00+01:00', busy: 'lunch' })
    expect(errorOf([active, unknown].join('\n')).line).toBe(2)
    const backwards = line({ from: '2026-03-02T09:40:00+01:00', to: '2026-03-02T09:10:00+01:00', busy: 'call' })
    expect(errorOf([active, backwards].join('\n')).reason).toMatch(/"to" must be after "from"/)
    const outside = line({ from: '2026-03-02T09:40:00+01:00', to: '2026-03-02T11:10:00+01:00', busy: 'dnd' })
    expect(errorOf([active, outside].join('\n')).reason).toMatch(/outside the time covered/)
  })

  it('reads state lines and actions, in time order, with their offsets', () => {
    const trace = parseTrace(
      [
        active,
        line({ at: '2026-03-02T09:40:00+01:00', action: 'pause', minutes: 10 }),
        line({ at: '2026-03-02T09:30:00+01:00', action: 'skip', reason: 'call' }),
        '',
        line({ from: '2026-03-02T10:00:00+01:00', to: '2026-03-02T10:30:00+01:00', state: 'locked' }),
        line({ at: '2026-03-02T10:10:00+01:00', action: 'pause', until: 'tomorrow' })
      ].join('\n')
    )
    expect(trace.start).toBe(Date.parse('2026-03-02T08:00:00Z'))
    expect(trace.end).toBe(Date.parse('2026-03-02T09:30:00Z'))
    expect(trace.segments.map((s) => [s.state, s.offsetMinutes, s.line])).toEqual([
      ['active', 60, 1],
      ['locked', 60, 5]
    ])
    expect(trace.actions.map((a) => a.action)).toEqual([
      { type: 'skip', reason: 'call' },
      { type: 'pause', minutes: 10 },
      { type: 'pause-until-tomorrow' }
    ])
  })

  it('reads clock changes: when (true time) and what the wall clock is set to, in time order', () => {
    const trace = parseTrace(
      [
        active,
        line({ at: '2026-03-02T09:40:00+01:00', setClock: '2026-03-02T09:45:00+01:00' }),
        line({ at: '2026-03-02T09:10:00+01:00', setClock: '2026-03-02T08:10:00+01:00' })
      ].join('\n')
    )
    expect(trace.clockChanges).toEqual([
      { at: Date.parse('2026-03-02T09:10:00+01:00'), wall: Date.parse('2026-03-02T08:10:00+01:00'), line: 3 },
      { at: Date.parse('2026-03-02T09:40:00+01:00'), wall: Date.parse('2026-03-02T09:45:00+01:00'), line: 2 }
    ])
    expect(trace.actions).toEqual([])
  })

  it.each([
    ['not JSON', '{"from": ', 1, /not valid JSON/],
    [
      'a time without offset',
      line({ from: '2026-03-02T09:00:00', to: '2026-03-02T10:00:00+01:00', state: 'active' }),
      1,
      /offset/
    ],
    [
      'an impossible date',
      line({ from: '2026-02-31T09:00:00+01:00', to: '2026-03-02T10:00:00+01:00', state: 'active' }),
      1,
      /from/
    ],
    [
      'an unknown state',
      line({ from: '2026-03-02T09:00:00+01:00', to: '2026-03-02T10:00:00+01:00', state: 'dozing' }),
      1,
      /state/
    ],
    [
      'an end before the start',
      line({ from: '2026-03-02T10:00:00+01:00', to: '2026-03-02T09:00:00+01:00', state: 'active' }),
      1,
      /after "from"/
    ],
    ['an unknown action', `${active}\n${line({ at: '2026-03-02T09:10:00+01:00', action: 'dance' })}`, 2, /action/],
    [
      'a pause without length',
      `${active}\n${line({ at: '2026-03-02T09:10:00+01:00', action: 'pause' })}`,
      2,
      /minutes/
    ],
    [
      'a misspelt field',
      `${active}\n${line({ at: '2026-03-02T09:10:00+01:00', action: 'skip', reasn: 'x' })}`,
      2,
      /reasn/
    ],
    [
      'an action outside the trace',
      `${active}\n${line({ at: '2026-03-02T11:10:00+01:00', action: 'snooze' })}`,
      2,
      /outside/
    ],
    [
      'overlapping states',
      `${active}\n${line({ from: '2026-03-02T09:30:00+01:00', to: '2026-03-02T10:30:00+01:00', state: 'idle' })}`,
      2,
      /line 1/
    ],
    [
      'a clock change without offset',
      `${active}\n${line({ at: '2026-03-02T09:10:00+01:00', setClock: '2026-03-02T08:10:00' })}`,
      2,
      /setClock/
    ],
    [
      'a clock change with an action in it',
      `${active}\n${line({ at: '2026-03-02T09:10:00+01:00', setClock: '2026-03-02T08:10:00+01:00', action: 'snooze' })}`,
      2,
      /setClock/
    ],
    [
      'a clock change outside the trace',
      `${active}\n${line({ at: '2026-03-02T11:10:00+01:00', setClock: '2026-03-02T08:10:00+01:00' })}`,
      2,
      /outside/
    ],
    ['a line of another kind', `${active}\n[1, 2]`, 2, /neither/],
    ['no state lines', '', 1, /no state lines/]
  ])('refuses %s, naming the line and the reason', (_name, text, lineNo, reason) => {
    const error = errorOf(text)
    expect(error.line).toBe(lineNo)
    expect(error.reason).toMatch(reason)
  })
})
