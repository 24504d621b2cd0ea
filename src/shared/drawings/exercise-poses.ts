// The poses behind every exercise drawing: start and end, props, where it is felt, which side works.
import type { LimbAngles, LimbPose, LimbReach, Pose } from './figure'
import type { DrawingSpec } from './scene'

// Angles: 0 right, 90 down, 180 left, -90 up. Standing figures face right, so lying on the back puts the
// head on the left and lying face down puts it on the right. The viewer sees the figure's right side.

const ARM_DOWN: LimbAngles = { upper: 95, lower: 86 }
const LEG_STRAIGHT: LimbAngles = { upper: 90, lower: 90, end: 0 }
const SEATED_LEG: LimbAngles = { upper: 0, lower: 90, end: 0 }
const STANDING: Pose = { torso: -90, head: -90, arm: ARM_DOWN, farArm: { upper: 88, lower: 80 }, leg: LEG_STRAIGHT }

/** A hand resting on the thigh, just behind the knee of the same side. */
const handOnThigh = (far = false): LimbReach => ({
  to: far ? 'farKnee' : 'knee',
  offset: [-12, -9, far ? -1 : 1],
  pole: [-1, 0.2, far ? -0.4 : 0.4]
})
const SEATED: Pose = { torso: -90, head: -90, arm: handOnThigh(), farArm: handOnThigh(true), leg: SEATED_LEG }

/** On the back, knees bent, feet flat: the feet rest on the floor with the hips. */
const LEG_BENT_UP: LimbAngles = { upper: -50, lower: 73, end: 0 }
const ARM_ALONG_FLOOR: LimbAngles = { upper: 6, lower: 2 }
const SUPINE: Pose = { torso: 180, head: 180, arm: ARM_ALONG_FLOOR, leg: LEG_BENT_UP }

/** Face down, legs long: the thighs sloping just enough to lie on the floor with the hips. */
const LEG_PRONE: LimbAngles = { upper: 176, lower: 180, end: 180 }
const PRONE: Pose = { torso: 0, head: 0, arm: { upper: 176, lower: 180 }, leg: LEG_PRONE }

/** Hands and knees: hands on the floor under the shoulders, knees under the hips. */
const TORSO_ON_ALL_FOURS = -7
const handUnderShoulder = (z: number): LimbReach => ({
  to: 'hip',
  offset: [50 * Math.cos((TORSO_ON_ALL_FOURS * Math.PI) / 180), 41.5, z],
  pole: [-1, 0, 0],
  end: 0
})
const KNEELING: LimbAngles = { upper: 90, lower: 180, end: 180 }
const ALL_FOURS: Pose = {
  torso: TORSO_ON_ALL_FOURS,
  head: -5,
  arm: handUnderShoulder(9),
  farArm: handUnderShoulder(-9),
  leg: KNEELING
}

/** An ankle resting across the other leg: the knee falls out toward the viewer. */
const ankleAcross = (along: number): LimbReach => ({
  to: 'farKnee',
  offset: [-along, -9, 4],
  pole: [0.2, -0.3, 1],
  end: 0,
  endOut: -55
})

const PRONE_PRESS_HANDS = (z: number, x: number, y: number): LimbPose => ({
  to: 'hip',
  offset: [x, y, z],
  pole: [-0.4, -1, z > 0 ? 0.4 : -0.4],
  end: 0
})

export const EXERCISE_POSES: Readonly<Record<string, DrawingSpec>> = {
  'knee-to-chest': {
    alt: 'Lying on the back, knees bent and feet flat; then one knee is drawn toward the chest, hands behind the thigh.',
    camera: { pitch: 18 },
    feel: { area: 'buttock', label: 'Buttock' },
    working: ['leg'],
    start: { pose: SUPINE, props: ['mat'] },
    end: {
      pose: {
        ...SUPINE,
        leg: { upper: -118, lower: 12, end: -70 },
        farLeg: LEG_BENT_UP,
        arm: { to: 'knee', offset: [6, 7, 3], pole: [0.4, 0.3, 1] },
        farArm: { to: 'knee', offset: [6, 7, -5], pole: [0.4, 0.3, -1] }
      },
      props: ['mat']
    }
  },
  'figure-4': {
    alt: 'Lying on the back with one ankle crossed over the other knee; then that foot leaves the floor and both legs come gently toward the chest.',
    camera: { pitch: 60 },
    feel: { area: 'buttock', label: 'Buttock' },
    working: ['leg'],
    start: {
      pose: {
        ...SUPINE,
        leg: ankleAcross(3),
        farLeg: LEG_BENT_UP,
        arm: { upper: 176, lower: 178, upperOut: 50, lowerOut: 40 },
        farArm: { upper: 176, lower: 178, upperOut: -50, lowerOut: -40 }
      },
      props: ['mat']
    },
    end: {
      pose: {
        ...SUPINE,
        farLeg: { upper: -100, lower: -8, end: -95 },
        leg: ankleAcross(3),
        arm: { to: 'farKnee', offset: [-10, 6, 6], pole: [0.3, 0.4, 1] },
        farArm: { to: 'farKnee', offset: [-10, 6, -4], pole: [0.3, 0.4, -1] }
      },
      props: ['mat']
    }
  },
  'pelvic-tilt': {
    alt: 'Lying on the back, knees bent, with a hollow under the low back; then the belly tightens and the low back presses flat to the floor.',
    camera: { pitch: 14 },
    feel: { area: 'low-back', label: 'Low back' },
    cue: { area: 'low-back', towards: 90, label: 'Press it down', on: 'start' },
    start: { pose: { ...SUPINE, bend: -12, bendAt: 0.3, torso: 176 }, props: ['mat'] },
    end: { pose: { ...SUPINE, bend: 2, bendAt: 0.3, torso: 181 }, props: ['mat'] }
  },
  'pelvic-tilt-seated': {
    alt: 'Sitting tall on a chair, hands on the thighs, low back hollow; then the pelvis rolls back so the low back rounds and flattens.',
    feel: { area: 'low-back', label: 'Low back' },
    cue: { area: 'low-back', towards: 180, label: 'Roll back', on: 'start', kind: 'move' },
    start: { pose: { ...SEATED, torso: -84, bend: -8, bendAt: 0.3, head: -92 }, props: ['chair'] },
    end: { pose: { ...SEATED, torso: -104, bend: 9, bendAt: 0.35, head: -80 }, props: ['chair'] }
  },
  'cat-cow': {
    alt: 'On hands and knees with the back rounded up and the head low; then the back dips gently and the head lifts to look ahead.',
    camera: { pitch: 12 },
    feel: { area: 'spine', label: 'Whole spine' },
    start: { pose: { ...ALL_FOURS, bend: 10, head: 65 }, props: ['mat'] },
    end: { pose: { ...ALL_FOURS, bend: -8, head: -35 }, props: ['mat'] }
  },
  'cat-cow-seated': {
    alt: 'Sitting on a chair, hands on the knees, back rounded and chin down; then the chest lifts and the back arches gently.',
    feel: { area: 'spine', label: 'Whole spine' },
    start: {
      pose: { ...SEATED, torso: -74, bend: 11, head: -20, arm: handOnThigh(), farArm: handOnThigh(true) },
      props: ['chair']
    },
    end: { pose: { ...SEATED, torso: -93, bend: -8, head: -118 }, props: ['chair'] }
  },
  'prone-on-elbows': {
    alt: 'Lying face down; then propped up on the forearms, elbows under the shoulders, hips and legs resting on the floor.',
    camera: { pitch: 12 },
    feel: { area: 'low-back', label: 'Low back' },
    cue: { area: 'hips', towards: 90, label: 'Hips stay down', on: 'end' },
    start: { pose: PRONE, props: ['mat'] },
    end: {
      pose: { ...PRONE, torso: -26, bend: -5, head: -18, arm: { upper: 92, lower: 0, end: 0 } },
      props: ['mat']
    }
  },
  'prone-press-up': {
    alt: 'Lying face down with the hands flat under the shoulders; then the arms press the chest up while the hips stay on the floor.',
    camera: { pitch: 12 },
    feel: { area: 'low-back', label: 'Low back' },
    cue: { area: 'hips', towards: 90, label: 'Hips stay down', on: 'end' },
    start: {
      pose: { ...PRONE, arm: PRONE_PRESS_HANDS(9, 46, 5.5), farArm: PRONE_PRESS_HANDS(-9, 46, 5.5) },
      props: ['mat']
    },
    end: {
      pose: {
        ...PRONE,
        torso: -42,
        bend: -9,
        head: -28,
        arm: PRONE_PRESS_HANDS(9, 40, 5.5),
        farArm: PRONE_PRESS_HANDS(-9, 40, 5.5)
      },
      props: ['mat']
    }
  },
  'standing-back-extension': {
    alt: 'Standing tall with both hands on the back of the hips; then leaning back gently from the waist, knees straight.',
    feel: { area: 'low-back', label: 'Low back' },
    cue: { area: 'spine', towards: 195, label: 'Lean back', on: 'start', kind: 'move' },
    start: {
      pose: {
        ...STANDING,
        arm: { to: 'hip', offset: [-10, -5, 8], pole: [-1, 0.2, 0.6] },
        farArm: { to: 'hip', offset: [-10, -5, -8], pole: [-1, 0.2, -0.6] }
      }
    },
    end: {
      pose: {
        ...STANDING,
        torso: -113,
        bend: -9,
        bendAt: 0.35,
        head: -150,
        arm: { to: 'hip', offset: [-10, -5, 8], pole: [-1, 0.2, 0.6] },
        farArm: { to: 'hip', offset: [-10, -5, -8], pole: [-1, 0.2, -0.6] },
        leg: { upper: 100, lower: 95, end: 0 }
      }
    }
  },
  'standing-hamstring': {
    alt: 'Standing with one heel on a low step, toes up and knee soft; then hinging forward from the hips with a flat back.',
    feel: { area: 'thigh-back', label: 'Back of thigh' },
    working: ['leg'],
    start: {
      pose: { ...STANDING, leg: { upper: 50, lower: 58, end: -62 }, farLeg: LEG_STRAIGHT },
      props: ['step']
    },
    end: {
      pose: {
        ...STANDING,
        torso: -48,
        head: -38,
        arm: { to: 'knee', offset: [-6, -8, 2], pole: [1, 0.3, 0.5] },
        farArm: { to: 'knee', offset: [-6, -8, -10], pole: [1, 0.3, -0.5] },
        leg: { upper: 50, lower: 58, end: -62 },
        farLeg: LEG_STRAIGHT
      },
      props: ['step']
    }
  },
  'seated-piriformis': {
    alt: 'Sitting tall on a chair with one ankle resting across the other knee; then leaning forward from the hips, back straight.',
    camera: { yaw: 20, pitch: 42 },
    feel: { area: 'buttock', label: 'Buttock' },
    working: ['leg'],
    start: {
      pose: {
        ...SEATED,
        leg: ankleAcross(2),
        farLeg: SEATED_LEG,
        arm: { to: 'knee', offset: [-2, -8, 2], pole: [0.2, 0.3, 1] },
        farArm: { to: 'ankle', offset: [-2, -7, -2], pole: [0.3, 0.3, -1] }
      },
      props: ['chair']
    },
    end: {
      pose: {
        ...SEATED,
        torso: -56,
        head: -38,
        leg: ankleAcross(2),
        farLeg: SEATED_LEG,
        arm: { to: 'knee', offset: [-2, -8, 2], pole: [0.2, 0.3, 1] },
        farArm: { to: 'ankle', offset: [-2, -7, -2], pole: [0.3, 0.3, -1] }
      },
      props: ['chair']
    }
  },
  'seated-pigeon': {
    alt: 'Sitting with one ankle on the opposite thigh and a hand on the raised knee; then the chest comes forward over the shin, back flat.',
    camera: { yaw: 20, pitch: 42 },
    feel: { area: 'buttock', label: 'Buttock, outer hip' },
    working: ['leg'],
    start: {
      pose: {
        ...SEATED,
        leg: ankleAcross(14),
        farLeg: SEATED_LEG,
        arm: { to: 'knee', offset: [0, -7, 3], pole: [-0.5, 0, 1] }
      },
      props: ['chair']
    },
    end: {
      pose: {
        ...SEATED,
        torso: -38,
        head: -22,
        leg: ankleAcross(14),
        farLeg: SEATED_LEG,
        arm: { to: 'knee', offset: [0, -7, 3], pole: [-0.5, 0, 1] },
        farArm: { to: 'farKnee', offset: [-16, -12, 6], pole: [0, 0.5, -1] }
      },
      props: ['chair']
    }
  },
  'seated-nerve-glide': {
    alt: 'Sitting with the knee bent and the chin down; then the knee straightens and the head tips back to look up.',
    feel: { area: 'leg', label: 'Light, easy glide' },
    working: ['leg'],
    start: {
      pose: { ...SEATED, head: -55, leg: { upper: 0, lower: 100, end: 10 }, farLeg: SEATED_LEG },
      props: ['chair']
    },
    end: {
      pose: { ...SEATED, head: -122, leg: { upper: -6, lower: -3, end: -85 }, farLeg: SEATED_LEG },
      props: ['chair']
    }
  },
  bridging: {
    alt: 'Lying on the back, knees bent, arms by the sides; then the hips lift until shoulders, hips and knees make a straight line.',
    camera: { pitch: 14 },
    feel: { area: 'thigh-back', label: 'Buttocks and thighs' },
    start: { pose: SUPINE, props: ['mat'] },
    end: {
      pose: { ...SUPINE, torso: 160, head: 176, arm: { upper: 3, lower: 0 }, leg: { upper: -20, lower: 72, end: 0 } },
      props: ['mat']
    }
  },
  'bird-dog': {
    alt: 'On hands and knees with a flat back; then one arm reaches forward and the opposite leg reaches back, level with the back.',
    camera: { pitch: 12 },
    feel: { area: 'trunk', label: 'Belly and back steady' },
    working: ['farArm', 'leg'],
    start: { pose: { ...ALL_FOURS, bend: 0 }, props: ['mat'] },
    end: {
      pose: {
        ...ALL_FOURS,
        head: -8,
        farArm: { upper: -8, lower: -8, end: -8 },
        leg: { upper: 180, lower: 181, end: 95 },
        farLeg: KNEELING
      },
      props: ['mat']
    }
  },
  'partial-curl': {
    alt: 'Lying on the back, knees bent, arms crossed on the chest; then only the head and shoulders curl a little off the floor.',
    camera: { pitch: 14 },
    feel: { area: 'belly', label: 'Belly' },
    start: {
      pose: {
        ...SUPINE,
        arm: { to: 'shoulder', offset: [12, -10, -8], pole: [1, -0.2, 1] },
        farArm: { to: 'shoulder', offset: [16, -10, 8], pole: [1, -0.2, -1] }
      },
      props: ['mat']
    },
    end: {
      pose: {
        ...SUPINE,
        torso: 202,
        bend: 6,
        head: 222,
        arm: { to: 'shoulder', offset: [12, -10, -8], pole: [1, -0.2, 1] },
        farArm: { to: 'shoulder', offset: [16, -10, 8], pole: [1, -0.2, -1] }
      },
      props: ['mat']
    }
  },
  'stand-and-walk': {
    alt: 'Sitting on a chair; then standing up and walking away with an easy stride and swinging arms.',
    feel: { area: 'hips', label: 'Back and hips' },
    start: { pose: { ...SEATED, arm: handOnThigh(), farArm: handOnThigh(true) }, props: ['chair'] },
    end: {
      pose: {
        torso: -86,
        head: -88,
        arm: { upper: 112, lower: 100 },
        farArm: { upper: 68, lower: 45 },
        leg: { upper: 72, lower: 98, end: -5 },
        farLeg: { upper: 110, lower: 125, end: 35 }
      },
      props: ['chair'],
      shift: 70
    }
  }
}
