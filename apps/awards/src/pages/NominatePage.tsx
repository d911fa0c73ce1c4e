import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Checkbox, Form, Input, Radio, Select, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import {
  applyGraphQLErrors,
  FormErrorAlert,
  LoadingState,
  PersonSelect,
  UnitSelect,
  useDeskNavigate,
} from '@dx/design-system';
import { apiErrors } from '@dx/graphql-client';
import { useTranslation } from '@dx/i18n';
import { useAwardsError } from '../components/useAwardsError';
import {
  AwardRoundsDocument,
  NominateDocument,
  SubmitNominationDocument,
} from '../graphql/generated/graphql';

interface NominationValues {
  roundId: string;
  kind: 'COLLECTIVE' | 'INDIVIDUAL';
  nomineeUnitId?: string;
  nomineePersonId?: string;
  nominatingUnitId?: string;
  achievements: string;
  evidenceLinks?: string[];
  submitNow: boolean;
}

/** Proposes a collective or an individual for an open round; saved as a draft, or submitted at once. */
export function NominatePage() {
  const { t } = useTranslation('awards');
  const { message } = App.useApp();
  const navigate = useDeskNavigate();
  const describe = useAwardsError();
  const [params] = useSearchParams();
  const [form] = Form.useForm<NominationValues>();
  const kind = Form.useWatch('kind', form) ?? 'COLLECTIVE';
  const [formError, setFormError] = useState<string | null>(null);
  const rounds = useQuery(AwardRoundsDocument, { variables: { first: 100 } });
  const [nominate, nominating] = useMutation(NominateDocument);
  const [submitNomination, submitting] = useMutation(SubmitNominationDocument);
  if (rounds.loading && !rounds.data) return <LoadingState />;
  const open = (rounds.data?.awardRounds.nodes ?? []).filter((r) => r.phase === 'OPEN');

  const save = async (values: NominationValues) => {
    setFormError(null);
    try {
      const result = await nominate({
        variables: {
          input: {
            roundId: values.roundId,
            nomineeUnitId: values.kind === 'COLLECTIVE' ? values.nomineeUnitId : null,
            nomineePersonId: values.kind === 'INDIVIDUAL' ? values.nomineePersonId : null,
            nominatingUnitId: values.nominatingUnitId || null,
            achievements: values.achievements.trim(),
            evidenceLinks: values.evidenceLinks ?? [],
          },
        },
      });
      const id = result.data?.nominate.id;
      if (id && values.submitNow) await submitNomination({ variables: { id } });
      void message.success(values.submitNow ? t('nominate.sent') : t('nominate.saved'));
      navigate(`rounds/${values.roundId}`, { replace: true });
    } catch (error) {
      const domain = apiErrors(error).some((e) => e.code !== 'BAD_USER_INPUT');
      setFormError(domain ? describe(error) : applyGraphQLErrors(form, error));
    }
  };

  return (
    <Card style={{ maxWidth: 760 }}>
      <Typography.Paragraph type="secondary">{t('nominate.intro')}</Typography.Paragraph>
      {open.length === 0 && (
        <Alert type="info" showIcon title={t('nominate.noOpenRounds')} style={{ marginBottom: 16 }} />
      )}
      <FormErrorAlert message={formError} />
      <Form<NominationValues>
        form={form}
        layout="vertical"
        name="nomination"
        initialValues={{
          kind: 'COLLECTIVE',
          submitNow: true,
          roundId: params.get('roundId') ?? (open.length === 1 ? open[0].id : undefined),
        }}
        onFinish={(v) => void save(v)}
      >
        <Form.Item
          name="roundId"
          label={t('nominate.round')}
          rules={[{ required: true, message: t('nominate.roundRequired') }]}
        >
          <Select options={open.map((r) => ({ value: r.id, label: r.title }))} />
        </Form.Item>
        <Form.Item name="kind" label={t('nominate.kind')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'COLLECTIVE', label: t('nominate.unit') },
              { value: 'INDIVIDUAL', label: t('nominate.person') },
            ]}
          />
        </Form.Item>
        {kind === 'COLLECTIVE' ? (
          <Form.Item
            name="nomineeUnitId"
            label={t('nominate.unit')}
            rules={[{ required: true, message: t('nominate.nomineeRequired') }]}
          >
            <UnitSelect />
          </Form.Item>
        ) : (
          <Form.Item
            name="nomineePersonId"
            label={t('nominate.person')}
            rules={[{ required: true, message: t('nominate.nomineeRequired') }]}
          >
            <PersonSelect />
          </Form.Item>
        )}
        <Form.Item
          name="nominatingUnitId"
          label={t('nominate.nominatingUnit')}
          extra={t('nominate.nominatingUnitHelp')}
        >
          <UnitSelect allowClear />
        </Form.Item>
        <Form.Item
          name="achievements"
          label={t('nominate.achievements')}
          extra={t('nominate.achievementsHelp')}
          rules={[{ required: true, whitespace: true, min: 20, message: t('nominate.achievementsRequired') }]}
        >
          <Input.TextArea rows={5} maxLength={5000} showCount />
        </Form.Item>
        <Form.Item name="evidenceLinks" label={t('nominate.evidence')} extra={t('nominate.evidenceHelp')}>
          <Select mode="tags" open={false} tokenSeparators={[' ', ',']} style={{ direction: 'ltr' }} />
        </Form.Item>
        <Form.Item name="submitNow" valuePropName="checked">
          <Checkbox>{t('nominate.submitNow')}</Checkbox>
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          loading={nominating.loading || submitting.loading}
          disabled={open.length === 0}
        >
          {t('nominate.save')}
        </Button>
      </Form>
    </Card>
  );
}
