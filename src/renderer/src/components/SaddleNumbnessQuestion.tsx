// Asked in the check-in whenever numbness is reported: is it in the saddle area? A "yes" is an emergency
// sign: the answer is saved with the check-in and Limber stops everything (see HomeService.observe).
import { useId, useState } from 'react'
import { WARNING_SIGN_INFO } from '@shared/content/warning-signs'

const SADDLE = WARNING_SIGN_INFO.find((s) => s.id === 'saddle-numbness')

export function SaddleNumbnessQuestion({ onChange }: { onChange: (saddle: boolean) => void }) {
  const [answer, setAnswer] = useState<boolean | null>(null)
  const name = useId()
  const choose = (value: boolean) => {
    setAnswer(value)
    onChange(value)
  }
  return (
    <fieldset className="saddle-question">
      <legend>{SADDLE?.question ?? 'Is the numbness around your groin, buttocks or inner thighs?'}</legend>
      {(
        [
          [false, 'No'],
          [true, 'Yes']
        ] as const
      ).map(([value, label]) => (
        <label key={label} className="check">
          <input type="radio" name={name} checked={answer === value} onChange={() => choose(value)} />
          {label}
        </label>
      ))}
      {answer === true && (
        <p className="notice-warning inline-notice" role="alert">
          {SADDLE?.advice} Save this check-in and Limber will stop exercise advice and reminders for now.
        </p>
      )}
    </fieldset>
  )
}
