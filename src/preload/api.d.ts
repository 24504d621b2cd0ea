// The renderer's view of the preload: window.limber is the contract's API.
import type { LimberApi } from '../shared/contract'

declare global {
  interface Window {
    limber: LimberApi
  }
}
export {}
