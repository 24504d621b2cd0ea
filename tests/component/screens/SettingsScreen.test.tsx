import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS, applySettingsPatch, type AppSettings } from '@shared/app-settings'
import type { OfficeStatus } from '@shared/office-status'
import { SettingsScreen } from '../../../src/renderer/src/screens/SettingsScreen'
import { installFakeLimber } from '../../support/fake-limber-api'
import { officeStatus } from '../../support/office-status-fixture'

const status: OfficeStatus = officeStatus()

function setup(overrides: Partial<OfficeStatus> = {}) {
  let stored: AppSettings = DEFAULT_SETTINGS
  const fake = installFakeLimber({
    'settings:get': () => stored,
    'office:get-status': () => ({ ...status, ...overrides }),
    'app:get-info': () => ({ version: '0.1.0', platform: 'linux', dataDir: '/home/ana/.config/Limber' }),
    'progress:data-folder': () => ({ path: '/home/ana/.config/Limber/progress', isDefault: true }),
    'progress:move-data-folder': () => ({
      outcome: 'moved',
      folder: { path: '/home/ana/Sync/limber', isDefault: false },
      files: 3,
      message: 'Your progress log is now in /home/ana/Sync/limber: 3 files were copied and checked.'
    }),
    'settings:update': (patch) => {
      const result = applySettingsPatch(stored, patch)
      if (result.ok) stored = result.settings
      return result
    }
  })
  render(<SettingsScreen />)
  return { fake, stored: () => stored }
}

describe('SettingsScreen', () => {
  it('saves a new sitting limit typed with the keyboard', async () => {
    const user = userEvent.setup()
    const { stored } = setup()
    const limit = await screen.findByLabelText(/remind me to stand up after/i)
    await user.clear(limit)
    await user.type(limit, '40')
    await user.click(screen.getByRole('button', { name: 'Save settings' }))
    expect(await screen.findByText('Settings saved.')).toBeInTheDocument()
    expect(stored().office.sitLimitMinutes).toBe(40)
  })

  it('refuses an impossible value with a message naming the setting, and saves nothing', async () => {
    const user = userEvent.setup()
    const { fake, stored } = setup()
    const snooze = await screen.findByLabelText(/snooze for/i)
    await user.clear(snooze)
    await user.type(snooze, '500')
    await user.click(screen.getByRole('button', { name: 'Save settings' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Snooze length')
    expect(stored().office.snoozeMinutes).toBe(DEFAULT_SETTINGS.office.snoozeMinutes)
    expect(fake.calls.filter((c) => c.channel === 'settings:update')).toHaveLength(0)
  })

  it('turns on work hours with chosen days and saves them', async () => {
    const user = userEvent.setup()
    const { stored } = setup()
    await user.click(await screen.findByLabelText('Only remind me during work hours'))
    await user.click(screen.getByLabelText('Friday'))
    await user.click(screen.getByRole('button', { name: 'Save settings' }))
    await waitFor(() => expect(stored().office.workHours.enabled).toBe(true))
    expect(stored().office.workHours.days).toEqual([1, 2, 3, 4])
  })

  it('explains when the desktop cannot report idle time', async () => {
    setup({ idleSourceReliable: false })
    expect(await screen.findByRole('note')).toHaveTextContent(/counts time on its own/i)
  })

  it('says so, kindly, while the desktop has not yet reported any idle time (Wayland)', async () => {
    setup({ idleSourceVerified: false })
    const note = await screen.findByRole('note', { name: 'Idle time not seen yet' })
    expect(note).toHaveTextContent(/has not yet seen this desktop report idle time/i)
    expect(note).toHaveTextContent(/may be counted as sitting/i)
    expect(note).toHaveTextContent(/locking the screen or putting the computer to sleep still counts as a break/i)
    expect(note).toHaveTextContent(/Take a break now/)
    expect(note).toHaveTextContent(/X11/)
  })

  it('shows no idle-time notice once the desktop has reported idle time', async () => {
    const { fake } = setup({ idleSourceVerified: false })
    await screen.findByRole('note', { name: 'Idle time not seen yet' })
    act(() => fake.emit('office:status', { ...status, idleSourceVerified: true }))
    expect(screen.queryByRole('note')).not.toBeInTheDocument()
  })

  it('says where the data is stored', async () => {
    setup()
    expect(await screen.findByText('/home/ana/.config/Limber/progress')).toBeInTheDocument()
    expect(screen.getByText(/the default folder/)).toBeInTheDocument()
  })

  it('moves the data folder and then shows the new one', async () => {
    const user = userEvent.setup()
    setup()
    await user.click(await screen.findByRole('button', { name: 'Move to another folder…' }))
    expect(await screen.findByText(/3 files were copied and checked/)).toBeInTheDocument()
    expect(screen.getByText('/home/ana/Sync/limber')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Move back to the default folder' })).toBeInTheDocument()
  })
  it('says what is wrong at the field in plain words, marks it, and moves focus to the first one', async () => {
    const user = userEvent.setup()
    const { fake } = setup()
    const limit = await screen.findByLabelText(/remind me to stand up after/i)
    await user.clear(limit)
    const meeting = screen.getByLabelText(/longest meeting/i)
    await user.clear(meeting)
    await user.type(meeting, '500')
    await user.click(screen.getByRole('button', { name: 'Save settings' }))
    expect(limit).toHaveFocus()
    expect(limit).toHaveAttribute('aria-invalid', 'true')
    expect(limit).toHaveAccessibleDescription(/^Enter a whole number from 10 to 120\./)
    expect(meeting).toHaveAccessibleDescription(/^At most 240 minutes\./)
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('Stand-up reminder: Enter a whole number from 10 to 120.')
    expect(alert.textContent).not.toMatch(/Invalid input|expected number|NaN|Too big/)
    expect(fake.calls.filter((c) => c.channel === 'settings:update')).toHaveLength(0)
    await user.type(limit, '30')
    expect(limit).not.toHaveAttribute('aria-invalid')
    expect(screen.getByRole('alert')).not.toHaveTextContent('Stand-up reminder')
  })

  it('offers a free work period, and refuses one that overlaps at its field', async () => {
    const user = userEvent.setup()
    const { stored } = setup()
    await user.click(await screen.findByLabelText('Only remind me during work hours'))
    await user.click(screen.getByRole('button', { name: 'Add a work period' }))
    const start = screen.getByLabelText('Work period 2 from')
    expect(start).toHaveValue('17:30')
    await user.clear(start)
    await user.type(start, '12:00')
    await user.click(screen.getByRole('button', { name: 'Save settings' }))
    expect(start).toHaveFocus()
    expect(start).toHaveAccessibleDescription('Work period 2 overlaps another one. Change its times or remove it.')
    expect(stored().office.workHours.ranges).toHaveLength(1)
  })

  it('refuses work hours with no work day', async () => {
    const user = userEvent.setup()
    const { stored } = setup()
    await user.click(await screen.findByLabelText('Only remind me during work hours'))
    for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])
      await user.click(screen.getByLabelText(day))
    await user.click(screen.getByRole('button', { name: 'Save settings' }))
    expect(screen.getByLabelText('Sunday')).toHaveFocus()
    expect(screen.getByText('Choose at least one work day, or turn work hours off.')).toBeInTheDocument()
    expect(stored().office.workHours.enabled).toBe(false)
  })

  it('asks before leaving with unsaved changes, and stays or saves as chosen', async () => {
    const user = userEvent.setup()
    window.location.hash = '#/settings'
    const { stored } = setup()
    const limit = await screen.findByLabelText(/remind me to stand up after/i)
    // The route follows the hash as the app's does, so a held move can be seen.
    const moves: string[] = []
    const { useRoute } = await import('../../../src/renderer/src/router')
    function RouteProbe() {
      moves.push(useRoute().name)
      return null
    }
    render(<RouteProbe />)
    await user.clear(limit)
    await user.type(limit, '45')
    expect(screen.getByText('You have unsaved changes.')).toBeInTheDocument()
    act(() => {
      window.location.hash = '#/today'
    })
    const dialog = await screen.findByRole('alertdialog', { name: 'Save your changes?' })
    expect(within(dialog).getByRole('button', { name: 'Save and leave' })).toHaveFocus()
    expect(window.location.hash).toBe('#/settings')
    expect(moves.at(-1)).toBe('settings')
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('alertdialog')).toBeNull()
    expect(limit).toHaveValue(45)
    act(() => {
      window.location.hash = '#/today'
    })
    await user.click(await screen.findByRole('button', { name: 'Save and leave' }))
    await waitFor(() => expect(window.location.hash).toBe('#/today'))
    expect(stored().office.sitLimitMinutes).toBe(45)
  })
})
