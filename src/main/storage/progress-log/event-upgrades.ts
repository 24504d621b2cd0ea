// Upgrades events written by older schema versions to the current one, on read. Files are never
// rewritten: an old line stays old on disk and is upgraded again each time it is read.
//
// Version 1 (the first release) differs from version 2 in three ways:
//   - timestamps (t, start, end, at, from) were local wall-clock time with no offset: "2025-06-01T09:25:00";
//   - the check-in named its fields stiffnessMinutes and walkMinutes (now morningStiffnessMinutes, walkingMinutes);
//   - a break answer given during a meeting was 'in-meeting' (now 'meeting').
import { PROGRESS_SCHEMA_VERSION } from '../../../shared/progress-events'

type Fields = Record<string, unknown>

export interface UpgradeContext {
  /** The UTC offset in minutes that applied at a local wall-clock time on the machine reading the log. */
  offsetAtWallTime(wallTime: string): number
  /** The reader's clock, for time bounds (not after tomorrow); the log passes its own clock here. */
  readonly now?: () => Date
}

const TIME_FIELDS = ['t', 'start', 'end', 'at', 'from'] as const
const WALL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?$/

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+'
  const abs = Math.abs(minutes)
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`
}

function renameField(fields: Fields, from: string, to: string): void {
  if (from in fields && !(to in fields)) {
    fields[to] = fields[from]
    delete fields[from]
  }
}

function v1ToV2(old: Fields, ctx: UpgradeContext): Fields {
  const next: Fields = { ...old, v: 2 }
  for (const field of TIME_FIELDS) {
    const value = next[field]
    if (typeof value === 'string' && WALL_TIME.test(value)) {
      next[field] = value + formatOffset(ctx.offsetAtWallTime(value))
    }
  }
  if (next.type === 'check-in') {
    renameField(next, 'stiffnessMinutes', 'morningStiffnessMinutes')
    renameField(next, 'walkMinutes', 'walkingMinutes')
  }
  if (next.type === 'break-answer' && next.answer === 'in-meeting') next.answer = 'meeting'
  return next
}

const UPGRADES = new Map<number, (old: Fields, ctx: UpgradeContext) => Fields>([[1, v1ToV2]])

/** True when `v` is an older version this build knows how to upgrade. */
export function canUpgrade(v: unknown): v is number {
  return typeof v === 'number' && UPGRADES.has(v)
}

/** Applies each step from the record's version up to the current one; the input is not modified. */
export function upgradeToCurrent(record: Fields, ctx: UpgradeContext): Fields {
  let current = record
  while (typeof current.v === 'number' && current.v < PROGRESS_SCHEMA_VERSION) {
    const step = UPGRADES.get(current.v)
    if (step === undefined) break
    current = step(current, ctx)
  }
  return current
}
