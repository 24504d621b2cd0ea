// The poses behind every exercise drawing: start and end position, props, and the text alternative.
import type { DrawingSpec, LimbPose, Pose } from './stick-figure'

// Angles: 0 right, 90 down, 180 left, -90 up. Figures face right, so lying on the back puts the head
// on the left and lying face down puts it on the right.

const ARM_DOWN: LimbPose = { upper: 95, lower: 88 }
const LEG_STRAIGHT: LimbPose = { upper: 90, lower: 90, end: 0 }
const HANDS_ON_THIGHS: LimbPose = { upper: 75, lower: 5 }
const SEATED_LEG: LimbPose = { upper: 0, lower: 92, end: 0 }
/** Ankle resting on the other knee: the shin crosses the body, so it is seen end-on and short. */
const CROSSED_LEG: LimbPose = { upper: -12, lower: 105, end: 15, lowerScale: 0.45 }

const STANDING: Pose = { torso: -90, head: -90, arm: ARM_DOWN, farArm: { upper: 88, lower: 80 }, leg: LEG_STRAIGHT }
const SEATED: Pose = { torso: -90, head: -90, arm: HANDS_ON_THIGHS, leg: SEATED_LEG }

const LEG_BENT_UP: LimbPose = { upper: -55, lower: 60, end: 0 }
const ARM_ALONG_FLOOR: LimbPose = { upper: 3, lower: 0 }
/** On the back, knees bent, feet flat. */
const SUPINE: Pose = { torso: 180, head: 180, arm: ARM_ALONG_FLOOR, leg: LEG_BENT_UP }

const LEG_PRONE: LimbPose = { upper: 180, lower: 180, end: 180 }
/** On the stomach, arms by the sides. */
const PRONE: Pose = { torso: 0, head: 0, arm: { upper: 178, lower: 180 }, leg: LEG_PRONE }

/** Hands and knees: hands under shoulders, knees under hips. */
const ARM_SUPPORT: LimbPose = { upper: 90, lower: 90, end: 0 }
const KNEELING: LimbPose = { upper: 90, lower: 180, end: 180 }
const ALL_FOURS: Pose = { torso: -15, head: -10, arm: ARM_SUPPORT, leg: KNEELING }

export const EXERCISE_POSES: Readonly<Record<string, DrawingSpec>> = {
  'knee-to-chest': {
    alt: 'Lying on the back with knees bent; then one knee is drawn toward the chest with both hands behind the thigh.',
    start: { pose: SUPINE },
    end: {
      pose: {
        ...SUPINE,
        arm: { upper: -38, lower: -8 },
        leg: { upper: -112, lower: 20, end: 15 },
        farLeg: LEG_BENT_UP
      }
    }
  },
  'figure-4': {
    alt: 'Lying on the back with one ankle crossed over the other knee; then both legs are drawn gently toward the chest.',
    start: { pose: { ...SUPINE, leg: { upper: -25, lower: -125, end: -60, lowerScale: 0.8 }, farLeg: LEG_BENT_UP } },
    end: {
      pose: {
        ...SUPINE,
        arm: { upper: -30, lower: -10 },
        leg: { upper: -50, lower: -165, end: -100, lowerScale: 0.8 },
        farLeg: { upper: -95, lower: 0, end: -90 }
      }
    }
  },
  'pelvic-tilt': {
    alt: 'Lying on the back, knees bent, with a small hollow under the low back; then the low back presses flat to the floor.',
    start: { pose: { ...SUPINE, bend: -6 } },
    end: { pose: { ...SUPINE, bend: 2, torso: 178 } }
  },
  'pelvic-tilt-seated': {
    alt: 'Sitting tall on a chair, hands on thighs; then the pelvis rolls back so the low back rounds a little.',
    start: { pose: { ...SEATED, bend: -4 }, props: ['chair'] },
    end: { pose: { ...SEATED, torso: -100, bend: 7, head: -80, arm: { upper: 70, lower: 5 } }, props: ['chair'] }
  },
  'cat-cow': {
    alt: 'On hands and knees with the back rounded up and head low; then the back dips gently and the head lifts.',
    start: { pose: { ...ALL_FOURS, bend: 5, head: 60 } },
    end: { pose: { ...ALL_FOURS, bend: -5, head: -30 } }
  },
  'cat-cow-seated': {
    alt: 'Sitting on a chair, hands on knees, back rounded and chin down; then the chest lifts and the back arches gently.',
    start: { pose: { ...SEATED, torso: -75, bend: 10, head: -30, arm: { upper: 55, lower: 10 } }, props: ['chair'] },
    end: { pose: { ...SEATED, torso: -92, bend: -7, head: -105, arm: { upper: 68, lower: 5 } }, props: ['chair'] }
  },
  'prone-on-elbows': {
    alt: 'Lying face down; then propped up on the forearms, elbows under the shoulders, hips resting on the floor.',
    start: { pose: PRONE },
    end: { pose: { ...PRONE, torso: -30, bend: -5, head: -15, arm: { upper: 93, lower: 0, end: 0 } } }
  },
  'prone-press-up': {
    alt: 'Lying face down with hands under the shoulders; then the arms press the chest up while the hips stay down.',
    start: { pose: { ...PRONE, arm: { upper: -150, lower: 30, end: 0 } } },
    end: { pose: { ...PRONE, torso: -42, bend: -9, head: -25, arm: { upper: 118, lower: 72, end: 0 } } }
  },
  'standing-back-extension': {
    alt: 'Standing tall with hands on the back of the hips; then leaning back gently from the waist.',
    start: { pose: { ...STANDING, arm: { upper: 118, lower: 75 }, farArm: { upper: 118, lower: 75 } } },
    end: {
      pose: {
        ...STANDING,
        torso: -112,
        bend: -8,
        head: -115,
        arm: { upper: 135, lower: 68 },
        farArm: { upper: 135, lower: 68 },
        leg: { upper: 84, lower: 92, end: 0 }
      }
    }
  },
  'standing-hamstring': {
    alt: 'Standing with one heel on a low step, knee soft; then hinging forward from the hips with a flat back.',
    start: { pose: { ...STANDING, leg: { upper: 52, lower: 68, end: -55 }, farLeg: LEG_STRAIGHT }, props: ['step'] },
    end: {
      pose: {
        ...STANDING,
        torso: -42,
        head: -30,
        arm: { upper: 75, lower: 40 },
        farArm: { upper: 80, lower: 45 },
        leg: { upper: 52, lower: 68, end: -55 },
        farLeg: LEG_STRAIGHT
      },
      props: ['step']
    }
  },
  'seated-piriformis': {
    alt: 'Sitting tall on a chair with one ankle resting on the other knee; then leaning forward from the hips, back straight.',
    start: {
      pose: { ...SEATED, leg: CROSSED_LEG, farLeg: SEATED_LEG, arm: { upper: 70, lower: -5 } },
      props: ['chair']
    },
    end: {
      pose: { ...SEATED, torso: -52, head: -40, leg: CROSSED_LEG, farLeg: SEATED_LEG, arm: { upper: 75, lower: 20 } },
      props: ['chair']
    }
  },
  'seated-pigeon': {
    alt: 'Sitting with one ankle on the opposite thigh and a hand on the raised knee; then the chest comes forward over the shin with a flat back.',
    start: {
      pose: { ...SEATED, leg: CROSSED_LEG, farLeg: SEATED_LEG, arm: { upper: 45, lower: 30 } },
      props: ['chair']
    },
    end: {
      pose: { ...SEATED, torso: -35, head: -25, leg: CROSSED_LEG, farLeg: SEATED_LEG, arm: { upper: 95, lower: 50 } },
      props: ['chair']
    }
  },
  'seated-nerve-glide': {
    alt: 'Sitting with the knee bent and chin down; then the knee straightens and the head tips back to look up.',
    start: {
      pose: { ...SEATED, head: -55, leg: { upper: 0, lower: 100, end: 10 }, farLeg: SEATED_LEG },
      props: ['chair']
    },
    end: {
      pose: { ...SEATED, head: -120, leg: { upper: -8, lower: -4, end: -85 }, farLeg: SEATED_LEG },
      props: ['chair']
    }
  },
  bridging: {
    alt: 'Lying on the back, knees bent, arms by the sides; then the hips lift until shoulders, hips and knees make a straight line.',
    start: { pose: SUPINE },
    end: { pose: { ...SUPINE, torso: 155, arm: { upper: 8, lower: 0 }, leg: { upper: -25, lower: 95, end: 5 } } }
  },
  'bird-dog': {
    alt: 'On hands and knees with a flat back; then one arm reaches forward and the opposite leg reaches back, level with the back.',
    start: { pose: { ...ALL_FOURS, bend: 0 } },
    end: {
      pose: {
        ...ALL_FOURS,
        farArm: { upper: -12, lower: -12 },
        leg: { upper: 174, lower: 178, end: 100 },
        farLeg: KNEELING
      }
    }
  },
  'partial-curl': {
    alt: 'Lying on the back, knees bent, arms crossed on the chest; then only the head and shoulders curl a little off the floor.',
    start: { pose: { ...SUPINE, arm: { upper: -25, lower: 185 } } },
    end: { pose: { ...SUPINE, torso: -162, bend: 5, head: -150, arm: { upper: -45, lower: 165 } } }
  },
  'stand-and-walk': {
    alt: 'Sitting on a chair; then standing up and walking away with an easy stride.',
    start: { pose: SEATED, props: ['chair'] },
    end: {
      pose: {
        torso: -86,
        head: -88,
        arm: { upper: 110, lower: 100 },
        farArm: { upper: 70, lower: 45 },
        leg: { upper: 72, lower: 98, end: -5 },
        farLeg: { upper: 110, lower: 125, end: 35 }
      }
    }
  }
}
