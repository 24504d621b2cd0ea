// Linux "in a call" from the microphone: capture streams in PulseAudio or PipeWire (through pipewire-pulse),
// read with pactl and watched with `pactl subscribe`.
//
// Why this way: a capture stream (a PulseAudio "source-output", a PipeWire Stream/Input/Audio node) exists
// exactly while an app records, and pactl talks to both daemons, so one tool covers both (bkbilly/lnxlink
// PR #54 moved from /proc/asound to pactl because PipeWire itself holds the ALSA device). Not every stream
// is a person talking: GNOME Settings and pavucontrol open "Peak detect" streams for their level meters
// (PeonPing/peon-ping PR #372), and recording a sink's monitor is recording what the computer plays, not
// the microphone. Those, and Limber's own process, are ignored. `pactl subscribe` prints one line per
// change ("Event 'new' on source-output #3"), so nothing is polled. JSON output (`-f json`) needs
// libpulse 16; older pactl prints only the text form, which is parsed the same way.
// Sources: ../shared/research/os-signals.md §1.3; pactl(1).
import type { CommandRunner } from './command-runner'
import { ProbeUnavailable, type Probe } from './probe-set'

/** A capture stream, as far as deciding "someone is recording the microphone" needs. */
export interface CaptureStream {
  index: number
  /** The index of the source it records from. */
  source: number
  /** Paused by its app: it records nothing. */
  corked: boolean
  properties: Record<string, string>
}

export interface AudioSource {
  index: number
  name: string
  /** Set when this source is the monitor of a sink (what the computer plays). */
  monitorOf: string | null
}

/** Streams from `pactl -f json list source-outputs`; throws when the text is not that JSON. */
export function parseSourceOutputsJson(text: string): CaptureStream[] {
  const data = JSON.parse(text) as unknown
  if (!Array.isArray(data)) throw new Error('pactl did not print a list')
  return data.map((item: Record<string, unknown>) => ({
    index: Number(item['index']),
    source: Number(item['source']),
    corked: item['corked'] === true,
    properties: stringRecord(item['properties'])
  }))
}

/** Sources from `pactl -f json list sources`. */
export function parseSourcesJson(text: string): AudioSource[] {
  const data = JSON.parse(text) as unknown
  if (!Array.isArray(data)) throw new Error('pactl did not print a list')
  return data.map((item: Record<string, unknown>) => {
    // pactl 16 prints a source's "Monitor of Sink" under the key monitor_source (the text form's name is
    // kept too, in case a later pactl renames it); device.class "monitor" says the same.
    const sink = [item['monitor_of_sink'], item['monitor_source']].find(
      (v): v is string => typeof v === 'string' && v !== '' && v !== 'n/a'
    )
    const name = String(item['name'] ?? '')
    const isMonitorClass = stringRecord(item['properties'])['device.class'] === 'monitor'
    return { index: Number(item['index']), name, monitorOf: sink ?? (isMonitorClass ? name : null) }
  })
}

function stringRecord(value: unknown): Record<string, string> {
  const out: Record<string, string> = {}
  if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) out[key] = String(v)
  }
  return out
}

/** The blocks of pactl's text form, each from its heading line ("Source Output #3") to the next. */
function textBlocks(text: string, heading: RegExp): { index: number; lines: string[] }[] {
  const blocks: { index: number; lines: string[] }[] = []
  for (const line of text.split('\n')) {
    const match = heading.exec(line)
    if (match) blocks.push({ index: Number(match[1]), lines: [] })
    else blocks.at(-1)?.lines.push(line)
  }
  return blocks
}

function textField(lines: string[], name: string): string | null {
  const prefix = `${name}:`
  const line = lines.find((l) => l.trim().startsWith(prefix))
  return line ? line.trim().slice(prefix.length).trim() : null
}

function textProperties(lines: string[]): Record<string, string> {
  const out: Record<string, string> = {}
  for (const line of lines) {
    const match = /^\s+([\w.-]+) = "(.*)"\s*$/.exec(line)
    if (match) out[match[1]!] = match[2]!.replace(/\\"/g, '"')
  }
  return out
}

/** Streams from the text form of `pactl list source-outputs` (pactl before 16, or a localised one's fields in English). */
export function parseSourceOutputsText(text: string): CaptureStream[] {
  return textBlocks(text, /^Source Output #(\d+)/).map(({ index, lines }) => ({
    index,
    source: Number(textField(lines, 'Source') ?? NaN),
    corked: textField(lines, 'Corked') === 'yes',
    properties: textProperties(lines)
  }))
}

/** Sources from the text form of `pactl list sources`. */
export function parseSourcesText(text: string): AudioSource[] {
  return textBlocks(text, /^Source #(\d+)/).map(({ index, lines }) => {
    const monitor = textField(lines, 'Monitor of Sink')
    return { index, name: textField(lines, 'Name') ?? '', monitorOf: monitor && monitor !== 'n/a' ? monitor : null }
  })
}

/** Level meters: they read the microphone but nobody is talking to anyone. */
const METER_NAMES = new Set(['peak detect'])

/** The streams that mean "another app records the microphone". */
export function microphoneStreams(
  streams: CaptureStream[],
  sources: AudioSource[],
  own: { pids: readonly number[] }
): CaptureStream[] {
  const monitorIndexes = new Set(sources.filter((s) => s.monitorOf !== null).map((s) => s.index))
  return streams.filter((stream) => {
    const props = stream.properties
    if (stream.corked || monitorIndexes.has(stream.source)) return false
    if (METER_NAMES.has((props['media.name'] ?? '').trim().toLowerCase())) return false
    // PipeWire marks its own level meters and monitors too.
    if (props['stream.monitor'] === 'true' || props['stream.capture.sink'] === 'true') return false
    const pid = Number(props['application.process.id'])
    if (Number.isInteger(pid) && own.pids.includes(pid)) return false
    return true
  })
}

/** One line of `pactl subscribe` that can change the answer: a capture stream came, went or was (un)paused. */
export function isCaptureEvent(line: string): boolean {
  return /^Event '(new|remove|change)' on source-output #\d+/.test(line.trim())
}

export function linuxMicrophoneProbe(runner: CommandRunner, own: { pids: readonly number[] }): Probe {
  let textForm = false
  const list = async (what: 'source-outputs' | 'sources'): Promise<string> => {
    const asText = textForm
    const args = asText ? ['list', what] : ['-f', 'json', 'list', what]
    const result = await runner.run('pactl', args)
    if (result.missing)
      throw new ProbeUnavailable('Not available: the pactl tool (PulseAudio utilities) is not installed.')
    if (result.timedOut) throw new Error('the sound server did not answer in time.')
    if (result.code !== 0) {
      // pactl before 16 has no -f: switch to the text form once, for good.
      // (Two lists run at once: the second may find the switch already made.)
      if (!asText && /invalid option|unrecognized option/i.test(result.stderr)) {
        textForm = true
        return list(what)
      }
      throw new Error(
        `could not reach the sound server (${result.stderr.trim().split('\n')[0] || `pactl exited ${result.code}`}).`
      )
    }
    return result.stdout
  }
  return {
    source: 'microphone',
    note: 'Watches for other apps recording from the microphone (PulseAudio or PipeWire).',
    async read() {
      const [outputs, sources] = await Promise.all([list('source-outputs'), list('sources')])
      const streams = textForm ? parseSourceOutputsText(outputs) : parseSourceOutputsJson(outputs)
      const known = textForm ? parseSourcesText(sources) : parseSourcesJson(sources)
      return microphoneStreams(streams, known, own).length > 0
    },
    watch(changed, failed) {
      const watcher = runner.watch('pactl', ['subscribe'], {
        line: (text) => {
          if (isCaptureEvent(text)) changed()
        },
        ended: (why, missing) =>
          failed(
            missing
              ? 'Not available: the pactl tool (PulseAudio utilities) is not installed.'
              : `lost the sound server (${why}).`,
            missing
          )
      })
      return () => watcher.stop()
    }
  }
}
