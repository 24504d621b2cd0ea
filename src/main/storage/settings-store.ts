// User settings on disk: a versioned document kept by electron-store (conf in tests), migrated and
// validated here field by field, so a hand-edited, old or newer file never breaks the app, never loses
// a value Limber can check, and is copied before Limber changes it (see versioned-document).
import { z } from 'zod'
import {
  DEFAULT_SETTINGS,
  applySettingsPatch,
  describeIssues,
  generalSettingsSchema,
  storageSettingsSchema,
  type AppSettings,
  type SettingsResult
} from '@shared/app-settings'
import { officeSettingsSchema } from '@shared/office-settings'
import {
  asRecord,
  type DocumentBackend,
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

export const SETTINGS_VERSION = 3

/** The part of electron-store / conf this module needs. */
export type SettingsBackend = DocumentBackend

/** Options shared by electron-store (app) and conf (tests, e2e); both take them unchanged. */
export const SETTINGS_FILE_OPTIONS = {
  clearInvalidConfig: false,
  accessPropertiesByDotNotation: false,
  watch: false
} as const

type Migration = (doc: Record<string, unknown>) => Record<string, unknown>

/**
 * Index i upgrades version i to i + 1, keeping every key it does not consume. Version 0 is a document
 * with no version field (early builds stored the single `sittingLimitMinutes` setting at the top
 * level); version 1 had no general section and version 2 no storage section: the defaults fill those in.
 */
const MIGRATIONS: Migration[] = [
  (doc) => {
    const { sittingLimitMinutes: limit, ...rest } = doc
    if (typeof limit !== 'number') return doc
    return { ...rest, office: { sitLimitMinutes: limit, ...asRecord(rest['office']) } }
  },
  (doc) => doc,
  (doc) => doc
]

const SECTIONS = {
  office: Object.keys(officeSettingsSchema.shape),
  general: Object.keys(generalSettingsSchema.shape),
  storage: Object.keys(storageSettingsSchema.shape)
}

/** A file without a version is an early build's (a lone sitting limit) or a current one missing the field. */
function inferVersion(raw: Record<string, unknown>): number {
  return 'sittingLimitMinutes' in raw && !('office' in raw) ? 0 : SETTINGS_VERSION
}

export interface LoadedSettings extends Reading<AppSettings, UnknownKeys> {
  settings: AppSettings
  /** Plain-words notes for the user about anything that had to be repaired (same as `notes`). */
  problems: string[]
}

/** Each field that validates is kept; each that does not takes its default and is named in `invalid`. */
function keepValidFields<T extends Record<string, unknown>>(
  schema: z.ZodObject,
  defaults: T,
  saved: unknown
): { value: T; invalid: string[] } {
  const raw = asRecord(saved)
  const value: Record<string, unknown> = { ...defaults }
  const invalid: string[] = []
  for (const [key, field] of Object.entries(schema.shape)) {
    if (!Object.hasOwn(raw, key)) continue
    // Checked as a one-field object so the message names the field ("Stand-up reminder: ...").
    const checked = z.object({ [key]: field }).safeParse({ [key]: raw[key] })
    if (checked.success) value[key] = (checked.data as Record<string, unknown>)[key]
    else invalid.push(...describeIssues(checked.error))
  }
  const whole = schema.safeParse(value)
  if (!whole.success) return { value: defaults, invalid: [...invalid, ...describeIssues(whole.error)] }
  return { value: whole.data as T, invalid }
}

/** Reads any version: upgrades an older one, uses a newer one read-only, keeps every valid field. */
export function migrateSettings(raw: Record<string, unknown>): LoadedSettings {
  if (Object.keys(raw).length === 0) return readingOf(DEFAULT_SETTINGS, [], null, false, NO_UNKNOWN_KEYS)
  const notes: string[] = []
  const stated = statedVersion(raw['schemaVersion'], 0)
  const fromFile = stated.kind === 'number' || stated.kind === 'text'
  const version = fromFile ? stated.version : inferVersion(raw)
  // A file with no version and a lone sitting limit is simply an early build's: the upgrade note says it.
  if (!(stated.kind === 'missing' && version === 0)) {
    const note = versionNote('settings', stated, version)
    if (note) notes.push(note)
  }
  let doc: Record<string, unknown> = { ...raw }
  let readOnlyReason: string | null = null
  if (version > SETTINGS_VERSION) {
    readOnlyReason = `Your settings were saved by a newer version of Limber (format ${version}), so this version uses the settings it understands and leaves that file unchanged: changes you make now last only until Limber closes. Update Limber to save settings again.`
    notes.push(readOnlyReason)
  } else if (version < SETTINGS_VERSION) {
    for (let v = version; v < SETTINGS_VERSION; v += 1) doc = MIGRATIONS[v]?.(doc) ?? doc
    notes.push(`Limber updated your settings file from format ${version} to format ${SETTINGS_VERSION}.`)
  }

  const office = keepValidFields(officeSettingsSchema, DEFAULT_SETTINGS.office, doc['office'])
  const general = keepValidFields(generalSettingsSchema, DEFAULT_SETTINGS.general, doc['general'])
  const storage = keepValidFields(storageSettingsSchema, DEFAULT_SETTINGS.storage, doc['storage'])
  const invalid = [...office.invalid, ...general.invalid]
  if (invalid.length > 0) {
    notes.push(
      `These settings were not valid, so they are back to their defaults (the rest were kept): ${invalid.join('; ')}.`
    )
  }
  if (storage.invalid.length > 0) {
    notes.push('The saved data folder setting was not valid, so Limber uses the default data folder.')
  }
  const settings: AppSettings = { office: office.value, general: general.value, storage: storage.value }

  const found = unknownKeys(doc, SECTIONS)
  const extras = keptUnknownKeys(found, found, NO_UNKNOWN_KEYS, 'settings', notes)
  return readingOf(settings, notes, readOnlyReason, stated.kind !== 'number' || version < SETTINGS_VERSION, extras)
}

function readingOf(
  settings: AppSettings,
  notes: string[],
  readOnlyReason: string | null,
  migrated: boolean,
  extras: UnknownKeys
): LoadedSettings {
  return { value: settings, settings, notes, problems: notes, readOnlyReason, migrated, extras }
}

const SETTINGS_DOCUMENT: DocumentType<AppSettings, UnknownKeys> = {
  noun: 'settings',
  fresh: readingOf(DEFAULT_SETTINGS, [], null, false, NO_UNKNOWN_KEYS),
  read: migrateSettings,
  toDisk: (settings, extras) => ({ schemaVersion: SETTINGS_VERSION, ...withUnknownKeys({ ...settings }, extras) }),
  unreadable: (keptAt) =>
    `Your settings file could not be read, so Limber started with default settings. The old file is kept at ${keptAt}.`,
  freshMeans: 'uses default settings'
}

export class SettingsStore {
  private current: AppSettings
  readonly problems: string[]

  constructor(private readonly document: OpenedDocument<AppSettings>) {
    this.current = document.value
    this.problems = document.problems
  }

  get(): AppSettings {
    return this.current
  }

  /**
   * Non-null when changes are kept in memory only (a file from a newer Limber, or one that could not
   * be copied or opened): the sentence to show the user after a change.
   */
  get unsavedReason(): string | null {
    return this.document.readOnlyReason
  }

  /**
   * Applies a valid change. When the file is read-only the change still applies until Limber closes
   * (see unsavedReason); when a save fails, nothing changes and the result says why.
   */
  update(patch: unknown): SettingsResult {
    const result = applySettingsPatch(this.current, patch)
    if (!result.ok) return result
    const failed = this.document.save(result.settings)
    if (failed !== null && this.document.readOnlyReason === null) {
      return { ok: false, errors: [`${failed} Your settings are unchanged; check the disk has space and try again.`] }
    }
    this.current = result.settings
    return result
  }

  /**
   * Saves where the progress log now lives (null: the default). Only after a verified move. Throws when
   * the choice cannot be saved, since a restart would then open the old folder: callers should check
   * unsavedReason before moving.
   */
  setDataDir(dataDir: string | null): AppSettings {
    const next = { ...this.current, storage: { dataDir } }
    const failed = this.document.save(next)
    if (failed !== null) throw new Error(`The new data folder could not be saved in your settings. ${failed}`)
    this.current = next
    return this.current
  }
}

/**
 * Opens the settings. An unreadable file is moved aside (kept, never deleted) and Limber starts from
 * defaults; a file Limber changes is copied first; a newer file is only read. Never throws.
 */
export function openSettings(create: () => SettingsBackend, filePath: string, now: Date): SettingsStore {
  return new SettingsStore(openVersionedDocument(create, filePath, now, SETTINGS_DOCUMENT))
}
