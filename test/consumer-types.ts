// What a consumer's TypeScript sees: `tsc --noEmit` compiles this file against src/, and
// test/consumers/run.mjs compiles a copy against the packed package (imports from 'migration-widgets').
// Each `@ts-expect-error` line proves that wrong usage is a type error.
import { CounterPauseEvent, type RemittanceCounter, type StatCard } from '../src/index.js';
import { figures, type Figure } from '../src/data/index.js';

/** Elements from the tag name map: querySelector and createElement return the element's class. */
export function elements(): [StatCard, RemittanceCounter] {
  const card = document.querySelector('migration-stat-card')!;
  const fact: string = card.fact;
  card.variant = 'compact';
  // @ts-expect-error variant is one of 'default' | 'compact' | 'emphasis'
  card.variant = 'huge';
  // @ts-expect-error fact is a string, not a number
  const wrong: number = card.fact;
  // @ts-expect-error the stat card has no such property
  card.factt = fact;

  const counter = document.createElement('migration-remittance-counter');
  counter.paused = true;
  // @ts-expect-error paused is a boolean
  counter.paused = 'yes';
  // @ts-expect-error amount is read-only
  counter.amount = wrong;
  return [card, counter];
}

/** Events from the event map: the counter's listeners get its event classes, with `amount`. */
export function events(counter: RemittanceCounter): void {
  counter.addEventListener('migration-counter-pause', (e) => e.amount.toFixed());
  counter.addEventListener(
    'migration-counter-resume',
    (e: CounterPauseEvent | Event) => e instanceof CounterPauseEvent,
  );
  document
    .querySelector('migration-remittance-counter')
    ?.addEventListener('migration-counter-resume', (e) => e.amount.toFixed(2));
  // @ts-expect-error amount is a number
  counter.addEventListener('migration-counter-pause', (e) => e.amount.toUpperCase());
  // @ts-expect-error a plain Event has no amount
  counter.addEventListener('click', (e) => e.amount);
}

/** The data module on its own (`migration-widgets/data.js`): typed, read-only records. */
export function data(): Figure | undefined {
  const migrants = figures.find((figure) => figure.id === 'international-migrants');
  migrants?.value.toFixed();
  // @ts-expect-error a figure's value is a number
  migrants?.value.toUpperCase();
  // @ts-expect-error the records are read-only
  migrants!.value = 1;
  return migrants;
}
