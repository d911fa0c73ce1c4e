import { App } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from '@dx/i18n';

export interface ConfirmOptions {
  title: ReactNode;
  content?: ReactNode;
  okText?: ReactNode;
  danger?: boolean;
}

/** Resolves true when the user confirms; uses antd's App context so the dialog follows locale and direction. */
export function useConfirm(): (options: ConfirmOptions) => Promise<boolean> {
  const { modal } = App.useApp();
  const { t } = useTranslation('common');
  return (options) =>
    new Promise((resolve) => {
      modal.confirm({
        title: options.title,
        content: options.content,
        okText: options.okText ?? t('actions.confirm'),
        cancelText: t('actions.cancel'),
        okButtonProps: { danger: options.danger },
        onOk: () => resolve(true),
        onCancel: () => resolve(false),
      });
    });
}
