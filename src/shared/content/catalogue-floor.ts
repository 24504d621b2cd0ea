// The floor half of the catalogue: exercises for home, on a mat or carpet. None of them is office-safe.
import type { Exercise } from './exercise-schema'

const STRENGTH_BREATHING = 'Breathe out as you lift, in as you lower. Never hold your breath.'

export const FLOOR_EXERCISES: Exercise[] = [
  {
    id: 'knee-to-chest',
    name: 'Knee to chest',
    place: 'floor',
    officeSafe: false,
    kind: 'stretch',
    dose: { reps: 3, holdSeconds: 30, repSeconds: 6, sets: 1, sides: 2, alternate: true, restSeconds: 0 },
    steps: [
      'Lie on your back with both knees bent and feet flat.',
      'Hold behind one thigh and draw that knee slowly toward your chest.',
      'Stop at a mild pull in the buttock and hold.',
      'Lower the leg slowly, then do the other side.'
    ],
    feel: 'A mild pull in the buttock, and nowhere else.',
    precautions: [
      'Never yank the knee: pulling hard can set off spasms.',
      'Stop if pain shoots down your leg.',
      'Had a hip replacement? Ask your surgeon or physio before deep hip bends.',
      'Pregnant? Ask your midwife or physio; later on, skip lying flat on your back.'
    ],
    breathing: 'Breathe slowly; let each breath out soften the stretch.',
    gentlerVariant: {
      text: 'Bring the knee only halfway, hands behind the thigh.',
      dose: { reps: 2, holdSeconds: 15, repSeconds: 6, sets: 1, sides: 2, alternate: true, restSeconds: 0 }
    },
    gating: 'none',
    unlocksInPhase: 1
  },
  {
    id: 'figure-4',
    name: 'Figure-4 stretch',
    place: 'floor',
    officeSafe: false,
    kind: 'stretch',
    dose: { reps: 1, holdSeconds: 30, repSeconds: 5, sets: 1, sides: 2, alternate: false, restSeconds: 0 },
    steps: [
      'Lie on your back with both knees bent.',
      'Cross one ankle over the opposite knee.',
      'Hold behind the lower thigh and draw both legs gently toward you.',
      'Hold, lower slowly, and change sides.'
    ],
    feel: 'A stretch deep in the buttock of the crossed leg.',
    precautions: [
      'Stop if your knee hurts.',
      'Keep your head and shoulders on the floor.',
      'Had a hip replacement? Ask your surgeon or physio before crossing your legs.',
      'Pregnant? Ask your midwife or physio; later on, skip lying flat on your back.'
    ],
    breathing: 'Breathe slowly and evenly throughout the hold.',
    gentlerVariant: {
      text: 'Leave the lower foot on the floor and let the crossed knee fall open.',
      dose: { reps: 1, holdSeconds: 20, repSeconds: 5, sets: 1, sides: 2, alternate: false, restSeconds: 0 }
    },
    gating: 'none',
    unlocksInPhase: 1
  },
  {
    id: 'pelvic-tilt',
    name: 'Pelvic tilts',
    place: 'floor',
    officeSafe: false,
    kind: 'mobility',
    dose: { reps: 15, repSeconds: 5, sets: 1, sides: 1, alternate: false, timesPerDay: 2, restSeconds: 0 },
    steps: [
      'Lie on your back, knees bent, feet flat.',
      'Breathe out, tighten your belly and press your low back gently into the floor.',
      'Relax and let your back return to its natural curve.',
      'Keep your buttocks and shoulders relaxed.'
    ],
    feel: 'Your belly working gently and your low back easing.',
    precautions: ['Keep the movement small; no lifting of the hips.'],
    breathing: 'Breathe out on the tilt, in as you relax.',
    gentlerVariant: {
      text: 'Make the tilt very small, just enough to feel your belly tighten.',
      dose: { reps: 8, repSeconds: 5, sets: 1, sides: 1, alternate: false, restSeconds: 0 }
    },
    gating: 'none',
    unlocksInPhase: 1
  },
  {
    id: 'cat-cow',
    name: 'Cat-cow',
    place: 'floor',
    officeSafe: false,
    kind: 'mobility',
    dose: { reps: 10, repSeconds: 8, sets: 1, sides: 1, alternate: false, timesPerDay: 3, restSeconds: 0 },
    steps: [
      'Start on hands and knees: hands under shoulders, knees under hips.',
      'Breathe out and round your back up, letting your head hang.',
      'Breathe in and let your belly sink gently as you look ahead.',
      'Move slowly and only as far as is comfortable.'
    ],
    feel: 'Your whole spine loosening, with no pinching.',
    precautions: ['Stay within comfort; skip the sinking part if it pinches.'],
    breathing: 'Breathe out as you round, in as you sink.',
    gentlerVariant: {
      text: 'Move through a smaller range, mostly the rounding part.',
      dose: { reps: 5, repSeconds: 8, sets: 1, sides: 1, alternate: false, restSeconds: 0 }
    },
    gating: 'none',
    unlocksInPhase: 1
  },
  {
    id: 'prone-on-elbows',
    name: 'Prone on elbows',
    place: 'floor',
    officeSafe: false,
    kind: 'mobility',
    dose: {
      reps: 1,
      holdSeconds: 120,
      holdCapSeconds: 120,
      repSeconds: 10,
      sets: 1,
      sides: 1,
      alternate: false,
      restSeconds: 0
    },
    steps: [
      'Lie on your stomach; put a pillow under your hips if that feels better.',
      'Come up onto your forearms, elbows under your shoulders.',
      'Let your hips and low back sag and relax.',
      'Stay up to 2 minutes, then lower yourself slowly.'
    ],
    feel: 'Leg pain easing or moving up toward your back is a good sign.',
    precautions: [
      'Only while your pain is moving up toward your spine.',
      'Stop at once if pain spreads further down your leg.',
      'Pregnant? Skip lying on your front and ask your midwife or physio instead.'
    ],
    breathing: 'Breathe slowly and let your belly relax.',
    gentlerVariant: {
      text: 'Lie flat on your stomach with a pillow under your hips, resting on your forearms only briefly.',
      dose: { reps: 1, holdSeconds: 30, repSeconds: 10, sets: 1, sides: 1, alternate: false, restSeconds: 0 }
    },
    gating: 'centralizing-only',
    unlocksInPhase: 1
  },
  {
    id: 'prone-press-up',
    name: 'Prone press-up',
    place: 'floor',
    officeSafe: false,
    kind: 'mobility',
    dose: { reps: 10, repSeconds: 6, sets: 1, sides: 1, alternate: false, timesPerDay: 1, restSeconds: 0 },
    steps: [
      'Lie on your stomach with your hands flat under your shoulders.',
      'Press up slowly, straightening your arms only as far as is comfortable.',
      'Keep your hips and legs heavy on the floor.',
      'Pause briefly, then lower slowly.'
    ],
    feel: 'Leg pain easing or moving up toward your back is a good sign.',
    precautions: [
      'Only while your pain is moving up toward your spine.',
      'Your hips stay down; stop if pain spreads down your leg.',
      'Pregnant? Skip lying on your front and ask your midwife or physio instead.'
    ],
    breathing: 'Breathe out as you press up, in as you lower.',
    bestTime: 'Soon after waking',
    gentlerVariant: {
      text: 'Press up only onto your forearms, not your hands.',
      dose: { reps: 5, repSeconds: 6, sets: 1, sides: 1, alternate: false, restSeconds: 0 }
    },
    gating: 'centralizing-only',
    unlocksInPhase: 1
  },
  {
    id: 'bridging',
    name: 'Bridging',
    place: 'floor',
    officeSafe: false,
    kind: 'strength',
    dose: { reps: 10, holdSeconds: 5, repSeconds: 4, sets: 2, sides: 1, alternate: false, restSeconds: 30 },
    steps: [
      'Lie on your back, knees bent, feet flat and hip-width apart.',
      'Squeeze your buttocks and lift your hips.',
      'Stop when shoulders, hips and knees make a straight line; hold.',
      'Lower slowly back to the floor.'
    ],
    feel: 'Your buttocks and the backs of your thighs working.',
    precautions: ['Do not arch above the straight line.', 'Stop if it brings on leg pain.'],
    breathing: STRENGTH_BREATHING,
    gentlerVariant: {
      text: 'Lift your hips only a little way off the floor.',
      dose: { reps: 5, holdSeconds: 3, repSeconds: 4, sets: 1, sides: 1, alternate: false, restSeconds: 0 }
    },
    gating: 'none',
    unlocksInPhase: 3
  },
  {
    id: 'bird-dog',
    name: 'Bird-dog',
    place: 'floor',
    officeSafe: false,
    kind: 'strength',
    dose: { reps: 8, holdSeconds: 5, repSeconds: 4, sets: 2, sides: 2, alternate: true, restSeconds: 30 },
    steps: [
      'Kneel on hands and knees with a flat back.',
      'Tighten your belly gently.',
      'Reach one arm forward and the opposite leg back, keeping your back still.',
      'Hold, return, then switch to the other pair.'
    ],
    feel: 'Your belly, back and buttock working to keep you steady.',
    precautions: ['Keep your hips level; lift the leg no higher than your back.', 'Stop if it brings on leg pain.'],
    breathing: 'Breathe out as you reach, keep breathing as you hold. Never hold your breath.',
    gentlerVariant: {
      text: 'Slide just one leg back along the floor, keeping both hands down.',
      dose: { reps: 4, holdSeconds: 3, repSeconds: 4, sets: 1, sides: 2, alternate: true, restSeconds: 0 }
    },
    gating: 'none',
    unlocksInPhase: 3
  },
  {
    id: 'partial-curl',
    name: 'Partial curls',
    place: 'floor',
    officeSafe: false,
    kind: 'strength',
    dose: { reps: 8, holdSeconds: 3, repSeconds: 4, sets: 2, sides: 1, alternate: false, restSeconds: 30 },
    steps: [
      'Lie on your back, knees bent, arms crossed on your chest.',
      'Tighten your belly.',
      'Lift just your head and shoulders a little off the floor.',
      'Hold briefly, then lower slowly.'
    ],
    feel: 'Your belly muscles working, not your neck.',
    precautions: [
      'Never do full sit-ups.',
      'Keep your neck relaxed and your eyes on the ceiling.',
      'Pregnant? Ask your midwife or physio; later on, skip lying flat on your back.'
    ],
    breathing: STRENGTH_BREATHING,
    gentlerVariant: {
      text: 'Tighten your belly and lift only your head.',
      dose: { reps: 4, holdSeconds: 3, repSeconds: 4, sets: 1, sides: 1, alternate: false, restSeconds: 0 }
    },
    gating: 'none',
    unlocksInPhase: 3
  }
]
