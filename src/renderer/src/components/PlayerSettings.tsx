// The guided player's settings, part of Settings' General section: time to get into position before
// each exercise, and whether cues are spoken (when the computer has a voice) or played as sounds.
import type { GeneralSettings } from '@shared/app-settings'

type PlayerFields = Pick<GeneralSettings, 'leadInSeconds' | 'voiceCues'>

interface Props {
  value: PlayerFields
  onChange: (patch: Partial<PlayerFields>) => void
}

export function PlayerSettings({ value, onChange }: Props) {
  return (
    <>
      <label className="field">
        <span>Time to get into position before each exercise (seconds)</span>
        <input
          type="number"
          inputMode="numeric"
          min={0}
          max={60}
          value={Number.isFinite(value.leadInSeconds) ? value.leadInSeconds : ''}
          onChange={(e) => onChange({ leadInSeconds: e.target.valueAsNumber })}
        />
        <small>0 starts each exercise at once. In the player, press S to start sooner.</small>
      </label>
      <label className="check">
        <input type="checkbox" checked={value.voiceCues} onChange={(e) => onChange({ voiceCues: e.target.checked })} />
        <span>Speak those cues when this computer has a voice (otherwise soft sounds)</span>
      </label>
    </>
  )
}
