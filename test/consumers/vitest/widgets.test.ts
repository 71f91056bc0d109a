import { expect, test } from 'vitest';
import 'migration-widgets';

test('the page shows the number of international migrants', async () => {
  document.body.innerHTML = '<migration-stat-card fact="international-migrants" no-animation></migration-stat-card>';
  const card = document.querySelector('migration-stat-card')!;
  await card.updateComplete;
  expect(card.shadowRoot!.textContent).toContain('258');
});
