import Conf from 'conf'
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
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
/** Files Limber kept beside settings.json (copies before a change, files set aside). */
const keptFiles = () => readdirSync(dir).filter((f) => f.startsWith('settings.json.'))
const write = (doc: unknown) => {
  const text = JSON.stringify(doc, null, 2)
  writeFileSync(file(), text)
  return text
}
/** A version-3 file as the current Limber writes it, with the user's stand-up interval set to 40. */
const savedByUser = (schemaVersion: unknown) => ({
  ...(schemaVersion === undefined ? {} : { schemaVersion }),
  office: { ...DEFAULT_SETTINGS.office, sitLimitMinutes: 40, snoozeMinutes: 10 },
  general: { ...DEFAULT_SETTINGS.general, soundCues: false },
  storage: { dataDir: '/mnt/sync/limber' }
})

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
    expect(result).toEqual({ ok: false, errors: ['Stand-up reminder: At least 10 minutes.'] })
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

  it('migrates a version-0 file (a lone sitting limit), keeping the value and a copy of the old file', () => {
    const before = write({ sittingLimitMinutes: 35 })
    const store = open()
    expect(store.get().office.sitLimitMinutes).toBe(35)
    expect(store.get().general).toEqual(DEFAULT_SETTINGS.general)
    expect(onDisk()['schemaVersion']).toBe(SETTINGS_VERSION)
    expect(onDisk()['office']).toMatchObject({ sitLimitMinutes: 35 })
    expect(keptFiles()).toEqual(['settings.json.before-migration-2026-03-02T09-00-00-000Z'])
    expect(readFileSync(join(dir, keptFiles()[0]!), 'utf8')).toBe(before)
    expect(store.problems).toEqual([
      `Limber updated your settings file from format 0 to format 3. The file as it was is kept at ${join(dir, keptFiles()[0]!)}.`
    ])
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
    expect(store.problems).toHaveLength(1)
    expect(store.problems[0]).toMatch(
      /^Limber updated your settings file from format 2 to format 3\. The file as it was is kept at /
    )
    expect(keptFiles()).toEqual(['settings.json.before-migration-2026-03-02T09-00-00-000Z'])
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

  it('resets only the settings that are not valid, keeps every other one, and says which', () => {
    const before = write({
      schemaVersion: 3,
      office: { ...DEFAULT_SETTINGS.office, sitLimitMinutes: 40, snoozeMinutes: 'soon' },
      general: { ...DEFAULT_SETTINGS.general, soundCues: false }
    })
    const store = open()
    expect(store.get().office).toEqual({ ...DEFAULT_SETTINGS.office, sitLimitMinutes: 40 })
    expect(store.get().general.soundCues).toBe(false)
    expect(onDisk()['office']).toMatchObject({ sitLimitMinutes: 40, snoozeMinutes: 5 })
    expect(keptFiles()).toEqual(['settings.json.before-repair-2026-03-02T09-00-00-000Z'])
    expect(readFileSync(join(dir, keptFiles()[0]!), 'utf8')).toBe(before)
    expect(store.problems).toHaveLength(1)
    expect(store.problems[0]).toMatch(
      /^These settings were not valid, so they are back to their defaults \(the rest were kept\): Snooze length: .*\. The file as it was is kept at .*before-repair-/
    )
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
    const { settings, problems, readOnlyReason } = migrateSettings({
      schemaVersion: 9,
      office: { ...DEFAULT_SETTINGS.office, snoozeMinutes: 7 }
    })
    expect(settings.office.snoozeMinutes).toBe(7)
    expect(problems[0]).toMatch(/newer version of Limber/)
    expect(readOnlyReason).toMatch(/Update Limber to save settings again/)
  })
})

describe('settings file versions', () => {
  it.each([
    [
      'as text ("3")',
      '3',
      /gave its format version as text \("3"\) rather than a number; Limber read it as format 3\./
    ],
    ['missing', undefined, /did not say which format it is in; from what it holds, Limber read it as format 3\./],
    ['not a number ("three")', 'three', /gave a format version Limber does not understand \("three"\)/],
    ['a fraction (2.5)', 2.5, /gave a format version Limber does not understand \(2\.5\)/]
  ])('a version written %s is detected, every valid value is kept, and a copy is kept first', (_, version, note) => {
    const before = write(savedByUser(version))
    const store = open()
    expect(store.get()).toEqual({
      office: { ...DEFAULT_SETTINGS.office, sitLimitMinutes: 40, snoozeMinutes: 10 },
      general: { ...DEFAULT_SETTINGS.general, soundCues: false },
      storage: { dataDir: '/mnt/sync/limber' }
    })
    expect(onDisk()).toEqual({ ...savedByUser(SETTINGS_VERSION) })
    expect(keptFiles()).toEqual(['settings.json.before-migration-2026-03-02T09-00-00-000Z'])
    expect(readFileSync(join(dir, keptFiles()[0]!), 'utf8')).toBe(before)
    expect(store.problems).toHaveLength(1)
    expect(store.problems[0]).toMatch(note)
    expect(store.problems[0]).toContain(`The file as it was is kept at ${join(dir, keptFiles()[0]!)}.`)
    expect(store.unsavedReason).toBeNull()
  })

  it('leaves a current, valid file exactly as it is, with nothing to tell', () => {
    const before = write(savedByUser(SETTINGS_VERSION))
    const store = open()
    expect(store.get().office.sitLimitMinutes).toBe(40)
    expect(readFileSync(file(), 'utf8')).toBe(before)
    expect(keptFiles()).toEqual([])
    expect(store.problems).toEqual([])
  })

  it('fills in a setting missing from a current file without a copy or a notice (nothing is lost)', () => {
    write({ schemaVersion: 3, office: { ...DEFAULT_SETTINGS.office, sitLimitMinutes: 40 } })
    const store = open()
    expect(store.get().office.sitLimitMinutes).toBe(40)
    expect(onDisk()).toEqual({
      schemaVersion: 3,
      ...DEFAULT_SETTINGS,
      office: { ...DEFAULT_SETTINGS.office, sitLimitMinutes: 40 }
    })
    expect(keptFiles()).toEqual([])
    expect(store.problems).toEqual([])
  })

  it('uses a newer file read-only: known values apply, the file is never rewritten, and a change says it is not saved', () => {
    const newer = {
      schemaVersion: 4,
      office: { ...DEFAULT_SETTINGS.office, sitLimitMinutes: 40, postureNudges: 'gentle' },
      general: { ...DEFAULT_SETTINGS.general, soundCues: false },
      storage: { dataDir: null },
      themes: { dark: true }
    }
    const before = write(newer)
    const store = open()
    expect(store.get().office.sitLimitMinutes).toBe(40)
    expect(store.get().general.soundCues).toBe(false)
    expect(readFileSync(file(), 'utf8')).toBe(before)
    expect(store.problems).toEqual([
      'Your settings were saved by a newer version of Limber (format 4), so this version uses the settings it understands and leaves that file unchanged: changes you make now last only until Limber closes. Update Limber to save settings again.'
    ])

    const result = store.update({ office: { snoozeMinutes: 12 } })
    expect(result.ok).toBe(true)
    expect(store.get().office.snoozeMinutes).toBe(12)
    expect(store.unsavedReason).toMatch(/Update Limber to save settings again/)
    expect(readFileSync(file(), 'utf8')).toBe(before)
    expect(() => store.setDataDir('/elsewhere')).toThrow(/could not be saved in your settings/)
    expect(readFileSync(file(), 'utf8')).toBe(before)
    expect(keptFiles()).toEqual([])
  })

  it('keeps keys it does not know through every save, at the top and inside a section', () => {
    write({
      ...savedByUser(SETTINGS_VERSION),
      themes: { dark: true },
      office: { ...savedByUser(3).office, postureNudges: 'gentle' }
    })
    const store = open()
    expect(store.problems).toEqual([])
    expect(store.update({ office: { sitLimitMinutes: 45 } }).ok).toBe(true)
    expect(onDisk()).toMatchObject({
      themes: { dark: true },
      office: { sitLimitMinutes: 45, postureNudges: 'gentle' }
    })
    store.setDataDir(null)
    expect(onDisk()).toMatchObject({
      themes: { dark: true },
      office: { postureNudges: 'gentle' },
      storage: { dataDir: null }
    })
    expect(open().get().office.sitLimitMinutes).toBe(45)
  })

  it('leaves out unknown keys too big to keep (the file stays small), keeping a copy and saying so', () => {
    const before = write({ ...savedByUser(SETTINGS_VERSION), blob: 'x'.repeat(200_000) })
    const store = open()
    expect(store.get().office.sitLimitMinutes).toBe(40)
    expect(onDisk()['blob']).toBeUndefined()
    expect(readFileSync(file(), 'utf8').length).toBeLessThan(2_000)
    expect(readFileSync(join(dir, keptFiles()[0]!), 'utf8')).toBe(before)
    expect(store.problems[0]).toMatch(/entries Limber does not know \(196 KB, too big to keep\); they are left out/)
  })

  it('survives unknown keys nested too deeply to save: drops them, keeps the rest and a copy', () => {
    const deep = '{"a":'.repeat(200_000) + '1' + '}'.repeat(200_000)
    const text = `{"schemaVersion":3,"office":${JSON.stringify(savedByUser(3).office)},"deep":${deep}}`
    writeFileSync(file(), text)
    const store = open()
    expect(store.get().office.sitLimitMinutes).toBe(40)
    expect(onDisk()['deep']).toBeUndefined()
    expect(readFileSync(join(dir, keptFiles()[0]!), 'utf8')).toBe(text)
    expect(store.problems[0]).toMatch(/nested too deeply to save/)
  })

  it('does not change a file it could not copy first, and says changes will not be saved', () => {
    const before = write(savedByUser('3'))
    const stamp = 'settings.json.before-migration-2026-03-02T09-00-00-000Z'
    for (let n = 1; n <= 20; n += 1) writeFileSync(join(dir, n === 1 ? stamp : `${stamp}-${n}`), 'earlier copy')
    const store = open()
    expect(store.get().office.sitLimitMinutes).toBe(40)
    expect(readFileSync(file(), 'utf8')).toBe(before)
    expect(store.unsavedReason).toMatch(/could not keep a copy of your settings file before changing it/)
    expect(store.problems[0]).toContain(store.unsavedReason!)
    expect(store.update({ office: { snoozeMinutes: 12 } }).ok).toBe(true)
    expect(readFileSync(file(), 'utf8')).toBe(before)
  })

  it("sets aside a file far too big to be Limber's, unread, and starts from defaults", () => {
    writeFileSync(file(), Buffer.alloc(65 * 1024 * 1024, 0x20))
    const store = open()
    expect(store.get()).toEqual(DEFAULT_SETTINGS)
    expect(keptFiles()).toEqual(['settings.json.unreadable-2026-03-02T09-00-00-000Z'])
    expect(store.problems[0]).toMatch(/could not be read, so Limber started with default settings/)
  })

  it('sets aside a settings "file" that is a folder and starts from defaults', () => {
    mkdirSync(file())
    const store = open()
    expect(store.get()).toEqual(DEFAULT_SETTINGS)
    expect(keptFiles()).toEqual(['settings.json.unreadable-2026-03-02T09-00-00-000Z'])
    expect(onDisk()).toMatchObject({ schemaVersion: 3 })
  })

  it('never reads or writes through a settings.json that is a link: the link is set aside, its target untouched', () => {
    const outside = mkdtempSync(join(tmpdir(), 'limber-outside-'))
    const secret = join(outside, 'secret.json')
    const secretText = JSON.stringify({ schemaVersion: '3', office: { sitLimitMinutes: 40 }, token: 'do-not-copy' })
    writeFileSync(secret, secretText)
    symlinkSync(secret, file())
    try {
      const store = open()
      expect(store.get()).toEqual(DEFAULT_SETTINGS)
      expect(readFileSync(secret, 'utf8')).toBe(secretText)
      expect(lstatSync(file()).isSymbolicLink()).toBe(false)
      const aside = keptFiles()
      expect(aside).toEqual(['settings.json.unreadable-2026-03-02T09-00-00-000Z'])
      expect(lstatSync(join(dir, aside[0]!)).isSymbolicLink()).toBe(true)
      expect(readFileSync(file(), 'utf8')).not.toContain('do-not-copy')
      expect(store.problems[0]).toMatch(/could not be read, so Limber started with default settings/)
    } finally {
      rmSync(outside, { recursive: true, force: true })
    }
  })

  it.each([
    ['an array', '[1,2]'],
    ['a string', '"40"'],
    ['null', 'null']
  ])('starts from defaults when the file holds %s, never stopping', (_, text) => {
    writeFileSync(file(), text)
    const store = open()
    expect(store.get().office).toEqual(DEFAULT_SETTINGS.office)
  })

  it('never throws when the folder cannot hold a settings file: defaults in memory, and says so', () => {
    const blocked = () =>
      new Conf<Record<string, unknown>>({
        cwd: join(dir, 'not-a-folder'),
        configName: 'settings',
        projectName: 'limber-test',
        ...SETTINGS_FILE_OPTIONS
      })
    writeFileSync(join(dir, 'not-a-folder'), 'a file')
    const store = openSettings(blocked, join(dir, 'not-a-folder', 'settings.json'), new Date('2026-03-02T09:00:00Z'))
    expect(store.get()).toEqual(DEFAULT_SETTINGS)
    expect(store.problems[0]).toMatch(
      /^Limber could not open your settings file \(.+\), so it uses default settings for now/
    )
    expect(store.update({ office: { sitLimitMinutes: 40 } }).ok).toBe(true)
    expect(store.get().office.sitLimitMinutes).toBe(40)
  })
})
