import { useMutation } from '@apollo/client/react';
import { Form, Input, InputNumber, Select } from 'antd';
import { DayPicker, EntityFormModal, PersonSelect } from '@dx/design-system';
import { useTranslation } from '@dx/i18n';
import {
  AssignReviewerDocument,
  UpdateAwardRoundDocument,
  type RoundFieldsFragment,
} from '../graphql/generated/graphql';

const REFRESH = ['AwardRound', 'AwardRounds'];

interface RoundEditValues {
  title: string;
  closesAt: string;
  minReviews: number;
  awardKind: 'GIAY_KHEN' | 'BANG_KHEN';
  issuingBody?: string;
  place?: string;
  signerTitle?: string;
  signerName?: string;
  legalGrounds?: string;
}

/** Edits a round: title, closing day (a later one extends it), reviews needed, what it awards and who signs. */
export function EditRoundModal({ round, onClose }: { round: RoundFieldsFragment; onClose: () => void }) {
  const { t } = useTranslation('awards');
  const [update] = useMutation(UpdateAwardRoundDocument, { refetchQueries: REFRESH });
  return (
    <EntityFormModal<RoundEditValues>
      title={t('manage.editTitle')}
      name="editRound"
      namespace="awards"
      width={640}
      successMessage={t('common:state.saved')}
      initialValues={{
        title: round.title,
        closesAt: round.closesAt,
        minReviews: round.minReviews,
        awardKind: round.awardKind,
        issuingBody: round.issuingBody ?? '',
        place: round.place ?? '',
        signerTitle: round.signerTitle ?? '',
        signerName: round.signerName ?? '',
        legalGrounds: round.legalGrounds ?? '',
      }}
      onClose={onClose}
      onSubmit={(values) => update({ variables: { id: round.id, version: round.version, input: values } })}
    >
      <Form.Item
        name="title"
        label={t('rounds.title')}
        rules={[{ required: true, whitespace: true, message: t('rounds.titleRequired') }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="closesAt" label={t('manage.closesAt')} extra={t('manage.extendHint')}>
        <DayPicker />
      </Form.Item>
      <Form.Item
        name="minReviews"
        label={t('manage.minReviews')}
        rules={[{ required: true, message: t('manage.minReviewsRequired') }]}
      >
        <InputNumber />
      </Form.Item>
      <Form.Item name="awardKind" label={t('manage.awardKind')}>
        <Select
          options={(['GIAY_KHEN', 'BANG_KHEN'] as const).map((k) => ({
            value: k,
            label: t(`awardKind.${k}`),
          }))}
        />
      </Form.Item>
      <Form.Item name="issuingBody" label={t('manage.issuingBody')} extra={t('manage.issuingBodyHint')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="place" label={t('manage.place')}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="signerTitle" label={t('manage.signerTitle')}>
        <Input.TextArea rows={2} maxLength={200} />
      </Form.Item>
      <Form.Item name="signerName" label={t('manage.signerName')}>
        <Input maxLength={160} />
      </Form.Item>
      <Form.Item name="legalGrounds" label={t('manage.legalGrounds')} extra={t('manage.legalGroundsHint')}>
        <Input.TextArea rows={4} maxLength={5000} />
      </Form.Item>
    </EntityFormModal>
  );
}

/** Assigns a committee member (a person with an account) to review every nomination of the round. */
export function AssignReviewerModal({ round, onClose }: { round: RoundFieldsFragment; onClose: () => void }) {
  const { t } = useTranslation('awards');
  const [assign] = useMutation(AssignReviewerDocument, { refetchQueries: REFRESH });
  return (
    <EntityFormModal<{ personId: string }>
      title={t('manage.assignTitle')}
      name="assignReviewer"
      namespace="awards"
      okText={t('manage.assign')}
      successMessage={t('manage.assigned')}
      onClose={onClose}
      onSubmit={({ personId }) => assign({ variables: { roundId: round.id, personId } })}
    >
      <Form.Item
        name="personId"
        label={t('manage.reviewer')}
        rules={[{ required: true, message: t('manage.reviewerRequired') }]}
      >
        <PersonSelect />
      </Form.Item>
    </EntityFormModal>
  );
}

/** A reason the other side reads: withdrawing a nomination, or returning it for revision. */
export function ReasonModal({
  title,
  okText,
  onSubmit,
  onClose,
}: {
  title: string;
  okText: string;
  onSubmit: (reason: string) => Promise<unknown>;
  onClose: () => void;
}) {
  const { t } = useTranslation('awards');
  return (
    <EntityFormModal<{ reason: string }>
      title={title}
      name="reason"
      namespace="awards"
      okText={okText}
      onClose={onClose}
      onSubmit={({ reason }) => onSubmit(reason)}
    >
      <Form.Item
        name="reason"
        label={t('manage.reason')}
        rules={[{ required: true, whitespace: true, min: 5, message: t('manage.reasonRequired') }]}
      >
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
    </EntityFormModal>
  );
}
