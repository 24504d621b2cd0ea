import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { RoutinesScreen } from '../../../src/renderer/src/screens/RoutinesScreen'
import { installFakeLimber } from '../../support/fake-limber-api'
import { homeState } from './home-state-fixture'

describe('RoutinesScreen', () => {
  it('filters to office-safe routines and exercises only, and links to Safety', async () => {
    const user = userEvent.setup()
    installFakeLimber({ 'home:get-state': () => homeState() })
    render(<RoutinesScreen />)
    expect(await screen.findByRole('heading', { name: 'Morning routine' })).toBeInTheDocument()
    await user.click(screen.getByRole('checkbox', { name: /Office-safe only/ }))
    expect(screen.queryByRole('heading', { name: 'Morning routine' })).toBeNull()
    expect(screen.getByRole('heading', { name: 'Stand, then stretch the hips' })).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'Knee to chest' })).toBeNull()
    expect(screen.getAllByRole('link', { name: 'Seated piriformis stretch' }).length).toBeGreaterThan(0)
    expect(screen.getByRole('link', { name: /Safety: warning signs/ })).toHaveAttribute('href', '#/safety')
  })

  it('filters by place: on the floor shows floor routines, not the desk breaks', async () => {
    const user = userEvent.setup()
    installFakeLimber({ 'home:get-state': () => homeState() })
    render(<RoutinesScreen />)
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Place' }), 'floor')
    expect(screen.getByRole('heading', { name: 'Morning routine' })).toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: 'Stand, then stretch the hips' })).toBeNull()
    expect(screen.queryByRole('link', { name: 'Seated piriformis stretch' })).toBeNull()
  })

  it('in flare mode offers Start only on the flare-up routine', async () => {
    const state = homeState({ flare: true })
    installFakeLimber({ 'home:get-state': () => ({ ...state, gating: { ...state.gating, flare: true } }) })
    render(<RoutinesScreen />)
    expect(await screen.findByRole('link', { name: 'Start Flare-up routine' })).toHaveAttribute(
      'href',
      '#/player/flare-up'
    )
    expect(screen.queryByRole('link', { name: 'Start Morning routine' })).toBeNull()
  })

  it('deletes one of your routines only after you confirm', async () => {
    const user = userEvent.setup()
    const mine = {
      id: 'custom-lunch',
      name: 'Lunch stretch',
      kind: 'custom' as const,
      items: [{ exerciseId: 'stand-and-walk' }]
    }
    const fake = installFakeLimber({
      'home:get-state': () => homeState({ customRoutines: [mine] }),
      'home:delete-routine': () => homeState({ customRoutines: [] })
    })
    render(<RoutinesScreen />)
    const answers = [false, true]
    const confirm = vi.spyOn(window, 'confirm').mockImplementation(() => answers.shift() ?? false)
    await user.click(await screen.findByRole('button', { name: 'Delete Lunch stretch' }))
    expect(fake.calls.filter((c) => c.channel === 'home:delete-routine')).toEqual([])
    await user.click(screen.getByRole('button', { name: 'Delete Lunch stretch' }))
    expect(fake.calls.filter((c) => c.channel === 'home:delete-routine').map((c) => c.request)).toEqual([
      { id: 'custom-lunch' }
    ])
    expect(await screen.findByText(/No routines of your own yet/)).toBeInTheDocument()
    expect(confirm).toHaveBeenCalledTimes(2)
    confirm.mockRestore()
  })
})
