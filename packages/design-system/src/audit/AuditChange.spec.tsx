import { screen } from '@testing-library/react';
import { renderWithProviders } from '../testing';
import { AuditChange, auditFieldLabel } from './AuditChange';

describe('AuditChange', () => {
  it('names stored fields in plain words and shows only what changed', () => {
    renderWithProviders(
      <AuditChange
        before={JSON.stringify({ fullName: 'An', version: 1, dueDate: '2026-12-01' })}
        after={JSON.stringify({ fullName: 'Bình', version: 2, dueDate: '2026-12-01' })}
      />,
    );
    expect(screen.getByText('Full name')).toBeInTheDocument();
    expect(screen.getByText('Bình')).toBeInTheDocument();
    expect(screen.queryByText(/version/i)).toBeNull();
  });

  it('splits a name it has no words for', () => {
    expect(auditFieldLabel('handedOverAt')).toBe('Handed over at');
    expect(auditFieldLabel('unitId')).toBe('Unit');
  });
});
