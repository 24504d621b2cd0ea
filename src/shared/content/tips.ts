// Daily-habit tips (their own screen) and common-mistake tips (shown in the player), in our own words.

export interface Tip {
  id: string
  title: string
  text: string
}

export const DAILY_HABITS: readonly Tip[] = [
  {
    id: 'lumbar-roll',
    title: 'Support your low back',
    text: 'Roll up a small towel and tuck it behind the curve of your low back when you sit.'
  },
  {
    id: 'stand-every-25',
    title: 'Stand up every 25 minutes',
    text: 'By default Limber reminds you after 25 minutes of sitting. Even a minute on your feet helps.'
  },
  {
    id: 'knees-below-hips',
    title: 'Knees a little lower than hips',
    text: 'Set your chair so your knees sit slightly below your hips, feet flat on the floor.'
  },
  {
    id: 'sleep-position',
    title: 'Sleep on your side or back',
    text:
      'On your side, keep a pillow between your knees; on your back, put one under your knees. ' +
      'Try not to sleep on your stomach.'
  },
  {
    id: 'hip-mobility',
    title: 'Keep your hips moving',
    text: 'Stiff hips pass the strain on to your low back, so the hip stretches matter.'
  },
  {
    id: 'consistency',
    title: 'Little and often',
    text: 'Doing a little every day beats doing a lot now and then. Put your sessions in your calendar.'
  }
]

export const COMMON_MISTAKES: readonly Tip[] = [
  {
    id: 'too-hard',
    title: 'Stretching too hard',
    text: 'A stretch should feel like gentle tension, never pain. Ease off a little.'
  },
  {
    id: 'pushing-through',
    title: 'Pushing through pain that runs down the leg',
    text: 'If pain shoots or spreads down your leg, stop. That is a sign to back off, not to push on.'
  },
  {
    id: 'skipping-core',
    title: 'Skipping the core work',
    text: 'A steady trunk protects your back. A few minutes of core work each day pays off.'
  },
  {
    id: 'poor-form',
    title: 'Letting the form slip',
    text: 'Check yourself in a mirror or film a set on your phone: small form fixes make a big difference.'
  },
  {
    id: 'inconsistency',
    title: 'Doing it only now and then',
    text: 'Progress comes from regular sessions. Pick a time of day and stick to it.'
  }
]
