import { useMutation } from '@apollo/client/react';
import { Checkbox, Form, Modal, Select, Switch, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { FormErrorAlert } from '@dx/design-system';
import { describeError } from '@dx/graphql-client';
import { LANGUAGES, isLanguage, setLanguage, useTranslation } from '@dx/i18n';
import {
  BellListDocument,
  NOTIFICATION_KINDS,
  PreferencesDocument,
  UpdatePreferencesDocument,
  type NotificationKind,
  type Preferences,
} from './operations';

interface Values {
  language: string;
  inApp: boolean;
  email: boolean;
  dailyDigest: boolean;
  wanted: NotificationKind[];
}

export function PreferencesModal({
  open,
  preferences,
  onClose,
}: {
  open: boolean;
  preferences?: Preferences;
  onClose: () => void;
}) {
  const { t } = useTranslation('notifications');
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [save, saving] = useMutation(UpdatePreferencesDocument, {
    refetchQueries: [PreferencesDocument, BellListDocument],
  });

  useEffect(() => {
    if (open && preferences) {
      setError(null);
      form.setFieldsValue({
        language: preferences.language,
        inApp: preferences.inApp,
        email: preferences.email,
        dailyDigest: preferences.dailyDigest,
        wanted: NOTIFICATION_KINDS.filter((k) => !preferences.mutedKinds.includes(k)),
      });
    }
  }, [open, preferences, form]);

  const submit = async (values: Values) => {
    if (!preferences) return;
    try {
      await save({
        variables: {
          input: {
            version: preferences.version,
            language: values.language,
            inApp: values.inApp,
            email: values.email,
            dailyDigest: values.dailyDigest,
            mutedKinds: NOTIFICATION_KINDS.filter((k) => !values.wanted.includes(k)),
          },
        },
      });
      // The language of notifications is the language of the screen.
      if (isLanguage(values.language)) await setLanguage(values.language);
      onClose();
    } catch (e) {
      setError(describeError(e));
    }
  };

  return (
    <Modal
      open={open}
      title={t('preferencesTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={saving.loading}
      destroyOnHidden
    >
      <FormErrorAlert message={error} />
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => void submit(v)}
        data-testid="notification-preferences"
      >
        <Form.Item name="language" label={t('language')}>
          <Select options={LANGUAGES.map((l) => ({ value: l.code, label: l.label }))} />
        </Form.Item>
        <Form.Item name="inApp" label={t('inApp')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item
          name="email"
          label={t('email')}
          valuePropName="checked"
          extra={preferences?.emailAddress ?? t('noAddress')}
        >
          <Switch />
        </Form.Item>
        <Form.Item
          name="dailyDigest"
          label={t('dailyDigest')}
          valuePropName="checked"
          extra={t('dailyDigestHelp')}
        >
          <Switch />
        </Form.Item>
        <Typography.Text strong>{t('kindsTitle')}</Typography.Text>
        <Form.Item name="wanted">
          <Checkbox.Group
            style={{ display: 'grid', gap: 4 }}
            options={NOTIFICATION_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
