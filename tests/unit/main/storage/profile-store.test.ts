import Conf from 'conf'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_PROFILE, PROFILE_VERSION } from '@shared/home/home-profile'
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
    expect(loaded.problems[0]).toMatch(/^"Broken one" of your own routines could not be read/)
  })

  it('keeps what it understands from a newer version and says so', () => {
    const loaded = migrateProfile({ schemaVersion: PROFILE_VERSION + 1, flare: true })
    expect(loaded.profile.flare).toBe(true)
    expect(loaded.problems[0]).toMatch(/newer version of Limber/)
  })
})
