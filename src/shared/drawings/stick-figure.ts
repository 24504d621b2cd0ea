// Draws the rounded stick figure from joint angles: two panels (start, end) as one themable SVG string.

/** Degrees, screen convention: 0 points right, 90 down, 180 left, -90 up. The figure faces right. */
export type Angle = number

/** Upper segment, lower segment, and the hand or foot; `lowerScale` foreshortens a limb crossing the body. */
export interface LimbPose {
  upper: Angle
  lower: Angle
  end?: Angle
  lowerScale?: number
}

export interface Pose {
  /** from the hips to the shoulders */
  torso: Angle
  /** spine curve: positive rounds the back (toward its back side), negative arches it */
  bend?: number
  /** from the top of the spine to the head */
  head: Angle
  arm: LimbPose
  leg: LimbPose
  /** the limbs on the far side, drawn faded; default: hidden behind the near ones */
  farArm?: LimbPose
  farLeg?: LimbPose
}

export type Prop = 'chair' | 'step'

export interface Scene {
  pose: Pose
  props?: readonly Prop[]
}

export interface DrawingSpec {
  start: Scene
  end: Scene
  /** text alternative: what the two panels show */
  alt: string
}

type Pt = readonly [number, number]

const LENGTH = { torso: 46, neck: 4, headRadius: 9, upperArm: 25, forearm: 23, thigh: 36, shin: 34, foot: 10, hand: 3 }
const WIDTH = { torso: 11, limb: 7, prop: 3 }
const PANEL = { width: 200, height: 160, floor: 151, gap: 40 }

const rad = (a: Angle) => (a * Math.PI) / 180
const step = (p: Pt, angle: Angle, length: number): Pt => [
  p[0] + Math.cos(rad(angle)) * length,
  p[1] + Math.sin(rad(angle)) * length
]
const r1 = (n: number) => Math.round(n * 10) / 10
const fmt = (p: Pt) => `${r1(p[0])} ${r1(p[1])}`

interface Limb {
  root: Pt
  mid: Pt
  tip: Pt
  end: Pt
}

interface Figure {
  hip: Pt
  shoulder: Pt
  spineControl: Pt
  spineApex: Pt
  head: Pt
  arm: Limb
  farArm: Limb
  leg: Limb
  farLeg: Limb
}

function limb(root: Pt, pose: LimbPose, upper: number, lower: number, end: number, defaultEnd: Angle): Limb {
  const mid = step(root, pose.upper, upper)
  const tip = step(mid, pose.lower, lower * (pose.lowerScale ?? 1))
  return { root, mid, tip, end: step(tip, pose.end ?? defaultEnd, end) }
}

function build(pose: Pose): Figure {
  const hip: Pt = [0, 0]
  const shoulder = step(hip, pose.torso, LENGTH.torso)
  // The back side is the torso direction turned a quarter to the left (the figure faces right).
  const dx = shoulder[0] - hip[0]
  const dy = shoulder[1] - hip[1]
  const bend = pose.bend ?? 0
  const normal: Pt = [dy / LENGTH.torso, -dx / LENGTH.torso]
  const middle: Pt = [(hip[0] + shoulder[0]) / 2, (hip[1] + shoulder[1]) / 2]
  // A quadratic curve's middle lies halfway to its control point.
  const spineControl: Pt = [middle[0] + normal[0] * bend * 2, middle[1] + normal[1] * bend * 2]
  const spineApex: Pt = [middle[0] + normal[0] * bend, middle[1] + normal[1] * bend]
  const head = step(shoulder, pose.head, LENGTH.neck + LENGTH.headRadius)
  const armOf = (p: LimbPose) => limb(shoulder, p, LENGTH.upperArm, LENGTH.forearm, LENGTH.hand, p.lower)
  const legOf = (p: LimbPose) => limb(hip, p, LENGTH.thigh, LENGTH.shin, LENGTH.foot, p.lower - 90)
  return {
    hip,
    shoulder,
    spineControl,
    spineApex,
    head,
    arm: armOf(pose.arm),
    farArm: armOf(pose.farArm ?? pose.arm),
    leg: legOf(pose.leg),
    farLeg: legOf(pose.farLeg ?? pose.leg)
  }
}

function bodyPoints(f: Figure): Pt[] {
  const limbs = [f.arm, f.farArm, f.leg, f.farLeg].flatMap((l) => [l.mid, l.tip, l.end])
  return [f.hip, f.shoulder, f.spineApex, ...limbs]
}

function move(f: Figure, x: number, y: number): Figure {
  const m = (p: Pt): Pt => [p[0] + x, p[1] + y]
  const ml = (l: Limb): Limb => ({ root: m(l.root), mid: m(l.mid), tip: m(l.tip), end: m(l.end) })
  return {
    hip: m(f.hip),
    shoulder: m(f.shoulder),
    spineControl: m(f.spineControl),
    spineApex: m(f.spineApex),
    head: m(f.head),
    arm: ml(f.arm),
    farArm: ml(f.farArm),
    leg: ml(f.leg),
    farLeg: ml(f.farLeg)
  }
}

/** Rests the figure on the floor by its lowest point (the head may sink a little, as into a mat). */
function grounded(f: Figure): Figure {
  const lowest = Math.max(...bodyPoints(f).map((p) => p[1]), f.head[1] + LENGTH.headRadius - 4)
  return move(f, 0, PANEL.floor - WIDTH.limb / 2 - lowest)
}

function propExtent(f: Figure, prop: Prop): number[] {
  return prop === 'chair' ? [f.hip[0] - 22, f.hip[0] + 20] : [f.leg.tip[0] - 14, f.leg.tip[0] + 24]
}

function limbPath(l: Limb): string {
  return `<path d="M${fmt(l.root)}L${fmt(l.mid)}L${fmt(l.tip)}L${fmt(l.end)}"/>`
}

function propSvg(f: Figure, prop: Prop): string {
  const floor = PANEL.floor
  if (prop === 'chair') {
    const seat = f.hip[1] + WIDTH.torso / 2 + 1
    const back = f.hip[0] - 16
    const front = f.hip[0] + 18
    return (
      `<path d="M${r1(back - 4)} ${r1(seat - 46)}L${r1(back)} ${r1(seat)}H${r1(front)}` +
      `M${r1(back + 2)} ${r1(seat)}V${floor}M${r1(front - 2)} ${r1(seat)}V${floor}"/>`
    )
  }
  const top = Math.max(f.leg.tip[1], f.leg.end[1]) + WIDTH.limb / 2
  const left = f.leg.tip[0] - 12
  return `<path d="M${r1(left)} ${floor}V${r1(top)}H${r1(left + 34)}V${floor}"/>`
}

function figureSvg(f: Figure): string {
  const far = `<g opacity=".4">${limbPath(f.farLeg)}${limbPath(f.farArm)}</g>`
  const spine = `<path stroke-width="${WIDTH.torso}" d="M${fmt(f.hip)}Q${fmt(f.spineControl)} ${fmt(f.shoulder)}"/>`
  const head =
    `<circle cx="${r1(f.head[0])}" cy="${r1(f.head[1])}" r="${LENGTH.headRadius}" ` +
    `fill="currentColor" stroke="none"/>`
  return `${far}${spine}${head}${limbPath(f.leg)}${limbPath(f.arm)}`
}

function panelSvg(f: Figure, props: readonly Prop[], x: number): string {
  const propsSvg = props.map((p) => propSvg(f, p)).join('')
  return (
    `<g transform="translate(${x} 0)">` +
    `<path opacity=".35" stroke-width="2" d="M6 ${PANEL.floor + 1}H${PANEL.width - 6}"/>` +
    (propsSvg ? `<g opacity=".45" stroke-width="${WIDTH.prop}">${propsSvg}</g>` : '') +
    figureSvg(f) +
    `</g>`
  )
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/**
 * The drawing as an SVG string: start on the left, end on the right, an arrow between. Colours are
 * currentColor only, so it takes the colour of the text around it; inline it (not as <img>) to theme it.
 */
export function renderDrawing(spec: DrawingSpec): string {
  const start = grounded(build(spec.start.pose))
  const end = grounded(build(spec.end.pose))
  const xs = [
    ...[start, end].flatMap((f) => bodyPoints(f).map((p) => p[0])),
    ...[start, end].flatMap((f) => [f.head[0] - LENGTH.headRadius, f.head[0] + LENGTH.headRadius]),
    ...(spec.start.props ?? []).flatMap((p) => propExtent(start, p)),
    ...(spec.end.props ?? []).flatMap((p) => propExtent(end, p))
  ]
  // The same shift for both panels, so what stays still (a chair, the hips) stays put between them.
  const shift = PANEL.width / 2 - (Math.min(...xs) + Math.max(...xs)) / 2
  const width = PANEL.width * 2 + PANEL.gap
  const arrowX = PANEL.width + 10
  const arrowY = PANEL.height / 2
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${PANEL.height}" role="img">` +
    `<title>${escapeXml(spec.alt)}</title>` +
    `<g fill="none" stroke="currentColor" stroke-width="${WIDTH.limb}" stroke-linecap="round" stroke-linejoin="round">` +
    panelSvg(move(start, shift, 0), spec.start.props ?? [], 0) +
    `<path opacity=".5" stroke-width="3" d="M${arrowX} ${arrowY}h20m-7-7 7 7-7 7"/>` +
    panelSvg(move(end, shift, 0), spec.end.props ?? [], PANEL.width + PANEL.gap) +
    `</g></svg>`
  )
}
