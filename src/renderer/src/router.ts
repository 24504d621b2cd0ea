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

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash))
  useEffect(() => {
    const onChange = (): void => setRoute(parseRoute(window.location.hash))
    window.addEventListener('hashchange', onChange)
    return () => window.removeEventListener('hashchange', onChange)
  }, [])
  return route
}
