import { Result } from 'antd';
import { useTranslation } from '@dx/i18n';
import { DeskButtonLink } from './DeskLink';

/** An unknown path inside a desk: say so, and offer the way back to the desk's first screen. */
export function DeskNotFound() {
  const { t } = useTranslation('common');
  return (
    <Result
      status="404"
      title={t('desk.notFound')}
      subTitle={t('desk.notFoundDetail')}
      data-testid="desk-not-found"
      extra={
        <DeskButtonLink to="" type="primary">
          {t('desk.backToDesk')}
        </DeskButtonLink>
      }
    />
  );
}
