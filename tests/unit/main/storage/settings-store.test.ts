import Conf from 'conf'
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS } from '@shared/app-settings'
import {
  SETTINGS_FILE_OPTIONS,
  SETTINGS_VERSION,
  migrateSettings,
  openSettings,
  type SettingsBackend
} from '../../../../src/main/storage/settings-store'

let dir: string
const file = () => join(dir, 'settings.json')
const backend = (): SettingsBackend =>
  new Conf<Record<string, unknown>>({
    cwd: dir,
    configName: 'settings',
    projectName: 'limber-test',
    ...SETTINGS_FILE_OPTIONS
  })
const onDisk = () => JSON.parse(readFileSync(file(), 'utf8')) as Record<string, unknown>
const open = () => openSettings(backend, file(), new Date('2026-03-02T09:00:00Z'))

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'limber-settings-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('settings store', () => {
  it('starts from the defaults and writes them with the schema version', () => {
    const store = open()
    expect(store.get()).toEqual(DEFAULT_SETTINGS)
    expect(onDisk()).toMatchObject({ schemaVersion: SETTINGS_VERSION, office: { sitLimitMinutes: 25 } })
    expect(store.problems).toEqual([])
  })

  it('keeps a saved change across restarts', () => {
    expect(open().update({ office: { sitLimitMinutes: 40 } }).ok).toBe(true)
    expect(open().get().office.sitLimitMinutes).toBe(40)
  })

  it('refuses an impossible setting, says which, and keeps the file unchanged', () => {
    const store = open()
    const before = readFileSync(file(), 'utf8')
    const result = store.update({ office: { sitLimitMinutes: 2 } })
    expect(result).toEqual({ ok: false, errors: ['Stand-up reminder: At least 10 minutes'] })
    expect(readFileSync(file(), 'utf8')).toBe(before)
    expect(store.get().office.sitLimitMinutes).toBe(25)
  })

  it('refuses a work period that ends before it starts', () => {
    const result = open().update({
      office: { workHours: { enabled: true, days: [1], ranges: [{ start: '17:00', end: '09:00' }] } }
    })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.errors[0]).toMatch(/Work hours: A work period must end after it starts/)
  })

  it('migrates a version-0 file (a lone sitting limit) and keeps the user value', () => {
    writeFileSync(file(), JSON.stringify({ sittingLimitMinutes: 35 }))
    const store = open()
    expect(store.get().office.sitLimitMinutes).toBe(35)
    expect(store.get().general).toEqual(DEFAULT_SETTINGS.general)
    expect(onDisk()['schemaVersion']).toBe(SETTINGS_VERSION)
  })

  it('migrates version 1 (no general section) without touching office settings', () => {
    const { settings } = migrateSettings({
      schemaVersion: 1,
      office: { ...DEFAULT_SETTINGS.office, snoozeMinutes: 10 }
    })
    expect(settings.office.snoozeMinutes).toBe(10)
    expect(settings.general).toEqual(DEFAULT_SETTINGS.general)
  })

  it('migrates version 2 (no data folder setting) to the default data folder, keeping everything else', () => {
    writeFileSync(
      file(),
      JSON.stringify({
        schemaVersion: 2,
        office: { ...DEFAULT_SETTINGS.office, snoozeMinutes: 10 },
        general: { ...DEFAULT_SETTINGS.general, checkInReminder: false }
      })
    )
    const store = open()
    expect(store.get().storage).toEqual({ dataDir: null })
    expect(store.get().office.snoozeMinutes).toBe(10)
    expect(store.get().general.checkInReminder).toBe(false)
    expect(store.problems).toEqual([])
    expect(onDisk()).toMatchObject({ schemaVersion: 3, storage: { dataDir: null } })
  })

  it('keeps a chosen data folder across restarts, and a settings save never changes it', () => {
    open().setDataDir('/mnt/sync/limber')
    const store = open()
    expect(store.get().storage.dataDir).toBe('/mnt/sync/limber')
    expect(store.update({ general: { soundCues: false }, storage: { dataDir: '/tmp/elsewhere' } }).ok).toBe(true)
    expect(open().get().storage.dataDir).toBe('/mnt/sync/limber')
  })

  it('falls back to the default data folder when the saved one is not valid, and says so', () => {
    const { settings, problems } = migrateSettings({ schemaVersion: 3, storage: { dataDir: 42 } })
    expect(settings.storage.dataDir).toBeNull()
    expect(problems).toEqual(['The saved data folder setting was not valid, so Limber uses the default data folder.'])
  })

  it('repairs an invalid section from defaults, keeps the valid one, and says so', () => {
    writeFileSync(
      file(),
      JSON.stringify({
        schemaVersion: 2,
        office: { sitLimitMinutes: 'soon' },
        general: { ...DEFAULT_SETTINGS.general, soundCues: false }
      })
    )
    const store = open()
    expect(store.get().office).toEqual(DEFAULT_SETTINGS.office)
    expect(store.get().general.soundCues).toBe(false)
    expect(store.problems).toEqual(['Some office settings were not valid and were reset to their defaults.'])
  })

  it('sets a corrupt file aside (bytes kept) and starts with defaults, telling the user where it is', () => {
    writeFileSync(file(), '{"schemaVersion": 2, "office": {')
    const store = open()
    expect(store.get()).toEqual(DEFAULT_SETTINGS)
    const aside = readdirSync(dir).find((f) => f.startsWith('settings.json.unreadable-'))
    expect(aside).toBeDefined()
    expect(readFileSync(join(dir, aside!), 'utf8')).toBe('{"schemaVersion": 2, "office": {')
    expect(store.problems[0]).toContain(aside!)
  })

  it('keeps what it understands from a newer version and says to update', () => {
    const { settings, problems } = migrateSettings({
      schemaVersion: 9,
      office: { ...DEFAULT_SETTINGS.office, snoozeMinutes: 7 }
    })
    expect(settings.office.snoozeMinutes).toBe(7)
    expect(problems[0]).toMatch(/newer version of Limber/)
  })
})
