// Hash routes ("#/settings", "#/exercise/cat-cow"): no router library, nothing to load from disk.
import { useEffect, useState } from 'react'

export interface Route {
  name: string
  param: string | null
}

export function parseRoute(hash: string): Route {
  const [name = '', param] = hash.replace(/^#\/?/, '').split('/')
  return { name: name || 'today', param: param ? decodeURIComponent(param) : null }
}

export function href(name: string, param?: string): string {
  return param ? `#/${name}/${encodeURIComponent(param)}` : `#/${name}`
}

export function navigate(name: string, param?: string): void {
  window.location.hash = href(name, param)
}

/**
 * A screen with unsaved work (Settings) may hold a move away: it is told the target hash and answers
 * whether to go now. When it says no, the address goes back to where it was and the screen asks the user.
 */
type LeaveGuard = (targetHash: string) => boolean
let leaveGuard: LeaveGuard | null = null

/** Sets (or with null, clears) the guard; returns a function that clears it if it is still this one. */
export function setLeaveGuard(guard: LeaveGuard | null): () => void {
  leaveGuard = guard
  return () => {
    if (leaveGuard === guard) leaveGuard = null
  }
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash))
  useEffect(() => {
    const onChange = (event: HashChangeEvent): void => {
      const target = window.location.hash
      if (leaveGuard && !leaveGuard(target)) {
        // Back to the address the user is still on, without another hashchange.
        window.history.replaceState(window.history.state, '', event.oldURL)
        return
      }
      setRoute(parseRoute(target))
    }
    window.addEventListener('hashchange', onChange)
    return () => window.removeEventListener('hashchange', onChange)
  }, [])
  return route
}
