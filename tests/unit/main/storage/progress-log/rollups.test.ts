// The rollups are only a cache: figures from them must equal figures from a full read of every file,
// over generated logs with sync conflict copies, duplicate ids, corrupt lines, corrections and edits
// to an old month; after a restart they are reused, and a damaged cache file changes nothing.
import { appendFileSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ProgressEvent } from '@shared/progress-events'
import type { StatsRange } from '@shared/progress-stats'
import { ProgressLog } from '../../../../../src/main/storage/progress-log'
import { seededRandom } from '../../../../../src/main/engine/simulation/day-generator'
import { makeTempDir, removeTempDir } from './log-fixtures'

const NOW = '2026-06-20T12:00:00+02:00'
const nowDate = new Date(NOW)
// All-time first: it checks every month against its files; week and month then check only theirs.
const RANGES: StatsRange[] = ['all', 'week', 'month', { from: '2025-11-03', to: '2026-02-14' }]
const EXERCISES = ['pelvic-tilt', 'cat-cow', 'bridging']
const pad = (n: number): string => String(n).padStart(2, '0')

interface Generated {
  /** Every event written, by file (relative to the data folder). */
  files: Map<string, ProgressEvent[]>
  /** Correctable entries, for corrections to name. */
  correctable: ProgressEvent[]
}

/** Months Dec 2025 .. Jun 2026 of two devices, with the awkward things a synced log collects. */
function generate(dataDir: string, seed: number): Generated {
  const rand = seededRandom(seed)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T
  const files = new Map<string, ProgressEvent[]>()
  const correctable: ProgressEvent[] = []
  let n = 0
  const id = (): string => `id-${seed}-${n++}`
  const push = (device: string, e: ProgressEvent): void => {
    const file = `devices/${device}/${e.t.slice(0, 7)}.jsonl`
    const list = files.get(file) ?? []
    list.push(e)
    files.set(file, list)
  }
  for (let m = 0; m < 7; m++) {
    const year = m === 0 ? 2025 : 2026
    const month = m === 0 ? 12 : m
    const days = month === 2 ? 28 : 30
    for (let d = 1; d <= days; d++) {
      if (year === 2026 && month === 6 && d > 20) break
      const offset = month >= 4 ? '+02:00' : '+01:00'
      const at = (h: number, min: number): string => `${year}-${pad(month)}-${pad(d)}T${pad(h)}:${pad(min)}:00${offset}`
      const base = (t: string) => ({ v: 2 as const, id: id(), t })
      if (rand() < 0.7) {
        const minutes = 10 + Math.floor(rand() * 50)
        // Some bouts start the day before (and the month before, on the 1st).
        const start = d === 1 && rand() < 0.5 ? `${at(0, 0).slice(0, 8)}01T00:05:00${offset}` : at(9, 0)
        push('office', { ...base(at(9, 59)), type: 'sitting-bout', start, end: at(9, 59), minutes })
        const prompt = { ...base(at(10, 0)), type: 'break-prompt' as const, at: at(10, 0), sittingMinutes: minutes }
        push('office', prompt)
        const answer = pick(['taken', 'snoozed', 'skipped', 'meeting'] as const)
        push('office', {
          ...base(at(10, 1)),
          type: 'break-answer',
          promptId: prompt.id,
          answer,
          ...(answer === 'skipped' && rand() < 0.6 ? { reason: pick(['call', 'Call ', 'deadline']) } : {})
        })
        if (rand() < 0.5)
          push('office', {
            ...base(at(10, 6)),
            type: 'break-completed',
            how: pick(['finished', 'away', 'abandoned'] as const)
          })
        if (rand() < 0.3) push('office', { ...base(at(11, 0)), type: 'natural-break', from: at(10, 40), minutes: 5 })
      }
      if (rand() < 0.6) {
        push('home', { ...base(at(7, 0)), type: 'routine-started', routineId: 'morning' })
        const ex: ProgressEvent = {
          ...base(at(7, 5)),
          type: 'exercise-completed',
          exerciseId: pick(EXERCISES),
          dose: { reps: 10 },
          feedback: pick(['fine', 'fine', 'sore', 'sharp'] as const)
        }
        push('home', ex)
        correctable.push(ex)
        if (rand() < 0.8) push('home', { ...base(at(7, 12)), type: 'routine-completed', routineId: 'morning' })
      }
      if (rand() < 0.5) {
        const w: ProgressEvent = { ...base(at(18, 0)), type: 'walk', minutes: 5 + Math.floor(rand() * 40) }
        push(pick(['home', 'office']), w)
        correctable.push(w)
      }
      if (rand() < 0.4) {
        const c: ProgressEvent = {
          ...base(at(21, 0)),
          type: 'check-in',
          backPain: Math.floor(rand() * 11),
          legPain: Math.floor(rand() * 11),
          furthestPoint: pick(['back', 'buttock', 'thigh', 'calf'] as const),
          numbness: { present: false },
          morningStiffnessMinutes: 10,
          walkingMinutes: Math.floor(rand() * 30),
          psfs: [
            {
              activity: pick(['Sit through a meeting', 'sit  through a meeting', 'Drive']),
              score: Math.floor(rand() * 11)
            }
          ]
        }
        push('home', c)
        correctable.push(c)
      }
      if (d % 7 === 0)
        push('home', { ...base(at(21, 5)), type: 'safety-answers', signs: rand() < 0.2 ? ['both-legs'] : [] })
    }
  }
  // Corrections, some in the entry's month, some months later, a few of the same entry.
  for (let i = 0; i < 25; i++) {
    const target = pick(correctable)
    const later = new Date(Date.parse(target.t) + Math.floor(rand() * 90) * 86_400_000)
    const t =
      later > nowDate ? target.t.replace(/T21:00|T18:00|T07:05/, 'T23:30') : `${later.toISOString().slice(0, 19)}+00:00`
    const change =
      rand() < 0.35
        ? { kind: 'withdraw' as const }
        : target.type === 'walk'
          ? { kind: 'walk' as const, minutes: 1 + Math.floor(rand() * 60) }
          : target.type === 'check-in'
            ? {
                kind: 'check-in' as const,
                answers: {
                  backPain: Math.floor(rand() * 11),
                  legPain: 0,
                  furthestPoint: 'back' as const,
                  numbness: { present: false },
                  morningStiffnessMinutes: 5,
                  walkingMinutes: 45,
                  psfs: []
                }
              }
            : { kind: 'feedback' as const, feedback: pick(['fine', 'sore', 'sharp'] as const) }
    if (target.type !== 'walk' && target.type !== 'check-in' && target.type !== 'exercise-completed') continue
    push(pick(['home', 'office']), {
      v: 2,
      id: `fix-${seed}-${i}`,
      t,
      type: 'correction',
      target: { id: target.id, type: target.type, t: target.t },
      change
    })
  }
  for (const [file, events] of files) {
    mkdirSync(join(dataDir, file, '..'), { recursive: true })
    writeFileSync(join(dataDir, file), events.map((e) => JSON.stringify(e)).join('\n') + '\n')
  }
  // A sync conflict copy holding the first lines again (duplicates by id), a repeated line, a corrupt line.
  const march = 'devices/home/2026-03.jsonl'
  const marchEvents = files.get(march) ?? []
  writeFileSync(
    join(dataDir, 'devices/home/2026-03 (conflicted copy 2026-04-02).jsonl'),
    marchEvents
      .slice(0, 10)
      .map((e) => JSON.stringify(e))
      .join('\n') + '\n'
  )
  appendFileSync(
    join(dataDir, 'devices/office/2026-01.jsonl'),
    JSON.stringify(files.get('devices/office/2026-01.jsonl')?.[3]) + '\n{"v":2,"id":"broken\n'
  )
  return { files, correctable }
}

function open(dataDir: string, cacheDir: string): ProgressLog {
  return ProgressLog.open({ dataDir, deviceId: 'home', now: () => nowDate, cacheDir })
}

function expectSameFigures(log: ProgressLog): void {
  for (const range of RANGES)
    for (const group of [false, true]) {
      const fromRollups = log.progressFigures({ range, now: NOW, group }).figures
      expect(fromRollups, `${JSON.stringify(range)} group ${group}`).toEqual(
        log.progressFiguresFullRead({ range, now: NOW, group })
      )
    }
}

describe('progress rollups', () => {
  let root: string
  let dataDir: string
  let cacheDir: string
  beforeEach(async () => {
    root = await makeTempDir()
    dataDir = join(root, 'data')
    cacheDir = join(root, 'cache')
  })
  afterEach(async () => removeTempDir(root))

  it('give the figures of a full read, over generated logs with copies, duplicates, bad lines and corrections', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const dir = join(root, `data-${seed}`)
      generate(dir, seed)
      const log = open(dir, join(root, `cache-${seed}`))
      expectSameFigures(log)
      // Warm: nothing parsed again but the month with a bad line (months with problems are always read).
      expect(log.progressFigures({ range: 'all', now: NOW }).monthsParsed).toEqual(['2026-01'])
    }
  })

  it('notice an edit to an old month and a correction made months later, and parse only what changed', () => {
    const { correctable } = generate(dataDir, 7)
    const log = open(dataDir, cacheDir)
    log.progressFigures({ range: 'all', now: NOW })
    // A sync tool adds a walk to December.
    appendFileSync(
      join(dataDir, 'devices/office/2025-12.jsonl'),
      JSON.stringify({ v: 2, id: 'late-walk', t: '2025-12-05T18:00:00+01:00', type: 'walk', minutes: 33 }) + '\n'
    )
    expect(log.progressFigures({ range: 'all', now: NOW }).monthsParsed).toEqual(['2025-12', '2026-01'])
    expectSameFigures(log)
    // A correction written in June of an entry from December: December is read again, with it.
    const target = correctable.find((e) => e.t.startsWith('2025-12') && e.type === 'walk')
    if (target === undefined || target.type !== 'walk') throw new Error('the generator made no December walk')
    log.append({
      type: 'correction',
      target: { id: target.id, type: 'walk', t: target.t },
      change: { kind: 'withdraw' }
    })
    const parsed = log.progressFigures({ range: 'all', now: NOW }).monthsParsed
    expect(parsed).toContain('2025-12')
    expect(parsed).toContain('2026-06')
    expectSameFigures(log)
    const all = log.progressFigures({ range: 'all', now: NOW }).figures
    const reference = log.progressFiguresFullRead({ range: 'all', now: NOW })
    expect(all.walking.totalMinutes).toBe(reference.walking.totalMinutes)
  })

  it('are reused after a restart, noticed stale when a sync tool keeps size and mtime, and rebuilt when damaged', () => {
    generate(dataDir, 11)
    const feb = join(dataDir, 'devices/home/2026-02.jsonl')
    // A whole second, which every file system stores exactly, so the edit below can put it back.
    utimesSync(feb, 1_780_000_000, 1_780_000_000)
    const first = open(dataDir, cacheDir)
    const before = first.progressFigures({ range: 'all', now: NOW }).figures
    const cacheFiles = readdirSync(join(cacheDir, readdirSync(cacheDir)[0] ?? ''))
    expect(cacheFiles.length).toBeGreaterThan(5)

    const restarted = open(dataDir, cacheDir)
    const again = restarted.progressFigures({ range: 'all', now: NOW })
    expect(again.monthsParsed).toEqual(['2026-01'])
    expect(again.figures).toEqual(before)

    // Same size, same mtime, different content: only the tail hash can tell.
    const stat = statSync(feb)
    const text = readFileSync(feb, 'utf8')
    const lines = text.trimEnd().split('\n')
    const last = lines[lines.length - 1] ?? ''
    const changed = last.replace(
      /"minutes":(\d)(\d)?/,
      (_m, a: string, b?: string) => `"minutes":${a === '9' ? '8' : '9'}${b ?? ''}`
    )
    expect(changed.length).toBe(last.length)
    writeFileSync(feb, [...lines.slice(0, -1), changed].join('\n') + '\n')
    utimesSync(feb, 1_780_000_000, 1_780_000_000)
    expect(statSync(feb).size).toBe(stat.size)
    expect(statSync(feb).mtimeMs).toBe(stat.mtimeMs)
    const afterEdit = open(dataDir, cacheDir)
    expect(afterEdit.progressFigures({ range: 'all', now: NOW }).monthsParsed).toContain('2026-02')
    expectSameFigures(afterEdit)

    // Damage every cache file (garbage; a number changed in the header; a number changed in the days,
    // which are only read when a range first needs them; empty): the figures stay those of a full
    // read, and nothing throws.
    const folder = join(cacheDir, readdirSync(cacheDir)[0] ?? '')
    for (const [i, name] of readdirSync(folder).entries()) {
      const path = join(folder, name)
      const [hashes = '', header = '', days = ''] = readFileSync(path, 'utf8').split('\n')
      const bump = (text: string) => text.replace(/\[(\d+),/g, (_m, n: string) => `[${Number(n) + 1},`)
      const damaged = ['not json', `${hashes}\n${bump(header)}\n${days}`, `${hashes}\n${header}\n${bump(days)}`, '']
      writeFileSync(path, damaged[i % 4] ?? '')
    }
    const damaged = open(dataDir, cacheDir)
    expectSameFigures(damaged)
    expect(damaged.progressFigures({ range: 'all', now: NOW }).issues.map((i) => i.kind)).toEqual(['unreadable-lines'])
  })

  it('keep reporting a month with bad lines on every load, as before rollups', () => {
    generate(dataDir, 3)
    const log = open(dataDir, cacheDir)
    for (let i = 0; i < 2; i++) {
      const issues = log.progressFigures({ range: 'week', now: NOW }).issues
      expect(issues).toHaveLength(1)
      expect(issues[0]).toMatchObject({
        kind: 'unreadable-lines',
        file: 'devices/office/2026-01.jsonl',
        isNew: i === 0
      })
    }
  })
})
