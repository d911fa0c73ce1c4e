import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderWithProviders } from '@dx/design-system/testing';
import type { TaskRowFragment } from '../graphql/generated/graphql';
import { ProgressReportForm } from './ProgressReportForm';

const task = { id: '7', version: 3, progress: 40 } as TaskRowFragment;

describe('the progress report form', () => {
  test('a progress above 100 is said beside the field and kept as typed, not clamped or sent', async () => {
    const onSaved = jest.fn();
    // No mutation is mocked: a request would fail the form with an error, not show the range.
    renderWithProviders(<ProgressReportForm task={task} onSaved={onSaved} />, {
      url: '/tasks/list/7',
      language: 'en',
      mocks: [],
    });
    const progress = document.querySelector<HTMLInputElement>('#report_progress')!;
    fireEvent.change(progress, { target: { value: '150' } });
    fireEvent.blur(progress);
    fireEvent.change(document.querySelector('#report_note')!, { target: { value: 'Đã làm' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send report' }));
    expect(
      await screen.findByText('Progress is a whole percentage from 0 to 100 (150 was entered).'),
    ).toBeInTheDocument();
    expect(progress.value).toBe('150');
    await waitFor(() => expect(onSaved).not.toHaveBeenCalled());
  });

  test('in Vietnamese the same rule reads in Vietnamese', async () => {
    renderWithProviders(<ProgressReportForm task={task} onSaved={() => undefined} />, {
      url: '/tasks/list/7',
      language: 'vi',
      mocks: [],
    });
    fireEvent.change(document.querySelector('#report_progress')!, { target: { value: '-5' } });
    fireEvent.change(document.querySelector('#report_note')!, { target: { value: 'Đã làm' } });
    fireEvent.click(screen.getByRole('button', { name: 'Gửi báo cáo' }));
    expect(await screen.findByText('Tiến độ là số nguyên từ 0 đến 100% (đã nhập -5).')).toBeInTheDocument();
  });
});
