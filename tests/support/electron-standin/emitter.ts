// A minimal event emitter for the Electron stand-in objects, with listener counts for leak checks.
export type Listener = (...args: never[]) => unknown

export class Emitter {
  private readonly listeners = new Map<string, Set<Listener>>()

  on(event: string, listener: Listener): this {
    let set = this.listeners.get(event)
    if (!set) this.listeners.set(event, (set = new Set()))
    set.add(listener)
    return this
  }

  once(event: string, listener: Listener): this {
    const wrapped = ((...args: never[]) => {
      this.removeListener(event, wrapped)
      return listener(...args)
    }) as Listener
    return this.on(event, wrapped)
  }

  removeListener(event: string, listener: Listener): this {
    this.listeners.get(event)?.delete(listener)
    return this
  }

  off(event: string, listener: Listener): this {
    return this.removeListener(event, listener)
  }

  emit(event: string, ...args: unknown[]): boolean {
    const set = this.listeners.get(event)
    if (!set || set.size === 0) return false
    for (const listener of [...set]) (listener as (...a: unknown[]) => unknown)(...args)
    return true
  }

  listenerCount(event?: string): number {
    if (event !== undefined) return this.listeners.get(event)?.size ?? 0
    let total = 0
    for (const set of this.listeners.values()) total += set.size
    return total
  }

  removeAllListeners(): this {
    this.listeners.clear()
    return this
  }
}
