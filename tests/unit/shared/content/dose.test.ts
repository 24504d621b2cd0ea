import { describe, expect, it } from 'vitest'
import { DESK_BREAK_MAX_SECONDS, deskDose, doseSeconds, effectiveDose, getExercise } from '@shared/content'

const knee = getExercise('knee-to-chest')

describe('effectiveDose', () => {
  it('plays the starting dose in phase 1', () => {
    expect(effectiveDose(knee, 1)).toEqual({ dose: knee.dose, gentler: false })
  })

  it('grows stretch holds by half from phase 2 on', () => {
    expect(effectiveDose(knee, 2).dose.holdSeconds).toBe(45)
    expect(effectiveDose(getExercise('seated-piriformis'), 3).dose.holdSeconds).toBe(70)
  })

  it('never grows a hold past its cap (prone on elbows: up to 2 minutes)', () => {
    expect(effectiveDose(getExercise('prone-on-elbows'), 4).dose.holdSeconds).toBe(120)
  })

  it('keeps short strength holds as they are and adds a set in the endurance phase', () => {
    const bridging = getExercise('bridging')
    expect(effectiveDose(bridging, 3).dose).toMatchObject({ holdSeconds: 5, sets: 2 })
    expect(effectiveDose(bridging, 4).dose).toMatchObject({ holdSeconds: 5, sets: 3 })
    expect(effectiveDose(getExercise('stand-and-walk'), 4).dose.sets).toBe(1)
  })

  it('halves the dose in flare mode, starting from the base dose whatever the phase', () => {
    expect(effectiveDose(knee, 1, { flare: true }).dose).toMatchObject({ holdSeconds: 15, reps: 3 })
    expect(effectiveDose(knee, 4, { flare: true }).dose).toMatchObject({ holdSeconds: 15, sets: 1 })
    expect(effectiveDose(getExercise('pelvic-tilt'), 1, { flare: true }).dose.reps).toBe(8)
    expect(effectiveDose(getExercise('stand-and-walk'), 1, { flare: true }).dose.durationSeconds).toBe(60)
  })

  it('switches to the gentler variant after a sharp rating, and says so', () => {
    const result = effectiveDose(knee, 3, { dialBack: true })
    expect(result.gentler).toBe(true)
    expect(result.dose).toEqual(knee.gentlerVariant.dose)
    expect(doseSeconds(result.dose)).toBeLessThan(doseSeconds(effectiveDose(knee, 3).dose))
  })

  it('plays a routine override as written, without phase growth, but still halves it in a flare', () => {
    expect(effectiveDose(knee, 2, { override: { holdSeconds: 20 } }).dose.holdSeconds).toBe(20)
    expect(effectiveDose(knee, 2, { override: { holdSeconds: 20 }, flare: true }).dose.holdSeconds).toBe(10)
  })
})

describe('doseSeconds', () => {
  it('counts every repetition on every side and the rests between sets', () => {
    // 2 sets x 10 reps x (5 s hold + 4 s movement) + one 30 s rest
    expect(doseSeconds(getExercise('bridging').dose)).toBe(210)
    // 3 reps a side x 2 sides x (30 s + 6 s)
    expect(doseSeconds(knee.dose)).toBe(216)
    expect(doseSeconds(getExercise('stand-and-walk').dose)).toBe(120)
  })
})

describe('deskDose (the break card)', () => {
  const desk = ['seated-piriformis', 'seated-pigeon', 'standing-hamstring', 'seated-nerve-glide', 'cat-cow-seated']

  it('never takes longer than 2 minutes, in any phase, flare or not', () => {
    for (const id of desk) {
      for (const phase of [1, 2, 3, 4] as const) {
        for (const flare of [false, true]) {
          expect(doseSeconds(deskDose(getExercise(id), phase, { flare }).dose), `${id} ${phase}`).toBeLessThanOrEqual(
            DESK_BREAK_MAX_SECONDS
          )
        }
      }
    }
    // The seated piriformis grows to 70 s a side from phase 3: 2 x (70 + 5) = 150 s, cut to fit.
    const piriformis = deskDose(getExercise('seated-piriformis'), 4)
    expect(doseSeconds(piriformis.dose)).toBeLessThanOrEqual(120)
    expect(doseSeconds(piriformis.dose)).toBeGreaterThanOrEqual(60)
  })

  it('keeps a dose that already fits exactly as home plays it', () => {
    const hamstring = getExercise('standing-hamstring')
    expect(deskDose(hamstring, 1)).toEqual(effectiveDose(hamstring, 1))
  })

  it('follows dial-back and flare as home does', () => {
    const piriformis = getExercise('seated-piriformis')
    expect(deskDose(piriformis, 4, { dialBack: true })).toEqual({ dose: piriformis.gentlerVariant.dose, gentler: true })
    expect(deskDose(piriformis, 4, { flare: true }).dose.holdSeconds).toBe(
      effectiveDose(piriformis, 4, { flare: true }).dose.holdSeconds
    )
  })
})

describe('the endurance phase', () => {
  it('adds a set to strength work only, so desk stretches stay micro-breaks', () => {
    expect(effectiveDose(getExercise('seated-piriformis'), 4).dose.sets).toBe(1)
    expect(effectiveDose(getExercise('bridging'), 4).dose.sets).toBe(getExercise('bridging').dose.sets + 1)
  })
})
