// Runs one OS's probes behind the DesktopSignalsPort: watchers while started, reads on poll, and a
// status per source for Settings. A probe that fails turns itself off and never stops the app.
import type { DesktopSignalsPort } from '../../app/ports'
import {
  SOURCE_REASON,
  signalSourceSchema,
  type BusyReason,
  type SignalSource,
  type SignalSourceStatus
} from '@shared/desktop-signals'

/** A probe cannot run on this computer (a tool missing, a desktop that offers no way): plain words for Settings. */
export class ProbeUnavailable extends Error {}

/** One way to observe one source on one OS. */
export interface Probe {
  source: SignalSource
  /** Plain words for Settings while it works, e.g. "Watches for apps recording sound (PulseAudio)". */
  note: string
  /** Set when this computer cannot offer the source at all: why, in plain words. The probe never runs. */
  unavailable?: string
  /**
   * Reads the source once. Resolves true when active. Rejects with ProbeUnavailable when this computer
   * turns out not to offer it, with any other Error (plain words) when it failed.
   */
  read(): Promise<boolean>
  /**
   * Event-driven probes: starts the OS's own change feed; calls changed() when a new read() is worth
   * it, failed() if the feed ends. Returns how to stop it. Probes without watch() are read on poll().
   */
  watch?(changed: () => void, failed: (why: string, missing: boolean) => void): () => void
}

export interface ProbeSetOptions {
  /** Loads this OS's probes (a dynamic import, so nothing for another OS is ever loaded). */
  load(): Promise<Probe[]>
  /** Kills every child process the probes started. */
  stopProcesses(): void
  /** Said for every source when this OS has no probes at all. */
  unsupported?: string
}

type State = { kind: 'working' } | { kind: 'unavailable' | 'failed'; note: string }

interface Entry {
  probe: Probe
  state: State
  active: boolean
  stopWatch: (() => void) | null
  reading: Promise<void> | null
  /** A change arrived while a read ran: read again when it ends. */
  again: boolean
}

const ALL_ON: Record<BusyReason, boolean> = { call: true, presenting: true, dnd: true }
const STILL_CHECKING = 'Still checking whether this computer can tell.'

function failureWords(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  return text.slice(0, 280)
}

export function createProbeSet(options: ProbeSetOptions): DesktopSignalsPort {
  let entries: Entry[] | null = null
  let loading: Promise<Entry[]> | null = null
  let loadFailed: string | null = null
  let enabled: Record<BusyReason, boolean> = { ...ALL_ON }
  let started = false
  let onChange: () => void = () => undefined

  const isOn = (entry: Entry): boolean => enabled[SOURCE_REASON[entry.probe.source]]
  const live = (entry: Entry): boolean => started && isOn(entry) && entry.state.kind === 'working'

  const notify = (): void => {
    // Always on a later turn, as the port promises.
    queueMicrotask(() => {
      if (started) onChange()
    })
  }

  const setActive = (entry: Entry, active: boolean): void => {
    if (entry.active === active) return
    entry.active = active
    notify()
  }

  const turnOff = (entry: Entry, kind: 'unavailable' | 'failed', note: string): void => {
    entry.stopWatch?.()
    entry.stopWatch = null
    entry.state = { kind, note }
    setActive(entry, false)
    notify()
  }

  const read = (entry: Entry): Promise<void> => {
    if (entry.reading) {
      entry.again = true
      return entry.reading
    }
    const once = async (): Promise<void> => {
      do {
        entry.again = false
        try {
          const active = await entry.probe.read()
          if (live(entry)) setActive(entry, active)
        } catch (error) {
          if (!live(entry)) return
          if (error instanceof ProbeUnavailable) turnOff(entry, 'unavailable', failureWords(error))
          else turnOff(entry, 'failed', `Stopped checking: ${failureWords(error)}`)
        }
      } while (entry.again && live(entry))
    }
    entry.reading = once().finally(() => {
      entry.reading = null
    })
    return entry.reading
  }

  const startWatch = (entry: Entry): void => {
    if (!entry.probe.watch || entry.stopWatch || !live(entry)) return
    try {
      entry.stopWatch = entry.probe.watch(
        () => {
          if (live(entry)) void read(entry)
        },
        (why, missing) => {
          entry.stopWatch = null
          if (live(entry))
            turnOff(entry, missing ? 'unavailable' : 'failed', missing ? why : `Stopped watching: ${why}`)
        }
      )
    } catch (error) {
      turnOff(entry, 'failed', `Could not start: ${failureWords(error)}`)
      return
    }
    void read(entry)
  }

  const stopWatch = (entry: Entry): void => {
    entry.stopWatch?.()
    entry.stopWatch = null
    setActive(entry, false)
  }

  const ensureLoaded = (): Promise<Entry[]> => {
    loading ??= options
      .load()
      .then((probes) =>
        probes.map<Entry>((probe) => ({
          probe,
          state: probe.unavailable ? { kind: 'unavailable', note: probe.unavailable } : { kind: 'working' },
          active: false,
          stopWatch: null,
          reading: null,
          again: false
        }))
      )
      .catch((error: unknown) => {
        loadFailed = `Could not load the checks for this computer: ${failureWords(error)}`
        return []
      })
      .then((loaded) => {
        entries = loaded
        if (started) for (const entry of loaded) startWatch(entry)
        notify()
        return loaded
      })
    return loading
  }

  return {
    start(listener) {
      onChange = listener
      if (started) return
      started = true
      if (entries) for (const entry of entries) startWatch(entry)
      else void ensureLoaded()
    },
    stop() {
      started = false
      for (const entry of entries ?? []) {
        entry.stopWatch?.()
        entry.stopWatch = null
        entry.active = false
      }
      options.stopProcesses()
    },
    async poll() {
      if (!started) return
      const loaded = await ensureLoaded()
      await Promise.all(loaded.filter((entry) => live(entry) && !entry.probe.watch).map((entry) => read(entry)))
    },
    readings() {
      const seen: Partial<Record<SignalSource, boolean>> = {}
      for (const entry of entries ?? []) {
        if (live(entry)) seen[entry.probe.source] = (seen[entry.probe.source] ?? false) || entry.active
      }
      return seen
    },
    statuses() {
      return signalSourceSchema.options.map<SignalSourceStatus>((source) => {
        const entry = entries?.find((e) => e.probe.source === source)
        if (!enabled[SOURCE_REASON[source]])
          return { source, state: 'off', active: false, note: 'Turned off in Settings.' }
        if (!entries) return { source, state: 'unavailable', active: false, note: STILL_CHECKING }
        if (!entry) {
          const note = loadFailed ?? options.unsupported ?? 'Not available on this computer.'
          return { source, state: loadFailed ? 'failed' : 'unavailable', active: false, note }
        }
        if (entry.state.kind !== 'working')
          return { source, state: entry.state.kind, active: false, note: entry.state.note }
        return { source, state: 'working', active: started && entry.active, note: entry.probe.note }
      })
    },
    configure(next) {
      const before = enabled
      enabled = { ...next }
      for (const entry of entries ?? []) {
        const reason = SOURCE_REASON[entry.probe.source]
        if (before[reason] && !enabled[reason]) stopWatch(entry)
        if (!before[reason] && enabled[reason]) startWatch(entry)
      }
    }
  }
}
