import { DatePicker } from 'antd';
import { useLanguage } from '@dx/i18n';
import {
  TIME_FORMAT,
  dayOfPickerValue,
  momentOfPickerValue,
  pickerDateFormats,
  pickerValueOfDay,
  pickerValueOfMoment,
} from './vietnamTime';

interface PickerCommon {
  id?: string;
  placeholder?: string;
  disabled?: boolean;
  allowClear?: boolean;
  'aria-label'?: string;
  style?: React.CSSProperties;
}

export interface DayPickerProps extends PickerCommon {
  /** A calendar day as the API writes it, YYYY-MM-DD. */
  value?: string | null;
  onChange?: (day: string | null) => void;
  /** Days that cannot be picked, as YYYY-MM-DD. */
  disabledDay?: (day: string) => boolean;
}

/** A calendar day (Form.Item value/onChange with YYYY-MM-DD strings), in the reader's date format. */
export function DayPicker({ value, onChange, disabledDay, placeholder, ...rest }: DayPickerProps) {
  const { language } = useLanguage();
  return (
    <DatePicker
      {...rest}
      placeholder={placeholder}
      aria-label={rest['aria-label'] ?? placeholder}
      value={pickerValueOfDay(value)}
      onChange={(picked) => onChange?.(picked ? dayOfPickerValue(picked) : null)}
      disabledDate={disabledDay && ((d) => disabledDay(dayOfPickerValue(d)))}
      format={pickerDateFormats(language)}
    />
  );
}

export interface MomentPickerProps extends PickerCommon {
  /** An instant (ISO), shown and entered in Vietnam time. */
  value?: string | null;
  onChange?: (iso: string | null) => void;
}

/** A date and time in Vietnam time, whatever the device's zone; the value is an ISO instant. */
export function MomentPicker({ value, onChange, placeholder, ...rest }: MomentPickerProps) {
  const { language } = useLanguage();
  const [display] = pickerDateFormats(language);
  return (
    <DatePicker
      {...rest}
      placeholder={placeholder}
      aria-label={rest['aria-label'] ?? placeholder}
      showTime={{ format: TIME_FORMAT }}
      format={`${display} ${TIME_FORMAT}`}
      value={pickerValueOfMoment(value)}
      onChange={(picked) => onChange?.(picked ? momentOfPickerValue(picked) : null)}
    />
  );
}

export interface MomentRangePickerProps extends Omit<PickerCommon, 'placeholder'> {
  /** Start and end instants (ISO), shown and entered in Vietnam time. */
  value?: [string, string] | null;
  onChange?: (range: [string, string] | null) => void;
  placeholder?: [string, string];
}

/** A start and end in Vietnam time (e.g. a training session), values as ISO instants. */
export function MomentRangePicker({
  value,
  onChange,
  placeholder,
  allowClear,
  ...rest
}: MomentRangePickerProps) {
  const { language } = useLanguage();
  const [display] = pickerDateFormats(language);
  const from = pickerValueOfMoment(value?.[0]);
  const to = pickerValueOfMoment(value?.[1]);
  return (
    <DatePicker.RangePicker
      {...rest}
      allowClear={allowClear}
      placeholder={placeholder}
      showTime={{ format: TIME_FORMAT }}
      format={`${display} ${TIME_FORMAT}`}
      value={from && to ? [from, to] : null}
      onChange={(range) =>
        onChange?.(
          range?.[0] && range[1] ? [momentOfPickerValue(range[0]), momentOfPickerValue(range[1])] : null,
        )
      }
    />
  );
}
