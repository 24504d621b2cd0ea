import Conf from 'conf'
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_PROFILE, PROFILE_VERSION } from '@shared/home/home-profile'
import { deleteRoutineRequestSchema, startSessionRequestSchema } from '@shared/home/home-state'
import { ROUTINE_ID_MAX } from '@shared/user-text-limits'
import { migrateProfile, openProfile } from '../../../../src/main/storage/profile-store'
import { SETTINGS_FILE_OPTIONS } from '../../../../src/main/storage/settings-store'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'limber-profile-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const open = () =>
  openProfile(
    () =>
      new Conf<Record<string, unknown>>({
        cwd: dir,
        configName: 'profile',
        projectName: 'limber-test',
        ...SETTINGS_FILE_OPTIONS
      }),
    join(dir, 'profile.json'),
    new Date('2026-03-02T09:00:00Z')
  )

const file = () => join(dir, 'profile.json')
const onDisk = () => JSON.parse(readFileSync(file(), 'utf8')) as Record<string, unknown>
const keptFiles = () => readdirSync(dir).filter((f) => f.startsWith('profile.json.'))
const write = (doc: unknown) => {
  const text = JSON.stringify(doc)
  writeFileSync(file(), text)
  return text
}
const routine = (id: unknown, name = 'Lunch stretch') => ({
  id,
  name,
  kind: 'custom',
  items: [{ exerciseId: 'cat-cow-seated' }]
})
const profileWith = (schemaVersion: unknown, extra: Record<string, unknown> = {}) => ({
  ...(schemaVersion === undefined ? {} : { schemaVersion }),
  safety: { answeredAt: '2026-03-01T08:00:00.000Z', signs: [], clearedSignIds: [], resumeConfirmations: [] },
  programme: { startDate: '2026-03-01', heldPhase: null, stepBack: 1, lastPhase: 2 },
  flare: true,
  customRoutines: [routine('custom-1')],
  recentBreakStretches: ['cat-cow-seated'],
  ...extra
})

describe('profile store', () => {
  it('starts a new user with an empty profile and writes it with its version', () => {
    expect(open().get()).toEqual(DEFAULT_PROFILE)
    expect(JSON.parse(readFileSync(join(dir, 'profile.json'), 'utf8'))).toMatchObject({
      schemaVersion: PROFILE_VERSION,
      flare: false
    })
  })

  it('keeps a change across restarts', () => {
    open().update((p) => ({ ...p, flare: true, programme: { ...p.programme, startDate: '2026-03-02' } }))
    expect(open().get()).toMatchObject({ flare: true, programme: { startDate: '2026-03-02' } })
  })

  it('repairs a bad section from defaults and keeps the good ones, saying what happened', () => {
    const loaded = migrateProfile({
      schemaVersion: 1,
      flare: true,
      safety: { answeredAt: '2026-03-01T08:00:00.000Z', signs: ['not-a-sign'] },
      programme: { startDate: '2026-03-01', heldPhase: null, stepBack: 0, lastPhase: 1 }
    })
    expect(loaded.profile.flare).toBe(true)
    expect(loaded.profile.programme.startDate).toBe('2026-03-01')
    expect(loaded.profile.safety).toEqual(DEFAULT_PROFILE.safety)
    expect(loaded.problems).toEqual([
      'Your safety answers could not be read, so Limber will ask the warning-sign questions again.'
    ])
  })

  it('leaves out a custom routine that no longer validates, naming it, and keeps the others', () => {
    const loaded = migrateProfile({
      customRoutines: [
        { id: 'a', name: 'Fine one', kind: 'custom', items: [{ exerciseId: 'cat-cow' }] },
        { id: 'b', name: 'Broken one', kind: 'custom', items: [{ exerciseId: 'toe-touch' }] }
      ]
    })
    expect(loaded.profile.customRoutines.map((r) => r.id)).toEqual(['a'])
    expect(loaded.problems).toContainEqual(
      expect.stringMatching(/^"Broken one" of your own routines could not be read/)
    )
  })

  it('keeps what it understands from a newer version and says so', () => {
    const loaded = migrateProfile({ schemaVersion: PROFILE_VERSION + 1, flare: true })
    expect(loaded.profile.flare).toBe(true)
    expect(loaded.problems[0]).toMatch(/newer version of Limber/)
  })

  it.each([
    ['as text ("1")', '1', /gave its format version as text \("1"\)/],
    ['missing', undefined, /did not say which format it is in/],
    ['not a number', 'one', /gave a format version Limber does not understand \("one"\)/]
  ])('a version written %s is detected, everything is kept, and a copy is kept first', (_, version, note) => {
    const before = write(profileWith(version))
    const store = open()
    expect(store.get()).toEqual(migrateProfile(profileWith(PROFILE_VERSION)).profile)
    expect(store.get()).toMatchObject({ flare: true, programme: { stepBack: 1 }, customRoutines: [{ id: 'custom-1' }] })
    expect(onDisk()).toEqual(profileWith(PROFILE_VERSION))
    expect(keptFiles()).toEqual(['profile.json.before-migration-2026-03-02T09-00-00-000Z'])
    expect(readFileSync(join(dir, keptFiles()[0]!), 'utf8')).toBe(before)
    expect(store.problems).toHaveLength(1)
    expect(store.problems[0]).toMatch(note)
    expect(store.problems[0]).toContain(`The file as it was is kept at ${join(dir, keptFiles()[0]!)}.`)
  })

  it('uses a newer profile read-only: what it knows applies, the file is never rewritten, changes last in memory', () => {
    const before = write(profileWith(PROFILE_VERSION + 1, { goals: ['walk to work'] }))
    const store = open()
    expect(store.get()).toMatchObject({ flare: true, customRoutines: [{ id: 'custom-1' }] })
    expect(store.problems[0]).toMatch(/^Your home profile was saved by a newer version of Limber \(format 2\)/)
    expect(store.unsavedReason).toMatch(/Update Limber to save them/)
    expect(store.update((p) => ({ ...p, flare: false })).flare).toBe(false)
    expect(store.get().flare).toBe(false)
    expect(readFileSync(file(), 'utf8')).toBe(before)
    expect(keptFiles()).toEqual([])
  })

  it('keeps keys it does not know through a save: at the top, in a section and in a routine', () => {
    write(
      profileWith(PROFILE_VERSION, {
        goals: ['walk to work'],
        programme: { startDate: '2026-03-01', heldPhase: null, stepBack: 0, lastPhase: 1, pace: 'slow' },
        customRoutines: [{ ...routine('custom-1'), colour: 'teal' }, routine('custom-2', 'Evening')]
      })
    )
    const store = open()
    expect(store.problems).toEqual([])
    store.update((p) => ({ ...p, flare: false, customRoutines: p.customRoutines.filter((r) => r.id !== 'custom-2') }))
    expect(onDisk()).toMatchObject({
      goals: ['walk to work'],
      flare: false,
      programme: { pace: 'slow', startDate: '2026-03-01' },
      customRoutines: [{ id: 'custom-1', colour: 'teal' }]
    })
    expect((onDisk()['customRoutines'] as unknown[]).length).toBe(1)
  })

  it('gives a new id to routines whose id could never be started or deleted, keeping them, and stays small', () => {
    const huge = 'x'.repeat(250_000)
    const routines = Array.from({ length: 48 }, (_, i) => routine(`${huge}${i}`, `Routine ${i + 1}`))
    const before = write(profileWith(PROFILE_VERSION, { customRoutines: routines }))
    expect(before.length).toBeGreaterThan(12_000_000)
    const store = open()
    const kept = store.get().customRoutines
    expect(kept.map((r) => r.name)).toEqual(routines.map((r) => r.name))
    for (const r of kept) {
      expect(r.id.length).toBeLessThanOrEqual(ROUTINE_ID_MAX)
      expect(startSessionRequestSchema.safeParse({ routineId: r.id }).success).toBe(true)
      expect(deleteRoutineRequestSchema.safeParse({ id: r.id }).success).toBe(true)
    }
    expect(new Set(kept.map((r) => r.id)).size).toBe(48)
    expect(statSync(file()).size).toBeLessThan(50_000)
    expect(statSync(join(dir, keptFiles()[0]!)).size).toBe(before.length)
    expect(store.problems[0]).toMatch(
      /"Routine 1" of your own routines had an id Limber cannot use, so it was given a new one; the routine itself is kept\./
    )
    expect(
      open()
        .get()
        .customRoutines.map((r) => r.id)
    ).toEqual(kept.map((r) => r.id))
  }, 30_000)

  it('keeps at most 50 routines of its own and says so', () => {
    const routines = Array.from({ length: 53 }, (_, i) => routine(`custom-${i}`, `Routine ${i + 1}`))
    const loaded = migrateProfile(profileWith(PROFILE_VERSION, { customRoutines: routines }))
    expect(loaded.profile.customRoutines).toHaveLength(50)
    expect(loaded.problems).toEqual(['You had more than 50 routines of your own; Limber keeps the first 50.'])
  })

  it('lists each warning sign once, so a planted list of repeats does not stay on disk', () => {
    const loaded = migrateProfile(
      profileWith(PROFILE_VERSION, {
        safety: {
          answeredAt: '2026-03-01T08:00:00.000Z',
          signs: Array.from({ length: 100_000 }, () => 'foot-drop'),
          clearedSignIds: [],
          resumeConfirmations: []
        }
      })
    )
    expect(loaded.profile.safety.signs).toEqual(['foot-drop'])
  })
})

describe('writing only real changes', () => {
  it('does not write the file again for a change that changes nothing', () => {
    const store = open()
    store.update((p) => ({ ...p, flare: true }))
    const written = readFileSync(file(), 'utf8')
    const mtime = statSync(file()).mtimeMs
    // A mark only a rewrite would remove.
    writeFileSync(file(), `${written}\n\n`)
    const touched = readFileSync(file(), 'utf8')
    store.update((p) => ({ ...p, flare: true }))
    // The hand-edited copy is still there: no write happened.
    expect(readFileSync(file(), 'utf8')).toBe(touched)
    expect(statSync(file()).mtimeMs).toBeGreaterThanOrEqual(mtime)
    store.update((p) => ({ ...p, flare: false }))
    expect(onDisk()['flare']).toBe(false)
  })
})
