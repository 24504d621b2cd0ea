// What Limber can notice on the desktop by itself (a call, a presentation, Do-Not-Disturb), and how
// Settings describes each source. Shared by the main process (probes, engine input) and the renderer.
import { z } from 'zod'

/** One thing a probe can observe. A call is the microphone or the camera in use by another app. */
export const signalSourceSchema = z.enum(['microphone', 'camera', 'fullscreen', 'dnd'])
export type SignalSource = z.infer<typeof signalSourceSchema>

/** Why Limber holds its prompts automatically; each is one on/off setting. */
export const busyReasonSchema = z.enum(['call', 'presenting', 'dnd'])
export type BusyReason = z.infer<typeof busyReasonSchema>

/** Which busy reason each source feeds. */
export const SOURCE_REASON: Record<SignalSource, BusyReason> = {
  microphone: 'call',
  camera: 'call',
  fullscreen: 'presenting',
  dnd: 'dnd'
}

/**
 * How one source works on this computer, for Settings:
 * - working: the probe ran and answered (active says what it saw last);
 * - unavailable: this desktop or OS offers no way to read it (note says why, in plain words);
 * - failed: it worked, then failed, and turned itself off (note says what failed);
 * - off: the user turned the matching setting off.
 */
export const signalSourceStatusSchema = z.object({
  source: signalSourceSchema,
  state: z.enum(['working', 'unavailable', 'failed', 'off']),
  active: z.boolean(),
  /** Plain words for Settings, e.g. "Reads capture streams from PulseAudio" or "Not available on this desktop". */
  note: z.string().max(300)
})
export type SignalSourceStatus = z.infer<typeof signalSourceStatusSchema>
