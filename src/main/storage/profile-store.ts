// The home profile on disk: a versioned document kept by electron-store (conf in tests) like the
// settings, validated section by section so one bad part never loses the rest, and set aside if unreadable.
import { openOrMoveAside } from './unreadable-file'
import { validateCustomRoutine } from '@shared/content/routine-editing'
import {
  DEFAULT_PROFILE,
  PROFILE_VERSION,
  programmeProfileSchema,
  safetyProfileSchema,
  type HomeProfile
} from '@shared/home/home-profile'
import type { Routine } from '@shared/content/routine-schema'
import type { SettingsBackend } from './settings-store'

type Migration = (doc: Record<string, unknown>) => Record<string, unknown>

/** Index i upgrades version i to i + 1. Version 1 is the first; add upgrades here, never edit old ones. */
const MIGRATIONS: Migration[] = [(doc) => doc]

export interface LoadedProfile {
  profile: HomeProfile
  problems: string[]
}

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {}
}

function customRoutinesFrom(raw: unknown, problems: string[]): Routine[] {
  if (!Array.isArray(raw)) return []
  const kept: Routine[] = []
  for (const candidate of raw) {
    const checked = validateCustomRoutine(
      candidate,
      kept.map((r) => r.id)
    )
    if (checked.ok) kept.push(checked.value)
    else {
      const name = typeof asRecord(candidate)['name'] === 'string' ? `"${String(asRecord(candidate)['name'])}"` : 'One'
      problems.push(`${name} of your own routines could not be read (${checked.errors.join(' ')}), so it was left out.`)
    }
  }
  return kept.slice(0, 50)
}

/** Upgrades any known version and repairs invalid sections from defaults, keeping every valid one. */
export function migrateProfile(raw: Record<string, unknown>): LoadedProfile {
  const problems: string[] = []
  if (Object.keys(raw).length === 0) return { profile: DEFAULT_PROFILE, problems }
  const rawVersion = raw['schemaVersion']
  let version = typeof rawVersion === 'number' && Number.isInteger(rawVersion) ? rawVersion : 1
  let doc: Record<string, unknown> = { ...raw }
  if (version > PROFILE_VERSION) {
    problems.push(
      `Your home profile was saved by a newer version of Limber (format ${version}). What this version understands was kept; update Limber to use the rest.`
    )
    version = PROFILE_VERSION
  }
  while (version < PROFILE_VERSION) {
    const migrate = MIGRATIONS[version]
    if (!migrate) break
    doc = migrate(doc)
    version += 1
  }
  const safety = safetyProfileSchema.safeParse({ ...DEFAULT_PROFILE.safety, ...asRecord(doc['safety']) })
  const programme = programmeProfileSchema.safeParse({ ...DEFAULT_PROFILE.programme, ...asRecord(doc['programme']) })
  if (!safety.success) {
    problems.push('Your safety answers could not be read, so Limber will ask the warning-sign questions again.')
  }
  if (!programme.success) {
    problems.push('Your programme choices could not be read, so the programme starts again from today.')
  }
  const recent = doc['recentBreakStretches']
  const profile: HomeProfile = {
    safety: safety.success ? safety.data : DEFAULT_PROFILE.safety,
    programme: programme.success ? programme.data : DEFAULT_PROFILE.programme,
    flare: doc['flare'] === true,
    customRoutines: customRoutinesFrom(doc['customRoutines'], problems),
    recentBreakStretches: Array.isArray(recent)
      ? recent.filter((r): r is string => typeof r === 'string' && r.length <= 100).slice(-3)
      : []
  }
  return { profile, problems }
}

export class ProfileStore {
  private current: HomeProfile
  readonly problems: string[]

  constructor(private readonly backend: SettingsBackend) {
    const loaded = migrateProfile(backend.store)
    this.current = loaded.profile
    this.problems = loaded.problems
    this.persist()
  }

  get(): HomeProfile {
    return this.current
  }

  get path(): string {
    return this.backend.path
  }

  /** Replaces the profile with `change(current)` and writes it. */
  update(change: (current: HomeProfile) => HomeProfile): HomeProfile {
    this.current = change(this.current)
    this.persist()
    return this.current
  }

  private persist(): void {
    this.backend.store = { schemaVersion: PROFILE_VERSION, ...this.current }
  }
}

/**
 * Opens the profile; a file that is not valid JSON is moved aside (kept, never deleted) and Limber
 * starts from a fresh profile, with a note saying where the old file is.
 */
export function openProfile(create: () => SettingsBackend, filePath: string, now: Date): ProfileStore {
  return openOrMoveAside(
    () => new ProfileStore(create()),
    filePath,
    now,
    (aside) =>
      `Your home profile could not be read, so Limber will ask the safety questions again and your programme starts from today. The old file is kept at ${aside}.`
  )
}
