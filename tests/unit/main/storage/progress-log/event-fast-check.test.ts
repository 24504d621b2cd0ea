// The hand-written fast check must never accept what the zod schema rejects (zod has the last word).
import { describe, expect, it } from 'vitest'
import { fastCheckEvent } from '../../../../../src/main/storage/progress-log/event-fast-check'
import { PROGRESS_EVENT_TYPES, progressEventSchema, type ProgressEvent } from '@shared/progress-events'

const id = '3f2b8c1e-9a4d-4c2b-8f1e-2d3c4b5a6f70'
const t = '2026-03-02T09:25:00+01:00'
const base = { v: 2 as const, id, t }

const samples: ProgressEvent[] = [
  { ...base, type: 'sitting-bout', start: '2026-03-02T09:00:00+01:00', end: t, minutes: 25 },
  { ...base, type: 'break-prompt', at: t, sittingMinutes: 25 },
  { ...base, type: 'break-answer', promptId: id, answer: 'skipped', reason: 'deadline' },
  { ...base, type: 'natural-break', from: '2026-03-02T09:20:00+01:00', minutes: 3 },
  { ...base, type: 'break-completed', exerciseId: 'standing-extension', promptId: id, how: 'away' },
  { ...base, type: 'routine-started', routineId: 'morning' },
  { ...base, type: 'routine-completed', routineId: 'morning' },
  {
    ...base,
    type: 'exercise-completed',
    exerciseId: 'bridging',
    routineId: 'core',
    dose: { sets: 2, reps: 10, holdSeconds: 5, seconds: 60 },
    feedback: 'sore'
  },
  { ...base, type: 'walk', minutes: 20 },
  {
    ...base,
    type: 'check-in',
    backPain: 4,
    legPain: 6,
    furthestPoint: 'knee',
    numbness: { present: true, where: 'outer calf' },
    morningStiffnessMinutes: 15,
    walkingMinutes: 25,
    psfs: [{ activity: 'drive 30 min', score: 4 }]
  },
  { ...base, type: 'safety-answers', signs: ['both-legs'], context: 'weekly-check-in' },
  { ...base, type: 'settings-changed', changes: { sitLimitMinutes: 30 } },
  {
    ...base,
    type: 'correction',
    target: { id: 'c0ffee00-0000-4000-8000-000000000001', type: 'walk', t: base.t },
    change: { kind: 'walk', minutes: 20 }
  }
]

const oddValues: unknown[] = [
  undefined,
  null,
  '',
  ' padded ',
  'x'.repeat(600),
  0,
  -1,
  1.5,
  11,
  1e9,
  Number.MAX_SAFE_INTEGER,
  true,
  [],
  [1],
  {},
  '2026-02-30T09:00:00+01:00',
  '2026-03-02T09:25:00',
  '2026-03-02T09:25:00+15:00',
  '2026-03-02 09:25:00+01:00',
  'fine',
  'sharp',
  'none',
  'taken'
]

type Json = Record<string, unknown>

/** Every path to a value in the record (nested objects and array items included). */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((item, i) => [[...prefix, i], ...paths(item, [...prefix, i])])
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => [[...prefix, k], ...paths(v, [...prefix, k])])
  }
  return []
}

function withValue(record: Json, path: (string | number)[], value: unknown): Json {
  const copy = structuredClone(record)
  let target: Record<string | number, unknown> = copy
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>
  const last = path[path.length - 1] as string | number
  if (value === undefined) delete target[last]
  else target[last] = value
  return copy
}

describe('the fast event check', () => {
  it('accepts every sample the schema accepts, so the fast path is really taken', () => {
    for (const sample of samples.filter((s) => s.type !== 'settings-changed' && s.type !== 'correction')) {
      expect(progressEventSchema.safeParse(sample).success).toBe(true)
      expect(Number.isNaN(fastCheckEvent(sample))).toBe(false)
    }
    expect(new Set(samples.map((s) => s.type))).toEqual(new Set(PROGRESS_EVENT_TYPES))
  })

  it('never accepts a mutation of any field that the schema rejects', () => {
    let mutations = 0
    let rejectedByBoth = 0
    for (const sample of samples) {
      const extraPaths = [['unknownField'], ...('dose' in sample ? [['dose', 'unknown']] : [])]
      for (const path of [...paths(sample), ...extraPaths]) {
        for (const value of oddValues) {
          const mutated = withValue(sample as unknown as Json, path, value)
          mutations++
          const fast = !Number.isNaN(fastCheckEvent(mutated))
          const zod = progressEventSchema.safeParse(mutated).success
          if (fast) expect({ path, value, zod }).toEqual({ path, value, zod: true })
          if (!fast && !zod) rejectedByBoth++
        }
      }
    }
    expect(mutations).toBeGreaterThan(1500)
    expect(rejectedByBoth).toBeGreaterThan(mutations / 2)
  })

  it('reports the instant of t for a valid event', () => {
    expect(fastCheckEvent(samples[8])).toBe(Date.UTC(2026, 2, 2, 8, 25))
  })
})
