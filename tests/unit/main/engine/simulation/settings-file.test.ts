import { describe, expect, it } from 'vitest'
import { DEFAULT_OFFICE_SETTINGS } from '../../../../../src/shared/office-settings'
import { SettingsFileError, parseSettingsOverrides } from '../../../../../src/main/engine/simulation/settings-file'

function reasonOf(text: string): string {
  try {
    parseSettingsOverrides(text)
  } catch (error) {
    if (error instanceof SettingsFileError) return error.reason
    throw error
  }
  return 'accepted'
}

describe('the simulator settings file', () => {
  it('merges a partial file onto the defaults, work hours field by field', () => {
    expect(parseSettingsOverrides('{"sitLimitMinutes": 30, "workHours": {"enabled": true}}')).toEqual({
      ...DEFAULT_OFFICE_SETTINGS,
      sitLimitMinutes: 30,
      workHours: { ...DEFAULT_OFFICE_SETTINGS.workHours, enabled: true }
    })
  })

  it('refuses values the app would refuse, saying which and why', () => {
    expect(reasonOf('{"sitLimitMinutes": 5}')).toMatch(/sitLimitMinutes: At least 10 minutes/)
    expect(reasonOf('{"workHours": {"ranges": [{"start": "17:00", "end": "09:00"}]}}')).toMatch(/workHours\.ranges/)
  })

  it('refuses misspelt names, broken JSON and non-objects', () => {
    expect(reasonOf('{"sitLimitMinute": 30}')).toMatch(/unknown setting "sitLimitMinute"/)
    expect(reasonOf('{"sitLimitMinutes": ')).toMatch(/not valid JSON/)
    expect(reasonOf('[]')).toMatch(/JSON object/)
  })
})
