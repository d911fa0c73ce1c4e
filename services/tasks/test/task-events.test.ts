import { taskEventScenarios } from './task-event-scenarios';

// The one-machine default: the relay POSTs to the notifications service of the stack.
describe('task events on the default transport', () => {
  taskEventScenarios(() => undefined);
});
