import { PrinterOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useRef, type ReactNode } from 'react';
import { useLanguage, useTranslation } from '@dx/i18n';

/** Opens the browser's print dialog for one element only, in the page's language and direction. */
export function printElement(
  element: HTMLElement,
  title: string,
  lang: string,
  dir: string,
  orientation: PageOrientation = 'portrait',
): void {
  const frame = document.createElement('iframe');
  frame.style.position = 'fixed';
  frame.style.width = '0';
  frame.style.height = '0';
  frame.style.border = '0';
  // Screen readers (and axe's frame-title) name every frame, even a hidden one that lives for a second.
  frame.title = title;
  document.body.appendChild(frame);
  const doc = frame.contentDocument;
  if (!doc) return;
  doc.documentElement.lang = lang;
  doc.documentElement.dir = dir;
  doc.title = title;
  const style = doc.createElement('style');
  style.textContent = `@page { size: A4 ${orientation}; margin: ${orientation === 'landscape' ? '12mm' : '20mm'} }
    a, button { display: none !important } body { font: 12pt 'Times New Roman', 'Noto Naskh Arabic', serif; color: #000 }
    table { border-collapse: collapse; width: 100% } th, td { border: 1px solid #000; padding: 4px 6px; text-align: start }`;
  doc.head.appendChild(style);
  doc.body.innerHTML = element.innerHTML;
  frame.contentWindow?.focus();
  frame.contentWindow?.print();
  setTimeout(() => frame.remove(), 1000);
}

export type PageOrientation = 'portrait' | 'landscape';

export interface PrintLayoutProps {
  /** The document's title, e.g. "Biên bản bàn giao" (handover record). */
  title: string;
  /** Certificates print on A4 landscape; records and decisions on A4 portrait (the default). */
  orientation?: PageOrientation;
  children: ReactNode;
}

/** A printable document (handover record, certificate) with a Print button; only the document prints. */
export function PrintLayout({ title, orientation = 'portrait', children }: PrintLayoutProps) {
  const ref = useRef<HTMLDivElement>(null);
  const { language, dir } = useLanguage();
  const { t } = useTranslation('common');
  return (
    <div>
      <Button
        icon={<PrinterOutlined />}
        onClick={() => ref.current && printElement(ref.current, title, language, dir, orientation)}
      >
        {t('actions.print')}
      </Button>
      {/* A landscape document keeps its A4 proportions on a phone: it scrolls sideways instead of squeezing. */}
      <div style={{ overflowX: 'auto' }}>
        <div
          ref={ref}
          style={{
            background: '#fff',
            padding: 32,
            marginTop: 16,
            border: '1px solid #ddd',
            maxWidth: orientation === 'landscape' ? 1120 : 800,
            minWidth: orientation === 'landscape' ? 960 : undefined,
          }}
        >
          {children}
        </div>
      </div>
    </div>
  );
}
