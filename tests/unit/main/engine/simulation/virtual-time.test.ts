import { describe, expect, it } from 'vitest'
import { VirtualClock, VirtualScheduler } from '../../../../../src/main/engine/simulation/virtual-time'

describe('virtual time', () => {
  it('fires the one pending timer when time reaches it, and a replaced timer never', () => {
    const clock = new VirtualClock(1_000)
    const scheduler = new VirtualScheduler(clock)
    const fired: string[] = []
    scheduler.schedule(5_000, () => fired.push('first'))
    scheduler.schedule(3_000, () => fired.push('second'))
    scheduler.runUntil(10_000)
    expect(fired).toEqual(['second'])
    expect(scheduler.fired).toEqual([{ at: 3_000, elapsed: 3_000 }])
    expect(clock.now()).toBe(10_000)
  })

  it('keeps timers on real time when the wall clock is set by hand', () => {
    const clock = new VirtualClock(0)
    const scheduler = new VirtualScheduler(clock)
    let firedAtWall: number | null = null
    scheduler.schedule(60_000, () => {
      firedAtWall = clock.now()
    })
    clock.setWallClock(3_600_000)
    scheduler.runUntil(59_999)
    expect(firedAtWall).toBeNull()
    scheduler.runUntil(60_000)
    expect(firedAtWall).toBe(3_660_000)
    expect(scheduler.fired).toEqual([{ at: 3_660_000, elapsed: 60_000 }])
  })

  it('gives the runner a monotonic time that a wall-clock change does not move', () => {
    const clock = new VirtualClock(0)
    clock.advanceTo(10_000)
    clock.setWallClock(-3_600_000)
    expect(clock.monotonic()).toBe(10_000)
    clock.advanceTo(15_000)
    expect(clock.monotonic()).toBe(15_000)
    expect(clock.now()).toBe(-3_600_000 + 5_000)
  })
})
