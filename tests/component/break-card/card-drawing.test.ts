// The drawing on the break card: the same figure as the home window, built as SVG nodes, showing the
// side the timer is on, and two still panels when the system asks for reduced motion.
import { screen } from '@testing-library/dom'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_SETTINGS } from '@shared/app-settings'
import type { BreakSuggestionView } from '@shared/contract'
import { BreakCardView } from '../../../src/renderer/src/break-card/break-card'
import { fakeLimber } from '../../support/fake-limber-api'
import { officeStatus } from '../../support/office-status-fixture'

const glide: BreakSuggestionView = {
  exerciseId: 'seated-nerve-glide',
  name: 'Seated nerve glide',
  dose: { reps: 2, repSeconds: 4, sets: 1, sides: 2, alternate: false, restSeconds: 0 },
  gentler: false
}

let disconnect: (() => void) | undefined

async function mount(reduce: boolean) {
  vi.stubGlobal('matchMedia', (media: string) => ({
    matches: media === '(prefers-reduced-motion: reduce)' && reduce,
    media,
    addEventListener: () => undefined,
    removeEventListener: () => undefined
  }))
  const status = officeStatus({ phase: 'due', sittingMinutes: 25, progress: 1 })
  const fake = fakeLimber({
    'office:get-status': () => status,
    'office:get-break': () => glide,
    'settings:get': () => DEFAULT_SETTINGS,
    'office:act': () => status,
    'window:open-main': () => undefined
  })
  document.body.innerHTML = '<div id="root"></div>'
  disconnect = new BreakCardView(document.getElementById('root')!, fake.api).connect()
  await vi.waitFor(() => expect(screen.getByText('Seated nerve glide')).toBeInTheDocument())
}

beforeEach(() => vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'performance'] }))
afterEach(() => {
  disconnect?.()
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('the break card drawing', () => {
  it('is one image, two still panels under reduced motion, built without markup', async () => {
    await mount(true)
    const img = screen.getByRole('img')
    expect(img.tagName.toLowerCase()).toBe('svg')
    expect(img).toHaveAccessibleName(/knee straightens/)
    expect(img.querySelectorAll('.dr-panel')).toHaveLength(2)
    expect(img.querySelectorAll('animate')).toHaveLength(0)
  })

  it('moves when motion is welcome', async () => {
    await mount(false)
    const img = screen.getByRole('img')
    expect(img.querySelectorAll('.dr-panel')).toHaveLength(0)
    expect(img.querySelectorAll('animate').length).toBeGreaterThan(3)
  })

  it('shows the side the timer is on: the left leg first, then the right after the switch', async () => {
    const user = userEvent.setup({ delay: null })
    await mount(true)
    expect(screen.getByRole('img')).toHaveTextContent('Left leg')
    await user.click(screen.getByRole('button', { name: 'Start' }))
    expect(document.querySelector('.timer-step')).toHaveTextContent(/Left side/)
    expect(screen.getByRole('img')).toHaveTextContent('Left leg')
    vi.advanceTimersByTime(8_500)
    expect(document.querySelector('.timer-step')).toHaveTextContent(/right side/i)
    expect(screen.getByRole('img')).toHaveTextContent('Right leg')
    expect(screen.getByRole('img')).not.toHaveTextContent('Left leg')
  })
})
