// The warning-sign questions: one yes/no per sign, all answered before they can be sent.
import { useState, type FormEvent } from 'react'
import { WARNING_SIGN_INFO, type WarningSignId } from '@shared/content/warning-signs'

interface Props {
  /** the signs answered yes last time, to start from */
  initial?: readonly WarningSignId[]
  submitLabel: string
  onSubmit: (signs: WarningSignId[]) => void | Promise<void>
}

type Answer = 'yes' | 'no' | null

export function WarningSignQuestions({ initial, submitLabel, onSubmit }: Props) {
  const [answers, setAnswers] = useState<Record<string, Answer>>(() =>
    Object.fromEntries(
      WARNING_SIGN_INFO.map((s) => [s.id, initial === undefined ? null : initial.includes(s.id) ? 'yes' : 'no'])
    )
  )
  const [missing, setMissing] = useState(false)
  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (WARNING_SIGN_INFO.some((s) => answers[s.id] === null)) {
      setMissing(true)
      return
    }
    setMissing(false)
    void onSubmit(WARNING_SIGN_INFO.filter((s) => answers[s.id] === 'yes').map((s) => s.id))
  }
  return (
    <form className="warning-questions" onSubmit={submit} noValidate>
      {WARNING_SIGN_INFO.map((sign, i) => (
        <fieldset key={sign.id} className="question">
          <legend>
            {i + 1}. {sign.question}
          </legend>
          {(['no', 'yes'] as const).map((value) => (
            <label key={value} className="check">
              <input
                type="radio"
                name={`sign-${sign.id}`}
                value={value}
                checked={answers[sign.id] === value}
                onChange={() => setAnswers((a) => ({ ...a, [sign.id]: value }))}
              />
              {value === 'yes' ? 'Yes' : 'No'}
            </label>
          ))}
        </fieldset>
      ))}
      {missing && (
        <p className="errors" role="alert">
          Please answer every question, yes or no.
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="primary">
          {submitLabel}
        </button>
      </div>
    </form>
  )
}
