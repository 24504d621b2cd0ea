// The built-in routines as data. Desk breaks hold office-safe exercises only; the others are for home.
import type { Routine } from './routine-schema'

export const FLARE_ROUTINE_ID = 'flare-up'

/** Short breaks for the office, 60-120 s each, every exercise office-safe. Doses are pinned to fit. */
export const DESK_BREAK_ROUTINES: readonly Routine[] = [
  {
    id: 'desk-stand-piriformis',
    name: 'Stand, then stretch the hips',
    kind: 'desk-break',
    summary: 'Half a minute on your feet, then a seated buttock stretch.',
    items: [
      { exerciseId: 'stand-and-walk', dose: { durationSeconds: 30 } },
      { exerciseId: 'seated-piriformis', dose: { holdSeconds: 30 } }
    ]
  },
  {
    id: 'desk-hamstring-glide',
    name: 'Hamstrings and nerve glide',
    kind: 'desk-break',
    summary: 'A standing thigh stretch, then an easy glide for the sciatic nerve.',
    items: [
      { exerciseId: 'standing-hamstring', dose: { holdSeconds: 20 } },
      { exerciseId: 'seated-nerve-glide', dose: { reps: 6 } }
    ]
  },
  {
    id: 'desk-tilt-walk',
    name: 'Tilts and a walk to the window',
    kind: 'desk-break',
    summary: 'Seated pelvic tilts, then a minute on your feet.',
    items: [
      { exerciseId: 'pelvic-tilt-seated', dose: { reps: 8 } },
      { exerciseId: 'stand-and-walk', dose: { durationSeconds: 60 } }
    ]
  },
  {
    id: 'desk-cat-cow-walk',
    name: 'Seated cat-cow and a stroll',
    kind: 'desk-break',
    summary: 'Loosen the whole spine in your chair, then walk for a minute.',
    items: [
      { exerciseId: 'cat-cow-seated', dose: { reps: 5 } },
      { exerciseId: 'stand-and-walk', dose: { durationSeconds: 60 } }
    ]
  }
]

export const HOME_ROUTINES: readonly Routine[] = [
  {
    id: 'morning',
    name: 'Morning routine',
    kind: 'morning',
    summary: 'Before breakfast, to ease morning stiffness.',
    items: [
      // Skipped unless the latest check-in says the pain is centralizing (see routine-plan).
      { exerciseId: 'prone-press-up' },
      { exerciseId: 'knee-to-chest' },
      { exerciseId: 'pelvic-tilt' },
      { exerciseId: 'cat-cow' }
    ]
  },
  {
    id: 'core',
    name: 'Core routine',
    kind: 'core',
    summary: 'Steady strength work for your trunk and hips.',
    availableFromPhase: 3,
    items: [
      { exerciseId: 'bridging' },
      { exerciseId: 'bird-dog' },
      { exerciseId: 'partial-curl' },
      { exerciseId: 'pelvic-tilt' }
    ]
  },
  {
    id: 'stretch-and-strength',
    name: 'Stretches, hips and strength',
    kind: 'core',
    summary: 'Weeks 5 to 8: a shorter round of stretches and hip work, then the new strength exercises.',
    availableFromPhase: 3,
    items: [
      { exerciseId: 'knee-to-chest', dose: { reps: 2 } },
      { exerciseId: 'figure-4' },
      { exerciseId: 'cat-cow', dose: { reps: 6 } },
      { exerciseId: 'bridging' },
      { exerciseId: 'bird-dog' },
      { exerciseId: 'partial-curl' }
    ]
  },
  {
    id: 'evening',
    name: 'Full evening routine',
    kind: 'evening',
    summary: 'Stretches, then strength, then a short walk.',
    items: [
      { exerciseId: 'figure-4' },
      { exerciseId: 'standing-hamstring' },
      { exerciseId: 'cat-cow' },
      { exerciseId: 'bridging' },
      { exerciseId: 'bird-dog' },
      { exerciseId: 'partial-curl' },
      { exerciseId: 'stand-and-walk', dose: { durationSeconds: 180 } }
    ]
  },
  {
    id: FLARE_ROUTINE_ID,
    name: 'Flare-up routine',
    kind: 'flare',
    summary: 'A few gentle minutes for a bad day.',
    note:
      'Ice can help first: a cold pack in a thin towel, 10 to 15 minutes. Heat often feels better later. ' +
      'Never put ice or heat on skin that feels numb.',
    items: [
      { exerciseId: 'knee-to-chest' },
      { exerciseId: 'pelvic-tilt' },
      { exerciseId: 'stand-and-walk', dose: { durationSeconds: 240 } }
    ]
  }
]

export const BUILT_IN_ROUTINES: readonly Routine[] = [...DESK_BREAK_ROUTINES, ...HOME_ROUTINES]

export function findBuiltInRoutine(id: string): Routine | undefined {
  return BUILT_IN_ROUTINES.find((r) => r.id === id)
}
