// Wrong use: the consumer step expects a type error on the line after each "expect-error" marker, and no other.
import 'migration-widgets/preact';

export const wrong = (
  <main>
    {/* expect-error: misspelt tag */}
    <migration-stat-cart fact="international-migrants" />
    {/* expect-error: no such variant */}
    <migration-stat-card variant="huge" />
    {/* expect-error: a boolean, not a string */}
    <migration-stat-card noAnimation="yes" />
    {/* expect-error: the pause handler gets a CounterPauseEvent, not a KeyboardEvent */}
    <migration-remittance-counter onmigration-counter-pause={(event: KeyboardEvent) => event.key} />
    {/* expect-error: the amount is a number */}
    <migration-remittance-counter onmigration-counter-pause={(event) => event.amount.toUpperCase()} />
    {/* expect-error: no such property */}
    <migration-summary-panel headingLevle={3} />
  </main>
);
