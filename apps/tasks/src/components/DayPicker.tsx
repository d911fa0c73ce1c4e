import { DatePicker } from 'antd';
import dayjs from 'dayjs';

export interface DayPickerProps {
  value?: string;
  onChange?: (day: string | undefined) => void;
  placeholder?: string;
  id?: string;
}

/** A calendar day as the API writes it (YYYY-MM-DD), picked on a calendar. */
export function DayPicker({ value, onChange, placeholder, id }: DayPickerProps) {
  return (
    <DatePicker
      id={id}
      value={value ? dayjs(value) : null}
      onChange={(day) => onChange?.(day ? day.format('YYYY-MM-DD') : undefined)}
      placeholder={placeholder}
      format="DD/MM/YYYY"
      aria-label={placeholder}
    />
  );
}
