// Settings files from before issue 15 load with the desktop-signal settings at their defaults, and a bad one resets alone.
import Conf from 'conf'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS } from '@shared/app-settings'
import { DEFAULT_DESKTOP_SIGNALS_SETTINGS } from '@shared/office-settings'
import { SETTINGS_FILE_OPTIONS, SETTINGS_VERSION, openSettings } from '../../../../src/main/storage/settings-store'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'limber-signals-settings-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const file = () => join(dir, 'settings.json')
const open = () =>
  openSettings(
    () =>
      new Conf<Record<string, unknown>>({
        cwd: dir,
        configName: 'settings',
        projectName: 'limber-test',
        ...SETTINGS_FILE_OPTIONS
      }),
    file(),
    new Date('2026-03-02T09:00:00Z')
  )

/** Today's settings file as an older Limber wrote it: no desktopSignals in the office section. */
function olderFile(office: Record<string, unknown> = {}): void {
  const { desktopSignals: _dropped, ...oldOffice } = DEFAULT_SETTINGS.office
  writeFileSync(
    file(),
    JSON.stringify({
      schemaVersion: SETTINGS_VERSION,
      ...DEFAULT_SETTINGS,
      office: { ...oldOffice, sitLimitMinutes: 40, ...office }
    })
  )
}

describe('desktop-signal settings on disk', () => {
  it('load from a file written before they existed, at their defaults, keeping the rest', () => {
    olderFile()
    const settings = open()
    expect(settings.get().office.desktopSignals).toEqual(DEFAULT_DESKTOP_SIGNALS_SETTINGS)
    expect(settings.get().office.sitLimitMinutes).toBe(40)
  })

  it('reset alone when the file holds an impossible cap, and the user is told', () => {
    olderFile({ desktopSignals: { call: false, presenting: true, dnd: true, capMinutes: 5 } })
    const settings = open()
    expect(settings.get().office.desktopSignals).toEqual(DEFAULT_DESKTOP_SIGNALS_SETTINGS)
    expect(settings.get().office.sitLimitMinutes).toBe(40)
    expect(settings.problems.join(' ')).not.toBe('')
  })
})
