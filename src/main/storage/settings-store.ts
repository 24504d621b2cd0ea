// User settings on disk: a versioned document kept by electron-store (conf in tests), migrated and
// validated here so a hand-edited or old file never breaks the app and never loses the rest.
import {
  DEFAULT_SETTINGS,
  appSettingsSchema,
  applySettingsPatch,
  generalSettingsSchema,
  storageSettingsSchema,
  type AppSettings,
  type SettingsResult
} from '@shared/app-settings'
import { officeSettingsSchema } from '@shared/office-settings'
import { openOrMoveAside } from './unreadable-file'

export const SETTINGS_VERSION = 3

/** The part of electron-store / conf this module needs. */
export interface SettingsBackend {
  store: Record<string, unknown>
  readonly path: string
}

/** Options shared by electron-store (app) and conf (tests, e2e); both take them unchanged. */
export const SETTINGS_FILE_OPTIONS = {
  clearInvalidConfig: false,
  accessPropertiesByDotNotation: false,
  watch: false
} as const

type Migration = (doc: Record<string, unknown>) => Record<string, unknown>

/**
 * Index i upgrades version i to i + 1. Version 0 is a document with no version field (early builds
 * stored the single `sittingLimitMinutes` setting at the top level); version 1 had no general section;
 * version 2 had no storage section (the data folder was always the default).
 */
const MIGRATIONS: Migration[] = [
  (doc) => {
    const limit = doc['sittingLimitMinutes']
    return { office: typeof limit === 'number' ? { sitLimitMinutes: limit } : {} }
  },
  (doc) => ({ ...doc, general: DEFAULT_SETTINGS.general }),
  (doc) => ({ ...doc, storage: DEFAULT_SETTINGS.storage })
]

export interface LoadedSettings {
  settings: AppSettings
  /** Plain-words notes for the user about anything that had to be repaired. */
  problems: string[]
}

/** Upgrades any known version and repairs invalid sections from defaults, keeping every valid one. */
export function migrateSettings(raw: Record<string, unknown>): LoadedSettings {
  const problems: string[] = []
  const rawVersion = raw['schemaVersion']
  let version = typeof rawVersion === 'number' && Number.isInteger(rawVersion) ? rawVersion : 0
  let doc: Record<string, unknown> = { ...raw }
  if (Object.keys(raw).length === 0) return { settings: DEFAULT_SETTINGS, problems }
  if (version > SETTINGS_VERSION) {
    problems.push(
      `Your settings were saved by a newer version of Limber (format ${version}). Settings this version understands were kept; update Limber to use the rest.`
    )
    version = SETTINGS_VERSION
  }
  while (version < SETTINGS_VERSION) {
    const migrate = MIGRATIONS[version]
    if (!migrate) break
    doc = migrate(doc)
    version += 1
  }
  const office = officeSettingsSchema.safeParse({ ...DEFAULT_SETTINGS.office, ...asRecord(doc['office']) })
  const general = generalSettingsSchema.safeParse({ ...DEFAULT_SETTINGS.general, ...asRecord(doc['general']) })
  if (!office.success) problems.push('Some office settings were not valid and were reset to their defaults.')
  if (!general.success) problems.push('Some general settings were not valid and were reset to their defaults.')
  const storage = storageSettingsSchema.safeParse({ ...DEFAULT_SETTINGS.storage, ...asRecord(doc['storage']) })
  if (!storage.success) {
    problems.push('The saved data folder setting was not valid, so Limber uses the default data folder.')
  }
  const settings = appSettingsSchema.parse({
    office: office.success ? office.data : DEFAULT_SETTINGS.office,
    general: general.success ? general.data : DEFAULT_SETTINGS.general,
    storage: storage.success ? storage.data : DEFAULT_SETTINGS.storage
  })
  return { settings, problems }
}

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {}
}

export class SettingsStore {
  private current: AppSettings
  readonly problems: string[]

  constructor(private readonly backend: SettingsBackend) {
    const loaded = migrateSettings(backend.store)
    this.current = loaded.settings
    this.problems = loaded.problems
    this.persist()
  }

  get(): AppSettings {
    return this.current
  }

  get path(): string {
    return this.backend.path
  }

  update(patch: unknown): SettingsResult {
    const result = applySettingsPatch(this.current, patch)
    if (result.ok) {
      this.current = result.settings
      this.persist()
    }
    return result
  }

  /** Saves where the progress log now lives (null: the default). Only after a verified move. */
  setDataDir(dataDir: string | null): AppSettings {
    this.current = { ...this.current, storage: { dataDir } }
    this.persist()
    return this.current
  }

  private persist(): void {
    this.backend.store = { schemaVersion: SETTINGS_VERSION, ...this.current }
  }
}

/**
 * Opens the backend; if the file is not valid JSON, moves it aside (kept, never deleted) and starts
 * from defaults, with a note saying where the old file is.
 */
export function openSettings(create: () => SettingsBackend, filePath: string, now: Date): SettingsStore {
  return openOrMoveAside(
    () => new SettingsStore(create()),
    filePath,
    now,
    (aside) =>
      `Your settings file could not be read, so Limber started with default settings. The old file is kept at ${aside}.`
  )
}
