import { describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS, applySettingsPatch, appSettingsSchema } from '@shared/app-settings'

describe('player settings', () => {
  it('give ten seconds to get into position and speak cues by default, even for an older settings file', () => {
    const { leadInSeconds: _lead, voiceCues: _voice, ...older } = DEFAULT_SETTINGS.general
    const parsed = appSettingsSchema.parse({ ...DEFAULT_SETTINGS, general: older })
    expect(parsed.general.leadInSeconds).toBe(10)
    expect(parsed.general.voiceCues).toBe(true)
  })

  it('keep their saved values when a patch changes another general setting', () => {
    const current = {
      ...DEFAULT_SETTINGS,
      general: { ...DEFAULT_SETTINGS.general, leadInSeconds: 25, voiceCues: false }
    }
    const result = applySettingsPatch(current, { general: { notifications: false } })
    expect(result.ok && result.settings.general).toMatchObject({
      notifications: false,
      leadInSeconds: 25,
      voiceCues: false
    })
  })

  it('refuse a lead-in longer than a minute, naming the field in plain words', () => {
    const result = applySettingsPatch(DEFAULT_SETTINGS, { general: { leadInSeconds: 90 } })
    expect(result.ok).toBe(false)
    expect(!result.ok && result.errors[0]).toMatch(/^Time to get into position: /)
  })
})
