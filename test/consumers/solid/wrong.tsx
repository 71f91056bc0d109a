// Wrong use: the consumer step expects a type error on the line after each "expect-error" marker, and no other.
import 'migration-widgets/solid';

export const wrong = (
  <main>
    {/* expect-error: misspelt tag */}
    <migration-stat-cart fact="international-migrants" />
    {/* expect-error: no such variant */}
    <migration-stat-card variant="huge" />
    {/* expect-error: a boolean, not a string */}
    <migration-stat-card no-animation="yes" />
    {/* expect-error: Solid would set a property "noanimation": write no-animation or prop:noAnimation */}
    <migration-stat-card noAnimation />
    {/* expect-error: the pause handler gets a CounterPauseEvent, not a KeyboardEvent */}
    <migration-remittance-counter on:migration-counter-pause={(event: KeyboardEvent) => event.key} />
    {/* expect-error: the amount is a number */}
    <migration-remittance-counter on:migration-counter-pause={(event) => event.amount.toUpperCase()} />
  </main>
);
