// The home profile on disk: a versioned document kept by electron-store (conf in tests) like the
// settings, validated section by section so one bad part never loses the rest, copied before Limber
// changes it, read-only when a newer Limber wrote it, and kept small (see versioned-document).
import { randomUUID } from 'node:crypto'
import { routineIdProblem, validateCustomRoutine } from '@shared/content/routine-editing'
import type { Routine } from '@shared/content/routine-schema'
import {
  DEFAULT_PROFILE,
  PROFILE_VERSION,
  homeProfileSchema,
  programmeProfileSchema,
  safetyProfileSchema,
  type HomeProfile
} from '@shared/home/home-profile'
import type { SettingsBackend } from './settings-store'
import {
  asRecord,
  type DocumentType,
  keptUnknownKeys,
  NO_UNKNOWN_KEYS,
  type OpenedDocument,
  openVersionedDocument,
  type Reading,
  statedVersion,
  unknownKeys,
  type UnknownKeys,
  versionNote,
  withUnknownKeys
} from './versioned-document'

type Migration = (doc: Record<string, unknown>) => Record<string, unknown>

/** Index i upgrades version i to i + 1. Version 1 is the first; add upgrades here, never edit old ones. */
const MIGRATIONS: Migration[] = [(doc) => doc]

/** The most routines of their own a user keeps (the editor refuses a 51st). */
export const CUSTOM_ROUTINES_MAX = 50
const RECENT_STRETCHES_MAX = 3
const ROUTINE_KEYS = ['id', 'name', 'kind', 'summary', 'note', 'availableFromPhase', 'items']

/** What the profile writes back that this Limber does not know: unknown keys, and each routine's own. */
export interface ProfileExtras {
  keys: UnknownKeys
  /** By routine id; a deleted routine takes its unknown keys with it. */
  routineKeys: ReadonlyMap<string, Record<string, unknown>>
}

const NO_EXTRAS: ProfileExtras = { keys: NO_UNKNOWN_KEYS, routineKeys: new Map() }

export interface LoadedProfile extends Reading<HomeProfile, ProfileExtras> {
  profile: HomeProfile
  problems: string[]
}

function describeRoutine(candidate: unknown): string {
  const name = asRecord(candidate)['name']
  return typeof name === 'string' && name.trim() !== '' ? `"${name.trim().slice(0, 60)}"` : 'One'
}

/**
 * Keeps every custom routine that validates. A routine whose only fault is its id (too long, missing,
 * a clash) gets a new id rather than being lost: ids are Limber's, never the user's.
 */
function customRoutinesFrom(
  raw: unknown,
  notes: string[],
  newId: () => string
): { routines: Routine[]; routineKeys: Map<string, Record<string, unknown>> } {
  const routineKeys = new Map<string, Record<string, unknown>>()
  if (!Array.isArray(raw)) return { routines: [], routineKeys }
  const kept: Routine[] = []
  for (const candidate of raw) {
    const record = asRecord(candidate)
    const taken = kept.map((r) => r.id)
    let checked = validateCustomRoutine(candidate, taken)
    if (!checked.ok && routineIdProblem(record['id'], taken) !== null) {
      const renamed = validateCustomRoutine({ ...record, id: newId() }, taken)
      if (renamed.ok) {
        notes.push(
          `${describeRoutine(candidate)} of your own routines had an id Limber cannot use, so it was given a new one; the routine itself is kept.`
        )
      }
      checked = renamed.ok ? renamed : checked
    }
    if (!checked.ok) {
      notes.push(
        `${describeRoutine(candidate)} of your own routines could not be read (${checked.errors.join(' ')}), so it was left out.`
      )
      continue
    }
    if (kept.length === CUSTOM_ROUTINES_MAX) {
      notes.push(
        `You had more than ${CUSTOM_ROUTINES_MAX} routines of your own; Limber keeps the first ${CUSTOM_ROUTINES_MAX}.`
      )
      break
    }
    kept.push(checked.value)
    const extra = Object.fromEntries(Object.entries(record).filter(([key]) => !ROUTINE_KEYS.includes(key)))
    if (Object.keys(extra).length > 0) routineKeys.set(checked.value.id, extra)
  }
  return { routines: kept, routineKeys }
}

/** Each sign once: the lists are sets, and a planted list of a million repeats must not stay on disk. */
function withSignsOnce(safety: unknown): Record<string, unknown> {
  const record = asRecord(safety)
  const once = (value: unknown): unknown => (Array.isArray(value) ? [...new Set(value)] : value)
  const confirmations = record['resumeConfirmations']
  return {
    ...record,
    ...('signs' in record ? { signs: once(record['signs']) } : {}),
    ...('clearedSignIds' in record ? { clearedSignIds: once(record['clearedSignIds']) } : {}),
    ...(Array.isArray(confirmations)
      ? {
          resumeConfirmations: confirmations.map((c) =>
            'signs' in asRecord(c) ? { ...asRecord(c), signs: once(asRecord(c)['signs']) } : c
          )
        }
      : {})
  }
}

/** Reads any version: upgrades an older one, uses a newer one read-only, keeps every valid section. */
export function migrateProfile(
  raw: Record<string, unknown>,
  newId: () => string = () => `custom-${randomUUID()}`
): LoadedProfile {
  if (Object.keys(raw).length === 0) return readingOf(DEFAULT_PROFILE, [], null, false, NO_EXTRAS)
  const notes: string[] = []
  const stated = statedVersion(raw['schemaVersion'], 1)
  // There has only ever been one format, so a file without a readable version is read as it.
  const version = stated.kind === 'number' || stated.kind === 'text' ? stated.version : PROFILE_VERSION
  const note = versionNote('home profile', stated, version)
  if (note) notes.push(note)
  let doc: Record<string, unknown> = { ...raw }
  let readOnlyReason: string | null = null
  if (version > PROFILE_VERSION) {
    readOnlyReason = `Your home profile was saved by a newer version of Limber (format ${version}), so this version uses what it understands and leaves that file unchanged: changes you make now last only until Limber closes. Update Limber to save them.`
    notes.push(readOnlyReason)
  } else if (version < PROFILE_VERSION) {
    for (let v = version; v < PROFILE_VERSION; v += 1) doc = MIGRATIONS[v]?.(doc) ?? doc
    notes.push(`Limber updated your home profile from format ${version} to format ${PROFILE_VERSION}.`)
  }

  const safety = safetyProfileSchema.safeParse({ ...DEFAULT_PROFILE.safety, ...withSignsOnce(doc['safety']) })
  const programme = programmeProfileSchema.safeParse({ ...DEFAULT_PROFILE.programme, ...asRecord(doc['programme']) })
  if (!safety.success) {
    notes.push('Your safety answers could not be read, so Limber will ask the warning-sign questions again.')
  }
  if (!programme.success) {
    notes.push('Your programme choices could not be read, so the programme starts again from today.')
  }
  if ('flare' in doc && typeof doc['flare'] !== 'boolean') {
    notes.push(
      'Whether flare-up mode was on could not be read, so it is off; turn it on again on the Today screen if you need it.'
    )
  }
  const { routines, routineKeys } = customRoutinesFrom(doc['customRoutines'], notes, newId)
  const recent = doc['recentBreakStretches']
  const profile: HomeProfile = {
    safety: safety.success ? safety.data : DEFAULT_PROFILE.safety,
    programme: programme.success ? programme.data : DEFAULT_PROFILE.programme,
    flare: doc['flare'] === true,
    customRoutines: routines,
    recentBreakStretches: Array.isArray(recent)
      ? recent.filter((r): r is string => typeof r === 'string' && r.length <= 100).slice(-RECENT_STRETCHES_MAX)
      : []
  }

  const found: ProfileExtras = {
    keys: unknownKeys(doc, {
      safety: Object.keys(safetyProfileSchema.shape),
      programme: Object.keys(programmeProfileSchema.shape),
      ...Object.fromEntries(
        Object.keys(homeProfileSchema.shape)
          .filter((k) => k !== 'safety' && k !== 'programme')
          .map((k) => [k, null])
      )
    }),
    routineKeys
  }
  const extras = keptUnknownKeys(found, [found.keys, [...routineKeys.values()]], NO_EXTRAS, 'home profile', notes)
  return readingOf(profile, notes, readOnlyReason, stated.kind !== 'number' || version < PROFILE_VERSION, extras)
}

function readingOf(
  profile: HomeProfile,
  notes: string[],
  readOnlyReason: string | null,
  migrated: boolean,
  extras: ProfileExtras
): LoadedProfile {
  return { value: profile, profile, notes, problems: notes, readOnlyReason, migrated, extras }
}

function toDisk(profile: HomeProfile, extras: ProfileExtras): Record<string, unknown> {
  const customRoutines = profile.customRoutines.map((r) => ({ ...extras.routineKeys.get(r.id), ...r }))
  return { schemaVersion: PROFILE_VERSION, ...withUnknownKeys({ ...profile, customRoutines }, extras.keys) }
}

const PROFILE_DOCUMENT: DocumentType<HomeProfile, ProfileExtras> = {
  noun: 'home profile',
  fresh: readingOf(DEFAULT_PROFILE, [], null, false, NO_EXTRAS),
  read: (raw) => migrateProfile(raw),
  toDisk,
  unreadable: (keptAt) =>
    `Your home profile could not be read, so Limber will ask the safety questions again and your programme starts from today. The old file is kept at ${keptAt}.`,
  freshMeans: 'asks the safety questions again and starts your programme from today'
}

export class ProfileStore {
  private current: HomeProfile
  readonly problems: string[]

  constructor(private readonly document: OpenedDocument<HomeProfile>) {
    this.current = document.value
    this.problems = document.problems
  }

  get(): HomeProfile {
    return this.current
  }

  /** Non-null when changes are kept in memory only (a file from a newer Limber, or no copy possible). */
  get unsavedReason(): string | null {
    return this.document.readOnlyReason
  }

  /**
   * Replaces the profile with `change(current)` and writes it. On a read-only file the change lasts
   * until Limber closes; when a write fails, nothing changes and the error says why. A change that
   * changes nothing is not written (each write is a copy and an fsync).
   */
  update(change: (current: HomeProfile) => HomeProfile): HomeProfile {
    const next = change(this.current)
    if (JSON.stringify(next) === JSON.stringify(this.current)) return this.current
    const failed = this.document.save(next)
    if (failed !== null && this.document.readOnlyReason === null) {
      throw new Error(`${failed} Nothing was changed; check the disk has space and try again.`)
    }
    this.current = next
    return this.current
  }
}

/**
 * Opens the profile. An unreadable file is moved aside (kept, never deleted) and Limber starts from a
 * fresh profile; a file Limber changes is copied first; a newer file is only read. Never throws.
 */
export function openProfile(create: () => SettingsBackend, filePath: string, now: Date): ProfileStore {
  return new ProfileStore(openVersionedDocument(create, filePath, now, PROFILE_DOCUMENT))
}
