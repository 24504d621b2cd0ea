// The figure's body in 3D from pose data: joint angles or reach targets in, joint positions out, blended.

/** Degrees, screen convention: 0 points right, 90 down, 180 left, -90 up. Standing, the figure faces right. */
export type Angle = number
export type Vec = readonly [number, number, number]

/**
 * A limb by angles: the side-view angle of each segment, and how far each one turns out of the side plane
 * (`...Out`, degrees; positive toward the viewer). The viewer sees the figure's RIGHT side (near limbs).
 */
export interface LimbAngles {
  upper: Angle
  lower: Angle
  /** the hand or foot; default: straight on for a hand, a right angle for a foot */
  end?: Angle
  upperOut?: number
  lowerOut?: number
  endOut?: number
}

export type JointName = 'hip' | 'shoulder' | 'knee' | 'farKnee' | 'ankle' | 'farAnkle' | 'nearHip' | 'farHip'

/** A limb that reaches a point: a hand on a hip, an ankle on the other knee. Solved by two-bone IK. */
export interface LimbReach {
  to: JointName
  /** added to the joint's position (x forward, y down, z toward the viewer) */
  offset?: Vec
  /** where the middle joint (elbow, knee) points */
  pole: Vec
  end?: Angle
  endOut?: number
}

export type LimbPose = LimbAngles | LimbReach

export interface Pose {
  /** from the hips to the shoulders */
  torso: Angle
  /** spine curve: positive rounds the back, negative arches it (hollow low back) */
  bend?: number
  /** where along the spine the curve is deepest, 0 hips to 1 shoulders (default 0.5; the low back ~0.3) */
  bendAt?: number
  /** from the top of the spine to the head */
  head: Angle
  arm: LimbPose
  leg: LimbPose
  /** the limbs on the far side (the figure's left); default: the same as the near ones */
  farArm?: LimbPose
  farLeg?: LimbPose
}

export const LENGTH = {
  torso: 50,
  neck: 5,
  headRadius: 11,
  upperArm: 27,
  forearm: 25,
  hand: 5,
  thigh: 41,
  shin: 39,
  foot: 12
}
/** Stroke widths: torso depth and limb thickness, for drawing and for resting on the floor. */
export const WIDTH = { torso: 19, upperArm: 9, forearm: 8, hand: 8, thigh: 13, shin: 10, foot: 7 }
/** Half the distance between the hips and between the shoulders, side to side. */
const HALF = { hip: 7, shoulder: 9 }

export type LimbName = 'arm' | 'farArm' | 'leg' | 'farLeg'
export const LIMB_NAMES: readonly LimbName[] = ['farLeg', 'farArm', 'leg', 'arm']

/** A limb as root and three unit directions (upper, lower, end): what blends between poses. */
interface LimbDirs {
  root: Vec
  dirs: readonly [Vec, Vec, Vec]
}

/** The body before it is placed: hips at the origin. Frames blend these. */
export interface Body {
  torso: Angle
  bend: number
  bendAt: number
  head: Angle
  limbs: Record<LimbName, LimbDirs>
}

export interface Limb {
  root: Vec
  mid: Vec
  tip: Vec
  end: Vec
}

/** Joint positions of one frame. */
export interface Joints {
  hip: Vec
  shoulder: Vec
  spineControl: Vec
  /** a point on the spine a quarter of the way up from the hips: the low back */
  lowBack: Vec
  spineMid: Vec
  head: Vec
  /** the front of the head, one head radius out: where the face looks */
  nose: Vec
  limbs: Record<LimbName, Limb>
}

const rad = (a: Angle) => (a * Math.PI) / 180
const add = (a: Vec, b: Vec): Vec => [a[0] + b[0], a[1] + b[1], a[2] + b[2]]
const sub = (a: Vec, b: Vec): Vec => [a[0] - b[0], a[1] - b[1], a[2] - b[2]]
const scale = (a: Vec, k: number): Vec => [a[0] * k, a[1] * k, a[2] * k]
const dot = (a: Vec, b: Vec) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
const len = (a: Vec) => Math.sqrt(dot(a, a))
const unit = (a: Vec): Vec => {
  const l = len(a)
  return l === 0 ? [1, 0, 0] : scale(a, 1 / l)
}
const lerp = (a: number, b: number, t: number) => a + (b - a) * t

/** Direction of a segment: side-view angle, then turned out of the side plane. */
export function direction(angle: Angle, out = 0): Vec {
  const c = Math.cos(rad(out))
  return [Math.cos(rad(angle)) * c, Math.sin(rad(angle)) * c, Math.sin(rad(out))]
}

const SEGMENTS = {
  arm: [LENGTH.upperArm, LENGTH.forearm, LENGTH.hand],
  leg: [LENGTH.thigh, LENGTH.shin, LENGTH.foot]
} as const

function isReach(p: LimbPose): p is LimbReach {
  return 'to' in p
}

function fromAngles(root: Vec, p: LimbAngles, isLeg: boolean): LimbDirs {
  const upper = direction(p.upper, p.upperOut)
  const lower = direction(p.lower, p.lowerOut)
  const end = direction(p.end ?? (isLeg ? p.lower - 90 : p.lower), p.endOut)
  return { root, dirs: [upper, lower, end] }
}

/** Two-bone IK: the middle joint bends toward the pole; an unreachable target is reached for. */
function fromReach(root: Vec, target: Vec, p: LimbReach, isLeg: boolean): LimbDirs {
  const [a, b] = isLeg ? SEGMENTS.leg : SEGMENTS.arm
  const toTarget = sub(target, root)
  const d = Math.min(a + b - 0.01, Math.max(Math.abs(a - b) + 0.01, len(toTarget)))
  const u = unit(toTarget)
  const along = (a * a - b * b + d * d) / (2 * d)
  const h = Math.sqrt(Math.max(0, a * a - along * along))
  const pole = unit(sub(p.pole, scale(u, dot(p.pole, u))))
  const mid = add(add(root, scale(u, along)), scale(pole, h))
  const tip = add(root, scale(u, d))
  const lower = unit(sub(tip, mid))
  const endAngle = p.end ?? (isLeg ? (Math.atan2(lower[1], lower[0]) * 180) / Math.PI - 90 : 0)
  return { root, dirs: [unit(sub(mid, root)), lower, direction(endAngle, p.endOut)] }
}

function spinePoints(torso: Angle, bend: number, bendAt = 0.5) {
  const hip: Vec = [0, 0, 0]
  const shoulder = scale(direction(torso), LENGTH.torso)
  // The back side is the torso direction turned a quarter to the left (the figure faces right).
  const normal: Vec = [shoulder[1] / LENGTH.torso, -shoulder[0] / LENGTH.torso, 0]
  const middle = scale(shoulder, bendAt)
  // A quadratic curve's middle lies halfway to its control point.
  const spineControl = add(middle, scale(normal, bend * 2))
  const at = (t: number): Vec =>
    add(add(scale(hip, (1 - t) ** 2), scale(spineControl, 2 * t * (1 - t))), scale(shoulder, t * t))
  return { hip, shoulder, spineControl, at }
}

function limbJoints(l: LimbDirs, isLeg: boolean): Limb {
  const [a, b, c] = isLeg ? SEGMENTS.leg : SEGMENTS.arm
  const mid = add(l.root, scale(l.dirs[0], a))
  const tip = add(mid, scale(l.dirs[1], b))
  return { root: l.root, mid, tip, end: add(tip, scale(l.dirs[2], c)) }
}

function rootsOf(torso: Angle, bend: number) {
  const s = spinePoints(torso, bend)
  return {
    arm: add(s.shoulder, [0, 0, HALF.shoulder]) as Vec,
    farArm: add(s.shoulder, [0, 0, -HALF.shoulder]) as Vec,
    leg: [0, 0, HALF.hip] as Vec,
    farLeg: [0, 0, -HALF.hip] as Vec
  }
}

/** Solves a pose: legs first (arms may reach for them), then arms. */
export function bodyOf(pose: Pose): Body {
  const bend = pose.bend ?? 0
  const roots = rootsOf(pose.torso, bend)
  const spine = spinePoints(pose.torso, bend)
  const limbs = {} as Record<LimbName, LimbDirs>
  const named: Partial<Record<JointName, Vec>> = {
    hip: [0, 0, 0],
    shoulder: spine.shoulder,
    nearHip: roots.leg,
    farHip: roots.farLeg
  }
  const solve = (name: LimbName, p: LimbPose) => {
    const isLeg = name === 'leg' || name === 'farLeg'
    if (!isReach(p)) return fromAngles(roots[name], p, isLeg)
    const joint = named[p.to]
    if (!joint) throw new RangeError(`${name} reaches for ${p.to}, which is not placed yet`)
    return fromReach(roots[name], add(joint, p.offset ?? [0, 0, 0]), p, isLeg)
  }
  limbs.farLeg = solve('farLeg', pose.farLeg ?? pose.leg)
  const farLeg = limbJoints(limbs.farLeg, true)
  named.farKnee = farLeg.mid
  named.farAnkle = farLeg.tip
  limbs.leg = solve('leg', pose.leg)
  const leg = limbJoints(limbs.leg, true)
  named.knee = leg.mid
  named.ankle = leg.tip
  limbs.arm = solve('arm', pose.arm)
  limbs.farArm = solve('farArm', pose.farArm ?? pose.arm)
  return { torso: pose.torso, bend, bendAt: pose.bendAt ?? 0.5, head: pose.head, limbs }
}

/** Spherical blend of two unit directions. */
function slerp(a: Vec, b: Vec, t: number): Vec {
  const cos = Math.max(-1, Math.min(1, dot(a, b)))
  const angle = Math.acos(cos)
  if (angle < 1e-4) return a
  if (Math.PI - angle < 1e-3) return unit(add(scale(a, 1 - t), scale(b, t)))
  const s = Math.sin(angle)
  return add(scale(a, Math.sin((1 - t) * angle) / s), scale(b, Math.sin(t * angle) / s))
}

/** The body part way from `a` to `b` (t from 0 to 1): angles blend, limbs keep their lengths. */
export function blend(a: Body, b: Body, t: number): Body {
  const torso = lerp(a.torso, b.torso, t)
  const bend = lerp(a.bend, b.bend, t)
  const roots = rootsOf(torso, bend)
  const limbs = {} as Record<LimbName, LimbDirs>
  for (const name of LIMB_NAMES) {
    const la = a.limbs[name]
    const lb = b.limbs[name]
    limbs[name] = {
      root: roots[name],
      dirs: [slerp(la.dirs[0], lb.dirs[0], t), slerp(la.dirs[1], lb.dirs[1], t), slerp(la.dirs[2], lb.dirs[2], t)]
    }
  }
  return { torso, bend, bendAt: lerp(a.bendAt, b.bendAt, t), head: lerp(a.head, b.head, t), limbs }
}

export function jointsOf(body: Body): Joints {
  const s = spinePoints(body.torso, body.bend, body.bendAt)
  const limbs = {} as Record<LimbName, Limb>
  for (const name of LIMB_NAMES) limbs[name] = limbJoints(body.limbs[name], name === 'leg' || name === 'farLeg')
  const head = add(s.shoulder, scale(direction(body.head), LENGTH.neck + LENGTH.headRadius))
  return {
    hip: s.hip,
    shoulder: s.shoulder,
    spineControl: s.spineControl,
    lowBack: s.at(0.25),
    spineMid: s.at(0.5),
    head,
    nose: add(head, scale(direction(body.head + 90), LENGTH.headRadius)),
    limbs
  }
}

/** Points that may touch the floor, each with how far the body surface lies below it. */
function restingPoints(j: Joints): [Vec, number][] {
  const points: [Vec, number][] = [
    [j.hip, WIDTH.torso / 2],
    [j.lowBack, WIDTH.torso / 2],
    [j.spineMid, WIDTH.torso / 2],
    [j.shoulder, WIDTH.torso / 2],
    // The head may sink a little, as into a mat.
    [j.head, LENGTH.headRadius - 3]
  ]
  for (const name of LIMB_NAMES) {
    const l = j.limbs[name]
    const isLeg = name === 'leg' || name === 'farLeg'
    points.push([l.mid, (isLeg ? WIDTH.thigh : WIDTH.upperArm) / 2])
    points.push([l.tip, (isLeg ? WIDTH.shin : WIDTH.forearm) / 2])
    points.push([l.end, (isLeg ? WIDTH.foot : WIDTH.hand) / 2])
  }
  return points
}

/** How far the body surface reaches below the hips (world y, down): rest it there on the floor. */
export function lowestY(j: Joints): number {
  return Math.max(...restingPoints(j).map(([p, r]) => p[1] + r))
}

/** How high above the floor a joint's surface is, given where the floor is (world y). */
export function clearance(j: Joints, floorY: number, point: Vec, radius: number): number {
  return floorY - (point[1] + radius)
}

export function mapJoints(j: Joints, f: (v: Vec) => Vec): Joints {
  const limbs = {} as Record<LimbName, Limb>
  for (const name of LIMB_NAMES) {
    const l = j.limbs[name]
    limbs[name] = { root: f(l.root), mid: f(l.mid), tip: f(l.tip), end: f(l.end) }
  }
  return {
    hip: f(j.hip),
    shoulder: f(j.shoulder),
    spineControl: f(j.spineControl),
    lowBack: f(j.lowBack),
    spineMid: f(j.spineMid),
    head: f(j.head),
    nose: f(j.nose),
    limbs
  }
}
