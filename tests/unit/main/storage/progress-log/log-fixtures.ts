// Temp data folders and hand-built events for the progress-log tests.
import { randomUUID } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import type {
  CheckInEvent,
  ProgressEvent,
  RoutineCompletedEvent,
  SittingBoutEvent,
  WalkEvent
} from '@shared/progress-events'

export async function makeTempDir(prefix = 'limber-log-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix))
}

export async function removeTempDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true })
}

export function walk(t: string, minutes = 15, id: string = randomUUID()): WalkEvent {
  return { v: 2, id, t, type: 'walk', minutes }
}

export function sittingBout(start: string, end: string, minutes: number): SittingBoutEvent {
  return { v: 2, id: randomUUID(), t: end, type: 'sitting-bout', start, end, minutes }
}

export function routineCompleted(t: string, routineId = 'morning'): RoutineCompletedEvent {
  return { v: 2, id: randomUUID(), t, type: 'routine-completed', routineId }
}

export function checkIn(t: string, overrides: Partial<CheckInEvent> = {}): CheckInEvent {
  return {
    v: 2,
    id: randomUUID(),
    t,
    type: 'check-in',
    backPain: 5,
    legPain: 6,
    furthestPoint: 'calf',
    numbness: { present: false },
    morningStiffnessMinutes: 20,
    walkingMinutes: 10,
    psfs: [],
    ...overrides
  }
}

export function line(event: ProgressEvent | Record<string, unknown>): string {
  return JSON.stringify(event) + '\n'
}

export function jsonl(events: readonly (ProgressEvent | Record<string, unknown>)[]): string {
  return events.map(line).join('')
}

export function devicePath(dataDir: string, deviceId: string, name = ''): string {
  return join(dataDir, 'devices', deviceId, name)
}

/** Writes a segment (or any file) into a device folder, creating the folder. */
export function writeSegment(dataDir: string, deviceId: string, name: string, content: string | Buffer): string {
  const dir = devicePath(dataDir, deviceId)
  mkdirSync(dir, { recursive: true })
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

export interface KeptFile {
  /** Relative to the data folder, forward slashes. */
  readonly path: string
  readonly bytes: Buffer
}

/** Every file under quarantine/, with its bytes. */
export function quarantineFiles(dataDir: string): KeptFile[] {
  const root = join(dataDir, 'quarantine')
  const found: KeptFile[] = []
  const visit = (dir: string): void => {
    if (!existsSync(dir)) return
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) visit(path)
      else found.push({ path: relative(dataDir, path).split('\\').join('/'), bytes: readFileSync(path) })
    }
  }
  visit(root)
  return found
}

export function ids(events: readonly { id: string }[]): string[] {
  return events.map((e) => e.id)
}
