// Home mode's state from main, kept fresh by its push event; actions that answer with a new state set it at once.
import { useCallback, useEffect, useState } from 'react'
import type { HomeState } from '@shared/home/home-state'
import { limber } from '../api'

export function useHomeState(): [HomeState | null, (state: HomeState) => void] {
  const [state, setState] = useState<HomeState | null>(null)
  useEffect(() => {
    let live = true
    const off = limber().on('home:state', (next) => {
      if (live) setState(next)
    })
    void limber()
      .invoke('home:get-state')
      .then((value) => {
        if (live) setState((current) => current ?? value)
      })
    return () => {
      live = false
      off()
    }
  }, [])
  const update = useCallback((next: HomeState) => setState(next), [])
  return [state, update]
}
