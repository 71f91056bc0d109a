// Part of the control page broken-page.html: one console error, one uncaught exception.
console.error('logged on purpose');
throw new Error('thrown on purpose');
