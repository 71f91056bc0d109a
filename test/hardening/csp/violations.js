// Records what the strict page's policy blocked and what was thrown, for the test in the parent page.
window.cspViolations = [];
window.pageErrors = [];
document.addEventListener('securitypolicyviolation', (event) =>
  window.cspViolations.push(`${event.violatedDirective}: ${event.blockedURI}`),
);
window.addEventListener('error', (event) => window.pageErrors.push(String(event.message)));
const warn = console.warn.bind(console);
window.pageWarnings = [];
console.warn = (...args) => {
  window.pageWarnings.push(args.map(String).join(' '));
  warn(...args);
};
