// The exercise drawings by exercise id: SVG markup or an element tree, still or moving, and the words for it.
import { EXERCISE_POSES } from './exercise-poses'
import { drawingTree, sideLabel, type DrawingMode, type DrawingSide, type DrawingSpec } from './scene'
import { toMarkup, type SvgNode } from './svg-tree'

export type { DrawingMode, DrawingSide, DrawingSpec } from './scene'
export type { SvgNode } from './svg-tree'
export { drawingSideAt } from './segment-side'

export interface ExerciseDrawing {
  /**
   * A complete <svg> of two still panels, start and end (viewBox-sized, role="img", with a <title>).
   * Colours are currentColor and CSS classes (see ExerciseDrawing.css); give it a width in CSS. Made on first
   * read from our own pose data, every text escaped, so it is safe to inline.
   */
  svg: string
  /** the same words as the <title>, for an alt attribute or a caption */
  alt: string
}

/** Every drawing by id; each one is built the first time it is read, so a window pays only for what it shows. */
export const DRAWINGS: Readonly<Record<string, ExerciseDrawing>> = Object.freeze(
  Object.defineProperties(
    {},
    Object.fromEntries(
      Object.entries(EXERCISE_POSES).map(([id, spec]) => {
        let built: ExerciseDrawing | undefined
        const get = () => (built ??= { svg: toMarkup(drawingTree(spec, { mode: 'panels' })), alt: spec.alt })
        return [id, { get, enumerable: true }]
      })
    )
  )
) as Readonly<Record<string, ExerciseDrawing>>

/** The drawing for an exercise id, or undefined when there is none. */
export function drawingFor(exerciseId: string): ExerciseDrawing | undefined {
  return Object.hasOwn(EXERCISE_POSES, exerciseId) ? DRAWINGS[exerciseId] : undefined
}

export interface DrawingRequest {
  /** 'animated': one panel moving between start and end; 'panels': start and end side by side (reduced
   * motion); 'still': the end pose alone (lists) */
  mode: DrawingMode
  /** the side being worked: the figure is mirrored for the left */
  side?: DrawingSide
}

/** The drawing as an element tree, for building DOM nodes without markup; undefined for an unknown id. */
export function drawingTreeFor(exerciseId: string, request: DrawingRequest): SvgNode | undefined {
  const spec = Object.hasOwn(EXERCISE_POSES, exerciseId) ? EXERCISE_POSES[exerciseId] : undefined
  return spec ? drawingTree(spec, request) : undefined
}

/** The pose data behind a drawing (tests, and the words of its side marker). */
export function drawingSpecFor(exerciseId: string): DrawingSpec | undefined {
  return Object.hasOwn(EXERCISE_POSES, exerciseId) ? EXERCISE_POSES[exerciseId] : undefined
}

/** "Right leg", "Left arm, right leg": the limbs the drawing marks as working; null when both sides work together. */
export function workingSideLabel(exerciseId: string, side: DrawingSide = 'right'): string | null {
  const spec = drawingSpecFor(exerciseId)
  return spec ? sideLabel(spec, side) : null
}
