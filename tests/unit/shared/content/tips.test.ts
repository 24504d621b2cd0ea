import { describe, expect, it } from 'vitest'
import { COMMON_MISTAKES, DAILY_HABITS } from '@shared/content'

describe('tips', () => {
  it('cover the daily habits of the guide', () => {
    const text = DAILY_HABITS.map((t) => `${t.title} ${t.text}`)
      .join(' ')
      .toLowerCase()
    for (const topic of ['towel', '25 minutes', 'knees', 'pillow between your knees', 'stomach', 'hips', 'calendar']) {
      expect(text, topic).toContain(topic)
    }
  })

  it('cover the five common mistakes, each with its own id', () => {
    expect(COMMON_MISTAKES.map((t) => t.id)).toEqual([
      'too-hard',
      'pushing-through',
      'skipping-core',
      'poor-form',
      'inconsistency'
    ])
    expect(new Set(DAILY_HABITS.map((t) => t.id)).size).toBe(DAILY_HABITS.length)
  })
})
