import { describe, expect, it } from 'vitest'
import { CATALOGUE, getExercise } from '@shared/content'
import { drawingSpecFor, drawingTreeFor, workingSideLabel, type SvgNode } from '@shared/drawings'
import { WIDTH, type LimbName, type Vec } from '@shared/drawings/figure'
import { groundedJoints, type BodyArea } from '@shared/drawings/scene'
import { toMarkup, walk } from '@shared/drawings/svg-tree'

const spec = (id: string) => {
  const found = drawingSpecFor(id)
  if (!found) throw new Error(`no drawing for ${id}`)
  return found
}
const start = (id: string) => groundedJoints(spec(id), 0)
const end = (id: string) => groundedJoints(spec(id), 1)
const distance = (a: Vec, b: Vec) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2])
/** How far the underside of the body at this joint is above the floor (world y points down, floor at 0). */
const above = (p: Vec, halfThickness: number) => -(p[1] + halfThickness)
const byClass = (tree: SvgNode, cls: string) =>
  walk(tree).filter((n) =>
    String(n.attrs['class'] ?? '')
      .split(' ')
      .includes(cls)
  )

const LIMBS: LimbName[] = ['arm', 'farArm', 'leg', 'farLeg']

/** Words in an exercise's "feel" text that the highlighted body area stands for. */
const AREA_WORDS: Record<BodyArea, RegExp> = {
  buttock: /buttock/i,
  'low-back': /\bback\b/i,
  belly: /belly/i,
  spine: /spine/i,
  'thigh-back': /thigh/i,
  leg: /\bleg\b/i,
  hips: /hips/i,
  trunk: /belly|back/i
}

describe('the pose data behind the drawings', () => {
  it('has a drawing for every exercise in the catalogue, with a start and an end that differ', () => {
    expect(CATALOGUE.length).toBeGreaterThanOrEqual(17)
    for (const exercise of CATALOGUE) {
      const a = start(exercise.id)
      const b = end(exercise.id)
      const moved = Math.max(
        distance(a.head, b.head),
        distance(a.lowBack, b.lowBack),
        ...LIMBS.flatMap((l) => [distance(a.limbs[l].tip, b.limbs[l].tip), distance(a.limbs[l].end, b.limbs[l].end)])
      )
      expect(moved, exercise.id).toBeGreaterThan(8)
    }
  })

  it('highlights where each exercise says it is felt', () => {
    for (const exercise of CATALOGUE) {
      const area = spec(exercise.id).feel.area
      expect(exercise.feel, `${exercise.id}: ${area}`).toMatch(AREA_WORDS[area])
    }
  })

  it('marks a working side on exactly the two-sided exercises, the side that is highlighted', () => {
    const flat = (p: Vec) => [p[0], p[1]] as const
    const apart = (p: Vec, q: Vec) => Math.hypot(flat(p)[0] - flat(q)[0], flat(p)[1] - flat(q)[1])
    for (const exercise of CATALOGUE) {
      const label = workingSideLabel(exercise.id)
      const j = end(exercise.id)
      if (exercise.dose.sides === 1) {
        expect(label, exercise.id).toBeNull()
        // Both sides do the same, so the far limbs hide behind the near ones (a walk has its stride).
        if (exercise.kind !== 'walk') {
          expect(apart(j.limbs.leg.tip, j.limbs.farLeg.tip), exercise.id).toBeLessThan(6)
          expect(apart(j.limbs.arm.tip, j.limbs.farArm.tip), exercise.id).toBeLessThan(6)
        }
        continue
      }
      expect(label, exercise.id).toMatch(/^(Right|Left) (leg|arm)/)
      const working = spec(exercise.id).working ?? []
      // The marked side does something the other side does not.
      for (const limb of working) {
        const partner: LimbName =
          limb === 'arm' ? 'farArm' : limb === 'farArm' ? 'arm' : limb === 'leg' ? 'farLeg' : 'leg'
        expect(apart(j.limbs[limb].tip, j.limbs[partner].tip), `${exercise.id} ${limb}`).toBeGreaterThan(10)
      }
      // A stretch felt in one leg is felt in the marked one (the near leg, the figure's right).
      if (['buttock', 'thigh-back', 'leg'].includes(spec(exercise.id).feel.area)) {
        expect(working, exercise.id).toContain('leg')
      }
    }
  })

  it('names the near side as the right and swaps the words when drawn for the left side', () => {
    expect(workingSideLabel('figure-4')).toBe('Right leg')
    expect(workingSideLabel('figure-4', 'left')).toBe('Left leg')
    expect(workingSideLabel('bird-dog')).toBe('Left arm, right leg')
    expect(workingSideLabel('bird-dog', 'left')).toBe('Right arm, left leg')
    const right = toMarkup(drawingTreeFor('seated-nerve-glide', { mode: 'still' })!)
    const left = toMarkup(drawingTreeFor('seated-nerve-glide', { mode: 'still', side: 'left' })!)
    expect(right).toContain('>Right leg<')
    expect(left).toContain('>Left leg<')
    expect(left).not.toContain('>Right leg<')
  })

  it('keeps the hips on the floor in the prone press-up while the arms lift the chest', () => {
    const up = end('prone-press-up')
    expect(Math.abs(above(up.hip, WIDTH.torso / 2))).toBeLessThan(1)
    expect(above(up.shoulder, WIDTH.torso / 2)).toBeGreaterThan(20)
    for (const arm of ['arm', 'farArm'] as const) {
      expect(Math.abs(above(up.limbs[arm].end, WIDTH.hand / 2)), arm).toBeLessThan(2.5)
      // Hands under the shoulders, not out in front.
      expect(Math.abs(up.limbs[arm].tip[0] - up.shoulder[0]), arm).toBeLessThan(14)
    }
    const flat = start('prone-press-up')
    expect(Math.abs(above(flat.hip, WIDTH.torso / 2))).toBeLessThan(1)
  })

  it('keeps the hips down when propped on the elbows, forearms on the floor', () => {
    const up = end('prone-on-elbows')
    expect(Math.abs(above(up.hip, WIDTH.torso / 2))).toBeLessThan(1.5)
    expect(Math.abs(above(up.limbs.arm.tip, WIDTH.forearm / 2))).toBeLessThan(1.5)
  })

  it('puts the hands on the hips in the standing back extension, before and while leaning back', () => {
    for (const j of [start('standing-back-extension'), end('standing-back-extension')]) {
      for (const arm of ['arm', 'farArm'] as const) expect(distance(j.limbs[arm].tip, j.hip), arm).toBeLessThan(16)
    }
    const a = start('standing-back-extension')
    const b = end('standing-back-extension')
    // Leaning back: the shoulders move behind the hips (the figure faces +x).
    expect(b.shoulder[0] - b.hip[0]).toBeLessThan(a.shoulder[0] - a.hip[0] - 10)
    for (const leg of ['leg', 'farLeg'] as const) expect(Math.abs(above(b.limbs[leg].tip, 0)), leg).toBeLessThan(10)
  })

  it('rests one ankle on the other knee in figure-4, seated piriformis and seated pigeon', () => {
    for (const id of ['figure-4', 'seated-piriformis', 'seated-pigeon']) {
      for (const j of [start(id), end(id)]) {
        const ankle = j.limbs.leg.tip
        const farKnee = j.limbs.farLeg.mid
        const farHip = j.limbs.farLeg.root
        // On the far leg: near its knee (figure-4, piriformis) or along its thigh (pigeon).
        const alongThigh = Math.min(
          distance(ankle, farKnee),
          distance(ankle, [
            (farKnee[0] + farHip[0]) / 2 + (farKnee[0] - farHip[0]) / 4,
            (farKnee[1] + farHip[1]) / 2,
            farKnee[2]
          ])
        )
        expect(alongThigh, id).toBeLessThan(16)
        // The crossed knee falls out toward the viewer, so the shape reads as a 4.
        expect(j.limbs.leg.mid[2] - j.limbs.leg.root[2], id).toBeGreaterThan(15)
      }
    }
  })

  it('draws a clear hollow under the low back before a pelvic tilt, and a flat back after', () => {
    const hollow = above(start('pelvic-tilt').lowBack, WIDTH.torso / 2)
    const flat = above(end('pelvic-tilt').lowBack, WIDTH.torso / 2)
    expect(hollow).toBeGreaterThan(5)
    expect(flat).toBeLessThan(1.5)
    // The panels say what to do: an arrow and its label on the start panel.
    const tree = drawingTreeFor('pelvic-tilt', { mode: 'panels' })!
    const startPanel = byClass(tree, 'dr-panel-start')[0]!
    expect(byClass(startPanel, 'dr-cue').length).toBeGreaterThan(0)
    expect(toMarkup(startPanel)).toContain('Press it down')
  })

  it('rests feet on the floor and hips on the chair when seated, and feet on the floor when standing', () => {
    for (const exercise of CATALOGUE) {
      const props = spec(exercise.id).start.props ?? []
      const j = start(exercise.id)
      if (props.includes('chair') && exercise.id !== 'seated-piriformis' && exercise.id !== 'seated-pigeon') {
        expect(Math.abs(above(j.limbs.farLeg.tip, 0)), exercise.id).toBeLessThan(9)
      }
      if (spec(exercise.id).start.pose.torso === -90 && !props.includes('chair')) {
        expect(Math.abs(above(j.limbs.farLeg.tip, 0)), exercise.id).toBeLessThan(9)
      }
    }
  })
})

describe('the drawing trees', () => {
  it('moves between start and end in one panel, or shows two still panels', () => {
    for (const exercise of CATALOGUE) {
      const moving = drawingTreeFor(exercise.id, { mode: 'animated' })!
      const still = drawingTreeFor(exercise.id, { mode: 'panels' })!
      const animations = walk(moving).filter((n) => n.name === 'animate')
      expect(animations.length, exercise.id).toBeGreaterThan(3)
      for (const a of animations) {
        const values = String(a.attrs['values']).split(';')
        const times = String(a.attrs['keyTimes']).split(';')
        expect(values.length, exercise.id).toBe(times.length)
        expect(values[0], exercise.id).toBe(values[values.length - 1])
      }
      expect(byClass(moving, 'dr-panel')).toHaveLength(0)
      expect(byClass(still, 'dr-panel')).toHaveLength(2)
      expect(
        walk(still).filter((n) => n.name === 'animate'),
        exercise.id
      ).toHaveLength(0)
    }
  })

  it('labels the felt area in words and draws it hatched and outlined, not by colour alone', () => {
    for (const exercise of CATALOGUE) {
      for (const mode of ['animated', 'panels', 'still'] as const) {
        const tree = drawingTreeFor(exercise.id, { mode })!
        expect(byClass(tree, 'dr-feel-hatch').length, `${exercise.id} ${mode}`).toBe(1)
        expect(byClass(tree, 'dr-feel-edge').length, `${exercise.id} ${mode}`).toBe(1)
        expect(toMarkup(tree), `${exercise.id} ${mode}`).toContain(`>${spec(exercise.id).feel.label}<`)
      }
    }
  })

  it('is an image with our own words as its name, and fits its panel', () => {
    const exercise = getExercise('knee-to-chest')
    const tree = drawingTreeFor(exercise.id, { mode: 'animated' })!
    expect(tree.attrs['role']).toBe('img')
    expect(tree.attrs['aria-label']).toBe(spec(exercise.id).alt)
    for (const ex of CATALOGUE) {
      for (const mode of ['animated', 'panels'] as const) {
        const markup = toMarkup(drawingTreeFor(ex.id, { mode })!)
        const [, w, h] = /viewBox="0 0 (\d+) (\d+)"/.exec(markup)!.map(Number) as number[]
        for (const [, x, y] of markup.matchAll(/[ML](-?\d+(?:\.\d+)?) (-?\d+(?:\.\d+)?)/g)) {
          expect(Number(x), `${ex.id} ${mode}`).toBeGreaterThan(-2)
          expect(Number(x), `${ex.id} ${mode}`).toBeLessThan(w! + 2)
          expect(Number(y), `${ex.id} ${mode}`).toBeGreaterThan(-2)
          expect(Number(y), `${ex.id} ${mode}`).toBeLessThan(h! + 2)
        }
      }
    }
  })

  it('escapes every text it writes', () => {
    const markup = toMarkup({ name: 'text', attrs: { 'aria-label': 'a "b" <c>' }, children: ['<script>&'] })
    expect(markup).toBe('<text aria-label="a &quot;b&quot; &lt;c&gt;">&lt;script&gt;&amp;</text>')
  })
})

describe('the side to draw while a timer runs', () => {
  it('follows the side being worked, shows the next side while switching, and the right for both-at-once', async () => {
    const { exerciseScript } = await import('@shared/player/exercise-script')
    const { drawingSideAt } = await import('@shared/drawings')
    const oneSideThenOther = exerciseScript({
      reps: 1,
      holdSeconds: 30,
      repSeconds: 5,
      sets: 1,
      sides: 2,
      alternate: false,
      restSeconds: 0
    })
    expect(oneSideThenOther.map((s) => s.kind)).toEqual(['hold', 'relax', 'hold'])
    expect([0, 1, 2].map((i) => drawingSideAt(oneSideThenOther, i))).toEqual(['left', 'right', 'right'])
    const both = exerciseScript({ reps: 10, repSeconds: 6, sets: 2, sides: 1, alternate: false, restSeconds: 30 })
    expect(both.map((_, i) => drawingSideAt(both, i))).toEqual(both.map(() => 'right'))
  })
})

describe('the drawing description', () => {
  it('says in words where it is felt and which side is shown', () => {
    const desc = (id: string, side?: 'left' | 'right') =>
      walk(drawingTreeFor(id, { mode: 'panels', side })!)
        .find((n) => n.name === 'desc')
        ?.children.join('')
    expect(desc('figure-4')).toBe(
      'Hatched: where you should feel it (buttock). Shown on the right leg; then the other side.'
    )
    expect(desc('figure-4', 'left')).toContain('left leg')
    expect(desc('cat-cow')).toBe('Hatched: where you should feel it (whole spine).')
  })
})
