// The package's entry re-exports an untyped .mjs: the one function the baselines use, typed.
export {};
declare module '@web/test-runner-visual-regression' {
  /** Screenshots `element` in the test runner and compares it with the baseline `name`; rejects on a difference. */
  export function visualDiff(element: Node, name: string): Promise<void>;
}
