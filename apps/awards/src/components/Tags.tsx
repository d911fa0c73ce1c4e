import { Tag } from 'antd';
import { useTranslation } from '@dx/i18n';
import type { NominationStatus, RoundPhase } from '../graphql/generated/graphql';

const STATUS_COLORS: Record<NominationStatus, string> = {
  DRAFT: 'default',
  SUBMITTED: 'processing',
  APPROVED: 'success',
  REJECTED: 'error',
  WITHDRAWN: 'warning',
};
// antd's preset green and orange tags fail axe's colour contrast (4.5:1); the status colours pass.
const PHASE_COLORS: Record<RoundPhase, string> = {
  UPCOMING: 'processing',
  OPEN: 'success',
  CLOSED: 'default',
};

export function StatusTag({ status }: { status: NominationStatus }) {
  const { t } = useTranslation('awards');
  return <Tag color={STATUS_COLORS[status]}>{t(`status.${status}`)}</Tag>;
}

export function PhaseTag({ phase }: { phase: RoundPhase }) {
  const { t } = useTranslation('awards');
  return <Tag color={PHASE_COLORS[phase]}>{t(`phase.${phase}`)}</Tag>;
}
