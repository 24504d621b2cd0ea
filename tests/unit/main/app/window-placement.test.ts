import { describe, expect, it } from 'vitest'
import { cornerPosition } from '../../../../src/main/app/window-placement'

describe('break card placement', () => {
  it('sits in the bottom-right corner of the work area, clear of the edges', () => {
    expect(cornerPosition({ x: 0, y: 0, width: 1920, height: 1040 }, { width: 400, height: 660 })).toEqual({
      x: 1504,
      y: 364
    })
  })

  it('follows a second display to the right of the first', () => {
    expect(cornerPosition({ x: 1920, y: 0, width: 2560, height: 1400 }, { width: 400, height: 660 })).toEqual({
      x: 4064,
      y: 724
    })
  })

  it('never leaves a tiny screen', () => {
    const pos = cornerPosition({ x: 0, y: 0, width: 300, height: 400 }, { width: 400, height: 660 })
    expect(pos).toEqual({ x: 0, y: 0 })
  })
})
