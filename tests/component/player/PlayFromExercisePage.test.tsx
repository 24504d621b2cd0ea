import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ExerciseScreen } from '../../../src/renderer/src/screens/ExerciseScreen'
import { installFakeLimber } from '../../support/fake-limber-api'
import { homeState } from '../home/home-state-fixture'

describe('Play on an exercise page', () => {
  it('offers to play an exercise allowed today, in the full-window player', async () => {
    installFakeLimber({ 'home:get-state': () => homeState() })
    render(<ExerciseScreen exerciseId="cat-cow" />)
    expect(await screen.findByRole('link', { name: 'Play this exercise' })).toHaveAttribute('href', '#/play/cat-cow')
  })

  it('offers no Play for an exercise not allowed today, and says why instead', async () => {
    installFakeLimber({ 'home:get-state': () => homeState() })
    render(<ExerciseScreen exerciseId="prone-press-up" />)
    expect(
      await screen.findByText(/Only once a check-in shows your pain moving up toward your back/)
    ).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'Play this exercise' })).toBeNull()
  })

  it('offers no Play while exercise advice is paused, not even for walking', async () => {
    const state = homeState()
    installFakeLimber({ 'home:get-state': () => ({ ...state, gating: { ...state.gating, safetyStop: true } }) })
    render(<ExerciseScreen exerciseId="stand-and-walk" />)
    await screen.findByRole('heading', { name: 'How to do it' })
    expect(screen.queryByRole('link', { name: 'Play this exercise' })).toBeNull()
  })
})
