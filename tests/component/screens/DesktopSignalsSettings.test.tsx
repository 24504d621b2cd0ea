import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS, applySettingsPatch, type AppSettings } from '@shared/app-settings'
import type { SignalSourceStatus } from '@shared/desktop-signals'
import { SettingsScreen } from '../../../src/renderer/src/screens/SettingsScreen'
import { installFakeLimber } from '../../support/fake-limber-api'
import { officeStatus } from '../../support/office-status-fixture'

const HERE: SignalSourceStatus[] = [
  { source: 'microphone', state: 'working', active: false, note: 'Reads capture streams from PulseAudio' },
  { source: 'camera', state: 'failed', active: false, note: 'The camera check stopped answering' },
  { source: 'fullscreen', state: 'unavailable', active: false, note: 'Not available on this desktop' },
  { source: 'dnd', state: 'off', active: false, note: 'Reads GNOME notification banners' }
]

function setup(statuses: () => SignalSourceStatus[] | Promise<SignalSourceStatus[]> = () => HERE) {
  let stored: AppSettings = DEFAULT_SETTINGS
  installFakeLimber({
    'settings:get': () => stored,
    'office:get-status': () => officeStatus(),
    'office:signal-statuses': statuses,
    'app:get-info': () => ({ version: '0.1.0', platform: 'linux', dataDir: '/home/ana/.config/Limber' }),
    'progress:data-folder': () => ({ path: '/home/ana/.config/Limber/progress', isDefault: true }),
    'settings:update': (patch) => {
      const result = applySettingsPatch(stored, patch)
      if (result.ok) stored = result.settings
      return result
    }
  })
  render(<SettingsScreen />)
  return { stored: () => stored }
}

describe('Settings: calls and presentations', () => {
  it('says per source what works on this computer, and that nothing leaves it', async () => {
    setup()
    const list = await screen.findByRole('list', { name: 'On this computer' })
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent)
    ).toEqual([
      'Microphone: detected',
      'Camera: stopped working (the camera check stopped answering); Limber no longer checks it',
      'Fullscreen: not available on this desktop',
      'Do Not Disturb: off'
    ])
    expect(screen.getByText(/checked on this computer only\. Nothing is recorded or sent anywhere/)).toBeInTheDocument()
  })

  it('saves a reason switched off and a shorter cap, typed with the keyboard', async () => {
    const user = userEvent.setup()
    const { stored } = setup()
    await user.click(await screen.findByRole('checkbox', { name: /present or another app is fullscreen/ }))
    const cap = screen.getByLabelText(/stop waiting after/i)
    await user.clear(cap)
    await user.type(cap, '45')
    await user.click(screen.getByRole('button', { name: 'Save settings' }))
    expect(await screen.findByText('Settings saved.')).toBeInTheDocument()
    expect(stored().office.desktopSignals).toEqual({ call: true, presenting: false, dnd: true, capMinutes: 45 })
  })

  it('refuses a cap out of range with a message naming it', async () => {
    const user = userEvent.setup()
    const { stored } = setup()
    const cap = await screen.findByLabelText(/stop waiting after/i)
    await user.clear(cap)
    await user.type(cap, '5')
    await user.click(screen.getByRole('button', { name: 'Save settings' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Longest automatic hold')
    // Marked and focused at the field, like every other setting.
    expect(cap).toHaveAttribute('aria-invalid', 'true')
    expect(cap).toHaveFocus()
    expect(stored().office.desktopSignals.capMinutes).toBe(90)
  })

  it('says plainly when this computer offers no signals at all', async () => {
    setup(() => Promise.reject(new Error('no channel')))
    expect(await screen.findByText(/cannot notice calls or presentations on this computer/)).toBeInTheDocument()
  })
})
