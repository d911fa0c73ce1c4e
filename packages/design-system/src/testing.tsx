import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { i18n, type Language } from '@dx/i18n';
import { DxUiProvider } from './providers/DxUiProvider';

export interface RenderOptions {
  mocks?: MockLink.MockedResponse[];
  /** Starting URL, e.g. `/directory/people?search=An`. */
  url?: string;
  /** Route pattern the element is mounted at, e.g. `/directory/*`. */
  path?: string;
  language?: Language;
}

/** A screen as the shell would host it: i18n, antd, a router and a mocked Apollo client. */
export function renderWithProviders(element: ReactElement, options: RenderOptions = {}): RenderResult {
  void i18n.changeLanguage(options.language ?? 'en');
  return render(
    <MockedProvider mocks={options.mocks ?? []}>
      <DxUiProvider>
        <MemoryRouter initialEntries={[options.url ?? '/']}>
          <Routes>
            <Route path={options.path ?? '*'} element={element} />
          </Routes>
        </MemoryRouter>
      </DxUiProvider>
    </MockedProvider>,
  );
}

/** The directory pickers' operations, for mocking a screen that holds a UnitSelect or PersonSelect. */
export {
  PersonPickerChosenDocument,
  PersonPickerOptionsDocument,
  UnitPickerChosenDocument,
  UnitPickerOptionsDocument,
} from './graphql/generated/graphql';
