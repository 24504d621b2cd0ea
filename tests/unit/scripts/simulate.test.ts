import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_OFFICE_SETTINGS } from '../../../src/shared/office-settings'
import { simulate } from '../../../scripts/simulate'

const root = resolve(__dirname, '../../..')
const morningPath = resolve(root, 'tests/fixtures/traces/office-morning.jsonl')
const morning = readFileSync(morningPath, 'utf8')
const tsxCli = createRequire(import.meta.url).resolve('tsx/cli')

const at = (clock: string): number => Date.parse(`2026-03-02T${clock}+01:00`)
const MIN = 60_000

/** Runs the real command line, as `npm run simulate -- ...` would. */
function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [tsxCli, 'scripts/simulate.ts', ...args], {
    cwd: root,
    encoding: 'utf8'
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('the simulator on the sample office morning (traces/README.md)', () => {
  const lines = simulate(morning, DEFAULT_OFFICE_SETTINGS)
  const times = (type: string): number[] => lines.filter((l) => l.type === type).map((l) => Date.parse(l.t))

  it('prints ISO times with the trace offset', () => {
    expect(lines[0]).toEqual({ t: '2026-03-02T09:00:00+01:00', type: 'sitting-started' })
  })

  it('prompts at 09:25, is snoozed at 09:25:30 and prompts again at 09:30:30', () => {
    expect(times('break-due').slice(0, 2)).toEqual([at('09:25:00'), at('09:30:30')])
    expect(times('break-snoozed')).toEqual([at('09:25:30')])
    expect(lines.find((l) => l.type === 'break-due')).toMatchObject({ sittingMinutes: 25 })
  })

  it('sees a natural break at about 09:33 while the user is away, and sitting restart at 09:34', () => {
    const natural = times('natural-break')[0] ?? 0
    expect(Math.abs(natural - at('09:33:00'))).toBeLessThanOrEqual(MIN)
    expect(natural).toBeGreaterThanOrEqual(at('09:31:00'))
    expect(natural).toBeLessThan(at('09:34:00'))
    expect(times('sitting-started')).toContain(at('09:34:00'))
  })

  it('prompts again at about 09:59 and credits the completed break at 10:01:30', () => {
    expect(Math.abs((times('break-due')[2] ?? 0) - at('09:59:00'))).toBeLessThanOrEqual(MIN)
    expect(times('break-completed')).toEqual([at('10:01:30')])
  })

  it('counts the lock as a natural break and prompts next at about 11:25', () => {
    const duringLock = times('natural-break').filter((t) => t >= at('10:10:00') && t < at('11:00:00'))
    expect(duringLock).toHaveLength(1)
    const due = times('break-due')
    expect(due).toHaveLength(4)
    expect(Math.abs((due[3] ?? 0) - at('11:25:00'))).toBeLessThanOrEqual(MIN)
  })
})

describe('the simulate command', () => {
  it('prints the events as JSON Lines', () => {
    const { code, stdout } = cli(morningPath)
    expect(code).toBe(0)
    const printed = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { t: string; type: string })
    expect(printed.map((l) => l.type)).toEqual(simulate(morning).map((l) => l.type))
  })

  it('merges a settings file onto the defaults', () => {
    const dir = mkdtempSync(join(tmpdir(), 'limber-sim-'))
    const settings = join(dir, 'settings.json')
    writeFileSync(settings, '{"sitLimitMinutes": 20}')
    const { code, stdout } = cli(morningPath, '--settings', settings)
    expect(code).toBe(0)
    const firstDue = stdout.split('\n').find((l) => l.includes('"break-due"'))
    expect(firstDue).toContain('"t":"2026-03-02T09:20:00+01:00"')
  })

  it('polls the lock instead of receiving lock events with --poll-lock, as on Linux', () => {
    const { code, stdout, stderr } = cli(morningPath, '--poll-lock', '--metrics')
    expect(code).toBe(0)
    const printed = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { t: string; type: string; from?: string })
    const lockBreak = printed.find((l) => l.type === 'natural-break' && Date.parse(l.t) > at('10:10:00'))
    // Seen by polling, still dated at the lock (the idle clock counts on under it).
    expect(lockBreak?.from).toBe('2026-03-02T10:10:00+01:00')
    const metrics = JSON.parse(stderr) as { wakeUps: { locked: number }; missedReturns: number }
    expect(metrics.wakeUps.locked).toBeGreaterThanOrEqual(99)
    expect(metrics.wakeUps.locked).toBeLessThanOrEqual(100)
    expect(metrics.missedReturns).toBe(0)
  })

  it('replays a clock set back with a {"at","setClock"} line: the prompt comes on time, printed in wall time', () => {
    const dir = mkdtempSync(join(tmpdir(), 'limber-sim-'))
    const trace = join(dir, 'clock.jsonl')
    writeFileSync(
      trace,
      [
        '{"from":"2026-03-02T09:00:00+01:00","to":"2026-03-02T10:00:00+01:00","state":"active"}',
        '{"at":"2026-03-02T09:10:00+01:00","setClock":"2026-03-02T08:10:00+01:00"}'
      ].join('\n')
    )
    const { code, stdout, stderr } = cli(trace, '--metrics')
    expect(code).toBe(0)
    const printed = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { t: string; type: string; jumpMinutes?: number; minutes?: number })
    expect(printed.find((l) => l.type === 'clock-changed')).toMatchObject({ jumpMinutes: -60 })
    expect(printed.find((l) => l.type === 'break-due')).toMatchObject({ t: '2026-03-02T08:25:00+01:00' })
    expect(printed.find((l) => l.type === 'bout-ended')).toMatchObject({ minutes: 60 })
    expect((JSON.parse(stderr) as { worstPromptDelaySeconds: number }).worstPromptDelaySeconds).toBe(0)
  })

  it('exits with code 2 and names the line for a bad trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'limber-sim-'))
    const trace = join(dir, 'bad.jsonl')
    writeFileSync(trace, `${morning.split('\n')[0]}\n{"at":"2026-03-02T09:10:00+01:00","action":"dance"}\n`)
    const { code, stdout, stderr } = cli(trace)
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/line 2: .*action/)
  })

  it('exits with code 2 for a bad settings file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'limber-sim-'))
    const settings = join(dir, 'settings.json')
    writeFileSync(settings, '{"sitLimitMinutes": 500}')
    const { code, stderr } = cli(morningPath, '--settings', settings)
    expect(code).toBe(2)
    expect(stderr).toMatch(/settings\.json: sitLimitMinutes: At most 120 minutes/)
  })

  it('exits with code 2 when the trace file is missing', () => {
    const { code, stderr } = cli('no-such-trace.jsonl')
    expect(code).toBe(2)
    expect(stderr).toMatch(/cannot read the trace no-such-trace\.jsonl/)
  })
})

describe('busy lines on the command line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'limber-sim-busy-'))
  const path = join(dir, 'call.jsonl')
  writeFileSync(
    path,
    [
      { from: '2026-03-02T09:00:00+01:00', to: '2026-03-02T10:30:00+01:00', state: 'active' },
      { from: '2026-03-02T09:10:00+01:00', to: '2026-03-02T09:40:00+01:00', busy: 'call' }
    ]
      .map((l) => JSON.stringify(l))
      .join('\n')
  )

  it('prints the hold and the one catch-up prompt 2 minutes after the call (--signals events)', () => {
    const { code, stdout } = cli(path, '--signals', 'events', '--time-zone', 'trace')
    expect(code).toBe(0)
    const out = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>)
    expect(out.filter((l) => String(l['type']).startsWith('busy') || l['type'] === 'break-due')).toEqual([
      { t: '2026-03-02T09:10:00+01:00', type: 'busy-started', reasons: 'call', deferredPrompt: false },
      {
        t: '2026-03-02T09:42:00+01:00',
        type: 'busy-ended',
        reason: 'signal',
        reasons: 'call',
        heldMinutes: 32,
        sittingMinutes: 42
      },
      {
        t: '2026-03-02T09:42:00+01:00',
        type: 'break-due',
        sittingMinutes: 42,
        prompt: 1,
        dueAt: '2026-03-02T09:25:00+01:00',
        catchUp: true
      }
    ])
  })

  it('refuses an unknown --signals mode with exit code 2', () => {
    const { code, stderr } = cli(path, '--signals', 'sometimes')
    expect(code).toBe(2)
    expect(stderr).toContain('--signals is polled, events or none')
  })
})

describe('the sample day with a call and a presentation (traces/README.md)', () => {
  const text = readFileSync(resolve(root, 'tests/fixtures/traces/office-call.jsonl'), 'utf8')

  it('holds through the call, prompts once after it, and lets only a quiet prompt through at the cap', () => {
    const lines = simulate(text, DEFAULT_OFFICE_SETTINGS, { signals: 'events', timeZone: 'trace' })
    expect(lines.map((l) => [l.t.slice(11, 16), l.type, l['reason'] ?? l['quiet'] ?? ''])).toEqual([
      ['09:00', 'sitting-started', ''],
      ['09:20', 'busy-started', ''],
      ['10:32', 'busy-ended', 'signal'],
      ['10:32', 'break-due', ''],
      ['10:50', 'busy-started', ''],
      ['12:20', 'busy-ended', 'cap'],
      ['12:20', 'break-due', true],
      ['12:30', 'bout-ended', '']
    ])
  })
})
