// The renderer's single door to main: the preload's window.limber, typed by the contract.
import type { LimberApi } from '@shared/contract'

export function limber(): LimberApi {
  return window.limber
}
