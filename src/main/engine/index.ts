// The office engine's public face: the reducer, its status snapshot, the runner and their types.
export { initialState, step } from './office-engine'
export { status } from './engine-status'
export { EngineRunner, type Clock, type EngineRunnerPorts, type IdleProbe, type WakeScheduler } from './engine-runner'
export type {
  BreakCompletion,
  EndReason,
  EngineEvent,
  EngineEventType,
  EngineInput,
  EnginePhase,
  EngineState,
  EngineStatus,
  EpochMs,
  StepResult,
  UserAction
} from './types'
