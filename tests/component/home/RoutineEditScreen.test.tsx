import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { validateCustomRoutine } from '@shared/content/routine-editing'
import type { Routine } from '@shared/content/routine-schema'
import { RoutineEditScreen } from '../../../src/renderer/src/screens/RoutineEditScreen'
import { installFakeLimber } from '../../support/fake-limber-api'
import { homeState } from './home-state-fixture'

const mine: Routine = {
  id: 'custom-lunch',
  name: 'Lunch stretch',
  kind: 'custom',
  items: [{ exerciseId: 'seated-piriformis' }, { exerciseId: 'standing-hamstring' }, { exerciseId: 'stand-and-walk' }]
}

function setup(routineId: string | null) {
  const saved: unknown[] = []
  installFakeLimber({
    'home:get-state': () => homeState({ customRoutines: [mine] }),
    // Main's answer, from the same validation main runs.
    'home:save-routine': (request) => {
      saved.push(request)
      const result = validateCustomRoutine({ id: 'custom-new', kind: 'custom', ...(request as object) })
      return result.ok ? { ok: true, routines: [result.value] } : { ok: false, errors: result.errors }
    }
  })
  render(<RoutineEditScreen routineId={routineId} />)
  return saved
}

const order = () =>
  within(screen.getByRole('list'))
    .getAllByRole('listitem')
    .map((li) => li.querySelector('span')?.textContent)

describe('RoutineEditScreen', () => {
  it('builds a new routine: name, add two exercises, move the second up, save', async () => {
    const user = userEvent.setup()
    const saved = setup(null)
    await user.type(await screen.findByLabelText('Name'), 'Desk reset')
    const picker = screen.getByRole('combobox', { name: 'Exercise to add' })
    await user.selectOptions(picker, 'seated-nerve-glide')
    await user.click(screen.getByRole('button', { name: 'Add exercise' }))
    await user.selectOptions(picker, 'stand-and-walk')
    await user.click(screen.getByRole('button', { name: 'Add exercise' }))
    await user.click(screen.getByRole('button', { name: /Move Stand up and walk up/ }))
    expect(order()).toEqual(['Stand up and walk', 'Seated nerve glide'])
    await user.click(screen.getByRole('button', { name: 'Save routine' }))
    expect(saved).toEqual([
      { name: 'Desk reset', items: [{ exerciseId: 'stand-and-walk' }, { exerciseId: 'seated-nerve-glide' }] }
    ])
  })

  it('renames and trims an existing routine, keeping its id', async () => {
    const user = userEvent.setup()
    const saved = setup('custom-lunch')
    const name = await screen.findByLabelText('Name')
    await user.clear(name)
    await user.type(name, 'Short lunch stretch')
    await user.click(screen.getByRole('button', { name: 'Remove Standing hamstring stretch' }))
    await user.click(screen.getByRole('button', { name: 'Save routine' }))
    expect(saved).toEqual([
      {
        id: 'custom-lunch',
        name: 'Short lunch stretch',
        items: [{ exerciseId: 'seated-piriformis' }, { exerciseId: 'stand-and-walk' }]
      }
    ])
  })

  it('shows main’s reasons when a routine cannot be saved, and keeps what was typed', async () => {
    const user = userEvent.setup()
    setup(null)
    await screen.findByLabelText('Name')
    await user.click(screen.getByRole('button', { name: 'Save routine' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The routine was not saved')
    expect(within(alert).getAllByRole('listitem').length).toBeGreaterThan(0)
  })
})
