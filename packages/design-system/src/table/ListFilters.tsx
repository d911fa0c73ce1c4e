import { Input, Select, Space, Switch } from 'antd';
import type { FilterField } from './connection';
import type { ListUrlState } from './useListUrlState';

export interface ListFiltersProps {
  fields: FilterField[];
  values: ListUrlState['filters'];
  onChange: (name: string, value: string | boolean | undefined) => void;
}

export function ListFilters({ fields, values, onChange }: ListFiltersProps) {
  return (
    <Space wrap>
      {fields.map((field) => {
        const value = values[field.name];
        if (field.type === 'search')
          return (
            <Input.Search
              key={field.name}
              aria-label={field.label}
              placeholder={field.label}
              defaultValue={typeof value === 'string' ? value : ''}
              allowClear
              onSearch={(text) => onChange(field.name, text.trim() || undefined)}
              style={{ width: 260 }}
            />
          );
        if (field.type === 'custom')
          return (
            <span key={field.name} style={{ minWidth: 220, display: 'inline-block' }}>
              {field.render?.(typeof value === 'string' ? value : undefined, (v) => onChange(field.name, v))}
            </span>
          );
        if (field.type === 'select')
          return (
            <Select
              key={field.name}
              aria-label={field.label}
              placeholder={field.label}
              value={typeof value === 'string' ? value : undefined}
              allowClear
              options={field.options}
              onChange={(v: string | undefined) => onChange(field.name, v)}
              style={{ minWidth: 180 }}
            />
          );
        return (
          <label key={field.name} style={{ display: 'inline-flex', gap: 8, alignItems: 'center' }}>
            <Switch
              size="small"
              checked={value === true}
              onChange={(checked) => onChange(field.name, checked)}
            />
            {field.label}
          </label>
        );
      })}
    </Space>
  );
}
