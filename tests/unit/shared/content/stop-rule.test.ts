import { describe, expect, it } from 'vitest'
import { CATALOGUE, GENERAL_STOP_RULE, getExercise, otherPrecautions, stopRuleFor } from '@shared/content'

describe('stopRuleFor', () => {
  it('takes the exercise own stop line, word for word, from its precautions', () => {
    expect(stopRuleFor(getExercise('prone-on-elbows'))).toBe('Stop at once if pain spreads further down your leg.')
    expect(stopRuleFor(getExercise('figure-4'))).toBe('Stop if your knee hurts.')
    expect(stopRuleFor(getExercise('seated-nerve-glide'))).toBe('Stop if tingling or numbness grows.')
    expect(stopRuleFor(getExercise('standing-back-extension'))).toBe(
      'Stop at once if pain spreads further down your leg.'
    )
  })

  it('falls back to the general rule, and every exercise has a stop rule', () => {
    expect(stopRuleFor(getExercise('stand-and-walk'))).toBe(GENERAL_STOP_RULE)
    for (const e of CATALOGUE) {
      expect(stopRuleFor(e), e.id).toMatch(/stop/i)
      expect(otherPrecautions(e), e.id).not.toContain(stopRuleFor(e))
      expect(otherPrecautions(e).length + (e.precautions.includes(stopRuleFor(e)) ? 1 : 0)).toBe(e.precautions.length)
    }
  })
})

describe('precautions for hip replacement and pregnancy', () => {
  it('warn on every crossed-leg or deep hip-bend stretch after a hip replacement', () => {
    for (const id of ['figure-4', 'seated-piriformis', 'seated-pigeon', 'knee-to-chest']) {
      expect(getExercise(id).precautions.join(' '), id).toMatch(/hip replacement/)
    }
  })

  it('warn on lying on the front or the back during pregnancy', () => {
    for (const id of ['prone-on-elbows', 'prone-press-up', 'knee-to-chest', 'figure-4', 'partial-curl']) {
      expect(getExercise(id).precautions.join(' '), id).toMatch(/Pregnant\?/)
    }
  })

  it('offer the standing hamstring stretch with the heel on the floor, no step needed', () => {
    const hamstring = getExercise('standing-hamstring')
    expect(hamstring.steps[0]).toMatch(/heel on the floor/)
    expect(hamstring.gentlerVariant.text).toMatch(/heel on the floor/)
  })
})
