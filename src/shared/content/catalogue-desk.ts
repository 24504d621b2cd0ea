// The office-safe half of the catalogue: exercises done in a chair, beside the desk or anywhere.
import type { Exercise } from './exercise-schema'

export const DESK_EXERCISES: Exercise[] = [
  {
    id: 'seated-piriformis',
    name: 'Seated piriformis stretch',
    place: 'desk-seated',
    officeSafe: true,
    kind: 'stretch',
    dose: {
      reps: 1,
      holdSeconds: 45,
      repSeconds: 5,
      sets: 1,
      sides: 2,
      alternate: false,
      timesPerDay: 3,
      restSeconds: 0
    },
    steps: [
      'Sit near the front of your chair with both feet flat.',
      'Rest one ankle across the opposite knee.',
      'Keep your back long and tip forward from the hips until the buttock stretches.',
      'Hold and breathe, then sit up and swap legs.'
    ],
    feel: 'A gentle stretch deep in the buttock of the crossed leg.',
    precautions: [
      'Lean from your hips; do not curl your back to get further.',
      'Keep it gentle; ease off if your knee or hip complains.',
      'Had a hip replacement? Ask your surgeon or physio before crossing your legs.'
    ],
    breathing: 'Breathe slowly; let each breath out soften the stretch.',
    gentlerVariant: {
      text: 'Cross the leg and simply sit tall, without leaning forward.',
      dose: { reps: 1, holdSeconds: 30, repSeconds: 5, sets: 1, sides: 2, alternate: false, restSeconds: 0 }
    },
    gating: 'none',
    unlocksInPhase: 1
  },
  {
    id: 'seated-pigeon',
    name: 'Seated pigeon',
    place: 'desk-seated',
    officeSafe: true,
    kind: 'stretch',
    dose: { reps: 1, holdSeconds: 30, repSeconds: 5, sets: 1, sides: 2, alternate: false, restSeconds: 0 },
    steps: [
      'Sit tall and rest one ankle on the opposite thigh.',
      'Lay a hand on the raised knee and let it sink a little, without forcing.',
      'Bring your chest forward over the shin, keeping your back flat.',
      'Hold, come back up slowly, and change sides.'
    ],
    feel: 'A deep stretch in the buttock and outer hip of the raised leg.',
    precautions: [
      'Keep your back flat; do not round it.',
      'Never push the knee down hard.',
      'Had a hip replacement? Ask your surgeon or physio before crossing your legs.'
    ],
    breathing: 'Breathe slowly and evenly throughout the hold.',
    gentlerVariant: {
      text: 'Keep your chest upright and let the knee rest where it falls.',
      dose: { reps: 1, holdSeconds: 20, repSeconds: 5, sets: 1, sides: 2, alternate: false, restSeconds: 0 }
    },
    gating: 'none',
    unlocksInPhase: 1
  },
  {
    id: 'standing-hamstring',
    name: 'Standing hamstring stretch',
    place: 'desk-standing',
    officeSafe: true,
    kind: 'stretch',
    dose: { reps: 1, holdSeconds: 30, repSeconds: 5, sets: 1, sides: 2, alternate: false, restSeconds: 0 },
    steps: [
      'Stand tall and rest one heel on the floor a small step ahead (or on a low step), toes up.',
      'Keep that knee slightly soft.',
      'Hinge forward from your hips, back flat, until the back of the thigh stretches.',
      'Hold, stand up tall again, and switch legs.'
    ],
    feel: 'A mild stretch along the back of the raised thigh.',
    precautions: ['Do not reach for your toes.', 'Stop if tingling or pain travels down the leg.'],
    breathing: 'Breathe slowly; do not hold your breath.',
    gentlerVariant: {
      text: 'Keep the heel on the floor just ahead and your chest upright.',
      dose: { reps: 1, holdSeconds: 20, repSeconds: 5, sets: 1, sides: 2, alternate: false, restSeconds: 0 }
    },
    gating: 'none',
    unlocksInPhase: 1
  },
  {
    id: 'pelvic-tilt-seated',
    name: 'Pelvic tilts, seated',
    place: 'desk-seated',
    officeSafe: true,
    kind: 'mobility',
    dose: { reps: 15, repSeconds: 5, sets: 1, sides: 1, alternate: false, timesPerDay: 2, restSeconds: 0 },
    steps: [
      'Sit tall near the front of your chair, feet flat, hands on your thighs.',
      'Breathe out, tighten your belly and roll your pelvis back so your low back flattens.',
      'Breathe in and roll forward to sit tall again.',
      'Keep your shoulders still and the movement small.'
    ],
    feel: 'Your belly working gently and your low back easing.',
    precautions: ['Move only as far as is comfortable.'],
    breathing: 'Breathe out on the tilt, in as you return.',
    gentlerVariant: {
      text: 'Make the roll very small, just enough to feel your belly tighten.',
      dose: { reps: 8, repSeconds: 5, sets: 1, sides: 1, alternate: false, restSeconds: 0 }
    },
    gating: 'none',
    unlocksInPhase: 1,
    variantOf: 'pelvic-tilt'
  },
  {
    id: 'cat-cow-seated',
    name: 'Cat-cow, seated',
    place: 'desk-seated',
    officeSafe: true,
    kind: 'mobility',
    dose: { reps: 10, repSeconds: 8, sets: 1, sides: 1, alternate: false, timesPerDay: 3, restSeconds: 0 },
    steps: [
      'Sit near the front of your chair with your hands on your knees.',
      'Breathe out, round your back and let your chin drop.',
      'Breathe in, lift your chest and arch gently.',
      'Keep the movement slow and easy.'
    ],
    feel: 'Your whole spine loosening, with no pinching.',
    precautions: ['Stay within comfort; skip the arch if it pinches.'],
    breathing: 'Breathe out as you round, in as you lift.',
    gentlerVariant: {
      text: 'Move through a smaller range, mostly the rounding part.',
      dose: { reps: 5, repSeconds: 8, sets: 1, sides: 1, alternate: false, restSeconds: 0 }
    },
    gating: 'none',
    unlocksInPhase: 1,
    variantOf: 'cat-cow'
  },
  {
    id: 'standing-back-extension',
    name: 'Standing back extension',
    place: 'desk-standing',
    officeSafe: true,
    kind: 'mobility',
    dose: { reps: 5, repSeconds: 5, sets: 1, sides: 1, alternate: false, restSeconds: 0 },
    steps: [
      'Stand with your feet hip-width apart and your hands on the back of your hips.',
      'Lean back gently from the waist, keeping your knees straight.',
      'Pause, then come back to upright.',
      'Keep the movement small and smooth.'
    ],
    feel: 'Leg pain easing or moving up toward your back is a good sign.',
    precautions: [
      'Only while your pain is moving up toward your spine.',
      'Stop at once if pain spreads further down your leg.'
    ],
    breathing: 'Breathe out as you lean back, in as you return.',
    gentlerVariant: {
      text: 'Lean back only a little, just a few degrees.',
      dose: { reps: 3, repSeconds: 5, sets: 1, sides: 1, alternate: false, restSeconds: 0 }
    },
    gating: 'centralizing-only',
    unlocksInPhase: 1
  },
  {
    id: 'seated-nerve-glide',
    name: 'Seated nerve glide',
    place: 'desk-seated',
    officeSafe: true,
    kind: 'nerve-glide',
    dose: { reps: 10, repSeconds: 4, sets: 1, sides: 2, alternate: false, timesPerDay: 2, restSeconds: 0 },
    steps: [
      'Sit tall near the front of your chair.',
      'Slowly straighten one knee as you tip your head back to look up.',
      'Then bend the knee and bring your chin down.',
      'Keep it smooth, like a slow swing, then do the other leg.'
    ],
    feel: 'A light, easy movement in the leg; at most a brief mild pull.',
    precautions: ['Glide, never stretch hard.', 'Stop if tingling or numbness grows.'],
    breathing: 'Breathe easily throughout.',
    gentlerVariant: {
      text: 'Straighten the knee only halfway and keep your head level.',
      dose: { reps: 5, repSeconds: 4, sets: 1, sides: 2, alternate: false, restSeconds: 0 }
    },
    gating: 'none',
    unlocksInPhase: 1
  },
  {
    id: 'stand-and-walk',
    name: 'Stand up and walk',
    place: 'anywhere',
    officeSafe: true,
    kind: 'walk',
    dose: { reps: 1, durationSeconds: 120, repSeconds: 0, sets: 1, sides: 1, alternate: false, restSeconds: 0 },
    steps: [
      'Stand up slowly, pushing through your legs.',
      'Walk around: to the window, the kitchen or down the corridor.',
      'Stand tall and let your arms swing.'
    ],
    feel: 'Your back and hips loosening as you move.',
    precautions: ['Go at an easy pace; you should be able to talk.'],
    gentlerVariant: {
      text: 'Stand up, shift your weight and take a few easy steps.',
      dose: { reps: 1, durationSeconds: 60, repSeconds: 0, sets: 1, sides: 1, alternate: false, restSeconds: 0 }
    },
    gating: 'none',
    unlocksInPhase: 1
  }
]
