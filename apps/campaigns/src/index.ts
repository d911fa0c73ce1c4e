// The dynamic import is the async boundary: shared singletons are negotiated with the shell first.
// Opened alone (not through the shell), a desk only points to the shell.
void import('@dx/design-system/standalone').then(({ showStandaloneNotice }) =>
  showStandaloneNotice('campaigns'),
);
