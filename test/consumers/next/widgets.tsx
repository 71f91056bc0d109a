'use client';
import { useState } from 'react';
import 'migration-widgets/react';

export function Widgets() {
  const [pausedAt, setPausedAt] = useState<number>();
  return (
    <>
      {/* In the server's HTML these are attributes: use attribute names and strings. */}
      <migration-stat-card fact="international-migrants" variant="compact" no-animation="" />
      <migration-summary-panel heading-level={3} />
      {/* Events and object values only take effect in the browser, after hydration. */}
      <migration-remittance-counter onmigration-counter-pause={(event) => setPausedAt(event.amount)} />
      <output>{pausedAt === undefined ? '' : `Paused at ${pausedAt}`}</output>
    </>
  );
}
