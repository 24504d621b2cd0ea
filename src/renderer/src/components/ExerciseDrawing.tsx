// An exercise drawing: one panel that moves between the start and end poses, or the two poses side by
// side when the system asks for reduced motion. Built as SVG nodes from our own pose data, themed by CSS.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { drawingTreeFor, type DrawingSide } from '@shared/drawings'
import { prefersStillDrawings, svgElement } from './drawing-dom'
import './ExerciseDrawing.css'

interface Props {
  exerciseId: string
  className?: string
  /** 'auto' (default): moving, or two still panels under reduced motion; 'panels': always the two panels;
   * 'still': the end pose alone, for lists */
  mode?: 'auto' | 'panels' | 'still'
  /** the side being worked; the figure is mirrored for the left */
  side?: DrawingSide
  /** a thumbnail beside the exercise's name: hidden from screen readers, which read the name */
  decorative?: boolean
}

function useReducedMotion(): boolean {
  const [reduced, setReduced] = useState(() => prefersStillDrawings())
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return
    const query = window.matchMedia('(prefers-reduced-motion: reduce)')
    const update = () => setReduced(query.matches)
    query.addEventListener?.('change', update)
    return () => query.removeEventListener?.('change', update)
  }, [])
  return reduced
}

export function ExerciseDrawing({ exerciseId, className, mode = 'auto', side, decorative = false }: Props) {
  const reduced = useReducedMotion()
  const box = useRef<HTMLDivElement>(null)
  const resolved = mode === 'auto' ? (reduced ? 'panels' : 'animated') : mode
  // Built once per drawing: the player re-renders every tick, and the animation must not restart.
  const tree = useMemo(() => drawingTreeFor(exerciseId, { mode: resolved, side }), [exerciseId, resolved, side])
  useLayoutEffect(() => {
    if (!box.current || !tree) return
    const svg = svgElement(tree)
    if (decorative) {
      svg.removeAttribute('role')
      svg.removeAttribute('aria-label')
      svg.querySelector('title')?.remove()
      svg.setAttribute('aria-hidden', 'true')
    }
    box.current.replaceChildren(svg)
  }, [tree, decorative])
  if (!tree) return null
  return <div ref={box} className={`drawing drawing-${resolved} ${className ?? ''}`} />
}
