// The exercise drawings by exercise id: an SVG string (currentColor only) and its text alternative.
import { EXERCISE_POSES } from './exercise-poses'
import { renderDrawing } from './stick-figure'

export interface ExerciseDrawing {
  /**
   * A complete <svg> (viewBox-sized, role="img", with a <title>). Inline it so it takes the surrounding
   * text colour; give it a width in CSS. Made once at import; the markup is our own, so it is safe to inline.
   */
  svg: string
  /** the same words as the <title>, for an alt attribute or a caption */
  alt: string
}

export const DRAWINGS: Readonly<Record<string, ExerciseDrawing>> = Object.fromEntries(
  Object.entries(EXERCISE_POSES).map(([id, spec]) => [id, { svg: renderDrawing(spec), alt: spec.alt }])
)

/** The drawing for an exercise id, or undefined when there is none. */
export function drawingFor(exerciseId: string): ExerciseDrawing | undefined {
  return DRAWINGS[exerciseId]
}
