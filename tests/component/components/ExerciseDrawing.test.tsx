import { act, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { drawingSpecFor } from '@shared/drawings'
import { ExerciseDrawing } from '../../../src/renderer/src/components/ExerciseDrawing'

/** A system that answers the reduced-motion query, and can change its mind like the real one. */
function systemAsking(reduce: boolean) {
  const listeners = new Set<() => void>()
  const query = {
    get matches() {
      return reduce
    },
    media: '(prefers-reduced-motion: reduce)',
    addEventListener: (_: string, l: () => void) => listeners.add(l),
    removeEventListener: (_: string, l: () => void) => listeners.delete(l)
  }
  vi.stubGlobal('matchMedia', (media: string) => {
    if (media !== '(prefers-reduced-motion: reduce)') throw new Error(`unexpected media query ${media}`)
    return query
  })
  return {
    set(next: boolean) {
      reduce = next
      act(() => listeners.forEach((l) => l()))
    }
  }
}

const panels = (root: Element) => root.querySelectorAll('.dr-panel')
const animations = (root: Element) => root.querySelectorAll('animate')

afterEach(() => vi.unstubAllGlobals())

describe('ExerciseDrawing', () => {
  it('shows the start and end as two still panels when the system asks for reduced motion', () => {
    systemAsking(true)
    render(<ExerciseDrawing exerciseId="prone-press-up" className="player-drawing" />)
    const img = screen.getByRole('img')
    expect(img).toHaveAccessibleName(drawingSpecFor('prone-press-up')!.alt)
    expect(panels(img)).toHaveLength(2)
    expect(img.querySelector('.dr-panel-start')).not.toBeNull()
    expect(img.querySelector('.dr-panel-end')).not.toBeNull()
    expect(animations(img)).toHaveLength(0)
    expect(img.closest('.drawing')).toHaveClass('player-drawing')
  })

  it('moves smoothly in one panel otherwise, and turns still as soon as the system asks', () => {
    const system = systemAsking(false)
    render(<ExerciseDrawing exerciseId="figure-4" />)
    const moving = screen.getByRole('img')
    expect(panels(moving)).toHaveLength(0)
    expect(animations(moving).length).toBeGreaterThan(3)
    system.set(true)
    const still = screen.getByRole('img')
    expect(panels(still)).toHaveLength(2)
    expect(animations(still)).toHaveLength(0)
  })

  it('stays still where the system cannot say (no matchMedia)', () => {
    vi.stubGlobal('matchMedia', undefined)
    render(<ExerciseDrawing exerciseId="bridging" />)
    expect(panels(screen.getByRole('img'))).toHaveLength(2)
  })

  it('marks the side being worked, mirrored for the left', () => {
    systemAsking(true)
    const { rerender } = render(<ExerciseDrawing exerciseId="seated-nerve-glide" />)
    expect(screen.getByRole('img')).toHaveTextContent('Right leg')
    rerender(<ExerciseDrawing exerciseId="seated-nerve-glide" side="left" />)
    expect(screen.getByRole('img')).toHaveTextContent('Left leg')
    expect(screen.getByRole('img')).not.toHaveTextContent('Right leg')
  })

  it('draws the end pose alone for lists, and nothing for an unknown exercise', () => {
    systemAsking(false)
    const { container, rerender } = render(<ExerciseDrawing exerciseId="cat-cow" mode="still" />)
    expect(animations(screen.getByRole('img'))).toHaveLength(0)
    expect(panels(screen.getByRole('img'))).toHaveLength(0)
    rerender(<ExerciseDrawing exerciseId="no-such-exercise" />)
    expect(container).toBeEmptyDOMElement()
  })
})
