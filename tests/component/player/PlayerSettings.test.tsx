import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS, applySettingsPatch, type AppSettings } from '@shared/app-settings'
import { SettingsScreen } from '../../../src/renderer/src/screens/SettingsScreen'
import { installFakeLimber } from '../../support/fake-limber-api'
import { officeStatus } from '../../support/office-status-fixture'

function setup() {
  let stored: AppSettings = DEFAULT_SETTINGS
  installFakeLimber({
    'settings:get': () => stored,
    'office:get-status': () => officeStatus(),
    'progress:data-folder': () => ({ path: '/home/ana/.config/Limber/progress', isDefault: true }),
    'settings:update': (patch) => {
      const result = applySettingsPatch(stored, patch)
      if (result.ok) stored = result.settings
      return result
    }
  })
  render(<SettingsScreen />)
  return () => stored
}

describe('Player settings in Settings', () => {
  it('saves a shorter time to get into position and turns the voice off, keyboard only', async () => {
    const user = userEvent.setup()
    const stored = setup()
    const leadIn = await screen.findByLabelText(/time to get into position/i)
    expect(leadIn).toHaveValue(10)
    await user.clear(leadIn)
    await user.type(leadIn, '5')
    await user.click(screen.getByRole('checkbox', { name: /speak those cues/i }))
    await user.click(screen.getByRole('button', { name: 'Save settings' }))
    expect(await screen.findByText('Settings saved.')).toBeInTheDocument()
    expect(stored().general).toMatchObject({ leadInSeconds: 5, voiceCues: false })
  })

  it('refuses a lead-in over a minute with a message naming it, and keeps the saved value', async () => {
    const user = userEvent.setup()
    const stored = setup()
    const leadIn = await screen.findByLabelText(/time to get into position/i)
    await user.clear(leadIn)
    await user.type(leadIn, '120')
    await user.click(screen.getByRole('button', { name: 'Save settings' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Time to get into position')
    expect(stored().general.leadInSeconds).toBe(10)
  })
})
