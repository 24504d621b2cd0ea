// Words for where symptoms reach, from none to the foot (the order of SYMPTOM_LOCATIONS).
import { SYMPTOM_LOCATIONS, type SymptomLocation } from '@shared/progress-events'

export const SYMPTOM_LABELS: Record<SymptomLocation, string> = {
  none: 'No symptoms',
  back: 'Back',
  buttock: 'Buttock',
  thigh: 'Thigh',
  knee: 'Knee',
  calf: 'Calf',
  foot: 'Foot'
}

/** 0 for none ... 6 for the foot. */
export function symptomRank(location: SymptomLocation): number {
  return SYMPTOM_LOCATIONS.indexOf(location)
}
