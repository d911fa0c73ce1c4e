import { Flex, Tooltip, Typography } from 'antd';

export interface BarDatum {
  label: string;
  value: number;
}

export interface SimpleBarChartProps {
  data: BarDatum[];
  /** Upper end of the scale; defaults to the largest value (100 for percentages). */
  max?: number;
  format?: (value: number) => string;
  color?: string;
}

/** Horizontal bars in plain HTML: readable, accessible and mirrored in right-to-left languages. */
export function SimpleBarChart({ data, max, format = String, color = '#c8102e' }: SimpleBarChartProps) {
  const top = max ?? Math.max(1, ...data.map((d) => d.value));
  return (
    <Flex vertical gap={6} role="list">
      {data.map((d) => (
        <Flex key={d.label} align="center" gap={8} role="listitem">
          <Typography.Text ellipsis style={{ width: 160, flexShrink: 0 }}>
            {d.label}
          </Typography.Text>
          <Tooltip title={format(d.value)}>
            <div
              aria-label={`${d.label}: ${format(d.value)}`}
              style={{ flex: 1, background: '#f2f2f2', borderRadius: 4, height: 16 }}
            >
              <div
                style={{
                  width: `${Math.min(100, (d.value / top) * 100)}%`,
                  background: color,
                  height: '100%',
                  borderRadius: 4,
                }}
              />
            </div>
          </Tooltip>
          <Typography.Text style={{ width: 56, textAlign: 'end' }}>{format(d.value)}</Typography.Text>
        </Flex>
      ))}
    </Flex>
  );
}
