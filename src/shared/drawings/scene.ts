// Lays out an exercise drawing: the figure on its floor, chair or step, where the stretch is felt, which
// side works; as two still panels (start, end) or one panel that moves smoothly between them (SMIL).
import {
  LENGTH,
  LIMB_NAMES,
  WIDTH,
  blend,
  bodyOf,
  jointsOf,
  lowestY,
  mapJoints,
  type Angle,
  type Body,
  type Joints,
  type LimbName,
  type Pose,
  type Vec
} from './figure'
import { node, type SvgNode } from './svg-tree'

export type Prop = 'chair' | 'step' | 'mat'

/** Where on the body a highlight sits. */
export type BodyArea = 'buttock' | 'low-back' | 'belly' | 'spine' | 'thigh-back' | 'leg' | 'hips' | 'trunk'

export interface Scene {
  pose: Pose
  props?: readonly Prop[]
  /** moves the whole figure forward (world x), e.g. walking away from the chair */
  shift?: number
}

export interface DrawingSpec {
  start: Scene
  end: Scene
  /** text alternative: what the drawing shows, in our own words */
  alt: string
  /** a camera turned toward the front (yaw) or looking down (pitch), degrees; default: straight from the side */
  camera?: { yaw?: number; pitch?: number }
  /** where the exercise should be felt, and the short word for it shown in the drawing */
  feel: { area: BodyArea; label: string }
  /** the limbs that do the work on a two-sided exercise (near = the figure's right, as drawn) */
  working?: readonly LimbName[]
  /** an arrow that says what moves, shown on the start panel, the end panel, or both */
  cue?: {
    area: BodyArea
    towards: Angle
    label: string
    on: 'start' | 'end' | 'both'
    /** 'onto' (default): the arrow presses on the area; 'move': it leaves the area the way it moves */
    kind?: 'onto' | 'move'
  }
}

export type DrawingSide = 'left' | 'right'

export const PANEL = { width: 240, height: 180, gap: 36, margin: 6, labelSize: 13, labelBand: 34 }
const MAX_SCALE = 1.45
const FRAMES = 9
/** One loop: hold the start, move, hold the end, move back (seconds). */
const TIMING = { holdStart: 1.2, move: 2.2, holdEnd: 1.6 }

type Pt = readonly [number, number]

const r1 = (n: number) => Math.round(n * 10) / 10
const fmt = (p: Pt) => `${r1(p[0])} ${r1(p[1])}`
const rad = (a: number) => (a * Math.PI) / 180
const ease = (t: number) => t * t * (3 - 2 * t)

/** One frame's geometry, placed: every coordinate a panel coordinate. */
interface Frame {
  j2: Record<string, Pt>
  joints: Joints
  propPaths: { cls: string; d: string }[]
  /** the floor (world y 0) as a panel line or mat outline */
  floor: string
  /** panel units per world unit: line widths and radii grow with the figure */
  scale: number
}

// ----- Camera: orthographic, turned (yaw) then tilted (pitch); z comes toward the viewer -----

function camera(spec: DrawingSpec, mirror: boolean) {
  const yaw = rad(spec.camera?.yaw ?? 0)
  const pitch = rad(spec.camera?.pitch ?? 0)
  return (v: Vec): Pt => {
    const x1 = v[0] * Math.cos(yaw) - v[2] * Math.sin(yaw)
    const z1 = v[0] * Math.sin(yaw) + v[2] * Math.cos(yaw)
    const y2 = v[1] * Math.cos(pitch) + z1 * Math.sin(pitch)
    return [mirror ? -x1 : x1, y2]
  }
}

// ----- Props, built in the world around the grounded body (floor at y = 0) -----

function quad(project: (v: Vec) => Pt, a: Vec, b: Vec, c: Vec, d: Vec): string {
  return `M${fmt(project(a))}L${fmt(project(b))}L${fmt(project(c))}L${fmt(project(d))}Z`
}

function chairPaths(j: Joints, project: (v: Vec) => Pt): { cls: string; d: string }[] {
  const seat = j.hip[1] + WIDTH.torso / 2 + 2
  const back = j.hip[0] - 18
  const front = j.hip[0] + 24
  const z = 20
  const legs = [
    [back + 3, -z],
    [front - 3, -z],
    [back + 3, z],
    [front - 3, z]
  ]
    .map(([x, zz]) => `M${fmt(project([x!, seat, zz!]))}L${fmt(project([x!, 0, zz!]))}`)
    .join('')
  return [
    { cls: 'dr-prop', d: legs },
    {
      cls: 'dr-prop dr-prop-fill',
      d: quad(project, [back, seat, -z], [front, seat, -z], [front, seat, z], [back, seat, z])
    },
    {
      cls: 'dr-prop dr-prop-fill',
      d: quad(project, [back, seat, -z], [back - 5, seat - 48, -z], [back - 5, seat - 48, z], [back, seat, z])
    }
  ]
}

function stepPaths(j: Joints, project: (v: Vec) => Pt): { cls: string; d: string }[] {
  const heel = j.limbs.leg.tip
  const top = Math.max(heel[1], j.limbs.leg.end[1]) + WIDTH.shin / 2
  const x0 = heel[0] - 14
  const x1 = heel[0] + 26
  const z = 18
  return [
    { cls: 'dr-prop dr-prop-fill', d: quad(project, [x0, top, -z], [x1, top, -z], [x1, top, z], [x0, top, z]) },
    { cls: 'dr-prop dr-prop-fill', d: quad(project, [x0, top, z], [x1, top, z], [x1, 0, z], [x0, 0, z]) }
  ]
}

// ----- Body areas: where the highlight and the cue arrow sit -----

interface Area {
  center: Pt
  /** half length along `angle`, half width across it */
  rx: number
  ry: number
  angle: number
}

/** Unit vector from a to b in the panel, and the perpendicular on a given side of the body. */
function axis(a: Pt, b: Pt): Pt {
  const dx = b[0] - a[0]
  const dy = b[1] - a[1]
  const l = Math.hypot(dx, dy) || 1
  return [dx / l, dy / l]
}

function areaOf(kind: BodyArea, p: Record<string, Pt>, k: number): Area {
  const a = areaAtScale1(kind, p, k)
  return { ...a, rx: a.rx * k, ry: a.ry * k }
}

function areaAtScale1(kind: BodyArea, p: Record<string, Pt>, k: number): Area {
  const along = (a: Pt, b: Pt) => (Math.atan2(b[1] - a[1], b[0] - a[0]) * 180) / Math.PI
  const mix = (a: Pt, b: Pt, t: number): Pt => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t]
  const toward = (from: Pt, dir: Pt, d: number): Pt => [from[0] + dir[0] * d * k, from[1] + dir[1] * d * k]
  // The back of the body: away from the front of the torso (the side the knees bend toward when sitting).
  const spineDir = axis(p['hip']!, p['shoulder']!)
  const backDir: Pt = p['mirror'] ? [-spineDir[1], spineDir[0]] : [spineDir[1], -spineDir[0]]
  const front: Pt = [-backDir[0], -backDir[1]]
  const torsoAngle = along(p['hip']!, p['shoulder']!)
  switch (kind) {
    case 'buttock':
      return { center: toward(mix(p['hip']!, p['knee']!, 0.12), backDir, 7), rx: 13, ry: 10, angle: torsoAngle }
    case 'hips':
      return { center: toward(mix(p['hip']!, p['shoulder']!, 0.12), backDir, 5), rx: 19, ry: 13, angle: torsoAngle }
    case 'low-back':
      return { center: toward(p['lowBack']!, backDir, 7), rx: 14, ry: 8, angle: torsoAngle }
    case 'belly':
      return { center: toward(mix(p['hip']!, p['shoulder']!, 0.32), front, 6), rx: 13, ry: 8, angle: torsoAngle }
    case 'spine':
      return { center: toward(p['spineMid']!, backDir, 7), rx: 29, ry: 8, angle: torsoAngle }
    case 'trunk':
      return { center: mix(p['hip']!, p['shoulder']!, 0.45), rx: 31, ry: 14, angle: torsoAngle }
    case 'thigh-back': {
      const thigh = axis(p['nearHip']!, p['knee']!)
      // The back of the thigh: the side the knee bends toward.
      const shin = axis(p['knee']!, p['ankle']!)
      const cross = thigh[0] * shin[1] - thigh[1] * shin[0]
      const perp: Pt = cross >= 0 ? [-thigh[1], thigh[0]] : [thigh[1], -thigh[0]]
      const bendSide: Pt = Math.abs(cross) < 0.05 ? backDir : perp
      return {
        center: toward(mix(p['nearHip']!, p['knee']!, 0.55), bendSide, 5),
        rx: 17,
        ry: 8,
        angle: along(p['nearHip']!, p['knee']!)
      }
    }
    case 'leg':
      return {
        center: mix(p['nearHip']!, p['ankle']!, 0.5),
        rx: Math.max(20, Math.hypot(p['ankle']![0] - p['nearHip']![0], p['ankle']![1] - p['nearHip']![1]) / 2 / k + 4),
        ry: 10,
        angle: along(p['nearHip']!, p['ankle']!)
      }
  }
}

/** The area's outline as four cubic curves (same commands every frame, so it can move smoothly). */
function ellipsePath(a: Area): string {
  const c = Math.cos(rad(a.angle))
  const s = Math.sin(rad(a.angle))
  const pt = (u: number, v: number): Pt => [a.center[0] + u * c - v * s, a.center[1] + u * s + v * c]
  const k = 0.5523
  const { rx, ry } = a
  return (
    `M${fmt(pt(rx, 0))}` +
    `C${fmt(pt(rx, ry * k))} ${fmt(pt(rx * k, ry))} ${fmt(pt(0, ry))}` +
    `C${fmt(pt(-rx * k, ry))} ${fmt(pt(-rx, ry * k))} ${fmt(pt(-rx, 0))}` +
    `C${fmt(pt(-rx, -ry * k))} ${fmt(pt(-rx * k, -ry))} ${fmt(pt(0, -ry))}` +
    `C${fmt(pt(rx * k, -ry))} ${fmt(pt(rx, -ry * k))} ${fmt(pt(rx, 0))}Z`
  )
}

/** Diagonal hatching clipped to the area by arithmetic (no ids, no clip paths). */
function hatchPath(a: Area): string {
  const c = Math.cos(rad(a.angle))
  const s = Math.sin(rad(a.angle))
  const pt = (u: number, v: number): Pt => [a.center[0] + u * c - v * s, a.center[1] + u * s + v * c]
  const lines: string[] = []
  const spacing = 5
  const count = Math.floor((a.rx + a.ry) / spacing) - 1
  for (let i = -count; i <= count; i++) {
    // Line u = v + k in the area's own frame, intersected with the ellipse.
    const k = i * spacing
    const A = 1 / a.rx ** 2 + 1 / a.ry ** 2
    const B = (2 * k) / a.rx ** 2
    const C = (k * k) / a.rx ** 2 - 1
    const disc = Math.max(0, B * B - 4 * A * C)
    const v1 = (-B - Math.sqrt(disc)) / (2 * A)
    const v2 = (-B + Math.sqrt(disc)) / (2 * A)
    lines.push(`M${fmt(pt(v1 + k, v1))}L${fmt(pt(v2 + k, v2))}`)
  }
  return lines.join('')
}

// ----- Frames -----

/** The body's joints in the world at t (0 start, 1 end), resting on the floor at y = 0 (y points down). */
export function groundedJoints(spec: DrawingSpec, t: number): Joints {
  return worldFrame(spec, bodyOf(spec.start.pose), bodyOf(spec.end.pose), t)
}

function worldFrame(spec: DrawingSpec, startBody: Body, endBody: Body, t: number) {
  const body = t <= 0 ? startBody : t >= 1 ? endBody : blend(startBody, endBody, ease(t))
  const raw = jointsOf(body)
  const drop = lowestY(raw)
  const dx =
    (spec.start.shift ?? 0) + ((spec.end.shift ?? 0) - (spec.start.shift ?? 0)) * ease(Math.min(1, Math.max(0, t)))
  return mapJoints(raw, (v) => [v[0] + dx, v[1] - drop, v[2]])
}

function placeFrame(
  spec: DrawingSpec,
  joints: Joints,
  props: readonly Prop[],
  mirror: boolean,
  propJoints: Joints
): Omit<Frame, 'floor' | 'scale'> & { floorSpan: [number, number] } {
  const project = camera(spec, mirror)
  const j2: Record<string, Pt> = {
    hip: project(joints.hip),
    shoulder: project(joints.shoulder),
    spineControl: project(joints.spineControl),
    lowBack: project(joints.lowBack),
    spineMid: project(joints.spineMid),
    head: project(joints.head),
    nose: project(joints.nose),
    nearHip: project(joints.limbs.leg.root),
    knee: project(joints.limbs.leg.mid),
    ankle: project(joints.limbs.leg.tip),
    nearHipTop: project([joints.hip[0], joints.hip[1], 7]),
    farHipTop: project([joints.hip[0], joints.hip[1], -7]),
    nearShoulder: project(joints.limbs.arm.root),
    farShoulder: project(joints.limbs.farArm.root),
    nearControl: project([joints.spineControl[0], joints.spineControl[1], 8]),
    farControl: project([joints.spineControl[0], joints.spineControl[1], -8])
  }
  for (const name of LIMB_NAMES) {
    const l = joints.limbs[name]
    j2[`${name}.root`] = project(l.root)
    j2[`${name}.mid`] = project(l.mid)
    j2[`${name}.tip`] = project(l.tip)
    j2[`${name}.end`] = project(l.end)
  }
  if (mirror) j2['mirror'] = [1, 1]
  const propPaths = props.flatMap((p) =>
    p === 'chair' ? chairPaths(propJoints, project) : p === 'step' ? stepPaths(propJoints, project) : []
  )
  const xs = LIMB_NAMES.flatMap((n) => [joints.limbs[n].end[0], joints.limbs[n].tip[0], joints.limbs[n].mid[0]])
  const floorSpan: [number, number] = [
    Math.min(...xs, joints.head[0], joints.hip[0], joints.shoulder[0]) - 14,
    Math.max(...xs, joints.head[0], joints.hip[0], joints.shoulder[0]) + 14
  ]
  return { j2, joints, propPaths, floorSpan }
}

function shiftFrame(f: Frame, k: number, dx: number, dy: number): Frame {
  const m = (p: Pt): Pt => [p[0] * k + dx, p[1] * k + dy]
  const j2: Record<string, Pt> = {}
  for (const [k, v] of Object.entries(f.j2)) j2[k] = k === 'mirror' ? v : m(v)
  const movePath = (d: string) =>
    d.replace(/(-?\d+(?:\.\d+)?) (-?\d+(?:\.\d+)?)/g, (_, x: string, y: string) => fmt(m([Number(x), Number(y)])))
  return {
    j2,
    joints: f.joints,
    propPaths: f.propPaths.map((p) => ({ cls: p.cls, d: movePath(p.d) })),
    floor: movePath(f.floor),
    scale: k
  }
}

/** Every panel coordinate a frame uses (for fitting it into the panel). */
function extent(f: Frame): Pt[] {
  const pts = Object.entries(f.j2)
    .filter(([k]) => k !== 'mirror')
    .map(([, v]) => v)
  pts.push([f.j2['head']![0] - LENGTH.headRadius, f.j2['head']![1] - LENGTH.headRadius])
  pts.push([f.j2['head']![0] + LENGTH.headRadius, f.j2['head']![1] + LENGTH.headRadius])
  for (const p of [...f.propPaths.map((p) => p.d), f.floor])
    for (const [, x, y] of p.matchAll(/(-?\d+(?:\.\d+)?) (-?\d+(?:\.\d+)?)/g)) pts.push([Number(x), Number(y)])
  return pts
}

export interface Layout {
  frames: Frame[]
  spec: DrawingSpec
  mirror: boolean
}

/** The frames from start (t = 0) to end (t = 1), all fitted into one panel the same way. */
export function layout(spec: DrawingSpec, side: DrawingSide, count = FRAMES): Layout {
  const mirror = side === 'left'
  const startBody = bodyOf(spec.start.pose)
  const endBody = bodyOf(spec.end.pose)
  const project = camera(spec, mirror)
  // Chairs and steps stand where the start pose puts them, and stay there.
  const propJoints = worldFrame(spec, startBody, endBody, 0)
  const props = spec.start.props ?? []
  const raw = Array.from({ length: count }, (_, i) => {
    const t = count === 1 ? 1 : i / (count - 1)
    return placeFrame(spec, worldFrame(spec, startBody, endBody, t), props, mirror, propJoints)
  })
  const span: [number, number] = [
    Math.min(...raw.map((r) => r.floorSpan[0])),
    Math.max(...raw.map((r) => r.floorSpan[1]))
  ]
  const onFloor = (spec.start.props ?? []).includes('mat')
  const depth = (spec.camera?.pitch ?? 0) > 40 ? 20 : onFloor ? 30 : 24
  // Seen from above, the floor is a flat patch; seen level, a line.
  const floor =
    onFloor || (spec.camera?.pitch ?? 0) > 0
      ? quad(project, [span[0], 0, -depth], [span[1], 0, -depth], [span[1], 0, depth], [span[0], 0, depth])
      : `M${fmt(project([span[0] - 10, 0, 0]))}L${fmt(project([span[1] + 10, 0, 0]))}`
  const frames = raw.map((r) => ({ j2: r.j2, joints: r.joints, propPaths: r.propPaths, floor, scale: 1 }))
  const all = frames.flatMap(extent)
  const minX = Math.min(...all.map((p) => p[0]))
  const maxX = Math.max(...all.map((p) => p[0]))
  const minY = Math.min(...all.map((p) => p[1]))
  const maxY = Math.max(...all.map((p) => p[1]))
  // As large as the panel allows below the label band, the same for every frame.
  const k = Math.min(
    MAX_SCALE,
    (PANEL.width - 2 * PANEL.margin) / (maxX - minX),
    (PANEL.height - PANEL.labelBand - PANEL.margin) / (maxY - minY)
  )
  const dx = PANEL.width / 2 - ((minX + maxX) / 2) * k
  const dy = PANEL.height - PANEL.margin - maxY * k
  return { frames: frames.map((f) => shiftFrame(f, k, dx, dy)), spec, mirror }
}

// ----- Shapes: one list per frame, the same structure in every frame -----

interface Shape {
  tag: 'path' | 'circle'
  cls: string
  geometry: Record<string, string | number>
  extra?: Record<string, string | number>
}

const SEGMENT_WIDTH = {
  arm: [WIDTH.upperArm, WIDTH.forearm, WIDTH.hand],
  leg: [WIDTH.thigh, WIDTH.shin, WIDTH.foot]
}

function limbShapes(f: Frame, name: LimbName, cls: string, halo = false): Shape[] {
  const isLeg = name === 'leg' || name === 'farLeg'
  const w = isLeg ? SEGMENT_WIDTH.leg : SEGMENT_WIDTH.arm
  const p = (k: string) => f.j2[`${name}.${k}`]!
  const k = f.scale
  const seg = (a: Pt, b: Pt, width: number, c: string): Shape => ({
    tag: 'path',
    cls: c,
    geometry: { d: `M${fmt(a)}L${fmt(b)}` },
    extra: { 'stroke-width': r1(width * k) }
  })
  const segments = (c: string, grow: number) => [
    seg(p('root'), p('mid'), w[0]! + grow, c),
    seg(p('mid'), p('tip'), w[1]! + grow, c),
    seg(p('tip'), p('end'), w[2]! + grow, c)
  ]
  return [
    // Near limbs get a thin gap of page colour around them, so they read where they cross the body.
    ...(halo ? segments('dr-halo', 3.2) : []),
    ...segments(cls, 0),
    // The knee or elbow: a small dot so the joint reads.
    {
      tag: 'circle',
      cls: `${cls} dr-joint`,
      geometry: { cx: r1(p('mid')[0]), cy: r1(p('mid')[1]) },
      extra: { r: r1(1.8 * k) }
    }
  ]
}

function torsoShape(f: Frame): Shape {
  const j = f.j2
  const d =
    `M${fmt(j['nearHipTop']!)}Q${fmt(j['nearControl']!)} ${fmt(j['nearShoulder']!)}` +
    `L${fmt(j['farShoulder']!)}Q${fmt(j['farControl']!)} ${fmt(j['farHipTop']!)}Z`
  return { tag: 'path', cls: 'dr-body dr-torso', geometry: { d }, extra: { 'stroke-width': r1(WIDTH.torso * f.scale) } }
}

function figureShapes(f: Frame): Shape[] {
  const neck: Shape = {
    tag: 'path',
    cls: 'dr-body',
    geometry: { d: `M${fmt(f.j2['shoulder']!)}L${fmt(f.j2['head']!)}` },
    extra: { 'stroke-width': r1(8 * f.scale) }
  }
  const head: Shape = {
    tag: 'circle',
    cls: 'dr-body dr-head',
    geometry: { cx: r1(f.j2['head']![0]), cy: r1(f.j2['head']![1]) },
    extra: { r: r1(LENGTH.headRadius * f.scale) }
  }
  // A small nose on the face side, so which way the figure faces is never in doubt.
  const h = f.j2['head']!
  const n = f.j2['nose']!
  const nose: Shape = {
    tag: 'circle',
    cls: 'dr-body dr-head',
    geometry: { cx: r1(h[0] + (n[0] - h[0]) * 0.9), cy: r1(h[1] + (n[1] - h[1]) * 0.9) },
    extra: { r: r1(4.8 * f.scale) }
  }
  return [
    ...f.propPaths.map((p): Shape => ({ tag: 'path', cls: p.cls, geometry: { d: p.d } })),
    ...limbShapes(f, 'farLeg', 'dr-far'),
    ...limbShapes(f, 'farArm', 'dr-far'),
    torsoShape(f),
    neck,
    head,
    nose,
    ...limbShapes(f, 'leg', 'dr-body', true),
    ...limbShapes(f, 'arm', 'dr-body', true)
  ]
}

function feelShapes(f: Frame, spec: DrawingSpec): Shape[] {
  const area = areaOf(spec.feel.area, f.j2, f.scale)
  const hatch = hatchPath(area)
  const edge = ellipsePath(area)
  // Each line of the area rides on a thin line of page colour, so it reads on the body as well as off it.
  return [
    { tag: 'path', cls: 'dr-feel dr-feel-fill', geometry: { d: edge } },
    { tag: 'path', cls: 'dr-feel-gap dr-feel-gap-hatch', geometry: { d: hatch } },
    { tag: 'path', cls: 'dr-feel dr-feel-hatch', geometry: { d: hatch } },
    { tag: 'path', cls: 'dr-feel-gap dr-feel-gap-edge', geometry: { d: edge } },
    { tag: 'path', cls: 'dr-feel dr-feel-edge', geometry: { d: edge } }
  ]
}

/** Where a label may sit: the top corner on the side of the thing it names, so its leader stays short. */
function labelCorner(target: Pt): 'left' | 'right' {
  return target[0] > PANEL.width / 2 ? 'right' : 'left'
}

function textWidth(text: string, size: number): number {
  return text.length * Math.min(size, fontFor(text, size)) * 0.56
}

interface Label {
  text: string
  corner: 'left' | 'right'
  row: number
  cls: string
}

/** A long label gets a smaller type, so it never runs out of its panel. */
function fontFor(text: string, size: number): number {
  return Math.min(size, Math.floor((PANEL.width - 2 * PANEL.margin) / (text.length * 0.56)))
}

function labelNode(l: Label, size: number): SvgNode {
  const x = l.corner === 'left' ? PANEL.margin : PANEL.width - PANEL.margin
  const y = PANEL.margin + size + l.row * (size + 6)
  return node(
    'text',
    {
      class: `dr-label ${l.cls}`,
      x,
      y,
      'font-size': fontFor(l.text, size),
      'text-anchor': l.corner === 'left' ? 'start' : 'end',
      fill: 'currentColor',
      stroke: 'none'
    },
    l.text
  )
}

/** The end of a leader line from a label to its target. */
function leaderFrom(l: Label, size: number): Pt {
  const y = PANEL.margin + size + l.row * (size + 6) + 4
  const w = Math.min(textWidth(l.text, fontFor(l.text, size)), PANEL.width / 2)
  return l.corner === 'left' ? [PANEL.margin + w * 0.5, y] : [PANEL.width - PANEL.margin - w * 0.5, y]
}

function leaderPath(from: Pt, to: Pt, stopShort: number): string {
  const d = axis(from, to)
  const length = Math.hypot(to[0] - from[0], to[1] - from[1])
  const end: Pt = [from[0] + d[0] * Math.max(0, length - stopShort), from[1] + d[1] * Math.max(0, length - stopShort)]
  return `M${fmt(from)}L${fmt(end)}`
}

export const SIDE_WORD: Record<DrawingSide, string> = { left: 'Left', right: 'Right' }

/** The words of the side marker: which limbs work, as drawn (the near side is the figure's right). */
export function sideLabel(spec: DrawingSpec, side: DrawingSide): string | null {
  if (!spec.working || spec.working.length === 0) return null
  const other: DrawingSide = side === 'right' ? 'left' : 'right'
  const words = spec.working.map((name) => {
    const near = name === 'arm' || name === 'leg'
    const part = name === 'arm' || name === 'farArm' ? 'arm' : 'leg'
    return `${near ? SIDE_WORD[side] : SIDE_WORD[other]} ${part}`
  })
  return words.map((w, i) => (i === 0 ? w : w.toLowerCase())).join(', ')
}

/** Beside the limb's middle joint, on the side away from the trunk, so it never hides the joint. */
function badgeAt(f: Frame, limb: LimbName): Pt {
  const root = f.j2[`${limb}.root`]!
  const mid = f.j2[`${limb}.mid`]!
  const tip = f.j2[`${limb}.tip`]!
  const trunk: Pt = [(f.j2['hip']![0] + f.j2['shoulder']![0]) / 2, (f.j2['hip']![1] + f.j2['shoulder']![1]) / 2]
  const d = axis(root, tip)
  const normals: Pt[] = [
    [-d[1], d[0]],
    [d[1], -d[0]]
  ]
  const away = (n: Pt) => (mid[0] + n[0] - trunk[0]) ** 2 + (mid[1] + n[1] - trunk[1]) ** 2
  const n = away(normals[0]!) >= away(normals[1]!) ? normals[0]! : normals[1]!
  const gap = 13 * f.scale
  return [mid[0] + n[0] * gap, mid[1] + n[1] * gap]
}

interface Overlay {
  shapes: Shape[]
  labels: Label[]
  /** leader lines: from a label to a moving target */
  leaders: { from: Pt; to: Pt; stop: number; cls: string }[]
  badges: { at: Pt; letter: string; cls: string }[]
}

function arrowShapes(f: Frame, spec: DrawingSpec): { shape: Shape; tip: Pt; tail: Pt } | null {
  if (!spec.cue) return null
  const area = areaOf(spec.cue.area, f.j2, f.scale)
  const dir: Pt = [Math.cos(rad(spec.cue.towards)), Math.sin(rad(spec.cue.towards))]
  const dirM: Pt = f.j2['mirror'] ? [-dir[0], dir[1]] : dir
  const length = 26 * f.scale
  const edge = area.ry + 4 * f.scale
  const moving = spec.cue.kind === 'move'
  const tip: Pt = moving
    ? [area.center[0] + dirM[0] * (edge + length), area.center[1] + dirM[1] * (edge + length)]
    : [area.center[0] - dirM[0] * edge, area.center[1] - dirM[1] * edge]
  const tail: Pt = [tip[0] - dirM[0] * length, tip[1] - dirM[1] * length]
  const left: Pt = [tip[0] - dirM[0] * 8 - dirM[1] * 6, tip[1] - dirM[1] * 8 + dirM[0] * 6]
  const right: Pt = [tip[0] - dirM[0] * 8 + dirM[1] * 6, tip[1] - dirM[1] * 8 - dirM[0] * 6]
  return {
    shape: {
      tag: 'path',
      cls: 'dr-cue',
      geometry: { d: `M${fmt(tail)}L${fmt(tip)}M${fmt(left)}L${fmt(tip)}L${fmt(right)}` }
    },
    tip,
    tail
  }
}

interface OverlayOptions {
  feel: boolean
  cue: boolean
  side: boolean
}

/** Labels sit in the top corners, rows downward, a corner's rows never running into the other's. */
function placeLabels(
  wanted: { text: string; cls: string; near: Pt | null; leader?: unknown }[],
  size: number
): Label[] {
  const placed: Label[] = []
  const widthOf = (corner: 'left' | 'right', row: number) =>
    placed.filter((l) => l.corner === corner && l.row === row).reduce((w, l) => w + textWidth(l.text, size), 0)
  for (const w of wanted) {
    const preferred: 'left' | 'right' = w.near
      ? labelCorner(w.near)
      : placed.some((l) => l.row === 0 && l.corner === 'left')
        ? 'right'
        : 'left'
    const other: 'left' | 'right' = preferred === 'left' ? 'right' : 'left'
    // Words with no leader must sit by what they name: a second row there beats the far corner.
    const tries: ['left' | 'right', number][] =
      w.near && !w.leader
        ? [
            [preferred, 0],
            [preferred, 1],
            [other, 0],
            [other, 1]
          ]
        : [
            [preferred, 0],
            [other, 0],
            [preferred, 1],
            [other, 1],
            [preferred, 2],
            [other, 2]
          ]
    let spot: Label | null = null
    for (const [corner, row] of tries) {
      const opposite = corner === 'left' ? 'right' : 'left'
      const free = placed.every((l) => !(l.corner === corner && l.row === row))
      const fits = textWidth(w.text, size) + widthOf(opposite, row) + 10 <= PANEL.width - 2 * PANEL.margin
      if (free && fits) {
        spot = { text: w.text, corner, row, cls: w.cls }
        break
      }
    }
    placed.push(spot ?? { text: w.text, corner: preferred, row: placed.length, cls: w.cls })
  }
  return placed
}

function overlay(
  f: Frame,
  spec: DrawingSpec,
  side: DrawingSide,
  opts: OverlayOptions,
  size: number,
  plan: Label[] | null
): Overlay {
  const shapes: Shape[] = []
  const leaders: Overlay['leaders'] = []
  const badges: Overlay['badges'] = []
  const wanted: { text: string; cls: string; near: Pt | null; leader?: { to: Pt; stop: number; cls: string } }[] = []
  if (opts.feel) {
    shapes.push(...feelShapes(f, spec))
    const area = areaOf(spec.feel.area, f.j2, f.scale)
    const stop = Math.min(area.rx, area.ry) + 2
    wanted.push({
      text: spec.feel.label,
      cls: 'dr-feel-label',
      near: area.center,
      leader: { to: area.center, stop, cls: 'dr-feel dr-leader' }
    })
  }
  if (opts.cue) {
    const arrow = arrowShapes(f, spec)
    if (arrow && spec.cue?.kind === 'move') {
      // A movement arrow points into open space: its words sit in the corner it points to, no leader.
      shapes.push(arrow.shape)
      wanted.push({ text: spec.cue.label, cls: 'dr-cue-label', near: arrow.tip })
    } else if (arrow && spec.cue) {
      shapes.push(arrow.shape)
      wanted.push({
        text: spec.cue.label,
        cls: 'dr-cue-label',
        near: arrow.tail,
        leader: { to: arrow.tail, stop: 2, cls: 'dr-cue dr-leader' }
      })
    }
  }
  const words = sideLabel(spec, side)
  if (words && spec.working && opts.side) {
    wanted.push({ text: words, cls: 'dr-side-label', near: null })
    for (const limb of spec.working) {
      const near = limb === 'arm' || limb === 'leg'
      const letter = (near ? SIDE_WORD[side] : SIDE_WORD[side === 'right' ? 'left' : 'right'])[0]!
      badges.push({ at: badgeAt(f, limb), letter, cls: 'dr-side' })
    }
  }
  const labels = plan ?? placeLabels(wanted, size)
  wanted.forEach((w, i) => {
    const label = labels[i]
    if (label && w.leader) leaders.push({ from: leaderFrom(label, size), ...w.leader })
  })
  return { shapes, labels, leaders, badges }
}

// ----- Writing shapes out: still, or moving through the frames -----

const ATTR_ORDER = ['d', 'cx', 'cy']

/** Presentation attributes for a page without the drawing styles: still readable in one colour. */
function fallback(cls: string): Record<string, string | number> {
  if (cls.includes('dr-torso')) return { fill: 'currentColor' }
  if (cls.includes('dr-head')) return { fill: 'currentColor', stroke: 'none' }
  if (cls.includes('dr-joint') || cls.includes('dr-halo') || cls.includes('dr-feel-gap')) return { stroke: 'none' }
  if (cls.includes('dr-far')) return { opacity: 0.45 }
  if (cls.includes('dr-prop')) return { opacity: 0.5, 'stroke-width': 3 }
  if (cls.includes('dr-feel-fill')) return { fill: 'currentColor', 'fill-opacity': 0.15, stroke: 'none' }
  if (cls.includes('dr-feel-edge')) return { 'stroke-width': 2, 'stroke-dasharray': '4 3' }
  if (cls.includes('dr-feel-hatch') || cls.includes('dr-leader')) return { 'stroke-width': 1.4 }
  if (cls.includes('dr-cue')) return { 'stroke-width': 3 }
  return {}
}

function animationAttrs(): Record<string, string> {
  const total = TIMING.holdStart + TIMING.move + TIMING.holdEnd + TIMING.move
  const times: number[] = [0, TIMING.holdStart]
  for (let i = 1; i < FRAMES; i++) times.push(TIMING.holdStart + (TIMING.move * i) / (FRAMES - 1))
  times.push(TIMING.holdStart + TIMING.move + TIMING.holdEnd)
  for (let i = FRAMES - 2; i >= 0; i--)
    times.push(TIMING.holdStart + TIMING.move + TIMING.holdEnd + (TIMING.move * (FRAMES - 1 - i)) / (FRAMES - 1))
  return {
    dur: `${total}s`,
    repeatCount: 'indefinite',
    keyTimes: times.map((t) => Math.round((t / total) * 10000) / 10000).join(';')
  }
}

/** Frame values in loop order: start held, forward, end held, back. */
function loopValues<T>(values: readonly T[]): T[] {
  return [values[0]!, ...values, values[values.length - 1]!, ...values.slice(0, -1).reverse()].slice(0, 2 * FRAMES + 1)
}

function shapeNode(frames: readonly Shape[]): SvgNode {
  const first = frames[0]!
  const animations: SvgNode[] = []
  if (frames.length > 1) {
    for (const attr of ATTR_ORDER) {
      const values = frames.map((s) => s.geometry[attr])
      if (values[0] === undefined || values.every((v) => v === values[0])) continue
      animations.push(
        node('animate', { attributeName: attr, values: loopValues(values).join(';'), ...animationAttrs() })
      )
    }
  }
  return node(first.tag, { class: first.cls, ...fallback(first.cls), ...first.geometry, ...first.extra }, ...animations)
}

function zipShapes(perFrame: readonly Shape[][]): SvgNode[] {
  return perFrame[0]!.map((_, i) => shapeNode(perFrame.map((shapes) => shapes[i]!)))
}

function badgeNodes(perFrame: readonly Overlay[], size: number): SvgNode[] {
  return perFrame[0]!.badges.map((b, i) => {
    const at = perFrame.map((o) => o.badges[i]!.at)
    const moves = at.some((p) => fmt(p) !== fmt(at[0]!))
    const letterSize = size - 1
    return node(
      'g',
      { class: `dr-badge ${b.cls}` },
      node(
        'circle',
        { cx: r1(at[0]![0]), cy: r1(at[0]![1]), r: size * 0.62, 'stroke-width': 1.5 },
        ...(moves ? [pointAnimation('cx', at, 0), pointAnimation('cy', at, 1)] : [])
      ),
      node(
        'text',
        {
          x: r1(at[0]![0]),
          y: r1(at[0]![1] + letterSize * 0.36),
          'font-size': letterSize,
          'text-anchor': 'middle',
          fill: 'currentColor',
          stroke: 'none'
        },
        ...(moves
          ? [
              pointAnimation('x', at, 0),
              pointAnimation(
                'y',
                at.map((p) => [p[0], p[1] + letterSize * 0.36] as Pt),
                1
              )
            ]
          : []),
        b.letter
      )
    )
  })
}

function pointAnimation(attr: string, points: readonly Pt[], index: 0 | 1): SvgNode {
  return node('animate', {
    attributeName: attr,
    values: loopValues(points.map((p) => r1(p[index]))).join(';'),
    ...animationAttrs()
  })
}

function leaderNodes(perFrame: readonly Overlay[]): SvgNode[] {
  return perFrame[0]!.leaders.map((l, i) =>
    shapeNode(
      perFrame.map((o) => {
        const x = o.leaders[i]!
        return { tag: 'path', cls: x.cls, geometry: { d: leaderPath(x.from, x.to, x.stop) } }
      })
    )
  )
}

/** One panel's content from one or more frames (one: a still; several: a loop through them). */
function panelContent(
  frames: readonly Frame[],
  spec: DrawingSpec,
  side: DrawingSide,
  opts: OverlayOptions,
  size: number,
  floorCls: string
): SvgNode[] {
  // The labels stay put while the body moves: placed once, from the end pose.
  const plan = overlay(frames[frames.length - 1]!, spec, side, opts, size, null).labels
  const overlays = frames.map((f) => overlay(f, spec, side, opts, size, plan))
  return [
    node('path', { class: floorCls, d: frames[0]!.floor, opacity: 0.5, 'stroke-width': 2 }),
    ...zipShapes(frames.map(figureShapes)),
    ...zipShapes(overlays.map((o) => o.shapes)),
    ...leaderNodes(overlays),
    ...badgeNodes(overlays, size),
    ...overlays[0]!.labels.map((l) => labelNode(l, size))
  ]
}

/** The drawing's description: where it is felt and which side is shown, in words. */
function describe(spec: DrawingSpec, side: DrawingSide): string {
  const words = sideLabel(spec, side)
  const felt = `Hatched: where you should feel it (${spec.feel.label.toLowerCase()}).`
  return words ? `${felt} Shown on the ${words.toLowerCase()}; then the other side.` : felt
}

export type DrawingMode = 'panels' | 'animated' | 'still'

export interface DrawingOptions {
  mode: DrawingMode
  side?: DrawingSide
}

/** The drawing's SVG tree: role img, a title and a description, no fixed size (style it with CSS). */
export function drawingTree(spec: DrawingSpec, options: DrawingOptions): SvgNode {
  const side = options.side ?? 'right'
  const { frames } = layout(spec, side)
  const floorCls = (spec.start.props ?? []).includes('mat') ? 'dr-floor dr-mat' : 'dr-floor'
  const first = frames[0]!
  const last = frames[frames.length - 1]!
  const cueOn = (which: 'start' | 'end') => spec.cue !== undefined && (spec.cue.on === which || spec.cue.on === 'both')
  const size = options.mode === 'panels' ? 20 : PANEL.labelSize
  const root = (width: number, mode: DrawingMode, ...children: SvgNode[]) =>
    node(
      'svg',
      {
        xmlns: 'http://www.w3.org/2000/svg',
        viewBox: `0 0 ${width} ${PANEL.height}`,
        role: 'img',
        'aria-label': spec.alt,
        class: `exercise-drawing-svg dr-${mode}`,
        fill: 'none',
        stroke: 'currentColor',
        'stroke-linecap': 'round',
        'stroke-linejoin': 'round'
      },
      node('title', {}, spec.alt),
      node('desc', {}, describe(spec, side)),
      ...children
    )
  if (options.mode === 'panels') {
    const width = PANEL.width * 2 + PANEL.gap
    const arrowX = PANEL.width + 6
    const arrowY = PANEL.height / 2
    return root(
      width,
      'panels',
      node(
        'g',
        { transform: 'translate(0 0)', class: 'dr-panel dr-panel-start' },
        ...panelContent([first], spec, side, { feel: false, cue: cueOn('start'), side: true }, size, floorCls)
      ),
      node('path', { class: 'dr-step-arrow', d: `M${arrowX} ${arrowY}h${PANEL.gap - 12}m-8-8 8 8-8 8` }),
      node(
        'g',
        { transform: `translate(${PANEL.width + PANEL.gap} 0)`, class: 'dr-panel dr-panel-end' },
        ...panelContent([last], spec, side, { feel: true, cue: cueOn('end'), side: false }, size, floorCls)
      )
    )
  }
  if (options.mode === 'still') {
    return root(
      PANEL.width,
      'still',
      ...panelContent([last], spec, side, { feel: true, cue: false, side: true }, size, floorCls)
    )
  }
  return root(
    PANEL.width,
    'animated',
    ...panelContent(frames, spec, side, { feel: true, cue: spec.cue !== undefined, side: true }, size, floorCls)
  )
}

export { type Frame }
