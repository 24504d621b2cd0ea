import { describe, expect, it } from 'vitest'
import { promptNotification } from '../../../../src/main/app/prompt-wording'

describe('prompt wording', () => {
  it('says how long the user sat and names the suggested stretch', () => {
    const note = promptNotification(1, 25.4, 'Standing hamstring stretch')
    expect(note.message).toContain('25 minutes')
    expect(note.message).toContain('Standing hamstring stretch')
  })

  it('never words two consecutive prompts the same way', () => {
    for (let n = 1; n < 20; n++) {
      const a = promptNotification(n, 25, 'Stand up and walk')
      const b = promptNotification(n + 1, 25, 'Stand up and walk')
      expect(a.title).not.toBe(b.title)
      expect(a.message).not.toBe(b.message)
    }
  })
})

describe('prompt wording reads as a sentence (issue 13)', () => {
  it('never says "Stand up and try: Stand up and walk."', () => {
    for (let n = 1; n < 5; n++) {
      const note = promptNotification(n, 25, 'Stand up and walk')
      expect(note.message).not.toMatch(/try: Stand up and walk/)
      expect(note.message).toMatch(/Stand up and walk for a minute or two, at an easy pace\.$/)
    }
    expect(promptNotification(1, 25, 'Seated pigeon').message).toMatch(
      /Stand up for a moment, then try: Seated pigeon\.$/
    )
  })
})
