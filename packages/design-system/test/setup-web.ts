import { TextDecoder, TextEncoder } from 'node:util';
import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DESK_NAMESPACES, LANGUAGES, registerNamespace, type NamespaceCatalogue } from '@dx/i18n';

// jsdom lacks these; antd's responsive grid and tables ask for them.
if (!window.matchMedia) {
  Object.defineProperty(window, 'matchMedia', {
    // Width queries answered for jsdom's 1024 px window, so responsive layouts render as on a desktop.
    value: (query: string) => ({
      matches:
        [...query.matchAll(/\((min|max)-width:\s*(\d+(?:\.\d+)?)px\)/g)].every(([, kind, px]) =>
          kind === 'min' ? window.innerWidth >= Number(px) : window.innerWidth <= Number(px),
        ) && /width/.test(query),
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }),
  });
}
if (!window.ResizeObserver) {
  window.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

// react-router reads TextEncoder at import time; jsdom does not provide it.
Object.assign(globalThis, { TextEncoder, TextDecoder });
// React's scheduler and antd's select/form use MessageChannel when it exists. Node's own ports keep
// the process alive after the tests (jest never exits), so messages are delivered on timers instead.
class TimerMessagePort {
  onmessage: ((event: { data: unknown }) => void) | null = null;
  peer!: TimerMessagePort;
  postMessage(data: unknown) {
    setTimeout(() => this.peer.onmessage?.({ data }), 0);
  }
  start() {}
  close() {
    this.onmessage = null;
  }
}
class TimerMessageChannel {
  port1 = new TimerMessagePort();
  port2 = new TimerMessagePort();
  constructor() {
    this.port1.peer = this.port2;
    this.port2.peer = this.port1;
  }
}
Object.assign(globalThis, { MessageChannel: TimerMessageChannel });

// jsdom implements getComputedStyle without pseudo-elements and logs an error when asked for one.
const computedStyle = window.getComputedStyle.bind(window);
window.getComputedStyle = (element: Element) => computedStyle(element);

// antd renders a good deal; on a busy CI machine the first paint of a list can take over a second.
configure({ asyncUtilTimeout: 5000 });

// In the suite each desk registers its strings when the shell loads it; a unit test renders a page
// without the desk's App module, so every desk's namespace is registered here instead.
const locales = join(__dirname, '../../i18n/src/locales');
for (const namespace of DESK_NAMESPACES) {
  const catalogue = Object.fromEntries(
    LANGUAGES.map(({ code }) => [
      code,
      JSON.parse(readFileSync(join(locales, code, `${namespace}.json`), 'utf8')),
    ]),
  ) as NamespaceCatalogue;
  registerNamespace(namespace, catalogue);
}
